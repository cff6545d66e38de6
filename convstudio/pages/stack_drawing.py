"""The stack drawn to scale: one rectangle per stage, the receptive field of one cell on each.

All stages share one cell size, so the shrinking (or not) is seen at a glance. The
current step's rectangle is outlined; the cells its centre output depends on are
shaded on every rectangle before it, down to the input. The view draws the shapes and
boxes it is given; it computes nothing.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

Box = tuple[tuple[int, int], tuple[int, int]]

_FILL = QtGui.QColor("#dce8fb")
_EDGE = QtGui.QColor("#2f4f7f")
_GRID = QtGui.QColor(47, 79, 127, 60)
_CURRENT = QtGui.QColor("#d35400")
_FIELD = QtGui.QColor(230, 120, 0, 120)
_MIN_GRID_PX = 5.0  # below this the cell lines would turn the rectangle grey


class StackDrawing(QtWidgets.QWidget):
    """Rectangles H×W (to scale) left to right with arrows, labels and the field boxes."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._shapes: list[tuple[int, int]] = []
        self._names: list[str] = []
        self._sizes: list[str] = []
        self._current = -1
        self._boxes: list[Box | None] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )

    def set_stages(self, shapes: list[tuple[int, int]], names: list[str], sizes: list[str]) -> None:
        """The (H, W) of every stage (input first), a name and a size text under each."""
        self._shapes, self._names, self._sizes = list(shapes), list(names), list(sizes)
        self.update()

    def set_current(self, index: int, boxes: list[Box | None]) -> None:
        """Outline stage ``index``; ``boxes[i]`` is the field's box on stage i (i ≤ index)."""
        self._current, self._boxes = index, list(boxes)
        self.update()

    def current(self) -> int:
        """The outlined stage."""
        return self._current

    def boxes(self) -> list[Box | None]:
        """The field boxes drawn, per stage."""
        return list(self._boxes)

    def rects(self) -> list[QtCore.QRectF]:
        """Where each stage's rectangle is drawn (widget pixels)."""
        return self._layout()[0]

    # --- geometry -----------------------------------------------------------------------

    def _label_width(self, i: int, metrics: QtGui.QFontMetricsF) -> float:
        return max(
            metrics.horizontalAdvance(self._names[i]), metrics.horizontalAdvance(self._sizes[i])
        )

    def _layout(self) -> tuple[list[QtCore.QRectF], float]:
        """Every stage's rectangle and the cell size in pixels."""
        if not self._shapes:
            return [], 0.0
        metrics = QtGui.QFontMetricsF(self.font())
        line = metrics.height()
        gap = 2.2 * line  # room for an arrow
        margin = 0.5 * line
        width = self.width() - 2 * margin - gap * (len(self._shapes) - 1)
        height = self.height() - 2 * margin - 2.2 * line
        labels = [self._label_width(i, metrics) for i in range(len(self._shapes))]
        px = min(height / max(h for h, _ in self._shapes), width / sum(w for _, w in self._shapes))
        for _ in range(6):  # narrow stages still need room for their labels
            slots = [max(w * px, lab) for (_, w), lab in zip(self._shapes, labels, strict=True)]
            if sum(slots) <= width + 0.5:
                break
            px *= width / sum(slots)
        px = max(px, 0.5)
        slots = [max(w * px, lab) for (_, w), lab in zip(self._shapes, labels, strict=True)]
        used = sum(slots) + gap * (len(slots) - 1)
        x = max(margin, (self.width() - used) / 2)
        mid = margin + height / 2
        rects = []
        for (h, w), slot in zip(self._shapes, slots, strict=True):
            rects.append(QtCore.QRectF(x + (slot - w * px) / 2, mid - h * px / 2, w * px, h * px))
            x += slot + gap
        return rects, px

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        rects, px = self._layout()
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QtGui.QPalette.ColorRole.WindowText)
        line = QtGui.QFontMetricsF(self.font()).height()
        # One baseline for every label, under the tallest rectangle: sizes read as a row.
        top = max((r.bottom() for r in rects), default=0.0) + 4
        for i, rect in enumerate(rects):
            self._draw_stage(painter, i, rect, px)
            if i:
                self._draw_arrow(painter, rects[i - 1], rect, text)
            self._draw_labels(painter, i, rect, top, line, text)
        painter.end()

    def _draw_stage(self, painter: QtGui.QPainter, i: int, rect: QtCore.QRectF, px: float) -> None:
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(_FILL)
        painter.drawRect(rect)
        if px >= _MIN_GRID_PX:
            painter.setPen(QtGui.QPen(_GRID, 1))
            h, w = self._shapes[i]
            for r in range(1, h):
                y = rect.top() + r * px
                painter.drawLine(QtCore.QPointF(rect.left(), y), QtCore.QPointF(rect.right(), y))
            for c in range(1, w):
                x = rect.left() + c * px
                painter.drawLine(QtCore.QPointF(x, rect.top()), QtCore.QPointF(x, rect.bottom()))
        box = self._boxes[i] if i < len(self._boxes) else None
        if box is not None:
            (r0, r1), (c0, c1) = box
            field = QtCore.QRectF(
                rect.left() + c0 * px, rect.top() + r0 * px, (c1 - c0 + 1) * px, (r1 - r0 + 1) * px
            )
            painter.setBrush(_FIELD)
            painter.setPen(QtGui.QPen(_CURRENT, 2))
            painter.drawRect(field)
        current = i == self._current
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(_CURRENT if current else _EDGE, 4 if current else 1.5))
        painter.drawRect(rect)

    def _draw_arrow(
        self, painter: QtGui.QPainter, a: QtCore.QRectF, b: QtCore.QRectF, colour: QtGui.QColor
    ) -> None:
        y = (a.center().y() + b.center().y()) / 2
        gap = b.left() - a.right()
        start, end = a.right() + 0.25 * gap, b.left() - 0.25 * gap
        painter.setPen(QtGui.QPen(colour, 2))
        painter.drawLine(QtCore.QPointF(start, y), QtCore.QPointF(end, y))
        head = min(8.0, 0.2 * gap)
        painter.setBrush(colour)
        painter.drawPolygon(
            QtGui.QPolygonF(
                [
                    QtCore.QPointF(end, y),
                    QtCore.QPointF(end - head, y - head / 1.6),
                    QtCore.QPointF(end - head, y + head / 1.6),
                ]
            )
        )

    def _draw_labels(
        self,
        painter: QtGui.QPainter,
        i: int,
        rect: QtCore.QRectF,
        top: float,
        line: float,
        colour: QtGui.QColor,
    ) -> None:
        font = QtGui.QFont(self.font())
        font.setBold(i == self._current)
        painter.setFont(font)
        painter.setPen(colour)
        centre = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignTop
        wide = max(rect.width(), QtGui.QFontMetricsF(font).horizontalAdvance(self._names[i]) + 4)
        for k, text in enumerate((self._sizes[i], self._names[i])):
            area = QtCore.QRectF(rect.center().x() - wide / 2 - 40, top + k * line, wide + 80, line)
            painter.drawText(area, centre, text)
