"""The transposed-convolution tab's side panel: input, kernel, stride, padding, output padding.

Like the pooling panel it only reports edits (``edited``) and shows what ``sync``
gives it; mnemonics avoid F, E, V, H, P and M, which the menus use.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from convstudio.core import samples
from convstudio.core.pool_state import CUSTOM
from convstudio.core.transposed_state import TRANSPOSED_LIMITS

from .pooling_controls import LabelledForm, PairSpin, combo, input_words, retext, select


class TransposedControls(LabelledForm):
    """Every setting of the transposed-convolution tab, one signal per user edit."""

    edited = QtCore.Signal(dict)  # the changed state keys and their new values

    def __init__(self) -> None:
        super().__init__()
        self.input_kind = combo(samples.INPUT_KINDS)
        self.kernel_kind = combo(samples.KERNEL_KINDS)
        self.new_random = QtWidgets.QPushButton()
        self.pairs = {key: PairSpin(lo, hi) for key, (lo, hi) in TRANSPOSED_LIMITS.items()}
        self.row("input_size", self.pairs["input_size"])
        self.row("input_kind", self.input_kind)
        self.form.addRow(self.new_random)
        self.row("kernel_size", self.pairs["kernel_size"])
        self.row("kernel_kind", self.kernel_kind)
        for key in ("stride", "padding", "output_padding", "dilation"):
            self.row(key, self.pairs[key])
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.input_kind.currentIndexChanged.connect(
            lambda: self.edited.emit({"input_kind": self.input_kind.currentData()})
        )
        self.kernel_kind.currentIndexChanged.connect(self._on_kernel_kind_changed)
        self.new_random.clicked.connect(self._on_new_random_clicked)
        for key, pair in self.pairs.items():
            pair.edited.connect(lambda key=key, pair=pair: self.edited.emit({key: pair.value()}))

    def _on_kernel_kind_changed(self) -> None:
        kind = self.kernel_kind.currentData()
        changes: dict[str, Any] = {"kernel_kind": kind}
        fixed = samples.kernel_fixed_size(kind)
        if fixed is not None:  # Sobel and friends exist only as 3×3: take that size along
            changes["kernel_size"] = list(fixed)
        self.edited.emit(changes)

    def _on_new_random_clicked(self) -> None:
        seed = int(QtCore.QRandomGenerator.global_().bounded(1 << 30))
        self.edited.emit({"input_kind": "random", "seed": seed})

    def sync(self, settings: dict[str, Any]) -> None:
        """Show ``settings`` without emitting."""
        select(self.input_kind, settings["input_kind"], input_words)
        select(self.kernel_kind, settings["kernel_kind"], samples.kernel_kind_name)
        for key, pair in self.pairs.items():
            pair.set_value(settings[key])
        self.pairs["input_size"].setEnabled(settings["input_kind"] != CUSTOM)
        fixed = samples.kernel_fixed_size(settings["kernel_kind"]) is not None
        self.pairs["kernel_size"].setEnabled(not fixed)

    def retranslate(self) -> None:
        """Word every label, choice, name and tooltip in the current language."""
        self.set_texts(
            {
                "input_size": self.tr("&Input size"),
                "input_kind": self.tr("&Data"),
                "kernel_size": self.tr("&Kernel size"),
                "kernel_kind": self.tr("&Weights"),
                "stride": self.tr("&Stride"),
                "padding": self.tr("P&adding"),
                "output_padding": self.tr("&Output padding"),
                "dilation": self.tr("Di&lation"),
            }
        )
        retext(self.input_kind, input_words)
        retext(self.kernel_kind, samples.kernel_kind_name)
        self.new_random.setText(self.tr("New &random values"))
        self.input_kind.setAccessibleName(self.tr("Input data"))
        self.kernel_kind.setAccessibleName(self.tr("Kernel weights"))
        self.new_random.setAccessibleName(self.tr("New random values"))
        self.pairs["output_padding"].setToolTip(
            self.tr("output_padding: extra rows/columns at the bottom/right; less than the stride")
        )
        names = {
            "input_size": (self.tr("Input rows"), self.tr("Input columns")),
            "kernel_size": (self.tr("Kernel rows"), self.tr("Kernel columns")),
            "stride": (self.tr("Stride rows"), self.tr("Stride columns")),
            "padding": (self.tr("Padding rows"), self.tr("Padding columns")),
            "output_padding": (self.tr("Output padding rows"), self.tr("Output padding columns")),
            "dilation": (self.tr("Dilation rows"), self.tr("Dilation columns")),
        }
        for key, (first, second) in names.items():
            self.pairs[key].set_names(first, second)
