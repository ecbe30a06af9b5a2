import QtQuick
import Kiosk

// A large toggle for one answer: a box that shows a tick when chosen, so colour is never the only sign.
Rectangle {
    id: choice

    property string text
    property bool chosen: false
    property real textSize: Theme.formTextSize
    signal activated

    implicitHeight: Math.max(Theme.touchTarget * 0.8, label.implicitHeight + Theme.spacing * 0.5)
    implicitWidth: box.width + label.implicitWidth + 2.5 * Theme.spacing
    radius: Theme.radius
    color: chosen ? Theme.selected : (area.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: Math.max(2, Theme.shortSide * 0.003)
    border.color: chosen ? Theme.selected : Theme.textMuted

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.onPressAction: choice.activated()

    activeFocusOnTab: true
    Keys.onPressed: event => {
        if (focusRing.presses(event)) choice.activated();
    }
    FocusRing {
        id: focusRing
        target: choice
    }

    Rectangle {
        id: box
        anchors { left: parent.left; leftMargin: Theme.spacing * 0.75; verticalCenter: parent.verticalCenter }
        width: choice.textSize
        height: width
        radius: width * 0.15
        color: Theme.surface
        border.width: Math.max(2, Theme.shortSide * 0.003)
        border.color: choice.chosen ? Theme.surface : Theme.textMuted

        Item {
            // A tick drawn from two bars, so it needs no glyph from any font.
            anchors.fill: parent
            visible: choice.chosen
            Rectangle {
                x: box.width * 0.16
                y: box.height * 0.52
                width: box.width * 0.34
                height: Math.max(3, box.width * 0.16)
                radius: height / 2
                color: Theme.selected
                rotation: 45
                transformOrigin: Item.Left
            }
            Rectangle {
                x: box.width * 0.36
                y: box.height * 0.74
                width: box.width * 0.6
                height: Math.max(3, box.width * 0.16)
                radius: height / 2
                color: Theme.selected
                rotation: -50
                transformOrigin: Item.Left
            }
        }
    }

    FormText {
        id: label
        anchors { left: box.right; leftMargin: Theme.spacing * 0.6; right: parent.right; rightMargin: Theme.spacing * 0.75; verticalCenter: parent.verticalCenter }
        text: choice.text
        font.pixelSize: choice.textSize
        color: choice.chosen ? Theme.textOnAccent : Theme.text
        font.bold: choice.chosen
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: choice.activated()
    }
}
