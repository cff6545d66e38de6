"""The channels tab's settings panel: it reports edits and shows what it is given."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from convstudio.core.padding import PADDING_MODES
from convstudio.core.samples import KERNEL_KINDS, kernel_fixed_size, kernel_kind_name
from convstudio.views import control_texts

from . import channels_kit as kit
from .channels_controller import (
    IMAGE,
    INPUTS,
    MAX_BIAS,
    MAX_CHANNELS,
    MAX_DILATION,
    MAX_FILL,
    MAX_KERNEL,
    MAX_PAD,
    MAX_SIZE,
    MAX_STRIDE,
)

EXPLICIT = "explicit"
PADDING_CHOICES = ("valid", "same", "full", EXPLICIT)
_PAIRS = ("size", "kernel_size", "stride", "dilation")


class ChannelsControls(QtWidgets.QWidget):
    """Channels, input, filters, groups, kernel, bias, padding, stride and dilation."""

    edited = QtCore.Signal(dict)  # the settings the controls describe
    new_random_requested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.channels, self.filters = kit.spin(1, MAX_CHANNELS), kit.spin(1, MAX_CHANNELS)
        self.groups_spin = kit.spin(1, MAX_CHANNELS)
        self.pairs = {
            "size": (kit.spin(1, MAX_SIZE), kit.spin(1, MAX_SIZE)),
            "kernel_size": (kit.spin(1, MAX_KERNEL), kit.spin(1, MAX_KERNEL)),
            "stride": (kit.spin(1, MAX_STRIDE), kit.spin(1, MAX_STRIDE)),
            "dilation": (kit.spin(1, MAX_DILATION), kit.spin(1, MAX_DILATION)),
        }
        self.pads = tuple(kit.spin(0, MAX_PAD) for _ in range(4))  # top, bottom, left, right
        self.input_kind, self.kernel_kind = kit.combo(INPUTS), kit.combo(KERNEL_KINDS)
        self.padding, self.fill = kit.combo(PADDING_CHOICES), kit.combo(PADDING_MODES)
        self.bias, self.value = (
            kit.double_spin(-MAX_BIAS, MAX_BIAS),
            kit.double_spin(-MAX_FILL, MAX_FILL),
        )
        self.new_random = QtWidgets.QPushButton()
        self.forms = {key: kit.Form() for key in ("input", "filters", "padding", "stride")}
        self._layout_rows()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for form in self.forms.values():
            layout.addWidget(form)
        self._connect()
        self.retranslate()

    def _layout_rows(self) -> None:
        f, p = self.forms, self.pairs
        f["input"].row("channels", self.channels)
        f["input"].row("size", kit.pair_row(*p["size"], "×"))
        f["input"].row("data", self.input_kind)
        f["input"].form.addRow(self.new_random)
        f["filters"].row("filters", self.filters)
        f["filters"].row("groups", self.groups_spin)
        f["filters"].row("kernel_size", kit.pair_row(*p["kernel_size"], "×"))
        f["filters"].row("weights", self.kernel_kind)
        f["filters"].row("bias", self.bias)
        f["padding"].row("padding", self.padding)
        f["padding"].row("top_bottom", kit.pair_row(*self.pads[:2], "/"))
        f["padding"].row("left_right", kit.pair_row(*self.pads[2:], "/"))
        f["padding"].row("fill", self.fill)
        f["padding"].row("value", self.value)
        f["stride"].row("stride", kit.pair_row(*p["stride"], "×"))
        f["stride"].row("dilation", kit.pair_row(*p["dilation"], "×"))

    def _connect(self) -> None:
        spins = [self.channels, self.filters, self.groups_spin, self.bias, self.value, *self.pads]
        spins += [box for pair in self.pairs.values() for box in pair]
        for box in spins:
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
            top, bottom, left, right = (box.value() for box in self.pads)
            padding = [[top, bottom], [left, right]]
        pairs = {key: [a.value(), b.value()] for key, (a, b) in self.pairs.items()}
        return {
            **pairs,
            "channels": self.channels.value(),
            "input": self.input_kind.currentData(),
            "filters": self.filters.value(),
            "groups": self.groups_spin.value(),
            "kernel": self.kernel_kind.currentData(),
            "bias": self.bias.value(),
            "padding": padding,
            "padding_mode": self.fill.currentData(),
            "value": self.value.value(),
        }

    def sync(self, s: dict[str, Any], pads: tuple[tuple[int, int], tuple[int, int]]) -> None:
        """Show settings ``s`` without emitting; greyed pad boxes show ``pads`` in use."""
        with kit.signals_blocked(self._fields()):
            for box, key in ((self.channels, "channels"), (self.filters, "filters")):
                kit.set_value(box, s[key])
            kit.set_value(self.groups_spin, s["groups"])
            kit.set_value(self.bias, s["bias"])
            kit.set_value(self.value, s["value"])
            for key in _PAIRS:
                for box, v in zip(self.pairs[key], s[key], strict=True):
                    kit.set_value(box, v)
            kit.select(self.input_kind, s["input"])
            kit.select(self.kernel_kind, s["kernel"])
            kit.select(self.fill, s["padding_mode"])
            named = isinstance(s["padding"], str)
            kit.select(self.padding, s["padding"] if named else EXPLICIT)
            amounts = [*pads[0], *pads[1]] if named else [*s["padding"][0], *s["padding"][1]]
            for box, v in zip(self.pads, amounts, strict=True):
                box.setMaximum(max(MAX_PAD, v))  # "full" may need more; show it truthfully
                kit.set_value(box, v)
        self._update_enabled()

    def _update_enabled(self) -> None:
        explicit = self.padding.currentData() == EXPLICIT
        for box in self.pads:
            box.setEnabled(explicit)
        self.value.setEnabled(self.fill.currentData() == "constant")
        self.channels.setEnabled(self.input_kind.currentData() != IMAGE)
        fixed = kernel_fixed_size(self.kernel_kind.currentData())
        for box in self.pairs["kernel_size"]:
            box.setEnabled(fixed is None)

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
            "input": self.tr("Input"),
            "filters": self.tr("Filters"),
            "padding": self.tr("Padding"),
            "stride": self.tr("Stride && dilation"),
        }
        labels = {
            "channels": self.tr("&Channels"),
            "size": self.tr("&Input size"),
            "data": self.tr("&Data"),
            "filters": self.tr("Filte&rs"),
            "groups": self.tr("&Groups"),
            "kernel_size": self.tr("&Kernel size"),
            "weights": self.tr("&Weights"),
            "bias": self.tr("&Bias"),
            "padding": self.tr("P&adding"),
            "top_bottom": self.tr("&Top / bottom"),
            "left_right": self.tr("&Left / right"),
            "fill": self.tr("Fill m&ode"),
            "value": self.tr("Fill val&ue"),
            "stride": self.tr("&Stride"),
            "dilation": self.tr("Dilatio&n"),
        }
        for key, form in self.forms.items():
            form.setTitle(titles[key])
            form.set_texts({k: labels[k] for k in form.labels})
        self.new_random.setText(self.tr("Ne&xt random values"))
        kit.retext(self.input_kind, self._input_word)
        kit.retext(self.kernel_kind, kernel_kind_name)
        kit.retext(self.padding, control_texts.padding_choice)
        kit.retext(self.fill, control_texts.fill_mode)
        self._name_fields()

    def _input_word(self, key: str) -> str:
        return (
            self.tr("Colour picture (R, G, B)") if key == IMAGE else control_texts.input_kind(key)
        )

    def _name_fields(self) -> None:
        p = self.pairs
        names = {
            self.channels: self.tr("Input channels"),
            p["size"][0]: self.tr("Input height"),
            p["size"][1]: self.tr("Input width"),
            self.input_kind: self.tr("Input values"),
            self.new_random: self.tr("New random values"),
            self.filters: self.tr("Filters (output channels)"),
            self.groups_spin: self.tr("Groups"),
            p["kernel_size"][0]: self.tr("Kernel height"),
            p["kernel_size"][1]: self.tr("Kernel width"),
            self.kernel_kind: self.tr("Kernel weights"),
            self.bias: self.tr("Bias of every filter"),
            self.padding: self.tr("Padding"),
            self.pads[0]: self.tr("Padding top"),
            self.pads[1]: self.tr("Padding bottom"),
            self.pads[2]: self.tr("Padding left"),
            self.pads[3]: self.tr("Padding right"),
            self.fill: self.tr("Fill mode"),
            self.value: self.tr("Constant fill value"),
            p["stride"][0]: self.tr("Stride height"),
            p["stride"][1]: self.tr("Stride width"),
            p["dilation"][0]: self.tr("Dilation height"),
            p["dilation"][1]: self.tr("Dilation width"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
            if isinstance(widget, QtWidgets.QSpinBox):
                tip = self.tr("{name} ({lo}–{hi})")
                widget.setToolTip(tip.format(name=name, lo=widget.minimum(), hi=widget.maximum()))
