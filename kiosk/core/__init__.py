"""Plain-Python rules of the kiosk. Nothing in this package imports Qt."""
