"""The channels tab, driven through its real controls, checked against PyTorch."""

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
    win.set_mode("channels")
    return win


@pytest.fixture
def page(window):
    return window.page("channels")


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
    """F.conv2d of the page's input and weights, padded by F.pad with the pads in use."""
    walk, s = page.controller.walk, page.state()
    (t, b), (lf, r) = walk.pads
    x = torch.from_numpy(walk.input.copy())[None]
    if s["padding_mode"] in ("zeros", "constant"):
        fill = s["value"] if s["padding_mode"] == "constant" else 0.0
        xp = F.pad(x, (lf, r, t, b), mode="constant", value=fill)
    else:
        xp = F.pad(x, (lf, r, t, b), mode=s["padding_mode"])
    bias = torch.full((walk.out_channels,), s["bias"], dtype=torch.float64)
    out = F.conv2d(
        xp,
        torch.from_numpy(walk.weight),
        bias,
        stride=tuple(s["stride"]),
        dilation=tuple(s["dilation"]),
        groups=s["groups"],
    )
    return out[0].numpy()


def shown_outputs(page) -> np.ndarray:
    n = page.controller.walk.out_channels
    return np.stack([page.grids.outputs[o].values() for o in range(n)])


def title(view) -> str:
    return view.findChildren(QtWidgets.QLabel)[0].text()


def dot_text(page) -> str:
    return page.formulas.findChild(QtWidgets.QLabel, "dot_product").text()


def test_controls_change_the_outputs_to_torchs(page) -> None:
    assert np.array_equal(shown_outputs(page), torch_output(page))
    set_spin(page, "Input channels", 4)
    set_spin(page, "Filters (output channels)", 4)
    set_spin(page, "Groups", 2)
    set_spin(page, "Input height", 6)
    set_spin(page, "Stride width", 2)
    set_spin(page, "Bias of every filter", 3)
    pick(page, "Fill mode", "reflect")
    assert page.controller.walk.weight.shape == (4, 2, 3, 3)
    assert np.array_equal(shown_outputs(page), torch_output(page))
    pick(page, "Padding", "explicit")
    set_spin(page, "Padding left", 2)
    set_spin(page, "Dilation height", 2)
    pick(page, "Kernel weights", "sobel_x")
    assert not control(page, "Kernel height").isEnabled()
    assert page.state()["padding"] == [[1, 1], [2, 1]]
    assert np.array_equal(shown_outputs(page), torch_output(page))
    for o in range(4):
        assert page.grids.outputs[o].isVisible()


def test_each_channel_is_its_own_grid_with_the_window(page) -> None:
    walk = page.controller.walk
    names = [c.bar.text() for c in page.grids.columns[:3]]
    assert names == ["R", "G", "B"]
    for j in range(3):
        assert np.array_equal(page.grids.columns[j].input_view.values(), walk.padded.array[j])
    assert not page.grids.columns[3].isVisible()
    page.stepper.set_step(7)
    rows, cols = walk.window(7)
    for j in range(3):
        rects = page.grids.columns[j].input_view.window_tap_rects()
        assert {(round(r.center().y()), round(r.center().x())) for r in rects} == {
            (int(a), int(b)) for a in rows for b in cols
        }


def test_partial_sums_add_up_and_stepping_goes_through_every_filter(page) -> None:
    walk = page.controller.walk
    ho, wo = walk.out_shape
    for index in (0, 7, ho * wo - 1, ho * wo, walk.n_steps - 1):
        page.stepper.set_step(index)
        step = walk.step(index)
        o = step.out_channel
        shown = [page.grids.columns[j].partial.text() for j in range(3)]
        partials = [float(t.split("= ")[1].replace("\u2212", "-")) for t in shown]
        assert sum(partials) + step.bias == step.total == walk.output[o, step.out_row, step.out_col]
        text = dot_text(page)
        assert text.startswith(f"filter {o} at row {step.out_row}, col {step.out_col}:")
        assert "R: " in text and "+ bias 0 = " in text
        for j, sl in enumerate(step.slices):
            assert np.array_equal(
                page.grids.columns[sl.channel].kernel_view.values(), walk.weight[o, j]
            )
        titles = [title(page.grids.outputs[i]) for i in range(walk.out_channels)]
        assert titles[o].startswith("▶") and not any(t.startswith("▶") for t in titles[o + 1 :])
    first, second = page.grids.outputs[:2]
    page.stepper.set_step(walk.n_steps - 1)
    whole = first.image_rgba()
    page.stepper.set_step(ho * wo + 2)  # filter 1 is being computed: filter 0 is complete
    assert np.array_equal(first.image_rgba(), whole)
    page.stepper.set_step(ho * wo - 1)  # filter 1 not started: all blank, like its last cells
    blank = second.image_rgba()
    assert (blank == blank[-1, -1]).all()


def test_fewer_filters_keep_the_step_inside_the_walk(page) -> None:
    page.stepper.last()
    set_spin(page, "Filters (output channels)", 1)
    assert page.stepper.step == 24
    assert not page.grids.outputs[1].isVisible()


def test_groups_dim_the_channels_a_filter_does_not_read(page) -> None:
    set_spin(page, "Input channels", 4)
    set_spin(page, "Filters (output channels)", 2)
    set_spin(page, "Groups", 2)
    walk = page.controller.walk
    page.stepper.set_step(walk.n_steps - 1)  # filter 1 reads channels 2 and 3
    cols = page.grids.columns
    assert [c.kernel_view.isVisible() for c in cols] == [False, False, True, True]
    assert not cols[0].input_view.highlight_mask().any()
    assert cols[2].input_view.highlight_mask() is None
    assert [c.partial.text() for c in cols[:2]] == ["—", "—"]
    assert "ch 2: " in dot_text(page) and "ch 0" not in dot_text(page)


def test_impossible_settings_show_a_message_and_keep_the_picture(page) -> None:
    before = shown_outputs(page).copy()
    set_spin(page, "Groups", 2)
    assert page.message.isVisible()
    assert "groups=2 must divide the 3 input channels" in page.message.text()
    assert np.array_equal(shown_outputs(page), before)
    assert page.state()["groups"] == 1
    set_spin(page, "Groups", 1)
    assert not page.message.isVisible()
    pick(page, "Padding", "valid")
    set_spin(page, "Input height", 2)
    assert "does not fit the padded input" in page.message.text()
    set_spin(page, "Input height", 5)
    pick(page, "Padding", "full")
    pick(page, "Fill mode", "reflect")
    set_spin(page, "Dilation width", 3)
    assert "reflect padding of 6" in page.message.text()


def test_the_colour_picture_is_true_rgb(page) -> None:
    pick(page, "Input values", "image")
    walk = page.controller.walk
    assert walk.input.shape == (3, 5, 5)
    assert not control(page, "Input channels").isEnabled()
    assert not np.array_equal(walk.input[0], walk.input[2])  # a colour picture
    assert np.array_equal(shown_outputs(page), torch_output(page))
    with pytest.raises(ConfigError, match="3 channels"):
        page.set_state({**page.state(), "channels": 2})


def test_state_round_trips_and_bad_states_change_nothing(page) -> None:
    state = {**page.state(), "channels": 2, "filters": 4, "groups": 2, "size": [6, 4]}
    state.update(padding=[[0, 1], [2, 0]], kernel="box", bias=1.5, seed=3)
    page.set_state(state)
    assert page.state() == state
    assert control(page, "Filters (output channels)").value() == 4
    assert control(page, "Padding bottom").value() == 1
    for bad, words in (
        ({"channels": 5}, "'channels' must be a whole number from 1 to 4"),
        ({"size": [13, 4]}, "'size' must be two whole numbers from 1 to 12"),
        ({"padding": "causal"}, "'padding' must be one of"),
        ({"padding": [[0, 9], [0, 0]]}, "'padding' must be"),
        ({"groups": 3}, "groups=3 must divide"),
        ({"kernel": "sobel_x", "kernel_size": [2, 3]}, "3×3 by definition"),
        ({"zoom": 2}, "unknown key"),
        ({"bias": None}, "must be a number"),
    ):
        with pytest.raises(ConfigError, match=words):
            page.set_state({**state, **bad})
        assert page.state() == state


def test_a_session_saves_and_reopens_the_tab(window, page, qtbot) -> None:
    page.set_state({**page.state(), "filters": 3, "padding_mode": "circular", "stride": [2, 1]})
    page.stepper.set_step(11)
    session = from_dict(to_dict(export.snapshot(window)))
    assert session.mode["name"] == "channels" and session.mode["step"] == 11
    other = MainWindow()
    qtbot.addWidget(other)
    other.show_mode(session.mode)
    again = other.page("channels")
    assert other.active_page() is again
    assert again.state() == page.state() and again.stepper.step == 11
    assert np.array_equal(shown_outputs(again), shown_outputs(page))


def test_export_renders_the_tab(window, page, tmp_path) -> None:
    session = export.snapshot(window)
    paths = [
        export.render_frame(session, i, tmp_path / f"{i}.png", size=(800, 450)) for i in (0, 30)
    ]
    a, b = (export.image_array(QtGui.QImage(str(p))) for p in paths)
    assert a.shape[:2] == (450, 800)
    assert not np.array_equal(a, b)


def test_clicking_and_hovering_an_output_cell(page) -> None:
    walk = page.controller.walk
    page.grids.outputs[1].cell_clicked.emit(2, 3)
    assert page.stepper.step == walk.index_of(1, 2, 3)
    page.grids.outputs[0].cell_hovered.emit(0, 0)
    mask = page.grids.columns[1].input_view.highlight_mask()
    assert mask is not None and mask.sum() == 9
    hover = page.formulas.hover_text()
    assert hover.startswith("filter 0, row 0, col 0 = ") and "R, G, B" in hover
    page.grids.outputs[0].cell_hovered.emit(-1, -1)
    assert page.formulas.hover_text() == ""
    assert page.grids.columns[1].input_view.highlight_mask() is None


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
    assert keys["c"] is control(page, "Input channels")
    assert keys["g"] is control(page, "Groups")
    for spin in page.panel.findChildren(QtWidgets.QAbstractSpinBox):
        assert not spin.keyboardTracking() and spin.accessibleName()
        assert spin.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
