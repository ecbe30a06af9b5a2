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

    // Above this line (the screen's top third) a seated patient cannot reach.
    property real reachTop: 0
    // The answers are as tall as the screen's buttons. On a tall screen they are full-width, one
    // over the other, and share the height below the reach line: the height a portrait kiosk has
    // is used for larger targets, still in reach from a wheelchair.
    readonly property bool tall: height > width
    readonly property real answerWidth: tall ? width : Math.min(Theme.shortSide * 0.4, (width - Theme.spacing) / 2)
    readonly property real answerHeight: tall
        ? Math.max(Theme.touchTarget * 1.2, Math.min(Theme.touchTarget * 2.5, (height - reachTop - Theme.spacing) / 2))
        : Theme.touchTarget
    readonly property real answerTextSize: tall ? Theme.formTitleSize : Theme.formTextSize

    Column {
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing / 2

        FormText {
            objectName: step.key + "Question"
            width: parent.width
            sentence: step.question
            // larger on a tall screen; with A+ a little less, so a long question still leaves room
            font.pixelSize: Theme.formTitleSize * (!step.tall ? 1 : Theme.textScale > 1 ? 1.2 : 1.4)
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
                textSize: step.answerTextSize
                single: true
                text: qsTr("Yes")
                chosen: step.answer === "yes"
                onActivated: step.answered("yes")
            }
            Choice {
                objectName: step.key + "No"
                width: step.answerWidth
                height: Math.max(implicitHeight, step.answerHeight)
                textSize: step.answerTextSize
                single: true
                text: qsTr("No")
                chosen: step.answer === "no"
                onActivated: step.answered("no")
            }
        }
    }
}
