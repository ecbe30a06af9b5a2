pragma Singleton
import QtQuick

// Colours, type scale and spacing for every screen. Sizes follow the screen's shorter side, so a
// panel turned to portrait keeps the same letter size for people across the room.
QtObject {
    property real shortSide: 1080
    property color accent: "#0b5560"

    readonly property color background: "#faf7f2"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b2430"
    readonly property color textMuted: "#36404c"
    readonly property color textOnAccent: "#ffffff"
    readonly property color outline: "#c9c2b6"
    readonly property color placeholder: "#5f6670"
    readonly property string fontFamily: "Atkinson Hyperlegible"

    readonly property real bodySize: Math.round(shortSide * 0.047)
    readonly property real titleSize: Math.round(shortSide * 0.085)
    readonly property real barTextSize: Math.round(shortSide * 0.045)
    readonly property real buttonTextSize: Math.round(shortSide * 0.055)
    readonly property real minimumTextSize: Math.round(shortSide * 0.035)
    // The check-in is read at arm's length, not across the room.
    readonly property real formTextSize: Math.round(shortSide * 0.042)
    readonly property real formTitleSize: Math.round(shortSide * 0.06)
    readonly property real fieldTextSize: Math.round(shortSide * 0.055)
    readonly property color selected: accent
    readonly property color messageBackground: "#fff4d6"
    readonly property real spacing: Math.round(shortSide * 0.03)
    readonly property real radius: Math.round(shortSide * 0.022)
    readonly property real touchTarget: Math.max(64, Math.round(shortSide * 0.1))
    readonly property int transitionMs: 900
}
