"""The two small forms that edit the selected layer: one for a convolution, one for pooling.

A form shows a layer (``show``) and reports the edited layer (``edited``); it never
resolves shapes. Mnemonics avoid F, E, V, H, P and M, the letters the menus use.
"""

from __future__ import annotations

from contextlib import ExitStack

from PySide6 import QtCore, QtWidgets

from convstudio.core import stack_io
from convstudio.core.stack_layers import ConvLayer, Layer, PoolLayer

PADDING_CHOICES = ("valid", "same", "full", "explicit")
FILL_MODES = ("zeros", "reflect", "symmetric", "replicate", "circular")
POOL_OPS = ("max", "avg")


def blocked(widgets: list[QtWidgets.QWidget]) -> ExitStack:
    """Block every widget's signals inside a ``with``, so syncing emits nothing."""
    stack = ExitStack()
    for widget in widgets:
        stack.enter_context(QtCore.QSignalBlocker(widget))
    return stack


def spin(lo: int, hi: int) -> QtWidgets.QSpinBox:
    """A spin box that reports committed values only (typing "12" must not emit 1)."""
    box = QtWidgets.QSpinBox()
    box.setRange(lo, hi)
    box.setKeyboardTracking(False)
    return box


def spin_pair(lo: int, hi: int, sep: str = "×") -> tuple[QtWidgets.QWidget, list]:
    """Two spin boxes on one row: height × width (or before / after)."""
    row = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    first, second = spin(lo, hi), spin(lo, hi)
    layout.addWidget(first, 1)
    layout.addWidget(QtWidgets.QLabel(sep))
    layout.addWidget(second, 1)
    return row, [first, second]


class LayerForm(QtWidgets.QWidget):
    """Shared plumbing: labelled rows whose texts are re-set on a language change."""

    edited = QtCore.Signal(object)  # the edited Layer

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QtWidgets.QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._labels: dict[str, QtWidgets.QLabel] = {}
        self._named: dict[str, list[QtWidgets.QWidget]] = {}

    def row(self, key: str, field: QtWidgets.QWidget, named: list[QtWidgets.QWidget]) -> None:
        """A row labelled by ``texts()[key]`` whose controls are named after it."""
        label = QtWidgets.QLabel()
        label.setBuddy(named[0])
        self._labels[key] = label
        self._named[key] = named
        self.form.addRow(label, field)

    def retranslate(self) -> None:
        """Label every row and name every control in the current language."""
        texts, names = self.texts(), self.names()
        for key, label in self._labels.items():
            label.setText(texts[key])
            for widget, name in zip(self._named[key], names[key], strict=True):
                widget.setAccessibleName(name)

    def controls(self) -> list[QtWidgets.QWidget]:
        """Every input control of the form."""
        return [w for ws in self._named.values() for w in ws]

    def texts(self) -> dict[str, str]:
        """Row labels by key."""
        raise NotImplementedError

    def names(self) -> dict[str, list[str]]:
        """Accessible names of each row's controls, by key."""
        raise NotImplementedError

    def _emit(self) -> None:
        self.edited.emit(self.layer())

    def layer(self) -> Layer:
        """The layer the form shows now."""
        raise NotImplementedError


class ConvForm(LayerForm):
    """Kernel, stride, padding (named or explicit per side), fill mode, dilation, filters."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        kernel_row, self.kernel = spin_pair(1, stack_io.MAX_KERNEL)
        stride_row, self.stride = spin_pair(1, stack_io.MAX_STRIDE)
        self.padding = QtWidgets.QComboBox()
        for key in PADDING_CHOICES:
            self.padding.addItem(key, key)
        tb_row, self.top_bottom = spin_pair(0, stack_io.MAX_PAD, "/")
        lr_row, self.left_right = spin_pair(0, stack_io.MAX_PAD, "/")
        self.fill = QtWidgets.QComboBox()
        for key in FILL_MODES:
            self.fill.addItem(key, key)
        dilation_row, self.dilation = spin_pair(1, stack_io.MAX_DILATION)
        self.filters = spin(0, stack_io.MAX_FILTERS)
        self.bias = QtWidgets.QCheckBox()
        self.row("kernel", kernel_row, self.kernel)
        self.row("stride", stride_row, self.stride)
        self.row("padding", self.padding, [self.padding])
        self.row("top_bottom", tb_row, self.top_bottom)
        self.row("left_right", lr_row, self.left_right)
        self.row("fill", self.fill, [self.fill])
        self.row("dilation", dilation_row, self.dilation)
        self.row("filters", self.filters, [self.filters])
        self.row("bias", self.bias, [self.bias])
        for box in self.kernel + self.stride + self.top_bottom + self.left_right + self.dilation:
            box.valueChanged.connect(self._emit)
        self.filters.valueChanged.connect(self._emit)
        self.padding.currentIndexChanged.connect(self._on_padding_changed)
        self.fill.currentIndexChanged.connect(self._emit)
        self.bias.toggled.connect(self._emit)

    def texts(self) -> dict[str, str]:
        return {
            "kernel": self.tr("&Kernel"),
            "stride": self.tr("&Stride"),
            "padding": self.tr("Paddin&g"),
            "top_bottom": self.tr("Top / &bottom"),
            "left_right": self.tr("Left / &right"),
            "fill": self.tr("Fi&ll mode"),
            "dilation": self.tr("D&ilation"),
            "filters": self.tr("Filters"),
            "bias": self.tr("Bias"),
        }

    def names(self) -> dict[str, list[str]]:
        self.filters.setSpecialValueText(self.tr("same as input"))
        self.bias.setText(self.tr("one per filter"))
        self.padding.setItemText(3, self.tr("explicit"))
        return {
            "kernel": [self.tr("Kernel height"), self.tr("Kernel width")],
            "stride": [self.tr("Stride height"), self.tr("Stride width")],
            "padding": [self.tr("Padding")],
            "top_bottom": [self.tr("Padding top"), self.tr("Padding bottom")],
            "left_right": [self.tr("Padding left"), self.tr("Padding right")],
            "fill": [self.tr("Fill mode")],
            "dilation": [self.tr("Dilation height"), self.tr("Dilation width")],
            "filters": [self.tr("Filters")],
            "bias": [self.tr("Bias")],
        }

    def show_layer(self, layer: ConvLayer, pads: tuple[tuple[int, int], tuple[int, int]]) -> None:
        """Show a checked conv layer; ``pads`` fill the explicit boxes for a named padding."""
        explicit = not isinstance(layer.padding, str)
        with blocked(self.controls()):
            for boxes, values in (
                (self.kernel, layer.kernel),
                (self.stride, layer.stride),
                (self.dilation, layer.dilation),
                (self.top_bottom, (layer.padding if explicit else pads)[0]),
                (self.left_right, (layer.padding if explicit else pads)[1]),
            ):
                for box, value in zip(boxes, values, strict=True):
                    box.setValue(int(value))
            self.padding.setCurrentIndex(
                self.padding.findData("explicit" if explicit else layer.padding)
            )
            self.fill.setCurrentIndex(self.fill.findData(layer.padding_mode))
            self.filters.setValue(layer.out_channels or 0)
            self.bias.setChecked(layer.bias)
        self._update_enabled()

    def layer(self) -> ConvLayer:
        choice = self.padding.currentData()
        if choice == "explicit":
            padding = (
                tuple(b.value() for b in self.top_bottom),
                tuple(b.value() for b in self.left_right),
            )
        else:
            padding = choice
        return ConvLayer(
            tuple(b.value() for b in self.kernel),
            tuple(b.value() for b in self.stride),
            padding,
            tuple(b.value() for b in self.dilation),
            self.fill.currentData(),
            self.filters.value() or None,
            self.bias.isChecked(),
        )

    def _on_padding_changed(self) -> None:
        self._update_enabled()
        self._emit()

    def _update_enabled(self) -> None:
        explicit = self.padding.currentData() == "explicit"
        for box in self.top_bottom + self.left_right:
            box.setEnabled(explicit)


class PoolForm(LayerForm):
    """Max or average, kernel, stride, padding per axis and ceil mode."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.op = QtWidgets.QComboBox()
        for key in POOL_OPS:
            self.op.addItem(key, key)
        kernel_row, self.kernel = spin_pair(1, stack_io.MAX_KERNEL)
        stride_row, self.stride = spin_pair(1, stack_io.MAX_STRIDE)
        padding_row, self.padding = spin_pair(0, stack_io.MAX_POOL_PAD)
        self.ceil = QtWidgets.QCheckBox()
        self.row("op", self.op, [self.op])
        self.row("kernel", kernel_row, self.kernel)
        self.row("stride", stride_row, self.stride)
        self.row("padding", padding_row, self.padding)
        self.row("ceil", self.ceil, [self.ceil])
        self.op.currentIndexChanged.connect(self._emit)
        for box in self.kernel + self.stride + self.padding:
            box.valueChanged.connect(self._emit)
        self.ceil.toggled.connect(self._emit)

    def texts(self) -> dict[str, str]:
        return {
            "op": self.tr("Poo&ling"),
            "kernel": self.tr("&Kernel"),
            "stride": self.tr("&Stride"),
            "padding": self.tr("Paddin&g"),
            "ceil": self.tr("Ceil mode"),
        }

    def names(self) -> dict[str, list[str]]:
        self.ceil.setText(self.tr("&Round the size up"))
        self.op.setItemText(0, self.tr("max"))
        self.op.setItemText(1, self.tr("average"))
        return {
            "op": [self.tr("Pooling")],
            "kernel": [self.tr("Pool kernel height"), self.tr("Pool kernel width")],
            "stride": [self.tr("Pool stride height"), self.tr("Pool stride width")],
            "padding": [self.tr("Pool padding height"), self.tr("Pool padding width")],
            "ceil": [self.tr("Ceil mode")],
        }

    def show_layer(self, layer: PoolLayer) -> None:
        """Show a checked pooling layer."""
        with blocked(self.controls()):
            self.op.setCurrentIndex(self.op.findData(layer.op))
            for boxes, values in (
                (self.kernel, layer.kernel),
                (self.stride, layer.stride),
                (self.padding, layer.padding),
            ):
                for box, value in zip(boxes, values, strict=True):
                    box.setValue(int(value))
            self.ceil.setChecked(layer.ceil_mode)

    def layer(self) -> PoolLayer:
        return PoolLayer(
            self.op.currentData(),
            tuple(b.value() for b in self.kernel),
            tuple(b.value() for b in self.stride),
            tuple(b.value() for b in self.padding),
            self.ceil.isChecked(),
        )
