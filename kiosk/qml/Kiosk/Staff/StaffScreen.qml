pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk

// Staff mode over the slides: sign in, the first account, or the staff pages. Destroyed when it
// closes, and with it every list of patients it showed.
Rectangle {
    id: screen

    required property StaffMode staff

    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Staff mode")

    MouseArea {
        objectName: "tapShield"
        anchors.fill: parent  // taps that miss every control never reach the slides underneath
    }

    Loader {
        anchors.fill: parent
        sourceComponent: {
            switch (screen.staff.stage) {
            case "create-account": return createAccount;
            case "home": return home;
            default: return signIn;
            }
        }
    }
    Component { id: signIn; StaffSignIn { staff: screen.staff } }
    Component { id: createAccount; StaffCreateAccount { staff: screen.staff } }
    Component { id: home; StaffHome { staff: screen.staff } }
}
