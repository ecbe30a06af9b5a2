import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The last questions: whether the patient needs help moving around (a toggle, read first), then
// first visit or returning, lowest, whose answer moves on by itself.
Item {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its questions, top to bottom.
    readonly property string spoken: helpQuestion.text + " " + visitQuestion.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }

    // Above this line (the screen's top third) a seated patient cannot reach.
    property real reachTop: 0
    // On a tall screen the answers are full-width, one over the other, and share the height
    // below the reach line with the questions between them.
    readonly property bool tall: height > width
    readonly property real answerHeight: tall
        ? Math.max(Theme.touchTarget * 1.2, Math.min(Theme.touchTarget * 2,
            (height - reachTop - visitQuestion.height - visitMessage.height - Theme.spacing * 4.5) / 3))
        : Theme.touchTarget
    readonly property real answerTextSize: tall ? Theme.formTitleSize * 0.85 : Theme.formTextSize

    Column {
        // Low on the screen, in reach from a wheelchair.
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing / 2

        FormText {
            id: helpQuestion
            width: parent.width
            sentence: qsTr("Tap below if you would like help getting to the room.")
            font.pixelSize: Theme.formTitleSize * 0.85
            font.bold: true
        }
        Choice {
            objectName: "mobilityHelp"
            width: step.tall ? step.width : Math.min(implicitWidth, step.width)
            height: step.tall ? Math.max(implicitHeight, step.answerHeight) : implicitHeight
            textSize: step.answerTextSize
            text: qsTr("I need help moving around")
            chosen: step.flow.mobilityHelp
            onActivated: step.flow.setMobilityHelp(!step.flow.mobilityHelp)
        }

        Item {
            width: 1
            height: Theme.spacing
        }

        FormText {
            id: visitQuestion
            width: parent.width
            sentence: qsTr("Is this your first visit to us?")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }
        KindMessage {
            id: visitMessage
            objectName: "visitMessage"
            width: parent.width
            text: step.flow.messages["visit"] ?? ""
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing / 2
            Choice {
                objectName: "visitFirst"
                width: step.tall ? step.width : Math.min(implicitWidth, step.width)
                height: Math.max(implicitHeight, step.answerHeight)
                textSize: step.answerTextSize
                single: true
                text: qsTr("Yes, this is my first visit")
                chosen: step.flow.visit === "first"
                onActivated: step.flow.answerVisit("first")
            }
            Choice {
                objectName: "visitReturning"
                width: step.tall ? step.width : Math.min(implicitWidth, step.width)
                height: Math.max(implicitHeight, step.answerHeight)
                textSize: step.answerTextSize
                single: true
                text: qsTr("No, I have been here before")
                chosen: step.flow.visit === "returning"
                onActivated: step.flow.answerVisit("returning")
            }
        }
    }
}
