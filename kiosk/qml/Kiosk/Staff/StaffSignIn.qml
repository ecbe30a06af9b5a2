pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Staff sign-in: tap your name, type your PIN. Side by side on a wide screen, stacked on a tall one.
Item {
    id: signIn

    required property StaffMode staff
    readonly property bool wide: width > height

    // Opened from a keyboard (Ctrl+Alt+S), the typing goes straight to the PIN when the name is
    // chosen already (one account), and to this screen otherwise.
    focus: true
    Component.onCompleted: staff.chosenName !== "" ? pinPad.forceActiveFocus() : signIn.forceActiveFocus()

    // At a USB keyboard the PIN is typed wherever the focus is (Tab may be on a name), Enter signs
    // in, and Escape goes back to the slides.
    Keys.onPressed: event => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            signIn.staff.typeDigit(event.text);
        } else if (event.key === Qt.Key_Backspace) {
            signIn.staff.eraseDigit();
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            signIn.staff.submitPin();
        } else if (event.key === Qt.Key_Escape) {
            signIn.staff.cancel();
        } else {
            return;
        }
        event.accepted = true;
    }

    Grid {
        anchors.centerIn: parent
        columns: signIn.wide ? 2 : 1
        spacing: Theme.spacing * 2
        horizontalItemAlignment: Grid.AlignHCenter

        Column {
            width: signIn.wide ? signIn.width * 0.45 : signIn.width - 2 * Theme.spacing
            spacing: Theme.spacing

            FormText {
                objectName: "staffSignInTitle"
                width: parent.width
                text: qsTr("Staff sign-in")
                font.pixelSize: Theme.formTitleSize
                font.bold: true
            }
            FormText {
                width: parent.width
                visible: signIn.staff.members.length > 1
                text: qsTr("Tap your name, then type your PIN.")
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: signIn.staff.members
                    delegate: Choice {
                        required property string modelData
                        required property int index
                        objectName: "staffName" + index
                        single: true
                        text: modelData
                        chosen: signIn.staff.chosenName === modelData
                        onActivated: {
                            signIn.staff.choose(index);
                            pinPad.forceActiveFocus();  // at a keyboard, the PIN comes next
                        }
                    }
                }
            }
            KindMessage {
                objectName: "staffMessage"
                width: parent.width
                text: signIn.staff.lockedSeconds > 0
                      ? (signIn.staff.lockedSeconds === 1 ? qsTr("Too many wrong PINs. Sign-in is locked for 1 more second.")
                                                          : qsTr("Too many wrong PINs. Sign-in is locked for %1 more seconds.").arg(signIn.staff.lockedSeconds))
                      : signIn.staff.message
            }
            KioskButton {
                objectName: "staffCancel"
                width: Math.max(implicitWidth, Theme.shortSide * 0.3)
                primary: false
                text: qsTr("Back to slides")
                onActivated: signIn.staff.cancel()
            }
        }

        PinPad {
            id: pinPad
            objectName: "staffPinPad"
            digits: signIn.staff.pinDigits
            busy: signIn.staff.checking
            enabled: signIn.staff.lockedSeconds === 0
            opacity: enabled ? 1 : 0.4
            onDigit: value => signIn.staff.typeDigit(value)
            onErase: signIn.staff.eraseDigit()
            onSubmit: signIn.staff.submitPin()
        }
    }
}
