"""The browser peer's page: the kiosk's built-in slides as one HTML file, for headless Chromium.

It shows what the kiosk shows at 1920x1080: the clinic's bar, the slide (title, text, picture
beside it), and the footer with the progress dots and "Check in", in the same font, colours and
proportions. The slides take turns at the kiosk's own durations with the same 900 ms crossfade,
so a 30 s memory run shows the same slides in both.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path

from kiosk.core.paths import FONTS_DIR, DataDir
from kiosk.core.settings import Settings
from kiosk.core.slides.deck import Deck
from kiosk.core.slides.deck_source import DeckSource
from kiosk.core.slides.playlist import playing_now

# The Theme's values at a 1080-pixel short side (kiosk/qml/Kiosk/Theme.qml).
STYLE = """
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 400;
  src: url("{regular}"); }
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 700;
  src: url("{bold}"); }
html, body { margin: 0; height: 100%; overflow: hidden; background: #faf7f2;
  font-family: "Atkinson Hyperlegible", sans-serif; color: #1b2430; }
body { display: flex; flex-direction: column; }
header { background: #0b5560; color: #fff; font-weight: 700; font-size: 49px;
  padding: 0 32px; height: 108px; display: flex; align-items: center; }
main { position: relative; flex: 1; }
.slide { position: absolute; inset: 0; display: flex; align-items: center; gap: 48px;
  padding: 48px; box-sizing: border-box; opacity: 0; transition: opacity 900ms ease-in-out; }
.slide.shown { opacity: 1; }
.words { flex: 1; }
h1 { font-size: 92px; margin: 0 0 19px; line-height: 1.15; }
p { font-size: 51px; margin: 0; line-height: 1.3; }
.slide img { width: 45%; height: 100%; object-fit: contain; }
footer { height: 170px; background: #fff; border-top: 9px solid #c9c2b6; display: flex;
  align-items: center; justify-content: space-between; padding: 0 32px; }
.dots span { display: inline-block; width: 24px; height: 24px; border-radius: 50%;
  border: 4px solid #1b2430; margin-right: 16px; box-sizing: border-box; }
.dots span.on { background: #0b5560; border-color: #0b5560; }
button { font: 700 59px "Atkinson Hyperlegible"; color: #fff; background: #0b5560;
  border: 0; border-radius: 24px; width: 648px; height: 108px; }
"""

SCRIPT = """
const slides = [...document.querySelectorAll(".slide")];
const dots = [...document.querySelectorAll(".dots span")];
const seconds = %s;
let shown = 0;
function advance() {
  slides[shown].classList.remove("shown"); dots[shown].classList.remove("on");
  shown = (shown + 1) %% slides.length;
  slides[shown].classList.add("shown"); dots[shown].classList.add("on");
  setTimeout(advance, seconds[shown] * 1000);
}
setTimeout(advance, seconds[0] * 1000);
"""


def built_in_deck(scratch: Path) -> Deck:
    loaded = DeckSource(DataDir(scratch / "no-clinic-deck")).load()
    assert loaded.deck is not None, "the built-in deck must load"
    return loaded.deck


def write_slide_page(out: Path, scratch: Path) -> Path:
    """Write the page and return it; the pictures and fonts are referred to where they lie."""
    deck = built_in_deck(scratch)
    slides = playing_now(deck, datetime.now())
    defaults = Settings()
    clinic = html.escape(defaults.clinic_name)
    parts = []
    for number, slide in enumerate(slides):
        picture = deck.illustration_path(slide)
        image = f'<img src="{picture.as_uri()}" alt="">' if picture else ""
        parts.append(
            f'<section class="slide{" shown" if number == 0 else ""}">'
            f'<div class="words"><h1>{html.escape(slide.title)}</h1>'
            f"<p>{html.escape(slide.body)}</p></div>{image}</section>"
        )
    dots = "".join(
        f'<span class="{"on" if number == 0 else ""}"></span>' for number in range(len(slides))
    )
    style = STYLE.replace(
        "{regular}", (FONTS_DIR / "AtkinsonHyperlegible-Regular.ttf").as_uri()
    ).replace("{bold}", (FONTS_DIR / "AtkinsonHyperlegible-Bold.ttf").as_uri())
    seconds = json.dumps([round(slide.seconds * defaults.rotation_speed, 3) for slide in slides])
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{clinic}</title><style>{style}</style></head>"
        f"<body><header>{clinic}</header>"
        f"<main>{''.join(parts)}</main>"
        f'<footer><div class="dots">{dots}</div><button>Check in</button></footer>'
        f"<script>{SCRIPT % seconds}</script></body></html>"
    )
    out.write_text(page, encoding="utf-8")
    return out
