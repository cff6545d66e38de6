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
        self.controller = controller
        self._stale = True
        self._csv_name = CSV_NAME
        self._editors: dict[str, QtWidgets.QPlainTextEdit] = {}
        self._copy_buttons: dict[str, QtWidgets.QPushButton] = {}
        self._run_labels: list[QtWidgets.QLabel] = []
        self.show_action: QtGui.QAction | None = None  # View → Show code, worded here
        self.tabs = QtWidgets.QTabWidget()
        for name in FRAMEWORKS:
            self.tabs.addTab(self._build_page(name), name)
        self._note = QtWidgets.QLabel()
        self._note.setWordWrap(True)
        self._save_csv = QtWidgets.QPushButton()
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
        self._retranslate()
        self.resize(960, 680)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Code for this layer — PyTorch and Keras"))
        self._save_csv.setText(self.tr("Save input as CS&V…"))
        for name, editor in self._editors.items():
            editor.setAccessibleName(self.tr("{framework} code").format(framework=name))
            editor.setToolTip(
                self.tr("Ctrl + mouse wheel, or Ctrl + / Ctrl −, changes the text size")
            )
            self._copy_buttons[name].setText(self._copy_text(name))
            self._copy_buttons[name].setAccessibleName(self._copy_text(name).replace("&", ""))
        for label in self._run_labels:
            label.setText(self.tr("Run it: it prints the numbers convstudio shows."))
        if not self._stale:
            self._write_note()
        if self.show_action is not None:
            self.show_action.setText(self.action_text())

    def _copy_text(self, framework: str) -> str:
        return self.tr("&Copy {framework} code").format(framework=framework)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _build_page(self, name: str) -> QtWidgets.QWidget:
        editor = QtWidgets.QPlainTextEdit()
        editor.setReadOnly(True)
        editor.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        editor.setFont(code_font(self.font()))
        copy = QtWidgets.QPushButton()
        copy.clicked.connect(lambda: self.copy(name))
        run = QtWidgets.QLabel()
        self._run_labels.append(run)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(run, 1)
        row.addWidget(copy)
        page = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(page)
        column.addWidget(editor, 1)
        column.addLayout(row)
        self._editors[name], self._copy_buttons[name] = editor, copy
        return page

    # --- public API -----------------------------------------------------------------

    def action_text(self) -> str:
        """The text of View → Show code."""
        return self.tr("Show &code (PyTorch / Keras)")

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
        button.setText(self.tr("Copied ✓"))
        QtCore.QTimer.singleShot(1500, button, lambda: button.setText(self._copy_text(framework)))

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
        self._write_note()
        self._save_csv.setVisible(big)
        self._stale = False

    def _write_note(self) -> None:
        walk = self.controller.walk
        h, w = walk.input.shape
        if walk.input.size > MAX_INLINE_VALUES:
            text = self.tr(
                "The input has {h}×{w} = {n} values, too many to paste: the "
                "code reads them from {csv}. Save it next to your script."
            ).format(h=h, w=w, n=f"{walk.input.size:,}", csv=self._csv_name)
        else:
            text = self.tr("Input {h}×{w} and kernel values are included in the code.")
            text = text.format(h=h, w=w)
        self._note.setText(text)

    # --- events ---------------------------------------------------------------------

    def _on_result_changed(self, _walk: Walk) -> None:
        # Writing the code costs time only worth spending while someone looks at it.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_save_csv_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save the input values"), self._csv_name, self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_csv(path)

    def save_csv(self, path: str | Path) -> bool:
        """Write the input values as CSV; the code then reads that file name."""
        try:
            Path(path).write_text(input_csv(self.controller.walk.input), encoding="utf-8")
        except OSError as exc:
            text = self.tr("{path} could not be written ({reason}).")
            QtWidgets.QMessageBox.warning(
                self, self.tr("Cannot save"), text.format(path=path, reason=exc.strerror or exc)
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
    action = window.view_menu.addAction(dialog.action_text())
    action.setObjectName("showCodeAction")
    dialog.show_action = action
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
