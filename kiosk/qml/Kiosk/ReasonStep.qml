pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Step 3: why the patient came (one or more), then the one question that makes a visit urgent.
Flickable {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: reasonHeading.text + " " + reasonHint.text + " " + urgentQuestion.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    // On a wide screen the urgent question stands beside the reasons, not below them.
    readonly property bool wide: width > height * 1.4

    contentHeight: body.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    Grid {
        id: body
        width: step.width
        columns: step.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

      Column {
        id: reasonColumn
        width: step.wide ? step.width * 0.66 : step.width
        spacing: Theme.spacing / 2

        FormText {
            id: reasonHeading
            width: parent.width
            text: qsTr("Why are you here today?")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }
        FormText {
            // The note below says the same more firmly when it shows, so this gives way to it.
            width: parent.width
            visible: !reasonMessage.visible
            id: reasonHint
            text: qsTr("Choose one or more.")
        }

        KindMessage {
            id: reasonMessage
            objectName: "reasonMessage"
            width: parent.width
            text: step.flow.messages["reason"] ?? ""
        }

        Flow {
            objectName: "reasonChoices"
            width: parent.width
            spacing: Theme.spacing / 3
            Repeater {
                model: step.flow.reasonChoices
                delegate: Choice {
                    required property var modelData
                    objectName: "reason-" + modelData.key
                    // Two even columns on a wide screen; on a tall one each chip as long as its words.
                    width: step.wide ? (reasonColumn.width - Theme.spacing / 2) / 2 : Math.min(implicitWidth, reasonColumn.width)
                    text: modelData.label
                    chosen: modelData.chosen
                    onActivated: step.flow.toggleReason(modelData.key)
                }
            }
        }
      }

        Rectangle {
            width: step.wide ? step.width * 0.34 - Theme.spacing : step.width
            height: urgentColumn.height + Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(4, Theme.shortSide * 0.005)
            border.color: Theme.accent

            Column {
                id: urgentColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                spacing: Theme.spacing / 2
                FormText {
                    id: urgentQuestion
                    width: parent.width
                    text: qsTr("Do you have an open wound, spreading redness, fever or sudden swelling?")
                    font.pixelSize: Theme.formTitleSize * 0.85
                    font.bold: true
                }
                Row {
                    spacing: Theme.spacing
                    Choice {
                        objectName: "urgentYes"
                        width: (urgentColumn.width - Theme.spacing) / 2
                        text: qsTr("Yes")
                        chosen: step.flow.urgent === "yes"
                        onActivated: step.flow.answerUrgent("yes")
                    }
                    Choice {
                        objectName: "urgentNo"
                        width: (urgentColumn.width - Theme.spacing) / 2
                        text: qsTr("No")
                        chosen: step.flow.urgent === "no"
                        onActivated: step.flow.answerUrgent("no")
                    }
                }
                KindMessage {
                    objectName: "urgentMessage"
                    width: parent.width
                    text: step.flow.messages["urgent"] ?? ""
                }
            }
        }
    }
}
