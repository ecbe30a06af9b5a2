pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Today's check-ins for the front desk, with export and deletion beside them (below them when the
// screen stands upright). Deleting asks first, in a question over the whole of staff mode.
Item {
    id: page

    required property CheckInQueue queue
    signal deleteAllRequested
    readonly property bool wide: width > height
    readonly property real smallText: Theme.formTextSize * 0.8
    readonly property real actionHeight: Math.max(64, Theme.touchTarget * 0.7)

    Component.onCompleted: queue.findTargets()

    ListView {
        id: list
        objectName: "queueList"
        anchors { top: parent.top; left: parent.left; bottom: page.wide ? parent.bottom : tools.top; right: page.wide ? tools.left : parent.right; margins: Theme.spacing / 2 }
        clip: true
        spacing: Theme.spacing / 3
        model: page.queue

        FormText {
            objectName: "queueEmpty"
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            visible: list.count === 0
            text: qsTr("No one has checked in today yet.")
        }

        delegate: Rectangle {
            id: row
            required property int index
            required property string ticket
            required property string name
            required property string shortName
            required property string reasons
            required property bool urgent
            required property bool mobilityHelp
            required property bool appointment
            required property string arrival
            required property int waiting
            required property string status
            required property string statusLabel
            required property string handoff
            required property string handoffLabel
            required property string handoffWords

            // The waiting room can see this screen: a first name and an initial, and no reasons,
            // until staff tap the row (for 20 s).
            property bool revealed: false

            objectName: "queueRow" + index
            width: ListView.view.width
            height: rowText.height + actions.height + Theme.spacing
            radius: Theme.radius / 2
            color: status === "waiting" ? Theme.surface : Qt.darker(Theme.background, 1.03)
            border.width: urgent ? Math.max(4, Theme.shortSide * 0.005) : Math.max(2, Theme.shortSide * 0.002)
            border.color: urgent ? Theme.accent : Theme.outline

            Timer {
                id: hideAgain
                interval: 20000
                onTriggered: row.revealed = false
            }
            MouseArea {
                objectName: "queueRowReveal" + row.index
                anchors.fill: rowText
                onClicked: {
                    row.revealed = !row.revealed;
                    if (row.revealed)
                        hideAgain.restart();
                }
                Accessible.role: Accessible.Button
                Accessible.name: row.revealed ? qsTr("Hide the name") : qsTr("Show the whole name and the reasons")
            }
            Column {
                id: rowText
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                FormText {
                    objectName: "queueRowTitle" + row.index
                    width: parent.width
                    text: row.ticket + "  " + (row.revealed ? row.name : row.shortName)
                          + (row.urgent ? "  · " + qsTr("URGENT") : "")
                          + (row.mobilityHelp ? "  · " + qsTr("needs help moving") : "")
                          + (row.appointment ? "  · " + qsTr("appointment") : "")
                    font.bold: true
                }
                FormText {
                    objectName: "queueRowDetail" + row.index
                    width: parent.width
                    font.pixelSize: page.smallText
                    color: Theme.textMuted
                    // A sealed check-in not opened has no reasons to show.
                    text: row.reasons !== "" && row.revealed
                          ? qsTr("%1 · arrived %2 · waited %3 min · %4")
                            .arg(row.reasons).arg(row.arrival).arg(row.waiting).arg(row.statusLabel)
                          : qsTr("arrived %1 · waited %2 min · %3")
                            .arg(row.arrival).arg(row.waiting).arg(row.statusLabel)
                }
                FormText {
                    // What became of its hand-off to the practice's software, where there is one;
                    // the receiver's words may be about the patient, so only with the name.
                    objectName: "queueRowHandoff" + row.index
                    width: parent.width
                    visible: row.handoffLabel !== ""
                    font.pixelSize: page.smallText
                    font.bold: row.handoff === "refused" || row.handoff === "not-sent"
                    color: font.bold ? Theme.text : Theme.textMuted
                    text: row.handoffLabel
                          + (row.revealed && row.handoffWords !== "" ? ": " + row.handoffWords : "")
                }
            }
            Flow {
                id: actions
                anchors { left: parent.left; right: parent.right; top: rowText.bottom; margins: Theme.spacing / 2 }
                spacing: Theme.spacing / 2
                Repeater {
                    model: [["called", qsTr("Called")], ["seen", qsTr("Seen")], ["no-show", qsTr("No-show")], ["waiting", qsTr("Waiting")]]
                    delegate: Choice {
                        required property var modelData
                        objectName: "mark-" + modelData[0] + "-" + row.index
                        single: true
                        height: page.actionHeight
                        text: modelData[1]
                        chosen: row.status === modelData[0]
                        onActivated: page.queue.mark(row.index, modelData[0])
                    }
                }
            }
        }
    }

    Flickable {
        id: tools
        anchors { top: page.wide ? parent.top : undefined; bottom: parent.bottom; right: parent.right; left: page.wide ? undefined : parent.left; margins: Theme.spacing / 2 }
        width: page.wide ? page.width * 0.36 : page.width - Theme.spacing
        height: page.wide ? page.height - Theme.spacing : Math.min(toolColumn.height, page.height * 0.5)
        contentHeight: toolColumn.height
        clip: true

        Column {
            id: toolColumn
            width: parent.width
            spacing: Theme.spacing / 2

            KindMessage {
                objectName: "queueMessage"
                width: parent.width
                text: page.queue.message
            }
            FormText {
                width: parent.width
                text: qsTr("Export to a CSV file")
                font.bold: true
            }
            Repeater {
                model: [["from", qsTr("From")], ["to", qsTr("To")]]
                delegate: Row {
                    id: dateRow
                    required property var modelData
                    spacing: Theme.spacing / 3
                    FormText {
                        width: toolColumn.width * 0.22
                        height: page.actionHeight
                        verticalAlignment: Text.AlignVCenter
                        text: dateRow.modelData[1]
                        // one word, never broken: smaller rather than "Desd / e" at A+
                        wrapMode: Text.NoWrap
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.minimumTextSize * 0.6
                    }
                    KioskButton {
                        objectName: "exportEarlier-" + dateRow.modelData[0]
                        width: page.actionHeight
                        height: page.actionHeight
                        primary: false
                        text: "−"
                        Accessible.name: qsTr("One day earlier")
                        onActivated: dateRow.modelData[0] === "from" ? page.queue.moveExportFrom(-1) : page.queue.moveExportTo(-1)
                    }
                    FormText {
                        objectName: "exportDate-" + dateRow.modelData[0]
                        width: toolColumn.width * 0.78 - 2 * page.actionHeight - 3 * dateRow.spacing
                        height: page.actionHeight
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: dateRow.modelData[0] === "from" ? page.queue.exportFrom : page.queue.exportTo
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.minimumTextSize * 0.6
                        wrapMode: Text.NoWrap
                    }
                    KioskButton {
                        objectName: "exportLater-" + dateRow.modelData[0]
                        width: page.actionHeight
                        height: page.actionHeight
                        primary: false
                        text: "+"
                        Accessible.name: qsTr("One day later")
                        onActivated: dateRow.modelData[0] === "from" ? page.queue.moveExportFrom(1) : page.queue.moveExportTo(1)
                    }
                }
            }
            Repeater {
                model: page.queue.targets
                delegate: Choice {
                    required property string modelData
                    required property int index
                    objectName: "exportTarget" + index
                    single: true
                    width: toolColumn.width
                    text: modelData
                    chosen: page.queue.target === index
                    onActivated: page.queue.chooseTarget(index)
                }
            }
            Row {
                spacing: Theme.spacing / 2
                KioskButton {
                    objectName: "exportButton"
                    textSize: Theme.formTextSize
                    width: (toolColumn.width - parent.spacing) * 0.6
                    text: qsTr("Export")
                    onActivated: page.queue.exportCsv()
                }
                KioskButton {
                    objectName: "findDrives"
                    textSize: Theme.formTextSize
                    // The rest of the row: a longer translation shrinks its letters, not the page.
                    width: (toolColumn.width - parent.spacing) * 0.4
                    primary: false
                    text: qsTr("Find USB")
                    onActivated: page.queue.findTargets()
                }
            }
            Item { width: 1; height: Theme.spacing }
            KioskButton {
                objectName: "deleteAllCheckIns"
                textSize: Theme.formTextSize
                width: toolColumn.width
                primary: false
                text: qsTr("Delete all check-ins now")
                onActivated: page.deleteAllRequested()
            }
        }
    }
}
