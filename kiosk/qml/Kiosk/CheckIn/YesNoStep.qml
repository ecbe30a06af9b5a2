import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// A step that asks one question answered Yes or No (the urgent question, the appointment): the
// question, its message, and the two answers low on the screen, in reach from a wheelchair.
Item {
    id: step

    required property CheckInFlow flow
    // Names its controls: "urgentYes", "urgentNo", "urgentMessage".
    required property string key
    required property string question
    // "yes", "no" or "" (not answered yet).
    required property string answer
    signal answered(string answer)

    // What "Read aloud" says on this step: its question.
    Binding {
        target: step.flow
        property: "question"
        value: step.question
    }

    // The answers are as tall as the screen's buttons. On a tall screen they are full-width and
    // taller, one over the other: the height a portrait kiosk has is used for larger targets,
    // still low, in reach from a wheelchair.
    readonly property bool tall: height > width
    readonly property real answerWidth: tall ? width : Math.min(Theme.shortSide * 0.4, (width - Theme.spacing) / 2)
    readonly property real answerHeight: Theme.touchTarget * (tall ? 1.2 : 1)

    Column {
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing / 2

        FormText {
            objectName: step.key + "Question"
            width: parent.width
            text: Theme.unbrokenEnd(step.question)
            font.pixelSize: Theme.formTitleSize * (step.tall ? 1.25 : 1)
            font.bold: true
        }
        KindMessage {
            objectName: step.key + "Message"
            width: parent.width
            text: step.flow.messages[step.key] ?? ""
        }
        Flow {
            width: parent.width
            spacing: step.tall ? Theme.spacing / 2 : Theme.spacing
            Choice {
                objectName: step.key + "Yes"
                width: step.answerWidth
                height: Math.max(implicitHeight, step.answerHeight)
                single: true
                text: qsTr("Yes")
                chosen: step.answer === "yes"
                onActivated: step.answered("yes")
            }
            Choice {
                objectName: step.key + "No"
                width: step.answerWidth
                height: Math.max(implicitHeight, step.answerHeight)
                single: true
                text: qsTr("No")
                chosen: step.answer === "no"
                onActivated: step.answered("no")
            }
        }
    }
}
