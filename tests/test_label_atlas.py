"""Cell numbers copied from an atlas look exactly like numbers drawn one by one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtGui

from convstudio.views import cell_labels, label_atlas
from convstudio.views.cell_labels import Labeller
from convstudio.views.grid_view import GridView
from convstudio.views.label_atlas import _pack


@pytest.fixture
def atlas_draws(monkeypatch) -> list[int]:
    """Counts LabelAtlas.draw calls."""
    calls = [0]
    original = label_atlas.LabelAtlas.draw

    def counting(self, *args):
        calls[0] += 1
        return original(self, *args)

    monkeypatch.setattr(label_atlas.LabelAtlas, "draw", counting)
    return calls


def _image_array(image: QtGui.QImage) -> np.ndarray:
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, : w * 3].reshape(h, w, 3).astype(int)


def _grab_grid(qtbot, values: np.ndarray, levels: tuple[float, float] | None = None) -> np.ndarray:
    view = GridView("atlas")
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_data(values, levels=levels or (float(values.min()), float(values.max())))
    assert view.numbers_visible()
    return _image_array(view.grab().toImage())


def test_grid_numbers_from_the_atlas_equal_numbers_drawn_one_by_one(
    qtbot, monkeypatch, atlas_draws
):
    values = np.random.default_rng(3).integers(-9, 10, (16, 16)).astype(float)
    from_atlas = _grab_grid(qtbot, values)
    assert atlas_draws[0] > 0
    monkeypatch.setattr(cell_labels, "_ATLAS_MIN_REUSE", 10**9)
    drawn, calls = _grab_grid(qtbot, values), atlas_draws[0]
    assert atlas_draws[0] == calls  # the second grid drew every label itself
    difference = np.abs(from_atlas - drawn).max(axis=2)
    # Not a blank picture compared with itself: the numbers are there, in both colours.
    assert (drawn.max(axis=2) > 240).sum() > 100 and (drawn.max(axis=2) < 40).sum() > 100
    assert (difference > 8).mean() < 1e-4, f"{(difference > 8).sum()} pixels differ"


def test_mostly_distinct_numbers_are_drawn_one_by_one(qtbot, atlas_draws):
    # Every value different: an atlas would draw each text twice to copy it once.
    values = np.arange(100, dtype=float).reshape(10, 10) / 7
    _grab_grid(qtbot, values)
    assert atlas_draws[0] == 0


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_atlas_labels_are_sharp_and_in_place_on_dense_screens(qapp, dpr):
    values = np.random.default_rng(5).integers(0, 4, (6, 8)).astype(float)
    transform = QtGui.QTransform(40, 0, 0, 40, 30, 30)  # logical pixels per cell
    keep, dark = np.ones(values.size, bool), np.arange(values.size) % 3 == 0

    def paint(atlas: bool) -> np.ndarray:
        labeller = Labeller()
        layout = labeller.layout(values, transform, 0, 0, version=1)
        if not atlas:
            labeller._atlas_slots = lambda *_: None  # the one-by-one path
        image = QtGui.QImage(int(360 * dpr), int(300 * dpr), QtGui.QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(dpr)
        image.fill(QtGui.QColor("#7f7f7f"))
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        labeller.draw(painter, layout, keep, dark)
        painter.end()
        return _image_array(image)

    from_atlas, drawn = paint(True), paint(False)
    assert (drawn != 0x7F).any()  # something was drawn
    difference = np.abs(from_atlas - drawn).max(axis=2)
    assert (difference > 8).mean() < 1e-4, f"{(difference > 8).sum()} pixels differ"


def test_slots_are_packed_in_rows_without_overlap():
    widths = np.array([30, 500, 700, 12, 1024, 5, 2000], dtype=float)
    lefts, tops, width = _pack(widths, 20)
    assert width == 2000  # a slot wider than a row gets a row as wide as itself
    assert (lefts + widths <= width).all()
    for i in range(len(widths)):
        for j in range(i):
            same_row = tops[i] == tops[j]
            apart = lefts[i] >= lefts[j] + widths[j] or lefts[j] >= lefts[i] + widths[i]
            assert not same_row or apart


def test_an_atlas_is_built_only_once_many_labels_show(qtbot, atlas_draws):
    values = np.random.default_rng(4).integers(0, 10, (16, 16)).astype(float)
    view = GridView("reveal")
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_data(values, levels=(0.0, 9.0), revealed=1)  # a walk at its first step
    view.grab()
    assert atlas_draws[0] == 0  # one label: drawn as it is, no atlas of ten texts
    view.set_revealed(values.size)
    view.grab()
    assert atlas_draws[0] > 0


def test_new_values_among_the_same_texts_reuse_the_atlas_and_show_the_right_numbers(
    qtbot, monkeypatch
):
    built = [0]
    original = label_atlas.LabelAtlas.__init__

    def counting(self, *args):
        built[0] += 1
        original(self, *args)

    monkeypatch.setattr(label_atlas.LabelAtlas, "__init__", counting)
    rng = np.random.default_rng(8)
    first = rng.integers(0, 10, (16, 16)).astype(float)
    # Some of the same texts, so their places in the atlas differ from their order here.
    second = rng.choice([3.0, 5.0, 7.0], first.shape)
    view = GridView("atlas")  # as _grab_grid: the pictures must match
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_data(first, levels=(0.0, 9.0))
    view.grab()
    view.set_data(second, levels=(0.0, 9.0))
    reused = _image_array(view.grab().toImage())
    assert built[0] == 1
    monkeypatch.setattr(cell_labels, "_ATLAS_MIN_REUSE", 10**9)
    drawn = _grab_grid(qtbot, second, (0.0, 9.0))  # a fresh view: each label drawn by itself
    assert built[0] == 1
    difference = np.abs(reused - drawn).max(axis=2)
    assert (difference > 8).mean() < 1e-4, f"{(difference > 8).sum()} pixels differ"
