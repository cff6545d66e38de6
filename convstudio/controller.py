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
from .core.samples import kernel_fixed_size, make_input, make_kernel
from .core.session import Session

MIN_SPEED, MAX_SPEED = 0.5, 60.0


def _resized(values: np.ndarray, h: int, w: int) -> np.ndarray:
    """``values`` cropped or zero-extended to (h, w): typed values survive a resize."""
    grown = np.zeros((h, w))
    rows, cols = min(h, values.shape[0]), min(w, values.shape[1])
    grown[:rows, :cols] = values[:rows, :cols]
    return grown


def _frozen(values: np.ndarray) -> np.ndarray:
    # Snapshots share arrays, so an in-place write would silently rewrite history.
    values.setflags(write=False)
    return values


class Controller(QtCore.QObject):
    """Owns the settings, the current Walk, the step and the playback timer."""

    result_changed = QtCore.Signal(object)  # Walk
    step_changed = QtCore.Signal(int)
    error_changed = QtCore.Signal(str)  # "" when the settings are valid again
    playing_changed = QtCore.Signal(bool)
    speed_changed = QtCore.Signal(float)
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
        self.step = 0
        self.speed = 2.0
        # A precise timer: at 60 steps/s a coarse timer's 5 % slack would drop ticks.
        self._timer = QtCore.QTimer(self)
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.setInterval(self._interval_ms())
        self._clock = QtCore.QElapsedTimer()  # playback time since the last (re)start
        self._clock.start()
        self._ticks = 0

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
                self.input = _frozen(_resized(self.input, h, w))
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
                self.kernel = _frozen(_resized(self.kernel, kh, kw))
            else:
                values = self._generate(make_kernel, kind, kh, kw, self.kernel_seed)
                if values is None:
                    return
                self.kernel = _frozen(values)
            self.kernel_kind = kind
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
        self.set_step(min(self.step, walk.n_steps - 1), force=True)

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

    # --- playback ---------------------------------------------------------------------

    def set_step(self, index: int, *, force: bool = False) -> None:
        """Go to step ``index`` (clamped to the walk)."""
        index = max(0, min(int(index), self.walk.n_steps - 1))
        if index != self.step or force:
            self.step = index
            self.step_changed.emit(index)

    def step_by(self, delta: int) -> None:
        """Move ``delta`` steps; a manual step pauses playback."""
        self.pause()
        self.set_step(self.step + delta)

    def first(self) -> None:
        """Go to the first window position."""
        self.pause()
        self.set_step(0)

    def last(self) -> None:
        """Go to the last window position (the whole output revealed)."""
        self.pause()
        self.set_step(self.walk.n_steps - 1)

    @property
    def playing(self) -> bool:
        """Whether the playback timer runs."""
        return self._timer.isActive()

    def toggle_play(self) -> None:
        """Space: play from here (from the start when at the end), or pause."""
        if self.playing:
            self.pause()
            return
        if self.step >= self.walk.n_steps - 1:
            self.set_step(0)
        self._restart_clock()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        """Stop the playback timer."""
        if self.playing:
            self._timer.stop()
            self.playing_changed.emit(False)

    def tick(self) -> None:
        """One timer tick: exactly one step forward (students must see every window)."""
        if self.step >= self.walk.n_steps - 1:
            self.pause()
            return
        self.set_step(self.step + 1)
        if self.step >= self.walk.n_steps - 1:
            self.pause()

    def _on_timer_timeout(self) -> None:
        # Whole-millisecond intervals would play 60 steps/s as 58.8 (17 ms each): aim every
        # tick at the exact instant k / speed instead. After a stall of more than a period,
        # go on from now rather than rush through the late steps.
        self._ticks += 1
        delay = (self._ticks + 1) * 1000.0 / self.speed - self._clock.elapsed()
        if delay < 0:
            self._restart_clock()
            delay = 1000.0 / self.speed
        self._timer.setInterval(max(1, round(delay)))
        self.tick()

    def _restart_clock(self) -> None:
        self._ticks = 0
        self._clock.restart()
        self._timer.setInterval(self._interval_ms())

    def set_speed(self, steps_per_second: float) -> None:
        """Playback speed in steps per second, clamped to [0.5, 60]."""
        speed = float(min(max(steps_per_second, MIN_SPEED), MAX_SPEED))
        if speed != self.speed:
            self.speed = speed
            self._restart_clock()
            self.speed_changed.emit(speed)

    def change_speed(self, factor: float) -> None:
        """+ / − keys: multiply the speed."""
        self.set_speed(self.speed * factor)

    def _interval_ms(self) -> int:
        return max(1, round(1000.0 / self.speed))
