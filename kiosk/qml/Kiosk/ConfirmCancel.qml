import QtQuick

// Cancel after some answers asks once, so that a stray tap does not throw a check-in away.
Rectangle {
    id: overlay

    signal confirmed
    signal declined

    color: "#cc1b2430"
    Accessible.role: Accessible.Dialog
    Accessible.name: question.text

    MouseArea {
        anchors.fill: parent
        onClicked: overlay.declined()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Theme.shortSide * 1.2)
        height: card.height + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        MouseArea {
            anchors.fill: parent  // a tap on the card itself keeps the question open
        }

        Column {
            id: card
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacing

            FormText {
                id: question
                width: parent.width
                text: qsTr("Stop checking in? Your answers will be cleared.")
                font.pixelSize: Theme.formTitleSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
            Flow {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, keep.width + stop.width + spacing)
                spacing: Theme.spacing
                KioskButton {
                    id: keep
                    objectName: "keepCheckingIn"
                    width: Math.max(implicitWidth, Theme.shortSide * 0.45)
                    text: qsTr("Go on")
                    onActivated: overlay.declined()
                }
                KioskButton {
                    id: stop
                    objectName: "stopCheckingIn"
                    width: Math.max(implicitWidth, Theme.shortSide * 0.45)
                    primary: false
                    text: qsTr("Yes, stop")
                    onActivated: overlay.confirmed()
                }
            }
        }
    }
}
