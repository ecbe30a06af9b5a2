pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard.Settings
import Kiosk.Backend
import Kiosk.Calling
import Kiosk.CheckIn
import Kiosk.Staff

// The front desk over the slides: a patient's check-in, staff mode, and the "help is coming" note.
// The kiosk lays it over its window just after the first slide is on screen.
Item {
    id: desk

    required property Main window
    required property CheckInFlow checkIn
    required property StaffMode staff
    required property CallBanner calls
    required property CheckInHours hours
    // Where the kiosk's own keyboard layouts live (letters, hyphen and apostrophe for names).
    required property string keyboardLayouts
    // Staff type slide text, links and numbers: Qt's own full keyboard while staff mode is open.
    required property string fullKeyboardLayouts

    anchors.fill: parent

    Binding {
        target: desk.window
        property: "checkInOpen"
        value: desk.checkIn.active
    }
    Binding {
        target: desk.window
        property: "staffOpen"
        value: desk.staff.isOpen
    }
    Binding {
        target: desk.window
        property: "recentCalls"
        value: desk.calls.recent
    }
    Binding {
        target: desk.window
        property: "settingUp"
        value: !desk.staff.takesCheckIns
    }
    Binding {
        target: desk.window
        property: "closedNote"
        value: desk.hours.note
    }

    Connections {
        target: desk.window
        function onCheckInRequested() {
            if (!desk.hours.closed && desk.staff.readyForCheckIn())
                desk.checkIn.open();
        }
        function onHelpRequested() {
            desk.checkIn.callForHelp();
        }
        function onStaffCornerTapped() {
            desk.staff.cornerTapped();
        }
        function onStaffOpenChanged() {
            VirtualKeyboardSettings.layoutPath = desk.window.staffOpen ? desk.fullKeyboardLayouts
                                                                       : desk.keyboardLayouts;
        }
    }

    Shortcut {
        // Staff at a USB keyboard: the same door as five taps in the top-left corner.
        sequence: "Ctrl+Alt+S"
        enabled: !desk.checkIn.active && !desk.staff.isOpen
        onActivated: desk.staff.open()
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.layoutPath = keyboardLayouts;
        VirtualKeyboardSettings.activeLocales = window.choices.keyboardLocales;
        VirtualKeyboardSettings.locale = window.choices.keyboardLocale;
        window.deskAttached = true;
        if (window.helpWaiting) {
            window.helpWaiting = false;
            checkIn.callForHelp();
        }
        if (window.checkInWaiting) {
            window.checkInWaiting = false;
            if (!hours.closed && staff.readyForCheckIn())
                checkIn.open();
        }
    }

    Connections {
        // The keyboard's letters follow the patient's language (Spanish has its own ñ key).
        target: desk.window.choices
        function onLanguageChanged() {
            VirtualKeyboardSettings.locale = desk.window.choices.keyboardLocale;
        }
        function onChanged() {
            VirtualKeyboardSettings.activeLocales = desk.window.choices.keyboardLocales;
        }
    }

    Loader {
        objectName: "checkInLoader"
        // A call over a check-in takes a band of its own at the top: nothing of it is covered.
        anchors {
            top: callBanner.visible && desk.checkIn.active ? callBanner.bottom : parent.top
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        active: desk.checkIn.active
        sourceComponent: CheckInScreen {
            objectName: "checkInScreen"
            flow: desk.checkIn
            choices: desk.window.choices
            speech: desk.window.speech
        }
    }

    Loader {
        objectName: "staffLoader"
        anchors.fill: parent
        active: desk.staff.isOpen
        sourceComponent: StaffScreen {
            objectName: "staffScreen"
            staff: desk.staff
        }
    }

    Connections {
        target: desk.checkIn
        function onHelpCalled() {
            helpNotice.show();
        }
    }

    NowCalling {
        id: callBanner
        objectName: "callBanner"
        calls: desk.calls
        compact: desk.checkIn.active
        // For patients: staff mode's own controls (at the top, as the banner is) stay in reach.
        visible: calls.showing && !desk.staff.isOpen
        anchors { top: parent.top; left: parent.left; right: parent.right }
    }

    HelpNotice {
        id: helpNotice
        objectName: "helpNotice"
        anchors {
            horizontalCenter: parent.horizontalCenter
            top: callBanner.visible ? callBanner.bottom : parent.top
            topMargin: Theme.spacing * 2
        }
    }
}
