pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Controls

// A PIN: one dot for each digit typed (never the digits), the keypad, and one action key. A USB
// keyboard's digits, Backspace and Enter work too.
Column {
    id: pinPad

    property int digits: 0
    // As many empty dots as the shortest answer has digits (a PIN 6, a set-up code 8).
    property int leastDigits: 6
    property string actionText: qsTr("Sign in")
    property bool busy: false
    property real keySize: Theme.touchTarget * 1.3
    signal digit(string value)
    signal erase
    signal submit

    spacing: Theme.spacing / 2
    focus: true
    Keys.onPressed: event => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            pinPad.digit(event.text);
        } else if (event.key === Qt.Key_Backspace) {
            pinPad.erase();
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pinPad.submit();
        } else {
            return;
        }
        event.accepted = true;
    }

    Row {
        objectName: "pinDots"
        anchors.horizontalCenter: parent.horizontalCenter
        height: Theme.formTextSize
        spacing: Theme.spacing / 3
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Digits typed: %1").arg(pinPad.digits)
        Repeater {
            model: Math.max(pinPad.digits, pinPad.leastDigits)
            delegate: Rectangle {
                required property int index
                width: parent.height * 0.7
                height: width
                anchors.verticalCenter: parent.verticalCenter
                radius: width / 2
                color: index < pinPad.digits ? Theme.text : "transparent"
                border.width: Math.max(2, Theme.shortSide * 0.003)
                border.color: Theme.textMuted
            }
        }
    }

    NumberPad {
        id: pad
        anchors.horizontalCenter: parent.horizontalCenter
        keySize: pinPad.keySize
        onDigit: value => pinPad.digit(value)
        onErase: pinPad.erase()
    }

    KioskButton {
        objectName: "pinSubmit"
        anchors.horizontalCenter: parent.horizontalCenter
        width: pad.width
        text: pinPad.busy ? qsTr("Checking…") : pinPad.actionText
        onActivated: if (!pinPad.busy) pinPad.submit()
    }
}
