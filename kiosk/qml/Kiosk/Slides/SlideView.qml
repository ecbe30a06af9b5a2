pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Controls

// One slide, laid out by its layout name: "beside" (picture beside text), "full" (picture with a
// caption band), "headline" (large title) or "call" (a call to action). In portrait the picture
// goes above the text. A QR code shows on every layout: in the picture's place on "call" or with
// no picture, under the picture otherwise.
Item {
    id: view

    property var content: ({})
    // Pictures load on a worker thread, except where the slide must not show without them.
    property bool loadsInBackground: true
    readonly property string layoutName: content.layout ?? "beside"
    readonly property bool portrait: height > width
    readonly property bool hasPicture: (content.illustration ?? "") !== ""
    readonly property bool hasQr: (content.qrSource ?? "") !== ""
    // Ready once every picture has finished loading, or failed: nothing half-drawn is ever shown.
    readonly property bool ready: picture.status !== Image.Loading && qr.status !== Image.Loading
    readonly property bool qrReady: qr.status === Image.Ready
    readonly property bool qrAlone: hasQr && (layoutName === "call" || !hasPicture)
    readonly property bool qrWithPicture: hasQr && !qrAlone
    // Beside the picture in a wide, low box (the "full" layout on a landscape screen).
    readonly property bool qrBeside: qrWithPicture && pictureBox.width > pictureBox.height * 1.4

    readonly property real pad: Theme.spacing * 1.5
    readonly property real gap: Theme.spacing * 0.6
    // Picture and text are stacked (picture above) in portrait and in the "full" layout;
    // otherwise the picture sits beside the text.
    readonly property bool stacked: portrait || layoutName === "full"
    readonly property bool hasPictureBox: hasPicture || hasQr
    readonly property real usualShare: layoutName === "headline" ? 0.3
                                       : layoutName === "call" ? 0.35
                                       : 0.45
    // Beside the text, the picture gives up width when the words would not fit at full size.
    readonly property real pictureShare: !stacked && textNeed > contentHeight ? usualShare * 0.7
                                                                              : usualShare
    readonly property real widestPicture: stacked ? width - 2 * pad : width * usualShare - pad
    // The text's width with the usual picture share: the width the text's needs are measured at.
    readonly property real measureWidth: stacked || !hasPictureBox
                                         ? width - 2 * pad
                                         : width - 2 * pad - width * usualShare
    readonly property real contentHeight: height - 2 * pad
    // Text comes first: stacked, the text box takes the height its words need at full size (up
    // to a cap, past which the words shrink to fit) and the picture takes what is left.
    readonly property real textNeed: titleAtUsualWidth.implicitHeight
                                     + (body.visible ? gap + bodyAtUsualWidth.implicitHeight : 0)
    readonly property real textCap: contentHeight * (layoutName === "full" ? 0.5 : 0.62)
    readonly property real stackedPictureHeight: Math.min(
        contentHeight * (layoutName === "full" ? 0.8 : 0.55),
        contentHeight - Math.min(textNeed, textCap) - pad)
    // A wide picture on a tall screen: its box is no taller than the picture drawn across the
    // whole width, and the picture and its words sit together in the middle, rather than the
    // picture alone between two empty bands.
    readonly property real pictureAspect: picture.implicitWidth > 0 ? picture.implicitHeight / picture.implicitWidth : 0
    readonly property bool fitsPictureBox: layoutName === "full" && portrait && !hasQr && pictureAspect > 0
    readonly property real pictureBoxHeight: fitsPictureBox
        ? Math.min(stackedPictureHeight, (width - 2 * pad) * pictureAspect) : stackedPictureHeight
    readonly property real stackTop: fitsPictureBox
        ? pad + Math.max(0, contentHeight - pictureBoxHeight - pad - captionBox.fullNeed) / 2 : pad

    Accessible.role: Accessible.StaticText
    Accessible.name: (content.title ?? "") + ". " + (content.body ?? "")

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Item {
        id: pictureBox
        objectName: "pictureBox"
        visible: view.hasPictureBox
        x: view.stacked ? view.pad : view.width - width - view.pad
        y: view.stackTop
        width: view.stacked ? view.width - 2 * view.pad : view.width * view.pictureShare - view.pad
        height: view.stacked ? view.pictureBoxHeight : view.contentHeight

        Rectangle {
            // High contrast: the picture keeps its colours on a white card, its dark lines clear.
            visible: Theme.highContrast && picture.visible && picture.status === Image.Ready
            anchors.centerIn: picture
            width: picture.paintedWidth + Theme.spacing
            height: picture.paintedHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.pictureCard
        }

        Image {
            id: picture
            objectName: "illustration"
            width: view.qrBeside ? parent.width - qrBlock.width - Theme.spacing : parent.width
            height: view.qrWithPicture && !view.qrBeside
                    ? parent.height - qrBlock.height - Theme.spacing * 0.5 : parent.height
            visible: !view.qrAlone
            source: view.content.illustration ?? ""
            // Drawn once for the largest box this view can give it, so that the picture is not
            // drawn again (and the slide made to wait) whenever the words beside it change.
            sourceSize: Qt.size(Math.max(1, view.widestPicture), Math.max(1, view.contentHeight))
            fillMode: Image.PreserveAspectFit
            // A heavy picture never holds up the GUI thread, even for the first frame.
            asynchronous: view.loadsInBackground || !(view.content.lightPicture ?? true)
            smooth: true
            Accessible.ignored: true
        }

        Column {
            id: qrBlock
            // Alone or beside the picture it has the box's height; under it, a little under half.
            readonly property real room: view.qrWithPicture && !view.qrBeside ? pictureBox.height * 0.45
                                                                             : pictureBox.height
            readonly property real across: view.qrBeside ? pictureBox.width * 0.4 : pictureBox.width
            x: view.qrBeside ? parent.width - width : (parent.width - width) / 2
            y: view.qrWithPicture && !view.qrBeside ? parent.height - height : (parent.height - height) / 2
            visible: view.hasQr
            spacing: Theme.spacing * 0.5

            Image {
                id: qr
                objectName: "qrCode"
                anchors.horizontalCenter: parent.horizontalCenter
                readonly property real side: Math.max(0, Math.min(qrBlock.across, qrBlock.room - qrCaption.height - Theme.spacing))
                width: side
                height: side
                source: view.content.qrSource ?? ""
                readonly property real drawnSide: Math.max(1, Math.min(view.widestPicture, view.contentHeight))
                sourceSize: Qt.size(drawnSide, drawnSide)
                asynchronous: view.loadsInBackground
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qrCaption.text
            }
            Text {
                id: qrCaption
                width: qrBlock.across
                text: view.content.qrCaption ?? ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.8
                horizontalAlignment: Text.AlignHCenter
                height: Math.min(qrCaptionMeasure.implicitHeight, qrBlock.room * 0.25)
                wrapMode: Text.WordWrap
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.minimumTextSize * 0.8
                elide: Text.ElideRight  // a last resort: text never spills out of its box
            }
        }
    }

    Item {
        id: captionBox
        objectName: "textBox"
        x: view.pad
        y: view.stacked && pictureBox.visible ? pictureBox.y + pictureBox.height + view.pad : view.pad
        width: view.stacked || !pictureBox.visible ? view.width - 2 * view.pad
                                                   : view.width - 3 * view.pad - pictureBox.width
        height: view.height - y - view.pad

        // Each text gets the height it needs at full size. When together they need more than the
        // box has, each gets at least what it needs at the smallest letter size, and the rest of
        // the room is shared in proportion; each then shrinks its letters to fit (fontSizeMode Fit).
        readonly property real room: height - (body.visible ? view.gap : 0)
        readonly property real fullNeed: titleFull.implicitHeight
                                         + (body.visible ? bodyFull.implicitHeight : 0)
        readonly property real smallestNeed: titleSmallest.implicitHeight
                                             + (body.visible ? bodySmallest.implicitHeight : 0)
        readonly property real grow: fullNeed <= room ? 1
            : Math.max(0, Math.min(1, (room - smallestNeed) / Math.max(1, fullNeed - smallestNeed)))
        readonly property real titleHeight: titleSmallest.implicitHeight
            + (titleFull.implicitHeight - titleSmallest.implicitHeight) * grow
        readonly property real bodyHeight: body.visible
            ? bodySmallest.implicitHeight + (bodyFull.implicitHeight - bodySmallest.implicitHeight) * grow
            : 0
        readonly property real usedHeight: titleHeight + (body.visible ? view.gap + bodyHeight : 0)

        FormText {
            id: title
            objectName: "slideTitle"
            y: view.layoutName === "full" ? 0 : (captionBox.height - captionBox.usedHeight) / 2
            width: captionBox.width
            height: captionBox.titleHeight
            sentence: view.content.title ?? ""
            color: view.layoutName === "call" ? Theme.accent : Theme.text
            font.family: Theme.fontFamily
            font.bold: true
            font.pixelSize: view.layoutName === "headline" ? Theme.titleSize * 1.2
                           : view.layoutName === "full" ? Theme.titleSize * (view.portrait ? 1 : 0.8)
                           : Theme.titleSize
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.minimumTextSize
            elide: Text.ElideRight  // a last resort: text never spills out of its box
            horizontalAlignment: view.layoutName === "headline" || view.layoutName === "full" && view.portrait
                                 ? Text.AlignHCenter : Text.AlignLeft
        }

        FormText {
            id: body
            objectName: "slideBody"
            y: title.y + title.height + view.gap
            width: captionBox.width
            height: captionBox.bodyHeight
            visible: text.length > 0
            sentence: view.content.body ?? ""
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize * (view.fitsPictureBox ? 1.15 : 1)
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.minimumTextSize
            elide: Text.ElideRight  // a last resort: text never spills out of its box
            verticalAlignment: Text.AlignTop
            horizontalAlignment: title.horizontalAlignment
        }
    }

    // The words laid out but never shown: how much room they need at full size, at full size
    // beside a picture of the usual width, and at the smallest letter size.
    component Measure: Text {
        visible: false
        wrapMode: Text.WordWrap
    }
    Measure { id: titleAtUsualWidth; width: view.measureWidth; text: title.text; font: title.font }
    Measure { id: bodyAtUsualWidth; width: view.measureWidth; text: body.text; font: body.font }
    Measure { id: titleFull; width: captionBox.width; text: title.text; font: title.font }
    Measure { id: bodyFull; width: captionBox.width; text: body.text; font: body.font }
    Measure {
        id: titleSmallest
        width: captionBox.width
        text: title.text
        font.family: title.font.family
        font.bold: true
        font.pixelSize: title.minimumPixelSize
    }
    Measure {
        id: bodySmallest
        width: captionBox.width
        text: body.text
        font.family: body.font.family
        font.pixelSize: body.minimumPixelSize
    }
    Measure { id: qrCaptionMeasure; width: qrCaption.width; text: qrCaption.text; font: qrCaption.font }
}
