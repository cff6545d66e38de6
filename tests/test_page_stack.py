"""The "Layer stack" tab driven through its real controls (pytest-qt, offscreen).

Shapes in the table are checked against the core summary and against PyTorch layers
actually chained on a random tensor.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import export
from convstudio.core import ConfigError
from convstudio.core.session import from_dict, to_dict
from convstudio.core.stack import summarize
from convstudio.core.stack_layers import ConvLayer, PoolLayer
from convstudio.main_window import MainWindow

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
Key = QtCore.Qt.Key
SHAPES = 3  # the table's "input → output" column


def find(root: QtWidgets.QWidget, kind: type, name: str) -> QtWidgets.QWidget:
    """A control by its accessible name."""
    for widget in root.findChildren(kind):
        if widget.accessibleName() == name:
            return widget
    raise LookupError(name)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.set_mode("stack")
    return win


@pytest.fixture
def page(window):
    return window.page("stack")


def table_outputs(page, side: int = 0) -> list[str]:
    """The output shape of every row of the summary table ("18×18")."""
    table = page.columns[side].table
    return [table.row_texts(r)[SHAPES].split(" → ")[-1] for r in range(table.rowCount())]


def torch_outputs(shape, layers) -> list[str]:
    """Every stage's H×W from running the layers in torch (TF "same" pads written out)."""
    t = torch.rand((1, *shape), dtype=torch.float64)
    out = [f"{t.shape[2]}×{t.shape[3]}"]
    for layer in layers:
        if isinstance(layer, PoolLayer):
            pool = F.max_pool2d if layer.op == "max" else F.avg_pool2d
            t = pool(t, layer.kernel, layer.stride, layer.padding, ceil_mode=layer.ceil_mode)
        else:
            pads = []
            for k in layer.kernel:
                total = k - 1 if layer.padding == "same" else 0  # stride 1 in these tests
                pads.append((total // 2, total - total // 2))
            (top, bottom), (left, right) = pads
            t = F.pad(t, (left, right, top, bottom))
            weight = torch.ones(t.shape[1], t.shape[1], *layer.kernel, dtype=torch.float64)
            t = F.conv2d(t, weight)
        out.append(f"{t.shape[2]}×{t.shape[3]}")
    return out


def test_the_default_stack_matches_core_and_torch(page) -> None:
    c = page.controller
    assert table_outputs(page) == ["20×20", "18×18", "14×14", "8×8"]
    assert table_outputs(page) == torch_outputs(c.input_shape, c.layers)
    summary = summarize(c.input_shape, c.layers)
    for row, stage in enumerate(summary.stages, start=1):
        texts = page.columns[0].table.row_texts(row)
        assert texts[-1] == str(stage.params)
        assert texts[5].startswith(str(stage.receptive_field[0]))
    assert not page.columns[1].isVisible()


def test_layers_are_added_removed_and_moved_with_buttons_and_keys(page, qtbot) -> None:
    layers = find(page, QtWidgets.QListWidget, "Layers")
    layers.setCurrentRow(2)
    qtbot.mouseClick(
        find(page, QtWidgets.QPushButton, "Add pool"), QtCore.Qt.MouseButton.LeftButton
    )
    assert layers.count() == 4 and layers.currentRow() == 3
    assert isinstance(page.controller.layers[3], PoolLayer)
    assert table_outputs(page)[-1] == "4×4"
    layers.setFocus()
    layers.setCurrentRow(0)
    qtbot.keyClick(layers, Key.Key_Insert)  # a 3×3 "same" conv after layer 1
    assert layers.count() == 5 and layers.currentRow() == 1
    assert table_outputs(page) == ["20×20", "18×18", "18×18", "14×14", "8×8", "4×4"]
    qtbot.mouseClick(
        find(page, QtWidgets.QPushButton, "Move down"), QtCore.Qt.MouseButton.LeftButton
    )
    assert layers.currentRow() == 2 and page.controller.layers[2].padding == "same"
    qtbot.keyClick(layers, Key.Key_Delete)
    assert layers.count() == 4
    c = page.controller
    assert table_outputs(page) == torch_outputs(c.input_shape, c.layers)


def test_the_form_edits_the_selected_layer(page, qtbot) -> None:
    find(page, QtWidgets.QListWidget, "Layers").setCurrentRow(1)
    padding = find(page, QtWidgets.QComboBox, "Padding")
    padding.setCurrentIndex(padding.findData("same"))
    assert page.columns[0].table.row_texts(2)[4] == "2, 2, 2, 2"
    kernel_h = find(page, QtWidgets.QSpinBox, "Kernel height")
    kernel_h.setFocus()
    kernel_h.selectAll()
    qtbot.keyClicks(kernel_h, "3")
    qtbot.keyClick(kernel_h, Key.Key_Return)
    assert page.controller.layers[1].kernel == (3, 5)
    assert table_outputs(page)[2] == "18×18"
    channels = find(page, QtWidgets.QSpinBox, "Input channels")
    channels.setValue(3)
    find(page, QtWidgets.QSpinBox, "Filters").setValue(16)
    c = page.controller
    summary = summarize(c.input_shape, c.layers)
    conv = torch.nn.Conv2d(3, 16, (3, 5))
    expected = sum(p.numel() for p in conv.parameters())
    assert summary.stages[1].params == expected == 16 * 3 * 3 * 5 + 16
    assert page.columns[0].table.row_texts(2)[-1] == f"{expected:,}"


def test_stepping_walks_the_stack_and_moves_the_highlight(window, page, qtbot) -> None:
    column = page.columns[0]
    assert column.table.highlighted_row() == 0 and column.drawing.current() == 0
    qtbot.keyClick(window, Key.Key_Right)
    qtbot.keyClick(window, Key.Key_Right)
    assert page.stepper.step == 2
    assert column.table.highlighted_row() == 2 and column.drawing.current() == 2
    lines = column.step_lines()
    assert lines[0] == "Layer 2 · conv 5×5: 18×18 → 14×14"
    assert "H_out = W_out = ⌊(18 + 0 + 0 − 1·(5 − 1) − 1) / 1⌋ + 1 = 14" in lines
    assert "r = 3 + (5 − 1)·1 = 7,  j = 1·1 = 1" in lines
    # Centre cell (7, 7) of the 14×14 output sees input rows and columns 7 to 13 (7×7).
    assert column.drawing.boxes()[0] == ((7, 13), (7, 13))
    assert find(page, QtWidgets.QListWidget, "Layers").currentRow() == 1
    assert page.playback.counter_text() == "Layer 2 of 3 · step 3 of 4"
    page.stepper.tick()
    assert column.table.highlighted_row() == 3
    qtbot.keyClick(window, Key.Key_Home)
    assert column.table.highlighted_row() == 0


def test_an_impossible_layer_shows_a_message_and_keeps_the_good_prefix(page) -> None:
    find(page, QtWidgets.QSpinBox, "Input height").setValue(6)
    find(page, QtWidgets.QSpinBox, "Input width").setValue(6)
    assert page.message.isVisible()
    assert page.message.text().startswith("layer 2 (conv 5×5 · valid): kernel 5×5 does not fit")
    table = page.columns[0].table
    assert table.rowCount() == 3  # input, layer 1, the failing layer 2
    assert table_outputs(page)[:2] == ["6×6", "4×4"]
    assert table.row_texts(2)[SHAPES] == "4×4 → cannot work"
    assert page.stepper.n_steps == 2
    open_button = find(page, QtWidgets.QPushButton, "Open layer")
    find(page, QtWidgets.QListWidget, "Layers").setCurrentRow(1)
    assert not open_button.isEnabled() and "fix its settings" in open_button.toolTip()
    find(page, QtWidgets.QSpinBox, "Input height").setValue(20)
    find(page, QtWidgets.QSpinBox, "Input width").setValue(20)
    assert not page.message.isVisible() and page.stepper.n_steps == 4


def test_the_classic_example_shows_valid_next_to_same(page, qtbot) -> None:
    find(page, QtWidgets.QSpinBox, "Input height").setValue(9)
    qtbot.mouseClick(
        find(page, QtWidgets.QPushButton, "Classic example"), QtCore.Qt.MouseButton.LeftButton
    )
    assert find(page, QtWidgets.QCheckBox, "Valid vs same").isChecked()
    assert page.columns[1].isVisible()
    assert table_outputs(page, 0) == ["20×20", "18×18", "14×14", "8×8"]
    assert table_outputs(page, 1) == ["20×20", "20×20", "20×20", "20×20"]
    assert [page.columns[1].table.row_texts(r)[5] for r in (1, 2, 3)] == [
        "3 · jump 1",
        "7 · jump 1",
        "13 · jump 1",
    ]
    page.stepper.set_step(1)
    words = page.columns[1].connection_lines()
    assert words[0] == "Connections · layer 1 vs a dense layer"
    assert (
        words[1] == "A dense layer would need 160,000 weights; this convolution shares 9 of them."
    )
    assert "3,364 vs 160,000" in words[2]


def test_step_into_a_conv_layer_shows_its_shapes_in_the_single_layer_tab(window, page, qtbot):
    page.stepper.set_step(2)
    table = page.columns[0].table
    table.setFocus()
    qtbot.keyClick(table, Key.Key_Return)
    assert window.active_page() is None
    assert window.controller.input.shape == (18, 18)
    assert window.controller.kernel.shape == (5, 5)
    assert window.output_view.values().shape == (14, 14)
    assert window.controller.params.padding == "valid"
    assert "random values of the shape that reaches it (18×18" in page.note.text()


def test_a_pooling_row_opens_in_the_pooling_tab_or_says_why_not(window, page, qtbot) -> None:
    page.controller.add_layer(PoolLayer("avg", (2, 2), (2, 2), (0, 0), True))
    find(page, QtWidgets.QListWidget, "Layers").setCurrentRow(3)
    button = find(page, QtWidgets.QPushButton, "Open layer")
    try:
        pooling = window.page("pooling")
    except KeyError:
        assert not button.isEnabled() and "does not have" in button.toolTip()
        return
    assert button.isEnabled()
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    assert window.active_page() is pooling
    state = pooling.state()
    assert state["input_size"] == [8, 8] and state["kind"] == "avg" and state["ceil_mode"]


def test_the_stack_round_trips_through_a_session(window, page) -> None:
    find(page, QtWidgets.QCheckBox, "Valid vs same").setChecked(True)
    page.controller.add_layer(PoolLayer("max", (3, 3), (2, 2), (1, 1), True))
    page.stepper.set_step(2)
    session = from_dict(to_dict(export.snapshot(window)))
    assert session.mode["name"] == "stack" and session.mode["step"] == 2
    before = page.state()
    page.controller.load_example()
    window.show_mode(None)
    window.show_mode(session.mode)
    assert window.active_page() is page and page.state() == before
    assert page.stepper.step == 2 and page.columns[0].table.highlighted_row() == 2


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"input": [1, 99, 5]}, "from 1 to 64"),
        ({"layers": [{"type": "conv", "kernel": [3]}]}, "two whole numbers"),
        ({"pair": "yes"}, "true or false"),
        ({"extra": 1}, "unknown key"),
    ],
)
def test_bad_states_are_refused_and_change_nothing(window, page, change, words) -> None:
    before = page.state()
    with pytest.raises(ConfigError, match=words):
        window.show_mode({"name": "stack", "step": 0, "state": {**before, **change}})
    assert page.state() == before


def test_export_renders_the_stack_step_by_step(window, page, tmp_path) -> None:
    page.controller.load_example()
    session = export.snapshot(window)
    assert session.mode["name"] == "stack"
    first = export.render_frame(session, 0, tmp_path / "a.png", size=(960, 540))
    last = export.render_frame(session, 3, tmp_path / "b.png", size=(960, 540))
    a, b = (export.image_array(QtGui.QImage(str(p))) for p in (first, last))
    assert a.shape[:2] == (540, 960)
    assert not np.array_equal(a, b)
    with pytest.raises(ValueError, match=r"outside 0\.\.3"):
        export.render_frame(session, 4, tmp_path / "c.png", size=(960, 540))


def test_the_preset_opens_the_pair(window) -> None:
    from convstudio import sessions_ui

    assert sessions_ui.of(window).load_preset("stack-valid-vs-same")
    page = window.page("stack")
    assert window.active_page() is page and page.controller.pair
    assert table_outputs(page, 0)[-1] == "8×8" and table_outputs(page, 1)[-1] == "20×20"
    assert ConvLayer(7).checked() == page.controller.layers[2]


def test_a_language_change_rewords_the_page_and_keeps_its_state(page) -> None:
    before = page.state()
    page.stepper.set_step(1)
    QtWidgets.QApplication.sendEvent(page, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))
    assert page.state() == before and page.title() == "Layer stack"
    assert page.playback.counter_text() == "Layer 1 of 3 · step 2 of 4"
    assert page.columns[0].step_lines()[0] == "Layer 1 · conv 3×3: 20×20 → 18×18"
