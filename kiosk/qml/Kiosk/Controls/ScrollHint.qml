import QtQuick
import Kiosk

// A bar at the right edge of a list that scrolls, saying there is more and where the patient is
// in it. It sits on the list itself, not on what scrolls.
Rectangle {
    id: hint

    required property Flickable list

    objectName: "scrollBar"
    parent: list
    anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
    visible: list.interactive
    width: Math.max(8, Theme.shortSide * 0.012)
    radius: width / 2
    color: Theme.outline
    Rectangle {
        width: parent.width
        radius: width / 2
        color: Theme.accent
        y: parent.height * hint.list.visibleArea.yPosition
        height: parent.height * hint.list.visibleArea.heightRatio
    }
}
