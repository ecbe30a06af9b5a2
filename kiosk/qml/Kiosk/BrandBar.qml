import QtQuick
import Kiosk.Backend

// The clinic's name, and its phone and hours where the clinic has set them.
Rectangle {
    id: bar

    required property Branding branding

    implicitHeight: Math.round(Theme.barTextSize * 2.2)
    color: Theme.accent

    Text {
        id: name
        objectName: "clinicName"
        anchors { left: parent.left; leftMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
        width: Math.min(implicitWidth, parent.width - contact.implicitWidth - 3 * Theme.spacing)
        text: bar.branding.clinicName
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.barTextSize
        font.bold: true
        elide: Text.ElideRight
    }

    Text {
        id: contact
        objectName: "clinicContact"
        anchors { right: parent.right; rightMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
        width: Math.min(implicitWidth, parent.width * 0.45)
        visible: text.length > 0
        text: [bar.branding.phone, bar.branding.openingHours].filter(part => part.length > 0).join("  ·  ")
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.barTextSize
        horizontalAlignment: Text.AlignRight
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.minimumTextSize
        elide: Text.ElideRight
    }
}
