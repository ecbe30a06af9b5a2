pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Slides

// The kiosk's one window: the clinic's bar, the slides, and the footer with "Check in".
// Check-in and staff mode (Desk.qml) are laid over it just after the first slide is on screen,
// so the waiting room never waits for them (kiosk/ui/app/kiosk_window.py, KioskWindow.attach_desk).
Window {
    id: root

    required property Slideshow slideshow
    required property Branding branding
    required property DisplaySleep display
    required property PatientChoices choices
    required property ReadAloud speech
    required property bool kioskMode
    property bool instantTransitions: false
    // The growth benchmark runs the rotation faster than patients ever see it.
    property int transitionMs: Theme.transitionMs
    // Settled: laid out at the window's size and no transition or picture load under way.
    readonly property bool settled: stage.width > 0 && stage.height > 0 && stage.settled
    // Set by the desk once it is attached.
    property bool deskAttached: false
    // The last tickets called to the front desk today, newest first (the desk sets them).
    property list<string> recentCalls
    property bool checkInOpen: false
    property bool staffOpen: false
    // No member of staff can sign in yet: the kiosk takes no check-ins (set by the desk).
    property bool settingUp: false
    // Outside the clinic's check-in hours: when check-in opens, said where "Check in" would be.
    property string closedNote: ""
    // A tap that came before the desk did; the desk answers it when it arrives.
    property bool checkInWaiting: false
    property bool helpWaiting: false
    readonly property bool asleep: display.asleep && !checkInOpen && !staffOpen

    signal checkInRequested
    signal helpRequested
    signal staffCornerTapped

    onCheckInOpenChanged: slideshow.setPaused(checkInOpen || staffOpen || asleep)
    onStaffOpenChanged: slideshow.setPaused(checkInOpen || staffOpen || asleep)
    onAsleepChanged: slideshow.setPaused(checkInOpen || staffOpen || asleep)

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
        property: "brandAccent"
        value: root.branding.accentColour
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: root.choices.highContrast
    }
    Binding {
        target: Theme
        property: "textScale"
        value: root.choices.largerText ? 1.25 : 1.0
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
        anchors { top: brandBar.bottom; bottom: recentCalls.top; left: parent.left; right: parent.right }
        slideshow: root.slideshow
        instant: root.instantTransitions
        transitionMs: root.transitionMs
    }

    RecentCalls {
        id: recentCalls
        objectName: "recentCalls"
        anchors { bottom: footer.top; left: parent.left; right: parent.right }
        tickets: root.recentCalls
    }

    Footer {
        id: footer
        objectName: "footer"
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        slideshow: root.slideshow
        choices: root.choices
        speech: root.speech
        toolsWanted: root.deskAttached
        note: root.settingUp ? qsTr("This kiosk is being set up") : root.closedNote
        // Under the check-in or staff mode its buttons are covered: out of a keyboard's reach too.
        enabled: !root.checkInOpen && !root.staffOpen
        onCheckInRequested: {
            root.checkInWaiting = !root.deskAttached;
            root.checkInRequested();
        }
        onHelpRequested: {
            root.helpWaiting = !root.deskAttached;
            root.helpRequested();
        }
    }

    MouseArea {
        // Staff mode's door: five taps here within 3 s. Nothing shows; patients never need it.
        objectName: "staffCorner"
        anchors { top: parent.top; left: parent.left }
        width: Theme.touchTarget * 1.5
        height: Theme.touchTarget * 1.5
        enabled: !root.checkInOpen && !root.staffOpen
        onPressed: root.staffCornerTapped()
    }

    Rectangle {
        // Outside opening hours: near-black, with one dim line saying how to wake it.
        objectName: "sleepCover"
        anchors.fill: parent
        visible: root.asleep
        color: Theme.sleepBackground
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("The screen is resting. Tap to wake it.")
        Text {
            anchors.centerIn: parent
            text: qsTr("Tap to wake")
            color: Theme.sleepText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
        }
        MouseArea {
            anchors.fill: parent
            onPressed: root.display.wake()
        }
    }
}
