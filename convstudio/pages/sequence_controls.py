"""The sequence tab's settings panel: it reports edits and shows what it is given."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from convstudio.core.padding import PADDING_MODES
from convstudio.core.samples import input_kind_name, kernel_kind_name
from convstudio.views import control_texts

from . import channels_kit as kit
from .sequence_controller import (
    INPUT_KINDS,
    KERNEL_KINDS,
    MAX_DILATION,
    MAX_FILL,
    MAX_KERNEL,
    MAX_LENGTH,
    MAX_PAD,
    MAX_STRIDE,
)

EXPLICIT = "explicit"
PADDING_CHOICES = ("valid", "same", "full", "causal", EXPLICIT)


class SequenceControls(QtWidgets.QWidget):
    """Length, data, kernel, padding, stride and dilation of one 1-D convolution."""

    edited = QtCore.Signal(dict)  # the settings that changed
    new_random_requested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.length, self.kernel_size = kit.spin(1, MAX_LENGTH), kit.spin(1, MAX_KERNEL)
        self.input_kind, self.kernel_kind = kit.combo(INPUT_KINDS), kit.combo(KERNEL_KINDS)
        self.new_random = QtWidgets.QPushButton()
        self.padding, self.fill = kit.combo(PADDING_CHOICES), kit.combo(PADDING_MODES)
        self.left, self.right = kit.spin(0, MAX_PAD), kit.spin(0, MAX_PAD)
        self.value = kit.double_spin(-MAX_FILL, MAX_FILL)
        self.stride, self.dilation = kit.spin(1, MAX_STRIDE), kit.spin(1, MAX_DILATION)
        self.groups = {key: kit.Form() for key in ("input", "kernel", "padding", "stride")}
        self._layout_rows()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in self.groups.values():
            layout.addWidget(group)
        self._connect()
        self.retranslate()

    def _layout_rows(self) -> None:
        g = self.groups
        g["input"].row("length", self.length)
        g["input"].row("data", self.input_kind)
        g["input"].form.addRow(self.new_random)
        g["kernel"].row("kernel_size", self.kernel_size)
        g["kernel"].row("weights", self.kernel_kind)
        g["padding"].row("padding", self.padding)
        g["padding"].row("left_right", kit.pair_row(self.left, self.right, "/"))
        g["padding"].row("fill", self.fill)
        g["padding"].row("value", self.value)
        g["stride"].row("stride", self.stride)
        g["stride"].row("dilation", self.dilation)

    def _connect(self) -> None:
        for box in (self.length, self.kernel_size, self.stride, self.dilation):
            box.valueChanged.connect(self._on_edited)
        for box in (self.left, self.right, self.value):
            box.valueChanged.connect(self._on_edited)
        for box in (self.input_kind, self.kernel_kind, self.padding, self.fill):
            box.currentIndexChanged.connect(self._on_edited)
        self.new_random.clicked.connect(self.new_random_requested)

    def _fields(self) -> list[QtWidgets.QWidget]:
        kinds = (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)
        return [w for kind in kinds for w in self.findChildren(kind)]

    def settings(self) -> dict[str, Any]:
        """The settings the controls describe."""
        padding: Any = self.padding.currentData()
        if padding == EXPLICIT:
            padding = [self.left.value(), self.right.value()]
        return {
            "length": self.length.value(),
            "input": self.input_kind.currentData(),
            "kernel_size": self.kernel_size.value(),
            "kernel": self.kernel_kind.currentData(),
            "stride": self.stride.value(),
            "dilation": self.dilation.value(),
            "padding": padding,
            "padding_mode": self.fill.currentData(),
            "value": self.value.value(),
        }

    def sync(self, settings: dict[str, Any], pads: tuple[int, int]) -> None:
        """Show ``settings`` without emitting; the greyed left/right show ``pads`` in use."""
        s = settings
        with kit.signals_blocked(self._fields()):
            for box, key in ((self.length, "length"), (self.kernel_size, "kernel_size")):
                kit.set_value(box, s[key])
            kit.set_value(self.stride, s["stride"])
            kit.set_value(self.dilation, s["dilation"])
            kit.set_value(self.value, s["value"])
            kit.select(self.input_kind, s["input"])
            kit.select(self.kernel_kind, s["kernel"])
            kit.select(self.fill, s["padding_mode"])
            named = isinstance(s["padding"], str)
            kit.select(self.padding, s["padding"] if named else EXPLICIT)
            for box, v in zip(
                (self.left, self.right), s["padding"] if not named else pads, strict=True
            ):
                box.setMaximum(max(MAX_PAD, v))
                kit.set_value(box, v)
        self._update_enabled()

    def _update_enabled(self) -> None:
        explicit = self.padding.currentData() == EXPLICIT
        self.left.setEnabled(explicit)
        self.right.setEnabled(explicit)
        self.value.setEnabled(self.fill.currentData() == "constant")

    def _on_edited(self) -> None:
        self._update_enabled()
        self.edited.emit(self.settings())

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Re-word everything on a language change."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every label, title, choice and accessible name in the current language."""
        titles = {
            "input": self.tr("Sequence"),
            "kernel": self.tr("Kernel"),
            "padding": self.tr("Padding"),
            "stride": self.tr("Stride && dilation"),
        }
        for key, group in self.groups.items():
            group.setTitle(titles[key])
        labels = {
            "length": self.tr("&Length"),
            "data": self.tr("&Data"),
            "kernel_size": self.tr("&Kernel size"),
            "weights": self.tr("&Weights"),
            "padding": self.tr("P&adding"),
            "left_right": self.tr("Left / ri&ght"),
            "fill": self.tr("Fill m&ode"),
            "value": self.tr("Fill val&ue"),
            "stride": self.tr("&Stride"),
            "dilation": self.tr("Dilatio&n"),
        }
        for group in self.groups.values():
            group.set_texts({k: labels[k] for k in group.labels})
        self.new_random.setText(self.tr("Ne&xt random values"))
        kit.retext(self.input_kind, input_kind_name)
        kit.retext(self.kernel_kind, kernel_kind_name)
        kit.retext(self.padding, self._padding_word)
        kit.retext(self.fill, control_texts.fill_mode)
        self._name_fields()

    def _padding_word(self, key: str) -> str:
        return self.tr("causal") if key == "causal" else control_texts.padding_choice(key)

    def _name_fields(self) -> None:
        names = {
            self.length: self.tr("Sequence length"),
            self.input_kind: self.tr("Input values"),
            self.new_random: self.tr("New random values"),
            self.kernel_size: self.tr("Kernel length"),
            self.kernel_kind: self.tr("Kernel weights"),
            self.padding: self.tr("Padding"),
            self.left: self.tr("Padding left"),
            self.right: self.tr("Padding right"),
            self.fill: self.tr("Fill mode"),
            self.value: self.tr("Constant fill value"),
            self.stride: self.tr("Stride"),
            self.dilation: self.tr("Dilation"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
            if isinstance(widget, QtWidgets.QSpinBox):
                tip = self.tr("{name} ({lo}–{hi})")
                widget.setToolTip(tip.format(name=name, lo=widget.minimum(), hi=widget.maximum()))
