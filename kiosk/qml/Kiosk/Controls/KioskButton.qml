import QtQuick
import Kiosk

// A large touch button: a rounded box, a label, a pressed state, and an accessible name. At a
// USB keyboard (staff mode), Tab reaches it and Enter or Space presses it.
Rectangle {
    id: button

    property string text
    property bool primary: true
    property real textSize: Theme.buttonTextSize
    signal activated

    implicitHeight: Theme.touchTarget
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    radius: Theme.radius
    color: primary ? (area.pressed ? Qt.darker(Theme.accent, 1.25) : Theme.accent)
                   : (area.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: primary ? 0 : Math.max(2, Theme.shortSide * 0.003)
    border.color: Theme.accent

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: button.activated()

    activeFocusOnTab: true
    Keys.onPressed: event => {
        if (focusRing.presses(event)) button.activated();
    }
    FocusRing {
        id: focusRing
        target: button
    }

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - Theme.spacing)
        text: button.text
        color: button.primary ? Theme.textOnAccent : Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: button.textSize
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        // Labels keep their size under "A+", and so does the least they may shrink to.
        minimumPixelSize: Theme.minimumTextSize / Theme.textScale
        horizontalAlignment: Text.AlignHCenter
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: button.activated()
    }
}
