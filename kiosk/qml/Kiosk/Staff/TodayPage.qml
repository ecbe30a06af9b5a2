pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls
import Kiosk.Slides

// What plays today: every slide, in order, with the reason it plays or does not.
Item {
    id: page

    required property DeckEditor editor
    property real stageWidth: 1920
    property real stageHeight: 1080

    FormText {
        id: heading
        objectName: "todayHeading"
        anchors { top: parent.top; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
        font.bold: true
        text: qsTr("Today %1 of %2 slides play.").arg(page.editor.playingCount).arg(list.count)
    }

    ListView {
        id: list
        objectName: "todayList"
        anchors { top: heading.bottom; bottom: parent.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
        clip: true
        spacing: Theme.spacing / 4
        model: page.editor.slides
        delegate: Rectangle {
            id: row
            required property int index
            required property string title
            required property var content
            required property string verdict
            required property string reasons
            required property bool plays
            objectName: "todayRow" + index
            width: ListView.view.width
            height: Math.max(thumb.height, words.height) + Theme.spacing
            color: row.plays ? Theme.surface : Qt.darker(Theme.background, 1.03)
            radius: Theme.radius / 2
            border.width: row.plays ? Math.max(2, Theme.shortSide * 0.002) : 0
            border.color: Theme.outline

            SlideThumbnail {
                id: thumb
                anchors { left: parent.left; top: parent.top; margins: Theme.spacing / 2 }
                width: Math.min(row.width * 0.2, Theme.shortSide * 0.18 * page.stageWidth / page.stageHeight)
                height: width * page.stageHeight / page.stageWidth
                stageWidth: page.stageWidth
                stageHeight: page.stageHeight
                content: row.content
                opacity: row.plays ? 1 : 0.5
            }
            Column {
                id: words
                anchors { left: thumb.right; right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                FormText {
                    objectName: "todayTitle" + row.index
                    width: parent.width
                    font.bold: true
                    text: (row.index + 1) + ". " + row.title
                }
                FormText {
                    objectName: "todayReason" + row.index
                    width: parent.width
                    font.pixelSize: Theme.formTextSize * 0.8
                    readonly property string said: row.plays ? row.reasons : row.verdict + ": " + row.reasons
                    text: said.charAt(0).toUpperCase() + said.slice(1)
                }
            }
        }
    }
}
