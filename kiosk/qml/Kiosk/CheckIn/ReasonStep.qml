pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Step 3: the main reason the patient came; a tap on one moves on. Low on the screen while it fits, in reach from a
// wheelchair; from the top, scrolling with a bar that says so, when larger text makes it too tall.
Item {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: reasonHeading.text + " " + reasonHint.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    // Above this line (the screen's top third) a seated patient cannot reach.
    property real reachTop: 0
    // Two even columns of reasons on a wide screen. On a tall one, one reason a row, the rows
    // sharing the height below the reach line, up to the screen's buttons' height; with A+ the
    // rows would rise above that line, so the reasons flow as long as their words instead.
    readonly property bool wide: width > height
    readonly property bool inRows: !wide && Theme.textScale === 1
    readonly property int reasonCount: flow.reasonChoices.length
    readonly property real rowHeight: !inRows || reasonCount === 0 ? 0
        : Math.min(Theme.touchTarget, (height - reachTop - (reasonCount - 1) * Theme.spacing / 4) / reasonCount)

    Flickable {
        id: list
        anchors.fill: parent
        contentHeight: body.y + body.height
        interactive: body.height > height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            y: Math.max(0, list.height - height)
            width: list.width - (hint.visible ? hint.width + Theme.spacing / 3 : 0)
            spacing: Theme.spacing / 3

            FormText {
                id: reasonHeading
                width: parent.width
                sentence: qsTr("Why are you here today?")
                font.pixelSize: Theme.formTitleSize
                font.bold: true
            }
            FormText {
                // The note below says the same more firmly when it shows, so this gives way to it.
                id: reasonHint
                width: parent.width
                visible: !reasonMessage.visible
                text: qsTr("Choose the main one.")
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
                spacing: Theme.spacing / 4
                Repeater {
                    model: step.flow.reasonChoices
                    delegate: Choice {
                        required property var modelData
                        objectName: "reason-" + modelData.key
                        width: step.wide ? (body.width - Theme.spacing / 3) / 2
                               : step.inRows ? body.width : Math.min(implicitWidth, body.width)
                        height: Math.max(implicitHeight, step.rowHeight)
                        text: modelData.label
                        single: true
                        chosen: modelData.chosen
                        onActivated: step.flow.chooseReason(modelData.key)
                    }
                }
            }
        }
    }

    ScrollHint {
        id: hint
        list: list
    }
}
