import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// After Confirm: the ticket and the queue, nothing else of the patient. A tap (or 8 s) ends it,
// but not in its first 2 s: the second tap of a double tap on Confirm must leave the ticket up.
Rectangle {
    id: screen

    required property CheckInFlow flow
    readonly property bool saved: flow.outcome === "saved"

    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: saved ? qsTr("You are checked in") : flow.saveFailedMessage

    MouseArea {
        objectName: "tapAnywhere"
        anchors.fill: parent
        // Always takes the tap, so none reaches the buttons of the check-in beneath it.
        onClicked: if (!screen.flow.doneSettling) screen.flow.finish()
    }

    Column {
        objectName: "doneColumn"
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Theme.shortSide * 1.4)
        spacing: Theme.spacing

        FormText {
            objectName: "checkedInLine"
            width: parent.width
            visible: screen.saved
            // A tall screen wraps it, and would leave "is" alone on a line: each sentence on
            // a line of its own there.
            text: screen.height > screen.width ? qsTr("You are checked in. Your number is").replace(". ", ".\n")
                                               : qsTr("You are checked in. Your number is")
            font.pixelSize: Theme.formTitleSize
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "ticketCode"
            width: parent.width
            visible: screen.saved
            text: screen.flow.ticket
            color: Theme.accent
            font.family: Theme.fontFamily
            // Smaller beside the urgent words, so all of it fits a landscape screen with A+.
            font.pixelSize: Theme.titleSize * (screen.flow.savedUrgent ? 1.4 : 2)
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        FormText {
            // An urgent patient is told what was done and what to do, not how long the queue is.
            objectName: "urgentToldDesk"
            width: parent.width
            visible: screen.saved && screen.flow.savedUrgent
            sentence: qsTr("The front desk has been told it is urgent. If it gets worse while you wait, tell the front desk at once or call 911.")
            font.pixelSize: Theme.formTextSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        FormText {
            objectName: "peopleAhead"
            width: parent.width
            visible: screen.saved && !screen.flow.savedUrgent && !screen.flow.savedAppointment
            sentence: screen.flow.ahead === 0 ? qsTr("You are next.")
                : screen.flow.ahead === 1 ? qsTr("1 person is ahead of you.")
                : qsTr("%1 people are ahead of you.").arg(screen.flow.ahead)
            font.pixelSize: Theme.formTitleSize
            horizontalAlignment: Text.AlignHCenter
        }
        FormText {
            // The count of walk-ins ahead says nothing of when a booked patient is seen.
            objectName: "appointmentToldDesk"
            width: parent.width
            visible: screen.saved && !screen.flow.savedUrgent && screen.flow.savedAppointment
            sentence: qsTr("The front desk can see that you have an appointment.")
            font.pixelSize: Theme.formTitleSize
            horizontalAlignment: Text.AlignHCenter
        }
        FormText {
            objectName: "saveFailed"
            width: parent.width
            visible: !screen.saved
            sentence: screen.flow.saveFailedMessage
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        FormText {
            width: parent.width
            sentence: screen.saved ? qsTr("Please take a seat.") : qsTr("We are sorry. Nothing you entered was kept.")
            font.pixelSize: screen.saved ? Theme.titleSize : Theme.formTitleSize
            font.bold: screen.saved
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "doneButton"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.max(implicitWidth, Theme.shortSide * 0.5)
            text: qsTr("Done")
            enabled: !screen.flow.doneSettling
            onActivated: screen.flow.finish()
        }
    }
}
