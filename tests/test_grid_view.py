"""GridView: colours, reveal, overlays, mouse signals and what actually reaches the screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.views.cell_cache import stale_blocks
from convstudio.views.cell_labels import format_number
from convstudio.views.grid_view import GridView
from convstudio.views.palette import PALETTES

# The offscreen platform warns once per shown window; not our concern.


def canvas(view: GridView) -> pg.GraphicsView:
    return view.findChild(pg.GraphicsView)


def cell_pos(view: GridView, row: float, col: float) -> QtCore.QPoint:
    """Viewport pixel at the centre of cell (row, col)."""
    gv = canvas(view)
    scene = gv.centralWidget.mapViewToScene(QtCore.QPointF(col, row))
    return gv.mapFromScene(scene)


def beside_number(view: GridView, row: int, col: int) -> QtCore.QPoint:
    """Viewport pixel inside cell (row, col), near its top-left corner: away from the text."""
    return cell_pos(view, row - 0.35, col - 0.35)


def grab_array(view: GridView) -> np.ndarray:
    """The canvas as drawn, (H, W, 3) uint8 RGB."""
    image = canvas(view).grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, : w * 3].reshape(h, w, 3).copy()


def hue(rgb: np.ndarray) -> float:
    return QtGui.QColor(*[int(v) for v in rgb[:3]]).hueF()


def padded_grid(n: int = 5, fill: float = 3.0) -> tuple[np.ndarray, np.ndarray]:
    values = np.full((n + 2, n + 2), fill)
    pad = np.ones(values.shape, bool)
    pad[1:-1, 1:-1] = False
    return values, pad


@pytest.mark.parametrize(
    ("value", "text"),
    [(12.0, "12"), (-3, "-3"), (1 / 9, "0.111"), (-1.5, "-1.5"), (-0.0001, "0"), (2.50, "2.5")],
)
def test_format_number(value, text):
    assert format_number(value) == text


def test_padding_cells_have_another_hue_than_data_cells_of_same_value(view):
    values, pad = padded_grid(fill=3.0)
    view.set_data(values, levels=(0, 9), pad_mask=pad)
    rgba = view.image_rgba()
    assert rgba.shape == (7, 7, 4) and rgba.dtype == np.uint8
    assert np.all(rgba[..., 3] == 255)
    data_colour, pad_colour = rgba[3, 3], rgba[0, 0]
    assert abs(hue(data_colour) - hue(pad_colour)) > 0.2
    # Every data cell shares one colour, every padding cell the other.
    assert np.all(rgba[~pad] == data_colour) and np.all(rgba[pad] == pad_colour)


def test_same_value_keeps_its_colour_when_levels_are_fixed(view):
    view.set_data(np.array([[0.0, 5.0], [9.0, 2.0]]), levels=(0, 10))
    first = view.image_rgba()
    view.set_data(np.array([[5.0, -40.0], [2.0, 80.0]]), levels=(0, 10))
    second = view.image_rgba()
    np.testing.assert_array_equal(first[0, 1], second[0, 0])  # both 5
    np.testing.assert_array_equal(first[1, 1], second[1, 0])  # both 2
    # Out-of-range values clip to the ends of the scale.
    np.testing.assert_array_equal(second[0, 1], first[0, 0])
    assert not np.array_equal(first[0, 1], first[1, 1])


def test_revealed_blanks_exactly_the_cells_from_n_on(view):
    values = np.arange(12.0).reshape(3, 4)
    view.set_data(values, levels=(0, 11), revealed=5)
    full = PALETTES["default"].data
    blank = np.array(PALETTES["default"].blank, np.uint8)

    def check(n: int) -> None:
        flat = view.image_rgba().reshape(-1, 4)
        assert np.all(flat[n:] == blank)
        assert not np.any(np.all(flat[:n] == blank, axis=1))

    check(5)
    picture = grab_array(view)
    for cell, shown in (((1, 0), True), ((1, 1), False)):  # flat index 4 shown, 5 not
        p = beside_number(view, *cell)
        assert np.array_equal(picture[p.y(), p.x()], blank[:3]) != shown
    view.set_revealed(9)
    check(9)
    view.set_revealed(2)  # scrubbing backwards blanks again
    check(2)
    view.set_revealed(None)
    check(12)
    assert np.array_equal(view.image_rgba()[0, 0], full[0])


def centres(rects: list[QtCore.QRectF]) -> set[tuple[float, float]]:
    """(row, col) centre of each rectangle."""
    return {(round(r.center().y(), 6), round(r.center().x(), 6)) for r in rects}


def test_set_window_outlines_each_tap(view):
    view.set_data(np.zeros((9, 9)), levels=(0, 1))
    view.set_window(np.array([1, 3, 5]), np.array([0, 2, 4]))  # 3×3 kernel, dilation 2
    assert centres(view.window_tap_rects()) == {(r, c) for r in (1, 3, 5) for c in (0, 2, 4)}
    for rect in view.window_tap_rects():
        assert 0.8 < rect.width() <= 1 and 0.8 < rect.height() <= 1  # inside its own cell
    view.set_window(np.array([3, 5, 7]), np.array([4, 6, 8]))  # the next stride position
    assert centres(view.window_tap_rects()) == {(r, c) for r in (3, 5, 7) for c in (4, 6, 8)}
    view.set_window(np.array([0, 1]), np.array([7, 8]))  # a new kernel: 2×2, dilation 1
    assert centres(view.window_tap_rects()) == {(0, 7), (0, 8), (1, 7), (1, 8)}
    view.set_window(None, None)
    assert view.window_tap_rects() == []


def test_hover_reports_the_cell_under_the_mouse_then_leaving(view, qtbot):
    view.set_data(np.zeros((8, 8)), levels=(0, 1))
    qtbot.wait(20)
    viewport = canvas(view).viewport()
    with qtbot.waitSignal(view.cell_hovered, timeout=1000) as blocker:
        qtbot.mouseMove(viewport, cell_pos(view, 2, 5))
    assert blocker.args == [2, 5]
    with qtbot.waitSignal(view.cell_hovered, timeout=1000) as blocker:
        qtbot.mouseMove(viewport, cell_pos(view, 7, 0))
    assert blocker.args == [7, 0]
    seen = []
    view.cell_hovered.connect(lambda r, c: seen.append((r, c)))
    qtbot.mouseMove(viewport, cell_pos(view, 7, 0) + QtCore.QPoint(2, 1))  # same cell
    assert seen == []
    with qtbot.waitSignal(view.cell_hovered, timeout=1000) as blocker:
        QtWidgets.QApplication.sendEvent(viewport, QtCore.QEvent(QtCore.QEvent.Type.Leave))
    assert blocker.args == [-1, -1]


def test_left_click_reports_the_cell(view, qtbot):
    view.set_data(np.zeros((8, 8)), levels=(0, 1))
    viewport = canvas(view).viewport()
    with qtbot.waitSignal(view.cell_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, QtCore.Qt.MouseButton.LeftButton, pos=cell_pos(view, 6, 1))
    assert blocker.args == [6, 1]
    with qtbot.assertNotEmitted(view.cell_clicked):
        qtbot.mouseClick(viewport, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(1, 1))


def test_numbers_only_when_cells_are_big_enough(view):
    view.set_data(np.arange(64.0).reshape(8, 8), levels=(0, 63))
    assert view.numbers_visible()
    view.set_data(np.zeros((1024, 1024)), levels=(0, 1))
    assert not view.numbers_visible()
    canvas(view).centralWidget.setRange(QtCore.QRectF(100, 100, 12, 12), padding=0)
    assert view.numbers_visible()  # zoomed in on an image: numbers come back


def test_numbers_are_painted(view):
    view.set_data(np.full((4, 4), 88.0), levels=(0, 100))
    with_numbers = grab_array(view)
    view.set_number_format(lambda v: "")
    without = grab_array(view)
    assert np.count_nonzero(np.any(with_numbers != without, axis=2)) > 500


def test_picture_shows_cells_and_taps_in_window_colour(view):
    values, pad = padded_grid(5)
    values[1:-1, 1:-1] = np.arange(25).reshape(5, 5)
    view.set_data(values, levels=(0, 24), pad_mask=pad, frame=(1, 1, 5, 5))
    view.set_window(np.array([1, 2, 3]), np.array([1, 2, 3]))
    picture = grab_array(view)
    assert len(np.unique(picture.reshape(-1, 3), axis=0)) > 20  # not blank
    window = QtGui.QColor(PALETTES["default"].window)
    tap = np.all(picture == [window.red(), window.green(), window.blue()], axis=2)
    assert tap.sum() > 500
    # The outline colour sits around the taps, not elsewhere.
    ys, xs = np.nonzero(tap)
    lo, hi = cell_pos(view, 0.5, 0.5), cell_pos(view, 3.5, 3.5)
    assert lo.x() - 4 <= xs.min() and xs.max() <= hi.x() + 4
    assert lo.y() - 4 <= ys.min() and ys.max() <= hi.y() + 4


def white_pixels_in_cell(picture: np.ndarray, view: GridView, row: int, col: int) -> int:
    top_left, bottom_right = (
        cell_pos(view, row - 0.4, col - 0.4),
        cell_pos(view, row + 0.4, col + 0.4),
    )
    patch = picture[top_left.y() : bottom_right.y(), top_left.x() : bottom_right.x()]
    return int(np.all(patch >= 250, axis=2).sum())


def test_highlight_dims_everything_else_and_keeps_numbers_readable(view):
    view.set_data(np.full((4, 4), 2.0), levels=(0, 10))  # light cells: dark text
    corner, other = beside_number(view, 0, 0), beside_number(view, 3, 3)
    before = grab_array(view)
    mask = np.zeros((4, 4), bool)
    mask[0, 0] = True
    view.set_highlight(mask)
    after = grab_array(view)
    assert np.array_equal(after[corner.y(), corner.x()], before[corner.y(), corner.x()])
    assert after[other.y(), other.x()].sum() < 0.7 * before[other.y(), other.x()].sum()
    # On the darkened cell the number turns white instead of vanishing into it.
    assert white_pixels_in_cell(before, view, 3, 3) == 0
    assert white_pixels_in_cell(after, view, 3, 3) > 50
    assert white_pixels_in_cell(after, view, 0, 0) == 0
    np.testing.assert_array_equal(view.highlight_mask(), mask)
    view.set_highlight(None)
    assert view.highlight_mask() is None
    assert np.array_equal(grab_array(view), before)


def test_heatmap_replaces_value_colours_until_cleared(view):
    values, pad = padded_grid(3)
    view.set_data(values, levels=(0, 9), pad_mask=pad)
    plain = view.image_rgba()
    counts = np.arange(25).reshape(5, 5)
    view.set_heatmap(counts)
    np.testing.assert_array_equal(view.heatmap(), counts)
    heat = view.image_rgba()
    assert len(np.unique(heat.reshape(-1, 4), axis=0)) == 25  # one colour per count
    view.set_heatmap(None)
    np.testing.assert_array_equal(view.image_rgba(), plain)
    with pytest.raises(ValueError, match="shape"):
        view.set_heatmap(np.zeros((2, 2)))


def test_marked_lines_are_drawn_over_the_band(view):
    view.set_data(np.full((6, 6), 5.0), levels=(0, 10))
    before = grab_array(view)
    view.set_marked_lines([5], [0])
    assert view.marked_lines() == ([5], [0])
    after = grab_array(view)
    for row, col in ((5, 3), (2, 0)):  # inside the bands
        p = beside_number(view, row, col)
        assert not np.array_equal(after[p.y(), p.x()], before[p.y(), p.x()])
    p = beside_number(view, 2, 3)  # outside them
    assert np.array_equal(after[p.y(), p.x()], before[p.y(), p.x()])


def test_palettes_change_colours_and_unknown_names_fail(view):
    values, pad = padded_grid(3)
    values[2, 2] = 7
    view.set_data(values, levels=(0, 9), pad_mask=pad)
    seen = set()
    for name in ("default", "colorblind", "high-contrast"):
        view.set_palette(name)
        seen.add(view.image_rgba().tobytes())
    assert len(seen) == 3
    with pytest.raises(ValueError, match="unknown palette"):
        view.set_palette("rainbow")


def test_data_set_before_show_fits_the_shown_view(qtbot):
    widget = GridView()
    qtbot.addWidget(widget)
    widget.set_data(np.zeros((7, 7)), levels=(0, 1))  # as a main window does while building
    widget.resize(1000, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    vb = canvas(widget).centralWidget
    shown = vb.viewRect()
    assert shown.contains(QtCore.QRectF(-0.5, -0.5, 7, 7))
    px_per_cell = min(vb.width() / shown.width(), vb.height() / shown.height())
    margin_px = (min(shown.width(), shown.height()) - 7) / 2 * px_per_cell
    assert 3 <= margin_px <= 8  # room for edge outlines, no more


def test_zoom_kept_for_new_values_and_refitted_for_new_shape(view, qtbot):
    vb = canvas(view).centralWidget
    view.set_data(np.zeros((300, 300)), levels=(0, 1))
    viewport = canvas(view).viewport()
    centre = QtCore.QPointF(viewport.rect().center())
    wheel = QtGui.QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QtCore.QPoint(),
        QtCore.QPoint(0, 480),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(viewport, wheel)  # the user zooms in (image mode)
    zoomed = vb.viewRect()
    assert zoomed.width() < 200
    view.set_data(np.ones((300, 300)), levels=(0, 1))
    view.resize(620, 640)
    qtbot.wait(10)
    assert vb.viewRect().center() == zoomed.center()  # kept through new values and a resize
    assert vb.viewRect().width() < 200
    view.set_data(np.ones((5, 7)), levels=(0, 1))
    fitted = vb.viewRect()
    assert fitted.contains(QtCore.QRectF(-0.5, -0.5, 7, 5))
    assert fitted.width() < 7.5 or fitted.height() < 5.5  # fits snugly in one direction


def fresh_view(qtbot, changes: list) -> GridView:
    """A new shown view, as big as the fixture's, given ``changes`` before its first paint."""
    other = GridView("test")
    qtbot.addWidget(other)
    other.resize(600, 600)
    for change in changes:
        change(other)
    other.show()
    qtbot.waitExposed(other)
    return other


def test_cached_picture_follows_every_change(view, qtbot):
    """After each edit the screen equals a fresh view given the same state: never stale.

    Between resizes the first view keeps its zoom, so it repaints from its cached
    picture, redrawing only the cells that changed; the fresh view draws everything once.
    """
    rng = np.random.default_rng(3)
    values = rng.integers(-9, 10, (9, 9)).astype(float)
    edited = values.copy()
    edited[4, 4], edited[0, :] = 77.0, 5.0
    near, moved = np.zeros((9, 9), bool), np.zeros((9, 9), bool)
    near[1:4, 1:4], moved[1:4, 2:5] = True, True
    changes = [
        lambda v: v.set_data(values, levels=(-9, 9)),
        lambda v: v.set_data(edited, levels=(-9, 9), revealed=40),
        lambda v: v.set_revealed(41),
        lambda v: v.set_revealed(12),  # scrubbing back
        lambda v: v.set_revealed(None),
        lambda v: v.set_highlight(near),
        lambda v: v.set_highlight(moved),
        lambda v: v.resize(640, 610),  # a new zoom: everything drawn again
        lambda v: v.set_data(edited * 0.5, levels=(-9, 9)),  # new texts, colours, no highlight
        lambda v: v.set_heatmap(np.arange(81).reshape(9, 9) % 4),
        lambda v: v.set_palette("high-contrast"),
        lambda v: v.set_number_format(lambda x: f"{x:+.0f}"),
    ]
    previous = None
    for done, change in enumerate(changes, 1):
        change(view)
        QtWidgets.QApplication.processEvents()  # lays a resized view out
        grab_array(view)  # the first paint after a new zoom, font or palette fills no cache
        shown = grab_array(view)
        np.testing.assert_array_equal(shown, grab_array(fresh_view(qtbot, changes[:done])))
        assert previous is None or not np.array_equal(shown, previous)  # each edit shows
        previous = shown


def test_new_number_in_one_cell_repaints_that_cell_only(view):
    values = np.full((6, 6), 3.0)
    view.set_data(values, levels=(0, 1))
    grab_array(view)
    before = grab_array(view)
    values = values.copy()
    values[2, 4] = 8.0  # the same colour (both above the levels), another number
    view.set_data(values, levels=(0, 1))
    after = grab_array(view)
    ys, xs = np.nonzero(np.any(after != before, axis=2))
    assert len(ys) > 10
    top_left, bottom_right = cell_pos(view, 1.5, 3.5), cell_pos(view, 2.5, 4.5)
    assert top_left.x() <= xs.min() and xs.max() <= bottom_right.x()
    assert top_left.y() <= ys.min() and ys.max() <= bottom_right.y()


class PaintCounter(QtCore.QObject):
    """Collects the paint events of a view's canvas."""

    def __init__(self, view: GridView) -> None:
        super().__init__(view)
        self.paints: list[int] = []
        canvas(view).viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            self.paints.append(1)
        return False


def test_same_or_hidden_data_does_not_repaint(view, qtbot):
    values = np.arange(16.0).reshape(4, 4)
    view.set_data(values, levels=(0, 15))
    qtbot.wait(20)
    paints = PaintCounter(view).paints
    view.set_data(values.copy(), levels=(0, 15))  # e.g. the kernel when the stride changes
    qtbot.wait(20)
    assert paints == []
    view.set_data(values, levels=(0, 15), revealed=5)
    qtbot.waitUntil(lambda: len(paints) > 0, timeout=1000)
    qtbot.wait(20)
    paints.clear()
    hidden = values.copy()
    hidden[2:] += 1  # only cells still blank: an output after a fill-mode change
    view.set_data(hidden, levels=(0, 15), revealed=5)
    qtbot.wait(20)
    assert paints == []
    view.set_data(values + 1, levels=(0, 15))
    qtbot.waitUntil(lambda: len(paints) > 0, timeout=1000)


def test_mask_or_values_edited_in_place_and_given_again_show(view, qtbot):
    values = np.arange(16.0).reshape(4, 4)
    mask = np.zeros((4, 4), bool)
    mask[0, 0] = True
    view.set_data(values, levels=(0, 15))
    view.set_highlight(mask)
    grab_array(view)
    grab_array(view)
    qtbot.wait(20)
    paints = PaintCounter(view).paints
    mask[0, 0], mask[3, 3] = False, True  # the caller reuses its arrays
    view.set_highlight(mask)
    qtbot.waitUntil(lambda: len(paints) > 0, timeout=1000)
    paints.clear()
    values[1, 1] = 99.0
    view.set_data(values, levels=(0, 15))
    view.set_highlight(mask)
    qtbot.waitUntil(lambda: len(paints) > 0, timeout=1000)
    expected = fresh_view(
        qtbot,
        [lambda v: v.set_data(values.copy(), levels=(0, 15)), lambda v: v.set_highlight(mask)],
    )
    np.testing.assert_array_equal(grab_array(view), grab_array(expected))


def test_stale_blocks_cover_the_changed_cells_once():
    ring = np.ones((9, 8), bool)
    ring[1:-1, 1:-1] = False
    assert sorted(stale_blocks(ring)) == [(0, 1, 0, 8), (1, 8, 0, 1), (1, 8, 7, 8), (8, 9, 0, 8)]
    broken = ring.copy()
    broken[0, 3], broken[4, 0], broken[5, 0] = False, False, False  # values that stayed
    assert len(stale_blocks(broken)) == 4
    rng = np.random.default_rng(5)
    for density in (0.02, 0.05, 0.1, 0.3):
        changed = rng.random((30, 24)) < density
        blocks = stale_blocks(changed)
        if blocks is None:
            continue  # too scattered: everything is drawn
        covered = np.zeros(changed.shape, int)
        for r0, r1, c0, c1 in blocks:
            covered[r0:r1, c0:c1] += 1
        assert covered.max() == 1 and np.all(covered[changed] == 1)  # no overlap, all
        if density <= 0.1:  # more is painted straight to the screen, not into the cache
            assert covered.sum() <= 3 * changed.sum()  # few cells drawn again for nothing


def _unpainted(view: GridView) -> np.ndarray:
    """Pixels of the canvas nothing painted: rendered over magenta, which no palette has."""
    viewport = canvas(view).viewport()
    pixmap = QtGui.QPixmap(viewport.size())
    pixmap.fill(QtGui.QColor(255, 0, 255))
    viewport.render(pixmap, QtCore.QPoint(), QtGui.QRegion(), QtWidgets.QWidget.RenderFlag(0))
    image = pixmap.toImage().convertToFormat(QtGui.QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    rgb = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    rgb = rgb[:, : w * 3].reshape(h, w, 3)
    return (rgb == (255, 0, 255)).all(axis=2)


@pytest.mark.parametrize("revealed", [None, 7])
def test_background_is_skipped_under_the_cells_yet_every_pixel_is_painted(view, revealed):
    values = np.arange(35, dtype=float).reshape(5, 7)
    view.set_data(values, levels=(0, 34), revealed=revealed)
    assert view._cells.opaque_scene_rect() is not None  # the background under it is skipped
    assert not _unpainted(view).any()
    # Zoomed in, the cells cover the whole view; panned, they cover part of it.
    for rect in (QtCore.QRectF(1.2, 1.3, 2.5, 2.5), QtCore.QRectF(4.6, 2.2, 6, 6)):
        canvas(view).centralWidget.setRange(rect, padding=0)
        assert not _unpainted(view).any()


def test_translucent_cells_get_the_background_under_them(view):
    values = np.arange(35, dtype=float).reshape(5, 7)
    view.set_data(values, levels=(0, 34))
    view._cells.setOpacity(0.5)  # e.g. a fade: the background must show through
    assert view._cells.opaque_scene_rect() is None
    assert not _unpainted(view).any()
