"""One stack on the stage: its title, the summary table, the drawing and the step's words.

The page shows one column, or two side by side (every conv valid | every conv same).
The column only displays what the page hands it.
"""

from __future__ import annotations

import html
import re

from PySide6 import QtCore, QtWidgets

from convstudio.pages.stack_drawing import Box, StackDrawing
from convstudio.pages.stack_table import StackTable


def _label(name: str) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.RichText)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    # Ignored width: long formulas wrap instead of widening the stage past the screen.
    label.setSizePolicy(
        QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
    )
    return label


def _rich(lines: list[str], size: str = "large", bold_first: bool = False) -> str:
    """Escaped lines as rich text; logical sizes follow the widget font (presenter zoom)."""
    # "H_out" typeset as H with a subscript, as the single-layer formulas are.
    parts = [re.sub(r"(\w)_(\w+)", r"\1<sub>\2</sub>", html.escape(line)) for line in lines]
    if bold_first and parts:
        parts[0] = f"<b>{parts[0]}</b>"
    return f'<span style="font-size:{size}">' + "<br>".join(parts) + "</span>"


class StackColumn(QtWidgets.QWidget):
    """Title, table, drawing, the current step's formulas and the layer's connections."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = _label("stack_title")
        self.table = StackTable()
        self.drawing = StackDrawing()
        self.step_text = _label("step_text")
        self.connections = _label("connections")
        self.connections.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.drawing, 1)
        layout.addWidget(self.step_text)
        layout.addWidget(self.connections)
        self._step_lines: list[str] = []
        self._connection_lines: list[str] = []

    def set_title(self, text: str) -> None:
        """The stack's name and totals (one line)."""
        self.title.setText(_rich([text], "large", bold_first=True))
        self.title.setAccessibleName(text)

    def set_step_lines(self, lines: list[str]) -> None:
        """The current stage, then its size and receptive-field formulas."""
        self._step_lines = list(lines)
        self.step_text.setText(_rich(self._step_lines, "large", bold_first=True))
        self.step_text.setAccessibleName(" ".join(lines))

    def step_lines(self) -> list[str]:
        """The lines shown for the current step."""
        return list(self._step_lines)

    def set_connection_lines(self, lines: list[str]) -> None:
        """The connections panel: a heading and the comparison in words (empty hides it)."""
        self._connection_lines = list(lines)
        self.connections.setText(_rich(self._connection_lines, "medium", bold_first=True))
        self.connections.setVisible(bool(lines))
        self.connections.setAccessibleName(" ".join(lines))

    def connection_lines(self) -> list[str]:
        """The lines of the connections panel."""
        return list(self._connection_lines)

    def set_current(self, index: int, boxes: list[Box | None]) -> None:
        """Highlight stage ``index`` in the table and the drawing."""
        self.table.set_highlight(index)
        self.drawing.set_current(index, boxes)
