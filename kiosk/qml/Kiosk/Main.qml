import QtQuick
import Kiosk.Backend

// The kiosk's one window: the clinic's bar, the slides, and the footer with "Check in".
Window {
    id: root

    required property Slideshow slideshow
    required property Branding branding
    required property bool kioskMode
    property bool instantTransitions: false
    // Settled: laid out at the window's size and no transition or picture load under way.
    readonly property bool settled: stage.width > 0 && stage.height > 0 && stage.settled
    readonly property bool checkInOpen: comingSoon.visible

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
    }

    Footer {
        id: footer
        objectName: "footer"
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        slideshow: root.slideshow
        onCheckInRequested: root.openCheckIn()
    }

    CheckInComingSoon {
        id: comingSoon
        objectName: "checkInComingSoon"
        anchors.fill: parent
        visible: false
        onFinished: root.closeCheckIn()
    }

    function openCheckIn() {
        slideshow.setPaused(true);
        comingSoon.visible = true;
    }

    function closeCheckIn() {
        comingSoon.visible = false;
        slideshow.setPaused(false);
    }
}
