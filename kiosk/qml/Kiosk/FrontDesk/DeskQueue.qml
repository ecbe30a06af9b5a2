pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Kiosk.Backend

// Today's queue of every patient: urgent patients still waiting on top, in red; a click chooses
// a row, and Call, Seen, No-show and Undo act on it, from buttons or the keyboard.
Pane {
    id: page

    required property CheckInQueue queue
    required property KioskList kiosks
    // The chosen patient, by check-in: rows move (an urgent arrival goes on top), the choice does
    // not, so a click and a key always act on the patient staff picked.
    property string chosenId: ""
    readonly property bool chosen: chosenId !== ""
    // The chosen row's hand-off ("refused", "sent"...), while that row is in the list.
    property string chosenHandoff: ""
    property string chosenTicket: ""
    readonly property bool chosenUndelivered: chosen && (chosenHandoff === "refused" || chosenHandoff === "not-sent")
    readonly property var columns: [0.07, 0.2, 0.25, 0.18, 0.08, 0.09, 0.13]
    readonly property color urgentRed: "#b3261e"

    function act(status: string) {
        if (chosen)
            queue.markPatient(chosenId, status);
    }

    // The list takes the keyboard when the page shows, so the arrow keys choose at once.
    Component.onCompleted: list.forceActiveFocus()
    onVisibleChanged: if (visible) list.forceActiveFocus()

    function step(rows: int) {
        const next = queue.neighbour(chosenId, rows);
        if (next === "")
            return;
        chosenId = next;
        list.positionViewAtIndex(queue.rowOf(next), ListView.Contain);
    }

    // Only while the queue is the page shown: a key on another page never marks a patient.
    Shortcut { sequence: "Alt+C"; enabled: page.visible; onActivated: page.act("called") }
    Shortcut { sequence: "Alt+S"; enabled: page.visible; onActivated: page.act("seen") }
    Shortcut { sequence: "Alt+N"; enabled: page.visible; onActivated: page.act("no-show") }
    Shortcut { sequences: [StandardKey.Undo]; enabled: page.visible; onActivated: page.queue.undo() }
    Shortcut { sequences: [StandardKey.Find]; enabled: page.visible; onActivated: search.forceActiveFocus() }
    Shortcut { sequence: "Alt+A"; enabled: page.visible; onActivated: page.queue.acknowledgeUrgent() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: search
                objectName: "deskSearch"
                placeholderText: qsTr("Search by name (Ctrl+F)")
                Layout.preferredWidth: 280
                onTextChanged: page.queue.search(text)
            }
            ComboBox {
                id: filter
                objectName: "deskFilter"
                textRole: "label"
                valueRole: "status"
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [
                    { status: "", label: qsTr("Everyone") },
                    { status: "waiting", label: qsTr("Waiting") },
                    { status: "called", label: qsTr("Called") },
                    { status: "seen", label: qsTr("Seen") },
                    { status: "no-show", label: qsTr("No-show") }
                ]
                onActivated: page.queue.filterStatus(currentValue)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "deskCall"
                text: qsTr("Call (Alt+C)")
                enabled: page.chosen
                onClicked: page.act("called")
            }
            Button {
                objectName: "deskSeen"
                text: qsTr("Seen (Alt+S)")
                enabled: page.chosen
                onClicked: page.act("seen")
            }
            Button {
                objectName: "deskNoShow"
                text: qsTr("No-show (Alt+N)")
                enabled: page.chosen
                onClicked: page.act("no-show")
            }
            Button {
                objectName: "deskUndo"
                text: qsTr("Undo (Ctrl+Z)")
                enabled: page.queue.canUndo
                onClicked: page.queue.undo()
            }
            Button {
                // Last, so that nothing moves when it shows: the practice system refused the
                // chosen check-in, or it could not be sent, and staff typed it in themselves.
                objectName: "deskByHand"
                text: qsTr("Entered by hand")
                visible: page.chosenUndelivered
                onClicked: confirmByHand.open()
            }
        }

        Flow {
            // Every kiosk at a glance: red when it has not been heard from for two minutes.
            objectName: "kioskLines"
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: page.kiosks
                delegate: Rectangle {
                    id: kioskLine
                    required property int index
                    required property string letter
                    required property bool silent
                    required property string summary
                    required property string problems
                    objectName: "kioskLine" + index
                    width: Math.min(lineText.implicitWidth + 16, page.availableWidth)
                    height: lineText.implicitHeight + 8
                    radius: 4
                    color: silent ? page.urgentRed : "#e3efe5"
                    Label {
                        id: lineText
                        objectName: "kioskLineText" + kioskLine.index
                        anchors { fill: parent; margins: 4; leftMargin: 8 }
                        width: page.availableWidth - 16
                        wrapMode: Text.Wrap
                        color: kioskLine.silent ? "white" : "#1b2430"
                        text: kioskLine.summary + " · " + kioskLine.problems
                    }
                }
            }
        }

        Rectangle {
            // Urgent patients nobody has acknowledged: the chime rings again every 30 s.
            objectName: "urgentAlarm"
            visible: page.queue.alarming > 0
            Layout.fillWidth: true
            implicitHeight: alarmRow.implicitHeight + 12
            color: page.urgentRed
            RowLayout {
                id: alarmRow
                anchors { fill: parent; margins: 6 }
                Label {
                    objectName: "urgentAlarmText"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: "white"
                    font.bold: true
                    text: qsTr("Urgent, not yet acknowledged: %1").arg(page.queue.alarmTickets.join(", "))
                }
                Button {
                    objectName: "deskAcknowledge"
                    text: qsTr("Acknowledge (Alt+A)")
                    onClicked: page.queue.acknowledgeUrgent()
                }
            }
        }

        Label {
            objectName: "deskQueueMessage"
            visible: text !== ""
            text: page.queue.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            // The column titles.
            Layout.fillWidth: true
            spacing: 0
            Repeater {
                model: [qsTr("Ticket"), qsTr("Name"), qsTr("Reasons"), qsTr("Needs"), qsTr("Arrived"), qsTr("Waiting"), qsTr("Status")]
                Label {
                    required property string modelData
                    required property int index
                    text: modelData
                    font.bold: true
                    wrapMode: Text.Wrap
                    leftPadding: 6
                    Layout.preferredWidth: page.columns[index] * page.availableWidth
                            Layout.maximumWidth: page.columns[index] * page.availableWidth
                }
            }
        }

        ListView {
            id: list
            objectName: "deskQueue"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: page.queue
            // The arrow keys move the chosen patient, by check-in as a click does (the view's
            // own current row would stay on a row that an urgent arrival moves).
            keyNavigationEnabled: false
            currentIndex: -1
            Keys.onUpPressed: page.step(-1)
            Keys.onDownPressed: page.step(1)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
                    page.step((event.key === Qt.Key_PageUp ? -1 : 1) * Math.max(1, Math.floor(list.height / 40)));
                    event.accepted = true;
                }
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                objectName: "deskQueueEmpty"
                visible: list.count === 0
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                text: qsTr("No one has checked in today yet.")
                wrapMode: Text.Wrap
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string checkinId
                required property string ticket
                required property string name
                required property string reasons
                required property bool urgent
                required property bool mobilityHelp
                required property bool returning
                required property bool appointment
                required property string arrival
                required property int waiting
                required property string status
                required property string statusLabel
                required property string handoff
                required property string handoffLabel
                required property string handoffWords
                required property bool alarm
                readonly property bool red: urgent && status === "waiting"
                readonly property color ink: red ? "white" : (status === "waiting" ? "#1b2430" : "#4a525c")

                objectName: "deskRow" + index
                width: ListView.view.width
                height: Math.max(36, cells.implicitHeight + 8)
                readonly property bool picked: checkinId === page.chosenId
                Binding {
                    target: page
                    property: "chosenHandoff"
                    value: row.handoff
                    when: row.picked
                    restoreMode: Binding.RestoreNone
                }
                Binding {
                    target: page
                    property: "chosenTicket"
                    value: row.ticket
                    when: row.picked
                    restoreMode: Binding.RestoreNone
                }
                color: red ? page.urgentRed
                             : picked ? "#cfe3e6" : (index % 2 ? "#f4f1ec" : "white")
                border.width: picked ? 3 : 0
                border.color: "#0b5560"

                MouseArea {
                    anchors.fill: parent
                    onClicked: { page.chosenId = row.checkinId; list.forceActiveFocus(); }
                    onDoubleClicked: { page.chosenId = row.checkinId; page.act("called"); }
                }

                RowLayout {
                    id: cells
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                    spacing: 0
                    Repeater {
                        model: [
                            row.ticket,
                            row.name,
                            row.reasons,
                            [row.urgent ? qsTr("URGENT") : "", row.appointment ? qsTr("appointment") : "",
                             row.mobilityHelp ? qsTr("help moving") : "", row.returning ? qsTr("returning") : ""].filter(part => part !== "").join(" · "),
                            row.arrival,
                            qsTr("%1 min").arg(row.waiting),
                            row.handoffLabel === "" ? row.statusLabel
                                : row.statusLabel + "\n" + row.handoffLabel
                                  + (row.handoffWords !== "" ? ": " + row.handoffWords : "")
                        ]
                        Label {
                            required property string modelData
                            required property int index
                            objectName: "deskCell" + row.index + "_" + index
                            text: modelData
                            color: row.ink
                            font.bold: index < 2 || row.red
                            wrapMode: Text.Wrap
                            leftPadding: 6
                            rightPadding: 6
                            Layout.preferredWidth: page.columns[index] * page.availableWidth
                            Layout.maximumWidth: page.columns[index] * page.availableWidth
                        }
                    }
                }
            }
        }
    }
    Popup {
        // Marked by mistake, a check-in would reach the practice system neither way: asked first.
        id: confirmByHand
        objectName: "deskConfirmByHand"
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, page.width - 40)
        modal: true
        focus: true
        padding: 20
        contentItem: ColumnLayout {
            spacing: 16
            Label {
                objectName: "deskConfirmByHandTitle"
                text: qsTr("Was %1 entered in the practice system by hand?").arg(page.chosenTicket)
                font.pixelSize: 18
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Only if someone typed this check-in into the practice system: it will not be sent there, and what the practice system said about it is cleared.")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Button {
                    objectName: "deskNotByHand"
                    text: qsTr("Not yet")
                    focus: true
                    onClicked: confirmByHand.close()
                }
                Button {
                    objectName: "deskConfirmByHandButton"
                    text: qsTr("Yes, entered by hand")
                    onClicked: {
                        confirmByHand.close();
                        page.queue.enterByHand(page.chosenId);
                    }
                }
            }
        }
    }
}
