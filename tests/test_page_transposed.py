"""The transposed-convolution tab, driven through its real controls, checked against PyTorch."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import export
from convstudio.core import ConfigError
from convstudio.core.session import from_dict, to_dict
from convstudio.core.transposed import INPUT, INSERTED, PADDING
from convstudio.main_window import MainWindow

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
Key = QtCore.Qt.Key


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.set_mode("transposed")
    return win


@pytest.fixture
def page(window):
    return window.page("transposed")


def control(page, name: str) -> QtWidgets.QWidget:
    found = [w for w in page.findChildren(QtWidgets.QWidget) if w.accessibleName() == name]
    assert len(found) == 1, (name, found)
    return found[0]


def set_spin(page, name: str, value: int) -> None:
    spin = control(page, name)
    spin.setValue(value)
    assert spin.value() == value


def torch_result(page) -> np.ndarray:
    s, walk = page.state(), page.controller.walk
    out = F.conv_transpose2d(
        torch.from_numpy(walk.input[None, None]),
        torch.from_numpy(walk.kernel[None, None]),
        stride=tuple(s["stride"]),
        padding=tuple(s["padding"]),
        output_padding=tuple(s["output_padding"]),
        dilation=tuple(s["dilation"]),
    )
    return out.numpy()[0, 0]


def test_controls_change_the_output_to_torchs(page) -> None:
    assert np.array_equal(page.output_view.values(), torch_result(page))
    set_spin(page, "Input rows", 4)
    set_spin(page, "Kernel columns", 2)
    set_spin(page, "Stride columns", 3)
    set_spin(page, "Padding rows", 1)
    set_spin(page, "Output padding columns", 2)
    set_spin(page, "Dilation rows", 2)
    assert not page.message.isVisible()
    assert page.controller.walk.input.shape == (4, 3)
    assert np.array_equal(page.output_view.values(), torch_result(page))
    box = control(page, "Kernel weights")
    box.setCurrentIndex(box.findData("sobel_x"))  # fixed 3×3: the size follows
    assert page.state()["kernel_size"] == [3, 3]
    assert not control(page, "Kernel rows").isEnabled()
    assert np.array_equal(page.output_view.values(), torch_result(page))
    assert np.array_equal(page.kernel_view.values(), page.controller.walk.kernel[::-1, ::-1])


def test_the_zero_inserted_grid_and_its_legend(page) -> None:
    walk = page.controller.walk  # 3×3 input, stride 2, 3×3 kernel: 2 + 5 + 2 = 9
    grid = page.padded_view.values()
    assert grid.shape == (9, 9)
    assert np.array_equal(grid[2:7:2, 2:7:2], walk.input)
    assert walk.kinds[2, 3] == INSERTED and walk.kinds[0, 0] == PADDING
    assert walk.kinds[2, 2] == INPUT
    assert np.array_equal(page.padded_view.highlight_mask(), walk.kinds == INPUT)
    note = page.note.text()
    for words in ("input value", "inserted zero", "padding zero", "with zeros between"):
        assert words in note
    set_spin(page, "Stride rows", 1)
    set_spin(page, "Stride columns", 1)
    assert "inserted zero" not in page.note.text()  # stride 1 inserts nothing


def test_stepping_moves_the_window_over_the_grid(window, page, qtbot) -> None:
    n_cols = page.controller.walk.out_shape[1]
    for expected in (1, 2, n_cols + 1):
        if expected == n_cols + 1:
            page.stepper.set_step(expected)
        else:
            qtbot.keyClick(window, Key.Key_Right)
        assert page.stepper.step == expected
        r, c = divmod(expected, n_cols)
        rects = page.padded_view.window_tap_rects()
        assert len(rects) == 9
        assert min(q.center().x() for q in rects) == pytest.approx(c)
        assert min(q.center().y() for q in rects) == pytest.approx(r)
        step = page.controller.walk.step(expected)
        assert (
            page.formulas.step_text()
            .split(" = ")[-1]
            .startswith(f"{step.total:g}".replace("-", "−"))
        )
    page.stepper.tick()
    assert page.stepper.step == n_cols + 2


def test_size_formula_text(page) -> None:
    set_spin(page, "Padding rows", 1)
    set_spin(page, "Output padding rows", 1)
    text = page.formulas.size_text()
    assert "H_out = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6" in text
    assert page.output_view.values().shape == (6, 7)


def test_impossible_settings_show_a_message_and_keep_the_picture(page) -> None:
    before = page.output_view.values().copy()
    set_spin(page, "Output padding rows", 2)  # not smaller than stride 2
    assert page.message.isVisible() and "smaller than the stride" in page.message.text()
    assert np.array_equal(page.output_view.values(), before)
    set_spin(page, "Stride rows", 3)
    assert not page.message.isVisible()
    set_spin(page, "Input rows", 1)
    set_spin(page, "Kernel rows", 1)
    set_spin(page, "Output padding rows", 0)
    set_spin(page, "Padding rows", 1)  # (1 − 1)·3 − 2 + 0 + 0 + 1 < 1
    assert "less than 1" in page.message.text()


def test_hovering_an_input_lights_its_output_patch(page) -> None:
    page.input_view.cell_hovered.emit(0, 0)
    mask = page.output_view.highlight_mask()
    assert mask is not None and mask.sum() == 9 and mask[:3, :3].all()
    assert "feeds 9 outputs" in page.formulas.hover_text()
    page.input_view.cell_hovered.emit(-1, -1)
    assert page.output_view.highlight_mask() is None


def test_state_round_trips_and_bad_states_change_nothing(page) -> None:
    state = {**page.state(), "stride": [3, 1], "dilation": [1, 2], "kernel_seed": 4}
    page.set_state(state)
    assert page.state() == state
    assert control(page, "Stride rows").value() == 3
    for bad, words in (
        ({"stride": [5, 1]}, "from 1 to 4"),
        ({"output_padding": [3, 0]}, "smaller than the stride"),
        ({"kernel_kind": "sobel_x", "kernel_size": [2, 2]}, "3×3 by definition"),
        ({"bias": 1}, "unknown key"),
        ({"padding": "same"}, "pair"),
        ({"input_values": [[1]]}, "only for the input kind 'custom'"),
    ):
        with pytest.raises(ConfigError, match=words):
            page.set_state({**state, **bad})
        assert page.state() == state
    page.set_state(
        {**state, "input_kind": "custom", "input_size": [1, 2], "input_values": [[1, 2]]}
    )
    assert page.controller.walk.input.tolist() == [[1.0, 2.0]]


def test_a_session_saves_and_reopens_the_tab(window, page, qtbot) -> None:
    page.set_state({**page.state(), "padding": [1, 0], "output_padding": [1, 1]})
    page.stepper.set_step(5)
    session = from_dict(to_dict(export.snapshot(window)))
    assert session.mode["name"] == "transposed" and session.mode["step"] == 5
    other = MainWindow()
    qtbot.addWidget(other)
    other.show_mode(session.mode)
    again = other.page("transposed")
    assert other.active_page() is again
    assert again.state() == page.state() and again.stepper.step == 5
    assert np.array_equal(again.output_view.values(), page.output_view.values())


def test_export_renders_the_tab(window, page, tmp_path) -> None:
    session = export.snapshot(window)
    paths = [
        export.render_frame(session, i, tmp_path / f"{i}.png", size=(800, 450)) for i in (0, 9)
    ]
    a, b = (export.image_array(QtGui.QImage(str(p))) for p in paths)
    assert a.shape[:2] == (450, 800)
    assert not np.array_equal(a, b)


def test_keyboard_reaches_every_control(page) -> None:
    letters = []
    for lab in page.panel.findChildren(QtWidgets.QLabel):
        if lab.buddy() is not None:
            letters.append(lab.text()[lab.text().index("&") + 1].lower())
    for button in page.panel.findChildren(QtWidgets.QAbstractButton):
        letters.append(button.text()[button.text().index("&") + 1].lower())
    assert len(letters) == len(set(letters)) == 9
    assert not set(letters) & set("fevhpm")
    for spin in page.panel.findChildren(QtWidgets.QSpinBox):
        assert not spin.keyboardTracking() and spin.accessibleName()


def test_the_preset_opens_the_tab(window, page) -> None:
    from convstudio import sessions_ui

    assert sessions_ui.of(window).load_preset("transposed-stride2")
    assert window.active_page() is page
    assert page.output_view.values().shape == (5, 5)  # undoes the single layer's 5×5 → 3×3
    assert np.array_equal(page.output_view.values(), torch_result(page))
    assert window.output_view.values().shape == (3, 3)


def test_legend_and_text_follow_the_presenter(window, page) -> None:
    from convstudio import presenter

    p = presenter.of(window)
    before = page.note.text()
    p.set_palette("high-contrast")
    assert page.note.text() != before  # the swatches take the grid's new colours
    size = page.note.font().pointSizeF()
    p.set_zoom(2.0)
    assert page.note.font().pointSizeF() == pytest.approx(2 * size, rel=0.05)
    assert page.formulas.zoom() == 2.0
