"""The compare tab's own controls: where edits go (A, B or both), classic pairs, shift test.

The convolution settings themselves are the single-layer tab's ``ControlsPanel``
(same words, same keys); this panel adds what only comparing needs. It reports edits
as signals and shows what ``sync`` gives it, under signal blockers.

Keyboard: Alt+Y reaches "Apply edits to" (then ↑/↓ choose A, B or both), Alt+1…4
load the classic pairs, Alt+N switches the shift test on and off, Alt+B reaches the
shift amounts, Alt+X the pooling; Alt+arrows (page shortcuts) move the input.
"""

from __future__ import annotations

from contextlib import ExitStack

from PySide6 import QtCore, QtWidgets

from convstudio.i18n import translate

from .compare_controller import PAIRS
from .compare_state import TARGETS, CompareSettings

POOLS = (0, 2, 3)  # 0: no pooling


def _spin() -> QtWidgets.QSpinBox:
    box = QtWidgets.QSpinBox()
    box.setKeyboardTracking(False)  # one signal per committed value
    return box


def _signals_blocked(widgets: list[QtWidgets.QWidget]) -> ExitStack:
    stack = ExitStack()
    for widget in widgets:
        stack.enter_context(QtCore.QSignalBlocker(widget))
    return stack


class ComparePanel(QtWidgets.QWidget):
    """Target selector with both sides' settings, classic pairs, shift test controls."""

    target_chosen = QtCore.Signal(str)
    pair_requested = QtCore.Signal(str)
    shift_view_toggled = QtCore.Signal(bool)
    shift_edited = QtCore.Signal(int, int)
    pool_edited = QtCore.Signal(object)  # int or None

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_target())
        layout.addWidget(self._build_pairs())
        layout.addWidget(self._build_shift())
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    def _build_target(self) -> QtWidgets.QGroupBox:
        self._target_group = group = QtWidgets.QGroupBox()
        form = QtWidgets.QVBoxLayout(group)
        self._target_label = QtWidgets.QLabel()
        # One per line: ↑/↓ move between them (← and → step the walk, window-wide).
        row = QtWidgets.QVBoxLayout()
        self._targets = QtWidgets.QButtonGroup(self)
        self._target_buttons: dict[str, QtWidgets.QRadioButton] = {}
        for key in TARGETS:
            button = QtWidgets.QRadioButton()
            self._targets.addButton(button)
            self._target_buttons[key] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, k=key: on and self.target_chosen.emit(k))
        self._target_label.setBuddy(self._target_buttons["A"])
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(QtCore.Qt.TextFormat.RichText)
        form.addWidget(self._target_label)
        form.addLayout(row)
        form.addWidget(self.summary)
        return group

    def _build_pairs(self) -> QtWidgets.QGroupBox:
        self._pairs_group = group = QtWidgets.QGroupBox()
        column = QtWidgets.QVBoxLayout(group)
        self._pair_buttons: dict[str, QtWidgets.QPushButton] = {}
        for key in PAIRS:
            button = QtWidgets.QPushButton()
            button.clicked.connect(lambda _=False, k=key: self.pair_requested.emit(k))
            self._pair_buttons[key] = button
            column.addWidget(button)
        return group

    def _build_shift(self) -> QtWidgets.QGroupBox:
        self._shift_group = group = QtWidgets.QGroupBox()
        form = QtWidgets.QFormLayout(group)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.shift_view = QtWidgets.QCheckBox()
        self.shift_view.toggled.connect(self.shift_view_toggled)
        self.dy, self.dx = _spin(), _spin()
        pair = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dy, 1)
        row.addWidget(QtWidgets.QLabel(","))
        row.addWidget(self.dx, 1)
        pair.setFocusProxy(self.dy)
        self.pool = QtWidgets.QComboBox()
        for p in POOLS:
            self.pool.addItem("", p)
        self._shift_label, self._pool_label = QtWidgets.QLabel(), QtWidgets.QLabel()
        self._shift_label.setBuddy(self.dy)
        self._pool_label.setBuddy(self.pool)
        form.addRow(self.shift_view)
        form.addRow(self._shift_label, pair)
        form.addRow(self._pool_label, self.pool)
        for box in (self.dy, self.dx):
            box.valueChanged.connect(self._on_shift_edited)
        self.pool.currentIndexChanged.connect(self._on_pool_edited)
        return group

    # --- words ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the panel in the current language."""
        self._target_group.setTitle(translate("ComparePanel", "Compare A and B"))
        self._target_label.setText(translate("ComparePanel", "Appl&y edits to"))
        words = {
            "A": translate("ComparePanel", "A"),
            "B": translate("ComparePanel", "B"),
            "both": translate("ComparePanel", "A and B"),
        }
        for key, button in self._target_buttons.items():
            button.setText(words[key])
            button.setAccessibleName(
                translate("ComparePanel", "Apply edits to {target}").format(target=words[key])
            )
        self._pairs_group.setTitle(translate("ComparePanel", "Classic pairs"))
        pairs = {
            "same-valid": translate("ComparePanel", "&1  same vs valid"),
            "zeros-reflect": translate("ComparePanel", "&2  zeros vs reflect"),
            "torch-tf": translate("ComparePanel", "&3  PyTorch pad 1 vs TF same, stride 2"),
            "stride": translate("ComparePanel", "&4  stride 1 vs stride 2"),
        }
        for key, button in self._pair_buttons.items():
            button.setText(pairs[key])
            button.setAccessibleName(pairs[key].replace("&", ""))
        self._pair_buttons["torch-tf"].setToolTip(
            translate(
                "ComparePanel",
                "Needs a 3×3 kernel and an even input size (an odd size makes TF pad 1 on "
                "each side too); both are set for you",
            )
        )
        self._retranslate_shift()

    def _retranslate_shift(self) -> None:
        self._shift_group.setTitle(translate("ComparePanel", "Shift test"))
        self.shift_view.setText(translate("ComparePanel", "Show the shift test i&nstead"))
        self.shift_view.setAccessibleName(translate("ComparePanel", "Show the shift test"))
        self.shift_view.setToolTip(
            translate("ComparePanel", "Alt+arrows move the input by one cell; Alt+Home back")
        )
        self._shift_label.setText(translate("ComparePanel", "Shift &by (↓, →)"))
        self.dy.setAccessibleName(translate("ComparePanel", "Shift rows"))
        self.dx.setAccessibleName(translate("ComparePanel", "Shift columns"))
        self._pool_label.setText(translate("ComparePanel", "Ma&x pooling after"))
        self.pool.setAccessibleName(translate("ComparePanel", "Max pooling after the convolution"))
        with QtCore.QSignalBlocker(self.pool):
            for i, p in enumerate(POOLS):
                text = translate("ComparePanel", "none") if p == 0 else f"{p}×{p}"
                self.pool.setItemText(i, text)

    # --- sync -------------------------------------------------------------------------

    def sync(self, s: CompareSettings, summary: str) -> None:
        """Show ``s`` (and the sides' summary, rich text) without emitting anything."""
        h, w = s.input.shape
        widgets = [*self._target_buttons.values(), self.shift_view, self.dy, self.dx, self.pool]
        with _signals_blocked(widgets):
            self._target_buttons[s.target].setChecked(True)
            self.shift_view.setChecked(s.view == "shift")
            for box, n, v in ((self.dy, h, s.shift[0]), (self.dx, w, s.shift[1])):
                box.setRange(-(n - 1), n - 1)
                if box.value() != v:
                    box.setValue(v)
            self.pool.setCurrentIndex(max(0, self.pool.findData(s.pool or 0)))
        self.summary.setText(summary)

    def _on_shift_edited(self) -> None:
        self.shift_edited.emit(self.dy.value(), self.dx.value())

    def _on_pool_edited(self) -> None:
        self.pool_edited.emit(self.pool.currentData() or None)
