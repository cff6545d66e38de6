"""The shortcut overview: a read-only table of keys, what they do and where the menu item is."""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets


class ShortcutOverview(QtWidgets.QDialog):
    """A table of ``(keys, action, menu)`` rows in the window's (zoomed) font and theme."""

    def __init__(self, rows: list[tuple[str, str, str]], window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # A dialog is a window of its own: it does not inherit the zoom or the theme.
        self.setFont(window.font())
        self.setPalette(window.palette())
        # Parented now, so the columns are measured in the dialog's (zoomed) font.
        self.table = QtWidgets.QTableWidget(len(rows), 3, self)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QtWidgets.QTableWidgetItem(text)
                if c == 0:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(-1, -1)  # no focus frame on the first cell
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit(window)

    def _fit(self, window: QtWidgets.QWidget) -> None:
        # As large as the table wants, but within the window (a 720p projector).
        t = self.table
        want_h = t.verticalHeader().length() + t.horizontalHeader().height() + 100
        self.resize(
            min(t.horizontalHeader().length() + 48, window.width() - 40),
            min(want_h, window.height() - 40),
        )

    def text(self) -> str:
        """All rows as plain text, one shortcut per line (for tests and copying)."""
        t = self.table
        return "\n".join(
            "\t".join(t.item(r, c).text() for c in range(t.columnCount()))
            for r in range(t.rowCount())
        )
