pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Kiosk.Backend

// The reception PC's window: a desktop program for a mouse and a keyboard, dense where the kiosk
// is large. Signed out it asks for a name and PIN; signed in it shows the day's queue.
ApplicationWindow {
    id: root

    required property StaffMode staff
    required property KioskList kiosks
    required property DayFigures figures
    readonly property bool signedIn: staff.stage === "home"

    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 600
    visible: true
    title: signedIn ? qsTr("Front desk: %1").arg(staff.signedInName) : qsTr("Front desk")
    font.family: "Atkinson Hyperlegible"
    font.pixelSize: 16

    header: ToolBar {
        visible: root.signedIn
        RowLayout {
            anchors { fill: parent; leftMargin: 12; rightMargin: 12 }
            spacing: 16
            Label {
                text: qsTr("Front desk")
                font.bold: true
                font.pixelSize: 20
            }
            Label {
                objectName: "waitingCount"
                readonly property int waiting: (root.staff.queue as CheckInQueue)?.waitingCount ?? 0
                text: waiting === 1 ? qsTr("1 waiting") : qsTr("%1 waiting").arg(waiting)
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "signedInAs"
                text: qsTr("Signed in as %1").arg(root.staff.signedInName)
                elide: Text.ElideRight
                Layout.maximumWidth: 420
            }
            Button {
                objectName: "signOut"
                text: qsTr("Sign out")
                onClicked: root.staff.backToSlides()
            }
        }
    }

    Loader {
        anchors.fill: parent
        sourceComponent: root.signedIn ? deskPages : signInPage
    }

    Component {
        id: signInPage
        DeskSignIn {
            staff: root.staff
        }
    }
    Component {
        id: deskPages
        ColumnLayout {
            spacing: 0
            Shortcut { sequence: "Ctrl+1"; onActivated: tabs.currentIndex = 0 }
            Shortcut { sequence: "Ctrl+2"; onActivated: tabs.currentIndex = 1 }
            Shortcut { sequence: "Ctrl+3"; onActivated: tabs.currentIndex = 2 }
            TabBar {
                id: tabs
                objectName: "deskTabs"
                Layout.fillWidth: true
                TabButton {
                    objectName: "deskQueueTab"
                    text: qsTr("Queue (Ctrl+1)")
                    width: implicitWidth
                }
                TabButton {
                    objectName: "deskTodayTab"
                    text: qsTr("Today (Ctrl+2)")
                    width: implicitWidth
                }
                TabButton {
                    objectName: "deskRecordsTab"
                    text: qsTr("Export and audit (Ctrl+3)")
                    width: implicitWidth
                }
            }
            StackLayout {
                currentIndex: tabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true
                DeskQueue {
                    queue: root.staff.queue as CheckInQueue
                    kiosks: root.kiosks
                }
                DeskToday {
                    figures: root.figures
                }
                DeskRecords {
                    queue: root.staff.queue as CheckInQueue
                    audit: root.staff.auditLog as AuditList
                }
            }
        }
    }
}
