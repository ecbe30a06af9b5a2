pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls
import Kiosk.Slides

// One slide being edited: its words in each language (with the word count and reading level as
// they are typed),
// layout, picture, time on screen, schedule, QR link, source and review date, beside a live
// preview drawn at the kiosk's own size. Nothing plays until "Save".
Item {
    id: editorPage

    required property DeckEditor editor
    readonly property SlideDraft draft: editor.draft as SlideDraft
    property real stageWidth: 1920
    property real stageHeight: 1080
    readonly property bool wide: width > height
    readonly property real small: Theme.formTextSize * 0.8
    readonly property real actionHeight: Math.max(56, Theme.touchTarget * 0.6)
    property bool choosingPicture: false

    Connections {
        // A picture is chosen once it is in the deck's folder: a drive's is copied in first.
        target: editorPage.editor
        function onPictureChosen() {
            editorPage.choosingPicture = false;
        }
    }

    Item {
        id: previewBox
        anchors { top: parent.top; right: parent.right; margins: Theme.spacing / 2 }
        // Beside the form on a wide screen; in portrait a smaller one at the top right.
        readonly property real widest: editorPage.wide ? editorPage.width * 0.45 : editorPage.width * 0.5
        readonly property real tallest: editorPage.height * (editorPage.wide ? 0.55 : 0.36)
        width: Math.min(widest, tallest * editorPage.stageWidth / editorPage.stageHeight)
        height: width * editorPage.stageHeight / editorPage.stageWidth + previewLabel.height
        FormText {
            id: previewLabel
            width: parent.width
            font.pixelSize: editorPage.small
            color: Theme.textMuted
            text: qsTr("Preview at the kiosk's size (%1 × %2)").arg(editorPage.stageWidth).arg(editorPage.stageHeight)
        }
        SlideThumbnail {
            objectName: "editorPreview"
            anchors { top: previewLabel.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }
            stageWidth: editorPage.stageWidth
            stageHeight: editorPage.stageHeight
            content: editorPage.draft.preview
        }
    }

    Column {
        id: checks
        anchors { top: editorPage.wide ? previewBox.bottom : parent.top; left: editorPage.wide ? previewBox.left : parent.left; right: editorPage.wide ? parent.right : previewBox.left; margins: Theme.spacing / 2 }
        spacing: Theme.spacing / 3
        FormText {
            objectName: "draftWords"
            width: parent.width
            font.pixelSize: editorPage.small
            text: qsTr("%1 words").arg(editorPage.draft.wordCount)
                  + (editorPage.draft.reading ? " · " + editorPage.draft.reading : "")
                  + " · " + qsTr("%1 s on screen").arg(editorPage.draft.seconds)
        }
        KindMessage {
            objectName: "draftProblems"
            width: parent.width
            text: editorPage.draft.problemText
        }
        KindMessage {
            width: parent.width
            text: editorPage.editor.message
        }
        Row {
            spacing: Theme.spacing / 2
            KioskButton {
                objectName: "saveSlide"
                height: editorPage.actionHeight
                textSize: editorPage.small
                text: editorPage.draft.isNew ? qsTr("Add this slide") : qsTr("Save")
                enabled: editorPage.draft.canSave
                opacity: enabled ? 1 : 0.45
                onActivated: editorPage.editor.saveEdit()
            }
            KioskButton {
                objectName: "cancelSlide"
                height: editorPage.actionHeight
                textSize: editorPage.small
                primary: false
                text: qsTr("Cancel")
                onActivated: editorPage.editor.cancelEdit()
            }
        }
    }

    Flickable {
        id: form
        objectName: "slideForm"
        anchors { top: parent.top; left: parent.left; bottom: keyboard.top; right: editorPage.wide ? previewBox.left : parent.right; margins: Theme.spacing / 2 }
        // In portrait the form starts below the preview and the checks beside it.
        anchors.topMargin: editorPage.wide ? Theme.spacing / 2
                                           : Math.max(previewBox.y + previewBox.height, checks.y + checks.height) + Theme.spacing / 2
        contentHeight: fields.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: fields
            width: form.width
            spacing: Theme.spacing / 2

            FormText {
                visible: languageRow.visible
                width: parent.width
                text: qsTr("Words in")
                font.bold: true
                font.pixelSize: editorPage.small
            }
            Flow {
                // One language's words at a time; a language with none yet says so, and the
                // slide plays in the deck's own language to its patients until it has some.
                id: languageRow
                visible: editorPage.draft.languageChoices.length > 1
                width: parent.width
                spacing: Theme.spacing / 3
                Repeater {
                    model: editorPage.draft.languageChoices
                    delegate: Choice {
                        required property var modelData
                        objectName: "editLanguage-" + modelData.code
                        single: true
                        height: editorPage.actionHeight
                        textSize: editorPage.small
                        text: modelData.missing ? qsTr("%1 (not written yet)").arg(modelData.name) : modelData.name
                        chosen: editorPage.draft.editingLanguage === modelData.code
                        onActivated: editorPage.draft.editLanguage(modelData.code)
                    }
                }
            }
            StaffField {
                objectName: "titleField"
                width: parent.width
                label: qsTr("Title")
                text: editorPage.draft.title
                maximumLength: 80
                onEdited: text => editorPage.draft.setTitle(text)
            }
            StaffField {
                objectName: "bodyField"
                width: parent.width
                label: qsTr("Text")
                multiline: true
                text: editorPage.draft.body
                onEdited: text => editorPage.draft.setBody(text)
            }
            FormText { text: qsTr("Layout"); font.bold: true; font.pixelSize: editorPage.small }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 3
                Repeater {
                    model: [["beside", qsTr("Picture beside")], ["full", qsTr("Large picture")], ["headline", qsTr("Headline")], ["call", qsTr("Call to action")]]
                    delegate: Choice {
                        required property var modelData
                        objectName: "layout-" + modelData[0]
                        single: true
                        height: editorPage.actionHeight
                        text: modelData[1]
                        chosen: editorPage.draft.layout === modelData[0]
                        onActivated: editorPage.draft.setLayout(modelData[0])
                    }
                }
            }
            FormText { text: qsTr("Picture"); font.bold: true; font.pixelSize: editorPage.small }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 3
                FormText {
                    objectName: "pictureName"
                    height: editorPage.actionHeight
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: editorPage.small
                    text: editorPage.draft.illustration || qsTr("No picture")
                }
                KioskButton {
                    objectName: "choosePicture"
                    height: editorPage.actionHeight
                    textSize: editorPage.small
                    primary: false
                    text: qsTr("Choose a picture")
                    onActivated: {
                        editorPage.editor.findPictures();
                        editorPage.choosingPicture = true;
                    }
                }
                KioskButton {
                    objectName: "noPicture"
                    height: editorPage.actionHeight
                    textSize: editorPage.small
                    primary: false
                    text: qsTr("No picture")
                    onActivated: editorPage.draft.clearIllustration()
                }
            }
            FormText { text: qsTr("Time on screen"); font.bold: true; font.pixelSize: editorPage.small }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 3
                Choice {
                    objectName: "autoDuration"
                    height: editorPage.actionHeight
                    text: qsTr("Auto (reading time)")
                    chosen: editorPage.draft.autoDuration
                    onActivated: editorPage.draft.setAutoDuration(!editorPage.draft.autoDuration)
                }
                Stepper {
                    objectName: "duration"
                    label: ""
                    lessName: "durationLess"
                    moreName: "durationMore"
                    value: qsTr("%1 s").arg(editorPage.draft.seconds)
                    onLess: editorPage.draft.changeDuration(-1)
                    onMore: editorPage.draft.changeDuration(1)
                }
            }
            FormText { text: qsTr("Days"); font.bold: true; font.pixelSize: editorPage.small }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 4
                Repeater {
                    model: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"), qsTr("Sat"), qsTr("Sun")]
                    delegate: Choice {
                        required property string modelData
                        required property int index
                        objectName: "weekday" + index
                        height: editorPage.actionHeight
                        text: modelData
                        chosen: editorPage.draft.weekdays[index] ?? false
                        onActivated: editorPage.draft.toggleWeekday(index)
                    }
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 3
                Choice {
                    objectName: "allDay"
                    height: editorPage.actionHeight
                    text: qsTr("All day")
                    chosen: editorPage.draft.allDay
                    onActivated: editorPage.draft.setAllDay(!editorPage.draft.allDay)
                }
                Stepper {
                    visible: !editorPage.draft.allDay
                    label: qsTr("From")
                    labelWidth: Theme.formTextSize * 2.5
                    lessName: "fromEarlier"
                    moreName: "fromLater"
                    value: editorPage.draft.fromHour
                    onLess: editorPage.draft.changeHour("from", -30)
                    onMore: editorPage.draft.changeHour("from", 30)
                }
                Stepper {
                    visible: !editorPage.draft.allDay
                    label: qsTr("To")
                    labelWidth: Theme.formTextSize * 2.5
                    lessName: "toEarlier"
                    moreName: "toLater"
                    value: editorPage.draft.toHour
                    onLess: editorPage.draft.changeHour("to", -30)
                    onMore: editorPage.draft.changeHour("to", 30)
                }
            }
            Repeater {
                model: [["start", qsTr("First day")], ["end", qsTr("Last day")]]
                delegate: Flow {
                    id: dateRow
                    required property var modelData
                    readonly property string day: modelData[0] === "start" ? editorPage.draft.startDate : editorPage.draft.endDate
                    width: fields.width
                    spacing: Theme.spacing / 3
                    Stepper {
                        label: dateRow.modelData[1]
                        labelWidth: Theme.formTextSize * 4
                        valueWidth: Theme.formTextSize * 6
                        lessName: dateRow.modelData[0] + "Earlier"
                        moreName: dateRow.modelData[0] + "Later"
                        value: dateRow.day || qsTr("none")
                        onLess: editorPage.draft.changeDate(dateRow.modelData[0], -1)
                        onMore: editorPage.draft.changeDate(dateRow.modelData[0], 1)
                    }
                    KioskButton {
                        visible: dateRow.day !== ""
                        height: editorPage.actionHeight
                        textSize: editorPage.small
                        primary: false
                        text: qsTr("None")
                        onActivated: editorPage.draft.clearDate(dateRow.modelData[0])
                    }
                }
            }
            StaffField {
                objectName: "qrUrlField"
                width: parent.width
                label: qsTr("QR code link (optional)")
                text: editorPage.draft.qrUrl
                maximumLength: 300
                onEdited: text => editorPage.draft.setQrUrl(text)
            }
            StaffField {
                objectName: "qrCaptionField"
                width: parent.width
                label: qsTr("Words under the QR code")
                text: editorPage.draft.qrCaption
                onEdited: text => editorPage.draft.setQrCaption(text)
            }
            StaffField {
                objectName: "sourceField"
                width: parent.width
                label: qsTr("Source of the facts")
                text: editorPage.draft.source
                maximumLength: 200
                onEdited: text => editorPage.draft.setSource(text)
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 3
                FormText {
                    height: editorPage.actionHeight
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: editorPage.small
                    objectName: "slideReviewed"
                    text: editorPage.draft.reviewedOn === "" ? qsTr("Last reviewed: never")
                          : qsTr("Last reviewed: %1").arg(editorPage.draft.reviewedOn)
                }
                FormText {
                    // Who reviewed it, in their own words: a line of its own, wrapped.
                    objectName: "slideReviewer"
                    visible: editorPage.draft.reviewedBy !== ""
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: editorPage.small
                    text: qsTr("Reviewed by: %1").arg(editorPage.draft.reviewedBy)
                }
                KioskButton {
                    objectName: "reviewedToday"
                    height: editorPage.actionHeight
                    textSize: editorPage.small
                    primary: false
                    text: qsTr("Reviewed today")
                    onActivated: editorPage.draft.markReviewedToday()
                }
            }
            Item { width: 1; height: Theme.spacing }
        }
    }

    InputPanel {
        id: keyboard
        objectName: "editorKeyboard"
        // Under the form, never over the preview and the Save button beside it.
        anchors { bottom: parent.bottom; left: parent.left }
        width: editorPage.wide ? form.width + Theme.spacing : editorPage.width
        visible: active
        height: visible ? implicitHeight : 0
    }

    Rectangle {
        id: chooser
        objectName: "pictureChooser"
        anchors.fill: parent
        visible: editorPage.choosingPicture
        color: Theme.background
        MouseArea { anchors.fill: parent }

        Row {
            id: chooserBar
            anchors { top: parent.top; left: parent.left; margins: Theme.spacing / 2 }
            spacing: Theme.spacing / 2
            FormText {
                height: editorPage.actionHeight
                verticalAlignment: Text.AlignVCenter
                font.bold: true
                text: qsTr("Choose a picture")
            }
            KioskButton {
                objectName: "findPictures"
                height: editorPage.actionHeight
                textSize: editorPage.small
                primary: false
                text: qsTr("Look for USB again")
                onActivated: editorPage.editor.findPictures()
            }
            KioskButton {
                objectName: "closeChooser"
                height: editorPage.actionHeight
                textSize: editorPage.small
                primary: false
                text: qsTr("Back")
                onActivated: editorPage.choosingPicture = false
            }
        }
        KindMessage {
            id: pictureNote
            objectName: "pictureMessage"
            anchors { top: chooserBar.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
            text: editorPage.editor.pictureMessage
        }
        GridView {
            id: grid
            objectName: "pictureGrid"
            anchors { top: pictureNote.bottom; bottom: parent.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
            clip: true
            cellWidth: width / Math.max(2, Math.floor(width / (Theme.shortSide * 0.28)))
            cellHeight: cellWidth * 0.85
            model: editorPage.editor.pictures
            delegate: Item {
                id: cell
                required property var modelData
                required property int index
                objectName: "picture" + index
                function choose() {
                    editorPage.editor.choosePicture(cell.index);
                }
                activeFocusOnTab: true
                Keys.onPressed: event => {
                    if (pictureRing.presses(event)) cell.choose();
                }
                FocusRing {
                    id: pictureRing
                    target: cell
                }
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    anchors { fill: parent; margins: Theme.spacing / 4 }
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.width: Math.max(2, Theme.shortSide * 0.002)
                    border.color: Theme.outline
                    Image {
                        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: caption.top; margins: Theme.spacing / 4 }
                        source: cell.modelData.url
                        sourceSize.width: width
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    FormText {
                        id: caption
                        anchors { bottom: parent.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 4 }
                        font.pixelSize: editorPage.small * 0.8
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideMiddle
                        wrapMode: Text.NoWrap
                        text: cell.modelData.label + " · " + cell.modelData.origin
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: cell.choose()
                    }
                }
            }
        }
    }
}
