import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Step 4, when the clinic asks for it: a mobile number, optional, on a keypad.
Item {
    id: step

    required property CheckInFlow flow
    // Above this line (the screen's top third) a seated patient cannot reach: the keypad stays below.
    property real reachTop: 0
    // What "Read aloud" says on this step: its question.
    readonly property string spoken: heading.text + " " + why.text
    Binding {
        target: step.flow
        property: "question"
        value: step.spoken
    }
    readonly property bool wide: width > height

    Column {
        // Low on the screen, the keypad's top below reachTop.
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        spacing: Theme.spacing

        FormText {
            id: heading
            width: parent.width
            sentence: qsTr("Your mobile number (you can leave this empty)")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }

        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: step.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            Column {
                width: step.wide ? Math.min(step.width - pad.width - Theme.spacing * 2, Theme.shortSide * 1.1) : step.width
                spacing: Theme.spacing / 2
                FormText {
                    id: why
                    width: parent.width
                    sentence: qsTr("So that the front desk can text you if they need to.")
                }
                Rectangle {
                    width: parent.width
                    height: Theme.touchTarget * 1.1
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.width: Math.max(4, Theme.shortSide * 0.005)
                    border.color: Theme.accent
                    Text {
                        objectName: "mobileShown"
                        anchors { fill: parent; leftMargin: Theme.spacing / 2; rightMargin: Theme.spacing / 2 }
                        verticalAlignment: Text.AlignVCenter
                        text: step.flow.mobileShown
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fieldTextSize
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.minimumTextSize
                    }
                }
                KindMessage {
                    objectName: "mobileMessage"
                    width: parent.width
                    text: step.flow.messages["mobile"] ?? ""
                }
            }

            NumberPad {
                id: pad
                keySize: Math.min(Theme.touchTarget * (step.wide ? 1.3 : 1.8),
                                 (step.height - heading.height - Theme.spacing * 3) / (step.wide ? 4.6 : 7),
                                 (step.height - step.reachTop - 3 * spacing) / 4)
                onDigit: value => step.flow.typeMobileDigit(value)
                onErase: step.flow.eraseMobileDigit()
            }
        }
    }
}
