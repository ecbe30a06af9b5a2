pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One slide, laid out by its layout name: "beside" (picture beside text), "full" (picture with a
// caption band), "headline" (large title) or "call" (a call to action with an optional QR code).
// In portrait the picture goes above the text.
Item {
    id: view

    property var content: ({})
    readonly property string layoutName: content.layout ?? "beside"
    readonly property bool portrait: height > width
    readonly property bool hasPicture: (content.illustration ?? "") !== ""
    readonly property bool hasQr: (content.qrSource ?? "") !== ""
    // Ready once every picture has finished loading, or failed: nothing half-drawn is ever shown.
    readonly property bool ready: picture.status !== Image.Loading && qr.status !== Image.Loading
    readonly property bool qrReady: qr.status === Image.Ready

    readonly property real pad: Theme.spacing * 1.5
    readonly property real pictureShare: layoutName === "full" ? 1.0
                                         : layoutName === "headline" ? 0.3
                                         : layoutName === "call" && !hasQr ? 0.35
                                         : 0.45

    Accessible.role: Accessible.StaticText
    Accessible.name: (content.title ?? "") + ". " + (content.body ?? "")

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Item {
        id: pictureBox
        objectName: "pictureBox"
        visible: view.hasPicture || view.hasQr
        x: view.portrait || view.layoutName === "full" ? view.pad : view.width - width - view.pad
        y: view.pad
        width: view.layoutName === "full" || view.portrait
               ? view.width - 2 * view.pad
               : (view.hasPicture || view.hasQr ? view.width * view.pictureShare - view.pad : 0)
        height: view.layoutName === "full"
                ? view.height - captionBox.height - 3 * view.pad
                : view.portrait ? (view.hasPicture || view.hasQr ? view.height * view.pictureShare : 0)
                                : view.height - 2 * view.pad

        Image {
            id: picture
            objectName: "illustration"
            anchors.fill: parent
            visible: !view.hasQr || view.layoutName !== "call"
            source: view.content.illustration ?? ""
            sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
            Accessible.ignored: true
        }

        Column {
            anchors.centerIn: parent
            visible: view.hasQr && view.layoutName === "call"
            spacing: Theme.spacing * 0.5

            Image {
                id: qr
                objectName: "qrCode"
                anchors.horizontalCenter: parent.horizontalCenter
                readonly property real side: Math.min(pictureBox.width, pictureBox.height - qrCaption.height - Theme.spacing)
                width: side
                height: side
                source: view.content.qrSource ?? ""
                sourceSize: Qt.size(Math.max(1, side), Math.max(1, side))
                asynchronous: true
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qrCaption.text
            }
            Text {
                id: qrCaption
                width: pictureBox.width
                text: view.content.qrCaption ?? ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    Item {
        id: captionBox
        objectName: "textBox"
        readonly property bool belowPicture: view.portrait || view.layoutName === "full"
        x: view.pad
        y: view.layoutName === "full" ? view.height - height - view.pad
           : belowPicture ? (pictureBox.visible ? pictureBox.y + pictureBox.height + view.pad : view.pad)
           : view.pad
        width: belowPicture ? view.width - 2 * view.pad
                            : view.width - 2 * view.pad - (pictureBox.visible ? pictureBox.width + view.pad : 0)
        height: view.layoutName === "full" ? view.height * (view.portrait ? 0.4 : 0.34)
                : view.height - y - view.pad

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing * 0.6

            Item { Layout.fillHeight: view.layoutName !== "full"; Layout.preferredHeight: 0 }

            Text {
                id: title
                objectName: "slideTitle"
                Layout.fillWidth: true
                Layout.maximumHeight: captionBox.height * (body.text.length > 0 ? 0.48 : 1.0)
                Layout.preferredHeight: Math.min(implicitHeight, Layout.maximumHeight)
                text: view.content.title ?? ""
                color: view.layoutName === "call" ? Theme.accent : Theme.text
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: view.layoutName === "headline" ? Theme.titleSize * 1.2
                               : view.layoutName === "full" ? Theme.titleSize * 0.8
                               : Theme.titleSize
                lineHeight: 1.05
                wrapMode: Text.WordWrap
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.minimumTextSize
                horizontalAlignment: view.layoutName === "headline" || view.layoutName === "full" && view.portrait
                                     ? Text.AlignHCenter : Text.AlignLeft
            }

            Text {
                id: body
                objectName: "slideBody"
                Layout.fillWidth: true
                Layout.maximumHeight: Math.max(0, captionBox.height - title.height - Theme.spacing * 0.6)
                Layout.preferredHeight: Math.min(implicitHeight, Layout.maximumHeight)
                visible: text.length > 0
                text: view.content.body ?? ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                lineHeight: 1.2
                wrapMode: Text.WordWrap
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.minimumTextSize
                verticalAlignment: Text.AlignTop
                horizontalAlignment: title.horizontalAlignment
            }

            Item { Layout.fillHeight: view.layoutName !== "full"; Layout.preferredHeight: 0 }
        }
    }
}
