import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Step 1: first and last name, side by side on a wide screen, one above the other on a tall one.
Item {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: heading.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    readonly property bool wide: width > height * 1.6

    Component.onCompleted: {
        first.text = flow.firstName;
        last.text = flow.lastName;
        first.input.forceActiveFocus();
    }

    // The keyboard keeps its own copy of the focused field's text. Emptying the fields while
    // they still exist empties that copy too, whether the patient moves on or the check-in ends.
    property bool leaving: false

    function forget() {
        leaving = true;
        first.text = "";
        last.text = "";
    }

    Connections {
        target: step.flow
        function onWiping() {
            step.forget();
        }
    }
    Component.onDestruction: forget()

    Column {
        // Low, just above the keyboard, where a seated patient can reach the boxes.
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing / 4

        FormText {
            id: heading
            width: parent.width
            text: qsTr("What is your name?")
            font.pixelSize: Theme.formTitleSize * 0.85
            font.bold: true
        }

        Grid {
            width: parent.width
            columns: step.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing / 2

            NameField {
                id: first
                objectName: "firstName"
                width: step.wide ? (step.width - Theme.spacing) / 2 : step.width
                label: qsTr("First name")
                message: step.flow.messages["first-name"] ?? ""
                onTextChanged: if (!step.leaving) step.flow.setFirstName(text)
                onEntered: last.input.forceActiveFocus()
            }
            NameField {
                id: last
                objectName: "lastName"
                width: first.width
                label: qsTr("Last name")
                message: step.flow.messages["last-name"] ?? ""
                enterAction: EnterKeyAction.Done
                onTextChanged: if (!step.leaving) step.flow.setLastName(text)
                onEntered: step.flow.next()
            }
        }
    }
}
