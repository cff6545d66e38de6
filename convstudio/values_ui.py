"""Edit → Type input / kernel values: a table to type into or paste a matrix, keyboard only.

Clicking a grid cell asks for one value; a lecturer who wants a whole example
("this 5×5 from slide 12") types it here row by row, or pastes it from a
spreadsheet, a notebook's ``print(x)`` or a CSV (``core.matrix_text`` reads them
all). Nothing reaches the controller until every cell is a number.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from .core import ConfigError
from .core.matrix_text import format_cell, format_matrix, parse_matrix
from .core.samples import MAX_KERNEL_SIZE
from .views.controls import MESSAGE_STYLE, NUMBERS_MODE_MAX


class ValuesDialog(QtWidgets.QDialog):
    """A table of ``values`` with its size, Paste / Copy, and a message for bad cells."""

    def __init__(self, title: str, values: np.ndarray, max_size: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.max_size = max_size
        self.table = QtWidgets.QTableWidget()
        self.table.setAccessibleName(self.tr("Values"))
        # Read from the back of the hall while typing: larger digits, roomier cells.
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.table.setFont(font)
        self.table.horizontalHeader().setMinimumSectionSize(64)
        self.rows, self.cols = QtWidgets.QSpinBox(), QtWidgets.QSpinBox()
        for spin, name in ((self.rows, self.tr("Rows")), (self.cols, self.tr("Columns"))):
            spin.setRange(1, max_size)
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(name)
            spin.valueChanged.connect(self._on_size_changed)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self._build_layout()
        self.set_values(values)
        self.table.setFocus()

    def _build_layout(self) -> None:
        size_row = QtWidgets.QHBoxLayout()
        size_label = QtWidgets.QLabel(self.tr("&Size"))
        size_label.setBuddy(self.rows)
        size_row.addWidget(size_label)
        size_row.addWidget(self.rows)
        size_row.addWidget(QtWidgets.QLabel("×"))
        size_row.addWidget(self.cols)
        size_row.addStretch(1)
        paste = QtWidgets.QPushButton(self.tr("&Paste matrix"))
        paste.setToolTip(
            self.tr("Rows on lines; cells split by tabs, commas or spaces; [[…]] lists work too")
        )
        paste.clicked.connect(self.paste)
        copy = QtWidgets.QPushButton(self.tr("&Copy as text"))
        copy.clicked.connect(self.copy)
        size_row.addWidget(paste)
        size_row.addWidget(copy)
        hint = QtWidgets.QLabel(
            self.tr("Type a number and press Enter or Tab; Ctrl+V pastes a whole matrix.")
        )
        hint.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(size_row)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 520)

    # --- the table --------------------------------------------------------------------

    def set_values(self, values: np.ndarray) -> None:
        """Show ``values`` (the size boxes follow)."""
        h, w = values.shape
        with QtCore.QSignalBlocker(self.rows), QtCore.QSignalBlocker(self.cols):
            self.rows.setValue(h)
            self.cols.setValue(w)
        self.table.setRowCount(h)
        self.table.setColumnCount(w)
        # 1-based headers: "row 2, column 3" in messages is what the table shows.
        self.table.setVerticalHeaderLabels([str(i + 1) for i in range(h)])
        self.table.setHorizontalHeaderLabels([str(j + 1) for j in range(w)])
        for r in range(h):
            for c in range(w):
                item = QtWidgets.QTableWidgetItem(format_cell(values[r, c]))
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(0, 0)

    def text(self) -> str:
        """The table as tab-separated rows (empty cells as they are)."""
        return "\n".join(
            "\t".join(self._cell_text(r, c) for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        )

    def _cell_text(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        text = item.text().strip() if item is not None else ""
        return text or "empty"  # an empty cell must be named, not silently skipped

    def values(self) -> np.ndarray:
        """The typed matrix; ConfigError naming the first cell that is not a number."""
        return parse_matrix(self.text(), self.tr("table"), self.max_size)

    def _on_size_changed(self) -> None:
        # Keep what was typed where it still fits; new cells start at 0.
        h, w = self.rows.value(), self.cols.value()
        old = [
            [self._cell_text(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
        grown = np.zeros((h, w))
        self.set_values(grown)
        for r in range(min(h, len(old))):
            for c in range(min(w, len(old[r]))):
                self.table.item(r, c).setText(old[r][c])

    # --- paste, copy, accept ----------------------------------------------------------

    def paste(self) -> None:
        """Replace the table with the matrix on the clipboard (or say what is wrong)."""
        text = QtWidgets.QApplication.clipboard().text()
        try:
            self.set_values(parse_matrix(text, self.tr("pasted"), self.max_size))
        except ConfigError as exc:
            self.show_message(str(exc))
            return
        self.show_message("")

    def copy(self) -> None:
        """Put the table on the clipboard as tab-separated text (pastes into a spreadsheet)."""
        try:
            QtWidgets.QApplication.clipboard().setText(format_matrix(self.values()))
        except ConfigError as exc:
            self.show_message(str(exc))

    def show_message(self, text: str) -> None:
        """Say what is wrong under the table; empty text hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Ctrl+V anywhere in the dialog pastes a whole matrix."""
        if event.matches(QtGui.QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Close only when every cell is a number; otherwise say which is not."""
        try:
            self.values()
        except ConfigError as exc:
            self.show_message(str(exc))
            return
        super().accept()


class ValuesEditor(QtCore.QObject):
    """The two Edit-menu entries and what they do to the controller."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.input_action = QtGui.QAction(window)
        self.input_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+I"))
        self.input_action.triggered.connect(self.edit_input)
        self.kernel_action = QtGui.QAction(window)
        self.kernel_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+K"))
        self.kernel_action.triggered.connect(self.edit_kernel)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.input_action)
        window.edit_menu.addAction(self.kernel_action)
        self._retranslate()

    def _retranslate(self) -> None:
        self.input_action.setText(self.tr("Type &input values…"))
        self.kernel_action.setText(self.tr("Type &kernel values…"))

    def event(self, event: QtCore.QEvent) -> bool:
        # The window passes LanguageChange on to its children, QObjects included.
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def dialog(self, which: str) -> ValuesDialog:
        """The dialog for "input" or "kernel", filled with the current values."""
        c = self.window.controller
        if which == "input":
            title, values = self.tr("Input values"), c.input
            # An image too big for numbers is edited as an image, not as 1,000,000 cells.
            limit = NUMBERS_MODE_MAX
        else:
            title, values, limit = self.tr("Kernel values"), c.kernel, MAX_KERNEL_SIZE
        if max(values.shape) > limit:
            values = np.zeros((min(values.shape[0], limit), min(values.shape[1], limit)))
        return ValuesDialog(title, values, limit, self.window)

    def edit_input(self) -> None:
        """Edit → Type input values (Ctrl+Shift+I)."""
        self._run("input", self.window.controller.set_input_values)

    def edit_kernel(self) -> None:
        """Edit → Type kernel values (Ctrl+Shift+K)."""
        self._run("kernel", self.window.controller.set_kernel_values)

    def _run(self, which: str, apply) -> None:
        dialog = self.dialog(which)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.window.set_mode("single")  # the values belong to the single layer
            apply(dialog.values())
        dialog.deleteLater()


def install(window) -> ValuesEditor:
    """Add Edit → Type input values / Type kernel values to ``window``."""
    editor = ValuesEditor(window)
    window.values_editor = editor
    return editor
