"""Small pieces the channels and sequence tabs share: controls, big labels and state checks.

Controls are keyboard-reachable (a mnemonic on every label, the label's buddy is the
field), named for screen readers and tests (accessibleName), emit once per committed
value (no keyboard tracking) and are synced back under ``signals_blocked``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.core.session_check import Checker, show
from convstudio.i18n import translate


def signals_blocked(widgets: Iterable[QtCore.QObject]) -> ExitStack:
    """Block every widget's signals inside a ``with``, so syncing emits nothing."""
    stack = ExitStack()
    for widget in widgets:
        stack.enter_context(QtCore.QSignalBlocker(widget))
    return stack


def spin(lo: int, hi: int) -> QtWidgets.QSpinBox:
    """An integer spin box bounded to ``lo``–``hi`` that emits only committed values."""
    box = QtWidgets.QSpinBox()
    box.setRange(lo, hi)
    box.setKeyboardTracking(False)
    return box


def double_spin(lo: float, hi: float) -> QtWidgets.QDoubleSpinBox:
    """A number spin box (one decimal) that emits only committed values."""
    box = QtWidgets.QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(1)
    box.setKeyboardTracking(False)
    return box


def combo(keys: Iterable[str]) -> QtWidgets.QComboBox:
    """A combo box whose items carry ``keys`` as data (texts are set by the page)."""
    box = QtWidgets.QComboBox()
    for key in keys:
        box.addItem(key, key)
    policy = QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    box.setSizeAdjustPolicy(policy)
    box.setMinimumContentsLength(8)
    return box


def retext(box: QtWidgets.QComboBox, words: Callable[[str], str]) -> None:
    """Show every item of ``box`` as ``words(key)`` without emitting anything."""
    with QtCore.QSignalBlocker(box):
        for i in range(box.count()):
            box.setItemText(i, words(box.itemData(i)))


def select(box: QtWidgets.QComboBox, key: str) -> None:
    """Pick the item whose data is ``key`` (call under a signal blocker)."""
    box.setCurrentIndex(max(0, box.findData(key)))


def set_value(box: QtWidgets.QAbstractSpinBox, value: float) -> None:
    """Set a spin box only when it differs (an unchanged value still repaints)."""
    if box.value() != value:
        box.setValue(value)


def pair_row(first: QtWidgets.QWidget, second: QtWidgets.QWidget, sep: str) -> QtWidgets.QWidget:
    """Two fields on one row; the row label's mnemonic lands in the first."""
    box = QtWidgets.QWidget()
    row = QtWidgets.QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 1)
    row.addWidget(QtWidgets.QLabel(sep))
    row.addWidget(second, 1)
    box.setFocusProxy(first)
    return box


class Form(QtWidgets.QGroupBox):
    """A titled group of labelled rows whose label texts are re-set on language changes."""

    def __init__(self) -> None:
        super().__init__()
        self.form = QtWidgets.QFormLayout(self)
        self.form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(
            QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.labels: dict[str, QtWidgets.QLabel] = {}

    def row(self, key: str, field: QtWidgets.QWidget) -> None:
        """Add a row labelled later by ``set_texts`` (``key`` names it)."""
        label = QtWidgets.QLabel()
        label.setBuddy(field)
        self.labels[key] = label
        self.form.addRow(label, field)

    def set_texts(self, texts: dict[str, str]) -> None:
        """Set each row label from ``texts`` by key."""
        for key, label in self.labels.items():
            label.setText(texts[key])


def scale_font(widget: QtWidgets.QWidget, base: QtGui.QFont, factor: float, bold: bool) -> None:
    """Give ``widget`` ``base`` scaled by ``factor`` (projector-sized captions and sums)."""
    font = QtGui.QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


# --- state checks ------------------------------------------------------------------------


def checker(mode: str) -> Checker:
    """A Checker whose messages start "mode 'channels': …"."""
    return Checker(translate("ModePage", "mode {name}").format(name=repr(mode)))


def choice(c: Checker, v: Any, name: str, options: Iterable[str]) -> str:
    """A JSON string among ``options``."""
    options = tuple(options)
    if v not in options:
        c.fail(
            translate("ModePage", "'{name}' must be one of {options}, found {found}").format(
                name=name, options=", ".join(options), found=show(v)
            )
        )
    return v


def read_state(
    c: Checker, state: Any, defaults: dict[str, Any], readers: dict[str, Callable[[Any], Any]]
) -> dict[str, Any]:
    """Check ``state`` key by key (unknown keys refused, missing ones take ``defaults``)."""
    c.keys(state, translate("ModePage", "the state"), (), tuple(defaults))
    return {key: readers[key](state.get(key, default)) for key, default in defaults.items()}
