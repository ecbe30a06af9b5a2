import QtQuick
import Kiosk

// Text on the kiosk's screens: its typeface and colour, wrapped, never cut short. A `sentence`
// keeps its last two words together, so that no word is left alone on its last line, wherever
// the two fit on one line (else the line would break inside a word).
Text {
    id: formText

    property string sentence
    // Set once `sentence` is given: the text is then the sentence's, never bound elsewhere.
    property bool bySentence: false

    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.formTextSize
    wrapMode: Text.Wrap

    // Set, not bound: a text whose width follows its own implicit width would otherwise be a
    // binding loop (a no-break space is as wide as a space, so setting it again changes nothing).
    function keepLastWordsTogether() {
        if (!bySentence)
            return;
        lastTwoWords.font = font;
        lastTwoWords.text = /\S+ \S+$/.exec(sentence)?.[0] ?? "";
        text = lastTwoWords.text !== "" && lastTwoWords.advanceWidth <= width ? Theme.unbrokenEnd(sentence) : sentence;
    }
    onSentenceChanged: {
        bySentence = true;
        keepLastWordsTogether();
    }
    onWidthChanged: keepLastWordsTogether()
    onFontChanged: keepLastWordsTogether()
    Component.onCompleted: {
        bySentence = bySentence || sentence !== "";
        keepLastWordsTogether();
    }

    TextMetrics {
        id: lastTwoWords
    }
}
