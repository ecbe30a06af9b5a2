pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The last step: everything the patient entered, each line tappable to correct it, and what we keep.
// The privacy note stays in sight at the bottom; when the lines are too many for the screen they
// scroll, with a bar that shows there is more.
Item {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: reviewHeading.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }

  Flickable {
    id: lineList
    objectName: "reviewLines"
    anchors { top: parent.top; left: parent.left; right: parent.right; bottom: privacy.top; bottomMargin: Theme.spacing / 3 }
    contentHeight: body.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    interactive: contentHeight > height

    Column {
        id: body
        width: lineList.width - (scrollBar.visible ? scrollBar.width + Theme.spacing / 3 : 0)
        spacing: Theme.spacing / 4

        FormText {
            id: reviewHeading
            width: parent.width
            text: qsTr("Please check your answers. Tap a line to change it.")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }

        Grid {
          // Two columns of lines on a wide screen, so the privacy note below needs no scrolling.
          columns: step.width > step.height * 1.4 ? 2 : 1
          columnSpacing: Theme.spacing / 2
          rowSpacing: Theme.spacing / 4
          readonly property real lineWidth: (body.width - (columns - 1) * columnSpacing) / columns
          id: lines
        Repeater {
            model: step.flow.summary
            delegate: Rectangle {
                id: line
                required property var modelData
                required property int index
                objectName: "summary-" + index
                width: lines.lineWidth
                height: Math.max(Theme.touchTarget * 0.7, content.height + Theme.spacing / 3)
                radius: Theme.radius / 2
                color: area.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface
                border.width: Math.max(2, Theme.shortSide * 0.002)
                border.color: Theme.outline

                Accessible.role: Accessible.Button
                Accessible.name: modelData.label + ": " + modelData.value
                Accessible.onPressAction: step.flow.correct(line.modelData.step)

                Row {
                    id: content
                    anchors { left: parent.left; right: change.left; margins: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
                    spacing: Theme.spacing / 2
                    FormText {
                        width: parent.width * 0.36
                        text: line.modelData.label
                        color: Theme.textMuted
                        font.pixelSize: Theme.formTextSize * 0.9
                    }
                    FormText {
                        objectName: "summaryValue-" + line.index
                        width: parent.width * 0.64 - parent.spacing
                        text: line.modelData.value
                        font.pixelSize: Theme.formTextSize * 0.9
                        font.bold: true
                    }
                }
                FormText {
                    id: change
                    anchors { right: parent.right; rightMargin: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
                    text: qsTr("Change")
                    color: Theme.accent
                    font.pixelSize: Theme.formTextSize * 0.9
                    font.underline: true
                    wrapMode: Text.NoWrap
                }
                MouseArea {
                    id: area
                    anchors.fill: parent
                    onClicked: step.flow.correct(line.modelData.step)
                }
            }
        }

        }

    }
  }

    Rectangle {
        id: scrollBar
        objectName: "scrollBar"
        anchors { right: parent.right; top: lineList.top; bottom: lineList.bottom }
        visible: lineList.interactive
        width: Math.max(8, Theme.shortSide * 0.012)
        radius: width / 2
        color: Theme.outline
        Rectangle {
            width: parent.width
            radius: width / 2
            color: Theme.accent
            y: parent.height * lineList.visibleArea.yPosition
            height: parent.height * lineList.visibleArea.heightRatio
        }
    }

    FormText {
        id: privacy
        objectName: "privacyNotice"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        text: step.flow.privacyNotice
        color: Theme.textMuted
        font.pixelSize: Theme.formTextSize * 0.85
    }
}
