"""Time GridView redraws the way a lecture uses them; prints median and p95 per scenario.

Run: ``python tests/benchmarks/bench_grid_view.py [--repeats 100]`` (offscreen by default).
Each timing ends with a paint of the shown widget, so it includes the ImageItem render and
the label painting, not just the Python calls that queue them: "event loop" is the paint
Qt does next (only the dirtied region), "grab" a synchronous paint of the whole widget.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout

import numpy as np
from PySide6 import QtWidgets

from convstudio.views.grid_view import GridView

VIEW_PX = 900  # a projector-sized view: 64×64 cells come out at ~14 px


def measure(step: Callable[[int], None], repeats: int) -> tuple[float, float]:
    """Return (median, p95) in milliseconds of ``step(i)`` over ``repeats`` runs."""
    step(-1)  # warm-up: first-paint caches are not what a lecture sees at every step
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        step(i)
        times.append((time.perf_counter() - start) * 1e3)
    return float(np.median(times)), float(np.percentile(times, 95))


def make_view(app: QtWidgets.QApplication) -> GridView:
    view = GridView("benchmark")
    view.resize(VIEW_PX, VIEW_PX)
    title = view.findChild(QtWidgets.QLabel)
    view.resize(VIEW_PX, VIEW_PX + title.sizeHint().height())  # the canvas itself ~900×900
    view.show()
    app.processEvents()
    return view


def finish(app: QtWidgets.QApplication, view: GridView, full: bool) -> None:
    """End a timed step with a paint.

    ``full``: ``view.grab()``, a synchronous paint of the whole widget into a new pixmap
    (``GridView.repaint()`` would not reach the canvas). Otherwise ``processEvents()``:
    the paint the event loop does, covering only what the calls dirtied (after
    ``set_data`` that is the whole grid, once).
    """
    if full:
        view.grab()
    else:
        app.processEvents()


def bench_set_data(app, view, shape, data: str, full: bool, repeats: int) -> tuple[float, float]:
    """set_data with new values every repeat (same shape, so the zoom is kept) + repaint.

    ``data``: "int" (0..9, few distinct labels), "float" (8 frames cycling, as when a
    slider goes back and forth) or "fresh-float" (never-seen values: the label caches miss).
    """
    h, w = shape
    rng = np.random.default_rng([h * w, full])  # "fresh" values differ between runs too
    pad = np.ones(shape, bool)
    pad[2:-2, 2:-2] = False
    ring = (2, 2, h - 3, w - 3)
    count = repeats + 1 if data == "fresh-float" else 8
    if data == "int":
        frames = [rng.integers(0, 10, shape).astype(float) for _ in range(count)]
    else:
        frames = [rng.uniform(0, 9, shape).round(2) for _ in range(count)]

    def step(i: int) -> None:
        view.set_data(frames[(i + 1) % count], levels=(0, 9), pad_mask=pad, frame=ring)
        finish(app, view, full)

    return measure(step, repeats)


def bench_window_step(app, view, n: int, full: bool, repeats: int) -> tuple[float, float]:
    """Input view, one playback step: move a 3×3 window of dilation 2 over numbered cells."""
    rng = np.random.default_rng(1)
    view.set_data(rng.integers(0, 10, (n, n)).astype(float), levels=(0, 9))
    spots = [(r, c) for r in range(n - 4) for c in range(n - 4)]

    def step(i: int) -> None:
        r, c = spots[(i + 1) % len(spots)]
        view.set_window(np.array([r, r + 2, r + 4]), np.array([c, c + 2, c + 4]))
        finish(app, view, full)

    return measure(step, repeats)


def bench_reveal_step(app, view, n: int, full: bool, repeats: int) -> tuple[float, float]:
    """Output view, one playback step: reveal one more cell and outline it."""
    rng = np.random.default_rng(2)
    view.set_data(rng.integers(0, 10, (n, n)).astype(float), levels=(0, 9), revealed=0)

    def step(i: int) -> None:
        k = (i + 1) % (n * n)
        view.set_revealed(k + 1)
        view.set_current(divmod(k, n))
        finish(app, view, full)

    return measure(step, repeats)


def bench_hover(app, view, n: int, full: bool, repeats: int) -> tuple[float, float]:
    """Hovering an output cell: spotlight a new 3×3 receptive field on the n×n input."""
    rng = np.random.default_rng(3)
    view.set_data(rng.integers(0, 10, (n, n)).astype(float), levels=(0, 9))
    masks = []
    for r, c in zip(rng.integers(0, n - 3, 16), rng.integers(0, n - 3, 16), strict=True):
        mask = np.zeros((n, n), bool)
        mask[r : r + 3, c : c + 3] = True
        masks.append(mask)

    def step(i: int) -> None:
        view.set_highlight(masks[(i + 1) % len(masks)])
        finish(app, view, full)

    return measure(step, repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=100)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    view = make_view(app)
    rows = []
    cases = [
        ((20, 20), "int"),
        ((20, 20), "fresh-float"),
        ((64, 64), "int"),
        ((64, 64), "float"),
        ((64, 64), "fresh-float"),
        ((1024, 1024), "fresh-float"),
    ]
    for shape, data in cases:
        view.set_data(np.zeros(shape), levels=(0, 1))  # fit to the new shape first
        app.processEvents()
        for full in (False, True):
            med, p95 = bench_set_data(app, view, shape, data, full, args.repeats)
            how = "grab" if full else "event loop"
            label = f"set_data {shape[0]}×{shape[1]} {data} ({how})"
            rows.append((f"{label}, numbers={view.numbers_visible()}", med, p95))
    for n in (20, 64):
        view.set_data(np.zeros((n, n)), levels=(0, 1))
        app.processEvents()
        steps = (bench_window_step, "set_window"), (bench_reveal_step, "reveal")
        for bench, what in (*steps, (bench_hover, "hover highlight")):
            for full in (False, True):
                med, p95 = bench(app, view, n, full, args.repeats)
                how = "grab" if full else "event loop"
                rows.append((f"step {n}×{n} {what} ({how})", med, p95))
    canvas = view.findChild(QtWidgets.QGraphicsView)
    print(
        f"canvas {canvas.width()}×{canvas.height()} px, {args.repeats} repeats, "
        f"Qt platform {app.platformName()}"
    )
    print(f"{'scenario':<58}{'median ms':>10}{'p95 ms':>9}")
    for name, med, p95 in rows:
        print(f"{name:<58}{med:>10.2f}{p95:>9.2f}")


if __name__ == "__main__":
    main()
