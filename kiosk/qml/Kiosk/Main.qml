pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard.Settings
import Kiosk.Backend

// The kiosk's one window: the clinic's bar, the slides, and the footer with "Check in".
Window {
    id: root

    required property Slideshow slideshow
    required property Branding branding
    required property CheckInFlow checkIn
    required property StaffMode staff
    required property DisplaySleep display
    required property bool kioskMode
    // Where the kiosk's own keyboard layouts live (letters, hyphen and apostrophe for names).
    required property string keyboardLayouts
    property bool instantTransitions: false
    // The growth benchmark runs the rotation faster than patients ever see it.
    property int transitionMs: Theme.transitionMs
    // Settled: laid out at the window's size and no transition or picture load under way.
    readonly property bool settled: stage.width > 0 && stage.height > 0 && stage.settled
    readonly property bool checkInOpen: checkIn.active
    readonly property bool staffOpen: staff.isOpen
    readonly property bool asleep: display.asleep && !checkInOpen && !staffOpen

    onCheckInOpenChanged: slideshow.setPaused(checkInOpen || staffOpen || asleep)
    onAsleepChanged: slideshow.setPaused(checkInOpen || staffOpen || asleep)
    // Staff type slide text, links and numbers: Qt's own full keyboard while staff mode is open.
    required property string fullKeyboardLayouts
    onStaffOpenChanged: {
        slideshow.setPaused(checkInOpen || staffOpen || asleep);
        VirtualKeyboardSettings.layoutPath = staffOpen ? fullKeyboardLayouts : keyboardLayouts;
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.layoutPath = keyboardLayouts;
        VirtualKeyboardSettings.activeLocales = ["en_US"];
        VirtualKeyboardSettings.locale = "en_US";
    }

    width: 1920
    height: 1080
    color: Theme.background
    title: branding.clinicName

    // In kiosk mode a window manager's close request (Alt+F4 and the like) is refused; staff leave
    // through staff mode.
    onClosing: close => close.accepted = !root.kioskMode

    Binding {
        target: Theme
        property: "shortSide"
        value: Math.min(root.width, root.height)
    }
    Binding {
        target: Theme
        property: "accent"
        value: root.branding.accentColour
    }

    BrandBar {
        id: brandBar
        objectName: "brandBar"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        branding: root.branding
    }

    SlideStage {
        id: stage
        objectName: "slideStage"
        anchors { top: brandBar.bottom; bottom: footer.top; left: parent.left; right: parent.right }
        slideshow: root.slideshow
        instant: root.instantTransitions
        transitionMs: root.transitionMs
    }

    Footer {
        id: footer
        objectName: "footer"
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        slideshow: root.slideshow
        onCheckInRequested: root.checkIn.open()
        onHelpRequested: root.checkIn.callForHelp()
    }

    MouseArea {
        // Staff mode's door: five taps here within 3 s. Nothing shows; patients never need it.
        objectName: "staffCorner"
        anchors { top: parent.top; left: parent.left }
        width: Theme.touchTarget * 1.5
        height: Theme.touchTarget * 1.5
        enabled: !root.checkInOpen && !root.staffOpen
        onPressed: root.staff.cornerTapped()
    }

    Rectangle {
        // Outside opening hours: near-black, with one dim line saying how to wake it.
        objectName: "sleepCover"
        anchors.fill: parent
        visible: root.asleep
        color: "#050607"
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("The screen is resting. Tap to wake it.")
        Text {
            anchors.centerIn: parent
            text: qsTr("Tap to wake")
            color: "#5b6068"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
        }
        MouseArea {
            anchors.fill: parent
            onPressed: root.display.wake()
        }
    }

    Loader {
        id: checkInLoader
        objectName: "checkInLoader"
        anchors.fill: parent
        active: root.checkIn.active
        sourceComponent: CheckInScreen {
            objectName: "checkInScreen"
            flow: root.checkIn
        }
    }

    Loader {
        objectName: "staffLoader"
        anchors.fill: parent
        active: root.staff.isOpen
        sourceComponent: StaffScreen {
            objectName: "staffScreen"
            staff: root.staff
        }
    }

    Connections {
        target: root.checkIn
        function onHelpCalled() {
            helpNotice.show();
        }
    }

    HelpNotice {
        id: helpNotice
        objectName: "helpNotice"
        anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: Theme.spacing * 2 }
    }
}
