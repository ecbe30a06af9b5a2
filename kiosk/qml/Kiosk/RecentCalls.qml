pragma ComponentBehavior: Bound
import QtQuick

// The last tickets called, in a band between the slide and its footer, for a patient who looked
// away when theirs was called. The slide makes room for it rather than being covered.
Rectangle {
    id: band

    property list<string> tickets

    visible: tickets.length > 0
    implicitHeight: visible ? row.implicitHeight + Theme.spacing * 0.6 : 0
    color: Theme.surface
    Accessible.role: Accessible.StaticText
    Accessible.name: title.text + " " + tickets.join(", ")

    Rectangle {
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: Math.max(2, Theme.shortSide * 0.003)
        color: Theme.outline
    }
    Row {
        id: row
        anchors { right: parent.right; rightMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
        spacing: Theme.spacing

        Text {
            id: title
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Called:")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.minimumTextSize
        }
        Repeater {
            model: band.tickets
            Text {
                required property string modelData
                required property int index
                objectName: "recentCall" + index
                anchors.verticalCenter: parent.verticalCenter
                text: modelData
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.barTextSize
                font.bold: true
            }
        }
    }
}
