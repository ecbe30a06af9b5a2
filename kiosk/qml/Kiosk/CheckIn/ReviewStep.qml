pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The last step: everything the patient entered, each line tappable to correct it, and what we keep.
// All of it low on the screen, in reach from a wheelchair: the question and the privacy note, then
// the lines. When the lines are too many for the room left they scroll, with a bar and a "More
// answers below" band that say so, and Confirm first brings the rest into sight.
Item {
    id: step

    required property CheckInFlow flow
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: reviewHeading.text
    // The last line has been in sight in this check-in (the list reached its end once, here or
    // before a correction, or never needed to scroll).
    readonly property bool restSeen: flow.reviewEndReached
    // Back from a correction, the corrected line is brought into sight once the lines are placed.
    property bool correctedShown: false

    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    Binding {
        target: step.flow
        property: "reviewSeen"
        value: step.restSeen || !lineList.interactive
    }
    Component.onDestruction: step.flow.reviewSeen = true

    Connections {
        target: step.flow
        function onRestOfReviewAsked() { step.showMore() }
    }

    function showCorrected(): void {
        correctedShown = true
        if (!lineList.interactive)
            return
        // the lowest of the corrected step's lines (a step may have two: urgent and mobility)
        let bottom = 0
        const summary = flow.summary
        for (let i = 0; i < summary.length; ++i) {
            const line = lineRepeater.itemAt(i) as Item
            if (summary[i].step === flow.correctedLine && line)
                bottom = Math.max(bottom, line.y + line.height + moreBelow.height + Theme.spacing / 4)
        }
        if (bottom > lineList.height)
            lineList.contentY = Math.min(bottom - lineList.height, lineList.contentHeight - lineList.height)
    }

    function showMore(): void {
        showing.to = Math.min(lineList.contentY + lineList.height * 0.8, lineList.contentHeight - lineList.height)
        showing.restart()
    }

    Column {
        id: column
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing / 3

        FormText {
            id: reviewHeading
            width: parent.width
            sentence: qsTr("Please check your answers. Tap a line to change it.")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }

        FormText {
            id: privacy
            objectName: "privacyNotice"
            width: parent.width
            sentence: step.flow.privacyNotice
            color: Theme.textMuted
            font.pixelSize: Theme.formTextSize * 0.85
        }

        Flickable {
            id: lineList
            objectName: "reviewLines"
            width: parent.width
            height: Math.min(lines.height, step.height - reviewHeading.height - privacy.height - 2 * column.spacing)
            contentHeight: lines.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            // at the end by a scroll (a list laid out anew may pass through its end at the top)
            onContentYChanged: if (contentY > 0 && atYEnd && interactive) step.flow.reviewEndReached = true

            NumberAnimation on contentY {
                id: showing
                running: false
                duration: 300
                easing.type: Easing.InOutQuad
            }

            Grid {
                id: lines
                // Two columns of lines on a wide screen, so that they rarely need scrolling.
                readonly property real lineWidth: (width - (columns - 1) * columnSpacing) / columns
                width: lineList.width - (scrollBar.visible ? scrollBar.width + Theme.spacing / 3 : 0)
                columns: step.width > step.height * 1.4 ? 2 : 1
                columnSpacing: Theme.spacing / 2
                rowSpacing: Theme.spacing / 4
                onPositioningComplete: if (!step.correctedShown && width > 0) step.showCorrected()

                Repeater {
                    id: lineRepeater
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

                        // The label over its answer, both the line's whole width: a long name
                        // or question wraps at spaces, in fewer lines than in two columns.
                        Column {
                            id: content
                            anchors { left: parent.left; right: change.left; margins: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
                            FormText {
                                width: parent.width
                                text: line.modelData.label
                                color: Theme.textMuted
                                font.pixelSize: Theme.formTextSize * 0.8
                            }
                            FormText {
                                objectName: "summaryValue-" + line.index
                                width: parent.width
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

    ScrollHint {
        id: scrollBar
        list: lineList
    }

    Rectangle {
        // Over the foot of the list while lines are out of sight below; a tap shows them.
        id: moreBelow
        objectName: "moreBelow"
        parent: lineList
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; rightMargin: scrollBar.width + Theme.spacing / 3 }
        visible: lineList.interactive && !lineList.atYEnd
        height: Math.max(Theme.touchTarget * 0.6, moreText.implicitHeight + Theme.spacing / 3)
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: Math.max(2, Theme.shortSide * 0.003)
        border.color: Theme.accent

        Accessible.role: Accessible.Button
        Accessible.name: moreText.text
        Accessible.onPressAction: step.showMore()

        FormText {
            id: moreText
            anchors { left: parent.left; right: parent.right; margins: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("More answers below: tap here to see them")
            color: Theme.accent
            font.pixelSize: Theme.formTextSize * 0.85
            font.bold: true
        }
        MouseArea {
            anchors.fill: parent
            onClicked: step.showMore()
        }
    }
}
