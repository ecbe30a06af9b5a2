import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// After a while without a touch: a countdown, then the check-in is wiped for the next person.
// The whole overlay takes the tap, so it can never press a button underneath.
Rectangle {
    id: overlay

    required property CheckInFlow flow

    color: "#cc1b2430"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text

    MouseArea {
        objectName: "tapAnywhere"
        anchors.fill: parent
        onClicked: overlay.flow.stillHere()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Theme.shortSide * 1.2)
        height: card.height + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: card
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacing

            FormText {
                id: heading
                width: parent.width
                text: qsTr("Still there?")
                font.pixelSize: Theme.titleSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
            FormText {
                objectName: "secondsLeft"
                width: parent.width
                sentence: (overlay.flow.secondsLeft === 1
                      ? qsTr("This check-in will close in 1 second and your answers will be cleared.")
                      : qsTr("This check-in will close in %1 seconds and your answers will be cleared.").arg(overlay.flow.secondsLeft))
                horizontalAlignment: Text.AlignHCenter
            }
            KioskButton {
                objectName: "stillHereButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.max(implicitWidth, Theme.shortSide * 0.6)
                text: qsTr("I am still here")
                onActivated: overlay.flow.stillHere()
            }
        }
    }
}
