"""File › Export: the current frame as PNG or to the clipboard, the walk as GIF or MP4.

The dialogs only collect choices. Frames come from :mod:`convstudio.export`, which
renders an off-screen copy of this window at the chosen size, so the picture on the
projector does not jump about while an animation is written.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import export
from .export_writers import VideoUnavailable, video_available, video_hint
from .i18n import translate

PRESET_SIZES = {"1280 × 720 (720p)": (1280, 720), "1920 × 1080 (1080p)": (1920, 1080)}
CUSTOM = QT_TRANSLATE_NOOP("ExportDialog", "Custom")


@dataclass(frozen=True)
class ExportOptions:
    """What to export: frame size in pixels, frames per second, 0-based step range."""

    size: tuple[int, int] = (1280, 720)
    fps: float = 4.0
    first: int = 0
    last: int | None = None  # None: through the last step


class ExportDialog(QtWidgets.QDialog):
    """Size (720p, 1080p, custom), and for animations the speed and the steps to include."""

    def __init__(
        self, parent: QtWidgets.QWidget, options: ExportOptions, n_steps: int, fmt: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export {format}").format(format=fmt.upper()))
        # A dialog is a window of its own: it does not inherit the presenter zoom or theme.
        self.setFont(parent.font())
        self.setPalette(parent.palette())
        self._n, self._even, self._base = n_steps, fmt == "mp4", options
        self._animation = fmt != "png"
        form = QtWidgets.QFormLayout(self)
        self._size = QtWidgets.QComboBox()
        for text, size in PRESET_SIZES.items():
            self._size.addItem(text, size)
        self._size.addItem(translate("ExportDialog", CUSTOM), None)
        self._size.setAccessibleName(self.tr("Frame size"))
        self._w, self._h = (
            self._spin(640, 7680, options.size[0]),
            self._spin(360, 4320, options.size[1]),
        )
        custom = QtWidgets.QHBoxLayout()
        for widget in (self._w, QtWidgets.QLabel("×"), self._h):
            custom.addWidget(widget)
        form.addRow(self.tr("&Frame size:"), self._size)
        form.addRow(self.tr("Custom (pixels):"), custom)
        chosen = self._size.findData(tuple(options.size))
        self._size.setCurrentIndex(chosen if chosen >= 0 else self._size.count() - 1)
        self._size.currentIndexChanged.connect(self._on_size_changed)
        self._on_size_changed()
        self._fps = QtWidgets.QDoubleSpinBox(decimals=1, minimum=0.5, maximum=60.0)
        self._fps.setValue(options.fps)
        self._fps.setSuffix(self.tr(" frames/s"))
        self._every = QtWidgets.QCheckBox(self.tr("&Every step"))
        self._first, self._last = self._spin(1, n_steps, 1), self._spin(1, n_steps, n_steps)
        self._notice = QtWidgets.QLabel(wordWrap=True)
        if self._animation:
            self._build_animation_rows(form, options)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, lo: int, hi: int, value: int) -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox(minimum=lo, maximum=hi)
        spin.setValue(value)
        spin.setKeyboardTracking(False)
        return spin

    def _build_animation_rows(self, form: QtWidgets.QFormLayout, options: ExportOptions) -> None:
        form.addRow(self.tr("&Speed:"), self._fps)
        self._every.setChecked(options.first == 0 and options.last is None)
        self._first.setValue(options.first + 1)
        self._last.setValue(self._n if options.last is None else options.last + 1)
        steps = QtWidgets.QHBoxLayout()
        for widget in (self._every, QtWidgets.QLabel(self.tr("or steps")), self._first):
            steps.addWidget(widget)
        steps.addWidget(QtWidgets.QLabel(self.tr("to")))
        steps.addWidget(self._last)
        form.addRow(self.tr("Steps:"), steps)
        form.addRow(self._notice)
        for signal in (self._every.toggled, self._first.valueChanged, self._last.valueChanged):
            signal.connect(self._update_notice)
        self._fps.valueChanged.connect(self._update_notice)
        self._update_notice()

    def _on_size_changed(self) -> None:
        custom = self._size.currentData() is None
        self._w.setEnabled(custom)
        self._h.setEnabled(custom)

    def _update_notice(self) -> None:
        every = self._every.isChecked()
        self._first.setEnabled(not every)
        self._last.setEnabled(not every)
        o = self.options()
        count = (self._n - 1 if o.last is None else o.last) - o.first + 1
        if count > export.MAX_FRAMES:
            self._notice.setText(export.sampling_notice(count))
        else:
            text = self.tr("{count} frames, {seconds} s long")
            self._notice.setText(text.format(count=f"{count:,}", seconds=f"{count / o.fps:,.1f}"))

    def options(self) -> ExportOptions:
        """The choices as they stand."""
        size = self._size.currentData() or (self._w.value(), self._h.value())
        if self._even:  # H.264 in yuv420p needs even sides
            size = (size[0] - size[0] % 2, size[1] - size[1] % 2)
        if not self._animation:
            return replace(self._base, size=size)
        if self._every.isChecked():
            return ExportOptions(size, self._fps.value())
        first, last = sorted((self._first.value(), self._last.value()))  # 1-based on screen
        return ExportOptions(size, self._fps.value(), first - 1, last - 1)


class Exporter(QtCore.QObject):
    """The export actions of one main window; remembers the last size, speed and folder."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exporter")
        self.window = window
        self.options = ExportOptions()
        pictures = QtCore.QStandardPaths.StandardLocation.PicturesLocation
        self.folder = Path(QtCore.QStandardPaths.writableLocation(pictures) or Path.home())
        menu = window.file_menu.addMenu("")
        self.menu = menu
        self._actions: list[QtGui.QAction] = []
        for keys, slot in (
            (["Ctrl+E"], self._on_png),
            (["Ctrl+Shift+C"], self._on_copy),
            (["Ctrl+Shift+E"], lambda: self._on_animation("gif")),
            ([], lambda: self._on_animation("mp4")),
        ):
            action = menu.addAction("")
            action.setShortcuts([QtGui.QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self._actions.append(action)
        self._retranslate()

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        texts = (
            self.tr("Current frame as &PNG…"),
            self.tr("&Copy current frame"),
            self.tr("Walk as animated &GIF…"),
            self.tr("Walk as &MP4 video…"),
        )
        for action, text in zip(self._actions, texts, strict=True):
            action.setText(text)

    def event(self, event: QtCore.QEvent) -> bool:
        # The window passes LanguageChange on to its children, QObjects included.
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    # --- without dialogs (tests and scripts) ------------------------------------------

    def export_png(self, path: str | Path, size: tuple[int, int] | None = None) -> Path:
        """Write the current frame to ``path`` at ``size`` (default: the last chosen)."""
        size = size or self.options.size
        with export.render_window(export.snapshot(self.window), size) as win:
            return export.save_png(export.grab_stage(win, size), path)

    def copy_frame(self, size: tuple[int, int] | None = None) -> QtGui.QImage:
        """Put the current frame on the clipboard (for pasting into slides); returns it."""
        size = size or self.options.size
        with export.render_window(export.snapshot(self.window), size) as win:
            image = export.grab_stage(win, size)
        QtWidgets.QApplication.clipboard().setImage(image)
        return image

    def export_animation(
        self, path: str | Path, options: ExportOptions, progress: export.Progress | None = None
    ) -> Path:
        """Write the chosen steps as a GIF or MP4 (by suffix); ExportCancelled on cancel."""
        with export.render_window(export.snapshot(self.window), options.size) as win:
            n = win.active_stepper().n_steps
            steps = export.plan_steps(n, options.first, options.last)
            return export.write_animation(win, path, steps, options.fps, progress, options.size)

    # --- menu actions -----------------------------------------------------------------

    def ask_options(self, fmt: str) -> ExportOptions | None:
        """Show the export dialog; None when cancelled."""
        n = self.window.active_stepper().n_steps
        options = self.options
        if options.last is not None and options.last >= n:  # the walk got shorter
            options = replace(options, first=0, last=None)
        dialog = ExportDialog(self.window, options, n, fmt)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        self.options = dialog.options()
        return self.options

    def ask_path(self, fmt: str, name: str) -> Path | None:
        """Ask where to save; None when cancelled. The suffix is added when left out."""
        filters = {
            "png": self.tr("PNG images (*.png)"),
            "gif": self.tr("GIF animations (*.gif)"),
            "mp4": self.tr("MP4 videos (*.mp4)"),
        }
        title = self.tr("Export {format}").format(format=fmt.upper())
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, title, str(self.folder / name), filters[fmt]
        )
        if not path:
            return None
        chosen = Path(path)
        chosen = (
            chosen
            if chosen.suffix.lower() == f".{fmt}"
            else chosen.with_name(f"{chosen.name}.{fmt}")
        )
        self.folder = chosen.parent
        return chosen

    def _on_png(self) -> None:
        step = self.window.active_stepper().step + 1
        if self.ask_options("png") and (
            path := self.ask_path("png", f"convstudio-step-{step}.png")
        ):
            self._guarded(lambda: self.export_png(path))

    def _on_copy(self) -> None:
        self._guarded(self.copy_frame)

    def _on_animation(self, fmt: str) -> None:
        if fmt == "mp4" and not video_available():
            text = video_hint()
            if not getattr(sys, "frozen", False):  # the standalone build's hint says so itself
                text = self.tr("{hint}\n\nGIF export works without it.").format(hint=text)
            self._warn(self.tr("MP4 export is not installed"), text)
            return
        options = self.ask_options(fmt)
        if options is None:
            return
        n = self.window.active_stepper().n_steps
        count = (n - 1 if options.last is None else options.last) - options.first + 1
        if count > export.MAX_FRAMES and not self._confirm_sampling(count):
            return
        path = self.ask_path(fmt, f"convstudio-walk.{fmt}")
        if path is not None:
            self._run_with_progress(path, options, min(count, export.MAX_FRAMES))

    def _confirm_sampling(self, count: int) -> bool:
        buttons = QtWidgets.QMessageBox.StandardButton
        text = self.tr("{notice}\n\nExport these evenly spaced steps?")
        answer = QtWidgets.QMessageBox.question(
            self.window,
            self.tr("A very long walk"),
            text.format(notice=export.sampling_notice(count)),
            buttons.Ok | buttons.Cancel,
        )
        return answer == buttons.Ok

    def _run_with_progress(self, path: Path, options: ExportOptions, total: int) -> None:
        writing = self.tr("Writing {name}…").format(name=path.name)
        dialog = QtWidgets.QProgressDialog(writing, self.tr("Cancel"), 0, total, self.window)
        dialog.setWindowTitle(self.tr("Exporting"))
        frame_text = self.tr("Writing {name}: frame {done} of {count}")
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)

        def progress(done: int, count: int) -> bool:
            dialog.setLabelText(
                frame_text.format(name=path.name, done=f"{done:,}", count=f"{count:,}")
            )
            dialog.setValue(done)  # also lets the Cancel button be clicked
            return not dialog.wasCanceled()

        try:
            self._guarded(lambda: self.export_animation(path, options, progress))
        finally:
            dialog.close()

    def _guarded(self, job) -> None:
        try:
            job()
        except export.ExportCancelled:
            pass  # nothing was written; the user knows they cancelled
        except (OSError, ValueError, VideoUnavailable) as exc:
            text = self.tr("{error}\n\nNothing was written.").format(error=exc)
            self._warn(self.tr("Export failed"), text)

    def _warn(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, title, text)


def install(window: QtWidgets.QMainWindow) -> Exporter:
    """Add File › Export (PNG, clipboard, GIF, MP4) to ``window``."""
    return Exporter(window)


def of(window: QtWidgets.QMainWindow) -> Exporter:
    """The Exporter installed on ``window``."""
    exporter = window.findChild(Exporter, "exporter")
    if exporter is None:
        raise RuntimeError("export_ui.install(window) was not called for this window")
    return exporter
