"""Soak: one window, 50,000 playback steps and 2,000 random edits of the real controls.

Nothing may raise (pytest-qt fails the test on an exception in any slot), the views must
show the controller's result after every edit, a refused edit must leave the last good
picture, and memory, graphics items and QObjects must stop growing after the warm-up.
"""

from __future__ import annotations

import gc
import itertools
import os
import time
import tracemalloc
from collections.abc import Callable

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from convstudio.core import PADDING_MODES
from convstudio.core.history import UNDO_DEPTH
from convstudio.main_window import MainWindow

SEED = 20_240_607
EDITS, STEPS = 2_000, 50_000
WARMUP_EDITS = 300  # first-use caches (fonts, label texts, pyqtgraph's) fill before the baseline
PUMP_EVERY = 100  # steps between processEvents(): the views really paint
# Growth allowed between the census after the warm-up and the last one. A healthy run
# grows ~4-5 MB RSS and ~0.8 MB traced while the label-text cache fills. Leaks injected
# per playback step (not committed) grew: a QGraphicsRectItem added to the input scene
# 76 MB RSS / 3.9 MB traced; a small tuple kept in a list 17 / 6.2 MB; an unparented
# QGraphicsRectItem kept alive 31 / 2.6 MB.
MAX_RSS_GROWTH_MB = 10.0
MAX_TRACED_GROWTH_MB = 2.0

pytestmark = pytest.mark.soak


def rss_mb() -> float:
    """Resident set size of this process, from /proc/self/statm."""
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def find(window: MainWindow, kind: type, name: str) -> QtWidgets.QWidget:
    """A control by its accessible name, or a check box by a word of its text."""
    for widget in window.controls.findChildren(kind):
        if widget.accessibleName() == name or (
            kind is QtWidgets.QCheckBox and name in widget.text()
        ):
            return widget
    raise LookupError(name)


def pick(rng: np.random.Generator, combo: QtWidgets.QComboBox) -> None:
    combo.setCurrentIndex(int(rng.integers(combo.count())))


Edit = Callable[[], list[Callable[[], None]]]  # the widget changes of one edit; [] if greyed


def make_edits(window: MainWindow, rng: np.random.Generator) -> list[Edit]:
    """Random edits through the real widgets, each a list of single widget changes."""

    def spin(name: str, lo: int, hi: int) -> Edit:
        box = find(window, QtWidgets.QSpinBox, name)
        # A greyed box (a fixed-size kernel, padding not explicit) cannot be edited.
        return lambda: [lambda: box.setValue(int(rng.integers(lo, hi + 1)))] * box.isEnabled()

    def combo(name: str) -> Edit:
        box = find(window, QtWidgets.QComboBox, name)
        return lambda: [lambda: pick(rng, box)]

    def check(text: str) -> Edit:
        box = find(window, QtWidgets.QCheckBox, text)
        return lambda: [box.toggle]

    padding = find(window, QtWidgets.QComboBox, "Padding")
    sides = ("top", "bottom", "left", "right")
    pads = [find(window, QtWidgets.QSpinBox, f"Padding {side}") for side in sides]
    fill = find(window, QtWidgets.QComboBox, "Fill mode")
    assert sorted(fill.itemData(i) for i in range(fill.count())) == sorted(PADDING_MODES)

    def explicit_pads() -> list[Callable[[], None]]:
        changes = [lambda: padding.setCurrentIndex(padding.findData("explicit"))]
        return changes + [lambda b=b: b.setValue(int(rng.integers(0, 9))) for b in pads]

    edits = [spin(f"Input {s}", 1, 64) for s in ("height", "width")]
    edits += [spin(f"Kernel {s}", 1, 11) for s in ("height", "width")]
    edits += [combo("Kernel weights"), combo("Input values"), combo("Padding"), explicit_pads]
    edits += [combo("Fill mode")] * 2  # reflect/circular often refused: exercise that path
    edits += [spin(f"Stride {s}", 1, 8) for s in ("height", "width")]
    edits += [spin(f"Dilation {s}", 1, 4) for s in ("height", "width")]
    edits += [check("flip"), check("heat map")]
    return edits


def make_steps(window: MainWindow, rng: np.random.Generator) -> tuple[list, list[float]]:
    """Playback moves and their weights: mostly timer ticks, as in a lecture."""
    c = window.controller

    def jump() -> None:
        c.step_by(int(rng.integers(-10, 11)))

    moves = [c.tick, lambda: c.step_by(1), lambda: c.step_by(-1), jump, c.first, c.last]
    return moves, [0.80, 0.06, 0.04, 0.04, 0.03, 0.03]


class Soak:
    """Drives the window and checks it after every move and edit."""

    def __init__(self, window: MainWindow) -> None:
        self.window, self.c = window, window.controller
        self.rng = np.random.default_rng(SEED)
        self.edits = make_edits(window, self.rng)
        self.moves, self.weights = make_steps(window, self.rng)
        self.message = window.controls.findChild(QtWidgets.QLabel, "message")
        self.steps = self.changes = self.refused = 0
        segments = self.rng.multinomial(STEPS, [1 / EDITS] * EDITS)  # steps after each edit
        self.segments = segments.tolist()

    def run(self, first: int, stop: int) -> None:
        for i in range(first, stop):
            changes: list[Callable[[], None]] = []
            while not changes:
                changes = self.rng.choice(self.edits)()
            for change in changes:
                before = self.c.walk
                change()
                self.changes += 1
                QtWidgets.QApplication.processEvents()
                self.check_change(before)
            for index in self.rng.choice(len(self.moves), self.segments[i], p=self.weights):
                self.moves[index]()
                self.steps += 1
                assert 0 <= self.c.step < self.c.walk.n_steps
                if self.steps % PUMP_EVERY == 0:
                    QtWidgets.QApplication.processEvents()
                    self.check_step()

    def check_change(self, before: object) -> None:
        c, win = self.c, self.window
        if c.error:
            self.refused += 1
            assert c.walk is before, "a refused change replaced the result"
            assert self.message.isVisible() and self.message.text() == c.error
        else:
            assert not self.message.isVisible()
        np.testing.assert_array_equal(win.output_view.values(), c.walk.output)
        np.testing.assert_array_equal(win.input_view.values(), c.walk.padded.array)
        np.testing.assert_array_equal(win.kernel_view.values(), c.walk.kernel)
        assert 0 <= c.step < c.walk.n_steps
        self.check_step()

    def check_step(self) -> None:
        c = self.c
        counter = self.window.playback.counter_text()
        assert counter.startswith(f"Step {c.step + 1} / {c.walk.n_steps}"), counter
        rows, cols = c.walk.window(c.step)
        taps = self.window.input_view.window_tap_rects()
        assert len(taps) == len(rows) * len(cols)

    def census(self) -> dict[str, float]:
        """Memory and object counts after a full collection.

        The undo history is emptied first: it is capped (UNDO_DEPTH snapshots), but which
        arrays its last 200 snapshots hold varies by megabytes and would read as growth.
        """
        history = self.c.history
        assert history.undo_count <= UNDO_DEPTH
        history.clear()
        QtWidgets.QApplication.processEvents()
        gc.collect()
        scenes = [v.findChild(QtWidgets.QGraphicsView).scene() for v in self.views()]
        return {
            "rss_mb": rss_mb(),
            "traced_mb": tracemalloc.get_traced_memory()[0] / 2**20,
            "scene_items": sum(len(s.items()) for s in scenes),
            "qobjects": len(self.window.findChildren(QtCore.QObject)),
        }

    def views(self) -> tuple:
        return self.window.input_view, self.window.kernel_view, self.window.output_view


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def leak_failures(census: list[dict[str, float]]) -> list[str]:
    """What grew between the first (after warm-up) and the last census beyond its bound."""
    first, last = census[0], census[-1]
    failures = []
    rss, traced = last["rss_mb"] - first["rss_mb"], last["traced_mb"] - first["traced_mb"]
    if rss > MAX_RSS_GROWTH_MB:
        failures.append(f"RSS grew {rss:.1f} MB (limit {MAX_RSS_GROWTH_MB})")
    if traced > MAX_TRACED_GROWTH_MB:
        failures.append(f"traced Python memory grew {traced:.2f} MB (limit {MAX_TRACED_GROWTH_MB})")
    for key in ("scene_items", "qobjects"):
        if last[key] != first[key]:
            failures.append(f"{key} {first[key]:.0f} → {last[key]:.0f}")
    return failures


def test_soak_steps_and_edits(window: MainWindow) -> None:
    soak = Soak(window)
    start = time.perf_counter()
    soak.run(0, WARMUP_EDITS)
    warm = time.perf_counter() - start
    tracemalloc.start()  # only from here: it roughly doubles the cost of Python allocations
    try:
        census = [soak.census()]
        bounds = np.linspace(WARMUP_EDITS, EDITS, 6).astype(int).tolist()
        for first, stop in itertools.pairwise(bounds):
            soak.run(first, stop)
            census.append(soak.census())
    finally:
        tracemalloc.stop()
    total = time.perf_counter() - start
    assert soak.steps == STEPS
    print(
        f"\nsoak: {EDITS} edits = {soak.changes} widget changes ({soak.refused} refused), "
        f"{soak.steps} steps in {total:.1f} s ({warm:.1f} s warm-up of {WARMUP_EDITS} edits, "
        f"the rest under tracemalloc); after edits {bounds}:"
    )
    for key in census[0]:
        print(f"  {key:<12}" + "".join(f"{c[key]:>9.2f}" for c in census))
    failures = leak_failures(census)
    assert not failures, "; ".join(failures)
