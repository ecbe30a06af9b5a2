"""Where records are kept: the seam every user names, and the SQLite files behind it."""
