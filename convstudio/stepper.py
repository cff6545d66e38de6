"""Step-through playback shared by every mode: the current step, the timer and its speed.

A Stepper knows nothing about convolutions; a subclass says how many steps its
current result has (``n_steps``) and calls ``reset_steps`` when that result
changes. A tick goes down the same path as pressing → (``set_step``), one step at
a time: students must see every window position.
"""

from __future__ import annotations

from PySide6 import QtCore

MIN_SPEED, MAX_SPEED = 0.5, 60.0


class Stepper(QtCore.QObject):
    """The current step of a walk, and a precise playback timer moving it."""

    step_changed = QtCore.Signal(int)
    steps_changed = QtCore.Signal(int)  # the walk's number of steps changed
    playing_changed = QtCore.Signal(bool)
    speed_changed = QtCore.Signal(float)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
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

    @property
    def n_steps(self) -> int:
        """How many steps the current result has (at least 1); subclasses say."""
        return 1

    def clamp_step(self) -> None:
        """Keep the step inside a new result before announcing it (no signal).

        Views draw the current step when they hear of a new result; a shorter walk
        must not make them draw a step it does not have. ``reset_steps`` follows.
        """
        self.step = max(0, min(self.step, self.n_steps - 1))

    def reset_steps(self) -> None:
        """The result changed: announce its step count and keep the step inside it."""
        self.steps_changed.emit(self.n_steps)
        self.set_step(min(self.step, self.n_steps - 1), force=True)

    def set_step(self, index: int, *, force: bool = False) -> None:
        """Go to step ``index`` (clamped to the walk)."""
        index = max(0, min(int(index), self.n_steps - 1))
        if index != self.step or force:
            self.step = index
            self.step_changed.emit(index)

    def step_by(self, delta: int) -> None:
        """Move ``delta`` steps; a manual step pauses playback."""
        self.pause()
        self.set_step(self.step + delta)

    def first(self) -> None:
        """Go to the first step."""
        self.pause()
        self.set_step(0)

    def last(self) -> None:
        """Go to the last step (the whole result revealed)."""
        self.pause()
        self.set_step(self.n_steps - 1)

    def scrub(self, index: int) -> None:
        """The scrubber was dragged to ``index``: pause and go there."""
        self.pause()
        self.set_step(index)

    @property
    def playing(self) -> bool:
        """Whether the playback timer runs."""
        return self._timer.isActive()

    def toggle_play(self) -> None:
        """Space: play from here (from the start when at the end), or pause."""
        if self.playing:
            self.pause()
            return
        if self.step >= self.n_steps - 1:
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
        """One timer tick: exactly one step forward, pausing at the end."""
        if self.step >= self.n_steps - 1:
            self.pause()
            return
        self.set_step(self.step + 1)
        if self.step >= self.n_steps - 1:
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
