"""The controller: holds what the lecturer asked for, the last good result, and playback.

Views never compute. Every edit goes through here: the requested settings are
stored, the core is asked for a new Walk, and only when that succeeds (and the
result differs) do the views hear ``result_changed``. An impossible setting
emits ``error_changed`` with the core's message and leaves the last good
picture on screen.

Every edit is undoable: before it, the whole edit state is snapshotted as a
core Session (cheap, since arrays are never changed in place, only replaced, so
snapshots share them). Playback steps are not edits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import numpy as np
from PySide6 import QtCore

from .core import ConfigError, ConvParams, Walk
from .core.history import History
from .core.samples import kernel_fixed_size, make_input, make_kernel, resized
from .core.session import Session
from .stepper import Stepper


def _frozen(values: np.ndarray) -> np.ndarray:
    # Snapshots share arrays, so an in-place write would silently rewrite history.
    values.setflags(write=False)
    return values


class Controller(Stepper):
    """Owns the settings and the current Walk; playback (step, timer) comes from Stepper."""

    result_changed = QtCore.Signal(object)  # Walk
    error_changed = QtCore.Signal(str)  # "" when the settings are valid again
    settings_changed = QtCore.Signal()  # kinds/shapes/params changed: resync the controls
    coverage_changed = QtCore.Signal(bool)
    view_changed = QtCore.Signal(object)  # dict of presenter options from an opened session
    undo_changed = QtCore.Signal()  # can_undo / can_redo may have changed

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.input_kind, self.kernel_kind = "random", "sobel_x"
        self.input_seed, self.kernel_seed = 0, 0
        self.input = _frozen(make_input(self.input_kind, 7, 7, self.input_seed))
        self.kernel = _frozen(make_kernel(self.kernel_kind, 3, 3))
        self.params = ConvParams(padding="same")
        self.coverage = False
        self.view: dict[str, Any] = {}
        self.history = History()
        self._editing = 0
        self.walk: Walk = Walk(self.input, self.kernel, self.params)
        self.error = ""
        self._recheck: Callable[[], object] | None = None  # raises the current error again

    # --- settings --------------------------------------------------------------------

    def set_params(self, params: ConvParams) -> None:
        """Stride, padding, dilation, fill mode or flip edited."""
        # Normalised (stride=2 → (2, 2)) so the controls can show it and undo compares alike;
        # an impossible setting is kept as given and explained by _recompute.
        with suppress(ConfigError):
            params = params.checked()
        with self._edit():
            self.params = params
            self._recompute()

    def set_input(self, kind: str, h: int, w: int) -> None:
        """Input kind or size edited; typed ("custom") values are kept where they still fit."""
        with self._edit():
            if kind == "custom":
                self.input = _frozen(resized(self.input, h, w))
            else:
                values = self._generate(make_input, kind, h, w, self.input_seed)
                if values is None:
                    return
                self.input = _frozen(values)
            self.input_kind = kind
            self._recompute()

    def new_random(self) -> None:
        """Draw new random input values (switches the input to "random")."""
        with self._edit():
            self.input_seed += 1
            self.set_input("random", *self.input.shape)

    def set_input_values(self, values: np.ndarray, kind: str = "custom") -> None:
        """Replace the whole input (an opened image, a session); ``kind`` names its origin."""
        with self._edit():
            self.input = _frozen(np.array(values, dtype=float))
            self.input_kind = kind
            self._recompute()

    def set_input_cell(self, row: int, col: int, value: float) -> None:
        """A value typed into one input cell."""
        with self._edit():
            values = self.input.copy()
            values[row, col] = value
            self.input = _frozen(values)
            self.input_kind = "custom"
            self._recompute()

    def set_kernel(self, kind: str, kh: int, kw: int) -> None:
        """Kernel preset or size edited; presets defined at one size (Sobel…) force it."""
        fixed = kernel_fixed_size(kind) if kind != "custom" else None
        kh, kw = fixed or (kh, kw)
        with self._edit():
            if kind == "custom":
                self.kernel = _frozen(resized(self.kernel, kh, kw))
            else:
                values = self._generate(make_kernel, kind, kh, kw, self.kernel_seed)
                if values is None:
                    return
                self.kernel = _frozen(values)
            self.kernel_kind = kind
            self._recompute()

    def set_kernel_values(self, values: np.ndarray) -> None:
        """Replace the whole kernel (typed or pasted as a table)."""
        with self._edit():
            self.kernel = _frozen(np.array(values, dtype=float))
            self.kernel_kind = "custom"
            self._recompute()

    def set_kernel_cell(self, row: int, col: int, value: float) -> None:
        """A value typed into one kernel cell."""
        with self._edit():
            values = self.kernel.copy()
            values[row, col] = value
            self.kernel = _frozen(values)
            self.kernel_kind = "custom"
            self._recompute()

    def set_coverage(self, on: bool) -> None:
        """Coverage heat map ticked or cleared (an edit: it is part of what a session shows)."""
        on = bool(on)
        if on != self.coverage:
            with self._edit():
                self.coverage = on
            self.coverage_changed.emit(on)

    def _generate(self, make, kind: str, h: int, w: int, seed: int) -> np.ndarray | None:
        try:
            return make(kind, h, w, seed)
        except ConfigError as exc:
            self._set_error(str(exc), lambda: make(kind, h, w, seed))
            return None

    def _recompute(self) -> None:
        self.settings_changed.emit()
        values, kernel, params = self.input, self.kernel, self.params
        try:
            walk = Walk(values, kernel, params)
        except ConfigError as exc:
            self._set_error(str(exc), lambda: Walk(values, kernel, params))
            return
        self._set_error("")
        if self._same_result(walk):
            return
        self.walk = walk
        self.result_changed.emit(walk)
        self.reset_steps()

    def _same_result(self, walk: Walk) -> bool:
        old = self.walk
        return (
            walk.params == old.params
            and np.array_equal(walk.input, old.input)
            and np.array_equal(walk.kernel, old.kernel)
        )

    def _set_error(self, message: str, recheck: Callable[[], object] | None = None) -> None:
        self._recheck = recheck if message else None
        if message != self.error:
            self.error = message
            self.error_changed.emit(message)

    def retranslate(self) -> None:
        """Word the current error again in the current language (the core words it on raising)."""
        if self._recheck is None:
            return
        try:
            self._recheck()
        except ConfigError as exc:
            self._set_error(str(exc), self._recheck)

    # --- sessions and undo -----------------------------------------------------------

    def snapshot(self) -> Session:
        """The current edit state, step and view as a Session (arrays shared, not copied)."""
        return Session(
            input=self.input,
            kernel=self.kernel,
            params=self.params,
            input_kind=self.input_kind,
            input_seed=self.input_seed,
            kernel_kind=self.kernel_kind,
            kernel_seed=self.kernel_seed,
            step=self.step,
            coverage=self.coverage,
            view=dict(self.view),
        )

    def open_session(self, session: Session, *, record: bool = True) -> None:
        """Show a whole session or preset, at its step; one undo step unless ``record`` is off.

        Its ``view`` options replace the current ones (``view_changed``) but, like the
        step, are not part of undo.
        """
        self.pause()
        if record:
            with self._edit():
                self._apply(session)
        else:
            self._apply(session)
        self.set_step(session.step, force=True)
        # Always emitted: the presenter may have changed its options since the last open.
        self.view = dict(session.view)
        self.view_changed.emit(self.view)

    def undo(self) -> None:
        """Go back to the state before the last edit (Ctrl+Z)."""
        self._travel(self.history.undo(self.snapshot()))

    def redo(self) -> None:
        """Re-apply the last undone edit (Ctrl+Shift+Z, Ctrl+Y)."""
        self._travel(self.history.redo(self.snapshot()))

    def clear_history(self) -> None:
        """Forget every undo and redo step (a fresh start)."""
        self.history.clear()
        self.undo_changed.emit()

    def _travel(self, state: Session | None) -> None:
        if state is not None:
            self._apply(state)
            self.undo_changed.emit()

    @contextmanager
    def _edit(self) -> Iterator[None]:
        """Record one undo step for whatever the block changes; nested edits record once."""
        before = None if self._editing else self.snapshot()
        self._editing += 1
        try:
            yield
        finally:
            self._editing -= 1
        if before is not None and not before.same_settings(self.snapshot()):
            self.history.record(before)
            self.undo_changed.emit()

    def _apply(self, state: Session) -> None:
        self.input, self.kernel = _frozen(state.input), _frozen(state.kernel)
        self.input_kind, self.input_seed = state.input_kind, state.input_seed
        self.kernel_kind, self.kernel_seed = state.kernel_kind, state.kernel_seed
        self.params = state.params
        self._recompute()
        if state.coverage != self.coverage:
            self.coverage = state.coverage
            self.coverage_changed.emit(self.coverage)

    # --- playback ----------------------------------------------------------------------

    @property
    def n_steps(self) -> int:
        """One step per output cell of the current walk."""
        return self.walk.n_steps
