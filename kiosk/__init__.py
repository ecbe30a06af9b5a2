"""A waiting-room kiosk for clinics: an illustrated slideshow and walk-in check-in."""

__version__ = "0.1.0"
