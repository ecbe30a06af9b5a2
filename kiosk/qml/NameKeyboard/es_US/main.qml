// The kiosk's keyboard for names in Spanish: the Spanish letter order with its own ñ key, the
// accents Spanish names use first on a long press, and the hyphen and apostrophe. As the English
// one (../en_US): no digits, no symbols page, no language key, no hide key.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    inputMode: InputEngine.InputMode.Latin
    keyWeight: 160

    KeyboardRow {
        Key {
            key: Qt.Key_Q
            text: "q"
        }
        Key {
            key: Qt.Key_W
            text: "w"
        }
        Key {
            key: Qt.Key_E
            text: "e"
            alternativeKeys: "eéèêë"
        }
        Key {
            key: Qt.Key_R
            text: "r"
        }
        Key {
            key: Qt.Key_T
            text: "t"
        }
        Key {
            key: Qt.Key_Y
            text: "y"
            alternativeKeys: "yý"
        }
        Key {
            key: Qt.Key_U
            text: "u"
            alternativeKeys: "uúüùû"
        }
        Key {
            key: Qt.Key_I
            text: "i"
            alternativeKeys: "iíïìî"
        }
        Key {
            key: Qt.Key_O
            text: "o"
            alternativeKeys: "oóòôöø"
        }
        Key {
            key: Qt.Key_P
            text: "p"
        }
    }
    KeyboardRow {
        Key {
            key: Qt.Key_A
            text: "a"
            alternativeKeys: "aáàâäãå"
        }
        Key {
            key: Qt.Key_S
            text: "s"
            alternativeKeys: "sšß"
        }
        Key {
            key: Qt.Key_D
            text: "d"
        }
        Key {
            key: Qt.Key_F
            text: "f"
        }
        Key {
            key: Qt.Key_G
            text: "g"
        }
        Key {
            key: Qt.Key_H
            text: "h"
        }
        Key {
            key: Qt.Key_J
            text: "j"
        }
        Key {
            key: Qt.Key_K
            text: "k"
        }
        Key {
            key: Qt.Key_L
            text: "l"
            alternativeKeys: "lł"
        }
        Key {
            objectName: "enyeKey"
            key: Qt.Key_Ntilde
            text: "ñ"
        }
    }
    KeyboardRow {
        ShiftKey {
            weight: 200
        }
        Key {
            key: Qt.Key_Z
            text: "z"
            alternativeKeys: "zž"
        }
        Key {
            key: Qt.Key_X
            text: "x"
        }
        Key {
            key: Qt.Key_C
            text: "c"
            alternativeKeys: "cçč"
        }
        Key {
            key: Qt.Key_V
            text: "v"
        }
        Key {
            key: Qt.Key_B
            text: "b"
        }
        Key {
            key: Qt.Key_N
            text: "n"
            alternativeKeys: "nñ"
        }
        Key {
            key: Qt.Key_M
            text: "m"
        }
        Key {
            objectName: "hyphenKey"
            key: Qt.Key_Minus
            text: "-"
        }
        Key {
            objectName: "apostropheKey"
            key: Qt.Key_Apostrophe
            text: "'"
            alternativeKeys: "'’"
        }
        BackspaceKey {
            weight: 200
        }
    }
    KeyboardRow {
        Key {
            key: Qt.Key_Period
            text: "."
            weight: 160
        }
        SpaceKey {
            weight: 1120
        }
        EnterKey {
            weight: 320
        }
    }
}
