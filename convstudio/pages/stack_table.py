"""The model-summary table: one row per stage, the current step's row highlighted.

It shows the strings it is given (``convstudio.core.stack_text.rows``); a layer that
cannot work gets a red row after the ones that do.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

COLUMNS = ("number", "layer", "short", "shapes", "padding", "field", "params")
# Side by side there is room for the layer's type and kernel only (the column's title
# says valid or same), and no parameters.
COMPACT_HIDDEN = ("layer", "params")
WIDE_HIDDEN = ("short",)
_FAILED_BACKGROUND = QtGui.QColor("#ffd6d6")
_FAILED_TEXT = QtGui.QColor("#7a0000")
_TEXT_SCALE = 1.1  # a little above the app's projector font: the table is the main view
_COMPACT_SCALE = 1.0  # two tables side by side share the width
_MAX_VISIBLE_ROWS = 8  # taller stacks scroll rather than squeeze the drawing away


class StackTable(QtWidgets.QTableWidget):
    """Read-only rows; clicking (or ↑/↓) chooses a stage, Enter or a double-click opens it."""

    row_chosen = QtCore.Signal(int)
    row_activated = QtCore.Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(True)  # only the layer column is ever narrowed to make it wrap
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizeAdjustPolicy(QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._highlight = -1
        self._compact = False
        self._valid_rows = 0
        self._hide_columns()
        self.currentCellChanged.connect(self._on_current_cell_changed)
        self.cellDoubleClicked.connect(lambda row, _col: self.row_activated.emit(row))
        self._apply_font()
        self.retranslate()

    def retranslate(self) -> None:
        """Column headers in the current language."""
        self.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Layer"),
                self.tr("Layer"),
                self.tr("Input →\noutput"),
                self.tr("Padding\nt, b, l, r"),
                self.tr("Receptive\nfield"),
                self.tr("Params"),
            ]
        )
        self.setAccessibleName(self.tr("Layer summary"))

    def set_compact(self, on: bool) -> None:
        """Hide the settings and parameter columns (two tables side by side)."""
        if bool(on) == self._compact:
            return
        self._compact = bool(on)
        self._hide_columns()
        self._apply_font()

    def _hide_columns(self) -> None:
        for key in COMPACT_HIDDEN:
            self.setColumnHidden(COLUMNS.index(key), self._compact)
        for key in WIDE_HIDDEN:
            self.setColumnHidden(COLUMNS.index(key), not self._compact)

    def set_rows(self, rows: list[list[str]], failed: list[str] | None) -> None:
        """Show ``rows`` (the input, then each working stage) and the failing layer's row."""
        all_rows = rows + ([failed] if failed else [])
        with QtCore.QSignalBlocker(self):
            self.setRowCount(len(all_rows))
            for r, cells in enumerate(all_rows):
                for c, text in enumerate(cells):
                    item = QtWidgets.QTableWidgetItem(text)
                    align = QtCore.Qt.AlignmentFlag
                    right = c in (0, COLUMNS.index("params"))
                    item.setTextAlignment(
                        (align.AlignRight if right else align.AlignLeft) | align.AlignVCenter
                    )
                    if failed and r == len(rows):
                        item.setBackground(_FAILED_BACKGROUND)
                        item.setForeground(_FAILED_TEXT)
                    self.setItem(r, c, item)
        self._valid_rows = len(rows)
        self._restyle()
        self.set_highlight(min(self._highlight, len(rows) - 1))

    def set_highlight(self, row: int) -> None:
        """Mark row ``row`` as the current step (bold, selected)."""
        self._highlight = row
        with QtCore.QSignalBlocker(self):
            if 0 <= row < self.rowCount():
                self.setCurrentCell(row, 0)
                self.selectRow(row)
            else:
                self.clearSelection()
        self._restyle()
        if 0 <= row < self.rowCount():
            self.scrollToItem(self.item(row, 0))

    def highlighted_row(self) -> int:
        """The row marked as the current step (−1: none)."""
        return self._highlight

    def row_texts(self, row: int) -> list[str]:
        """The texts of ``row`` (hidden columns included)."""
        return [self.item(row, c).text() for c in range(self.columnCount())]

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.row_activated.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._apply_font()
        elif event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()

    def _apply_font(self) -> None:
        # Derived from the inherited font each time, so presenter zoom still scales it.
        base = self.font()
        self._item_font = QtGui.QFont(base)
        scale = _COMPACT_SCALE if self._compact else _TEXT_SCALE
        self._item_font.setPointSizeF(base.pointSizeF() * scale)
        self._restyle()

    def _restyle(self) -> None:
        for r in range(self.rowCount()):
            font = QtGui.QFont(self._item_font)
            font.setBold(r == self._highlight)
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    item.setFont(font)
        self.resizeColumnsToContents()
        visible = [c for c in range(self.columnCount()) if not self.isColumnHidden(c)]
        # As wide as the columns and no wider: an empty band at the right looks unfinished.
        width = sum(self.columnWidth(c) for c in visible) + 2 * self.frameWidth() + 2
        if self.rowCount() > _MAX_VISIBLE_ROWS:
            width += self.verticalScrollBar().sizeHint().width()
        self.setMaximumWidth(width)
        self._fit_columns()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeColumnToContents(COLUMNS.index("layer"))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Narrow the layer column (its text wraps) rather than scroll sideways."""
        visible = [c for c in range(self.columnCount()) if not self.isColumnHidden(c)]
        deficit = sum(self.columnWidth(c) for c in visible) - self.viewport().width()
        layer = COLUMNS.index("layer")
        if deficit > 0 and not self.isColumnHidden(layer):
            least = 8 * self.fontMetrics().averageCharWidth()
            self.setColumnWidth(layer, max(least, self.columnWidth(layer) - deficit))
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        # Every row visible (up to a cap): a scrolled summary hides the very shapes it shows.
        rows = min(self.rowCount(), _MAX_VISIBLE_ROWS)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height + 2)

    def _on_current_cell_changed(self, row: int, *_args) -> None:
        if 0 <= row < self._valid_rows:
            self.row_chosen.emit(row)
