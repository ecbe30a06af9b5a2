pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Under the name boxes: the accented forms of the letter just typed ("i" offers í ï ì î), so
// that a patient who never long-presses a key still types "María". A tap puts the chosen form
// in place of the letter; the box keeps the keyboard. With no such letter, a line says how.
// Always the same height, so nothing moves as it changes.
Item {
    id: row

    required property CheckInFlow flow
    // The box being typed in, or null.
    property TextInput typing: null
    // Where the choices start: under the box being typed in.
    property real choicesX: 0

    readonly property string letter: {
        if (!typing || typing.cursorPosition < 1)
            return "";
        const ch = typing.text.charAt(typing.cursorPosition - 1);
        // a letter with accents is always a Latin one; half of a pair of UTF-16 units is not
        return /^[A-Za-z\u00C0-\u024F]$/.test(ch) ? ch : "";
    }
    readonly property var choices: letter === "" ? [] : flow.accentChoices(letter)

    // the hint's height too, shown or not, so the row keeps one height
    implicitHeight: Math.max(Theme.touchTarget, hint.implicitHeight)

    function choose(form) {
        const at = typing.cursorPosition;
        typing.remove(at - 1, at);
        typing.insert(at - 1, form);
    }

    Row {
        id: offered
        visible: row.choices.length > 0
        x: row.choicesX
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing / 2

        FormText {
            anchors.verticalCenter: parent.verticalCenter
            // shown when the buttons leave room for it
            visible: implicitWidth + forms.width + offered.spacing <= row.width - row.choicesX
            wrapMode: Text.NoWrap
            color: Theme.textMuted
            text: qsTr("Tap for an accent:")
        }
        Row {
            id: forms
            spacing: Theme.spacing / 2
            Repeater {
                model: row.choices
                KioskButton {
                    required property string modelData
                    objectName: "accent-" + modelData
                    width: Theme.touchTarget
                    text: modelData
                    textSize: Theme.fieldTextSize
                    primary: modelData === row.letter
                    Accessible.name: modelData
                    onActivated: row.choose(modelData)
                }
            }
        }
    }

    FormText {
        id: hint
        objectName: "accentHint"
        visible: !offered.visible
        anchors { verticalCenter: parent.verticalCenter; left: parent.left; right: parent.right }
        color: Theme.textMuted
        sentence: qsTr("For an accent (á, é, ñ), type the letter, then tap it here.")
    }
}
