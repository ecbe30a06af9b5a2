import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Step 4: the one question that makes a visit urgent, on a screen of its own so it is not missed.
Item {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: urgentQuestion.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }

    // On a tall screen the answers are full-width and taller, one over the other: the height
    // a portrait kiosk has is used for larger targets, still low, in reach from a wheelchair.
    readonly property bool tall: height > width
    readonly property real answerWidth: tall ? width : Math.min(Theme.shortSide * 0.4, (width - Theme.spacing) / 2)

    Column {
        // Low on the screen, in reach from a wheelchair.
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing / 2

        FormText {
            id: urgentQuestion
            width: parent.width
            text: qsTr("Do you have an open wound, spreading redness, fever or sudden swelling?")
            font.pixelSize: Theme.formTitleSize * (step.tall ? 1.25 : 1)
            font.bold: true
        }
        KindMessage {
            objectName: "urgentMessage"
            width: parent.width
            text: step.flow.messages["urgent"] ?? ""
        }
        Flow {
            width: parent.width
            spacing: step.tall ? Theme.spacing / 2 : Theme.spacing
            Choice {
                objectName: "urgentYes"
                width: step.answerWidth
                height: step.tall ? Math.max(implicitHeight, Theme.touchTarget * 1.2) : implicitHeight
                single: true
                text: qsTr("Yes")
                chosen: step.flow.urgent === "yes"
                onActivated: step.flow.answerUrgent("yes")
            }
            Choice {
                objectName: "urgentNo"
                width: step.answerWidth
                height: step.tall ? Math.max(implicitHeight, Theme.touchTarget * 1.2) : implicitHeight
                single: true
                text: qsTr("No")
                chosen: step.flow.urgent === "no"
                onActivated: step.flow.answerUrgent("no")
            }
        }
    }
}
