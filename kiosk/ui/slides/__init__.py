"""The slideshow: which slide plays, the clinic's branding on it, its pictures and QR codes."""
