import QtQuick
import Kiosk

// One tab of a row of pages: the chosen one takes the page's colour and a thick bar under its
// bold words, so it reads as the open page and not as an answer ticked (colour is never the only
// sign). It has no box or ring, unlike a `Choice`.
Rectangle {
    id: tab

    property string text
    property bool chosen: false
    property real textSize: Theme.formTextSize
    signal activated

    implicitHeight: Math.max(Theme.touchTarget * 0.8, label.implicitHeight + Theme.spacing * 0.5)
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    radius: Theme.radius
    color: chosen ? Theme.background : (area.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)

    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selectable: true
    Accessible.selected: chosen
    Accessible.onPressAction: tab.activated()

    activeFocusOnTab: true
    Keys.onPressed: event => {
        if (focusRing.presses(event)) tab.activated();
    }
    FocusRing {
        id: focusRing
        target: tab
    }

    FormText {
        id: label
        anchors.centerIn: parent
        text: tab.text
        font.pixelSize: tab.textSize
        font.bold: tab.chosen
        color: tab.chosen ? Theme.text : Theme.textMuted
        wrapMode: Text.NoWrap
    }
    Rectangle {
        objectName: "tabMark"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        visible: tab.chosen
        height: Math.max(4, Theme.shortSide * 0.006)
        radius: height / 2
        color: Theme.accent
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: tab.activated()
    }
}
