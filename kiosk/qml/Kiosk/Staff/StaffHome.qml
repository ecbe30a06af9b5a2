pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// Inside staff mode: who is signed in, the pages, and the two ways out.
Rectangle {
    id: home

    required property StaffMode staff

    color: Theme.background
    readonly property real barText: Theme.formTextSize * 0.8

    Rectangle {
        id: bar
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: barFlow.height + Theme.spacing
        color: Theme.surface

        Flow {
            id: barFlow
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
            spacing: Theme.spacing / 2

            FormText {
                objectName: "signedInAs"
                height: Theme.touchTarget * 0.8
                verticalAlignment: Text.AlignVCenter
                text: home.staff.signedInName
                font.bold: true
                font.pixelSize: home.barText
                Accessible.name: qsTr("Signed in to staff mode as %1").arg(home.staff.signedInName)
                wrapMode: Text.NoWrap
            }
            PageTab {
                objectName: "queueTab"
                text: qsTr("Check-ins")
                textSize: home.barText
                chosen: home.staff.page === "queue"
                onActivated: home.staff.showPage("queue")
            }
            PageTab {
                objectName: "slidesTab"
                text: qsTr("Slides")
                textSize: home.barText
                chosen: home.staff.page === "slides"
                onActivated: home.staff.showPage("slides")
            }
            PageTab {
                objectName: "todayTab"
                text: qsTr("Today")
                textSize: home.barText
                chosen: home.staff.page === "today"
                onActivated: home.staff.showPage("today")
            }
            PageTab {
                objectName: "settingsTab"
                text: qsTr("Settings")
                textSize: home.barText
                chosen: home.staff.page === "settings"
                onActivated: home.staff.showPage("settings")
            }
            PageTab {
                objectName: "auditTab"
                text: qsTr("Audit log")
                textSize: home.barText
                chosen: home.staff.page === "audit"
                onActivated: home.staff.showPage("audit")
            }
            KioskButton {
                objectName: "backToSlides"
                height: Theme.touchTarget * 0.8
                textSize: home.barText
                text: qsTr("Back to slides")
                onActivated: home.staff.backToSlides()
            }
        }
    }

    KindMessage {
        // What the start-up check found: the kiosk plays what it can, and staff are told here.
        id: startProblems
        objectName: "startProblems"
        anchors { top: bar.bottom; left: parent.left; right: parent.right; margins: text ? Theme.spacing / 2 : 0 }
        text: home.staff.startProblems.join("\n")
    }

    FormText {
        // On a kiosk of a clinic: whether its check-ins have all reached the clinic's server.
        id: clinicLine
        objectName: "clinicLine"
        anchors { top: startProblems.bottom; left: parent.left; right: parent.right; leftMargin: Theme.spacing / 2; rightMargin: Theme.spacing / 2 }
        visible: text !== ""
        height: visible ? implicitHeight : 0
        font.pixelSize: Theme.formTextSize * 0.8
        text: home.staff.clinicLine
    }

    Loader {
        anchors { top: clinicLine.bottom; bottom: parent.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
        sourceComponent: {
            switch (home.staff.page) {
            case "audit": return auditPage;
            case "slides": return (home.staff.deck as DeckEditor).editing >= 0 ? slideEditor : slidesPage;
            case "today": return todayPage;
            case "settings": return settingsPage;
            default: return queuePage;
            }
        }
    }
    Component {
        id: slidesPage
        SlidesPage {
            editor: home.staff.deck as DeckEditor
            stageWidth: home.width
            stageHeight: home.height
            onRestoreRequested: confirmRestore.visible = true
        }
    }
    Component {
        id: slideEditor
        SlideEditor {
            editor: home.staff.deck as DeckEditor
            stageWidth: home.width
            stageHeight: home.height
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            settings: home.staff.settings as SettingsEditor
            accounts: home.staff.accounts as StaffAccounts
            onExitRequested: confirmExit.visible = true
        }
    }
    Component {
        id: todayPage
        TodayPage {
            editor: home.staff.deck as DeckEditor
            stageWidth: home.width
            stageHeight: home.height
        }
    }
    Component {
        id: queuePage
        QueuePage {
            queue: home.staff.queue as CheckInQueue
            onDeleteAllRequested: confirmDelete.visible = true
        }
    }
    Component {
        id: auditPage
        AuditPage { audit: home.staff.auditLog as AuditList }
    }

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDelete"
        anchors.fill: parent
        visible: false
        takesFocus: true
        question: qsTr("Delete the names, dates of birth, reasons and phone numbers of every check-in now? Ticket numbers and times are kept for counts. This cannot be undone.")
        keepText: qsTr("Keep them")
        actText: qsTr("Delete")
        keepName: "keepCheckIns"
        actName: "confirmDeleteCheckIns"
        onConfirmed: {
            visible = false;
            (home.staff.queue as CheckInQueue).deleteAll();
        }
        onDeclined: visible = false
    }

    ConfirmDialog {
        id: confirmRestore
        objectName: "confirmRestore"
        anchors.fill: parent
        visible: false
        takesFocus: true
        question: qsTr("Play the built-in slides again instead of the clinic's own? The clinic's slides are kept aside in the kiosk's data folder, where IT can bring them back.")
        keepText: qsTr("Keep ours")
        actText: qsTr("Restore")
        keepName: "keepDeck"
        actName: "confirmRestoreDeck"
        onConfirmed: {
            visible = false;
            (home.staff.deck as DeckEditor).restoreBuiltIn();
        }
        onDeclined: visible = false
    }

    ConfirmDialog {
        id: confirmExit
        objectName: "confirmExit"
        anchors.fill: parent
        visible: false
        takesFocus: true
        question: qsTr("Close the kiosk and show the desktop? Patients cannot check in until it is started again.")
        keepText: qsTr("Stay")
        actText: qsTr("Exit to desktop")
        keepName: "stayInKiosk"
        actName: "confirmExitToDesktop"
        onConfirmed: home.staff.exitToDesktop()
        onDeclined: visible = false
    }

    Rectangle {
        // Once, when this sign-in made the clinic's key: the code that opens the sealed
        // check-ins if every PIN is forgotten. Staff mode's idle lock still applies.
        id: recovery
        objectName: "recoveryCodeSheet"
        // After "I have written it down" the sheet stays a moment as a clear shield, so that a
        // second tap of a double tap (or one landing as it goes) presses nothing beneath.
        property bool leaving: false
        anchors.fill: parent
        visible: home.staff.recoveryCode !== "" || leaving
        color: leaving ? "transparent" : Theme.background
        Accessible.role: Accessible.Dialog
        Accessible.name: recoveryTitle.text

        MouseArea {
            anchors.fill: parent  // nothing behind the sheet takes a tap while it shows
        }
        Timer {
            id: recoveryGone
            interval: 700
            onTriggered: recovery.leaving = false
        }
        Flickable {
            anchors { fill: parent; margins: Theme.spacing }
            visible: !recovery.leaving
            contentHeight: recoveryColumn.height
            clip: true
            Column {
                id: recoveryColumn
                width: parent.width
                spacing: Theme.spacing
                FormText {
                    id: recoveryTitle
                    width: parent.width
                    text: qsTr("Write down the clinic's recovery code")
                    font.pixelSize: Theme.formTitleSize
                    font.bold: true
                }
                FormText {
                    width: parent.width
                    text: qsTr("Patients' check-ins are now sealed: only a staff member's PIN opens them. If every PIN is forgotten, this code opens them instead. Write it on paper and keep it in the clinic's safe, not on this kiosk. It is shown only this once.")
                }
                Text {
                    objectName: "recoveryCode"
                    width: parent.width
                    text: home.staff.recoveryCode
                    color: Theme.text
                    // One line, as it is written on paper: smaller on a narrow screen, never split.
                    font.pixelSize: Theme.formTitleSize
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.formTextSize * 0.8
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
                KioskButton {
                    objectName: "recoveryCodeWritten"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(implicitWidth, Theme.shortSide * 0.45)
                    text: qsTr("I have written it down")
                    onActivated: {
                        recovery.leaving = true;
                        recoveryGone.start();
                        home.staff.recoveryCodeWritten();
                    }
                }
            }
        }
    }
}
