pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls
import Kiosk.Slides

// The clinic's slides: each with its thumbnail, switched on or off, moved up or down, copied,
// edited or deleted (with undo); new slides from a layout; the built-in slides restored.
Item {
    id: page

    required property DeckEditor editor
    property real stageWidth: 1920
    property real stageHeight: 1080
    signal restoreRequested
    readonly property bool wide: width > height
    readonly property real actionHeight: Math.max(56, Theme.touchTarget * 0.6)
    readonly property real smallText: Theme.formTextSize * 0.75

    ListView {
        id: list
        objectName: "slideList"
        anchors { top: parent.top; left: parent.left; bottom: page.wide ? parent.bottom : tools.top; right: page.wide ? tools.left : parent.right; margins: Theme.spacing / 2 }
        clip: true
        spacing: Theme.spacing / 3
        model: page.editor.slides

        delegate: Rectangle {
            id: row
            required property int index
            required property string slideId
            required property string title
            required property bool switchedOn
            required property var content
            required property string summary
            required property string reasons
            required property bool plays
            required property string missing

            objectName: "slideRow" + index
            width: ListView.view.width
            height: Math.max(thumb.height, words.height + actions.height + Theme.spacing / 2) + Theme.spacing
            radius: Theme.radius / 2
            color: row.switchedOn ? Theme.surface : Qt.darker(Theme.background, 1.03)
            border.width: Math.max(2, Theme.shortSide * 0.002)
            border.color: Theme.outline

            SlideThumbnail {
                id: thumb
                anchors { left: parent.left; top: parent.top; margins: Theme.spacing / 2 }
                width: Math.min(row.width * 0.3, Theme.shortSide * 0.28 * page.stageWidth / page.stageHeight)
                height: width * page.stageHeight / page.stageWidth
                stageWidth: page.stageWidth
                stageHeight: page.stageHeight
                content: row.content
                opacity: row.switchedOn ? 1 : 0.55
            }
            Column {
                id: words
                anchors { left: thumb.right; right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                spacing: Theme.spacing / 6
                FormText {
                    objectName: "slideTitle" + row.index
                    width: parent.width
                    text: (row.index + 1) + ". " + row.title
                    font.bold: true
                }
                FormText {
                    width: parent.width
                    font.pixelSize: page.smallText
                    color: Theme.textMuted
                    text: row.summary
                }
                FormText {
                    objectName: "slideToday" + row.index
                    width: parent.width
                    font.pixelSize: page.smallText
                    text: (row.plays ? qsTr("Today: ") : qsTr("Not playing now: ")) + row.reasons
                }
                FormText {
                    // Patients who chose these languages see this slide in the deck's own.
                    objectName: "slideMissing" + row.index
                    visible: row.missing !== ""
                    width: parent.width
                    font.pixelSize: page.smallText
                    font.bold: true
                    text: qsTr("Not written yet in: %1").arg(row.missing)
                }
            }
            Flow {
                id: actions
                anchors { left: thumb.right; right: parent.right; top: words.bottom; margins: Theme.spacing / 2 }
                spacing: Theme.spacing / 3
                Choice {
                    objectName: "slideOn" + row.index
                    height: page.actionHeight
                    text: qsTr("On")
                    chosen: row.switchedOn
                    onActivated: page.editor.setEnabled(row.index, !row.switchedOn)
                }
                KioskButton {
                    objectName: "slideEdit" + row.index
                    height: page.actionHeight
                    textSize: page.smallText
                    text: qsTr("Edit")
                    onActivated: page.editor.edit(row.index)
                }
                KioskButton {
                    objectName: "slideUp" + row.index
                    height: page.actionHeight
                    width: page.actionHeight * 1.4
                    textSize: page.smallText
                    primary: false
                    text: "↑"
                    Accessible.name: qsTr("Move up")
                    enabled: row.index > 0
                    opacity: enabled ? 1 : 0.4
                    onActivated: page.editor.move(row.index, row.index - 1)
                }
                KioskButton {
                    objectName: "slideDown" + row.index
                    height: page.actionHeight
                    width: page.actionHeight * 1.4
                    textSize: page.smallText
                    primary: false
                    text: "↓"
                    Accessible.name: qsTr("Move down")
                    enabled: row.index < list.count - 1
                    opacity: enabled ? 1 : 0.4
                    onActivated: page.editor.move(row.index, row.index + 1)
                }
                KioskButton {
                    objectName: "slideCopy" + row.index
                    height: page.actionHeight
                    textSize: page.smallText
                    primary: false
                    text: qsTr("Copy")
                    onActivated: page.editor.duplicate(row.index)
                }
                KioskButton {
                    objectName: "slideDelete" + row.index
                    height: page.actionHeight
                    textSize: page.smallText
                    primary: false
                    text: qsTr("Delete")
                    onActivated: page.editor.remove(row.index)
                }
            }
        }
    }

    Flickable {
        id: tools
        anchors { top: page.wide ? parent.top : undefined; bottom: parent.bottom; right: parent.right; left: page.wide ? undefined : parent.left; margins: Theme.spacing / 2 }
        width: page.wide ? page.width * 0.3 : page.width - Theme.spacing
        height: page.wide ? page.height - Theme.spacing : Math.min(toolColumn.height, page.height * 0.4)
        contentHeight: toolColumn.height
        clip: true

        Column {
            id: toolColumn
            width: parent.width
            spacing: Theme.spacing / 2

            KindMessage {
                objectName: "slidesMessage"
                width: parent.width
                text: page.editor.message
            }
            KioskButton {
                objectName: "undoDelete"
                visible: page.editor.canUndo
                width: parent.width
                height: page.actionHeight
                textSize: Theme.formTextSize * 0.8
                text: qsTr("Undo delete")
                onActivated: page.editor.undoRemove()
            }
            FormText {
                width: parent.width
                text: qsTr("Add a slide")
                font.bold: true
            }
            Repeater {
                model: [["beside", qsTr("Picture beside text")], ["full", qsTr("Large picture")], ["headline", qsTr("Headline")], ["call", qsTr("Call to action")]]
                delegate: KioskButton {
                    required property var modelData
                    objectName: "add-" + modelData[0]
                    width: toolColumn.width
                    height: page.actionHeight
                    textSize: Theme.formTextSize * 0.8
                    primary: false
                    text: modelData[1]
                    onActivated: page.editor.addSlide(modelData[0])
                }
            }
            Item { width: 1; height: Theme.spacing / 2 }
            FormText {
                width: parent.width
                font.pixelSize: page.smallText
                color: Theme.textMuted
                objectName: "slidesOrigin"
                text: page.editor.origin === "clinic" ? qsTr("Playing now: the clinic's slides.")
                    : page.editor.origin === "built-in" ? qsTr("Playing now: the built-in slides.")
                    : qsTr("Playing now: the last good copy of the clinic's slides.")
            }
            KioskButton {
                objectName: "restoreBuiltIn"
                width: parent.width
                height: page.actionHeight
                textSize: Theme.formTextSize * 0.8
                primary: false
                text: qsTr("Restore the built-in slides")
                onActivated: page.restoreRequested()
            }
        }
    }
}
