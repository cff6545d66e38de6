"""The main window driven through its real controls (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from convstudio.core import ConvParams, conv2d
from convstudio.main_window import MainWindow


def find(panel: QtWidgets.QWidget, kind: type, name: str) -> QtWidgets.QWidget:
    """A control by its accessible name (what a screen reader announces)."""
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
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def expected_output(win: MainWindow) -> np.ndarray:
    c = win.controller
    p = c.params
    return conv2d(
        c.input,
        c.kernel,
        stride=p.stride,
        padding=p.padding,
        dilation=p.dilation,
        padding_mode=p.padding_mode,
        value=p.value,
        flip=p.flip,
    )


def test_title_and_initial_output_match_core(window: MainWindow) -> None:
    assert "convstudio" in window.windowTitle()
    np.testing.assert_array_equal(window.output_view.values(), expected_output(window))


def test_controls_drive_the_output(window: MainWindow, qtbot) -> None:
    panel = window.controls
    find(panel, QtWidgets.QSpinBox, "Stride height").setValue(2)
    select(find(panel, QtWidgets.QComboBox, "Fill mode"), "reflect")
    find(panel, QtWidgets.QSpinBox, "Input width").setValue(9)
    c = window.controller
    assert c.params.stride == (2, 1) and c.params.padding_mode == "reflect"
    assert c.input.shape == (7, 9)
    out = expected_output(window)
    np.testing.assert_array_equal(window.output_view.values(), out)
    assert window.output_view.values().shape == (4, 9)  # TF "same": ceil(7/2), ceil(9/1)
    padded = window.input_view.values()
    assert padded.shape == (9, 11)
    np.testing.assert_array_equal(padded, np.pad(c.input, 1, mode="reflect"))


def test_overlay_sits_on_the_window_of_each_step(window: MainWindow, qtbot) -> None:
    find(window.controls, QtWidgets.QSpinBox, "Dilation width").setValue(2)
    walk = window.controller.walk
    for index in (0, 1, walk.n_steps // 2, walk.n_steps - 1):
        window.controller.set_step(index)
        rows, cols = walk.window(index)
        centres = sorted(
            (round(r.center().y()), round(r.center().x()))
            for r in window.input_view.window_tap_rects()
        )
        assert centres == sorted((int(r), int(c)) for r in rows for c in cols)
        assert window.playback.counter_text().startswith(f"Step {index + 1} / {walk.n_steps}")


def test_keyboard_steps_and_plays(window: MainWindow, qtbot) -> None:
    c = window.controller
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    assert c.step == 2
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Left)
    assert c.step == 1
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    assert c.step == c.walk.n_steps - 1
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Home)
    assert c.step == 0
    speed = c.speed
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Plus)
    assert c.speed > speed
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert c.playing
    c.tick()
    assert c.step == 1
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert not c.playing


def test_playback_reveals_output_cell_by_cell(window: MainWindow) -> None:
    c = window.controller
    c.first()
    c.toggle_play()
    for _ in range(5):
        c.tick()
    assert c.step == 5 and c.playing
    partial = window.output_view.image_rgba().reshape(-1, 4).copy()
    c.last()
    assert not c.playing and c.step == c.walk.n_steps - 1
    full = window.output_view.image_rgba().reshape(-1, 4)
    np.testing.assert_array_equal(partial[:6], full[:6])  # revealed cells show their colour
    blank = partial[6]
    assert (partial[6:] == blank).all()  # the rest share one neutral "not yet" colour
    assert not (full[6:] == blank).all(axis=1).all()


def test_invalid_setting_shows_message_and_keeps_picture(window: MainWindow) -> None:
    panel = window.controls
    select(find(panel, QtWidgets.QComboBox, "Padding"), "explicit")
    select(find(panel, QtWidgets.QComboBox, "Fill mode"), "reflect")
    assert window.controller.error == ""
    before = window.output_view.values().copy()
    before_input = window.input_view.values().copy()
    find(panel, QtWidgets.QSpinBox, "Padding top").setValue(7)  # input is 7 high
    message = window.controller.error
    assert "reflect" in message and "7" in message
    label = panel._message
    assert label.isVisible() and "reflect" in label.text()
    np.testing.assert_array_equal(window.output_view.values(), before)
    np.testing.assert_array_equal(window.input_view.values(), before_input)
    find(panel, QtWidgets.QSpinBox, "Padding top").setValue(2)
    assert window.controller.error == "" and not label.isVisible()
    assert window.output_view.values().shape == (8, 7)  # 7 + 2 + 1 − 3 + 1


def test_kernel_bigger_than_input_is_explained(window: MainWindow) -> None:
    panel = window.controls
    select(find(panel, QtWidgets.QComboBox, "Padding"), "valid")
    select(find(panel, QtWidgets.QComboBox, "Kernel weights"), "box")
    find(panel, QtWidgets.QSpinBox, "Kernel height").setValue(9)
    assert "does not fit" in window.controller.error
    assert window.controller.walk.kernel.shape == (3, 3)


def test_hover_links_grids(window: MainWindow) -> None:
    walk = window.controller.walk
    window.output_view.cell_hovered.emit(1, 2)
    np.testing.assert_array_equal(window.input_view.highlight_mask(), walk.receptive_field(1, 2))
    assert "output (1, 2)" in window.formulas.hover_text()
    window.input_view.cell_hovered.emit(3, 3)
    np.testing.assert_array_equal(window.output_view.highlight_mask(), walk.outputs_fed_by(3, 3))
    assert "covered by 9 windows" in window.formulas.hover_text()
    window.kernel_view.cell_hovered.emit(0, 0)
    np.testing.assert_array_equal(window.input_view.highlight_mask(), walk.tap_footprint(0, 0))
    window.kernel_view.cell_hovered.emit(-1, -1)
    assert window.input_view.highlight_mask() is None


def test_coverage_heatmap_and_unreached_lines(window: MainWindow) -> None:
    panel = window.controls
    select(find(panel, QtWidgets.QComboBox, "Padding"), "valid")
    find(panel, QtWidgets.QSpinBox, "Stride height").setValue(2)
    find(panel, QtWidgets.QSpinBox, "Input height").setValue(8)
    # 8 rows, k=3, s=2 valid: windows start at 0, 2, 4 → row 7 is never reached.
    assert window.input_view.marked_lines() == ([7], [])
    panel._coverage.setChecked(True)
    walk = window.controller.walk
    np.testing.assert_array_equal(window.input_view.heatmap(), walk.padded_coverage())
    assert window.input_view.heatmap()[0, 0] == 1 and window.input_view.heatmap()[7, 0] == 0


def test_clicking_an_output_cell_jumps_to_its_step(window: MainWindow) -> None:
    window.output_view.cell_clicked.emit(2, 3)
    assert window.controller.step == 2 * window.controller.walk.out_shape[1] + 3


def test_typed_input_value_recomputes(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(
        QtWidgets.QInputDialog, "getDouble", staticmethod(lambda *a, **k: (42.0, True))
    )
    window.input_view.cell_clicked.emit(1, 1)  # padded (1, 1) = input (0, 0) under "same"
    assert window.controller.input[0, 0] == 42.0
    assert window.controller.input_kind == "custom"
    np.testing.assert_array_equal(window.output_view.values(), expected_output(window))


def test_flip_is_true_convolution(window: MainWindow) -> None:
    window.controls._flip.setChecked(True)
    c = window.controller
    assert c.params == ConvParams(padding="same", flip=True).checked()
    np.testing.assert_array_equal(
        window.output_view.values(),
        conv2d(c.input, c.kernel[::-1, ::-1], padding="same"),
    )


class _PaintCounter(QtCore.QObject):
    def __init__(self, widget: QtWidgets.QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        self.count += event.type() == QtCore.QEvent.Type.Paint
        return False


def test_a_control_change_does_not_repaint_the_whole_window(window: MainWindow, qtbot) -> None:
    # A new title or formula re-lays the page out; QTabWidget answered that by repainting
    # everything it holds (~4 ms at 4K). Only what changed is repainted now.
    qtbot.wait(50)
    tab_bar = _PaintCounter(window.modes.tabBar())
    output = _PaintCounter(window.output_view.findChild(QtWidgets.QGraphicsView).viewport())
    stride = find(window.controls, QtWidgets.QSpinBox, "Stride width")
    for value in (2, 1, 2):
        stride.setValue(value)
        qtbot.wait(30)
    assert output.count >= 3
    assert tab_bar.count == 0
    # A real change of the tab widget's layout still gets through.
    window.resize(1100, 650)
    qtbot.waitUntil(lambda: window.modes.tabBar().width() <= 1100)
    assert window.modes.currentWidget().width() <= 1100
