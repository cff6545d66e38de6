"""The layer-stack mode's side panel: the input, the list of layers and the selected layer's form.

It reports edits as signals and shows what the page gives it; it resolves nothing.
The list takes Insert (add a conv layer after the selected one), Delete (remove it)
and Enter (open it in its own tab).
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from convstudio.core import stack_io
from convstudio.core.stack_layers import ConvLayer, Layer
from convstudio.pages.stack_forms import ConvForm, PoolForm, blocked, spin, spin_pair

Key = QtCore.Qt.Key


class LayerList(QtWidgets.QListWidget):
    """The layers, one line each; Insert, Delete and Enter act on the selected one."""

    insert_pressed = QtCore.Signal()
    delete_pressed = QtCore.Signal()
    enter_pressed = QtCore.Signal()

    def keyPressEvent(self, event) -> None:
        signal = {
            Key.Key_Insert: self.insert_pressed,
            Key.Key_Delete: self.delete_pressed,
            Key.Key_Return: self.enter_pressed,
            Key.Key_Enter: self.enter_pressed,
        }.get(event.key())
        if signal is None:
            super().keyPressEvent(event)
        else:
            signal.emit()


class StackEditor(QtWidgets.QWidget):
    """Input size and channels, the layer list with its buttons, and the layer form."""

    input_edited = QtCore.Signal(int, int, int)  # channels, height, width
    add_requested = QtCore.Signal(str)  # "conv" or "pool"
    remove_requested = QtCore.Signal()
    move_requested = QtCore.Signal(int)  # −1 up, +1 down
    current_changed = QtCore.Signal(int)  # the selected row (−1: none)
    layer_edited = QtCore.Signal(object)  # the selected layer, edited
    example_requested = QtCore.Signal()
    pair_toggled = QtCore.Signal(bool)
    open_requested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._texts: dict[str, object] = {}
        layout.addWidget(self._build_input())
        layout.addWidget(self._build_layers())
        layout.addWidget(self._build_form())
        layout.addStretch(1)
        self._connect()
        self.retranslate()

    def event(self, event: QtCore.QEvent) -> bool:
        """Let Space press a focused button or check box instead of the window's play key."""
        if (
            event.type() == QtCore.QEvent.Type.ShortcutOverride
            and event.key() == Key.Key_Space
            and isinstance(QtWidgets.QApplication.focusWidget(), QtWidgets.QAbstractButton)
        ):
            event.accept()
            return True
        return super().event(event)

    # --- building -----------------------------------------------------------------------

    def _button(self, key: str) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton()
        self._texts[key] = button
        return button

    def _build_input(self) -> QtWidgets.QGroupBox:
        self.input_group = QtWidgets.QGroupBox()
        form = QtWidgets.QFormLayout(self.input_group)
        size_row, self.input_size = spin_pair(1, stack_io.MAX_INPUT)
        self.channels = spin(1, stack_io.MAX_INPUT_CHANNELS)
        self.size_label, self.channels_label = QtWidgets.QLabel(), QtWidgets.QLabel()
        self.size_label.setBuddy(self.input_size[0])
        self.channels_label.setBuddy(self.channels)
        form.addRow(self.size_label, size_row)
        form.addRow(self.channels_label, self.channels)
        return self.input_group

    def _build_layers(self) -> QtWidgets.QGroupBox:
        self.layers_group = QtWidgets.QGroupBox()
        box = QtWidgets.QVBoxLayout(self.layers_group)
        self.list_label = QtWidgets.QLabel()
        self.list = LayerList()
        self.list.setWordWrap(True)  # long layer titles wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_label.setBuddy(self.list)
        box.addWidget(self.list_label)
        box.addWidget(self.list, 1)
        grid = QtWidgets.QGridLayout()
        for i, key in enumerate(("add_conv", "add_pool", "remove", "up", "down", "open")):
            grid.addWidget(self._button(key), i // 2, i % 2)
        box.addLayout(grid)
        self.example = self._button("example")
        box.addWidget(self.example)
        self.pair = QtWidgets.QCheckBox()
        self._texts["pair"] = self.pair
        box.addWidget(self.pair)
        return self.layers_group

    def _build_form(self) -> QtWidgets.QGroupBox:
        self.form_group = QtWidgets.QGroupBox()
        box = QtWidgets.QVBoxLayout(self.form_group)
        self.conv_form, self.pool_form = ConvForm(), PoolForm()
        self.forms = QtWidgets.QStackedWidget()
        self.forms.addWidget(self.conv_form)
        self.forms.addWidget(self.pool_form)
        box.addWidget(self.forms)
        return self.form_group

    def _connect(self) -> None:
        for box in (self.channels, *self.input_size):
            box.valueChanged.connect(self._on_input_edited)
        buttons = self._texts
        buttons["add_conv"].clicked.connect(lambda: self.add_requested.emit("conv"))
        buttons["add_pool"].clicked.connect(lambda: self.add_requested.emit("pool"))
        buttons["remove"].clicked.connect(self.remove_requested)
        buttons["up"].clicked.connect(lambda: self.move_requested.emit(-1))
        buttons["down"].clicked.connect(lambda: self.move_requested.emit(1))
        buttons["open"].clicked.connect(self.open_requested)
        self.example.clicked.connect(self.example_requested)
        self.pair.toggled.connect(self.pair_toggled)
        self.list.currentRowChanged.connect(self.current_changed)
        self.list.insert_pressed.connect(lambda: self.add_requested.emit("conv"))
        self.list.delete_pressed.connect(self.remove_requested)
        self.list.enter_pressed.connect(self.open_requested)
        self.conv_form.edited.connect(self.layer_edited)
        self.pool_form.edited.connect(self.layer_edited)

    def retranslate(self) -> None:
        """Every text of the panel in the current language."""
        self.input_group.setTitle(self.tr("Input"))
        self.layers_group.setTitle(self.tr("Layers"))
        self.size_label.setText(self.tr("Input si&ze"))
        self.channels_label.setText(self.tr("Cha&nnels"))
        self.list_label.setText(self.tr("La&yers (Insert adds, Delete removes)"))
        self.input_size[0].setAccessibleName(self.tr("Input height"))
        self.input_size[1].setAccessibleName(self.tr("Input width"))
        self.channels.setAccessibleName(self.tr("Input channels"))
        self.list.setAccessibleName(self.tr("Layers"))
        words = {
            "add_conv": (self.tr("Add &conv"), self.tr("Add conv")),
            "add_pool": (self.tr("Add p&ool"), self.tr("Add pool")),
            "remove": (self.tr("&Delete layer"), self.tr("Delete layer")),
            "up": (self.tr("Move &up"), self.tr("Move up")),
            "down": (self.tr("Move do&wn"), self.tr("Move down")),
            "open": (self.tr("Open in its own &tab"), self.tr("Open layer")),
            "example": (self.tr("Classic e&xample: 20×20, 3/5/7"), self.tr("Classic example")),
            "pair": (self.tr("Side by side: &all valid | all same"), self.tr("Valid vs same")),
        }
        for key, (text, name) in words.items():
            self._texts[key].setText(text)
            self._texts[key].setAccessibleName(name)
        self.example.setToolTip(
            self.tr("20×20 input through 3×3, 5×5 and 7×7 convolutions, valid next to same")
        )
        self.conv_form.retranslate()
        self.pool_form.retranslate()

    # --- showing ------------------------------------------------------------------------

    def controls(self) -> list[QtWidgets.QWidget]:
        """Every control that emits edits (blocked while syncing)."""
        return [self.channels, *self.input_size, self.list, self.pair]

    def show_stack(self, shape: tuple[int, int, int], titles: list[str], pair: bool) -> None:
        """The input and the one-line titles of the layers."""
        with blocked(self.controls()):
            self.channels.setValue(shape[0])
            self.input_size[0].setValue(shape[1])
            self.input_size[1].setValue(shape[2])
            row = self.list.currentRow()
            self.list.clear()
            for number, title in enumerate(titles, start=1):
                self.list.addItem(f"{number}. {title}")
            self.list.setCurrentRow(min(row, len(titles) - 1) if titles else -1)
            self.pair.setChecked(pair)
        self._texts["remove"].setEnabled(bool(titles))
        self._texts["add_conv"].setEnabled(len(titles) < stack_io.MAX_LAYERS)
        self._texts["add_pool"].setEnabled(len(titles) < stack_io.MAX_LAYERS)

    def select(self, row: int) -> None:
        """Select layer ``row`` (0-based) without reporting it."""
        with blocked([self.list]):
            self.list.setCurrentRow(row)

    def show_layer(self, number: int, layer: Layer | None, pads) -> None:
        """Show layer ``number`` (1-based) in its form; None hides the form."""
        self.form_group.setVisible(layer is not None)
        if layer is None:
            return
        self.form_group.setTitle(self.tr("Layer {n}").format(n=number))
        if isinstance(layer, ConvLayer):
            self.forms.setCurrentWidget(self.conv_form)
            self.conv_form.show_layer(layer, pads)
        else:
            self.forms.setCurrentWidget(self.pool_form)
            self.pool_form.show_layer(layer)

    def set_open_enabled(self, on: bool, tip: str) -> None:
        """Enable "Open in its own tab" (or say in the tooltip why not)."""
        self._texts["open"].setEnabled(on)
        self._texts["open"].setToolTip(tip)

    def _on_input_edited(self) -> None:
        self.input_edited.emit(
            self.channels.value(), self.input_size[0].value(), self.input_size[1].value()
        )
