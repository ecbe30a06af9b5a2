pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Kiosk.Backend

// What the desk keeps and hands on: the check-ins as a CSV file for a range of days (to the
// desk's export folder or a USB drive), "delete all now", and the audit log of this desk.
Pane {
    id: page

    required property CheckInQueue queue
    required property AuditList audit

    onVisibleChanged: {
        if (visible)
            audit.refresh();
    }

    RowLayout {
        anchors.fill: parent
        spacing: 24

        ColumnLayout {
            Layout.preferredWidth: 420
            Layout.maximumWidth: 480
            Layout.fillHeight: true
            spacing: 10

            Label {
                text: qsTr("Export to a CSV file")
                font.pixelSize: 20
                font.bold: true
            }
            GridLayout {
                columns: 4
                columnSpacing: 8
                rowSpacing: 8
                Repeater {
                    model: [["from", qsTr("From")], ["to", qsTr("To")]]
                    delegate: Label {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        text: modelData[1]
                    }
                }
                Repeater {
                    model: ["from", "to"]
                    delegate: Button {
                        required property string modelData
                        required property int index
                        objectName: "deskExportEarlier-" + modelData
                        Layout.row: index
                        Layout.column: 1
                        text: "−"
                        Accessible.name: qsTr("One day earlier")
                        onClicked: modelData === "from" ? page.queue.moveExportFrom(-1) : page.queue.moveExportTo(-1)
                    }
                }
                Repeater {
                    model: ["from", "to"]
                    delegate: Label {
                        required property string modelData
                        required property int index
                        objectName: "deskExportDate-" + modelData
                        Layout.row: index
                        Layout.column: 2
                        Layout.minimumWidth: 120
                        horizontalAlignment: Text.AlignHCenter
                        font.bold: true
                        text: modelData === "from" ? page.queue.exportFrom : page.queue.exportTo
                    }
                }
                Repeater {
                    model: ["from", "to"]
                    delegate: Button {
                        required property string modelData
                        required property int index
                        objectName: "deskExportLater-" + modelData
                        Layout.row: index
                        Layout.column: 3
                        text: "+"
                        Accessible.name: qsTr("One day later")
                        onClicked: modelData === "from" ? page.queue.moveExportFrom(1) : page.queue.moveExportTo(1)
                    }
                }
            }
            Label { text: qsTr("Write it to") }
            ComboBox {
                objectName: "deskExportTarget"
                Layout.fillWidth: true
                model: page.queue.targets
                currentIndex: page.queue.target
                onActivated: index => page.queue.chooseTarget(index)
            }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "deskExport"
                    text: qsTr("Export")
                    highlighted: true
                    onClicked: {
                        page.queue.exportCsv();
                        page.audit.refresh();
                    }
                }
                Button {
                    objectName: "deskFindDrives"
                    text: qsTr("Find USB")
                    onClicked: page.queue.findTargets()
                }
            }
            Label {
                objectName: "deskRecordsMessage"
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.queue.message
            }
            Item { Layout.fillHeight: true }
            Button {
                objectName: "deskDeleteAll"
                text: qsTr("Delete all check-ins now…")
                onClicked: confirmDelete.open()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            Label {
                text: qsTr("Audit log")
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "deskAuditChain"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.audit.chainStatus
            }
            ListView {
                objectName: "deskAuditList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.audit
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: entry
                    required property int index
                    required property string at
                    required property string staff
                    required property string action
                    required property string detail
                    width: ListView.view.width - 12
                    height: line.implicitHeight + 8
                    color: index % 2 ? "#f4f1ec" : "transparent"
                    Label {
                        id: line
                        objectName: "deskAuditEntry" + entry.index
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 6 }
                        wrapMode: Text.Wrap
                        text: entry.at + "   " + entry.staff + "   " + entry.action + (entry.detail ? ": " + entry.detail : "")
                    }
                }
            }
        }
    }

    Popup {
        id: confirmDelete
        objectName: "deskConfirmDelete"
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, page.width - 40)
        modal: true
        focus: true
        padding: 20
        contentItem: ColumnLayout {
            spacing: 16
            Label {
                text: qsTr("Delete all check-ins now?")
                font.pixelSize: 18
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Delete the names, dates of birth, reasons and phone numbers of every check-in now? Ticket numbers and times are kept for counts. This cannot be undone.")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Button {
                    objectName: "deskKeepCheckIns"
                    text: qsTr("Keep them")
                    focus: true
                    onClicked: confirmDelete.close()
                }
                Button {
                    objectName: "deskConfirmDeleteButton"
                    text: qsTr("Delete")
                    onClicked: {
                        confirmDelete.close();
                        page.queue.deleteAll();
                        page.audit.refresh();
                    }
                }
            }
        }
    }
}
