"""Undo and redo over real edits: every step back lands exactly on an earlier state."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from convstudio import sessions_ui
from convstudio.core import ConvParams
from convstudio.core.history import History
from convstudio.core.session import Session, write_session
from convstudio.main_window import MainWindow

CTRL, SHIFT = QtCore.Qt.KeyboardModifier.ControlModifier, QtCore.Qt.KeyboardModifier.ShiftModifier


def find(panel: QtWidgets.QWidget, kind: type, name: str) -> QtWidgets.QWidget:
    for widget in panel.findChildren(kind):
        if widget.accessibleName() == name:
            return widget
    raise LookupError(name)


def select(combo: QtWidgets.QComboBox, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(win.isActiveWindow)
    return win


def state(win: MainWindow) -> Session:
    return sessions_ui.of(win).current_session()


def assert_shows(win: MainWindow, expected: Session) -> None:
    """The controller holds ``expected`` and the controls and grids show it."""
    c = win.controller
    assert state(win).same_settings(expected)
    np.testing.assert_array_equal(c.input, expected.input)
    np.testing.assert_array_equal(c.kernel, expected.kernel)
    assert win.controls.params() == expected.params.checked()
    size = find(win.controls, QtWidgets.QSpinBox, "Input width").value()
    assert size == expected.input.shape[1]
    assert (win.input_view.heatmap() is not None) == expected.coverage
    if not c.error:
        assert win.output_view.values().shape == c.walk.out_shape


def real_edits(win: MainWindow, tmp_path: Path, monkeypatch) -> list:
    """Edits as a lecturer makes them: controls, typed cells, buttons, presets, files."""
    panel, ui = win.controls, sessions_ui.of(win)
    saved = tmp_path / "saved.json"
    write_session(
        Session(np.arange(20.0).reshape(4, 5), np.eye(2), ConvParams(stride=(1, 2)), step=1),
        saved,
    )
    values = iter([42.0, -3.5])
    monkeypatch.setattr(
        QtWidgets.QInputDialog, "getDouble", staticmethod(lambda *a, **k: (next(values), True))
    )
    return [
        lambda: find(panel, QtWidgets.QSpinBox, "Stride height").setValue(2),
        lambda: select(find(panel, QtWidgets.QComboBox, "Fill mode"), "reflect"),
        lambda: find(panel, QtWidgets.QSpinBox, "Input width").setValue(9),
        lambda: select(find(panel, QtWidgets.QComboBox, "Kernel weights"), "box"),
        lambda: find(panel, QtWidgets.QSpinBox, "Kernel height").setValue(5),
        lambda: panel._flip.setChecked(True),
        lambda: panel._coverage.setChecked(True),
        lambda: select(find(panel, QtWidgets.QComboBox, "Padding"), "explicit"),
        lambda: find(panel, QtWidgets.QSpinBox, "Padding top").setValue(3),
        lambda: panel._new_random.click(),
        lambda: win.input_view.cell_clicked.emit(4, 2),
        lambda: win.kernel_view.cell_clicked.emit(0, 1),
        lambda: ui.load_preset("stride3-skips-edge"),
        lambda: ui.open_path(saved),
        lambda: find(panel, QtWidgets.QSpinBox, "Dilation width").setValue(2),
    ]


def test_undo_and_redo_walk_back_and_forth_through_real_edits(window, tmp_path, monkeypatch):
    c = window.controller
    states = [state(window)]
    for edit in real_edits(window, tmp_path, monkeypatch):
        edit()
        after = state(window)
        assert not after.same_settings(states[-1]), "every edit changes something"
        states.append(after)
    assert c.history.undo_count == len(states) - 1
    for expected in reversed(states[:-1]):
        c.undo()
        assert_shows(window, expected)
    assert not c.history.can_undo
    c.undo()  # nothing left: harmless
    assert_shows(window, states[0])
    for expected in states[1:]:
        c.redo()
        assert_shows(window, expected)
    assert not c.history.can_redo


def test_keyboard_undo_redo_also_from_a_spin_box(window, qtbot) -> None:
    c, panel = window.controller, window.controls
    start = state(window)
    stride = find(panel, QtWidgets.QSpinBox, "Stride height")
    stride.setFocus()
    qtbot.keyClick(stride, QtCore.Qt.Key.Key_Up)  # one committed edit: stride 1 → 2
    assert c.params.stride == (2, 1)
    edited = state(window)
    qtbot.keyClick(stride, QtCore.Qt.Key.Key_Z, CTRL)
    assert_shows(window, start)
    assert stride.value() == 1
    qtbot.keyClick(stride, QtCore.Qt.Key.Key_Z, CTRL | SHIFT)
    assert_shows(window, edited)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Z, CTRL)
    assert_shows(window, start)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Y, CTRL)
    assert_shows(window, edited)


def test_actions_follow_the_history(window) -> None:
    ui, c = sessions_ui.of(window), window.controller
    assert not ui.undo_action.isEnabled() and not ui.redo_action.isEnabled()
    c.set_params(ConvParams(stride=(2, 2)))
    assert ui.undo_action.isEnabled() and not ui.redo_action.isEnabled()
    c.undo()
    assert not ui.undo_action.isEnabled() and ui.redo_action.isEnabled()
    c.set_params(ConvParams(dilation=(2, 1)))  # a new edit ends the redo branch
    assert not ui.redo_action.isEnabled() and not c.history.can_redo
    keys = [k.toString() for k in ui.redo_action.shortcuts()]
    assert keys == ["Ctrl+Shift+Z", "Ctrl+Y"] and ui.undo_action.shortcut().toString() == "Ctrl+Z"


def test_playback_is_not_an_edit(window) -> None:
    c = window.controller
    c.step_by(3)
    c.last()
    c.toggle_play()
    c.tick()
    c.pause()
    window.output_view.cell_clicked.emit(1, 1)
    assert not c.history.can_undo


def test_an_impossible_setting_is_undone_too(window) -> None:
    panel, c = window.controls, window.controller
    select(find(panel, QtWidgets.QComboBox, "Padding"), "explicit")
    select(find(panel, QtWidgets.QComboBox, "Fill mode"), "reflect")
    good = state(window)
    find(panel, QtWidgets.QSpinBox, "Padding top").setValue(7)
    assert "reflect" in c.error
    c.undo()
    assert c.error == "" and not panel._message.isVisible()
    assert_shows(window, good)


def test_history_depth_is_capped(window) -> None:
    c = window.controller
    for i in range(250):
        c.set_params(ConvParams(stride=(1 + i % 2, 1)))
    assert c.history.undo_count == 200


def test_history_memory_is_capped() -> None:
    history = History(depth=100, max_bytes=3 * 8 * 1000)
    for i in range(10):
        history.record(Session(np.full((10, 100), float(i)), np.ones((1, 1))))
    assert history.undo_count == 2  # 2 inputs of 8 000 bytes plus kernels fit, 3 would not
    shared = np.zeros((10, 100))
    for i in range(10):  # snapshots sharing one array count it once
        history.record(Session(shared, np.ones((1, 1)), step=i))
    assert history.undo_count >= 10
