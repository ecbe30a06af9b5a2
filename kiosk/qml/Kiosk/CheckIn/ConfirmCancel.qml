import QtQuick
import Kiosk.Controls

// Cancel after some answers asks once, so that a stray tap does not throw a check-in away.
ConfirmDialog {
    question: qsTr("Stop checking in? Your answers will be cleared.")
    keepText: qsTr("Go on")
    actText: qsTr("Yes, stop")
    keepName: "keepCheckingIn"
    actName: "stopCheckingIn"
}
