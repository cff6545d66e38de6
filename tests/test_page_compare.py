"""The compare tab driven through its real controls: A | B, the difference, the shift test."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets

from convstudio import export
from convstudio.core import ConfigError, ConvParams, conv2d
from convstudio.core.session import Session
from convstudio.core.shift import max_pool, shift_input
from convstudio.main_window import MainWindow
from convstudio.pages.compare import ComparePage

ALT = QtCore.Qt.KeyboardModifier.AltModifier


def find(panel: QtWidgets.QWidget, kind: type, name: str) -> QtWidgets.QWidget:
    """A control by its accessible name (what a screen reader announces)."""
    for widget in panel.findChildren(kind):
        if widget.accessibleName() == name:
            return widget
    raise LookupError(name)


def select(combo: QtWidgets.QComboBox, key: object) -> None:
    combo.setCurrentIndex(combo.findData(key))


def set_spin(spin: QtWidgets.QSpinBox, value: int) -> None:
    """Type a value and press Enter, as a lecturer would (keyboard tracking is off)."""
    spin.lineEdit().selectAll()
    QtTest.QTest.keyClicks(spin.lineEdit(), str(value))
    QtTest.QTest.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Enter)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.set_mode("compare")
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def page(window: MainWindow) -> ComparePage:
    return window.page("compare")


def conv(x: np.ndarray, kernel: np.ndarray, p: ConvParams) -> np.ndarray:
    k = kernel[::-1, ::-1] if p.flip else kernel
    return conv2d(
        x,
        k,
        stride=p.stride,
        padding=p.padding,
        dilation=p.dilation,
        padding_mode=p.padding_mode,
        value=p.value,
    )


def outputs(page: ComparePage) -> tuple[np.ndarray, np.ndarray]:
    s = page.controller.settings
    return conv(s.input, s.a.kernel, s.a.params), conv(s.input, s.b.kernel, s.b.params)


def assert_difference_is_b_minus_a(page: ComparePage) -> None:
    a, b = outputs(page)
    h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    stage = page.compare_stage
    np.testing.assert_array_equal(stage.difference.values(), b[:h, :w] - a[:h, :w])
    np.testing.assert_array_equal(stage.a.output_view.values(), a)
    np.testing.assert_array_equal(stage.b.output_view.values(), b)
    lit = stage.difference.highlight_mask()
    differs = b[:h, :w] != a[:h, :w]
    assert (lit is None and not differs.any()) or np.array_equal(lit, differs)


def test_the_tab_is_installed_and_shows_b_minus_a(window: MainWindow, page) -> None:
    assert window.active_page() is page and page.title() == "Compare"
    assert_difference_is_b_minus_a(page)
    text = page.compare_stage.explanation.text()
    assert "A is 7×7 because ⌊(7 + 1 + 1 − 1·(3 − 1) − 1) / 1⌋ + 1 = 7" in text
    assert "B is 5×5 because" in text and "only the top-left 5×5 is compared" in text


def test_edits_go_to_a_b_or_both_through_the_real_controls(window: MainWindow, page, qtbot) -> None:
    panel, c = page.controls, page.controller
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # The lecturer's way: Alt+Y reaches "Apply edits to", the arrow keys choose.
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Y, ALT)
    radio_a = find(panel, QtWidgets.QRadioButton, "Apply edits to A")
    assert QtWidgets.QApplication.focusWidget() is radio_a
    qtbot.keyClick(radio_a, QtCore.Qt.Key.Key_Space)
    assert c.settings.target == "A"
    set_spin(find(panel, QtWidgets.QSpinBox, "Stride height"), 2)
    assert c.settings.a.params.stride == (2, 1) and c.settings.b.params.stride == (1, 1)
    assert_difference_is_b_minus_a(page)

    qtbot.keyClick(radio_a, QtCore.Qt.Key.Key_Down)  # ← / → step the walk
    assert find(panel, QtWidgets.QRadioButton, "Apply edits to B").isChecked()
    # The panel now shows B's settings: stride 1, padding valid.
    assert find(panel, QtWidgets.QSpinBox, "Stride height").value() == 1
    select(find(panel, QtWidgets.QComboBox, "Padding"), "full")
    assert c.settings.b.params.padding == "full" and c.settings.a.params.padding == "same"
    assert_difference_is_b_minus_a(page)

    qtbot.mouseClick(
        find(panel, QtWidgets.QRadioButton, "Apply edits to A and B"),
        QtCore.Qt.LeftButton,
        pos=QtCore.QPoint(8, 8),
    )
    select(find(panel, QtWidgets.QComboBox, "Fill mode"), "reflect")
    # Only the edited field goes to both: A keeps its stride, B its padding.
    a, b = c.settings.a.params, c.settings.b.params
    assert a.padding_mode == b.padding_mode == "reflect"
    assert (a.stride, a.padding, b.stride, b.padding) == ((2, 1), "same", (1, 1), "full")
    select(find(panel, QtWidgets.QComboBox, "Kernel weights"), "laplacian")
    assert c.settings.a.kernel_kind == c.settings.b.kernel_kind == "laplacian"
    set_spin(find(panel, QtWidgets.QSpinBox, "Input height"), 9)
    assert c.settings.input.shape == (9, 7)
    assert_difference_is_b_minus_a(page)
    summary = page.panel.summary.text()
    assert "stride 2×1" in summary and "padding full" in summary


def test_an_impossible_side_is_explained_and_the_picture_stays(page) -> None:
    panel, c = page.controls, page.controller
    page.panel._target_buttons["B"].click()
    select(find(panel, QtWidgets.QComboBox, "Kernel weights"), "box")
    before = page.compare_stage.difference.values().copy()
    set_spin(find(panel, QtWidgets.QSpinBox, "Kernel height"), 9)
    assert page.message.isVisible()
    assert page.message.text().startswith("setting B: kernel 9×3 does not fit")
    np.testing.assert_array_equal(page.compare_stage.difference.values(), before)
    set_spin(find(panel, QtWidgets.QSpinBox, "Kernel height"), 3)
    assert not page.message.isVisible() and c.error == ""


def test_lock_step_with_walks_of_different_lengths(window: MainWindow, page, qtbot) -> None:
    c, stage = page.controller, page.compare_stage
    assert (c.result.comparison.a.n_steps, c.result.comparison.b.n_steps) == (49, 25)
    assert c.n_steps == 49
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.stage.setFocus()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    assert c.step == 1
    assert stage.a.counter.text() == "A: Step 2 / 49 · row 0, col 1"
    assert stage.b.counter.text() == "B: Step 2 / 25 · row 0, col 1"
    for _ in range(29):
        c.tick()
    assert c.step == 30
    assert stage.a.counter.text() == "A: Step 31 / 49 · row 4, col 2"
    assert stage.b.counter.text() == "B: Step 25 / 25 · row 4, col 4 — finished"
    assert page.playback.counter_text() == "Step 31 of 49 · A 31 / 49 · B 25 / 25"
    # B's window stays on its last position; A's moves on.
    rows_b = stage.b.input_view.window_tap_rects()
    c.tick()
    assert stage.b.input_view.window_tap_rects() == rows_b
    assert "A: output (4, 3)" in stage.explanation.text()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    assert c.step == 48


def test_classic_pair_buttons(page, qtbot) -> None:
    button = find(page.controls, QtWidgets.QPushButton, "3  PyTorch pad 1 vs TF same, stride 2")
    qtbot.mouseClick(button, QtCore.Qt.LeftButton)
    s = page.controller.settings
    assert s.input.shape == (6, 6)  # 7×7 made even: TF would pad 1 on each side too
    assert s.a.params.padding == ((1, 1), (1, 1)) and s.b.params.padding == "same"
    assert s.a.params.stride == s.b.params.stride == (2, 2)
    assert page.compare_stage.explanation.text().startswith("Both are 3×3, but the windows differ")
    assert_difference_is_b_minus_a(page)
    find(page.controls, QtWidgets.QPushButton, "2  zeros vs reflect").click()
    assert page.controller.settings.b.params.padding_mode == "reflect"
    assert "padding holds other values" in page.compare_stage.explanation.text()
    assert_difference_is_b_minus_a(page)


def test_alt_arrows_run_the_shift_test_and_the_panel_shows_the_computed_claims(
    window: MainWindow, page, qtbot
) -> None:
    find(page.controls, QtWidgets.QPushButton, "4  stride 1 vs stride 2").click()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.stage.setFocus()
    qtbot.keyClick(page.stage, QtCore.Qt.Key.Key_Right, ALT)
    c, shift = page.controller, page.shift_stage
    assert page.stack.currentWidget() is shift
    assert c.settings.shift == (0, 1)
    assert find(page.controls, QtWidgets.QSpinBox, "Shift columns").value() == 1
    x = c.settings.input
    moved, filled = shift_input(x, 0, 1)
    np.testing.assert_array_equal(shift.input_after.values(), moved)
    assert filled[:, 0].all() and not filled[:, 1:].any()
    for side, stride in (("A", 1), ("B", 2)):
        p = ConvParams(stride=stride, padding="same")
        before = conv(x, c.settings.a.kernel, p)
        after = conv(moved, c.settings.a.kernel, p)
        grids = shift.outputs[side]
        np.testing.assert_array_equal(grids[0].values(), before)
        np.testing.assert_array_equal(grids[1].values(), after)
        demo = c.result.demo(side)
        assert shift.verdicts[side].text().split("\n")[1] == demo.message
        np.testing.assert_array_equal(grids[1].highlight_mask(), demo.matches)
    a, b = c.result.demo("A"), c.result.demo("B")
    # Stride 1: the output moved by exactly (0, 1) in the interior.
    inside = a.interior
    assert inside.any() and a.offset == (0, 1)
    moved_before = np.full(a.before.shape, np.nan)
    moved_before[:, 1:] = a.before[:, :-1]
    np.testing.assert_array_equal(a.after[inside], moved_before[inside])
    assert "moved by exactly (0, 1)" in shift.verdicts["A"].text()
    # Stride 2: no moved copy matches (aliasing), and the panel gives the difference.
    assert b.aliased and b.max_difference > 0
    assert "does not move the output" in shift.verdicts["B"].text()
    qtbot.keyClick(page.stage, QtCore.Qt.Key.Key_Right, ALT)
    assert c.settings.shift == (0, 2) and c.result.demo("B").equivariant
    assert "moved by exactly (0, 1)" in shift.verdicts["B"].text()
    qtbot.keyClick(page.stage, QtCore.Qt.Key.Key_Home, ALT)
    assert c.settings.shift == (0, 0)
    from convstudio.presenter import shortcut_rows

    names = {name for _, name, _ in shortcut_rows(window)}
    assert "Shift test: move the input right" in names  # listed by F1


def test_pooling_in_the_shift_test(page) -> None:
    c = page.controller
    find(page.controls, QtWidgets.QCheckBox, "Show the shift test").click()
    assert c.settings.view == "shift" and page.stack.currentWidget() is page.shift_stage
    set_spin(find(page.controls, QtWidgets.QSpinBox, "Shift columns"), 1)
    select(find(page.controls, QtWidgets.QComboBox, "Max pooling after the convolution"), 2)
    assert c.settings.pool == 2
    x, s = c.settings.input, c.settings
    moved, _ = shift_input(x, 0, 1)
    expected = max_pool(conv(moved, s.a.kernel, s.a.params), 2)
    after = page.shift_stage.outputs["A"][1]
    np.testing.assert_array_equal(after.values(), expected)
    demo = c.result.demo("A")
    np.testing.assert_array_equal(after.highlight_mask(), demo.unchanged)
    kept = int(demo.unchanged.sum())
    assert f"After 2×2 max pooling, {kept} of {demo.unchanged.size} outputs" in (
        page.shift_stage.verdicts["A"].text()
    )


def test_state_round_trip_and_strict_refusal(window: MainWindow, page, qtbot) -> None:
    page.controller.apply_pair("torch-tf")
    page.controller.shift_by(1, 0)
    page.controller.set_step(3)
    snapshot = window.mode_snapshot()
    text = json.dumps(snapshot)
    other = MainWindow()
    qtbot.addWidget(other)
    other.show_mode(json.loads(text))
    copy = other.page("compare")
    assert other.active_page() is copy and copy.stepper.step == 3
    assert copy.state() == page.state()
    np.testing.assert_array_equal(
        copy.shift_stage.outputs["B"][1].values(), page.shift_stage.outputs["B"][1].values()
    )
    before = copy.state()
    bad = [
        {**before, "target": "C"},
        {**before, "pool": 1},
        {**before, "shift": [9, 0]},
        {**before, "extra": True},
        {k: v for k, v in before.items() if k != "b"},
        {**before, "b": {**before["b"], "params": {"stride": [0, 1]}}},
    ]
    messages = [
        "'target' must be one of A, B, both",
        "'pool' must be a whole number from 2 to 8",
        "a shift of dy = 9 moves the whole 6×6 input out of view",
        'unknown key "extra"',
        'has no "b"',
        "setting B: 'stride' must be two whole numbers from 1 to 8",
    ]
    for state, message in zip(bad, messages, strict=True):
        with pytest.raises(ConfigError, match=message):
            copy.set_state(state)
        assert copy.state() == before


def test_export_renders_the_compare_stage(tmp_path: Path) -> None:
    x = np.arange(36.0).reshape(6, 6) % 7
    single = Session(x, np.ones((3, 3)), ConvParams(padding="same"))
    from convstudio.pages.compare_spec import compare_mode

    session = Session(x, np.ones((3, 3)), ConvParams(padding="same"))
    mode = compare_mode(session, "stride=2,padding=valid")
    from dataclasses import replace

    compared = replace(session, mode=mode)
    with export.render_window(compared, (1280, 720)) as win:
        page = win.active_page()
        assert page is not None and page.name == "compare"
        assert win.active_stage() is page.stage and not page.side.isVisible()
        assert page.compare_stage.b.output_view.values().shape == (2, 2)
    path = export.render_frame(compared, 3, tmp_path / "compare.png", (1280, 720))
    plain = export.render_frame(single, 3, tmp_path / "single.png", (1280, 720))
    image, other = QtGui.QImage(str(path)), QtGui.QImage(str(plain))
    assert (image.width(), image.height()) == (1280, 720)
    assert image != other
    gif = export.render_animation(compared, tmp_path / "walk.gif", (640, 360), fps=4)
    assert gif.stat().st_size > 1000


def test_presets_open_the_compare_tab(window: MainWindow) -> None:
    from convstudio import sessions_ui

    assert sessions_ui.of(window).load_preset("shift-stride2")
    page = window.active_page()
    assert page.name == "compare" and page.controller.settings.view == "shift"
    assert page.controller.result.demo("B").aliased
    assert sessions_ui.of(window).load_preset("compare-torch-tf-stride2")
    assert page.controller.settings.view == "difference"
    assert_difference_is_b_minus_a(page)


def test_retranslate_keeps_every_text(page) -> None:
    before = page.compare_stage.explanation.text()
    page.retranslate()
    assert page.compare_stage.explanation.text() == before
    assert page.step_counter(0).startswith("Step 1 of 49")


def test_mnemonics_reach_the_pairs_and_the_shift_test(window: MainWindow, page, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.stage.setFocus()
    # A button's mnemonic "animates" the click: it lands a moment later.
    qtbot.keyClick(window, QtCore.Qt.Key.Key_4, ALT)
    qtbot.waitUntil(lambda: page.controller.settings.b.params.stride == (2, 2))
    qtbot.keyClick(window, QtCore.Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: page.controller.settings.b.params.stride == (1, 1))
    assert page.controller.settings.b.params.padding == "valid"
    qtbot.keyClick(window, QtCore.Qt.Key.Key_N, ALT)
    box = find(page.controls, QtWidgets.QCheckBox, "Show the shift test")
    assert QtWidgets.QApplication.focusWidget() is box
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Space)
    assert page.controller.settings.view == "shift"


def test_language_change_rewords_without_losing_the_picture(window: MainWindow, page) -> None:
    from convstudio import i18n

    values = page.compare_stage.difference.values().copy()
    try:
        i18n.set_language("ja")
        QtWidgets.QApplication.processEvents()
        np.testing.assert_array_equal(page.compare_stage.difference.values(), values)
        assert page.compare_stage.explanation.text()
    finally:
        i18n.set_language("en")
    QtWidgets.QApplication.processEvents()
    assert page.compare_stage.explanation.text().startswith("A is 7×7 and B is 5×5")


def test_lit_cells_move_back_by_any_offset_even_off_the_grid() -> None:
    # The monkey found an offset larger than a small output raising a broadcast error.
    from convstudio.pages.shift_panel import _moved_back

    mask = np.arange(12).reshape(3, 4) % 3 == 0
    for oy in range(-5, 6):
        for ox in range(-6, 7):
            expected = np.zeros_like(mask)
            for i in range(3):
                for j in range(4):
                    if 0 <= i + oy < 3 and 0 <= j + ox < 4:
                        expected[i, j] = mask[i + oy, j + ox]
            np.testing.assert_array_equal(_moved_back(mask, oy, ox), expected)
