pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// "A-12, please come to the front desk", across the top of whatever is showing, readable from
// across the room: the ticket in the largest type the screen has, the words in every language
// offered below it. Over a check-in it is ``compact``, the words alone in a band the check-in
// makes room for, so no question, answer or ticket of the patient at the screen is hidden. A
// tap puts it away; the next call brings it back.
Rectangle {
    id: banner

    required property CallBanner calls
    property bool compact: false

    visible: calls.showing
    height: column.implicitHeight + 2 * Theme.spacing
    color: Theme.accent
    border.color: Theme.highContrast ? Theme.text : "transparent"
    border.width: Theme.highContrast ? Math.max(3, Theme.shortSide * 0.004) : 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: calls.lines.join(" ")

    MouseArea {
        anchors.fill: parent
        onClicked: banner.calls.dismiss()
    }

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        spacing: Theme.spacing * 0.3

        Text {
            objectName: "calledTicket"
            visible: !banner.compact
            width: parent.width
            text: banner.calls.ticket
            color: Theme.textOnAccent
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(Theme.shortSide * 0.15)
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.titleSize
        }
        Repeater {
            model: banner.calls.lines
            Text {
                required property string modelData
                required property int index
                objectName: "callLine" + index
                width: column.width
                text: modelData
                color: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: index === 0 && !banner.compact ? Theme.formTitleSize : Theme.formTextSize
                font.bold: index === 0
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
