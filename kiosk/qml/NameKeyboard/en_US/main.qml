// The kiosk's keyboard for names: letters, with accents on a long press (n gives ñ), and the
// hyphen and apostrophe that names use on the first page. No digits, no symbols page, no language
// key, no hide key: a name needs none of them, and a patient cannot lose the keyboard.
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
            alternativeKeys: "uúùûü"
        }
        Key {
            key: Qt.Key_I
            text: "i"
            alternativeKeys: "iíìîï"
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
            objectName: "apostropheKey"
            key: Qt.Key_Apostrophe
            text: "'"
            alternativeKeys: "'’"
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
