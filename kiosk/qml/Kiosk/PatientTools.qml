pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The patient's own settings for the screen: their language and high contrast. Each returns to
// the clinic's default after the patient.
Row {
    id: tools

    required property PatientChoices choices
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
}
