"""The transposed-convolution tab's controller: the pooling tab's StateStepper, own state."""

from __future__ import annotations

from PySide6 import QtCore

from convstudio.core.transposed_state import (
    TRANSPOSED_DEFAULT,
    check_transposed_state,
    transposed_walk,
)

from .pooling_controller import StateStepper


class TransposedStepper(StateStepper):
    """The transposed-convolution tab's settings and walk (a core TransposedWalk)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(check_transposed_state, transposed_walk, TRANSPOSED_DEFAULT, parent)
