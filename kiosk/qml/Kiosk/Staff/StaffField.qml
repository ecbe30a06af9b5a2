import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk
import Kiosk.Controls

// One text a member of staff types in staff mode, on the on-screen keyboard or a USB keyboard:
// a label, a box, and one or many lines. The view model hears every edit as it is typed.
Column {
    id: field

    property string label
    property string text
    property bool multiline: false
    property int maximumLength: 80
    property int hints: Qt.ImhNoPredictiveText
    signal edited(string text)
    // Typing is finished: Enter, "Done" on the keyboard, or a tap elsewhere.
    signal committed(string text)

    spacing: Theme.spacing / 5

    FormText {
        width: parent.width
        text: field.label
        font.bold: true
        font.pixelSize: Theme.formTextSize * 0.8
    }

    Rectangle {
        width: parent.width
        height: (field.multiline ? many.implicitHeight : one.implicitHeight) + Theme.spacing * 0.6
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: (one.activeFocus || many.activeFocus) ? Math.max(4, Theme.shortSide * 0.005) : Math.max(2, Theme.shortSide * 0.002)
        border.color: (one.activeFocus || many.activeFocus) ? Theme.accent : Theme.textMuted

        TextInput {
            id: one
            objectName: field.objectName + "Input"
            visible: !field.multiline
            anchors { fill: parent; leftMargin: Theme.spacing / 3; rightMargin: Theme.spacing / 3 }
            verticalAlignment: TextInput.AlignVCenter
            clip: true
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.formTextSize
            maximumLength: field.maximumLength
            text: field.text
            inputMethodHints: field.hints
            EnterKeyAction.actionId: EnterKeyAction.Done
            activeFocusOnTab: true
            onTextEdited: field.edited(text)
            onEditingFinished: field.committed(text)
            // "Done" puts the keyboard away, so it never hides the controls below it.
            onAccepted: focus = false
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
        }
        TextEdit {
            id: many
            objectName: field.objectName + "Input"
            visible: field.multiline
            anchors { fill: parent; leftMargin: Theme.spacing / 3; rightMargin: Theme.spacing / 3; topMargin: Theme.spacing * 0.3 }
            wrapMode: TextEdit.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.formTextSize
            text: field.multiline ? field.text : ""
            inputMethodHints: Qt.ImhNoPredictiveText
            activeFocusOnTab: true
            // At a USB keyboard Tab moves on, as in every other field; Enter starts a new line.
            Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            onTextChanged: if (activeFocus && text !== field.text) field.edited(text)
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
        }
        FocusRing {
            target: field.multiline ? many : one
        }
        MouseArea {
            objectName: "fieldBox"
            anchors.fill: parent
            onPressed: mouse => {
                (field.multiline ? many : one).forceActiveFocus();
                mouse.accepted = false;
            }
        }
    }
}
