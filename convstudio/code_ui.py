"""View → Show code: the current layer as copyable PyTorch and Keras code.

The dialog only shows what ``core.codegen`` writes for the controller's last good
result; students paste it into a notebook and get the numbers on the screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from .controller import Controller
from .core import Walk
from .core.codegen import MAX_INLINE_VALUES, input_csv, keras_code, torch_code

CSV_NAME = "convstudio_input.csv"
FRAMEWORKS = {"PyTorch": torch_code, "Keras": keras_code}
# Relative to the application font: code must be readable from the back of the hall.
_CODE_SCALE = 1.15


def code_font(base: QtGui.QFont) -> QtGui.QFont:
    """A fixed-pitch font a little larger than ``base``."""
    font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    # Aligned columns of numbers need a fixed pitch even where the system font is odd.
    font.setStyleHint(QtGui.QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * _CODE_SCALE)
    return font


class CodeDialog(QtWidgets.QDialog):
    """Tabs of PyTorch and Keras code, each with a Copy button, kept up to date."""

    visibility_changed = QtCore.Signal(bool)

    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.setWindowTitle("Code for this layer — PyTorch and Keras")
        self.controller = controller
        self._stale = True
        self._csv_name = CSV_NAME
        self._editors: dict[str, QtWidgets.QPlainTextEdit] = {}
        self._copy_buttons: dict[str, QtWidgets.QPushButton] = {}
        self.tabs = QtWidgets.QTabWidget()
        for name in FRAMEWORKS:
            self.tabs.addTab(self._build_page(name), name)
        self._note = QtWidgets.QLabel()
        self._note.setWordWrap(True)
        self._save_csv = QtWidgets.QPushButton("Save input as CS&V…")
        self._save_csv.clicked.connect(self._on_save_csv_clicked)
        note_row = QtWidgets.QHBoxLayout()
        note_row.addWidget(self._note, 1)
        note_row.addWidget(self._save_csv)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(note_row)
        layout.addWidget(self.tabs, 1)
        controller.result_changed.connect(self._on_result_changed)
        for keys, steps in ((QtGui.QKeySequence.StandardKey.ZoomIn, 1), ("Ctrl+=", 1)):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, lambda s=steps: self.zoom(s))
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(-1))
        self.resize(960, 680)

    def _build_page(self, name: str) -> QtWidgets.QWidget:
        editor = QtWidgets.QPlainTextEdit()
        editor.setReadOnly(True)
        editor.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        editor.setFont(code_font(self.font()))
        editor.setAccessibleName(f"{name} code")
        editor.setToolTip("Ctrl + mouse wheel, or Ctrl + / Ctrl −, changes the text size")
        copy = QtWidgets.QPushButton(f"&Copy {name} code")
        copy.setAccessibleName(f"Copy {name} code")
        copy.clicked.connect(lambda: self.copy(name))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel("Run it: it prints the numbers convstudio shows."), 1)
        row.addWidget(copy)
        page = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(page)
        column.addWidget(editor, 1)
        column.addLayout(row)
        self._editors[name], self._copy_buttons[name] = editor, copy
        return page

    # --- public API -----------------------------------------------------------------

    def code(self, framework: str) -> str:
        """The text shown in the ``framework`` tab ("PyTorch" or "Keras")."""
        if self._stale:
            self.refresh()
        return self._editors[framework].toPlainText()

    def zoom(self, steps: int) -> None:
        """Make the code larger (steps > 0) or smaller in both tabs alike."""
        for editor in self._editors.values():
            editor.zoomIn(steps)

    def copy(self, framework: str) -> None:
        """Put one tab's code on the clipboard and say so on its button."""
        QtGui.QGuiApplication.clipboard().setText(self.code(framework))
        button = self._copy_buttons[framework]
        button.setText("Copied ✓")
        QtCore.QTimer.singleShot(1500, button, lambda: button.setText(f"&Copy {framework} code"))

    def refresh(self) -> None:
        """Write the code for the controller's current (last good) result."""
        walk = self.controller.walk
        big = walk.input.size > MAX_INLINE_VALUES
        csv = self._csv_name if big else None
        for name, make in FRAMEWORKS.items():
            editor = self._editors[name]
            scroll = editor.verticalScrollBar().value()
            editor.setPlainText(make(walk.input, walk.kernel, walk.params, input_file=csv))
            editor.verticalScrollBar().setValue(scroll)  # stepping the settings keeps the view
        h, w = walk.input.shape
        if big:
            self._note.setText(
                f"The input has {h}×{w} = {walk.input.size:,} values, too many to paste: the "
                f"code reads them from {self._csv_name}. Save it next to your script."
            )
        else:
            self._note.setText(f"Input {h}×{w} and kernel values are included in the code.")
        self._save_csv.setVisible(big)
        self._stale = False

    # --- events ---------------------------------------------------------------------

    def _on_result_changed(self, _walk: Walk) -> None:
        # Writing the code costs time only worth spending while someone looks at it.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_save_csv_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "Save the input values", self._csv_name, "CSV files (*.csv)"
        )
        if path:
            self.save_csv(path)

    def save_csv(self, path: str | Path) -> bool:
        """Write the input values as CSV; the code then reads that file name."""
        try:
            Path(path).write_text(input_csv(self.controller.walk.input), encoding="utf-8")
        except OSError as exc:
            QtWidgets.QMessageBox.warning(
                self, "Cannot save", f"{path} could not be written ({exc.strerror or exc})."
            )
            return False
        self._csv_name = Path(path).name
        self.refresh()
        return True

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)


def install(window: QtWidgets.QMainWindow) -> CodeDialog:
    """Add View → Show code (Ctrl+K), which shows or hides the code dialog."""
    dialog = CodeDialog(window.controller, window)
    action = window.view_menu.addAction("Show &code (PyTorch / Keras)")
    action.setObjectName("showCodeAction")
    action.setCheckable(True)
    action.setShortcut(QtGui.QKeySequence("Ctrl+K"))
    action.toggled.connect(dialog.setVisible)
    # The same key closes it again while the dialog has the focus.
    dialog.addAction(action)

    def sync_action(visible: bool) -> None:
        with QtCore.QSignalBlocker(action):
            action.setChecked(visible)

    dialog.visibility_changed.connect(sync_action)
    return dialog
