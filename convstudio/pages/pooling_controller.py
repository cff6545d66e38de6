"""The pooling tab's controller: its settings, the last good walk, stepping and errors.

``StateStepper`` is the whole pattern, parameterised by two core functions (check a
state dict, build the walk); the transposed-convolution tab's stepper reuses it.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from typing import Any

from PySide6 import QtCore

from convstudio.core import ConfigError
from convstudio.core.pool_state import POOL_DEFAULT, check_pool_state, pool_walk
from convstudio.stepper import Stepper


class StateStepper(Stepper):
    """Holds a page's settings (a state dict) and the walk of the last good ones.

    ``edit`` is for the controls: an impossible combination keeps the last good walk
    (the picture stays) and emits the message; the edited settings are remembered
    so the controls keep showing what the user typed. ``set_state`` is for sessions,
    presets and export: a bad dict raises ConfigError and changes nothing.
    """

    result_changed = QtCore.Signal(object)  # the new walk
    error_changed = QtCore.Signal(str)  # "" when the settings work
    settings_changed = QtCore.Signal()  # the settings changed other than by a control

    def __init__(
        self,
        check: Callable[[Any], dict[str, Any]],
        build: Callable[[dict[str, Any]], Any],
        default: dict[str, Any],
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._check, self._build = check, build
        self.settings = check(default)
        self.good = deepcopy(self.settings)
        self.walk = build(self.good)
        self.error = ""

    @property
    def n_steps(self) -> int:
        """One step per output cell of the last good walk."""
        return self.walk.n_steps

    def state(self) -> dict[str, Any]:
        """The settings the picture shows (a copy)."""
        return deepcopy(self.good)

    def set_state(self, state: Any) -> None:
        """Show ``state``; ConfigError (changing nothing) when it cannot be shown."""
        checked = self._check(state)
        self.settings = checked
        self._show(checked)
        self.settings_changed.emit()

    def edit(self, **changes: Any) -> None:
        """Apply control edits; an impossible combination keeps the last good walk."""
        settings = {**self.settings, **deepcopy(changes)}
        if settings.get("input_kind") != "custom":
            settings.pop("input_values", None)
        self.settings = settings
        try:
            checked = self._check(settings)
        except ConfigError as exc:
            self._set_error(str(exc))
            return
        self._show(checked)

    def retranslate(self) -> None:
        """Word the current error again in the new language (the core words it on raise)."""
        if self.error:
            self.edit()

    def _show(self, checked: dict[str, Any]) -> None:
        walk = self._build(checked)
        self.good = deepcopy(checked)
        self._set_error("")
        self.walk = walk
        self.clamp_step()  # the views draw the current step of the new result
        self.result_changed.emit(walk)
        self.reset_steps()

    def _set_error(self, text: str) -> None:
        if text != self.error:
            self.error = text
            self.error_changed.emit(text)


class PoolingStepper(StateStepper):
    """The pooling tab's settings and walk (a core PoolWalk)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(check_pool_state, pool_walk, POOL_DEFAULT, parent)
