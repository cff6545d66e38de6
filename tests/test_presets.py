"""The shipped presets: each states its shapes, and core and the real window agree."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore

from convstudio.core import ConfigError, Walk
from convstudio.core.presets import (
    find_preset,
    load_preset,
    preset_index,
    preset_names,
    resource_dir,
)

INFOS = preset_index()
IDS = [i.name for i in INFOS]
REQUIRED = {
    "valid-4x4": ((4, 4), (4, 4), (2, 2)),
    "same-4x4": ((4, 4), (6, 6), (4, 4)),
    "digit7-valid": ((28, 28), (28, 28), (26, 26)),
    "digit7-same": ((28, 28), (30, 30), (28, 28)),
    "zero-ring-6x6": ((6, 6), (8, 8), (6, 6)),
    "stride2-valid-5x5": ((5, 5), (5, 5), (2, 2)),
    "stride2-pad1-5x5": ((5, 5), (7, 7), (3, 3)),
    "stride3-skips-edge": ((7, 7), (7, 7), (2, 2)),
    "tf-same-stride2": ((6, 6), (7, 7), (3, 3)),
    "torch-pad1-stride2": ((6, 6), (8, 8), (3, 3)),
    "zeros-edge": ((6, 6), (8, 8), (6, 6)),
    "reflect-edge": ((6, 6), (8, 8), (6, 6)),
    "dilation2": ((7, 7), (7, 7), (3, 3)),
    "full-padding": ((4, 4), (8, 8), (6, 6)),
}


def test_the_teaching_examples_are_all_there() -> None:
    assert set(REQUIRED) <= set(preset_names())
    assert len(set(IDS)) == len(IDS)
    assert len({i.number for i in INFOS}) == len(INFOS)
    for info in INFOS:
        assert info.title and len(info.description) > 40, info.name


@pytest.mark.parametrize("info", INFOS, ids=IDS)
def test_stated_shapes_hold_in_core(info) -> None:
    session = info.load()
    assert session.expect is not None and set(session.expect) == {"input", "padded", "output"}
    walk = Walk(session.input, session.kernel, session.params)
    assert walk.input.shape == session.expect["input"]
    assert walk.padded.mask.shape == session.expect["padded"]
    assert walk.out_shape == session.expect["output"]
    if info.name in REQUIRED:  # the numbers the issue asks for, independent of the files
        assert (walk.input.shape, walk.padded.mask.shape, walk.out_shape) == REQUIRED[info.name]


@pytest.mark.parametrize("info", INFOS, ids=IDS)
def test_stated_shapes_hold_in_the_window(info, qtbot) -> None:
    from convstudio import sessions_ui
    from convstudio.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert sessions_ui.of(win).load_preset(info.name)
    expect = info.load().expect
    assert win.controller.error == ""
    assert win.controller.input.shape == expect["input"]
    assert win.input_view.values().shape == expect["padded"]
    assert win.output_view.values().shape == expect["output"]
    assert win.controls.params() == win.controller.params.checked()


def test_tf_same_and_torch_pad1_differ_only_in_windows() -> None:
    tf, torch_like = (load_preset(n).walk() for n in ("tf-same-stride2", "torch-pad1-stride2"))
    np.testing.assert_array_equal(tf.input, torch_like.input)
    assert tf.out_shape == torch_like.out_shape == (3, 3)
    assert tf.pads == ((0, 1), (0, 1)) and torch_like.pads == ((1, 1), (1, 1))
    assert not np.array_equal(tf.output, torch_like.output)
    for name in ("tf-same-stride2", "torch-pad1-stride2"):
        text = find_preset(name).description
        assert "same shape" in text or "same 3×3 shape" in text


def test_reflect_keeps_the_edge_that_zeros_darkens() -> None:
    zeros, reflect = (load_preset(n).walk().output for n in ("zeros-edge", "reflect-edge"))
    np.testing.assert_allclose(reflect, 9.0)
    np.testing.assert_allclose(zeros[1:-1, 1:-1], 9.0)
    np.testing.assert_allclose([zeros[0, 0], zeros[0, 2]], [4.0, 6.0])


def test_odd_stride_preset_never_reads_its_last_row_and_column() -> None:
    session = load_preset("stride3-skips-edge")
    rows, cols = session.walk().unreached()
    assert session.params.stride == (3, 3)
    assert list(rows) == [6] and list(cols) == [6] and session.coverage


def test_presets_match_pytorch() -> None:
    if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
        import torch
    else:
        torch = pytest.importorskip("torch")
    for name, kwargs in (("torch-pad1-stride2", {"padding": 1}), ("dilation2", {"dilation": 2})):
        walk = load_preset(name).walk()
        x = torch.from_numpy(walk.input)[None, None]
        k = torch.from_numpy(walk.kernel)[None, None]
        stride = walk.params.stride
        expected = torch.nn.functional.conv2d(x, k, stride=stride, **kwargs)[0, 0].numpy()
        np.testing.assert_array_equal(walk.output, expected)


def test_find_by_name_or_number() -> None:
    assert find_preset("3").name == find_preset("digit7-valid").name == INFOS[2].name
    assert find_preset("03").name == find_preset("03-digit7-valid").name == INFOS[2].name
    assert find_preset(" Valid-4x4 ").name == "valid-4x4"
    with pytest.raises(ConfigError, match="unknown preset 'nope'; the presets are valid-4x4"):
        find_preset("nope")


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch) -> None:
    bundled = tmp_path / "convstudio" / "resources" / "presets"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert Path(str(resource_dir("presets"))) == bundled


def test_presets_menu_and_ctrl_digit(qtbot) -> None:
    from convstudio import sessions_ui
    from convstudio.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(win.isActiveWindow)
    menu = sessions_ui.of(win).presets_menu
    actions = menu.actions()
    assert len(actions) == len(INFOS)
    assert actions[0].shortcut().toString() == "Ctrl+1"
    assert actions[0].toolTip() == INFOS[0].description
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles.index("Presets") == titles.index("Edit") + 1
    assert sessions_ui.of(win).load_preset("dilation2")
    assert win.windowTitle().startswith("preset dilation2 — convstudio")
    qtbot.keyClick(win, QtCore.Qt.Key.Key_2, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert win.output_view.values().shape == INFOS[1].load().expect["output"]
    assert win.controller.history.can_undo  # a preset load is one undoable edit
