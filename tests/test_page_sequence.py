"""The sequence (1-D) tab, driven through its real controls, checked against PyTorch."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import export
from convstudio.core import ConfigError
from convstudio.core.session import from_dict, to_dict
from convstudio.main_window import MainWindow

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.set_mode("sequence")
    return win


@pytest.fixture
def page(window):
    return window.page("sequence")


def control(page, name: str) -> QtWidgets.QWidget:
    found = [w for w in page.findChildren(QtWidgets.QWidget) if w.accessibleName() == name]
    assert len(found) == 1, (name, found)
    return found[0]


def set_spin(page, name: str, value: float) -> None:
    spin = control(page, name)
    spin.setValue(value)
    assert spin.value() == value


def pick(page, name: str, key: str) -> None:
    box = control(page, name)
    box.setCurrentIndex(box.findData(key))
    assert box.currentData() == key


def torch_output(page) -> np.ndarray:
    """conv1d of what the page shows, padded by F.pad with the page's left/right amounts."""
    walk, s = page.controller.walk, page.state()
    x = torch.from_numpy(walk.input)[None, None]
    mode = s["padding_mode"]
    if mode in ("zeros", "constant"):
        value = s["value"] if mode == "constant" else 0.0
        xp = F.pad(x, walk.pads, mode="constant", value=value)
    else:
        xp = F.pad(x, walk.pads, mode=mode)
    w = torch.from_numpy(walk.kernel)[None, None]
    return F.conv1d(xp, w, stride=s["stride"], dilation=s["dilation"])[0, 0].numpy()


def dot_text(page) -> str:
    return page.formulas.findChild(QtWidgets.QLabel, "dot_product").text()


def test_controls_change_the_output_to_torchs(page) -> None:
    set_spin(page, "Sequence length", 9)
    set_spin(page, "Kernel length", 4)
    set_spin(page, "Dilation", 2)
    pick(page, "Fill mode", "reflect")
    assert page.state()["padding"] == "causal" and page.controller.walk.pads == (6, 0)
    assert np.array_equal(page.output_view.values()[0], torch_output(page))
    pick(page, "Padding", "explicit")
    set_spin(page, "Padding right", 3)
    pick(page, "Fill mode", "constant")
    set_spin(page, "Constant fill value", 2.5)
    set_spin(page, "Stride", 3)
    assert page.state()["padding"] == [6, 3]
    assert page.input_view.values().shape == (1, 18)
    assert np.array_equal(page.output_view.values()[0], torch_output(page))
    pick(page, "Padding", "same")
    set_spin(page, "Stride", 1)
    pick(page, "Input values", "ramp")
    expected = F.conv1d(
        torch.from_numpy(page.controller.walk.input)[None, None],
        torch.from_numpy(page.controller.walk.kernel)[None, None],
        padding="same",
        dilation=2,
    )
    pick(page, "Fill mode", "zeros")
    assert np.array_equal(page.output_view.values()[0], expected[0, 0].numpy())


def test_causal_window_ends_on_input_t_at_every_step(page) -> None:
    set_spin(page, "Kernel length", 3)
    set_spin(page, "Dilation", 2)
    walk = page.controller.walk
    left = walk.pads[0]
    assert left == 4 and walk.pads[1] == 0
    note = page.findChild(QtWidgets.QLabel, "causal_note")
    for t in range(walk.n_steps):
        assert page.stepper.step == t
        rects = page.input_view.window_tap_rects()
        right_edge = max(r.center().x() for r in rects)
        assert round(right_edge) - left == t  # the window's last tap is input t
        assert "≤ t" in note.text() and f"to {t} " in note.text()
        assert page.output_view.highlight_mask() is None
        page.stepper.tick()
    assert page.stepper.step == walk.n_steps - 1


def test_stepping_reveals_the_output_and_the_sum_adds_up(page) -> None:
    walk = page.controller.walk
    for t in (0, 3, walk.n_steps - 1):
        page.stepper.set_step(t)
        step = walk.step(t)
        assert step.products.sum() == walk.output[t]
        assert dot_text(page).endswith(f"= {int(walk.output[t])}".replace("-", "\u2212"))
        assert page.playback.findChildren(QtWidgets.QLabel)  # counter exists
        assert page.step_counter(t).startswith(f"Step {t + 1} / {walk.n_steps}")


def test_a_shorter_walk_keeps_the_step_inside_it(page) -> None:
    page.stepper.last()
    assert page.stepper.step == 11
    set_spin(page, "Sequence length", 5)
    assert page.stepper.step == 4
    assert page.output_view.values().shape == (1, 5)


def test_impossible_settings_show_a_message_and_keep_the_picture(page) -> None:
    pick(page, "Padding", "same")
    before = page.output_view.values().copy()
    set_spin(page, "Stride", 2)
    assert page.message.isVisible()
    assert '"same" needs stride 1' in page.message.text()
    assert np.array_equal(page.output_view.values(), before)
    assert page.state()["stride"] == 1  # the state is the picture's
    set_spin(page, "Stride", 1)
    assert not page.message.isVisible()
    pick(page, "Padding", "valid")
    set_spin(page, "Kernel length", 5)
    set_spin(page, "Dilation", 4)
    assert "does not fit the padded sequence" in page.message.text()
    pick(page, "Padding", "full")
    pick(page, "Fill mode", "reflect")
    assert "reflect padding of 16" in page.message.text()


def test_state_round_trips_and_bad_states_change_nothing(page) -> None:
    state = {**page.state(), "length": 20, "padding": [1, 2], "kernel": "box", "seed": 4}
    page.set_state(state)
    assert page.state() == state
    assert control(page, "Sequence length").value() == 20
    assert control(page, "Padding").currentData() == "explicit"
    assert control(page, "Padding right").value() == 2
    for bad, words in (
        ({"length": 49}, "'length' must be a whole number from 1 to 48"),
        ({"padding": "sideways"}, "'padding' must be one of"),
        ({"padding": [1]}, "'padding' must be two whole numbers"),
        ({"kernel": "sobel_x"}, "'kernel' must be one of"),
        ({"speed": 2}, "unknown key"),
        ({"stride": 2, "padding": "same"}, "needs stride 1"),
        ({"value": "zero"}, "must be a number"),
    ):
        with pytest.raises(ConfigError, match=words):
            page.set_state({**state, **bad})
        assert page.state() == state
    with pytest.raises(ConfigError, match="the state"):
        page.set_state([1, 2])


def test_a_session_saves_and_reopens_the_tab(window, page, qtbot) -> None:
    page.set_state({**page.state(), "length": 15, "dilation": 2, "padding_mode": "circular"})
    page.stepper.set_step(6)
    session = from_dict(to_dict(export.snapshot(window)))
    assert session.mode["name"] == "sequence" and session.mode["step"] == 6
    other = MainWindow()
    qtbot.addWidget(other)
    other.show_mode(session.mode)
    again = other.page("sequence")
    assert other.active_page() is again
    assert again.state() == page.state() and again.stepper.step == 6
    assert np.array_equal(again.output_view.values(), page.output_view.values())


def test_export_renders_the_tab(window, page, tmp_path) -> None:
    session = export.snapshot(window)
    paths = [
        export.render_frame(session, i, tmp_path / f"{i}.png", size=(800, 450)) for i in (0, 5)
    ]
    a, b = (export.image_array(QtGui.QImage(str(p))) for p in paths)
    assert a.shape[:2] == (450, 800)
    assert not np.array_equal(a, b)


def test_hovering_an_output_lights_up_its_window(page) -> None:
    page.output_view.cell_hovered.emit(0, 4)
    mask = page.input_view.highlight_mask()
    walk = page.controller.walk
    assert mask is not None and list(np.flatnonzero(mask[0])) == list(walk.step(4).cols)
    page.output_view.cell_hovered.emit(-1, -1)
    assert page.input_view.highlight_mask() is None


def mnemonics(panel) -> dict[str, QtWidgets.QWidget]:
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
    assert keys["l"] is control(page, "Sequence length")
    assert keys["g"] is control(page, "Padding left")
    for spin in page.panel.findChildren(QtWidgets.QAbstractSpinBox):
        assert not spin.keyboardTracking() and spin.accessibleName()
        assert spin.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus


def test_the_tab_follows_the_language(page) -> None:
    page.retranslate()
    assert page.title() == "Sequence (1-D)"
    assert page.captions[0].text().startswith("Input")
