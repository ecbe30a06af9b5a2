import QtQuick
import Kiosk
import Kiosk.Controls

// A value staff change a step at a time: a label, "−", the value, "+". No typing needed.
Row {
    id: stepper

    property string label
    property string value
    property string lessName: "less"
    property string moreName: "more"
    property real labelWidth: Theme.formTextSize * 6
    property real valueWidth: Theme.formTextSize * 5
    readonly property real buttonSize: Math.max(56, Theme.touchTarget * 0.6)
    signal less
    signal more

    spacing: Theme.spacing / 4

    FormText {
        width: stepper.labelWidth
        height: stepper.buttonSize
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.formTextSize * 0.8
        text: stepper.label
        visible: stepper.label !== ""
    }
    KioskButton {
        objectName: stepper.lessName
        width: stepper.buttonSize
        height: stepper.buttonSize
        primary: false
        textSize: Theme.formTextSize
        text: "−"
        Accessible.name: qsTr("Less: %1").arg(stepper.label)
        onActivated: stepper.less()
    }
    FormText {
        objectName: stepper.objectName + "Value"
        width: stepper.valueWidth
        height: stepper.buttonSize
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.formTextSize * 0.8
        text: stepper.value
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.minimumTextSize * 0.5
        wrapMode: Text.NoWrap
    }
    KioskButton {
        objectName: stepper.moreName
        width: stepper.buttonSize
        height: stepper.buttonSize
        primary: false
        textSize: Theme.formTextSize
        text: "+"
        Accessible.name: qsTr("More: %1").arg(stepper.label)
        onActivated: stepper.more()
    }
}
