"""The channels tab's grids: one column per input channel, one output map per filter.

A column is a tint bar (red, green, blue for a colour picture), the padded channel
with the window, the current filter's slice for that channel and the partial sum it
contributes. Columns the current filter does not read (groups) are dimmed and show
no slice. Output maps fill in filter by filter; the current one is outlined.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.core.channels import ChannelStep, ChannelWalk
from convstudio.views.grid_view import GridView

from . import channels_kit as kit

RGB_TINTS = ("#d62728", "#2ca02c", "#1f77b4")
OTHER_TINTS = ("#7b3fb5", "#d98200", "#138d90", "#8c564b")
MAX_COLUMNS = 4
_SUM_SCALE = 1.35


def levels(values: np.ndarray, symmetric: bool = False) -> tuple[float, float]:
    """Colour levels fixed per result, so colours never jump while stepping."""
    if symmetric:
        m = float(np.abs(values).max()) or 1.0
        return (-m, m)
    lo, hi = float(values.min()), float(values.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


def tints(n_channels: int) -> tuple[str, ...]:
    """The tint of each input channel: R, G, B for three channels."""
    return RGB_TINTS if n_channels == 3 else OTHER_TINTS[:n_channels]


class ChannelColumn(QtWidgets.QWidget):
    """One input channel: tint bar, padded slice with the window, kernel slice, partial sum."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        # The channel's name on its tint: no separate title row, the grids get the height.
        self.bar = QtWidgets.QLabel(alignment=QtCore.Qt.AlignmentFlag.AlignCenter)
        self.bar.setObjectName("channel_name")
        self.input_view, self.kernel_view = GridView(), GridView()
        self.partial = QtWidgets.QLabel(alignment=QtCore.Qt.AlignmentFlag.AlignCenter)
        self.partial.setObjectName("partial_sum")
        policy = self.kernel_view.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # columns keep their place when a slice hides
        self.kernel_view.setSizePolicy(policy)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.input_view, 5)
        layout.addWidget(self.kernel_view, 2)
        layout.addWidget(self.partial)

    def set_tint(self, colour: str) -> None:
        """Colour the bar and the partial sum like the channel."""
        self.bar.setStyleSheet(f"background: {colour}; color: white; border-radius: 4px;")
        self.partial.setStyleSheet(f"color: {colour};")


class ChannelsStage(QtWidgets.QWidget):
    """Every grid of the channels tab; it draws what the page gives it."""

    output_clicked = QtCore.Signal(int, int, int)  # filter, row, col
    output_hovered = QtCore.Signal(int, int, int)  # filter, row, col; row −1 on leaving

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = [ChannelColumn() for _ in range(MAX_COLUMNS)]
        self.outputs = [GridView() for _ in range(MAX_COLUMNS)]
        inputs = QtWidgets.QHBoxLayout()
        inputs.setSpacing(10)
        for column in self.columns:
            inputs.addWidget(column, 1)
        self._out_grid = outputs = QtWidgets.QGridLayout()
        outputs.setSpacing(8)
        for o, view in enumerate(self.outputs):
            outputs.addWidget(view, o // 2, o % 2)
            view.cell_clicked.connect(lambda r, c, o=o: self.output_clicked.emit(o, r, c))
            view.cell_hovered.connect(lambda r, c, o=o: self.output_hovered.emit(o, r, c))
        self._row = row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addLayout(inputs, 3)
        row.addLayout(outputs, 2)
        self._filter = -1

    def scale_fonts(self, base: QtGui.QFont) -> None:
        """Partial sums read from the back of the hall."""
        for column in self.columns:
            kit.scale_font(column.partial, base, _SUM_SCALE, True)
            kit.scale_font(column.bar, base, _SUM_SCALE, True)

    def show_result(self, walk: ChannelWalk, names: list[str]) -> None:
        """A new walk: every grid's values, colours and visibility."""
        c_in, c_out = walk.in_channels, walk.out_channels
        (top, _), (left, _) = walk.pads
        h, w = walk.input.shape[1:]
        frame = (top, left, top + h - 1, left + w - 1)
        in_levels = levels(walk.padded.array)
        for j, column in enumerate(self.columns):
            column.setVisible(j < c_in)
            if j < c_in:
                column.set_tint(tints(c_in)[j])
                column.bar.setText(names[j])
                column.input_view.set_data(
                    walk.padded.array[j], levels=in_levels, pad_mask=walk.padded.mask, frame=frame
                )
        self._share_width(walk)
        out_levels = levels(walk.output)
        for o, view in enumerate(self.outputs):
            view.setVisible(o < c_out)
            if o < c_out:
                view.set_data(walk.output[o], levels=out_levels, revealed=0)
        self._filter = -1
        self._kernel_levels = levels(walk.weight, symmetric=True)

    def _share_width(self, walk: ChannelWalk) -> None:
        """Split the width so input and output cells come out about the same size."""
        c_out, (_, wp), (_, wo) = walk.out_channels, walk.padded.mask.shape, walk.out_shape
        per_row = 1 if c_out <= 2 else 2  # one or two filters stack: the inputs get the width
        for o, view in enumerate(self.outputs):
            self._out_grid.removeWidget(view)
            self._out_grid.addWidget(view, o // per_row, o % per_row)
        # Outputs a little larger: their numbers are longer (sums of many products).
        self._row.setStretch(0, 10 * walk.in_channels * (wp + 1))
        self._row.setStretch(1, 14 * per_row * (wo + 1))

    def show_step(self, walk: ChannelWalk, step: ChannelStep) -> None:
        """Move the windows, show the current filter's slices and fill the outputs in."""
        read = {sl.channel: sl for sl in step.slices}
        dimmed = np.zeros(walk.padded.mask.shape, dtype=bool)
        for j in range(walk.in_channels):
            column = self.columns[j]
            column.input_view.set_window(step.rows, step.cols)
            column.input_view.set_highlight(None if j in read else dimmed)
            column.kernel_view.setVisible(j in read)
            if j in read and self._filter != step.out_channel:
                column.kernel_view.set_data(read[j].weights, levels=self._kernel_levels)
        self._filter = step.out_channel
        per_map = step.out_row * walk.out_shape[1] + step.out_col + 1
        for o in range(walk.out_channels):
            view = self.outputs[o]
            if o < step.out_channel:
                view.set_revealed(None)
            else:
                view.set_revealed(per_map if o == step.out_channel else 0)
            view.set_current((step.out_row, step.out_col) if o == step.out_channel else None)

    def show_receptive_field(self, channels: range, mask: np.ndarray | None) -> None:
        """Spotlight ``mask`` (padded coordinates) on ``channels``; None ends the spotlight."""
        for j in channels:
            self.columns[j].input_view.set_highlight(mask)

    def show_texts(self, sums: dict[int, str], output_titles: list[str]) -> None:
        """The partial sums and the outputs' titles, already worded."""
        for j, column in enumerate(self.columns):
            column.partial.setText(sums.get(j, ""))
        for view, title in zip(self.outputs, output_titles, strict=False):
            view.set_title(title)
