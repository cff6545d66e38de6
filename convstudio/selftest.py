"""``convstudio --self-test``: the real window, every preset, a whole walk and an export.

Meant for CI on the frozen app (off-screen) and for a lecturer's "does it work here?".
Nothing of the user's is touched: the window keeps no settings, and the crash guard
that counts uncaught exceptions logs into a temporary folder. Any dialog that opens
(a preset that fails to load warns in one) is closed at once and fails the test, so
the run can never hang on a modal box. One line per check on stdout; on a failure the
reason goes to stderr and the exit code is 1.
"""

from __future__ import annotations

import struct
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from . import __version__

if TYPE_CHECKING:
    from .core.presets import PresetInfo
    from .crash import CrashGuard
    from .main_window import MainWindow

FRAME_SIZE = (640, 360)
MAX_WALK_STEPS = 1000  # the walked preset: the longest walk up to this many steps
REPAINT_EVERY = 50  # ticks between synchronous repaints of the window during the walk
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class SelfTestFailure(Exception):
    """A check found the app not working; the message says what and where."""


class DialogWatch(QtCore.QObject):
    """Closes any modal dialog as soon as it opens and remembers what it said."""

    def __init__(self, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.seen: list[str] = []
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(50)  # runs inside the dialog's own event loop
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if isinstance(dialog, QtWidgets.QDialog):
            text = dialog.text() if isinstance(dialog, QtWidgets.QMessageBox) else ""
            self.seen.append(f"{dialog.windowTitle()}: {text}".strip(": "))
            dialog.done(0)


def conv_of(window: MainWindow) -> np.ndarray:
    """What ``core.conv2d`` gives for the settings the window's controller holds."""
    from .core import conv2d

    c = window.controller
    p = c.params
    return conv2d(
        c.input,
        c.kernel,
        stride=p.stride,
        padding=p.padding,
        dilation=p.dilation,
        padding_mode=p.padding_mode,
        value=p.value,
        flip=p.flip,
    )


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise SelfTestFailure(message)


def _shape(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape)


class SelfTest:
    """The checks, in order, on one off-screen-capable main window."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.window: MainWindow | None = None
        self.guard: CrashGuard | None = None
        self.watch: DialogWatch | None = None
        self.walked: PresetInfo | None = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        """(name, check) pairs; a check returns its report or raises SelfTestFailure."""
        return [
            ("window", self.check_window),
            ("presets", self.check_presets),
            ("walk", self.check_walk),
            ("modes", self.check_modes),
            ("export", self.check_export),
        ]

    def close(self) -> None:
        """Close the window and give the exception hooks back."""
        if self.guard is not None:
            self.guard.uninstall()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)

    def healthy(self) -> None:
        """Fail when a dialog opened or an exception escaped since the last look."""
        _settle()
        if self.watch is not None and self.watch.seen:
            seen, self.watch.seen = self.watch.seen, []
            raise SelfTestFailure(f"a dialog opened: {' | '.join(seen)}")
        if self.guard is not None and self.guard.calls:
            first = self.guard.notices[0].splitlines()[0] if self.guard.notices else "?"
            calls, self.guard.calls = self.guard.calls, 0
            raise SelfTestFailure(f"{calls} uncaught exception(s), the first: {first}")

    # --- the checks -------------------------------------------------------------------

    def check_window(self) -> str:
        from . import crash
        from .main_window import MainWindow

        self.window = window = MainWindow()
        self.guard = crash.install(window, data_dir=self.folder / "data", interactive=False)
        self.watch = DialogWatch(window)
        window.resize(1280, 720)
        window.show()
        self.healthy()
        _require("convstudio" in window.windowTitle(), f"title is {window.windowTitle()!r}")
        self._check_output("the first window")
        return "opened, output equals core.conv2d"

    def check_presets(self) -> str:
        from .core.presets import preset_index, resource_dir

        window = self._need_window()
        infos = preset_index()
        actions = _preset_actions(window)
        _require(bool(infos), f"no presets found in {resource_dir('presets')}")
        _require(len(actions) == len(infos), f"{len(actions)} menu entries, {len(infos)} presets")
        stated, failures = 0, []
        for info, action in zip(infos, actions, strict=True):
            action.trigger()  # the Presets menu's own path
            try:
                self.healthy()
                stated += self._check_preset(info)
            except SelfTestFailure as exc:
                failures.append(f"preset {info.number} {info.name!r}: {exc}")
        if failures:
            raise SelfTestFailure(f"{len(failures)} of {len(infos)} failed: " + "; ".join(failures))
        return f"{len(infos)} loaded, shapes match ({stated} stated), outputs equal core.conv2d"

    def check_walk(self) -> str:
        window = self._need_window()
        info = self._walk_preset()
        self.walked = info
        self._load(info)
        c = window.controller
        n = c.walk.n_steps
        c.first()
        seen: list[int] = []
        c.step_changed.connect(seen.append)
        c.toggle_play()
        _require(c.playing, "Play did not start playback")
        ticks = 0
        while c.playing and ticks <= n:
            c.tick()  # what the playback timer does, without waiting for it
            ticks += 1
            self._check_overlay()
            if ticks % REPAINT_EVERY == 0:
                window.repaint()  # paints now; events wait, so the real timer cannot tick
        c.step_changed.disconnect(seen.append)
        self.healthy()
        _require(seen == list(range(1, n)), f"steps shown {seen[:12]}…, not 2 to {n} in turn")
        _require(not c.playing and c.step == n - 1, f"stopped at step {c.step + 1} of {n}")
        counter = window.playback.counter_text()
        _require(f"{n} / {n}" in counter, f"the counter says {counter!r}")
        self._check_output("the end of the walk")
        return f"{info.name!r} played tick by tick, {n} steps, output equals core.conv2d"

    def check_modes(self) -> str:
        """Every mode tab: its state survives a round trip, and it plays to its last step."""
        window = self._need_window()
        pages = window.pages()
        steps = 0
        for page in pages:
            window.set_mode(page.name)
            self.healthy()
            _require(window.active_page() is page, f"the {page.name!r} tab did not come up")
            try:
                page.set_state(page.state())
            except Exception as exc:  # a mode refusing its own state is the bug to report
                raise SelfTestFailure(f"{page.name!r} refuses its own state: {exc}") from exc
            s = page.stepper
            s.first()
            s.toggle_play()
            ticks = 0
            while s.playing and ticks <= s.n_steps:
                s.tick()
                ticks += 1
            self.healthy()
            _require(s.step == s.n_steps - 1, f"{page.name!r} stopped at {s.step + 1}/{s.n_steps}")
            steps += s.n_steps
        window.set_mode("single")
        self.healthy()
        return f"{len(pages)} modes ({', '.join(p.name for p in pages)}) played, {steps} steps"

    def check_export(self) -> str:
        from . import export

        info = self.walked or self._walk_preset()
        session = info.load()
        step = session.walk().n_steps // 2
        path = self.folder / "frame.png"
        export.render_frame(session, step, path, FRAME_SIZE)
        self.healthy()
        size = _check_png(path)
        _require(size == FRAME_SIZE, f"{path.name} is {_shape(size)}, not {_shape(FRAME_SIZE)}")
        image = QtGui.QImage(str(path))
        _require(not image.isNull(), f"Qt cannot read {path.name} back")
        colours = len(np.unique(export.image_array(image).reshape(-1, 3), axis=0))
        _require(colours > 16, f"{path.name} is nearly blank ({colours} colours)")
        kb = path.stat().st_size / 1024
        return f"{_shape(FRAME_SIZE)} PNG of step {step + 1} of {info.name!r}, {kb:.0f} kB"

    # --- helpers ----------------------------------------------------------------------

    def _need_window(self) -> MainWindow:
        if self.window is None:
            raise SelfTestFailure("skipped: the window did not open")
        return self.window

    def _walk_preset(self) -> PresetInfo:
        from .core import ConfigError
        from .core.presets import preset_index

        fitting = []
        for info in preset_index():
            try:
                session = info.load()
                n = session.walk().n_steps
            except ConfigError:
                continue  # the presets check says which and why
            if session.mode is not None:
                continue  # walked by the modes check
            if n <= MAX_WALK_STEPS:
                fitting.append((n, info))
        _require(bool(fitting), "no preset that loads to walk through")
        return max(fitting, key=lambda pair: pair[0])[1]

    def _load(self, info: PresetInfo) -> None:
        from .core.presets import preset_index

        _preset_actions(self._need_window())[preset_index().index(info)].trigger()
        self.healthy()

    def _check_preset(self, info: PresetInfo) -> int:
        window = self._need_window()
        c = window.controller
        _require(not c.error, f"refused: {c.error}")
        _require(info.name in window.windowTitle(), f"title is {window.windowTitle()!r}")
        session = info.load()
        if session.mode is not None:
            page = window.active_page()
            shown = page.name if page is not None else "single"
            _require(shown == session.mode["name"], f"opened the {shown!r} tab")
            _require(page.stepper.step == session.mode["step"], "not at the preset's step")
            return 0
        expect = session.expect or {}
        shown = {
            "input": c.input.shape,
            "padded": window.input_view.values().shape,
            "output": window.output_view.values().shape,
        }
        for key, shape in expect.items():
            _require(
                tuple(shape) == shown[key],
                f"the file states {key} {_shape(shape)}, the window shows {_shape(shown[key])}",
            )
        titles = [label.text() for label in window.input_view.findChildren(QtWidgets.QLabel)]
        size = _shape(c.input.shape)  # numbers only: the words may be translated
        _require(any(size in t for t in titles), f"the input's title {titles} lacks {size}")
        self._check_output("the preset")
        return int(bool(expect))

    def _check_output(self, where: str) -> None:
        window = self._need_window()
        shown, expected = window.output_view.values(), conv_of(window)
        _require(shown is not None, f"{where}: the output view is empty")
        _require(
            shown.shape == expected.shape and np.array_equal(shown, expected),
            f"{where}: the output view differs from core.conv2d",
        )

    def _check_overlay(self) -> None:
        window = self._need_window()
        c = window.controller
        rows, cols = c.walk.window(c.step)
        taps = len(window.input_view.window_tap_rects())
        _require(taps == len(rows) * len(cols), f"step {c.step + 1}: {taps} window cells drawn")


def _preset_actions(window: MainWindow) -> list[QtGui.QAction]:
    """The Presets menu's entries, in menu order."""
    from . import sessions_ui

    return [a for a in sessions_ui.of(window).presets_menu.actions() if not a.isSeparator()]


def _check_png(path: Path) -> tuple[int, int]:
    """The width and height in a PNG's header, after checking signature and header CRC."""
    _require(path.is_file(), f"{path.name} was not written")
    head = path.read_bytes()[:33]
    _require(head[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG")
    length, kind = struct.unpack(">I4s", head[8:16])
    _require(kind == b"IHDR" and length == 13, f"{path.name} has no PNG header")
    (crc,) = struct.unpack(">I", head[29:33])
    _require(zlib.crc32(head[12:29]) == crc, f"{path.name}: damaged PNG header")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _settle() -> None:
    QtWidgets.QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def main(argv: list[str] | None = None) -> int:
    """Run every check; 0 when all pass, 1 (reasons on stderr) otherwise.

    ``argv`` is accepted for symmetry with ``cli.main`` and must be empty.
    """
    if argv:
        _say(f"convstudio: --self-test takes no arguments, got {' '.join(argv)}", error=True)
        return 2
    from .export import ensure_app

    start = time.perf_counter()
    app = ensure_app()  # off-screen when there is no display, as for a headless export
    platform = QtGui.QGuiApplication.platformName()
    _say(f"convstudio {__version__} self-test (Qt {QtCore.qVersion()}, platform {platform})")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="convstudio-selftest-") as tmp:
        test = SelfTest(Path(tmp))
        try:
            for name, check in test.checks():
                failed += not _run(name, check)
        finally:
            test.close()
    app.processEvents()
    took = time.perf_counter() - start
    if failed:
        _say(f"convstudio self-test FAILED: {failed} check(s), {took:.1f} s", error=True)
        return 1
    _say(f"self-test passed in {took:.1f} s")
    return 0


def _run(name: str, check: Callable[[], str]) -> bool:
    from .core import ConfigError

    begun = time.perf_counter()
    try:
        report = check()
    except (SelfTestFailure, ConfigError) as exc:  # a ConfigError explains itself
        _say(f"FAIL {name}: {exc}", error=True)
        return False
    except Exception:
        _say(f"FAIL {name}: unexpected error\n{traceback.format_exc()}", error=True)
        return False
    _say(f"ok {name}: {report} ({time.perf_counter() - begun:.2f} s)")
    return True


def _say(text: str, *, error: bool = False) -> None:
    """One report line; a windowed frozen app may have no stdout/stderr at all."""
    stream = sys.stderr if error else sys.stdout
    if stream is None:
        return
    with suppress(AttributeError, ValueError):
        stream.reconfigure(errors="replace")  # a legacy Windows console and "×"
    with suppress(OSError):
        print(text, file=stream, flush=True)
