import QtQuick
import Kiosk.Backend
import Kiosk

// The clinic's logo and name, and its phone and hours where the clinic has set them. On a wide
// screen they share one line; when they do not fit side by side (portrait, or a long name) the
// contact line goes below the name, and each wraps rather than being cut short.
Rectangle {
    id: bar

    required property Branding branding

    readonly property real pad: Theme.spacing
    readonly property bool hasLogo: logo.status === Image.Ready
    readonly property real logoSpace: hasLogo ? logo.width + pad : 0
    readonly property bool sideBySide: !contact.visible
        || logoSpace + nameMeasure.implicitWidth + contactMeasure.implicitWidth + 3 * pad <= width
    readonly property real textLeft: pad + logoSpace

    implicitHeight: Math.max(Math.round(Theme.barTextSize * 2.2),
                             (sideBySide ? Math.max(name.implicitHeight, contact.implicitHeight)
                                         : name.implicitHeight + contact.implicitHeight)
                             + Theme.barTextSize * 0.9)
    color: Theme.accent

    Image {
        id: logo
        objectName: "clinicLogo"
        anchors { left: parent.left; leftMargin: bar.pad; verticalCenter: parent.verticalCenter }
        height: Theme.barTextSize * 1.6
        width: status === Image.Ready ? Math.min(implicitWidth * height / Math.max(1, implicitHeight),
                                                 bar.width * 0.25)
                                      : 0
        visible: status === Image.Ready
        source: bar.branding.logo
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        smooth: true
        Accessible.ignored: true
    }

    Text {
        id: name
        objectName: "clinicName"
        x: bar.textLeft
        y: bar.sideBySide ? (bar.height - height) / 2
                          : (bar.height - height - contact.height) / 2
        width: bar.sideBySide ? Math.min(nameMeasure.implicitWidth,
                                         bar.width - bar.textLeft - bar.pad
                                         - (contact.visible ? contactMeasure.implicitWidth + bar.pad : 0))
                              : bar.width - bar.textLeft - bar.pad
        text: bar.branding.clinicName
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.barTextSize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Text {
        id: contact
        objectName: "clinicContact"
        x: bar.sideBySide ? bar.width - width - bar.pad : bar.textLeft
        y: bar.sideBySide ? (bar.height - height) / 2 : name.y + name.height
        width: bar.sideBySide ? contactMeasure.implicitWidth : bar.width - bar.textLeft - bar.pad
        visible: text.length > 0
        text: [bar.branding.phone, bar.branding.openingHours].filter(part => part.length > 0).join("  ·  ")
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.barTextSize
        horizontalAlignment: bar.sideBySide ? Text.AlignRight : Text.AlignLeft
        wrapMode: Text.WordWrap
    }

    TextMetrics {
        id: nameMeasure
        readonly property real implicitWidth: advanceWidth + 2
        text: name.text
        font: name.font
    }
    TextMetrics {
        id: contactMeasure
        readonly property real implicitWidth: advanceWidth + 2
        text: contact.text
        font: contact.font
    }
}
