pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk

// The patient's own settings for the screen: their language, larger text ("A+") and high
// contrast, and "Read aloud" for what is on it. Each returns to the clinic's default after the
// patient.
Row {
    id: tools

    required property PatientChoices choices
    required property ReadAloud speech
    // What "Read aloud" says here: the slide, or the check-in's question.
    property string spokenText
    // Where the tools are ("slides", "checkIn"): their names start with it.
    required property string place
    property real buttonHeight: Theme.touchTarget
    property real textSize: Theme.buttonTextSize

    spacing: Theme.spacing / 2

    LanguageButtons {
        choices: tools.choices
        place: tools.place
        buttonHeight: tools.buttonHeight
        textSize: tools.textSize
    }
    KioskButton {
        objectName: tools.place + "LargerText"
        height: tools.buttonHeight
        // Its own letters never grow with A+: the button stays where the patient found it.
        width: height * 1.1
        textSize: tools.buttonHeight * 0.45
        primary: tools.choices.largerText
        text: "A+"
        Accessible.name: qsTr("Larger text")
        Accessible.checkable: true
        Accessible.checked: tools.choices.largerText
        onActivated: tools.choices.toggleLargerText()
    }
    KioskButton {
        id: contrast
        objectName: tools.place + "HighContrast"
        height: tools.buttonHeight
        width: height
        primary: tools.choices.highContrast
        Accessible.name: qsTr("High contrast")
        Accessible.checkable: true
        Accessible.checked: tools.choices.highContrast
        onActivated: tools.choices.toggleHighContrast()

        // The usual sign for contrast: a circle, half dark and half light.
        Rectangle {
            id: sign
            readonly property color ink: contrast.primary ? Theme.textOnAccent : Theme.accent
            anchors.centerIn: parent
            width: parent.height * 0.5
            height: width
            radius: width / 2
            color: "transparent"
            border.width: Math.max(3, width * 0.1)
            border.color: ink
            Item {
                anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                width: parent.width / 2
                clip: true
                Rectangle {
                    width: sign.width
                    height: sign.height
                    radius: sign.radius
                    color: sign.ink
                }
            }
        }
    }
    Loader {
        // Only while a voice speaks the patient's language: never a button that does nothing.
        // Made only then, too: the voice is found a second or so after the first slide.
        active: tools.speech.available
        visible: active
        sourceComponent: readAloudButton
    }

    Component {
        id: readAloudButton
        KioskButton {
            id: readAloud
            objectName: tools.place + "ReadAloud"
            height: tools.buttonHeight
            width: height
            primary: tools.speech.speaking
            Accessible.name: tools.speech.speaking ? qsTr("Stop reading aloud") : qsTr("Read aloud")
            onActivated: tools.speech.speaking ? tools.speech.stop() : tools.speech.speak(tools.spokenText)

            // A loudspeaker: a box and a cone, and one sound wave.
            Item {
                id: loudspeaker
                readonly property color ink: readAloud.primary ? Theme.textOnAccent : Theme.accent
                anchors.centerIn: parent
                width: parent.height * 0.55
                height: width
                Rectangle {
                    x: 0
                    y: parent.height * 0.33
                    width: parent.width * 0.22
                    height: parent.height * 0.34
                    color: loudspeaker.ink
                }
                Canvas {
                    readonly property color ink: loudspeaker.ink
                    anchors.fill: parent
                    onInkChanged: requestPaint()
                    onPaint: {
                        const ctx = getContext("2d");
                        const w = width, h = height;
                        ctx.reset();
                        ctx.fillStyle = ink;
                        ctx.beginPath();
                        ctx.moveTo(w * 0.2, h * 0.33);
                        ctx.lineTo(w * 0.55, h * 0.08);
                        ctx.lineTo(w * 0.55, h * 0.92);
                        ctx.lineTo(w * 0.2, h * 0.67);
                        ctx.closePath();
                        ctx.fill();
                        ctx.strokeStyle = ink;
                        ctx.lineWidth = Math.max(3, w * 0.08);
                        ctx.beginPath();
                        ctx.arc(w * 0.55, h * 0.5, w * 0.32, -Math.PI / 4, Math.PI / 4);
                        ctx.stroke();
                    }
                }
            }
        }
    }
}
