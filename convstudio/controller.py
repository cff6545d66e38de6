"""The controller: holds what the lecturer asked for, the last good result, and playback.

Views never compute. Every edit goes through here: the requested settings are
stored, the core is asked for a new Walk, and only when that succeeds (and the
result differs) do the views hear ``result_changed``. An impossible setting
emits ``error_changed`` with the core's message and leaves the last good
picture on screen.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from .core import ConfigError, ConvParams, Walk
from .core.samples import kernel_fixed_size, make_input, make_kernel

MIN_SPEED, MAX_SPEED = 0.5, 60.0


class Controller(QtCore.QObject):
    """Owns the settings, the current Walk, the step and the playback timer."""

    result_changed = QtCore.Signal(object)  # Walk
    step_changed = QtCore.Signal(int)
    error_changed = QtCore.Signal(str)  # "" when the settings are valid again
    playing_changed = QtCore.Signal(bool)
    speed_changed = QtCore.Signal(float)
    settings_changed = QtCore.Signal()  # kinds/shapes/params changed: resync the controls

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.input_kind, self.kernel_kind = "random", "sobel_x"
        self.input_seed = 0
        self.input = make_input(self.input_kind, 7, 7, self.input_seed)
        self.kernel = make_kernel(self.kernel_kind, 3, 3)
        self.params = ConvParams(padding="same")
        self.walk: Walk = Walk(self.input, self.kernel, self.params)
        self.error = ""
        self.step = 0
        self.speed = 2.0
        # A precise timer: at 60 steps/s a coarse timer's 5 % slack would drop ticks.
        self._timer = QtCore.QTimer(self)
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._timer.setInterval(self._interval_ms())

    # --- settings --------------------------------------------------------------------

    def set_params(self, params: ConvParams) -> None:
        """Stride, padding, dilation, fill mode or flip edited."""
        self.params = params
        self._recompute()

    def set_input(self, kind: str, h: int, w: int) -> None:
        """Input kind or size edited; typed ("custom") values are kept where they still fit."""
        if kind == "custom":
            grown = np.zeros((h, w))
            rows, cols = min(h, self.input.shape[0]), min(w, self.input.shape[1])
            grown[:rows, :cols] = self.input[:rows, :cols]
            self.input = grown
        else:
            values = self._generate(make_input, kind, h, w, self.input_seed)
            if values is None:
                return
            self.input = values
        self.input_kind = kind
        self._recompute()

    def new_random(self) -> None:
        """Draw new random input values (switches the input to "random")."""
        self.input_seed += 1
        self.set_input("random", *self.input.shape)

    def set_input_values(self, values: np.ndarray, kind: str = "custom") -> None:
        """Replace the whole input (an opened image, a session); ``kind`` names its origin."""
        self.input = np.array(values, dtype=float)
        self.input_kind = kind
        self._recompute()

    def set_input_cell(self, row: int, col: int, value: float) -> None:
        """A value typed into one input cell."""
        self.input = self.input.copy()
        self.input[row, col] = value
        self.input_kind = "custom"
        self._recompute()

    def set_kernel(self, kind: str, kh: int, kw: int) -> None:
        """Kernel preset or size edited; presets defined at one size (Sobel…) force it."""
        fixed = kernel_fixed_size(kind) if kind != "custom" else None
        kh, kw = fixed or (kh, kw)
        if kind == "custom":
            grown = np.zeros((kh, kw))
            rows, cols = min(kh, self.kernel.shape[0]), min(kw, self.kernel.shape[1])
            grown[:rows, :cols] = self.kernel[:rows, :cols]
            self.kernel = grown
        else:
            values = self._generate(make_kernel, kind, kh, kw, 0)
            if values is None:
                return
            self.kernel = values
        self.kernel_kind = kind
        self._recompute()

    def set_kernel_cell(self, row: int, col: int, value: float) -> None:
        """A value typed into one kernel cell."""
        self.kernel = self.kernel.copy()
        self.kernel[row, col] = value
        self.kernel_kind = "custom"
        self._recompute()

    def _generate(self, make, kind: str, h: int, w: int, seed: int) -> np.ndarray | None:
        try:
            return make(kind, h, w, seed)
        except ConfigError as exc:
            self._set_error(str(exc))
            return None

    def _recompute(self) -> None:
        self.settings_changed.emit()
        try:
            walk = Walk(self.input, self.kernel, self.params)
        except ConfigError as exc:
            self._set_error(str(exc))
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

    def _set_error(self, message: str) -> None:
        if message != self.error:
            self.error = message
            self.error_changed.emit(message)

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

    def set_speed(self, steps_per_second: float) -> None:
        """Playback speed in steps per second, clamped to [0.5, 60]."""
        speed = float(min(max(steps_per_second, MIN_SPEED), MAX_SPEED))
        if speed != self.speed:
            self.speed = speed
            self._timer.setInterval(self._interval_ms())
            self.speed_changed.emit(speed)

    def change_speed(self, factor: float) -> None:
        """+ / − keys: multiply the speed."""
        self.set_speed(self.speed * factor)

    def _interval_ms(self) -> int:
        return max(1, round(1000.0 / self.speed))
