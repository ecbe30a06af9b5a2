"""The deck of slides: its file, its rules, which slides play, and their pictures."""
