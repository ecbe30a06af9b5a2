"""The line staff mode shows on a kiosk of a clinic: what its outbox worker last said, brought
from that worker's thread to the GUI thread by a queued signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.core.storage.clinic_push import PushState
from kiosk.ui.platform.translation import filled, shown


class ClinicLine(QObject):
    _arrived = Signal(object)

    def __init__(
        self, letter: str, show: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._letter = letter
        self._show = show
        self._state: PushState | None = None
        self._arrived.connect(self._take)

    def follow(self, state: PushState) -> None:
        """Called on the outbox worker's thread with each new state."""
        self._arrived.emit(state)

    @Slot(object)
    def _take(self, state: PushState) -> None:
        self._state = state
        self.retell()

    def retell(self) -> None:
        """Say the last state again (in the language staff mode speaks now)."""
        state = self._state
        if state is None:
            return
        if state.problem is None and state.waiting == 0:
            text = filled(self.tr("Kiosk %1 of the clinic: every check-in is sent."), self._letter)
        elif state.problem is None:
            text = filled(
                self.tr("Kiosk %1 of the clinic: sending %2 check-ins."),
                self._letter,
                state.waiting,
            )
        else:
            text = filled(
                self.tr("Kiosk %1 of the clinic: %2 check-ins wait here to be sent: %3."),
                self._letter,
                state.waiting,
                shown(state.problem),
            )
        self._show(text)
