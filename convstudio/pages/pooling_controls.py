"""The pooling tab's side panel, and the small control helpers both new tabs share.

The panel only reports edits (``edited`` with the changed state keys) and shows
what ``sync`` gives it. Every field is keyboard-reachable through its label's
mnemonic (avoiding F, E, V, H, P and M, which the menus use) or Tab, has an
accessible name, and emits once per committed value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from typing import Any

from PySide6 import QtCore, QtWidgets

from convstudio.core import samples
from convstudio.core.pool_state import CUSTOM, POOL_LIMITS


def signals_blocked(widgets: Iterable[QtCore.QObject]) -> ExitStack:
    """Block every widget's signals inside a ``with``, so syncing emits nothing."""
    stack = ExitStack()
    for widget in widgets:
        stack.enter_context(QtCore.QSignalBlocker(widget))
    return stack


class PairSpin(QtWidgets.QWidget):
    """Two bounded spin boxes on one row ("rows × columns"); the label's buddy is the first."""

    edited = QtCore.Signal()

    def __init__(self, lo: int, hi: int, sep: str = "×") -> None:
        super().__init__()
        self.spins = (QtWidgets.QSpinBox(), QtWidgets.QSpinBox())
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for i, spin in enumerate(self.spins):
            spin.setRange(lo, hi)
            spin.setKeyboardTracking(False)  # typing "12" must not apply 1 first
            spin.valueChanged.connect(self.edited)
            row.addWidget(spin, 1)
            if i == 0:
                row.addWidget(QtWidgets.QLabel(sep))
        self.setFocusProxy(self.spins[0])

    def value(self) -> list[int]:
        """[rows, columns]."""
        return [s.value() for s in self.spins]

    def set_value(self, value: list[int]) -> None:
        """Show ``value`` without emitting."""
        with signals_blocked(self.spins):
            for spin, v in zip(self.spins, value, strict=True):
                if spin.value() != v:
                    spin.setValue(v)

    def set_names(self, first: str, second: str) -> None:
        """Accessible names (and tooltips with the range) of the two boxes."""
        for spin, name in zip(self.spins, (first, second), strict=True):
            spin.setAccessibleName(name)
            spin.setToolTip(f"{name}: {spin.minimum()}–{spin.maximum()}")


def combo(keys: Iterable[str]) -> QtWidgets.QComboBox:
    """A combo box whose items carry ``keys`` as data (texts set on retranslate)."""
    box = QtWidgets.QComboBox()
    for key in keys:
        box.addItem(key, key)
    policy = QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    box.setSizeAdjustPolicy(policy)
    box.setMinimumContentsLength(8)
    return box


def retext(box: QtWidgets.QComboBox, words: Callable[[str], str]) -> None:
    """Show every item as ``words(key)`` without emitting."""
    with QtCore.QSignalBlocker(box):
        for i in range(box.count()):
            box.setItemText(i, words(box.itemData(i)))


def select(box: QtWidgets.QComboBox, key: str, words: Callable[[str], str]) -> None:
    """Pick the item ``key`` without emitting, adding it first if missing (a custom input)."""
    with QtCore.QSignalBlocker(box):
        if box.findData(key) < 0:
            box.addItem(words(key), key)
        box.setCurrentIndex(box.findData(key))


def input_words(key: str) -> str:
    """The display name of a sample input kind, or of typed values."""
    if key == CUSTOM:
        return QtCore.QCoreApplication.translate("PoolingControls", "Typed values")
    return samples.input_kind_name(key)


class LabelledForm(QtWidgets.QWidget):
    """A form whose row labels (with mnemonics) are re-worded on every language change."""

    def __init__(self) -> None:
        super().__init__()
        self.form = QtWidgets.QFormLayout(self)
        self.form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(
            QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.labels: dict[str, QtWidgets.QLabel] = {}

    def event(self, event: QtCore.QEvent) -> bool:
        """Let Space press a focused check box or button instead of the window's play key."""
        if (
            event.type() == QtCore.QEvent.Type.ShortcutOverride
            and event.key() == QtCore.Qt.Key.Key_Space
            and isinstance(QtWidgets.QApplication.focusWidget(), QtWidgets.QAbstractButton)
        ):
            event.accept()
            return True
        return super().event(event)

    def row(self, key: str, field: QtWidgets.QWidget) -> None:
        """Add a row labelled later by ``labels[key]``, the label's buddy being ``field``."""
        label = QtWidgets.QLabel()
        label.setBuddy(field)
        self.labels[key] = label
        self.form.addRow(label, field)

    def set_texts(self, texts: dict[str, str]) -> None:
        """Word every row label."""
        for key, label in self.labels.items():
            label.setText(texts[key])


class PoolingControls(LabelledForm):
    """Pooling type, input, kernel, stride, padding, dilation, ceil_mode, count_include_pad."""

    edited = QtCore.Signal(dict)  # the changed state keys and their new values

    def __init__(self) -> None:
        super().__init__()
        self.kind = combo(("max", "avg"))
        self.input_kind = combo(samples.INPUT_KINDS)
        self.new_random = QtWidgets.QPushButton()
        self.pairs = {key: PairSpin(lo, hi) for key, (lo, hi) in POOL_LIMITS.items()}
        self.ceil_mode = QtWidgets.QCheckBox()
        self.count_include_pad = QtWidgets.QCheckBox()
        self.row("kind", self.kind)
        self.row("input_size", self.pairs["input_size"])
        self.row("input_kind", self.input_kind)
        self.form.addRow(self.new_random)
        for key in ("kernel", "stride", "padding", "dilation"):
            self.row(key, self.pairs[key])
        self.form.addRow(self.ceil_mode)
        self.form.addRow(self.count_include_pad)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(
            lambda: self.edited.emit({"kind": self.kind.currentData()})
        )
        self.input_kind.currentIndexChanged.connect(
            lambda: self.edited.emit({"input_kind": self.input_kind.currentData()})
        )
        self.new_random.clicked.connect(self._on_new_random_clicked)
        for key, pair in self.pairs.items():
            pair.edited.connect(lambda key=key, pair=pair: self.edited.emit({key: pair.value()}))
        for key in ("ceil_mode", "count_include_pad"):
            box = getattr(self, key)
            box.toggled.connect(lambda on, key=key: self.edited.emit({key: bool(on)}))

    def _on_new_random_clicked(self) -> None:
        seed = int(QtCore.QRandomGenerator.global_().bounded(1 << 30))
        self.edited.emit({"input_kind": "random", "seed": seed})

    def sync(self, settings: dict[str, Any]) -> None:
        """Show ``settings`` without emitting; enable only the fields that apply."""
        select(self.kind, settings["kind"], self._kind_words)
        select(self.input_kind, settings["input_kind"], input_words)
        for key, pair in self.pairs.items():
            pair.set_value(settings[key])
        with signals_blocked((self.ceil_mode, self.count_include_pad)):
            self.ceil_mode.setChecked(settings["ceil_mode"])
            self.count_include_pad.setChecked(settings["count_include_pad"])
        avg = settings["kind"] == "avg"
        self.pairs["dilation"].setEnabled(not avg)  # avg_pool2d has no dilation
        self.count_include_pad.setEnabled(avg)
        # Typed values fix the size: edit them, not the size boxes.
        self.pairs["input_size"].setEnabled(settings["input_kind"] != CUSTOM)

    def _kind_words(self, key: str) -> str:
        return self.tr("Max pooling") if key == "max" else self.tr("Average pooling")

    def retranslate(self) -> None:
        """Word every label, choice, name and tooltip in the current language."""
        self.set_texts(
            {
                "kind": self.tr("&Type"),
                "input_size": self.tr("&Input size"),
                "input_kind": self.tr("&Data"),
                "kernel": self.tr("&Kernel"),
                "stride": self.tr("&Stride"),
                "padding": self.tr("P&adding"),
                "dilation": self.tr("Di&lation"),
            }
        )
        retext(self.kind, self._kind_words)
        retext(self.input_kind, input_words)
        self.new_random.setText(self.tr("New &random values"))
        self.ceil_mode.setText(self.tr("&Ceil mode (round the size up)"))
        self.count_include_pad.setText(self.tr("Cou&nt padding in the divisor"))
        self.kind.setAccessibleName(self.tr("Pooling type"))
        self.input_kind.setAccessibleName(self.tr("Input data"))
        self.new_random.setAccessibleName(self.tr("New random values"))
        self.ceil_mode.setAccessibleName(self.tr("Ceil mode"))
        self.count_include_pad.setAccessibleName(self.tr("Count padding"))
        self.ceil_mode.setToolTip(
            self.tr("ceil_mode=True: round the output size up; a last window may hang over")
        )
        self.count_include_pad.setToolTip(
            self.tr("count_include_pad=True: padding cells count in the average's divisor")
        )
        names = {
            "input_size": (self.tr("Input rows"), self.tr("Input columns")),
            "kernel": (self.tr("Kernel rows"), self.tr("Kernel columns")),
            "stride": (self.tr("Stride rows"), self.tr("Stride columns")),
            "padding": (self.tr("Padding rows"), self.tr("Padding columns")),
            "dilation": (self.tr("Dilation rows"), self.tr("Dilation columns")),
        }
        for key, (first, second) in names.items():
            self.pairs[key].set_names(first, second)
