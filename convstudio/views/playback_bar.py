"""The playback strip: step buttons, a scrubber over all steps, the speed and the step counter.

The bar owns no timer; it reports presses and shows what the controller tells it.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ..stepper import MAX_SPEED, MIN_SPEED

_ICON_PX = 64  # drawn large and scaled down, so icons stay crisp at any projector size

# Each icon is a list of shapes in a 0..1 box: ("tri", direction) or ("bar", x0, x1).
_SHAPES = {
    "first": [("bar", 0.18, 0.30), ("tri", -1, 0.30, 0.85)],
    "prev": [("tri", -1, 0.22, 0.78)],
    "play": [("tri", 1, 0.22, 0.85)],
    "pause": [("bar", 0.22, 0.42), ("bar", 0.58, 0.78)],
    "next": [("tri", 1, 0.22, 0.78)],
    "last": [("tri", 1, 0.15, 0.70), ("bar", 0.70, 0.82)],
}


def _icon(name: str, color: QtGui.QColor) -> QtGui.QIcon:
    """Draw a media icon from plain shapes; fonts on lecture PCs often lack ⏮ ⏭ ⏸."""
    pix = QtGui.QPixmap(_ICON_PX, _ICON_PX)
    pix.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    p.setPen(QtCore.Qt.PenStyle.NoPen)
    p.setBrush(color)
    s = _ICON_PX
    for kind, *args in _SHAPES[name]:
        if kind == "bar":
            x0, x1 = args
            p.drawRect(QtCore.QRectF(x0 * s, 0.18 * s, (x1 - x0) * s, 0.64 * s))
        else:
            direction, x0, x1 = args
            tip, base = (x1, x0) if direction > 0 else (x0, x1)
            p.drawPolygon(
                QtGui.QPolygonF(
                    [
                        QtCore.QPointF(base * s, 0.18 * s),
                        QtCore.QPointF(tip * s, 0.5 * s),
                        QtCore.QPointF(base * s, 0.82 * s),
                    ]
                )
            )
    p.end()
    return QtGui.QIcon(pix)


class PlaybackBar(QtWidgets.QWidget):
    """Buttons first / back / play-pause / forward / last, a scrubber, the speed and the counter."""

    first_requested = QtCore.Signal()
    prev_requested = QtCore.Signal()
    play_toggled = QtCore.Signal()
    next_requested = QtCore.Signal()
    last_requested = QtCore.Signal()
    scrubbed = QtCore.Signal(int)
    speed_edited = QtCore.Signal(float)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[str, QtGui.QIcon] = {}
        self._playing = False
        buttons = QtWidgets.QHBoxLayout()
        self._buttons: dict[str, QtWidgets.QToolButton] = {}
        for name, signal in (
            ("first", self.first_requested),
            ("prev", self.prev_requested),
            ("play", self.play_toggled),
            ("next", self.next_requested),
            ("last", self.last_requested),
        ):
            buttons.addWidget(self._make_button(name, signal))
        self._counter = QtWidgets.QLabel()
        self._counter.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
        )
        buttons.addSpacing(12)
        buttons.addWidget(self._counter, 1)
        buttons.addWidget(self._make_speed())
        self._slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self._slider.valueChanged.connect(self.scrubbed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._slider)
        layout.addLayout(buttons)
        self._restyle()
        self._retranslate()
        self.set_steps(0)

    def _retranslate(self) -> None:
        tips = {
            "first": self.tr("First step (Home)"),
            "prev": self.tr("Step back (←)"),
            "next": self.tr("Step forward (→)"),
            "last": self.tr("Last step (End)"),
        }
        for name, tip in tips.items():
            self._buttons[name].setToolTip(tip)
            self._buttons[name].setAccessibleName(tip)
        self.set_playing(self._playing)  # the play button's tip
        self._counter.setAccessibleName(self.tr("Step counter"))
        self._slider.setAccessibleName(self.tr("Step scrubber"))
        self._slider.setToolTip(self.tr("Drag to any step"))
        self._speed.setSuffix(self.tr(" steps/s"))
        self._speed.setAccessibleName(self.tr("Playback speed"))
        tip = self.tr("Playback speed, {lo}–{hi} steps per second (− / + keys)")
        self._speed.setToolTip(tip.format(lo=f"{MIN_SPEED:g}", hi=f"{MAX_SPEED:g}"))

    def _restyle(self) -> None:
        """Size the counter and buttons from the font and draw the icons in its ink."""
        font = QtGui.QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._counter.setFont(font)
        ink = self.palette().buttonText().color()
        self._icons = {name: _icon(name, ink) for name in _SHAPES}
        side = max(36, int(self.fontMetrics().height() * 2.2))
        for name, button in self._buttons.items():
            button.setIconSize(QtCore.QSize(side - 12, side - 12))
            button.setMinimumSize(side + (side // 2 if name == "play" else 0), side)
            button.setIcon(self._icons[name])
        self.set_playing(self._playing)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        # Presenter zoom and themes change the font and palette after construction.
        kind = event.type()
        restyle = kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.PaletteChange)
        if restyle and hasattr(self, "_counter") and self._buttons:
            self._restyle()
        elif kind == QtCore.QEvent.Type.LanguageChange and hasattr(self, "_slider"):
            self._retranslate()
        super().changeEvent(event)

    def _make_button(self, name: str, signal: QtCore.SignalInstance) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton()
        button.setObjectName(f"{name}_button")
        # Clicking must not take focus: the window's keys (Space, arrows) keep working.
        button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        button.clicked.connect(signal)
        self._buttons[name] = button
        return button

    def _make_speed(self) -> QtWidgets.QDoubleSpinBox:
        self._speed = QtWidgets.QDoubleSpinBox()
        self._speed.setRange(MIN_SPEED, MAX_SPEED)
        self._speed.setDecimals(1)
        self._speed.setStepType(QtWidgets.QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self._speed.setValue(2.0)
        self._speed.setKeyboardTracking(False)
        self._speed.valueChanged.connect(self.speed_edited)
        return self._speed

    def set_steps(self, n: int) -> None:
        """Let the scrubber span ``n`` steps (0 disables it)."""
        with QtCore.QSignalBlocker(self._slider):
            self._slider.setRange(0, max(n - 1, 0))
            self._slider.setPageStep(max(1, n // 10))
        self._slider.setEnabled(n > 1)

    def set_step(self, i: int, counter_text: str) -> None:
        """Move the scrubber to step ``i`` and show ``counter_text``."""
        with QtCore.QSignalBlocker(self._slider):
            self._slider.setValue(i)
        self._counter.setText(counter_text)

    def counter_text(self) -> str:
        """The step counter as shown, e.g. "Step 5 / 36 · row 0, col 4"."""
        return self._counter.text()

    def set_playing(self, playing: bool) -> None:
        """Show ⏸ while playing and ▶ while paused."""
        self._playing = playing
        button = self._buttons["play"]
        button.setIcon(self._icons["pause" if playing else "play"])
        tip = self.tr("Pause (Space)") if playing else self.tr("Play (Space)")
        button.setToolTip(tip)
        button.setAccessibleName(tip)

    def set_speed(self, v: float) -> None:
        """Show the playback speed in steps per second."""
        with QtCore.QSignalBlocker(self._speed):
            self._speed.setValue(v)

    def is_playing(self) -> bool:
        """Whether the bar currently shows the pause button."""
        return self._playing
