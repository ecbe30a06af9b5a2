pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Digits for the date of birth and the mobile number: large keys, 1 to 9 then 0, and Delete.
Grid {
    id: pad

    signal digit(string value)
    signal erase

    property real keySize: Theme.touchTarget * 1.3

    columns: 3
    spacing: Theme.spacing / 2

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "erase"]
        delegate: Item {
            id: cell
            required property string modelData
            width: pad.keySize * 1.25
            height: pad.keySize

            KioskButton {
                anchors.fill: parent
                visible: cell.modelData !== ""
                objectName: cell.modelData === "erase" ? "padErase" : "padKey" + cell.modelData
                primary: false
                text: cell.modelData === "erase" ? qsTr("Delete") : cell.modelData
                onActivated: cell.modelData === "erase" ? pad.erase() : pad.digit(cell.modelData)
            }
        }
    }
}
