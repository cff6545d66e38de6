"""A Stepper that owns a settings dict and the last good walk built from it.

The channels and sequence tabs both work this way: the page's state *is* the settings
dict; an edit replaces some values and asks the core for a new walk; only a walk
that could be built reaches the views, while an impossible setting is reported as a
message and the last good walk (and its settings, what ``state`` returns) stays.
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from PySide6 import QtCore

from convstudio.core import ConfigError
from convstudio.stepper import Stepper


class SettingsStepper(Stepper):
    """Requested settings, the settings and walk on screen, the step and the message.

    Subclasses set ``defaults`` and implement ``check`` (a state dict → checked settings,
    ConfigError naming the bad field) and ``build`` (settings → walk, ConfigError when
    they cannot work); ``adjust`` may tie settings together (a fixed-size kernel).
    """

    result_changed = QtCore.Signal(object)  # the new walk
    error_changed = QtCore.Signal(str)  # "" when the settings work again
    settings_changed = QtCore.Signal()  # resync the controls

    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = dict(self.defaults)
        self.shown = dict(self.defaults)
        self.walk = self.build(self.settings)
        self.error = ""

    # --- for subclasses -----------------------------------------------------------------

    def check(self, state: Any) -> dict[str, Any]:
        """The settings ``state`` describes (ConfigError when malformed)."""
        raise NotImplementedError

    def build(self, settings: dict[str, Any]) -> Any:
        """The walk ``settings`` describe (ConfigError when they cannot work)."""
        raise NotImplementedError

    def adjust(self, settings: dict[str, Any]) -> dict[str, Any]:
        """Settings made consistent after an edit (default: as they are)."""
        return settings

    # --- edits --------------------------------------------------------------------------

    @property
    def n_steps(self) -> int:
        """The current walk's steps."""
        return self.walk.n_steps

    def update(self, **changes: Any) -> None:
        """Controls edited: apply ``changes`` to the requested settings and recompute."""
        self.settings = self.adjust({**self.settings, **changes})
        try:
            walk = self.build(self.settings)
        except ConfigError as exc:
            self._set_error(str(exc))
        else:
            self._set_error("")
            self._show(walk, self.settings)
        # After the walk: the controls show the padding amounts it resolved to.
        self.settings_changed.emit()

    def set_state(self, state: Any) -> None:
        """Show ``state``; ConfigError, changing nothing, when it is malformed or impossible."""
        settings = self.check(state)
        walk = self.build(settings)
        self.pause()
        self.settings = settings
        self._set_error("")
        self._show(walk, settings)
        self.settings_changed.emit()

    def state(self) -> dict[str, Any]:
        """The settings of the picture on screen, JSON-able."""
        return copy.deepcopy(self.shown)

    def retranslate(self) -> None:
        """Word the current error again in the current language (the core words on raising)."""
        if self.error:
            try:
                self.build(self.settings)
            except ConfigError as exc:
                self._set_error(str(exc))

    def _show(self, walk: Any, settings: dict[str, Any]) -> None:
        if settings == self.shown:
            return  # the same picture: keep the step and the views as they are
        self.shown = dict(settings)
        self.walk = walk
        # Views draw the current step on result_changed: it must exist in the new walk.
        self.step = min(self.step, walk.n_steps - 1)
        self.result_changed.emit(walk)
        self.reset_steps()

    def _set_error(self, message: str) -> None:
        if message != self.error:
            self.error = message
            self.error_changed.emit(message)
