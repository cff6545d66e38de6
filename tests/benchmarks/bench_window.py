"""Time the whole main window: a control changed, or a playback step, until every view is painted.

Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_window.py [--repeats 60]
[--big-only]``; ``--big-only`` times only 64×64 with numbers painted (3840×2160).

Each timing starts with a real control edited through its widget (``setValue`` /
``setCurrentIndex``, so the panel's signal, the controller and every view run as in a
lecture) or a ``controller.tick()``, and ends when the window is painted. Three ways
to end it are reported:

settle
    ``processEvents()`` for SETTLE_ROUNDS rounds: what the app's own event loop does.
    The first round delivers the scene's queued updates and then the window's
    UpdateRequest, which paints every dirty widget into the backing store (also
    offscreen); the later rounds catch the formula labels' relayout. A paint counter
    on each canvas viewport proves that every view that should change was painted
    in every repeat ("all painted" column); rounds after SETTLE_ROUNDS paint nothing
    (checked once at start-up and printed).
forced
    one ``processEvents()`` and then ``viewport().repaint()`` of every QGraphicsView and
    ``window.repaint()``: a second, synchronous full paint of each canvas on top of the
    event loop's; an upper bound. (``window.repaint()`` alone does not reach the
    canvases: the viewports are not repainted with their parent.)
grab
    one ``processEvents()`` and then ``window.grab()``: all ~95 widgets and the three
    canvases painted once more into a new pixmap; a looser upper bound.
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
import pyqtgraph as pg
import PySide6
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.main_window import MainWindow

REFERENCE_MS = 800.0  # a PyQt6 + matplotlib demo, one control change at 20×20, this machine
SETTLE_ROUNDS = 4
WARMUP = 6  # even: every toggle ends where it started
WINDOW_SIZES = ((1920, 1080), (1280, 720))
BIG_SIZES = ((2560, 1440), (3840, 2160))  # tried in order until 64×64 numbers are painted
TIMER_SECONDS, TIMER_SPEED = 5.0, 60.0


def projector_font(font: QtGui.QFont, screen_height: int) -> QtGui.QFont:
    """The font ``convstudio.app.projector_font`` picks on a screen this tall.

    Its own screen here is the offscreen platform's 800×800, not the simulated projector.
    """
    from convstudio.app import projector_point_size

    font = QtGui.QFont(font)
    font.setPointSizeF(projector_point_size(screen_height))
    return font


class PaintCounter(QtCore.QObject):
    """Counts Paint events reaching each watched widget."""

    def __init__(self, widgets: list[QtWidgets.QWidget]) -> None:
        super().__init__()
        self.counts = [0] * len(widgets)
        self._index = {id(w): i for i, w in enumerate(widgets)}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            self.counts[self._index[id(watched)]] += 1
        return False

    def reset(self) -> None:
        self.counts = [0] * len(self.counts)


class Bench:
    """One shown MainWindow and the ways to time it."""

    def __init__(self, app: QtWidgets.QApplication, size: tuple[int, int]) -> None:
        self.app, self.size = app, size
        app.setFont(projector_font(app.font(), size[1]))
        self.win = MainWindow()
        self.win.resize(*size)
        self.win.show()
        self.views = (self.win.input_view, self.win.kernel_view, self.win.output_view)
        self.canvases = [v.findChild(QtWidgets.QGraphicsView) for v in self.views]
        self.counter = PaintCounter([c.viewport() for c in self.canvases])
        self.wait(0.3)

    def find(self, kind: type, name: str) -> QtWidgets.QWidget:
        """A control by its accessible name."""
        for widget in self.win.controls.findChildren(kind):
            if widget.accessibleName() == name:
                return widget
        raise LookupError(name)

    def wait(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()

    def set_input(self, h: int, w: int) -> None:
        self.find(QtWidgets.QSpinBox, "Input height").setValue(h)
        self.find(QtWidgets.QSpinBox, "Input width").setValue(w)
        self.wait(0.2)

    # --- ways to end a timing -------------------------------------------------------
    def settle(self) -> None:
        for _ in range(SETTLE_ROUNDS):
            self.app.processEvents()

    def forced(self) -> None:
        self.app.processEvents()
        for canvas in self.canvases:
            canvas.viewport().repaint()
        self.win.repaint()

    def grab(self) -> None:
        self.app.processEvents()
        self.win.grab()

    def late_paints(self) -> int:
        """Paints of the canvases after SETTLE_ROUNDS rounds (should be 0)."""
        self.counter.reset()
        for _ in range(4 * SETTLE_ROUNDS):
            self.app.processEvents()
        return sum(self.counter.counts)

    # --- measuring ------------------------------------------------------------------
    def measure(
        self, change: Callable[[int], None], finish: Callable[[], None], repeats: int, must: tuple
    ) -> tuple[float, float, bool]:
        """(median ms, p95 ms, every ``must`` canvas painted in every repeat)."""
        for i in range(WARMUP):
            change(i)
            finish()
        self.settle()
        times, painted = [], True
        for i in range(repeats):
            self.counter.reset()
            start = time.perf_counter()
            change(i)
            finish()
            times.append((time.perf_counter() - start) * 1e3)
            painted &= all(self.counter.counts[k] > 0 for k in must)
        self.settle()
        return float(np.median(times)), float(np.percentile(times, 95)), painted

    def numbers(self) -> tuple[str, str]:
        """("yes"/"no" per input/output, "input px/output px" cell size)."""
        shown = "/".join("yes" if v.numbers_visible() else "no" for v in self.views[::2])
        # Grid units per device pixel along x; the view keeps cells square.
        px = "/".join(f"{1 / v._vb.viewPixelSize()[0]:.1f}" for v in self.views[::2])
        return shown, px


def toggle_stride(b: Bench) -> Callable[[int], None]:
    spin = b.find(QtWidgets.QSpinBox, "Stride width")
    return lambda i: spin.setValue(2 if spin.value() == 1 else 1)


def toggle_fill(b: Bench) -> Callable[[int], None]:
    combo = b.find(QtWidgets.QComboBox, "Fill mode")
    modes = [combo.findData(m) for m in ("zeros", "replicate")]
    return lambda i: combo.setCurrentIndex(modes[combo.currentIndex() == modes[0]])


def one_tick(b: Bench) -> Callable[[int], None]:
    b.win.controller.first()
    return lambda i: b.win.controller.tick()


def case_rows(b: Bench, label: str, repeats: int, target: float) -> list[tuple]:
    """Rows for a stride toggle, a fill-mode toggle and a playback step at the current input."""
    rows = []
    # Input and output must be painted; the kernel changes with none of these, and a view
    # given the same values again is not repainted.
    for what, make, must in (
        ("stride", toggle_stride, (0, 2)),
        ("fill", toggle_fill, (0, 2)),
        ("step", one_tick, (0, 2)),
    ):
        if what == "step" and label.startswith("1024"):
            continue
        shown, px = b.numbers()  # in the state every toggle comes back to
        change = make(b)
        results = [b.measure(change, end, repeats, must) for end in (b.settle, b.forced, b.grab)]
        painted = all(r[2] for r in results)
        rows.append((f"{label} {what}", shown, px, results, painted, target))
    return rows


def timer_run(b: Bench) -> str:
    """Play at TIMER_SPEED steps/s on the real PreciseTimer for TIMER_SECONDS."""
    c = b.win.controller
    c.first()
    c.set_speed(TIMER_SPEED)
    b.wait(0.2)
    stamps: list[float] = []
    c.step_changed.connect(lambda _i: stamps.append(time.perf_counter()))
    loop = QtCore.QEventLoop()
    stop = QtCore.QTimer(singleShot=True, interval=round(TIMER_SECONDS * 1000))
    stop.setTimerType(QtCore.Qt.TimerType.PreciseTimer)  # a coarse one may end 5 % early
    stop.timeout.connect(loop.quit)
    cpu, start = time.process_time(), time.perf_counter()
    stop.start()
    c.toggle_play()
    loop.exec()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    c.pause()
    period = 1000.0 / c.speed
    gaps = np.diff([start, *stamps]) * 1e3
    # A gap of n periods means n - 1 steps that should have been shown were not.
    late = int(sum(max(0, round(g / period) - 1) for g in gaps))
    return (
        f"timer {c.speed:g} steps/s for {wall:.2f} s at 64×64: {len(stamps)} steps = "
        f"{len(stamps) / wall:.1f} steps/s (nominal {TIMER_SECONDS * c.speed:.0f}; "
        f"QTimer interval now {c.findChild(QtCore.QTimer).interval()} ms), missed ticks {late}, "
        f"gap median {np.median(gaps):.1f} / p95 {np.percentile(gaps, 95):.1f} / "
        f"max {gaps.max():.1f} ms, CPU {100 * cpu / wall:.0f}% of one core"
    )


def bench_size(app, size: tuple[int, int], repeats: int, extra: bool) -> tuple[list, list[str]]:
    """All rows for one window size; ``extra`` adds image mode and the timer run."""
    b = Bench(app, size)
    rows, notes = [], []
    for n in (20, 64):
        b.set_input(n, n)
        if n == 20:
            b.find(QtWidgets.QSpinBox, "Stride width").setValue(2)
            b.settle()
            notes.append(f"canvas paints after {SETTLE_ROUNDS} settle rounds: {b.late_paints()}")
            b.find(QtWidgets.QSpinBox, "Stride width").setValue(1)
            b.settle()
        rows += case_rows(b, f"{n}×{n}", repeats, 16.0)
    if extra:
        notes.append(timer_run(b))
        b.win.image_mode_action.setChecked(True)
        b.set_input(1024, 1024)
        rows += case_rows(b, "1024×1024", repeats, 50.0)
    b.win.close()
    b.win.deleteLater()
    app.processEvents()
    return rows, notes


def big_window_rows(app, repeats: int) -> tuple[tuple[int, int] | None, list]:
    """64×64 in the smallest BIG_SIZES window where both grids paint their numbers."""
    for size in BIG_SIZES:
        b = Bench(app, size)
        b.set_input(64, 64)
        if b.numbers()[0] == "yes/yes":
            rows = case_rows(b, "64×64", repeats, 16.0)
            b.win.close()
            return size, rows
        b.win.close()
    return None, []


def print_rows(title: str, rows: list) -> None:
    print(f"\n{title}")
    head = f"{'case':<18}{'numbers':>8}{'cell px':>11}"
    head += "".join(f"{m + ' med/p95':>17}" for m in ("settle", "forced", "grab"))
    print(f"{head}{'painted':>9}{'target':>8}  verdict")
    for name, shown, px, results, painted, target in rows:
        cells = "".join(f"{med:>9.1f}/{p95:<7.1f}" for med, p95, _ in results)
        verdict = "ok" if results[0][1] <= target else "OVER"
        line = f"{name:<18}{shown:>8}{px:>11}{cells}{'yes' if painted else 'NO':>9}"
        print(f"{line}{target:>7.0f}  {verdict} (settle p95)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument(
        "--big-only", action="store_true", help="only 64×64 in a window where numbers show"
    )
    args = parser.parse_args()
    repeats = max(60, args.repeats)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(
        f"Qt platform {app.platformName()}, PySide6 {PySide6.__version__}, pyqtgraph "
        f"{pg.__version__}, {os.cpu_count()} CPUs; {repeats} repeats after {WARMUP} warm-up; "
        "times in ms; numbers = painted in input/output; cell px = input/output; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    first = None
    for size in () if args.big_only else WINDOW_SIZES:
        rows, notes = bench_size(app, size, repeats, extra=size == WINDOW_SIZES[0])
        first = first or rows
        print_rows(f"window {size[0]}×{size[1]}", rows)
        for note in notes:
            print(f"  {note}")
    size, rows = big_window_rows(app, repeats)
    if size:
        print_rows(f"window {size[0]}×{size[1]} (64×64 numbers painted)", rows)
    if first is None:
        return
    med, p95 = first[0][3][0][:2]
    print(
        f"\nreference: PyQt6 + matplotlib demo ~{REFERENCE_MS:.0f} ms per change at 20×20; "
        f"ours (20×20 stride, settle, 1920×1080) {med:.1f} ms median / {p95:.1f} ms p95 "
        f"→ {REFERENCE_MS / med:.0f}× / {REFERENCE_MS / p95:.0f}× faster; "
        f"load average now {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
