import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk

// One name, typed on the on-screen keyboard: a label, a kind note when needed, and a large box.
Column {
    id: field

    property string label
    property string message
    property real messageScale: 1
    property alias text: input.text
    property alias input: input
    property int enterAction: EnterKeyAction.Next
    signal entered

    spacing: Theme.spacing / 3

    // Every part of a name starts with a capital by itself, as it starts a field: after a
    // space, a hyphen or an apostrophe ("Mary-Jane O'Neil" needs no shift). The keyboard shows
    // it, and one tap on shift gives a small letter there ("van der Berg"). Set after the
    // keyboard has read the text anew, which turns its shift off in mid-word.
    function startCapitalIfAPartStarts() {
        if (!input.activeFocus)
            return;
        const before = input.text.slice(0, input.cursorPosition);
        if (before.length > 0 && !/[ \-'’]$/.test(before))
            return;
        Qt.callLater(() => {
            const shift = InputContext.priv.shiftHandler;
            if (input.activeFocus && shift.toggleShiftEnabled && !shift.capsLockActive)
                shift.shiftActive = true;
        });
    }
    Connections {
        target: input
        function onTextEdited() {
            field.startCapitalIfAPartStarts();
        }
        function onActiveFocusChanged() {
            field.startCapitalIfAPartStarts();
        }
    }

    FormText {
        width: parent.width
        text: field.label
        font.bold: true
    }

    // Between the label and the box, as the GOV.UK design system places it: read before the box,
    // and the box itself stays low, near the keyboard.
    KindMessage {
        objectName: field.objectName + "Message"
        width: parent.width
        text: field.message
        textScale: field.messageScale
    }

    Rectangle {
        width: parent.width
        height: input.implicitHeight + Theme.spacing
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: input.activeFocus ? Math.max(4, Theme.shortSide * 0.005) : Math.max(2, Theme.shortSide * 0.002)
        border.color: input.activeFocus ? Theme.accent : Theme.textMuted

        TextInput {
            id: input
            objectName: field.objectName + "Input"
            anchors { fill: parent; leftMargin: Theme.spacing / 2; rightMargin: Theme.spacing / 2 }
            verticalAlignment: TextInput.AlignVCenter
            clip: true
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fieldTextSize
            // Code points, as the stores keep them (answers.NAME_MAX_CODE_POINTS): room for 50
            // letters with their accents or vowel signs; the check counts letters as people do.
            maximumLength: 199
            // Names: no word prediction, no autocorrect, nothing learned or kept by the keyboard.
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            EnterKeyAction.actionId: field.enterAction
            activeFocusOnTab: true
            Keys.onReturnPressed: field.entered()
            Keys.onEnterPressed: field.entered()
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
        }
        MouseArea {
            // A tap anywhere in the box, not only on the letters, puts the cursor there.
            objectName: "fieldBox"
            anchors.fill: parent
            onPressed: mouse => {
                input.forceActiveFocus();
                mouse.accepted = false;
            }
        }
    }
}
