import QtQuick
import Kiosk

// A short, kind note beside a field ("Please enter your first name."), shown only when there is one.
// It is marked by an "i" and a pale box, not by colour alone, and never as a red banner.
Rectangle {
    id: note

    property string text
    property real textScale: 1

    visible: text.length > 0
    implicitHeight: visible ? body.implicitHeight + Theme.spacing : 0
    radius: Theme.radius / 2
    color: Theme.messageBackground
    border.width: Math.max(2, Theme.shortSide * 0.002)
    border.color: Theme.outline

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        id: mark
        anchors { left: parent.left; leftMargin: Theme.spacing / 2; top: parent.top; topMargin: Theme.spacing / 2 }
        width: Theme.formTextSize * 1.1 * note.textScale
        height: width
        radius: width / 2
        color: Theme.accent
        Text {
            anchors.centerIn: parent
            text: "i"
            color: Theme.textOnAccent
            font.family: Theme.fontFamily
            font.pixelSize: parent.height * 0.7
            font.bold: true
        }
    }
    FormText {
        id: body
        objectName: note.objectName + "Text"
        anchors { left: mark.right; leftMargin: Theme.spacing / 2; right: parent.right; rightMargin: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
        sentence: note.text
        font.pixelSize: Theme.formTextSize * note.textScale
    }
}
