"""Fitted grids sit on a pixel lattice held by the input, and its picture is reused."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets
from test_grid_view import canvas, grab_array

from convstudio.views import cell_cache
from convstudio.views.grid_fit import lattice_view_rect
from convstudio.views.grid_view import GridView

INPUT = np.random.default_rng(11).integers(0, 10, (7, 7)).astype(float)


def padded(top: int, bottom: int, left: int, right: int, fill: float = 0.0):
    """INPUT padded by these amounts with ``fill``: values, pad mask, frame."""
    values = np.pad(INPUT, ((top, bottom), (left, right)), constant_values=fill)
    pad = np.ones(values.shape, bool)
    pad[top : top + 7, left : left + 7] = False
    return values, pad, (top, left, top + 6, left + 6)


def show(view: GridView, amounts: tuple[int, int, int, int], fill: float = 0.0) -> None:
    values, pad, frame = padded(*amounts, fill=fill)
    view.set_data(values, levels=(0, 9), pad_mask=pad, frame=frame)


def device_x_of_input(view: GridView) -> tuple[float, float]:
    """Viewport position of the input's first cell, and the cell size in pixels."""
    cells = view._cells
    transform = cells.deviceTransform(cells.getViewWidget().viewportTransform())
    _, c0, _, _ = view._frame_cells
    return transform.m11() * c0 + transform.dx(), transform.m11()


@pytest.fixture
def plans(monkeypatch) -> list:
    """(plan, number of changed cells) of every large paint."""
    seen = []
    original = cell_cache.CellCache.plan

    def recording(self, *args, **kwargs):
        plan, changed = original(self, *args, **kwargs)
        seen.append((plan, None if changed is None else int(changed.sum())))
        return plan, changed

    monkeypatch.setattr(cell_cache.CellCache, "plan", recording)
    return seen


def test_cells_get_whole_pixels_and_the_input_holds_still_as_padding_changes(view):
    show(view, (1, 1, 1, 1))
    x, px = device_x_of_input(view)
    assert px == pytest.approx(round(px)) and px > 20
    for amounts in ((1, 1, 0, 1), (0, 1, 1, 0), (1, 1, 1, 1)):
        show(view, amounts)
        assert device_x_of_input(view) == pytest.approx((x, px))  # same pixels, same size
    show(view, (1, 2, 2, 1))  # too large for those pixels: smaller cells, all in view
    vb = canvas(view).centralWidget
    assert vb.viewRect().contains(QtCore.QRectF(-0.5, -0.5, 10, 10))  # all of 10×10 shows


def test_padding_changes_repaint_few_cells_and_match_a_fresh_view(view, qtbot, plans):
    # (padding amounts, fill, whether the cached picture must stand: only a few cells new)
    states = [
        ((1, 1, 1, 1), 0.0, False),  # first drawn directly, then into the cache
        ((1, 1, 0, 1), 0.0, True),  # one column of padding fewer on the left
        ((1, 1, 1, 1), 0.0, True),  # and back: 9 cells drawn
        ((1, 1, 0, 1), 5.0, False),  # another fill value: the whole ring, drawn directly
        ((1, 1, 1, 1), 5.0, True),  # a column this cached picture never held: drawn
        ((0, 1, 1, 0), 5.0, True),  # a row fewer on top, a column fewer on the right
    ]
    for done, (amounts, fill, cached) in enumerate(states, 1):
        plans.clear()
        show(view, amounts, fill)
        QtWidgets.QApplication.processEvents()  # the repaint the change asks for
        shown = grab_array(view)
        if cached:
            plan, changed = plans[0]
            assert plan is cell_cache.Plan.PARTIAL and changed <= 9, (done, plans)
        fresh = GridView("lattice")
        qtbot.addWidget(fresh)
        fresh.resize(600, 600)
        show(fresh, amounts, fill)
        fresh.show()
        qtbot.waitExposed(fresh)
        np.testing.assert_array_equal(shown, grab_array(fresh))


@pytest.mark.parametrize(
    ("size", "shape", "anchor"),
    [
        ((600, 600), (9, 9), (4, 4)),
        ((1428, 1666), (66, 65), (32.5, 33)),
        ((97, 43), (5, 3), (1, 2)),
    ],
)
def test_lattice_fit_is_whole_pixels_centred_on_the_anchor_with_room_for_outlines(
    size, shape, anchor
):
    x, y, width, height = lattice_view_rect(size, shape, anchor)
    px = size[0] / width
    assert px == pytest.approx(round(px)) and size[1] / height == pytest.approx(px)
    assert (x + width / 2, y + height / 2) == pytest.approx(anchor)
    h, w = shape
    left, right = (-0.5 - x) * px, (x + width - (w - 0.5)) * px
    top, bottom = (-0.5 - y) * px, (y + height - (h - 0.5)) * px
    assert min(left, right, top, bottom) >= 6 - 1e-9  # every cell shows, with the margin
    # The largest whole size: one pixel more per cell would not fit.
    half_w, half_h = (
        max(anchor[0] + 0.5, w - 0.5 - anchor[0]),
        max(anchor[1] + 0.5, h - 0.5 - anchor[1]),
    )
    assert 2 * half_w * (px + 1) > size[0] - 12 or 2 * half_h * (px + 1) > size[1] - 12


def test_labels_are_laid_out_once_per_change(view, monkeypatch):
    # Checking the font size (set_cells) and painting must see the same transform; its
    # last bits differed, and every change laid all labels out three times.
    from convstudio.views import cell_labels

    placed = []
    original = cell_labels.Labeller._place

    def counting(self, *args):
        placed.append(1)
        return original(self, *args)

    monkeypatch.setattr(cell_labels.Labeller, "_place", counting)
    for amounts, fill in (((1, 1, 1, 1), 0.0), ((1, 1, 1, 1), 5.0), ((1, 1, 0, 1), 5.0)):
        placed.clear()
        show(view, amounts, fill)
        QtWidgets.QApplication.processEvents()
        view.grab()
        assert len(placed) == 1, (amounts, fill)


def test_padding_on_one_side_only_centres_the_grid_rather_than_shrink_it():
    from convstudio.views.grid_fit import fit_view_rect

    size, shape = (600, 600), (8, 14)  # 8×8 input, 6 columns of padding on the left
    x, _, width, _ = fit_view_rect(size, shape, (9.5, 3.5))  # the input's centre
    assert size[0] / width == (600 - 12) // 14  # as large as a centred grid's cells
    assert x + width / 2 == pytest.approx(6.5)  # and centred, not held
    # TF "same" at stride 2 (a row and a column more after the input) costs a few
    # pixels a cell: the input is held.
    x, y, width, height = fit_view_rect(size, (8, 8), (3, 3))
    assert (x + width / 2, y + height / 2) == pytest.approx((3, 3))


@pytest.mark.parametrize("dx", [31.5, 52.5, 10.25, 0.0, -20.5])
def test_transforms_a_whole_number_of_cells_apart_share_a_lattice(dx):
    from PySide6 import QtGui

    from convstudio.views.cell_geometry import lattice, snapped

    for cells in (1, 2, -3):
        a = QtGui.QTransform(21, 0, 0, 21, dx, 150.5)
        b = QtGui.QTransform(21, 0, 0, 21, dx + 21 * cells + 3e-14, 150.5 - 1e-14)
        (key_a, (row_a, col_a)), (key_b, (row_b, col_b)) = lattice(a), lattice(snapped(b))
        assert key_a == key_b and row_a == row_b and col_b - col_a == cells
    shifted = QtGui.QTransform(21, 0, 0, 21, dx + 0.5, 150.5)  # half a pixel: another one
    assert lattice(shifted)[0] != lattice(QtGui.QTransform(21, 0, 0, 21, dx, 150.5))[0]
