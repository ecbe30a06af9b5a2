pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The audit log, newest first, with the result of checking its chain of hashes.
Item {
    id: page

    required property AuditList audit

    KindMessage {
        id: chain
        objectName: "auditChain"
        anchors { top: parent.top; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
        text: page.audit.chainStatus
    }

    ListView {
        objectName: "auditList"
        anchors { top: chain.bottom; bottom: parent.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
        clip: true
        spacing: Theme.spacing / 4
        model: page.audit
        delegate: Rectangle {
            id: entry
            required property int index
            required property string at
            required property string staff
            required property string action
            required property string detail
            width: ListView.view.width
            height: line.height + Theme.spacing / 2
            color: index % 2 ? Theme.background : Theme.surface
            FormText {
                id: line
                objectName: "auditEntry" + entry.index
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                font.pixelSize: Theme.formTextSize * 0.8
                text: entry.at + "   " + entry.staff + "   " + entry.action + (entry.detail ? ": " + entry.detail : "")
            }
        }
    }
}
