pragma Singleton
import QtQuick

// Colours, type scale and spacing for every screen. Sizes follow the screen's shorter side, so a
// panel turned to portrait keeps the same letter size for people across the room. Every text
// colour reads at 7:1 or more on every background it is drawn on, in the normal and the high
// contrast palette alike (tests/ui/test_access.py measures them).
QtObject {
    property real shortSide: 1080
    // The clinic's colour (settings); high contrast uses its own.
    property color brandAccent: "#0b5560"
    // The patient's choice (PatientChoices): white and yellow on black.
    property bool highContrast: false
    // The patient's "A+": what they read a quarter larger. Buttons' labels, already the largest
    // letters on a check-in screen, and touch targets keep their size, so no row of buttons moves.
    property real textScale: 1.0

    // A paragraph's last two words held on one line, so that no word stands alone on the last.
    function unbrokenEnd(paragraph: string): string {
        return paragraph.replace(/ (\S+)$/, "\u00a0$1")
    }

    readonly property color accent: highContrast ? "#ffd400" : brandAccent
    readonly property color background: highContrast ? "#000000" : "#faf7f2"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#1b2430"
    readonly property color textMuted: highContrast ? "#ffffff" : "#36404c"
    readonly property color textOnAccent: highContrast ? "#000000" : "#ffffff"
    readonly property color outline: highContrast ? "#ffffff" : "#c9c2b6"
    readonly property color placeholder: highContrast ? "#d0d0d0" : "#4a525c"
    // Outside opening hours: near-black, its one line dim but readable.
    readonly property color sleepBackground: "#050607"
    readonly property color sleepText: "#a3a8b0"
    readonly property color pictureCard: "#ffffff"
    readonly property string fontFamily: "Atkinson Hyperlegible"

    readonly property real bodySize: Math.round(shortSide * 0.047 * textScale)
    readonly property real titleSize: Math.round(shortSide * 0.085 * textScale)
    readonly property real barTextSize: Math.round(shortSide * 0.045 * textScale)
    readonly property real buttonTextSize: Math.round(shortSide * 0.055)
    readonly property real minimumTextSize: Math.round(shortSide * 0.035 * textScale)
    // The check-in is read at arm's length, not across the room.
    readonly property real formTextSize: Math.round(shortSide * 0.042 * textScale)
    readonly property real formTitleSize: Math.round(shortSide * 0.06 * textScale)
    readonly property real fieldTextSize: Math.round(shortSide * 0.055 * textScale)
    // The patient's tools and "Need help?" on the check-in: smaller than its Back and Next.
    readonly property real toolTextSize: Math.round(shortSide * 0.042)
    readonly property color selected: accent
    readonly property color messageBackground: highContrast ? "#000000" : "#fff4d6"
    readonly property real spacing: Math.round(shortSide * 0.03)
    readonly property real radius: Math.round(shortSide * 0.022)
    readonly property real touchTarget: Math.max(64, Math.round(shortSide * 0.1))
    readonly property int transitionMs: 900
}
