import QtQuick
import Kiosk

// A slide drawn by the player's own SlideView at the kiosk's full size, then scaled down to fit:
// what staff see is exactly what patients will see.
Item {
    id: thumb

    property var content: ({})
    property real stageWidth: 1920
    property real stageHeight: 1080
    readonly property real factor: Math.min(width / stageWidth, height / stageHeight)

    clip: true

    SlideView {
        width: thumb.stageWidth
        height: thumb.stageHeight
        content: thumb.content
        scale: thumb.factor
        transformOrigin: Item.TopLeft
        x: (thumb.width - thumb.stageWidth * thumb.factor) / 2
        y: (thumb.height - thumb.stageHeight * thumb.factor) / 2
    }
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.width: Math.max(1, Theme.shortSide * 0.002)
        border.color: Theme.outline
    }
}
