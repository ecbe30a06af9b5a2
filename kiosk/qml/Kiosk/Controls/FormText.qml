import QtQuick
import Kiosk

// Text on the check-in screens: the kiosk's typeface and colour, wrapped, never cut short.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.formTextSize
    wrapMode: Text.Wrap
}
