import QtQuick
import Kiosk

// A large button for one answer, so colour is never the only sign of the chosen one: a box that
// shows a tick for a toggle, a ring with a dot for one answer of several (`single`).
Rectangle {
    id: choice

    property string text
    property bool chosen: false
    property bool single: false
    property real textSize: Theme.formTextSize
    signal activated

    implicitHeight: Math.max(Theme.touchTarget * 0.8, label.implicitHeight + Theme.spacing * 0.5)
    implicitWidth: box.width + label.implicitWidth + 2.5 * Theme.spacing
    radius: Theme.radius
    color: chosen ? Theme.selected : (area.pressed ? Qt.darker(Theme.surface, 1.1) : Theme.surface)
    border.width: Math.max(2, Theme.shortSide * 0.003)
    border.color: chosen ? Theme.selected : Theme.textMuted

    Accessible.role: single ? Accessible.RadioButton : Accessible.CheckBox
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
        radius: choice.single ? width / 2 : width * 0.15
        // chosen, a radio's ring and dot in the button's text colour, with the button between
        color: choice.single && choice.chosen ? Theme.selected : Theme.surface
        border.width: Math.max(2, Theme.shortSide * 0.003) * (choice.single ? 1.5 : 1)
        border.color: choice.chosen ? Theme.surface : Theme.textMuted

        Rectangle {
            objectName: "choiceDot"
            anchors.centerIn: parent
            visible: choice.single && choice.chosen
            width: parent.width * 0.5
            height: width
            radius: width / 2
            color: Theme.surface
        }
        Item {
            // A tick drawn from two bars, so it needs no glyph from any font.
            objectName: "choiceTick"
            anchors.fill: parent
            visible: !choice.single && choice.chosen
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
