pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The first staff account, made on the kiosk itself: the one-time set-up code printed at the
// kiosk's terminal, a name on the on-screen keyboard, then a PIN chosen and typed again.
Item {
    id: create

    required property StaffMode staff
    readonly property bool naming: staff.createStep === "name"
    readonly property bool askingCode: staff.createStep === "code"

    Component.onDestruction: nameField.text = ""
    // At a keyboard, each step takes typing at once: the code and the PINs on the pad, the name
    // in its field.
    onNamingChanged: naming ? nameField.input.forceActiveFocus() : pinPad.forceActiveFocus()
    Component.onCompleted: if (!naming) pinPad.forceActiveFocus()

    Column {
        id: top
        anchors { top: parent.top; left: parent.left; right: cancelButton.left; margins: Theme.spacing }
        spacing: Theme.spacing / 2

        FormText {
            objectName: "createAccountTitle"
            width: parent.width
            text: create.askingCode ? qsTr("Type the set-up code")
                  : create.naming ? qsTr("Create the first staff account")
                  : create.staff.createStep === "pin" ? qsTr("Choose a PIN of 6 to 12 digits")
                  : qsTr("Type the same PIN again")
            font.pixelSize: Theme.formTitleSize
            font.bold: true
        }
        FormText {
            objectName: "setupCodeHelp"
            width: parent.width
            visible: create.askingCode
            text: qsTr("This kiosk takes check-ins once a member of staff can sign in. To make the first account here, print a one-time code at the kiosk's terminal with: kiosk setup-code")
        }
        FormText {
            width: parent.width
            visible: create.naming
            text: qsTr("Each member of staff signs in with their own name and PIN, so that every change is known by who made it. Type your name.")
        }
    }

    Row {
        anchors { top: top.bottom; topMargin: Theme.spacing; left: parent.left; leftMargin: Theme.spacing; right: parent.right; rightMargin: Theme.spacing }
        visible: create.naming
        spacing: Theme.spacing

        NameField {
            id: nameField
            objectName: "newStaffName"
            width: parent.width - nextName.width - parent.spacing
            label: qsTr("Your name")
            message: create.staff.message
            enterAction: EnterKeyAction.Done
            onTextChanged: create.staff.setNewName(text)
            onEntered: create.staff.acceptNewName()
            Component.onCompleted: if (create.naming) input.forceActiveFocus()
        }
        KioskButton {
            id: nextName
            objectName: "acceptNewName"
            anchors.bottom: nameField.bottom
            width: Math.max(implicitWidth, Theme.shortSide * 0.25)
            text: qsTr("Next")
            onActivated: create.staff.acceptNewName()
        }
    }

    Column {
        anchors { top: top.bottom; topMargin: Theme.spacing; horizontalCenter: parent.horizontalCenter }
        visible: !create.naming
        spacing: Theme.spacing
        KindMessage {
            objectName: "createMessage"
            width: pinPad.width * 1.4
            anchors.horizontalCenter: parent.horizontalCenter
            text: create.staff.message
        }
        PinPad {
            id: pinPad
            objectName: "newPinPad"
            anchors.horizontalCenter: parent.horizontalCenter
            digits: create.staff.pinDigits
            actionText: qsTr("Next")
            onDigit: value => create.staff.typeDigit(value)
            onErase: create.staff.eraseDigit()
            onSubmit: create.staff.submitPin()
        }
    }

    KioskButton {
        id: cancelButton
        objectName: "createCancel"
        anchors { right: parent.right; top: parent.top; margins: Theme.spacing }
        primary: false
        text: qsTr("Cancel")
        onActivated: create.staff.cancel()
    }

    InputPanel {
        id: panel
        objectName: "staffKeyboard"
        anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(create.width, create.height * 1.15)
        visible: create.naming
    }
}
