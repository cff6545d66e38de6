"""The pooling tab, driven through its real controls, checked against PyTorch."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import export
from convstudio.core import ConfigError
from convstudio.core.session import from_dict, to_dict
from convstudio.main_window import MainWindow
from convstudio.pages.pooling_views import cell_text

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
    win.set_mode("pooling")
    return win


@pytest.fixture
def page(window):
    return window.page("pooling")


def control(page, name: str) -> QtWidgets.QWidget:
    found = [w for w in page.findChildren(QtWidgets.QWidget) if w.accessibleName() == name]
    assert len(found) == 1, (name, found)
    return found[0]


def set_spin(page, name: str, value: int) -> None:
    spin = control(page, name)
    spin.setValue(value)
    assert spin.value() == value


def pick(page, name: str, key: str) -> None:
    box = control(page, name)
    box.setCurrentIndex(box.findData(key))


def torch_pool(page) -> np.ndarray:
    s = page.state()
    x = torch.from_numpy(page.controller.walk.input[None])
    kw = {
        "kernel_size": tuple(s["kernel"]),
        "stride": tuple(s["stride"]),
        "padding": tuple(s["padding"]),
        "ceil_mode": s["ceil_mode"],
    }
    if s["kind"] == "max":
        return F.max_pool2d(x, dilation=tuple(s["dilation"]), **kw).numpy()[0]
    return F.avg_pool2d(x, count_include_pad=s["count_include_pad"], **kw).numpy()[0]


def test_controls_change_the_output_to_torchs(page) -> None:
    set_spin(page, "Input rows", 7)
    set_spin(page, "Input columns", 9)
    set_spin(page, "Kernel rows", 3)
    set_spin(page, "Stride columns", 1)
    set_spin(page, "Padding rows", 1)
    set_spin(page, "Dilation columns", 2)
    control(page, "Ceil mode").setChecked(True)
    assert page.controller.walk.input.shape == (7, 9)
    assert np.array_equal(page.output_view.values(), torch_pool(page))
    pick(page, "Pooling type", "avg")
    assert not control(page, "Dilation columns").isEnabled()
    assert control(page, "Count padding").isEnabled()
    assert np.array_equal(page.output_view.values(), torch_pool(page))
    control(page, "Count padding").setChecked(False)
    assert page.state()["count_include_pad"] is False
    np.testing.assert_allclose(page.output_view.values(), torch_pool(page), rtol=0, atol=1e-12)
    pick(page, "Input data", "ramp")
    np.testing.assert_allclose(page.output_view.values(), torch_pool(page), rtol=0, atol=1e-12)


def test_max_padding_is_minus_infinity_in_the_padding_hue(page) -> None:
    set_spin(page, "Padding rows", 1)
    walk = page.controller.walk
    values = page.input_view.values()
    assert np.isneginf(values[walk.pad_mask]).all()
    assert np.isfinite(values[~walk.pad_mask]).all()
    assert cell_text(values[0, 0]) == "−∞" and cell_text(2.5) == "2.5"
    assert "padding −∞" in page.input_view._title.text()


def test_stepping_moves_the_window_and_marks_the_max(window, page, qtbot) -> None:
    set_spin(page, "Padding columns", 1)
    walk = page.controller.walk
    x = torch.from_numpy(walk.input[None])
    _, idx = F.max_pool2d(x, 2, 2, (0, 1), return_indices=True)
    idx = idx.numpy()[0]
    w = walk.input.shape[1]
    for expected_step in (1, 2, 3):
        qtbot.keyClick(window, Key.Key_Right)
        assert page.stepper.step == expected_step
        r, c = divmod(expected_step, walk.out_shape[1])
        rects = page.input_view.window_tap_rects()
        assert len(rects) == 4
        assert min(q.center().x() for q in rects) == pytest.approx(c * 2)
        assert min(q.center().y() for q in rects) == pytest.approx(r * 2)
        mask = page.input_view.highlight_mask()
        ((mr, mc),) = np.argwhere(mask)
        assert (mr - 0) * w + (mc - 1) == idx[r, c]  # padded → input coordinates
        assert page.formulas.step_text().startswith("max(")
        assert page.playback.counter_text() == f"Step {expected_step + 1} / 12 · output ({r}, {c})"
    page.stepper.tick()
    assert page.stepper.step == 4


def test_average_step_shows_sum_and_divisor(page) -> None:
    pick(page, "Pooling type", "avg")
    set_spin(page, "Padding rows", 1)
    page.stepper.set_step(0)
    step = page.controller.walk.step(0)
    text = page.formulas.step_text()
    assert f"/ {step.divisor} = " in text and "sum" in text
    assert page.input_view.highlight_mask().sum() == step.divisor == 4
    control(page, "Count padding").setChecked(False)
    assert page.input_view.highlight_mask().sum() == 2  # the padding row is not counted


def test_size_formula_shows_floor_or_ceil(page) -> None:
    set_spin(page, "Input rows", 5)
    assert "H_out = ⌊(5 + 2·0 − 1·(2 − 1) − 1) / 2⌋ + 1 = 2" in page.formulas.size_text()
    control(page, "Ceil mode").setChecked(True)
    assert "H_out = ⌈(5 + 2·0 − 1·(2 − 1) − 1) / 2⌉ + 1 = 3" in page.formulas.size_text()
    assert page.output_view.values().shape == (3, 3)


def test_comparison_is_computed_from_the_input_size(page) -> None:
    set_spin(page, "Input rows", 7)
    text = page.compare.text()
    assert "7×6 → 3×3 convolution, padding 1 → 7×6" in text
    assert "7×6 → 2×2 pooling, stride 2 → 3×3" in text
    set_spin(page, "Stride rows", 1)
    assert "these settings → 6×3" in page.compare.text()


def test_impossible_settings_show_a_message_and_keep_the_picture(page) -> None:
    before = page.output_view.values().copy()
    set_spin(page, "Padding rows", 2)  # more than half the 2×2 kernel
    assert page.message.isVisible()
    assert "more than half the pooling kernel" in page.message.text()
    assert np.array_equal(page.output_view.values(), before)
    assert page.state()["padding"] == [0, 0]  # the state is the picture's
    set_spin(page, "Kernel rows", 4)  # now padding 2 is allowed
    assert not page.message.isVisible()
    assert page.state()["padding"] == [2, 0] and page.state()["kernel"] == [4, 2]
    set_spin(page, "Input rows", 1)
    set_spin(page, "Padding rows", 0)
    assert "would be empty" in page.message.text()


def test_state_round_trips_and_bad_states_change_nothing(page) -> None:
    state = {**page.state(), "kind": "avg", "kernel": [3, 2], "padding": [1, 1], "seed": 5}
    page.set_state(state)
    assert page.state() == {**state}
    assert control(page, "Pooling type").currentData() == "avg"
    assert control(page, "Kernel rows").value() == 3
    for bad, words in (
        ({"kind": "min"}, "'kind' must be one of"),
        ({"kernel": [9, 2]}, "from 1 to 8"),
        ({"kernel": 2}, "pair"),
        ({"ceil_mode": "yes"}, "true or false"),
        ({"zoom": 2}, "unknown key"),
        ({"padding": [2, 2]}, "half the pooling kernel"),
        ({"input_kind": "custom"}, "input_values"),
        ({"dilation": [2, 2], "kind": "max", "padding": [1, 1], "kernel": [2, 2]}, None),
    ):
        if words is None:
            page.set_state({**state, **bad})  # a good one, for contrast
            page.set_state(state)
            continue
        with pytest.raises(ConfigError, match=words):
            page.set_state({**state, **bad})
        assert page.state() == state
    custom = {**state, "input_kind": "custom", "input_size": [2, 3]}
    page.set_state({**custom, "input_values": [[1, 2, 3], [4, 5, 6]], "padding": [1, 1]})
    assert page.controller.walk.input.tolist() == [[1, 2, 3], [4, 5, 6]]
    assert not control(page, "Input rows").isEnabled()


def test_a_session_saves_and_reopens_the_tab(window, page, qtbot) -> None:
    page.set_state({**page.state(), "kind": "avg", "ceil_mode": True, "input_size": [5, 7]})
    page.stepper.set_step(3)
    session = from_dict(to_dict(export.snapshot(window)))
    assert session.mode["name"] == "pooling" and session.mode["step"] == 3
    other = MainWindow()
    qtbot.addWidget(other)
    other.show_mode(session.mode)
    again = other.page("pooling")
    assert other.active_page() is again
    assert again.state() == page.state() and again.stepper.step == 3
    assert np.array_equal(again.output_view.values(), page.output_view.values())


def test_export_renders_the_tab(window, page, tmp_path) -> None:
    set_spin(page, "Input rows", 8)
    session = export.snapshot(window)
    paths = [
        export.render_frame(session, i, tmp_path / f"{i}.png", size=(800, 450)) for i in (0, 5)
    ]
    a, b = (export.image_array(QtGui.QImage(str(p))) for p in paths)
    assert a.shape[:2] == (450, 800)
    assert not np.array_equal(a, b)


def mnemonics(panel) -> dict[str, QtWidgets.QWidget]:
    """Mnemonic letter → the control it reaches, for labels and buttons."""
    found = {}
    for lab in panel.findChildren(QtWidgets.QLabel):
        if lab.buddy() is not None:
            found[lab.text()[lab.text().index("&") + 1].lower()] = (
                lab.buddy().focusProxy() or lab.buddy()
            )
    for button in panel.findChildren(QtWidgets.QAbstractButton):
        found[button.text()[button.text().index("&") + 1].lower()] = button
    return found


def test_keyboard_reaches_every_control(page) -> None:
    keys = mnemonics(page.panel)
    labels = page.panel.findChildren(QtWidgets.QLabel)
    n_buddies = sum(lab.buddy() is not None for lab in labels)
    assert len(keys) == n_buddies + len(page.panel.findChildren(QtWidgets.QAbstractButton))
    assert not set(keys) & set("fevhpm"), "F, E, V, H, P, M belong to the menus"
    assert keys["k"] is control(page, "Kernel rows")
    assert keys["t"] is control(page, "Pooling type")
    for spin in page.panel.findChildren(QtWidgets.QSpinBox):
        assert not spin.keyboardTracking() and spin.accessibleName()
        assert spin.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus


def test_the_preset_opens_the_tab(window, page) -> None:
    from convstudio import sessions_ui

    assert sessions_ui.of(window).load_preset("maxpool-2x2")
    assert window.active_page() is page and page.stepper.step == 0
    assert page.output_view.values().shape == (3, 3)
    assert np.array_equal(page.output_view.values(), torch_pool(page))
    assert window.output_view.values().shape == (6, 6)  # the single layer keeps the size


def test_a_language_change_rewords_the_tab_and_the_message(window, page) -> None:
    from convstudio import i18n

    set_spin(page, "Padding rows", 2)
    message = page.message.text()
    try:
        i18n.set_language("zh_CN")
        assert page.formulas.step_text().startswith("max(")  # re-made, still complete
        assert page.message.isVisible() and page.message.text()
    finally:
        i18n.set_language("en")
    assert page.message.text() == message
    assert window.modes.tabText(window.modes.indexOf(page)) == "Pooling"


def test_a_shorter_result_at_a_late_step_draws_its_own_last_step(page, qtbot) -> None:
    # The monkey found it: at step 14 of 16, a stride change left 9 steps and the view
    # drew step 14 of the new walk before the step moved inside it.
    set_spin(page, "Stride rows", 1)
    set_spin(page, "Stride columns", 1)
    page.stepper.last()
    late = page.stepper.step
    set_spin(page, "Stride rows", 2)
    set_spin(page, "Stride columns", 2)
    s = page.stepper
    assert s.step == s.n_steps - 1 < late
    assert page.output_view.values().shape == page.controller.walk.output.shape
