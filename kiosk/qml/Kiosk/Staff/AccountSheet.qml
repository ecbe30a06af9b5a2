pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Over the settings page while an account is made or given a new PIN: the name (on the page's
// keyboard), then the PIN chosen and typed again on the pad. Cancel leaves everything as it was.
Rectangle {
    id: sheet

    required property StaffAccounts accounts
    readonly property bool naming: accounts.sheet === "name"

    visible: accounts.sheet !== ""
    color: Theme.background
    MouseArea {
        // Nothing beneath takes a tap while the sheet is up.
        objectName: "tapShield"
        anchors.fill: parent
    }

    onVisibleChanged: if (!visible) nameField.text = ""
    onNamingChanged: naming ? nameField.input.forceActiveFocus() : pinPad.forceActiveFocus()

    // On a wide screen the title, the message and Cancel sit on the left and the pad on the
    // right, so its keys keep their full size; on a tall one they stack.
    readonly property bool wide: width > height
    readonly property real padFixed: Theme.formTextSize + Theme.touchTarget + 3 * Theme.spacing

    FormText {
        id: title
        objectName: "accountSheetTitle"
        x: Theme.spacing
        y: Theme.spacing
        width: sheet.wide ? sheet.width / 2 - 2 * Theme.spacing : cancel.x - 2 * Theme.spacing
        font.pixelSize: Theme.formTitleSize
        font.bold: true
        text: sheet.naming ? qsTr("A new staff account")
              : sheet.accounts.sheet === "pin" ? qsTr("Choose a PIN of 6 to 12 digits for %1").arg(sheet.accounts.targetName)
              : qsTr("Type the same PIN again")
    }

    KioskButton {
        id: cancel
        objectName: "accountSheetCancel"
        x: sheet.wide && !sheet.naming ? Theme.spacing : sheet.width - width - Theme.spacing
        y: sheet.wide && !sheet.naming ? message.y + message.height + Theme.spacing : Theme.spacing
        primary: false
        text: qsTr("Cancel")
        onActivated: sheet.accounts.cancelSheet()
    }

    Row {
        anchors { top: title.bottom; left: parent.left; right: parent.right; margins: Theme.spacing }
        visible: sheet.naming
        spacing: Theme.spacing

        NameField {
            id: nameField
            objectName: "accountName"
            width: parent.width - next.width - parent.spacing
            label: qsTr("Their name")
            message: sheet.accounts.message
            enterAction: EnterKeyAction.Next
            onTextChanged: sheet.accounts.setNewName(text)
            onEntered: sheet.accounts.acceptName()
        }
        KioskButton {
            id: next
            objectName: "accountNameNext"
            anchors.bottom: nameField.bottom
            width: Math.max(implicitWidth, Theme.shortSide * 0.25)
            text: qsTr("Next")
            onActivated: sheet.accounts.acceptName()
        }
    }

    KindMessage {
        id: message
        objectName: "accountSheetMessage"
        visible: !sheet.naming && text !== ""
        x: sheet.wide ? Theme.spacing : (sheet.width - width) / 2
        y: title.y + title.height + Theme.spacing
        width: sheet.wide ? title.width : Math.min(sheet.width - 2 * Theme.spacing, pinPad.width * 1.4)
        text: sheet.accounts.message
    }

    PinPad {
        id: pinPad
        objectName: "accountPinPad"
        visible: !sheet.naming
        x: sheet.wide ? sheet.width * 0.75 - width / 2 : (sheet.width - width) / 2
        y: sheet.wide ? Theme.spacing : message.y + (message.visible ? message.height + Theme.spacing : 0)
        // Four rows of keys, with the dots and the action key, in the room there is.
        keySize: Math.min(Theme.touchTarget * 1.3, (sheet.height - y - sheet.padFixed) / 4.4)
        digits: sheet.accounts.pinDigits
        actionText: sheet.accounts.sheet === "again" ? qsTr("Save") : qsTr("Next")
        onDigit: value => sheet.accounts.typeDigit(value)
        onErase: sheet.accounts.eraseDigit()
        onSubmit: sheet.accounts.submitPin()
    }
}
