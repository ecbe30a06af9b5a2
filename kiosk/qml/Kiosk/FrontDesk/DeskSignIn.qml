pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Kiosk.Backend

// A name from the list and a PIN typed at the keyboard: the same accounts, lock-out and audit as
// the kiosk's staff mode.
Pane {
    id: signIn

    required property StaffMode staff

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(460, signIn.availableWidth)
        spacing: 12

        Label {
            text: qsTr("Sign in to the front desk")
            font.pixelSize: 24
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "noAccounts"
            visible: signIn.staff.stage === "create-account"
            text: qsTr("There is no staff account yet. Make the first one on the kiosk's screen, or at this PC's terminal with: kiosk staff add YOUR NAME")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: signIn.staff.stage === "sign-in"
            text: qsTr("Your name")
        }
        ListView {
            id: names
            objectName: "deskNames"
            visible: signIn.staff.stage === "sign-in"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 6 * 40)
            clip: true
            model: signIn.staff.members
            // The list is made again whenever staff mode changes, so the chosen name is kept by
            // staff mode, not by the list's current item; the arrow keys move it.
            readonly property int chosen: signIn.staff.members.indexOf(signIn.staff.chosenName)
            Keys.onUpPressed: signIn.staff.choose(Math.max(0, chosen - 1))
            Keys.onDownPressed: signIn.staff.choose(Math.min(count - 1, chosen + 1))
            Keys.onReturnPressed: pin.forceActiveFocus()
            Keys.onEnterPressed: pin.forceActiveFocus()
            delegate: ItemDelegate {
                required property string modelData
                required property int index
                objectName: "deskName" + index
                width: ListView.view.width
                height: 40
                text: modelData
                highlighted: modelData === signIn.staff.chosenName
                onClicked: {
                    signIn.staff.choose(index);
                    pin.forceActiveFocus();
                }
            }
            ScrollBar.vertical: ScrollBar {}
        }
        Label {
            visible: signIn.staff.stage === "sign-in"
            text: qsTr("PIN")
        }
        TextField {
            id: pin
            objectName: "deskPin"
            visible: signIn.staff.stage === "sign-in"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
            enabled: !signIn.staff.checking && signIn.staff.lockedSeconds === 0
            placeholderText: signIn.staff.chosenName === "" ? qsTr("Choose your name first") : ""
            onAccepted: signIn.submit()
        }
        Button {
            objectName: "deskSignIn"
            visible: signIn.staff.stage === "sign-in"
            text: signIn.staff.checking ? qsTr("Checking…") : qsTr("Sign in")
            enabled: !signIn.staff.checking && signIn.staff.lockedSeconds === 0
            Layout.alignment: Qt.AlignRight
            onClicked: signIn.submit()
        }
        Label {
            objectName: "deskSignInMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#8c1d18"
            text: signIn.staff.lockedSeconds > 0
                  ? (signIn.staff.lockedSeconds === 1 ? qsTr("Too many wrong PINs. Sign-in is locked for 1 more second.")
                                                      : qsTr("Too many wrong PINs. Sign-in is locked for %1 more seconds.").arg(signIn.staff.lockedSeconds))
                  : signIn.staff.message
        }
    }

    function submit() {
        staff.enterPin(pin.text);
        pin.clear();
    }

    Component.onCompleted: {
        if (staff.chosenName !== "")
            pin.forceActiveFocus();
        else
            names.forceActiveFocus();
    }
}
