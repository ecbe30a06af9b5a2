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

    // On a wide screen the words sit on the left and the pad on the right, so its keys keep
    // their full size whatever the message; on a tall one they stack.
    readonly property bool wide: width > height && !naming

    Column {
        id: top
        x: Theme.spacing
        y: Theme.spacing
        width: create.wide ? create.width / 2 - 2 * Theme.spacing : cancelButton.x - 2 * Theme.spacing
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

    KindMessage {
        id: message
        objectName: "createMessage"
        visible: !create.naming && text !== ""
        x: create.wide ? Theme.spacing : (create.width - width) / 2
        y: top.y + top.height + Theme.spacing
        width: create.wide ? top.width : Math.min(create.width - 2 * Theme.spacing, pinPad.width * 1.4)
        text: create.staff.message
    }

    PinPad {
        id: pinPad
        objectName: "newPinPad"
        visible: !create.naming
        x: create.wide ? create.width * 0.75 - width / 2 : (create.width - width) / 2
        y: create.wide ? Theme.spacing : message.y + (message.visible ? message.height + Theme.spacing : 0)
        digits: create.staff.pinDigits
        leastDigits: create.askingCode ? 8 : 6
        // Four rows of keys, with the dots and the action key, in the room there is.
        keySize: Math.min(Theme.touchTarget * 1.3,
                          (create.height - y - Theme.formTextSize - Theme.touchTarget - 3 * Theme.spacing) / 4.4)
        actionText: qsTr("Next")
        onDigit: value => create.staff.typeDigit(value)
        onErase: create.staff.eraseDigit()
        onSubmit: create.staff.submitPin()
    }

    KioskButton {
        id: cancelButton
        objectName: "createCancel"
        x: create.wide ? Theme.spacing : create.width - width - Theme.spacing
        y: create.wide ? message.y + (message.visible ? message.height + Theme.spacing : 0) : Theme.spacing
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
