import QtQuick
import Kiosk

// A question asked once before something that cannot be taken back; the safe answer comes first.
Rectangle {
    id: overlay

    property string question
    property string keepText
    property string actText
    property string keepName: "keep"
    property string actName: "act"
    // Staff mode's questions take the keyboard's focus, on the safe answer; Escape answers it too.
    // A patient's question leaves the focus where it was, in the field they were typing in.
    property bool takesFocus: false
    signal confirmed
    signal declined

    onVisibleChanged: if (visible && takesFocus) keep.forceActiveFocus()
    Keys.onEscapePressed: overlay.declined()

    color: "#cc1b2430"
    Accessible.role: Accessible.Dialog
    Accessible.name: overlay.question

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
                width: parent.width
                text: overlay.question
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
                    objectName: overlay.keepName
                    width: Math.max(implicitWidth, Theme.shortSide * 0.45)
                    text: overlay.keepText
                    onActivated: overlay.declined()
                }
                KioskButton {
                    id: stop
                    objectName: overlay.actName
                    width: Math.max(implicitWidth, Theme.shortSide * 0.45)
                    primary: false
                    text: overlay.actText
                    onActivated: overlay.confirmed()
                }
            }
        }
    }
}
