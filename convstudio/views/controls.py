"""The side panel of settings: input, kernel, padding, stride and dilation, display.

The panel only reports edits (as signals) and shows what ``sync`` gives it; it
never computes a result. Mnemonics avoid F, E, V, H and P, the letters menus use.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack

from PySide6 import QtCore, QtWidgets

from convstudio.core import samples
from convstudio.core.errors import ConfigError
from convstudio.core.padding import PADDING_MODES, resolve_padding
from convstudio.core.params import ConvParams
from convstudio.views import control_texts

CUSTOM = "custom"
IMAGE = "image"  # an opened picture (File → Open image…); its size comes from the file
EXPLICIT = "explicit"
PADDING_CHOICES = ("valid", "same", "full", EXPLICIT)
MAX_PAD = 32
# Input sizes the grids show as numbers; image mode (View menu) goes up to 1024.
NUMBERS_MODE_MAX, IMAGE_MODE_MAX = 64, 1024
# An error in plain words above the controls, in every tab and dialog alike.
MESSAGE_STYLE = (
    "QLabel { color: #7a0000; background: #ffe3e3; border: 2px solid #c00000;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)


def _signals_blocked(widgets: list[QtWidgets.QWidget]) -> ExitStack:
    """Block every widget's signals inside a ``with``, so syncing emits nothing."""
    stack = ExitStack()
    for widget in widgets:
        stack.enter_context(QtCore.QSignalBlocker(widget))
    return stack


def _spin(lo: int, hi: int, name: str) -> QtWidgets.QSpinBox:
    """A spin box; ``name`` (English, e.g. "Input height") keys its translated name."""
    spin = QtWidgets.QSpinBox()
    spin.setRange(lo, hi)
    # One signal per committed value: typing "12" must not emit 1 first.
    spin.setKeyboardTracking(False)
    spin.setProperty("name_key", name)
    return spin


def _name_spin(spin: QtWidgets.QAbstractSpinBox, names: dict[str, str]) -> None:
    """Give a spin box its translated accessible name and a tooltip with its range."""
    name = names[spin.property("name_key")]
    spin.setAccessibleName(name)
    spin.setToolTip(control_texts.range_tip(name, int(spin.minimum()), int(spin.maximum())))


def _combo(keys: list[str] | tuple[str, ...], words: Callable[[str], str]) -> QtWidgets.QComboBox:
    """A combo box of ``keys`` (item data) shown as ``words(key)``."""
    combo = QtWidgets.QComboBox()
    for key in keys:
        combo.addItem(words(key), key)
    combo.setProperty("words", words)
    # Let long item names shrink into a narrow panel; the popup still shows them whole.
    policy = QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    combo.setSizeAdjustPolicy(policy)
    combo.setMinimumContentsLength(8)
    return combo


def _retext(combo: QtWidgets.QComboBox) -> None:
    """Show every item of ``combo`` in the current language (its data stays)."""
    words = combo.property("words")
    for i in range(combo.count()):
        combo.setItemText(i, words(combo.itemData(i)))


def _spin_pair(
    lo: int, hi: int, name: str, sep: str = "×", sides: tuple[str, str] = ("height", "width")
) -> tuple[QtWidgets.QWidget, tuple[QtWidgets.QSpinBox, QtWidgets.QSpinBox]]:
    """Two spin boxes on one row, e.g. "height × width" (named "Input height", …)."""
    box = QtWidgets.QWidget()
    spins = (_spin(lo, hi, f"{name} {sides[0]}"), _spin(lo, hi, f"{name} {sides[1]}"))
    row = QtWidgets.QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(spins[0], 1)
    row.addWidget(QtWidgets.QLabel(sep))
    row.addWidget(spins[1], 1)
    # The row's label mnemonic (Alt+I for "&Input size") must land in the first box.
    box.setFocusProxy(spins[0])
    return box, spins


def _set_values(spins: tuple[QtWidgets.QSpinBox, ...], values: tuple[int, ...]) -> None:
    for spin, v in zip(spins, values, strict=True):
        if spin.value() != v:  # even an unchanged value repaints the box
            spin.setValue(v)


def _form() -> tuple[QtWidgets.QGroupBox, QtWidgets.QFormLayout]:
    group = QtWidgets.QGroupBox()
    form = QtWidgets.QFormLayout(group)
    # A narrow side panel puts the field under its label instead of clipping it.
    form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(12)
    return group, form


def _set_custom(combo: QtWidgets.QComboBox, on: bool, key: str = CUSTOM) -> None:
    """Add or remove the "custom (typed)" or "opened image" choice (removing it picks the first)."""
    index = combo.findData(key)
    if on and index < 0:
        combo.addItem(combo.property("words")(key), key)
    elif not on and index >= 0:
        if combo.currentIndex() == index:
            combo.setCurrentIndex(0)
        combo.removeItem(index)


def _select(combo: QtWidgets.QComboBox, key: str) -> None:
    index = combo.findData(key)
    if index < 0:
        raise ValueError(f"{combo.accessibleName()} has no choice {key!r}")
    combo.setCurrentIndex(index)


class ControlsPanel(QtWidgets.QWidget):
    """Every convolution setting, keyboard-reachable, emitting one signal per user edit."""

    params_edited = QtCore.Signal(object)  # ConvParams
    input_edited = QtCore.Signal(str, int, int)  # kind, h, w
    new_random_requested = QtCore.Signal()
    kernel_edited = QtCore.Signal(str, int, int)  # kind, kh, kw
    coverage_toggled = QtCore.Signal(bool)
    retranslated = QtCore.Signal()  # new words, new widths: the window refits the panel

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_controls: list[QtWidgets.QWidget] | None = None  # see _controls
        # What each text-bearing widget shows, by control_texts.labels() key.
        self._texts: dict[str, Callable[[str], None]] = {}
        self._message = QtWidgets.QLabel()
        self._message.setObjectName("message")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(MESSAGE_STYLE)
        self._message.hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._build_input())
        layout.addWidget(self._build_kernel())
        layout.addWidget(self._build_padding())
        layout.addWidget(self._build_stride())
        layout.addWidget(self._build_display())
        layout.addStretch(1)
        self._retranslate()
        self._update_enabled()

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

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Re-align the label column when the font changes (presenter zoom); re-word on a
        language change."""
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._align_labels()
        elif event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        """Show every label, title, tooltip, choice and name in the current language."""
        for key, text in control_texts.labels().items():
            self._texts[key](text)
        names = control_texts.names()
        self._message.setAccessibleName(names["message"])
        for spin in self.findChildren(QtWidgets.QSpinBox):
            if spin.property("name_key"):
                _name_spin(spin, names)
        for key, widget in (
            ("input_kind", self._input_kind),
            ("kernel_kind", self._kernel_kind),
            ("padding", self._padding),
            ("fill", self._fill),
            ("value", self._value),
        ):
            widget.setAccessibleName(names[key])
        with _signals_blocked(self._controls()):
            for combo in (self._input_kind, self._kernel_kind, self._padding, self._fill):
                _retext(combo)
        self._align_labels()
        self.retranslated.emit()

    def _row(self, form: QtWidgets.QFormLayout, key: str, field: QtWidgets.QWidget) -> None:
        """Add a labelled row whose label is ``labels()[key]`` (and whose buddy is the field)."""
        label = QtWidgets.QLabel()
        label.setBuddy(field)
        self._texts[key] = label.setText
        form.addRow(label, field)

    def _align_labels(self) -> None:
        """Give every group the same label column, so the fields line up down the panel."""
        labels = [lab for lab in self.findChildren(QtWidgets.QLabel) if lab.buddy() is not None]
        for lab in labels:
            lab.setMinimumWidth(0)  # measured afresh: a new language has other widths
        # A little slack: rendered text can run a pixel or two wider than its metrics say.
        slack = self.fontMetrics().height() // 2
        width = max(lab.sizeHint().width() for lab in labels) + slack
        for lab in labels:
            lab.setMinimumWidth(width)

    # --- building -------------------------------------------------------------------

    def _group(self, key: str) -> tuple[QtWidgets.QGroupBox, QtWidgets.QFormLayout]:
        group, form = _form()
        self._texts[key] = group.setTitle
        return group, form

    def _build_input(self) -> QtWidgets.QGroupBox:
        group, form = self._group("input_group")
        row, self._input_size = _spin_pair(1, NUMBERS_MODE_MAX, "Input")
        self._input_kind = _combo(samples.INPUT_KINDS, control_texts.input_kind)
        self._new_random = QtWidgets.QPushButton()
        self._texts["new_random"] = self._new_random.setText
        self._texts["new_random_tip"] = self._new_random.setToolTip
        self._row(form, "input_size", row)
        self._row(form, "input_kind", self._input_kind)
        form.addRow(self._new_random)
        for spin in self._input_size:
            spin.valueChanged.connect(self._on_input_edited)
        self._input_kind.currentIndexChanged.connect(self._on_input_edited)
        self._new_random.clicked.connect(self.new_random_requested)
        return group

    def _build_kernel(self) -> QtWidgets.QGroupBox:
        group, form = self._group("kernel_group")
        row, self._kernel_size = _spin_pair(1, samples.MAX_KERNEL_SIZE, "Kernel")
        self._kernel_kind = _combo(samples.KERNEL_KINDS, control_texts.kernel_kind)
        self._row(form, "kernel_size", row)
        self._row(form, "kernel_kind", self._kernel_kind)
        for spin in self._kernel_size:
            spin.valueChanged.connect(self._on_kernel_edited)
        self._kernel_kind.currentIndexChanged.connect(self._on_kernel_kind_changed)
        return group

    def _build_padding(self) -> QtWidgets.QGroupBox:
        group, form = self._group("padding_group")
        self._padding = _combo(PADDING_CHOICES, control_texts.padding_choice)
        self._texts["padding_tip"] = self._padding.setToolTip
        tb, top_bottom = _spin_pair(0, MAX_PAD, "Padding", "/", ("top", "bottom"))
        lr, left_right = _spin_pair(0, MAX_PAD, "Padding", "/", ("left", "right"))
        self._pads = (*top_bottom, *left_right)
        self._fill = _combo(PADDING_MODES, control_texts.fill_mode)
        self._value = QtWidgets.QDoubleSpinBox()
        self._value.setRange(-9999.0, 9999.0)
        self._value.setKeyboardTracking(False)
        self._texts["value_tip"] = self._value.setToolTip
        self._row(form, "padding", self._padding)
        self._row(form, "top_bottom", tb)
        self._row(form, "left_right", lr)
        self._row(form, "fill", self._fill)
        self._row(form, "value", self._value)
        for combo in (self._padding, self._fill):
            combo.currentIndexChanged.connect(self._on_params_edited)
        for spin in (*self._pads, self._value):
            spin.valueChanged.connect(self._on_params_edited)
        return group

    def _build_stride(self) -> QtWidgets.QGroupBox:
        group, form = self._group("stride_group")
        stride_row, self._stride = _spin_pair(1, 8, "Stride")
        dilation_row, self._dilation = _spin_pair(1, 4, "Dilation")
        self._flip = QtWidgets.QCheckBox()
        self._texts["flip"] = self._flip.setText
        self._texts["flip_tip"] = self._flip.setToolTip
        self._row(form, "stride", stride_row)
        self._row(form, "dilation", dilation_row)
        form.addRow(self._flip)
        for spin in (*self._stride, *self._dilation):
            spin.valueChanged.connect(self._on_params_edited)
        self._flip.toggled.connect(self._on_params_edited)
        return group

    def _build_display(self) -> QtWidgets.QGroupBox:
        group, form = self._group("display_group")
        self._coverage = QtWidgets.QCheckBox()
        self._texts["coverage"] = self._coverage.setText
        self._texts["coverage_tip"] = self._coverage.setToolTip
        form.addRow(self._coverage)
        self._coverage.toggled.connect(self.coverage_toggled)
        return group

    def _controls(self) -> list[QtWidgets.QWidget]:
        # Found once: the panel's controls are all made in __init__, and searching the
        # widget tree on every sync cost ~0.2 ms per control change.
        if self._all_controls is None:
            kinds = (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox, QtWidgets.QAbstractButton)
            self._all_controls = [w for kind in kinds for w in self.findChildren(kind)]
        return self._all_controls

    # --- public API -----------------------------------------------------------------

    def params(self) -> ConvParams:
        """The ConvParams the controls currently describe."""
        padding = self._padding.currentData()
        if padding == EXPLICIT:
            top, bottom, left, right = (s.value() for s in self._pads)
            padding = ((top, bottom), (left, right))
        return ConvParams(
            stride=(self._stride[0].value(), self._stride[1].value()),
            padding=padding,
            dilation=(self._dilation[0].value(), self._dilation[1].value()),
            padding_mode=self._fill.currentData(),
            value=self._value.value(),
            flip=self._flip.isChecked(),
        )

    def sync(
        self,
        params: ConvParams,
        input_kind: str,
        input_shape: tuple[int, int],
        kernel_kind: str,
        kernel_shape: tuple[int, int],
    ) -> None:
        """Show these settings without emitting any signal.

        A kind of "custom" adds the "custom (typed)" choice; any other kind removes
        it; "image" does the same for "opened image" in the input list. The greyed
        top/bottom/left/right boxes show the amounts "same" and "full" resolve to, so
        switching to explicit starts from them.
        """
        with _signals_blocked(self._controls()):
            _set_custom(self._input_kind, input_kind == IMAGE, IMAGE)
            for combo, kind in ((self._input_kind, input_kind), (self._kernel_kind, kernel_kind)):
                _set_custom(combo, kind == CUSTOM)
                _select(combo, kind)
            _set_values(self._input_size, input_shape)
            _set_values(self._kernel_size, kernel_shape)
            self._sync_padding(params, input_shape, kernel_shape)
            _select(self._fill, params.padding_mode)
            if self._value.value() != params.value:
                self._value.setValue(params.value)
            _set_values(self._stride, params.stride)
            _set_values(self._dilation, params.dilation)
            self._flip.setChecked(params.flip)
        self._update_enabled()

    def set_coverage_checked(self, on: bool) -> None:
        """Tick or clear the coverage heat-map box without emitting coverage_toggled."""
        with QtCore.QSignalBlocker(self._coverage):
            self._coverage.setChecked(on)

    def set_max_input(self, n: int) -> None:
        """Allow input sizes up to ``n`` (64 normally, up to 1024 in image mode)."""
        names = control_texts.names()
        with _signals_blocked(list(self._input_size)):
            for spin in self._input_size:
                spin.setMaximum(n)
                _name_spin(spin, names)

    def set_input_custom(self, on: bool) -> None:
        """Offer "custom (typed)" in the input list only while typed values exist."""
        with QtCore.QSignalBlocker(self._input_kind):
            _set_custom(self._input_kind, on)
        self._update_enabled()

    def show_message(self, text: str) -> None:
        """Show an error in plain words at the top of the panel; empty text hides it."""
        self._message.setText(text)
        self._message.setVisible(bool(text))

    # --- helpers and handlers -------------------------------------------------------

    def _sync_padding(
        self, params: ConvParams, shape: tuple[int, int], kshape: tuple[int, int]
    ) -> None:
        named = isinstance(params.padding, str)
        _select(self._padding, params.padding if named else EXPLICIT)
        try:
            pads = resolve_padding(params.padding, shape, kshape, params.stride, params.dilation)
        except ConfigError:
            return  # the controller is already showing why; keep the last amounts
        for spin, v in zip(self._pads, (*pads[0], *pads[1]), strict=True):
            # "full" with a big dilated kernel can need more than MAX_PAD; show it truthfully.
            if spin.maximum() != max(MAX_PAD, v):
                spin.setMaximum(max(MAX_PAD, v))
            _set_values((spin,), (v,))

    def _fixed_kernel_size(self) -> tuple[int, int] | None:
        kind = self._kernel_kind.currentData()
        return None if kind == CUSTOM else samples.kernel_fixed_size(kind)

    def _update_enabled(self) -> None:
        explicit = self._padding.currentData() == EXPLICIT
        for spin in self._pads:
            spin.setEnabled(explicit)
        self._value.setEnabled(self._fill.currentData() == "constant")
        fixed = self._fixed_kernel_size() is not None
        for spin in self._kernel_size:
            spin.setEnabled(not fixed)
        # An opened image has the size it was opened at; no generator could resize it.
        image = self._input_kind.currentData() == IMAGE
        for spin in self._input_size:
            spin.setEnabled(not image)

    def _on_input_edited(self) -> None:
        h, w = (s.value() for s in self._input_size)
        self.input_edited.emit(self._input_kind.currentData(), h, w)

    def _on_kernel_kind_changed(self) -> None:
        fixed = self._fixed_kernel_size()
        if fixed is not None:
            with _signals_blocked(list(self._kernel_size)):
                _set_values(self._kernel_size, fixed)
        self._update_enabled()
        self._on_kernel_edited()

    def _on_kernel_edited(self) -> None:
        kh, kw = (s.value() for s in self._kernel_size)
        self.kernel_edited.emit(self._kernel_kind.currentData(), kh, kw)

    def _on_params_edited(self) -> None:
        self._update_enabled()
        self.params_edited.emit(self.params())
