import QtQuick
import Kiosk

// For staff at a USB keyboard: a clear ring around the control that has the keyboard's focus, and
// that control scrolled into sight when Tab brings focus to it inside a scrolling list.
Rectangle {
    id: ring

    required property Item target

    anchors.fill: parent
    anchors.margins: -border.width * 1.5
    visible: target.activeFocus
    radius: Theme.radius
    color: "transparent"
    border.width: Math.max(3, Theme.shortSide * 0.004)
    border.color: Theme.text
    z: 10

    onVisibleChanged: if (visible) bringIntoSight()

    // For the control's Keys.onPressed: Enter, Return or Space press it. True (and the key taken)
    // when the key is one of them.
    function presses(event: KeyEvent): bool {
        if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter && event.key !== Qt.Key_Space)
            return false;
        event.accepted = true;
        return true;
    }

    function bringIntoSight() {
        for (let item = ring.target.parent; item; item = item.parent) {
            const list = item as Flickable;
            if (!list)
                continue;
            const top = ring.target.mapToItem(list.contentItem, 0, 0).y;
            const bottom = top + ring.target.height;
            if (top < list.contentY)
                list.contentY = Math.max(0, top - Theme.spacing);
            else if (bottom > list.contentY + list.height)
                list.contentY = Math.min(bottom + Theme.spacing, list.contentHeight) - list.height;
            return;
        }
    }
}
