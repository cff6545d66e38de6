"""Edit → Type input / kernel values: typed and pasted matrices, and what is refused."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from PySide6 import QtCore, QtWidgets

from convstudio.core import ConfigError
from convstudio.core.matrix_text import format_matrix, parse_matrix
from convstudio.main_window import MainWindow
from convstudio.values_ui import ValuesDialog

Key = QtCore.Qt.Key


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# --- core.matrix_text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3\n4 5 6",
        "1\t2\t3\r\n4\t5\t6\r\n",  # a spreadsheet copy (Windows line ends)
        "1,2,3\n4,5,6",  # CSV
        "1; 2; 3\n4; 5; 6",  # a European CSV
        "[[1, 2, 3], [4, 5, 6]]",  # a Python or JSON list
        "[[1. 2. 3.]\n [4. 5. 6.]]",  # numpy's print
        "tensor([[1., 2., 3.],\n        [4., 5., 6.]])",  # torch's print
        "array([[1, 2, 3],\n       [4, 5, 6]], dtype=int64)",  # numpy's repr
    ],
)
def test_every_common_way_of_writing_a_matrix_is_read(text: str) -> None:
    np.testing.assert_array_equal(parse_matrix(text, "input", 64), [[1, 2, 3], [4, 5, 6]])


def test_a_wide_numpy_printout_keeps_its_rows() -> None:
    x = np.arange(60.0).reshape(3, 20)  # numpy wraps each row over two lines
    assert "\n" in str(x[0])
    np.testing.assert_array_equal(parse_matrix(str(x), "input", 64), x)


@settings(max_examples=150, deadline=None)
@given(
    arrays(
        np.float64,
        st.tuples(st.integers(1, 6), st.integers(1, 6)),
        elements=st.floats(-1e9, 1e9, allow_nan=False),
    )
)
def test_copied_text_pastes_back_exactly(x: np.ndarray) -> None:
    np.testing.assert_array_equal(parse_matrix(format_matrix(x), "input", 64), x)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "holds no numbers"),
        ("1 2\n3", r"row 1 has 2 numbers, row 2 has 1"),
        ("1 x", r"row 1, column 2: 'x' is not a finite number"),
        ("1 inf", "'inf' is not a finite number"),
        (" ".join(["1"] * 12), r"1×12, larger than 11×11"),
    ],
)
def test_bad_text_is_refused_with_the_cell_named(text: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        parse_matrix(text, "kernel", 11)


def test_a_typographic_minus_from_a_slide_is_a_minus() -> None:
    np.testing.assert_array_equal(parse_matrix("\u22121 2", "kernel", 11), [[-1, 2]])


# --- the dialog, driven by keys ------------------------------------------------------


def _type_into(qtbot, dialog: ValuesDialog, row: int, col: int, text: str) -> None:
    dialog.table.setCurrentCell(row, col)
    qtbot.keyClick(dialog.table, Key.Key_F2)  # edit the current cell, as a keyboard user does
    editors = [e for e in dialog.table.findChildren(QtWidgets.QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 opened no cell editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Key.Key_Return)
    QtWidgets.QApplication.processEvents()  # the delegate commits through a queued call


def test_typed_values_reach_the_single_layer(window: MainWindow, qtbot, monkeypatch) -> None:
    editor = window.values_editor
    window.controller.set_input("ramp", 3, 3)

    def exec_(dialog: ValuesDialog) -> int:
        dialog.show()
        _type_into(qtbot, dialog, 0, 0, "7")
        _type_into(qtbot, dialog, 2, 1, "-2.5")
        dialog.cols.setValue(4)  # a new column of zeros; typed cells stay
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ValuesDialog, "exec", exec_)
    editor.input_action.trigger()
    c = window.controller
    assert c.input.shape == (3, 4) and c.input_kind == "custom"
    assert c.input[0, 0] == 7 and c.input[2, 1] == -2.5 and not c.input[:, 3].any()
    np.testing.assert_array_equal(window.input_view.values()[1:-1, 1:-1], c.input)
    c.undo()
    assert c.input.shape == (3, 3) and c.input_kind == "ramp"


def test_a_pasted_kernel_replaces_the_kernel(window: MainWindow, qtbot, monkeypatch) -> None:
    QtWidgets.QApplication.clipboard().setText(
        "tensor([[0., 1., 0.],\n [1., -4., 1.],\n [0., 1., 0.]])"
    )

    def exec_(dialog: ValuesDialog) -> int:
        dialog.show()
        qtbot.keyClick(dialog, Key.Key_V, QtCore.Qt.KeyboardModifier.ControlModifier)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ValuesDialog, "exec", exec_)
    window.values_editor.kernel_action.trigger()
    np.testing.assert_array_equal(window.controller.kernel, [[0, 1, 0], [1, -4, 1], [0, 1, 0]])
    np.testing.assert_array_equal(window.kernel_view.values(), window.controller.kernel)


def test_a_bad_cell_keeps_the_dialog_open_and_changes_nothing(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    before = window.controller.kernel
    seen = []

    def exec_(dialog: ValuesDialog) -> int:
        dialog.show()
        _type_into(qtbot, dialog, 1, 2, "abc")
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.message.text()))
        QtWidgets.QApplication.clipboard().setText("1 2\n3")
        dialog.paste()
        seen.append(dialog.message.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ValuesDialog, "exec", exec_)
    window.values_editor.kernel_action.trigger()
    (visible, first), second = seen
    assert visible and "row 2, column 3: 'abc' is not a finite number" in first
    assert "row 1 has 2 numbers, row 2 has 1" in second
    assert window.controller.kernel is before


def test_copy_puts_exact_tab_separated_text_on_the_clipboard(window: MainWindow) -> None:
    dialog = ValuesDialog("t", np.array([[0.1, -3.0], [2.0, 1e-7]]), 11, window)
    dialog.copy()
    assert QtWidgets.QApplication.clipboard().text() == "0.1\t-3\n2\t1e-07"
