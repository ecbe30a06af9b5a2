pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import Kiosk.Backend
import Kiosk
import Kiosk.Controls

// The kiosk's settings, each saved and applied the moment it changes: the clinic's name, phone,
// hours, logo and colour; how the slides play; the check-in; the chime; how long check-ins are
// kept; when the screen sleeps; and the staff accounts.
Item {
    id: page

    required property SettingsEditor settings
    required property StaffAccounts accounts
    readonly property bool wide: width > height
    readonly property real small: Theme.formTextSize * 0.8
    readonly property real actionHeight: Math.max(56, Theme.touchTarget * 0.6)
    readonly property real labelWidth: Theme.formTextSize * 7
    property bool choosingLogo: false
    signal exitRequested

    function reveal(item: Item) {
        const bottom = item.mapToItem(columns, 0, item.height).y;
        if (bottom > form.contentY + form.height)
            form.contentY = Math.min(form.contentHeight - form.height, bottom - form.height + Theme.spacing);
    }

    Flickable {
        id: form
        objectName: "settingsForm"
        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: keyboard.top; margins: Theme.spacing / 2 }
        contentHeight: columns.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Flow {
            id: columns
            width: form.width
            spacing: Theme.spacing

            Column {
                id: left
                width: page.wide ? (columns.width - columns.spacing) / 2 : columns.width
                spacing: Theme.spacing / 2

                KindMessage {
                    objectName: "settingsWarning"
                    width: parent.width
                    text: page.settings.warning
                }
                KindMessage {
                    objectName: "settingsMessage"
                    width: parent.width
                    text: page.settings.message
                }
                FormText { text: qsTr("The clinic"); font.bold: true }
                StaffField {
                    objectName: "clinicNameField"
                    width: parent.width
                    label: qsTr("Name")
                    text: page.settings.clinicName
                    maximumLength: 60
                    onCommitted: text => page.settings.setClinicName(text)
                }
                StaffField {
                    objectName: "phoneField"
                    width: parent.width
                    label: qsTr("Phone")
                    text: page.settings.phone
                    maximumLength: 30
                    hints: Qt.ImhNoPredictiveText | Qt.ImhPreferNumbers
                    onCommitted: text => page.settings.setPhone(text)
                }
                StaffField {
                    objectName: "hoursField"
                    width: parent.width
                    label: qsTr("Opening hours")
                    text: page.settings.openingHours
                    maximumLength: 80
                    onCommitted: text => page.settings.setOpeningHours(text)
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 3
                    FormText {
                        objectName: "logoName"
                        height: page.actionHeight
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: page.small
                        text: qsTr("Logo: %1").arg(page.settings.logo || qsTr("none"))
                    }
                    KioskButton {
                        objectName: "chooseLogo"
                        height: page.actionHeight
                        textSize: page.small
                        primary: false
                        text: qsTr("Choose a logo")
                        onActivated: {
                            page.settings.findLogos();
                            page.choosingLogo = true;
                        }
                    }
                    KioskButton {
                        objectName: "noLogo"
                        height: page.actionHeight
                        textSize: page.small
                        primary: false
                        text: qsTr("No logo")
                        onActivated: page.settings.clearLogo()
                    }
                }
                FormText { text: qsTr("Colour of the bar and buttons"); font.pixelSize: page.small; font.bold: true }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: page.settings.accents
                        delegate: Rectangle {
                            id: swatch
                            required property var modelData
                            required property int index
                            objectName: "accent" + index
                            activeFocusOnTab: true
                            Keys.onPressed: event => {
                                if (swatchRing.presses(event)) page.settings.chooseAccent(swatch.modelData.colour);
                            }
                            FocusRing {
                                id: swatchRing
                                target: swatch
                            }
                            width: page.actionHeight * 2
                            height: page.actionHeight
                            radius: Theme.radius / 2
                            color: modelData.colour
                            border.width: page.settings.accent === modelData.colour ? Math.max(5, Theme.shortSide * 0.006) : 0
                            border.color: Theme.text
                            Text {
                                anchors.centerIn: parent
                                text: swatch.modelData.ratio
                                color: "#ffffff"
                                font.family: Theme.fontFamily
                                font.pixelSize: page.small * 0.8
                                font.bold: true
                            }
                            Accessible.role: Accessible.RadioButton
                            Accessible.name: qsTr("Colour %1, contrast %2").arg(modelData.colour).arg(modelData.ratio)
                            MouseArea {
                                anchors.fill: parent
                                onClicked: page.settings.chooseAccent(swatch.modelData.colour)
                            }
                        }
                    }
                }
                KindMessage {
                    // Below the colours, so they never move under a finger; scrolled into view.
                    id: accentWarning
                    objectName: "accentWarning"
                    width: parent.width
                    text: page.settings.accentWarning
                    onTextChanged: if (text) Qt.callLater(page.reveal, accentWarning)
                }
            }

            Column {
                width: left.width
                spacing: Theme.spacing / 2

                FormText { text: qsTr("The slides"); font.bold: true }
                Stepper {
                    objectName: "speed"
                    label: qsTr("Time on screen")
                    labelWidth: page.labelWidth
                    lessName: "speedLess"
                    moreName: "speedMore"
                    value: page.settings.speed
                    onLess: page.settings.changeSpeed(-1)
                    onMore: page.settings.changeSpeed(1)
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 3
                    Choice {
                        objectName: "transition-crossfade"
                        single: true
                        height: page.actionHeight
                        textSize: page.small
                        text: qsTr("Fade")
                        chosen: page.settings.transition === "crossfade"
                        onActivated: page.settings.setTransition("crossfade")
                    }
                    Choice {
                        objectName: "transition-slide"
                        single: true
                        height: page.actionHeight
                        textSize: page.small
                        text: qsTr("Slide across")
                        chosen: page.settings.transition === "slide"
                        onActivated: page.settings.setTransition("slide")
                    }
                }
                FormText { text: qsTr("Languages offered to patients"); font.bold: true }
                Flow {
                    objectName: "languagesOffered"
                    width: parent.width
                    spacing: Theme.spacing / 3
                    Repeater {
                        model: page.settings.languages
                        delegate: Choice {
                            required property var modelData
                            objectName: "offer-" + modelData.code
                            height: page.actionHeight
                            textSize: page.small
                            text: modelData.name
                            chosen: modelData.offered
                            onActivated: page.settings.toggleLanguage(modelData.code)
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 3
                    FormText {
                        height: page.actionHeight
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("The clinic's own:")
                    }
                    Repeater {
                        model: page.settings.languages
                        delegate: Choice {
                            required property var modelData
                            objectName: "first-" + modelData.code
                            single: true
                            visible: modelData.offered
                            height: page.actionHeight
                            textSize: page.small
                            text: modelData.name
                            chosen: modelData.first
                            onActivated: page.settings.putLanguageFirst(modelData.code)
                        }
                    }
                }
                FormText { text: qsTr("The check-in"); font.bold: true }
                Stepper {
                    objectName: "idle"
                    label: qsTr("Ask \"Still there?\" after")
                    labelWidth: page.labelWidth
                    lessName: "idleLess"
                    moreName: "idleMore"
                    value: page.settings.idle
                    onLess: page.settings.changeIdle(-5)
                    onMore: page.settings.changeIdle(5)
                }
                Choice {
                    objectName: "askMobile"
                    height: page.actionHeight
                    textSize: page.small
                    text: qsTr("Ask for a mobile number")
                    chosen: page.settings.askMobile
                    onActivated: page.settings.toggleAskMobile()
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 3
                    Choice {
                        objectName: "chime"
                        height: page.actionHeight
                        textSize: page.small
                        text: qsTr("Chime at the desk")
                        chosen: page.settings.chime
                        onActivated: page.settings.toggleChime()
                    }
                    Stepper {
                        objectName: "volume"
                        label: qsTr("Volume")
                        labelWidth: Theme.formTextSize * 3
                        valueWidth: Theme.formTextSize * 3
                        lessName: "volumeLess"
                        moreName: "volumeMore"
                        value: page.settings.volume
                        onLess: page.settings.changeVolume(-10)
                        onMore: page.settings.changeVolume(10)
                    }
                }
                Stepper {
                    objectName: "retention"
                    label: qsTr("Keep check-ins for")
                    labelWidth: page.labelWidth
                    lessName: "retentionLess"
                    moreName: "retentionMore"
                    value: page.settings.retention
                    onLess: page.settings.changeRetention(-1)
                    onMore: page.settings.changeRetention(1)
                }
                FormText { text: qsTr("The screen"); font.bold: true }
                Choice {
                    objectName: "sleep"
                    height: page.actionHeight
                    textSize: page.small
                    text: qsTr("Dim the screen when the clinic is closed")
                    chosen: page.settings.sleeps
                    onActivated: page.settings.toggleSleep()
                }
                Stepper {
                    visible: page.settings.sleeps
                    label: qsTr("Dim from")
                    labelWidth: page.labelWidth
                    lessName: "sleepFromEarlier"
                    moreName: "sleepFromLater"
                    value: page.settings.sleepFrom
                    onLess: page.settings.changeSleep("from", -30)
                    onMore: page.settings.changeSleep("from", 30)
                }
                Stepper {
                    visible: page.settings.sleeps
                    label: qsTr("Wake at")
                    labelWidth: page.labelWidth
                    lessName: "sleepToEarlier"
                    moreName: "sleepToLater"
                    value: page.settings.sleepTo
                    onLess: page.settings.changeSleep("to", -30)
                    onMore: page.settings.changeSleep("to", 30)
                }
                StaffAccountsSection {
                    objectName: "staffAccounts"
                    width: parent.width
                    accounts: page.accounts
                    actionHeight: page.actionHeight
                    small: page.small
                    onRemoveAsked: (index, name) => {
                        confirmRemove.index = index;
                        confirmRemove.name = name;
                        confirmRemove.visible = true;
                    }
                }
                FormText { text: qsTr("The kiosk"); font.bold: true }
                KioskButton {
                    objectName: "exitToDesktop"
                    height: page.actionHeight
                    textSize: page.small
                    primary: false
                    text: qsTr("Exit to desktop")
                    onActivated: page.exitRequested()
                }
            }
        }
    }

    InputPanel {
        id: keyboard
        objectName: "settingsKeyboard"
        anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(page.width, page.height * 1.6)
        visible: active
        height: visible ? implicitHeight : 0
    }

    AccountSheet {
        objectName: "accountSheet"
        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: keyboard.top }
        accounts: page.accounts
    }

    ConfirmDialog {
        id: confirmRemove
        property int index: -1
        property string name
        objectName: "confirmRemoveAccount"
        anchors.fill: parent
        visible: false
        takesFocus: true
        question: qsTr("Remove the account of %1? They can no longer sign in. What they did stays in the audit log.").arg(name)
        keepText: qsTr("Keep it")
        actText: qsTr("Remove")
        keepName: "keepAccount"
        actName: "confirmRemoveAccountButton"
        onConfirmed: {
            visible = false;
            page.accounts.remove(index);
        }
        onDeclined: visible = false
    }

    Rectangle {
        objectName: "logoChooser"
        anchors.fill: parent
        visible: page.choosingLogo
        color: Theme.background
        MouseArea { anchors.fill: parent }
        Row {
            id: logoBar
            anchors { top: parent.top; left: parent.left; margins: Theme.spacing / 2 }
            spacing: Theme.spacing / 2
            FormText {
                height: page.actionHeight
                verticalAlignment: Text.AlignVCenter
                font.bold: true
                text: qsTr("Choose a logo")
            }
            KioskButton {
                objectName: "findLogos"
                height: page.actionHeight
                textSize: page.small
                primary: false
                text: qsTr("Look for USB again")
                onActivated: page.settings.findLogos()
            }
            KioskButton {
                objectName: "closeLogoChooser"
                height: page.actionHeight
                textSize: page.small
                primary: false
                text: qsTr("Back")
                onActivated: page.choosingLogo = false
            }
        }
        GridView {
            id: logoGrid
            objectName: "logoGrid"
            anchors { top: logoBar.bottom; bottom: parent.bottom; left: parent.left; right: parent.right; margins: Theme.spacing / 2 }
            clip: true
            cellWidth: width / Math.max(2, Math.floor(width / (Theme.shortSide * 0.28)))
            cellHeight: cellWidth * 0.85
            model: page.settings.logos
            delegate: Item {
                id: cell
                required property var modelData
                required property int index
                objectName: "logo" + index
                activeFocusOnTab: true
                Keys.onPressed: event => {
                    if (logoRing.presses(event)) {
                        page.settings.chooseLogo(cell.index);
                        page.choosingLogo = false;
                    }
                }
                FocusRing {
                    id: logoRing
                    target: cell
                }
                width: logoGrid.cellWidth
                height: logoGrid.cellHeight
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
                        font.pixelSize: page.small * 0.8
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideMiddle
                        wrapMode: Text.NoWrap
                        text: cell.modelData.label + " · " + cell.modelData.origin
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            page.settings.chooseLogo(cell.index);
                            page.choosingLogo = false;
                        }
                    }
                }
            }
        }
    }
}
