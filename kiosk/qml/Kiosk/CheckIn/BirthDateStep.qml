pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Step 2: the date of birth on a keypad, in the order the clinic's locale writes dates, read back
// in words as soon as it is whole.
Item {
    id: step

    required property CheckInFlow flow
    // Above this line (the screen's top third) a seated patient cannot reach: the keypad stays below.
    property real reachTop: 0
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: heading.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    readonly property bool wide: width > height

    // A USB keyboard a patient plugged in types the date too: digits (the number pad's as well)
    // and Backspace, as the keypad's keys do.
    focus: true
    Component.onCompleted: forceActiveFocus()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Backspace) {
            step.flow.eraseBirthDigit();
            event.accepted = true;
        } else if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            step.flow.typeBirthDigit(event.text);
            event.accepted = true;
        }
    }

    Column {
        // Low on the screen, the keypad's top below reachTop.
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing

        FormText {
            id: heading
            width: parent.width
            sentence: qsTr("What is your date of birth?")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }

        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: step.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            Column {
                id: entry
                width: step.wide ? Math.min(step.width - pad.width - Theme.spacing * 2, Theme.shortSide * 1.1) : step.width
                spacing: Theme.spacing / 2

                Row {
                    objectName: "birthSlots"
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: step.flow.birthSlots
                        delegate: Column {
                            id: slot
                            required property var modelData
                            readonly property string digits: modelData.digits
                            readonly property string placeholder: modelData.placeholder
                            readonly property bool next: modelData.current
                            spacing: Theme.spacing / 4
                            FormText {
                                text: slot.modelData.label
                                font.bold: true
                            }
                            Rectangle {
                                width: digitsText.font.pixelSize * (slot.placeholder.length * 0.75 + 0.8)
                                height: Theme.touchTarget * 1.1
                                radius: Theme.radius / 2
                                color: Theme.surface
                                border.width: slot.next ? Math.max(4, Theme.shortSide * 0.005) : Math.max(2, Theme.shortSide * 0.002)
                                border.color: slot.next ? Theme.accent : Theme.textMuted
                                Row {
                                    anchors.centerIn: parent
                                    Text {
                                        id: digitsText
                                        text: slot.digits
                                        color: Theme.text
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fieldTextSize
                                    }
                                    Text {
                                        // The letters still to fill, paler: "03/1D/YYYY" reads as half done.
                                        text: slot.placeholder.substring(slot.digits.length)
                                        color: Theme.placeholder
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fieldTextSize
                                    }
                                }
                            }
                        }
                    }
                }

                FormText {
                    objectName: "birthInWords"
                    width: parent.width
                    visible: text.length > 0
                    text: step.flow.birthInWords
                    font.pixelSize: Theme.formTitleSize
                    font.bold: true
                    color: Theme.accent
                }

                KindMessage {
                    objectName: "birthMessage"
                    width: parent.width
                    text: step.flow.messages["birth"] ?? ""
                }
            }

            NumberPad {
                id: pad
                keySize: Math.min(Theme.touchTarget * (step.wide ? 1.3 : 1.8),
                                 (step.height - heading.height - Theme.spacing * 3) / (step.wide ? 4.6 : 7),
                                 (step.height - step.reachTop - 3 * spacing) / 4)
                onDigit: value => step.flow.typeBirthDigit(value)
                onErase: step.flow.eraseBirthDigit()
            }
        }
    }
}
