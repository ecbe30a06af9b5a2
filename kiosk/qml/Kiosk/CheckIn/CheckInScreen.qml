pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The check-in: "Step N of M" on top, the step in the middle, then Back, Cancel, the patient's
// tools (language, "Need help?") and Next, and the on-screen keyboard below them while a name is
// typed. Where the row is too narrow for the tools (portrait), they get a row of their own above.
// Each step sits at the bottom of its area, its controls below the top third of the screen, in
// reach from a wheelchair (the keypads are sized by that line, reachTop). The whole screen is
// destroyed when the check-in ends, and with it every field and its undo history.
Rectangle {
    id: screen

    required property CheckInFlow flow
    required property PatientChoices choices
    required property ReadAloud speech
    readonly property bool onReview: flow.step === CheckInFlow.Review
    readonly property bool typing: flow.step === CheckInFlow.Name && flow.outcome === ""
    // The top third of the screen, in the steps' own coordinates: out of reach from a wheelchair.
    readonly property real reachTop: height / 3 - stepLoader.y

    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: stepLabel.text

    MouseArea {
        // Taps that miss every control still never reach the slides underneath.
        objectName: "tapShield"
        anchors.fill: parent
    }

    Rectangle {
        id: header
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: Math.max(Theme.touchTarget * 0.7, stepLabel.implicitHeight) + Theme.spacing / 3
        color: Theme.surface

        FormText {
            id: stepLabel
            objectName: "stepLabel"
            anchors { left: parent.left; leftMargin: Theme.spacing; right: parent.right; rightMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
            text: qsTr("Check in: step %1 of %2").arg(screen.flow.stepNumber).arg(screen.flow.stepCount)
            font.bold: true
            wrapMode: Text.NoWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.minimumTextSize * 0.8
        }
    }

    Loader {
        id: stepLoader
        objectName: "stepLoader"
        active: screen.flow.outcome === ""
        anchors { top: header.bottom; bottom: tools.top; left: parent.left; right: parent.right; margins: Theme.spacing }
        sourceComponent: {
            switch (screen.flow.step) {
            case CheckInFlow.Name: return nameStep;
            case CheckInFlow.BirthDate: return birthStep;
            case CheckInFlow.Reason: return reasonStep;
            case CheckInFlow.Urgent: return urgentStep;
            case CheckInFlow.Mobile: return mobileStep;
            case CheckInFlow.Appointment: return appointmentStep;
            case CheckInFlow.About: return aboutStep;
            default: return reviewStep;
            }
        }
    }
    Component { id: nameStep; NameStep { flow: screen.flow } }
    Component { id: birthStep; BirthDateStep { flow: screen.flow; reachTop: screen.reachTop } }
    Component { id: reasonStep; ReasonStep { flow: screen.flow; reachTop: screen.reachTop } }
    Component { id: urgentStep; UrgentStep { flow: screen.flow; reachTop: screen.reachTop } }
    Component { id: mobileStep; MobileStep { flow: screen.flow; reachTop: screen.reachTop } }
    Component { id: appointmentStep; AppointmentStep { flow: screen.flow; reachTop: screen.reachTop } }
    Component { id: aboutStep; AboutStep { flow: screen.flow; reachTop: screen.reachTop } }
    Component { id: reviewStep; ReviewStep { flow: screen.flow } }

    readonly property bool toolsStacked: backAndCancel.width + toolsRow.implicitWidth + next.width
                                         + 5 * Theme.spacing > width
    Item {
        id: tools
        anchors { bottom: nav.top; left: parent.left; right: parent.right }
        height: screen.toolsStacked ? Theme.touchTarget * 0.8 + Theme.spacing / 2 : 0
    }

    Rectangle {
        id: nav
        anchors { bottom: keyboard.top; left: parent.left; right: parent.right }
        height: Theme.touchTarget + 0.8 * Theme.spacing
        color: Theme.surface

        Row {
            id: backAndCancel
            anchors { left: parent.left; leftMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
            spacing: Theme.spacing / 2
            KioskButton {
                objectName: "backButton"
                width: Math.max(implicitWidth, Theme.shortSide * 0.22)
                primary: false
                text: qsTr("Back")
                onActivated: screen.flow.back()
            }
            KioskButton {
                objectName: "cancelButton"
                width: Math.max(implicitWidth, Theme.shortSide * 0.22)
                primary: false
                text: qsTr("Cancel")
                onActivated: {
                    if (!screen.flow.started) {
                        screen.flow.cancel();
                        return;
                    }
                    screen.flow.holdStill();
                    confirmCancel.visible = true;
                }
            }
        }
        KioskButton {
            id: next
            objectName: "nextButton"
            anchors { right: parent.right; rightMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
            width: Math.max(implicitWidth, Theme.shortSide * 0.36)
            text: screen.onReview ? qsTr("Confirm") : screen.flow.fromReview ? qsTr("Done") : qsTr("Next")
            onActivated: screen.onReview ? screen.flow.confirm() : screen.flow.next()
        }
    }

    Row {
        id: toolsRow
        spacing: Theme.spacing
        // In the row of Back and Next, midway between Cancel and Next; else in a row of its own.
        x: screen.toolsStacked ? screen.width - width - Theme.spacing
                               : (backAndCancel.x + backAndCancel.width + next.x - width) / 2
        y: screen.toolsStacked ? tools.y + (tools.height - height) / 2
                               : nav.y + (nav.height - height) / 2

        PatientTools {
            objectName: "checkInTools"
            buttonHeight: Theme.touchTarget * 0.8
            textSize: Theme.toolTextSize
            choices: screen.choices
            speech: screen.speech
            spokenText: screen.flow.outcome === "" ? screen.flow.question : ""
            place: "checkIn"
        }
        KioskButton {
            id: helpButton
            objectName: "checkInHelpButton"
            height: Theme.touchTarget * 0.8
            textSize: Theme.toolTextSize
            primary: false
            text: qsTr("Need help?")
            onActivated: screen.flow.callForHelp()
        }
    }

    Item {
        id: keyboard
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        height: screen.typing ? panel.height : 0

        InputPanel {
            id: panel
            objectName: "keyboard"
            anchors.horizontalCenter: parent.horizontalCenter
            // As wide as leaves the name fields, and the accents under them, room above it
            // within reach from a wheelchair; keys stay well over 64 px.
            width: Math.min(screen.width, screen.height * 0.92)
            visible: screen.typing
        }
    }

    MouseArea {
        // Over the step and its buttons while a step has just come: a second tap of a double
        // tap, or a tap meant for the step before, lands here and answers nothing.
        objectName: "settlingShield"
        anchors.fill: parent
        enabled: screen.flow.stepSettling
    }

    DoneScreen {
        objectName: "doneScreen"
        anchors.fill: parent
        visible: screen.flow.outcome !== ""
        flow: screen.flow
    }

    ConfirmCancel {
        id: confirmCancel
        objectName: "confirmCancel"
        anchors.fill: parent
        visible: false
        onConfirmed: screen.flow.cancel()
        onDeclined: visible = false
    }

    StillThere {
        objectName: "stillThere"
        anchors.fill: parent
        visible: screen.flow.stillThere
        flow: screen.flow
    }
}
