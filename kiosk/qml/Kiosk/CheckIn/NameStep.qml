import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Step 1: first and last name, side by side on a wide screen, one above the other on a tall one.
Item {
    id: step

    required property CheckInFlow flow
    readonly property TextInput typingInput: first.input.activeFocus ? first.input : last.input.activeFocus ? last.input : null
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: heading.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    readonly property bool wide: width > height * 1.6
    // Two long messages at once with larger text do not fit a wide screen above the keyboard:
    // then the row of accents makes way; if that is not enough, the messages take smaller
    // letters, and then the fields' own labels ask the question (it is still read aloud).
    // Measured again from full size each time the messages or the room change, so a smaller
    // layout never decides itself.
    property bool accentsHidden: false
    property bool crowded: false
    property bool questionHidden: false
    function measure() {
        accentsHidden = false;
        crowded = false;
        questionHidden = false;
        fit();
    }
    function needed() {
        const shown = [fields.implicitHeight];
        if (!questionHidden)
            shown.push(heading.implicitHeight);
        if (!accentsHidden)
            shown.push(accents.implicitHeight);
        // with the column's spacing between them
        return shown.reduce((sum, h) => sum + h, 0) + (shown.length - 1) * Theme.spacing / 4;
    }
    function fit() {
        // laid out now at the sizes just set, not at the next frame's
        first.forceLayout();
        last.forceLayout();
        fields.forceLayout();
        const room = height - needed();
        if (room >= 0) {
            // the smaller messages may have left room for what went before them came in
            const gap = Theme.spacing / 4;
            if (questionHidden && heading.implicitHeight + gap <= room)
                questionHidden = false;
            else if (accentsHidden && !questionHidden && accents.implicitHeight + gap <= room)
                accentsHidden = false;
            return;
        }
        if (!accentsHidden) {
            accentsHidden = true;
            if (needed() <= height)
                return;
        }
        if (!crowded && (first.message !== "" || last.message !== "")) {
            crowded = true; // the fields shrink, and fit() comes again when they have
            return;
        }
        questionHidden = true;
    }
    onWidthChanged: measure()
    onHeightChanged: measure()
    Connections {
        target: Theme
        function onTextScaleChanged() {
            step.measure();
        }
    }

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
            objectName: "nameQuestion"
            visible: !step.questionHidden
            width: parent.width
            sentence: qsTr("What is your name?")
            font.pixelSize: Theme.formTitleSize * 0.85
            font.bold: true
        }

        Grid {
            id: fields
            onImplicitHeightChanged: step.fit()
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
                messageScale: step.crowded ? 0.8 : 1
                onMessageChanged: step.measure()
                onTextChanged: if (!step.leaving) step.flow.setFirstName(text)
                onEntered: last.input.forceActiveFocus()
            }
            NameField {
                id: last
                objectName: "lastName"
                width: first.width
                label: qsTr("Last name")
                message: step.flow.messages["last-name"] ?? ""
                messageScale: step.crowded ? 0.8 : 1
                onMessageChanged: step.measure()
                enterAction: EnterKeyAction.Done
                onTextChanged: if (!step.leaving) step.flow.setLastName(text)
                onEntered: step.flow.next()
            }
        }

        AccentRow {
            id: accents
            visible: !step.accentsHidden
            width: parent.width
            choicesX: step.wide && last.input.activeFocus ? last.x : 0
            flow: step.flow
            typing: step.typingInput
        }
    }
}
