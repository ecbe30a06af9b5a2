pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Kiosk.Backend

// The day so far in figures: a small table and a bar of arrivals by hour. No names, no
// reasons: a glance for whoever runs the desk, and for the end-of-day tidy-up.
Pane {
    id: page

    required property DayFigures figures
    readonly property int barWidth: 56

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 12

            Label {
                text: qsTr("Today so far")
                font.pixelSize: 22
                font.bold: true
            }
            Label {
                objectName: "dayUnreadable"
                visible: page.figures.unreadable
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The check-ins cannot be read right now; these are the last figures read.")
            }

            GridLayout {
                objectName: "dayTable"
                columns: 2
                columnSpacing: 32
                rowSpacing: 6
                flow: GridLayout.TopToBottom
                rows: page.figures.table.length
                Repeater {
                    model: page.figures.table
                    delegate: Label {
                        required property var modelData
                        objectName: "day-" + modelData.key
                        text: modelData.label
                    }
                }
                Repeater {
                    model: page.figures.table
                    delegate: Label {
                        required property var modelData
                        objectName: "day-" + modelData.key + "-value"
                        text: modelData.value
                        font.bold: true
                    }
                }
            }

            Label {
                text: qsTr("Arrivals by hour")
                font.pixelSize: 18
                font.bold: true
                Layout.topMargin: 12
            }
            Label {
                objectName: "dayNoArrivals"
                visible: page.figures.bars.length === 0
                text: qsTr("No one has checked in today yet.")
            }
            Flow {
                objectName: "dayBars"
                visible: page.figures.bars.length > 0
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: page.figures.bars
                    delegate: Column {
                        id: bar
                        required property var modelData
                        required property int index
                        objectName: "dayBar" + index
                        spacing: 2
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1 from %2").arg(modelData.count).arg(modelData.hour)
                        Label {
                            objectName: "dayBarCount" + bar.index
                            width: page.barWidth
                            horizontalAlignment: Text.AlignHCenter
                            text: String(bar.modelData.count)
                        }
                        Item {
                            width: page.barWidth
                            height: 160
                            Rectangle {
                                objectName: "dayBarFill" + bar.index
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: page.figures.peak > 0 ? parent.height * bar.modelData.count / page.figures.peak : 0
                                color: "#0b5560"
                            }
                        }
                        Label {
                            width: page.barWidth
                            horizontalAlignment: Text.AlignHCenter
                            text: bar.modelData.hour
                        }
                    }
                }
            }
        }
    }
}
