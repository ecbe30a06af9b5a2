pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk

// One button for each other language the clinic offers, named in that language ("Español"), so a
// patient who cannot read the screen's language still finds theirs.
Row {
    id: buttons

    required property PatientChoices choices
    property real buttonHeight: Theme.touchTarget
    property real textSize: Theme.buttonTextSize
    // Where the buttons are ("slides", "checkIn"): their names are PLACELanguage-CODE.
    required property string place

    spacing: Theme.spacing / 2

    Repeater {
        model: buttons.choices.otherLanguages
        delegate: KioskButton {
            required property var modelData
            objectName: buttons.place + "Language-" + modelData.code
            height: buttons.buttonHeight
            textSize: buttons.textSize
            primary: false
            text: modelData.name
            Accessible.name: modelData.name
            Accessible.description: qsTr("Show the screens in %1").arg(modelData.name)
            onActivated: buttons.choices.chooseLanguage(modelData.code)
        }
    }
}
