"""The ``kiosk`` command and its sub-commands."""

from kiosk.cli.main import main

__all__ = ["main"]
