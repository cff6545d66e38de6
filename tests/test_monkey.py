"""Monkey test: a minute of random keys, clicks, control changes, presets and menu actions.

One window, one process, a seeded RNG. Every modal dialog the app can open is patched to
answer at once (listed in ``patch_dialogs``); a DialogWatch closes anything that still
opens and fails the test. After every action the window must be consistent with its
controller, no exception may have escaped (pytest-qt's capture and the crash guard's
count), and the guard must not have been called. Longer runs:
``CONVSTUDIO_MONKEY_SECONDS=600``; another sequence: ``CONVSTUDIO_MONKEY_SEED=7``.
"""

from __future__ import annotations

import collections
import os
import re
import time
from collections.abc import Callable

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import crash, presenter, sessions_ui
from convstudio.main_window import MainWindow
from convstudio.selftest import DialogWatch
from convstudio.views.grid_view import GridView

SEED = int(os.environ.get("CONVSTUDIO_MONKEY_SEED", "20240611"))
SECONDS = float(os.environ.get("CONVSTUDIO_MONKEY_SECONDS", "60"))
Key, Mod = QtCore.Qt.Key, QtCore.Qt.KeyboardModifier
KEYS = [
    (Key.Key_Space, Mod.NoModifier),
    (Key.Key_Left, Mod.NoModifier),
    (Key.Key_Right, Mod.NoModifier),
    (Key.Key_Home, Mod.NoModifier),
    (Key.Key_End, Mod.NoModifier),
    (Key.Key_Plus, Mod.NoModifier),
    (Key.Key_Minus, Mod.NoModifier),
    (Key.Key_Z, Mod.ControlModifier),
    (Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier),
    (Key.Key_F11, Mod.NoModifier),
    (Key.Key_Equal, Mod.ControlModifier),
    (Key.Key_Minus, Mod.ControlModifier),
    (Key.Key_0, Mod.ControlModifier),
    (Key.Key_F9, Mod.NoModifier),
    (Key.Key_Escape, Mod.NoModifier),
    (Key.Key_I, Mod.ControlModifier),
    (Key.Key_Up, Mod.NoModifier),
    (Key.Key_Down, Mod.NoModifier),
    (Key.Key_PageDown, Mod.ControlModifier),  # the next mode tab
    (Key.Key_PageUp, Mod.ControlModifier),
    *((getattr(Key, f"Key_{n}"), Mod.ControlModifier) for n in range(1, 10)),
]
# Menu entries left out: Quit ends the run; the Language menu switches the whole
# application (other tests in this process expect English).
SKIPPED_MENUS = ("&Quit", "&Language")


def patch_dialogs(
    monkeypatch: pytest.MonkeyPatch, rng: np.random.Generator
) -> collections.Counter[str]:
    """Make every modal dialog return at once; counts calls by name (all names present)."""
    buttons = QtWidgets.QMessageBox.StandardButton
    answers = [buttons.Yes, buttons.No, buttons.Ok, buttons.Cancel]

    def get_double(*args: object, **kwargs: object) -> tuple[float, bool]:
        value = float(rng.choice([rng.integers(-9, 10), rng.normal() * 100, 1e6, -1e6, 0.5]))
        return value, bool(rng.random() < 0.85)

    patched: dict[type, dict[str, Callable]] = {
        QtWidgets.QInputDialog: {
            "getDouble": get_double,
            "getInt": lambda *a, **k: (0, False),
            "getText": lambda *a, **k: ("", False),
            "getItem": lambda *a, **k: ("", False),
            "getMultiLineText": lambda *a, **k: ("", False),
        },
        QtWidgets.QMessageBox: {
            name: lambda *a, **k: answers[int(rng.integers(len(answers)))]
            for name in ("warning", "information", "critical", "question")
        }
        | {"about": lambda *a, **k: None, "aboutQt": lambda *a, **k: None},
        QtWidgets.QFileDialog: {
            "getOpenFileName": lambda *a, **k: ("", ""),
            "getSaveFileName": lambda *a, **k: ("", ""),
            "getOpenFileNames": lambda *a, **k: ([], ""),
            "getExistingDirectory": lambda *a, **k: "",
        },
    }
    # A custom QDialog's exec() (export options, open image, shortcut overview) and a
    # QMessageBox built by hand: cancelled.
    patched[QtWidgets.QDialog] = {"exec": lambda self: 0}
    patched[QtWidgets.QMessageBox]["exec"] = lambda self: int(buttons.Cancel.value)
    calls: collections.Counter[str] = collections.Counter()
    for cls, functions in patched.items():
        for name, function in functions.items():
            label = f"{cls.__name__}.{name}"
            calls[label] = 0
            monkeypatch.setattr(cls, name, _counted(function, label, calls))
    return calls


def _counted(function: Callable, label: str, calls: collections.Counter[str]) -> Callable:
    def answer(*args: object, **kwargs: object) -> object:
        calls[label] += 1
        return function(*args, **kwargs)

    return answer


class Monkey:
    """Picks random actions, performs them and checks the window after each."""

    def __init__(self, window: MainWindow, qtbot, rng: np.random.Generator) -> None:
        self.window, self.qtbot, self.rng, self.c = window, qtbot, rng, window.controller
        self.views = (window.input_view, window.kernel_view, window.output_view)
        self.message = window.controls.findChild(QtWidgets.QLabel, "message")
        self.presets = sessions_ui.of(window).presets_menu.actions()
        self.menu_actions = _menu_actions(window.menuBar())
        self.counts: collections.Counter[str] = collections.Counter()
        self.actions: list[tuple[Callable[[], str], float]] = [
            (self.key, 0.30),
            (self.mouse, 0.20),
            (self.control, 0.25),
            (self.preset, 0.05),
            (self.menu_action, 0.05),
            (self.tick, 0.10),
            (self.wait, 0.05),
        ]

    def step(self) -> str:
        functions, weights = zip(*self.actions, strict=True)
        function = functions[int(self.rng.choice(len(functions), p=weights))]
        self.counts[function.__name__] += 1
        description = function()
        QtWidgets.QApplication.processEvents()
        return description

    # --- actions ----------------------------------------------------------------------

    def key(self) -> str:
        key, mod = KEYS[int(self.rng.integers(len(KEYS)))]
        # Mostly at the window, as a lecturer does; sometimes at whatever has focus.
        target = self.window
        focus = QtWidgets.QApplication.focusWidget()
        if focus is not None and self.rng.random() < 0.3:
            target = focus
        self.qtbot.keyClick(target, key, mod)
        return (
            f"key {QtGui.QKeySequence(mod.value | key.value).toString()} to {type(target).__name__}"
        )

    def _front(self) -> tuple[QtWidgets.QWidget, QtWidgets.QWidget, tuple]:
        """The front tab's controls, playback strip and grids."""
        page = self.window.active_page()
        if page is None:
            return self.window.controls, self.window.playback, self.views
        return page.controls, page.playback, tuple(page.stage.findChildren(GridView))

    def mouse(self) -> str:
        views = self._front()[2]
        if not views:
            return "no grid to click"
        index = int(self.rng.integers(len(views)))
        view = views[index]
        viewport = view.findChild(QtWidgets.QGraphicsView).viewport()
        size = viewport.size()
        at = QtCore.QPoint(
            int(self.rng.integers(max(1, size.width()))),
            int(self.rng.integers(max(1, size.height()))),
        )
        kind = self.rng.choice(["click", "move", "drag", "wheel"], p=[0.5, 0.3, 0.1, 0.1])
        left = QtCore.Qt.MouseButton.LeftButton
        if kind == "click":
            self.qtbot.mouseClick(viewport, left, pos=at)
        elif kind == "move":
            self.qtbot.mouseMove(viewport, at)
        elif kind == "drag":
            self.qtbot.mousePress(viewport, left, pos=at)
            self.qtbot.mouseMove(viewport, at + QtCore.QPoint(15, -10))
            self.qtbot.mouseRelease(viewport, left, pos=at + QtCore.QPoint(15, -10))
        else:
            _wheel(viewport, at, int(self.rng.choice([-120, 120])))
        return f"mouse {kind} at ({at.x()}, {at.y()}) on grid {index} of the front tab"

    def control(self) -> str:
        controls, playback, _views = self._front()
        widgets = [
            w
            for kind in (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox, QtWidgets.QCheckBox)
            for w in controls.findChildren(kind)
        ]
        widgets += playback.findChildren(QtWidgets.QAbstractSpinBox)
        widgets += playback.findChildren(QtWidgets.QAbstractSlider)
        widgets += [
            b
            for panel in (controls, playback)
            for b in panel.findChildren(QtWidgets.QPushButton)
            + panel.findChildren(QtWidgets.QToolButton)
        ]
        enabled = [w for w in widgets if w.isEnabled()]
        widget = enabled[int(self.rng.integers(len(enabled)))]
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        return f"{name}: {self._change(widget)}"

    def _change(self, widget: QtWidgets.QWidget) -> str:
        rng = self.rng
        if isinstance(widget, QtWidgets.QSpinBox | QtWidgets.QAbstractSlider):
            lo, hi = widget.minimum(), widget.maximum()
            top = hi if rng.random() < 0.03 else min(hi, lo + 20)  # huge inputs now and then
            value = int(rng.integers(lo, top + 1))
            widget.setValue(value)
            return f"setValue({value})"
        if isinstance(widget, QtWidgets.QDoubleSpinBox):
            value = float(rng.uniform(widget.minimum(), widget.maximum()))
            widget.setValue(value)
            return f"setValue({value:.3f})"
        if isinstance(widget, QtWidgets.QComboBox):
            index = int(rng.integers(widget.count()))
            widget.setCurrentIndex(index)
            return f"setCurrentIndex({index}) = {widget.currentData()!r}"
        if isinstance(widget, QtWidgets.QCheckBox):
            widget.toggle()
            return f"toggle() → {widget.isChecked()}"
        widget.click()
        return "click()"

    def preset(self) -> str:
        action = self.presets[int(self.rng.integers(len(self.presets)))]
        action.trigger()
        return f"preset {action.text()!r}"

    def menu_action(self) -> str:
        action = self.menu_actions[int(self.rng.integers(len(self.menu_actions)))]
        if action.isEnabled():
            action.trigger()
        return f"menu {action.text()!r}"

    def tick(self) -> str:
        n = int(self.rng.integers(1, 20))
        stepper = self.window.active_stepper()
        for _ in range(n):
            stepper.tick()
        return f"{n} ticks"

    def wait(self) -> str:
        ms = int(self.rng.integers(0, 60))
        self.qtbot.wait(ms)  # the playback timer runs meanwhile when playing
        return f"wait {ms} ms"

    # --- the window must agree with its controller ------------------------------------

    def state(self) -> str:
        """The controller's state, for a failure message."""
        c = self.c
        return (
            f"controller: input {c.input.shape} {c.input_kind}, kernel {c.kernel.shape} "
            f"{c.kernel_kind}, {c.params}, error {c.error!r}; shown: input "
            f"{c.walk.input.shape}, kernel {c.walk.kernel.shape}, step {c.step}"
        )

    def check(self) -> None:
        c, win = self.c, self.window
        walk = c.walk
        np.testing.assert_array_equal(win.output_view.values(), walk.output)
        np.testing.assert_array_equal(win.input_view.values(), walk.padded.array)
        np.testing.assert_array_equal(win.kernel_view.values(), walk.kernel)
        assert 0 <= c.step < walk.n_steps
        assert f"{c.step + 1} / {walk.n_steps}" in win.playback.counter_text()
        rows, cols = walk.window(c.step)
        assert len(win.input_view.window_tap_rects()) == len(rows) * len(cols)
        assert (not self.message.isHidden()) == bool(c.error), (c.error, self.message.text())
        if c.error:
            assert self.message.text() == c.error
        assert "convstudio" in win.windowTitle()
        page = win.active_page()
        if page is not None:  # a mode tab in front: its own walk and counter agree
            s = page.stepper
            assert 0 <= s.step < s.n_steps
            # Modes word their counters their own way ("Layer 2 of 4 · step 3 of 5"); the
            # step and the count must both be in it, in that order.
            counter = page.playback.counter_text()
            assert re.search(rf"\b{s.step + 1}\b.*\b{s.n_steps}\b", counter), counter


def _menu_actions(menu: QtWidgets.QWidget) -> list[QtGui.QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator() or action.text() in SKIPPED_MENUS:
            continue
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        else:
            found.append(action)
    return found


def _wheel(viewport: QtWidgets.QWidget, at: QtCore.QPoint, delta: int) -> None:
    event = QtGui.QWheelEvent(
        QtCore.QPointF(at),
        QtCore.QPointF(viewport.mapToGlobal(at)),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, delta),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(viewport, event)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    p = presenter.of(win)  # the theme can change the application's style: put it back
    p.set_theme("normal")
    p.leave_full_screen()


@pytest.mark.soak  # a minute by default: `-m 'not soak'` leaves it out
def test_monkey(window: MainWindow, qtbot, monkeypatch, tmp_path, capsys) -> None:
    rng = np.random.default_rng(SEED)
    patched = patch_dialogs(monkeypatch, rng)
    guard = crash.install(window, data_dir=tmp_path, interactive=False)
    watch = DialogWatch(window)
    monkey = Monkey(window, qtbot, rng)
    recent: collections.deque[str] = collections.deque(maxlen=15)
    start = time.perf_counter()
    done = 0
    try:
        monkey.check()
        while time.perf_counter() - start < SECONDS:
            recent.append(f"#{done} {monkey.step()}")
            done += 1
            try:
                assert guard.calls == 0, f"uncaught exception: {guard.notices}"
                assert not watch.seen, f"a dialog opened: {watch.seen}"
                monkey.check()
            except AssertionError as exc:
                trail = "\n  ".join(recent)
                raise AssertionError(
                    f"{exc}\nseed {SEED}; {monkey.state()}; the last actions:\n  {trail}"
                ) from exc
    finally:
        guard.uninstall()
    took = time.perf_counter() - start
    with capsys.disabled():
        print(
            f"\nmonkey: {done} actions in {took:.0f} s ({done / took * 60:.0f}/min, seed {SEED}): "
            f"{dict(monkey.counts)}; dialogs answered: {dict(+patched)} "
            f"(of {len(patched)} patched); guard calls: {guard.calls}"
        )
    assert done > 100


# --- what the monkey found, pinned -------------------------------------------------------


def _control(window: MainWindow, kind: type, name: str) -> QtWidgets.QWidget:
    return next(w for w in window.controls.findChildren(kind) if w.accessibleName() == name)


def _click_cell(qtbot, view: QtWidgets.QWidget, row: int, col: int) -> None:
    canvas = view.findChild(QtWidgets.QGraphicsView)
    scene = canvas.centralWidget.mapViewToScene(QtCore.QPointF(col, row))
    qtbot.mouseClick(
        canvas.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(scene)
    )


def _refuse_input_height(window: MainWindow, height: int) -> None:
    padding = _control(window, QtWidgets.QComboBox, "Padding")
    padding.setCurrentIndex(padding.findData("valid"))
    _control(window, QtWidgets.QSpinBox, "Input height").setValue(height)


def test_typing_into_a_cell_while_an_edit_is_refused(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    """The grid shows the last good 7×7 input while a refused 2×7 one is explained.

    Clicking a cell below row 2 used to raise IndexError in the slot
    (``MainWindow._on_input_clicked`` checked the cell against the walk on screen,
    then wrote into the controller's smaller input).
    """
    rng = np.random.default_rng(0)
    patch_dialogs(monkeypatch, rng)
    monkeypatch.setattr(QtWidgets.QInputDialog, "getDouble", lambda *a, **k: (5.0, True))
    _refuse_input_height(window, 2)
    c = window.controller
    assert c.error and c.input.shape == (2, 7) and c.walk.input.shape == (7, 7)
    with qtbot.captureExceptions() as exceptions:
        _click_cell(qtbot, window.input_view, 5, 1)
    assert not exceptions, exceptions[0][1]


def test_typing_into_a_kernel_tap_while_an_edit_is_refused(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    """Likewise for the kernel: a refused 3×1 kernel while the 3×3 one is shown."""
    rng = np.random.default_rng(0)
    patch_dialogs(monkeypatch, rng)
    monkeypatch.setattr(QtWidgets.QInputDialog, "getDouble", lambda *a, **k: (5.0, True))
    weights = _control(window, QtWidgets.QComboBox, "Kernel weights")
    weights.setCurrentIndex(weights.findData("box"))
    _refuse_input_height(window, 2)
    _control(window, QtWidgets.QSpinBox, "Kernel width").setValue(1)
    c = window.controller
    assert c.error and c.kernel.shape == (3, 1) and c.walk.kernel.shape == (3, 3)
    with qtbot.captureExceptions() as exceptions:
        _click_cell(qtbot, window.kernel_view, 0, 2)
    assert not exceptions, exceptions[0][1]
