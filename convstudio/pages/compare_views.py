"""The compare tab's difference stage: A | B side by side, the difference map and the words.

Views only draw what the page gives them (walks, masks, texts); the page decides.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.core.compare import Comparison
from convstudio.core.explain import format_number
from convstudio.core.walk import Walk
from convstudio.i18n import translate
from convstudio.views import control_texts
from convstudio.views.grid_view import GridView

TEXT_SCALE = 1.2  # the explanations must read from the back of a hall, like the formulas


class _Grid(GridView):
    """A GridView that leaves its size to the layout's stretch factors.

    GridView asks for about 600×500; four of them overfill a 720p stage, and a layout
    short of space ignores stretch factors, so the sides would get no more room than
    the difference map below them.
    """

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(160, 160)

    def hasHeightForWidth(self) -> bool:
        # The wrapping title would make layouts ask for its height at tiny widths.
        return False


def grid(name: str) -> GridView:
    """A grid for the compare and shift stages (see ``_Grid``), named for tests."""
    view = _Grid()
    view.setObjectName(name)
    return view


def levels(values: np.ndarray) -> tuple[float, float]:
    """Colour levels fixed per result (never per step), so colours do not jump."""
    lo, hi = float(values.min()), float(values.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


def shared_levels(c: Comparison) -> tuple[tuple[float, float], tuple[float, float]]:
    """Colour levels of the padded inputs and of the outputs, common to A and B."""
    inputs = np.concatenate([c.a.padded.array.ravel(), c.b.padded.array.ravel()])
    outputs = np.concatenate([c.a.output.ravel(), c.b.output.ravel()])
    return levels(inputs), levels(outputs)


def symmetric_levels(values: np.ndarray) -> tuple[float, float]:
    """Levels centred on 0: equal cells of a difference map get the middle colour."""
    m = float(np.abs(values).max()) if values.size else 0.0
    return (-m, m) if m > 0 else (-1.0, 1.0)


class TextBox(QtWidgets.QWidget):
    """Rich text at ``scale`` × the window font, following presenter zoom.

    Wrapped to the width it is given, or (``fit``) unwrapped at its own width.
    """

    def __init__(
        self, name: str, scale: float = TEXT_SCALE, parent=None, *, fit: bool = False
    ) -> None:
        super().__init__(parent)
        self.label = QtWidgets.QLabel()
        self.label.setObjectName(name)
        self.label.setWordWrap(not fit)
        self.label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.label.setAlignment(
            QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft
        )
        # Wrapping text takes the width it is given; ``fit`` text asks for its own width.
        horizontal = (
            QtWidgets.QSizePolicy.Policy.Preferred if fit else QtWidgets.QSizePolicy.Policy.Ignored
        )
        self.label.setSizePolicy(horizontal, QtWidgets.QSizePolicy.Policy.Preferred)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self._scale = scale
        self._plain = ""
        self._rescale()

    def set_lines(self, lines: list[str], bold_first: bool = False) -> None:
        """Show ``lines`` (plain text) one per line; the first in bold if asked."""
        self._plain = "\n".join(lines)
        parts = [html.escape(line) for line in lines]
        if bold_first and parts:
            parts[0] = f"<b>{parts[0]}</b>"
        self.label.setText("<br>".join(parts))

    def set_html(self, text: str, plain: str) -> None:
        """Show rich ``text``; ``plain`` is what :meth:`text` reports."""
        self._plain = plain
        self.label.setText(text)

    def text(self) -> str:
        """The plain text shown."""
        return self._plain

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._rescale()
        super().changeEvent(event)

    def sizeHint(self) -> QtCore.QSize:
        # A wrapping label asks for its height at a near-zero width (thousands of pixels),
        # which would starve the grids: ask for the height the text needs at this width.
        if not self.label.wordWrap():
            return self.label.sizeHint()
        return QtCore.QSize(0, self.label.heightForWidth(max(self.width(), 100)))

    def minimumSizeHint(self) -> QtCore.QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        # Layouts would otherwise ask the label directly, at whatever width they try.
        return False

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height needed follows the width

    def _rescale(self) -> None:
        font = QtGui.QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scale)
        self.label.setFont(font)


# --- the words of one side's settings ---------------------------------------------------


def _pair(values: tuple[int, int]) -> str:
    return str(values[0]) if values[0] == values[1] else f"{values[0]}×{values[1]}"


def side_items(walk: Walk, kernel_kind: str) -> list[str]:
    """Short phrases for one side: kernel, stride, padding per side, fill, dilation, flip."""
    p = walk.params
    (top, bottom), (left, right) = walk.pads
    kh, kw = walk.kernel.shape
    name = p.padding if isinstance(p.padding, str) else translate("CompareView", "explicit")
    if kernel_kind == "custom":  # "custom (typed) 3×3" reads oddly in a sentence
        kernel = translate("CompareView", "kernel {kh}×{kw}").format(kh=kh, kw=kw)
    else:
        kernel = translate("CompareView", "{kernel} {kh}×{kw}").format(
            kernel=control_texts.kernel_kind(kernel_kind), kh=kh, kw=kw
        )
    items = [
        kernel,
        translate("CompareView", "stride {s}").format(s=_pair(p.stride)),
        translate("CompareView", "padding {name} ↑{t} ↓{b} ←{l} →{r}").format(
            name=name, t=top, b=bottom, l=left, r=right
        ),
    ]
    if top or bottom or left or right:
        fill = control_texts.fill_mode(p.padding_mode)
        if p.padding_mode == "constant":
            fill += f" {format_number(p.value, unicode_minus=True)}"
        items.append(fill)
    if p.dilation != (1, 1):
        items.append(translate("CompareView", "dilation {d}").format(d=_pair(p.dilation)))
    if p.flip:
        items.append(translate("CompareView", "flipped"))
    return items


def side_header(side: str, mine: list[str], other: list[str]) -> tuple[str, str]:
    """(rich, plain) "A · Sobel x 3×3 · stride 1 · …" with what differs from ``other`` bold."""
    rich = [f"<b>{side}</b>"]
    rich += [f"<b><u>{html.escape(i)}</u></b>" if i not in other else html.escape(i) for i in mine]
    return " · ".join(rich), " · ".join([side, *mine])


class SideView(QtWidgets.QWidget):
    """One side: its settings in words, padded input with the window, output, step counter."""

    def __init__(self, side: str, parent=None) -> None:
        super().__init__(parent)
        self.side = side
        key = side.lower()
        self.header = TextBox(f"{key}_header", 1.1)
        self.input_view = grid(f"{key}_input")
        self.output_view = grid(f"{key}_output")
        self.counter = TextBox(f"{key}_counter", 1.0)
        grids = QtWidgets.QHBoxLayout()
        grids.setSpacing(6)
        grids.addWidget(self.input_view, 1)
        grids.addWidget(self.output_view, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(grids, 1)
        layout.addWidget(self.counter)

    def show_walk(
        self, walk: Walk, step: int, coverage: bool, shared: tuple[tuple[float, float], ...]
    ) -> None:
        """Draw a new walk of this side, revealed up to ``step``.

        ``shared`` holds the (input, output) colour levels of both sides, so one value
        has one colour on A and on B.
        """
        padded, (h, w) = walk.padded, walk.input.shape
        (top, _), (left, _) = walk.pads
        self.input_view.set_data(
            padded.array,
            levels=shared[0],
            pad_mask=padded.mask,
            frame=(top, left, top + h - 1, left + w - 1),
        )
        self.input_view.set_heatmap(walk.padded_coverage() if coverage else None)
        self.output_view.set_data(walk.output, levels=shared[1], revealed=step + 1)
        hp, wp = padded.mask.shape
        title = translate("CompareView", "{side}: padded {hp}×{wp}")
        self.input_view.set_title(title.format(side=self.side, hp=hp, wp=wp))
        ho, wo = walk.out_shape
        title = translate("CompareView", "{side}: output {ho}×{wo}")
        self.output_view.set_title(title.format(side=self.side, ho=ho, wo=wo))

    def show_step(self, walk: Walk, index: int, counter: str) -> None:
        """Move the window and the revealed output to step ``index`` of this side's walk."""
        step = walk.step(index)
        self.input_view.set_window(step.rows, step.cols)
        self.output_view.set_revealed(index + 1)
        self.output_view.set_current((step.out_row, step.out_col))
        self.counter.set_lines([counter])


class CompareStage(QtWidgets.QWidget):
    """A | B on top; below, the difference map B − A beside the explanations."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.a, self.b = SideView("A"), SideView("B")
        self.difference = grid("difference")
        self.explanation = TextBox("explanation")
        sides = QtWidgets.QHBoxLayout()
        sides.setSpacing(16)
        sides.addWidget(self.a, 1)
        sides.addWidget(self.b, 1)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.difference, 2)
        bottom.addWidget(self.explanation, 5)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The sides hold the most cells (padded inputs): they get the larger share.
        layout.addLayout(sides, 5)
        layout.addLayout(bottom, 3)

    def side(self, name: str) -> SideView:
        """The view of side "A" or "B"."""
        return self.a if name == "A" else self.b

    def show_difference(self, c: Comparison) -> None:
        """The difference map: B − A, the differing cells lit, the rest dimmed."""
        self.difference.set_data(c.difference, levels=symmetric_levels(c.difference))
        self.difference.set_highlight(c.differs if c.differs.any() else None)
        h, w = c.overlap
        if c.same_shape:
            title = translate("CompareView", "B − A: {d} differ")
        else:
            title = translate("CompareView", "B − A, top-left {h}×{w}: {d} differ")
        self.difference.set_title(title.format(d=c.n_different, h=h, w=w))

    def show_step_difference(self, c: Comparison, ia: int, ib: int) -> None:
        """Outline the compared cell when both sides are at the same output cell."""
        ra, ca = divmod(ia, c.a.out_shape[1])
        rb, cb = divmod(ib, c.b.out_shape[1])
        h, w = c.overlap
        same = (ra, ca) == (rb, cb) and ra < h and ca < w
        self.difference.set_current((ra, ca) if same else None)
