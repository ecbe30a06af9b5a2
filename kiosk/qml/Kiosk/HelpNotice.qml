import QtQuick
import Kiosk.Controls

// After "Need help?": a calm note that the desk has been told, over whatever screen is showing.
Rectangle {
    id: notice

    function show() {
        visible = true;
        hideTimer.restart();
    }

    visible: false
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 0, Theme.shortSide * 1.3)
    height: text.implicitHeight + 1.5 * Theme.spacing
    radius: Theme.radius
    color: Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text.text

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: notice.visible = false
    }
    MouseArea {
        anchors.fill: parent
        onClicked: notice.visible = false
    }
    FormText {
        id: text
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        text: qsTr("We have let the front desk know. Someone will come to help you.")
        color: Theme.textOnAccent
        font.pixelSize: Theme.formTitleSize * 0.8
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
    }
}
