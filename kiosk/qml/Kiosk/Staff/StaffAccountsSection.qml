pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The staff accounts on the settings page: each with a new PIN, switched off or on, or removed,
// and a new account. The sheet that asks for a name and PINs is AccountSheet, over the page.
Column {
    id: section

    required property StaffAccounts accounts
    property real actionHeight: Theme.touchTarget * 0.6
    property real small: Theme.formTextSize * 0.8
    signal removeAsked(int index, string name)

    spacing: Theme.spacing / 3

    FormText { text: qsTr("Staff accounts"); font.bold: true }
    KindMessage {
        objectName: "accountsNotice"
        width: parent.width
        text: section.accounts.notice
    }

    Repeater {
        model: section.accounts
        delegate: Column {
            id: row
            required property int index
            required property string name
            required property bool off
            required property bool you
            width: section.width
            spacing: Theme.spacing / 5

            FormText {
                objectName: "account" + row.index
                width: parent.width
                font.pixelSize: section.small
                text: row.name + (row.you ? " · " + qsTr("you") : "")
                      + (row.off ? " · " + qsTr("switched off") : "")
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 3
                KioskButton {
                    objectName: "accountNewPin" + row.index
                    height: section.actionHeight
                    textSize: section.small
                    primary: false
                    text: qsTr("New PIN")
                    onActivated: section.accounts.startNewPin(row.index)
                }
                KioskButton {
                    objectName: "accountSwitch" + row.index
                    visible: !row.you
                    height: section.actionHeight
                    textSize: section.small
                    primary: false
                    text: row.off ? qsTr("Switch on") : qsTr("Switch off")
                    onActivated: section.accounts.switchOff(row.index, !row.off)
                }
                KioskButton {
                    objectName: "accountRemove" + row.index
                    visible: !row.you
                    height: section.actionHeight
                    textSize: section.small
                    primary: false
                    text: qsTr("Remove")
                    onActivated: section.removeAsked(row.index, row.name)
                }
            }
        }
    }

    KioskButton {
        objectName: "addAccount"
        height: section.actionHeight
        textSize: section.small
        primary: false
        text: qsTr("Add an account")
        onActivated: section.accounts.startNewAccount()
    }
}
