pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// One button for each other language the clinic offers, named in that language ("Español"), so a
// patient who cannot read the screen's language still finds theirs.
Row {
    id: buttons

    required property PatientChoices choices
    property real buttonHeight: Theme.touchTarget

    spacing: Theme.spacing / 2

    Repeater {
        model: buttons.choices.otherLanguages
        delegate: KioskButton {
            required property var modelData
            objectName: "language-" + modelData.code
            height: buttons.buttonHeight
            primary: false
            text: modelData.name
            Accessible.name: modelData.name
            Accessible.description: qsTr("Show the screens in %1").arg(modelData.name)
            onActivated: buttons.choices.chooseLanguage(modelData.code)
        }
    }
}
