"""Modes beyond the single layer: each is a tab of the main window built on ModePage.

A mode page is a side panel of controls and a *stage* (its views above a playback
strip) in a splitter, like the single-layer page, so presenter mode (F9 hides the
panel) and export (the stage is what gets grabbed) treat every mode alike. The page
owns a ``Stepper`` — its controller — for the step, the timer and the speed; the
main window routes Space, ←, →, Home, End, + and − to the stepper of the tab in
front.

A page describes what it shows as a JSON-able dict (``state``/``set_state``), which is
how export renders it off-screen at another size, how sessions save it and how
presets and the command line open it. ``set_state`` refuses a bad dict with
ConfigError (a message saying what is wrong and how to fix it) and changes nothing.

Subclasses add their widgets to ``controls_layout`` and ``views_layout`` and override
``name``, ``title``, ``state``, ``set_state`` and, for text that depends on the
language, ``retranslate`` (called on every language change).
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from .stepper import Stepper
from .views.controls import MESSAGE_STYLE
from .views.playback_bar import PlaybackBar


def connect_playback(bar: PlaybackBar, stepper: Stepper) -> None:
    """Wire a playback strip to a stepper both ways (the step counter's words aside)."""
    bar.first_requested.connect(stepper.first)
    bar.prev_requested.connect(lambda: stepper.step_by(-1))
    bar.play_toggled.connect(stepper.toggle_play)
    bar.next_requested.connect(lambda: stepper.step_by(1))
    bar.last_requested.connect(stepper.last)
    bar.scrubbed.connect(stepper.scrub)
    bar.speed_edited.connect(stepper.set_speed)
    stepper.playing_changed.connect(bar.set_playing)
    stepper.speed_changed.connect(bar.set_speed)
    stepper.steps_changed.connect(bar.set_steps)
    bar.set_speed(stepper.speed)
    bar.set_steps(stepper.n_steps)


class ModePage(QtWidgets.QSplitter):
    """One mode tab: controls on the left, the stage (views + playback strip) on the right."""

    #: Stable id used by sessions, presets and the command line ("pooling", "compare", …).
    name = ""

    def __init__(self, stepper: Stepper, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.stepper = stepper
        self.controls = QtWidgets.QWidget()
        self.controls_layout = QtWidgets.QVBoxLayout(self.controls)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self.controls_layout.addWidget(self.message)
        side = QtWidgets.QScrollArea()
        side.setWidget(self.controls)
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side = side

        self.stage = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(self.stage)
        column.setContentsMargins(4, 4, 4, 4)
        self.views_layout = QtWidgets.QVBoxLayout()
        column.addLayout(self.views_layout, 1)
        self.playback = PlaybackBar()
        column.addWidget(self.playback)
        # The stage takes focus on entering the tab so ← / → step at once.
        self.stage.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)

        self.addWidget(side)
        self.addWidget(self.stage)
        self.setStretchFactor(1, 1)
        self.setCollapsible(1, False)
        self._connect_playback()

    def _connect_playback(self) -> None:
        connect_playback(self.playback, self.stepper)
        self.stepper.step_changed.connect(self._show_step_counter)

    def _show_step_counter(self, index: int) -> None:
        self.playback.set_step(index, self.step_counter(index))

    def refresh_counter(self) -> None:
        """Re-set the step counter (after a language change or a new walk)."""
        self.playback.set_steps(self.stepper.n_steps)
        self._show_step_counter(self.stepper.step)

    # --- for subclasses ---------------------------------------------------------------

    def title(self) -> str:
        """The tab's text, in the current language."""
        raise NotImplementedError

    def step_counter(self, index: int) -> str:
        """The playback strip's counter for step ``index``."""
        return self.tr("Step {i} / {n}").format(i=index + 1, n=self.stepper.n_steps)

    def state(self) -> dict[str, Any]:
        """What the page shows, as a JSON-able dict (the step is kept apart)."""
        raise NotImplementedError

    def set_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; ConfigError (changing nothing) when it cannot be shown."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-set every text the page sets itself; called on each language change."""

    def show_message(self, text: str) -> None:
        """Show an error in plain words at the top of the panel; empty text hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """On a language change, re-set the page's own texts."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh_counter()
        super().changeEvent(event)
