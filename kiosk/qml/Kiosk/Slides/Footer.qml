pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Below every slide: how far the rotation has got, the patient's tools (language, contrast), where it is
// in the deck, "Need help?" and "Check in". On a narrow screen the tools take a row of their own.
// Where the kiosk takes no check-ins (no member of staff can sign in to it yet, or outside the
// clinic's check-in hours) a note says why in the place of "Check in".
Rectangle {
    id: footer

    required property Slideshow slideshow
    required property PatientChoices choices
    required property ReadAloud speech
    property bool toolsWanted: true
    property string note: ""
    readonly property bool takesCheckIns: note === ""
    signal checkInRequested
    signal helpRequested

    readonly property real rowHeight: Theme.touchTarget + 2 * Theme.spacing
    readonly property Item action: takesCheckIns ? checkIn : checkInNote
    readonly property bool stacked: languages.width + help.width + action.width
                                    + 4 * Theme.spacing > width
    readonly property real buttonsY: (stacked ? rowHeight : 0) + (rowHeight - Theme.touchTarget) / 2
                                     + track.height

    implicitHeight: rowHeight * (stacked ? 2 : 1) + track.height
    color: Theme.surface

    Rectangle {
        id: track
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: Math.max(4, Theme.shortSide * 0.008)
        color: Theme.outline

        Rectangle {
            id: progressBar
            objectName: "progressBar"
            property real progress: 0
            height: parent.height
            width: parent.width * progress
            color: Theme.accent

            NumberAnimation on progress {
                id: progressAnimation
                from: 0
                to: 1
                duration: Math.max(1, footer.slideshow.durationMs)
                running: false
            }
        }
    }

    Connections {
        target: footer.slideshow
        function onCurrentChanged() {
            footer.restartProgress();
        }
        function onRunningChanged() {
            footer.restartProgress();
        }
    }
    Component.onCompleted: restartProgress()

    function restartProgress() {
        progressAnimation.stop();
        progressBar.progress = 0;
        if (slideshow.running)
            progressAnimation.start();
    }

    Loader {
        // Made just after the first slide is on screen, with check-in: the slides come first.
        id: languages
        objectName: "slideTools"
        x: Theme.spacing
        y: track.height + (footer.rowHeight - height) / 2
        active: footer.toolsWanted
        sourceComponent: PatientTools {
            choices: footer.choices
            speech: footer.speech
            spokenText: (footer.slideshow.current.title ?? "") + ". " + (footer.slideshow.current.body ?? "")
            place: "slides"
        }
    }

    Row {
        id: dots
        objectName: "slideDots"
        x: footer.stacked ? Theme.spacing : languages.x + languages.width + Theme.spacing
        y: footer.buttonsY + (Theme.touchTarget - height) / 2
        spacing: Theme.spacing * 0.5
        // The dots give way to the buttons on a narrow screen; the buttons matter more.
        visible: footer.slideshow.model.count > 1 && footer.slideshow.model.count <= 24
                 && x + implicitWidth + help.width + footer.action.width + 3 * Theme.spacing <= footer.width
        Accessible.role: Accessible.Indicator
        Accessible.name: qsTr("Slide %1 of %2").arg(footer.slideshow.position + 1).arg(footer.slideshow.model.count)

        Repeater {
            model: footer.slideshow.model
            delegate: Rectangle {
                required property int index
                readonly property bool shown: index === footer.slideshow.position
                width: Theme.shortSide * 0.022
                height: width
                radius: width / 2
                color: shown ? Theme.accent : "transparent"
                border.width: Math.max(2, width * 0.15)
                border.color: shown ? Theme.accent : Theme.textMuted
            }
        }
    }

    KioskButton {
        id: help
        objectName: "helpButton"
        anchors { right: footer.action.left; rightMargin: Theme.spacing }
        y: footer.buttonsY
        primary: false
        text: qsTr("Need help?")
        onActivated: footer.helpRequested()
    }

    KioskButton {
        id: checkIn
        objectName: "checkInButton"
        anchors { right: parent.right; rightMargin: Theme.spacing }
        y: footer.buttonsY
        // Wide, but never so wide that the row breaks in two where narrower would fit
        // (Spanish's "¿Necesita ayuda?" beside the read-aloud button, on a 1920 screen).
        width: Math.max(implicitWidth, Math.min(footer.width * 0.42, Theme.shortSide * 0.6,
                                                footer.width - languages.width - help.width
                                                - 4 * Theme.spacing))
        visible: footer.takesCheckIns
        text: qsTr("Check in")
        onActivated: footer.checkInRequested()
    }

    Rectangle {
        id: checkInNote
        objectName: "checkInNote"
        anchors { right: parent.right; rightMargin: Theme.spacing }
        y: footer.buttonsY
        visible: !footer.takesCheckIns
        width: Math.min(Math.max(checkIn.width, noteText.implicitWidth + Theme.spacing),
                        footer.width - help.width - 3 * Theme.spacing)
        height: Theme.touchTarget
        radius: Theme.radius
        color: Theme.messageBackground
        border.width: Math.max(2, Theme.shortSide * 0.003)
        border.color: Theme.outline
        Accessible.role: Accessible.StaticText
        Accessible.name: noteText.text

        Text {
            // One line where it fits; two or three, smaller, where it does not (Spanish, A+).
            id: noteText
            objectName: "checkInNoteText"
            anchors { fill: parent; leftMargin: Theme.spacing / 2; rightMargin: Theme.spacing / 2 }
            text: footer.note
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonTextSize * 0.8
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.buttonTextSize * 0.45
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
