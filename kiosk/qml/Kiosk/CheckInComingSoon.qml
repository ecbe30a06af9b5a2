import QtQuick

// Until self check-in lands, the "Check in" button leads here: the patient is told what to do instead.
Rectangle {
    id: screen

    signal finished

    color: Theme.background

    Accessible.role: Accessible.Dialog
    Accessible.name: heading.text

    MouseArea {
        // Swallows taps so the slides underneath never react.
        anchors.fill: parent
    }

    Timer {
        id: giveUp
        interval: 30000
        running: screen.visible
        onTriggered: screen.finished()
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Theme.shortSide * 1.4)
        spacing: Theme.spacing * 1.5

        Text {
            id: heading
            objectName: "comingSoonHeading"
            width: parent.width
            text: qsTr("Please check in at the front desk")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: qsTr("Checking in on this screen is coming soon. Walk-ins are welcome: tell the front desk you are here and we will help you.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            lineHeight: 1.2
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "backToSlides"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.max(implicitWidth, Theme.shortSide * 0.6)
            text: qsTr("Back to the slides")
            onActivated: screen.finished()
        }
    }
}
