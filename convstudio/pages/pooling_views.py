"""View pieces the pooling and transposed-convolution tabs share: captions, cell text, notes."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.views.cell_labels import format_number
from convstudio.views.formula_panel import FormulaPanel

NOTE_SCALE = 1.25  # the comparison / legend lines: read from the back of a hall


def cell_text(value: float) -> str:
    """A cell's number; max pooling's padding shows as "−∞" rather than "-inf"."""
    if math.isinf(value):
        return "−∞" if value < 0 else "∞"
    return format_number(value)


def levels(*arrays: np.ndarray) -> tuple[float, float]:
    """Fixed colour levels over the finite values of ``arrays`` (never an empty range)."""
    finite = np.concatenate([a[np.isfinite(a)].ravel() for a in arrays])
    if finite.size == 0:
        return (-1.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


class StepFormulaPanel(FormulaPanel):
    """A FormulaPanel whose step caption suits a mode that is not a plain dot product.

    Presenter mode finds it (and zooms it) like any FormulaPanel. Presenter mode
    re-colours the grids and then every panel's padding terms, so ``recoloured``
    tells a page its grids have their new palette (a legend can follow).
    """

    recoloured = QtCore.Signal()

    def __init__(self, step_caption: Callable[[], str]) -> None:
        self._step_caption = step_caption
        super().__init__()
        # No taller than its text: spare height belongs to the grids (720-line projectors).
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Maximum
        )

    def _retranslate(self) -> None:
        # FormulaPanel words its captions here, on construction and on language changes.
        super()._retranslate()
        caption = getattr(self, "_step_caption", None)
        label = self.findChild(QtWidgets.QLabel, "dot_product_caption")
        body = self.findChild(QtWidgets.QLabel, "dot_product")
        if caption is not None and label is not None and body is not None:
            label.setText(caption())
            body.setAccessibleName(caption())

    def set_padding_color(self, color: QtGui.QColor | str, background: QtGui.QColor | str) -> None:
        """Colour padding terms like the grids, and say that the grids were re-coloured."""
        super().set_padding_color(color, background)
        self.recoloured.emit()

    def step_text(self) -> str:
        """The step line shown (plain)."""
        body = self.findChild(QtWidgets.QLabel, "dot_product")
        return QtGui.QTextDocumentFragment.fromHtml(body.text()).toPlainText()

    def size_text(self) -> str:
        """The size formulas shown (plain, one per line)."""
        body = self.findChild(QtWidgets.QLabel, "size_formulas")
        html = body.text().replace("<sub>", "_").replace("</sub>", "")
        return QtGui.QTextDocumentFragment.fromHtml(html).toPlainText()


def note_label(name: str) -> QtWidgets.QLabel:
    """A wrapped, selectable line of large text under the grids."""
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(
        QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
    )
    return label


def scale_font(label: QtWidgets.QWidget, base: QtGui.QFont, scale: float, bold: bool) -> None:
    """Give ``label`` the page font times ``scale`` (follows presenter zoom when re-called)."""
    font = QtGui.QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
