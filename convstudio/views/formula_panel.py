"""A large, legible panel for the output-size formulas, the current dot product and hover text.

It shows only strings it is given (see ``convstudio.core.explain``); the one
thing it adds is colour for the padding terms that ``dot_product_text`` brackets.
"""

from __future__ import annotations

import html
import re

from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.core.explain import PAD_CLOSE, PAD_OPEN

# Relative to the application font: formulas must read from the back of a lecture hall.
_TEXT_SCALE = 1.35
_CAPTION_SCALE = 0.85
_PAD_TERM = re.compile(
    re.escape(PAD_OPEN) + r"[^" + re.escape(PAD_OPEN + PAD_CLOSE) + r"]*" + re.escape(PAD_CLOSE)
)


class FormulaPanel(QtWidgets.QWidget):
    """Output-size formulas, the dot product of the current step, and what the mouse is over."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_pt = self.font().pointSizeF()
        self._zoom = 1.0
        self._pad_color = QtGui.QColor("#a63c00")
        self._pad_background = QtGui.QColor("#ffe6cc")
        self._dot_text = ""
        layout = QtWidgets.QVBoxLayout(self)
        self._captions: list[QtWidgets.QLabel] = []
        self._sizes = self._add_section(layout, "size_formulas")
        self._dot = self._add_section(layout, "dot_product")
        self._hover = self._add_section(layout, "hover_text")
        layout.addStretch(1)
        self._retranslate()
        self._apply_zoom()

    def _retranslate(self) -> None:
        captions = (
            self.tr("Output size"),
            self.tr("This step: input · weight"),
            self.tr("Under the mouse"),
        )
        for title, body, caption in zip(
            self._captions, (self._sizes, self._dot, self._hover), captions, strict=True
        ):
            title.setText(caption)
            body.setAccessibleName(caption)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _add_section(self, layout: QtWidgets.QVBoxLayout, name: str) -> QtWidgets.QLabel:
        title = QtWidgets.QLabel()
        title.setObjectName(f"{name}_caption")
        self._captions.append(title)
        body = QtWidgets.QLabel()
        body.setObjectName(name)
        body.setTextFormat(QtCore.Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
        )
        if self._captions[1:]:
            layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(title)
        layout.addWidget(_LabelHolder(body))
        return body

    def set_size_formulas(self, lines: list[str]) -> None:
        """Show the output-size formulas, one per line."""
        _set_text(self._sizes, "<br>".join(_subscripts(html.escape(line)) for line in lines))

    def set_dot_product(self, text: str) -> None:
        """Show the current dot product; bracketed padding terms are coloured."""
        self._dot_text = text
        self._render_dot()

    def set_hover_text(self, text: str) -> None:
        """Show what the mouse is over (empty clears it)."""
        self._hover_text = text
        _set_text(self._hover, html.escape(text))

    def hover_text(self) -> str:
        """The hover text currently shown (plain)."""
        return getattr(self, "_hover_text", "")

    def set_zoom(self, factor: float) -> None:
        """Scale every font by ``factor`` (1 = normal), e.g. for presenter mode."""
        self._zoom = max(0.25, float(factor))
        self._apply_zoom()

    def zoom(self) -> float:
        """The current font scale."""
        return self._zoom

    def set_padding_color(self, color: QtGui.QColor | str, background: QtGui.QColor | str) -> None:
        """Colour padding terms like the grids colour padding cells."""
        self._pad_color, self._pad_background = QtGui.QColor(color), QtGui.QColor(background)
        self._render_dot()

    def _render_dot(self) -> None:
        style = (
            f"color:{self._pad_color.name()}; background-color:{self._pad_background.name()};"
            " font-style:italic;"
        )
        escaped = html.escape(self._dot_text)
        marked = _PAD_TERM.sub(lambda m: f'<span style="{style}">{m[0]}</span>', escaped)
        _set_text(self._dot, marked)

    def _apply_zoom(self) -> None:
        for label in (self._sizes, self._dot, self._hover):
            font = label.font()
            font.setPointSizeF(self._base_pt * _TEXT_SCALE * self._zoom)
            label.setFont(font)
            # Reserve one line so the panel does not jump as hover text comes and goes.
            label.setMinimumHeight(label.fontMetrics().height())
            label.parentWidget().setMinimumHeight(label.minimumHeight())  # the layout's item
        for title in self._captions:
            font = title.font()
            font.setPointSizeF(self._base_pt * _CAPTION_SCALE * self._zoom)
            font.setBold(True)
            title.setFont(font)


class _LabelHolder(QtWidgets.QWidget):
    """Holds one word-wrapped label outside any layout; the label fills it.

    A new text in a label inside a layout re-lays the whole window out, one level per
    event-loop round, and repaints what moved: ~3 ms for each dot product at 4K. Here
    the label's geometry requests stop at this holder, which passes them on only when
    the label's height at the current width changes.
    """

    def __init__(self, label: QtWidgets.QLabel) -> None:
        super().__init__()
        self._label = label
        self._checked: tuple | None = None  # text, width and font last measured
        label.setParent(self)
        policy = label.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._label.heightForWidth(width), self._label.minimumHeight())

    def sizeHint(self) -> QtCore.QSize:
        return self._label.sizeHint()

    def minimumSizeHint(self) -> QtCore.QSize:
        return self._label.minimumSizeHint()

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            self.check_height()
            return True
        return super().event(event)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self._label.setGeometry(self.rect())
        # The layout may have used heights cached before the text changed: re-ask if so.
        self.check_height()
        super().resizeEvent(event)

    def check_height(self) -> None:
        """Pass a new height of the label on to the layout; measured once per text."""
        # Asking a rich-text label its height lays its text out again, and asked after
        # the label was painted, that repaints it: the dot product was painted twice per
        # change. So the panel asks right after setting a text, before any paint, and
        # the layout request that follows finds the answer already known.
        key = (self._label.text(), self.width(), self._label.font().key())
        if key == self._checked:
            return
        self._checked = key
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()


def _set_text(label: QtWidgets.QLabel, text: str) -> None:
    """Show ``text`` in a body label and settle its holder's height at once."""
    label.setText(text)
    label.parentWidget().check_height()


def _subscripts(text: str) -> str:
    """Typeset "H_out" as H with a subscript "out"."""
    return re.sub(r"(\w)_(\w+)", r"\1<sub>\2</sub>", text)
