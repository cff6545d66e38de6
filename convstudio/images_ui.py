"""File → Open image… and Open sample image: a PNG or JPEG becomes the input.

The window shows one channel, so a colour image is reduced to its luminance or one
of R, G, B — the dialog makes that choice explicit — and scaled to fit the sizes
the window allows. Any failure is shown in words and leaves the input as it was.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from .image_io import (
    SAMPLES,
    ImageError,
    ImageInfo,
    Mode,
    fitted_size,
    load_image,
    mode_name,
    probe_image,
    sample_path,
    sample_title,
)

_COLOUR_MODES: tuple[Mode, ...] = ("luminance", "R", "G", "B")
_NOTICE_MS = 15_000


class OpenImageDialog(QtWidgets.QDialog):
    """Which channel to use and what size to fit, with the resulting size shown live."""

    def __init__(
        self, info: ImageInfo, *, image_mode: bool, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open image — {name}").format(name=info.name))
        self.info = info
        h, w = info.size
        if info.colour:
            text = self.tr("<b>{name}</b>: {h}×{w} pixels, colour {format}")
        else:
            text = self.tr("<b>{name}</b>: {h}×{w} pixels, greyscale {format}")
        header = QtWidgets.QLabel(text.format(name=info.name, h=h, w=w, format=info.format))
        header.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self._buttons = QtWidgets.QButtonGroup(self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self._channel_box(info.colour))
        layout.addWidget(self._size_box(image_mode))
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Open
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_result()

    def _channel_box(self, colour: bool) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Values to use (the window shows one channel)"))
        column = QtWidgets.QVBoxLayout(box)
        modes: tuple[Mode, ...] = _COLOUR_MODES if colour else ("grey",)
        for mode in modes:
            button = QtWidgets.QRadioButton(mode_name(mode))
            button.setProperty("mode", mode)
            self._buttons.addButton(button)
            column.addWidget(button)
        self._buttons.buttons()[0].setChecked(True)
        if colour:
            text = self.tr(
                "Luminance = 0.299·R + 0.587·G + 0.114·B, rounded (what Pillow's "
                'convert("L") gives). All three channels at once needs multi-channel input.'
            )
        else:
            text = self.tr(
                "A greyscale image has one channel: its values 0–255 are used as they are."
            )
        note = QtWidgets.QLabel(text)
        note.setWordWrap(True)
        column.addWidget(note)
        return box

    def _size_box(self, image_mode: bool) -> QtWidgets.QGroupBox:
        # Imported here, not at the top: main_window installs this module while loading.
        from .views.controls import IMAGE_MODE_MAX, NUMBERS_MODE_MAX

        box = QtWidgets.QGroupBox(self.tr("Size"))
        form = QtWidgets.QFormLayout(box)
        limit = IMAGE_MODE_MAX if image_mode else NUMBERS_MODE_MAX
        self._fit = QtWidgets.QSpinBox()
        self._fit.setRange(1, limit)
        self._fit.setValue(limit)
        self._fit.setSuffix(self.tr(" pixels"))
        self._fit.setAccessibleName(self.tr("Fit within"))
        self._fit.valueChanged.connect(self._update_result)
        self._result = QtWidgets.QLabel()
        form.addRow(self.tr("&Fit within a square of"), self._fit)
        form.addRow(self.tr("Input will be"), self._result)
        if not image_mode:
            hint = self.tr("View → Image mode allows up to {n} pixels.")
            hint = QtWidgets.QLabel(hint.format(n=IMAGE_MODE_MAX))
            hint.setWordWrap(True)
            form.addRow(hint)
        return box

    def _update_result(self) -> None:
        h, w = fitted_size(self.info.size, self._fit.value())
        if (h, w) == self.info.size:
            text = self.tr("{h}×{w} values (kept at its size)")
        else:
            text = self.tr("{h}×{w} values (scaled down, aspect kept)")
        self._result.setText(text.format(h=h, w=w))

    def choice(self) -> tuple[Mode, int]:
        """(channel mode, size to fit) as chosen."""
        return self._buttons.checkedButton().property("mode"), self._fit.value()

    def set_choice(self, mode: Mode, max_size: int) -> None:
        """Pick a channel and size (for scripted use and tests)."""
        for button in self._buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self._fit.setValue(max_size)


class ImageOpener(QtCore.QObject):
    """Opens files for one window and hands the values to its controller."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("imageOpener")
        self.window = window
        self._folder = str(Path.home())
        self.open_action = window.file_menu.addAction("")
        self.open_action.setObjectName("openImageAction")
        # Ctrl+O is File → Open session; a second action on it would make both ambiguous.
        self.open_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+O"))
        self.open_action.triggered.connect(self.open_file)
        self.samples_menu = window.file_menu.addMenu("")
        self.samples_menu.setObjectName("sampleImageMenu")
        for filename, _title in SAMPLES:
            self.samples_menu.addAction("").triggered.connect(partial(self.open_sample, filename))
        self._retranslate()

    def _retranslate(self) -> None:
        self.open_action.setText(self.tr("Open &image…"))
        self.open_action.setToolTip(
            self.tr("Open a PNG or JPEG as the input (one channel, scaled to fit)")
        )
        self.samples_menu.setTitle(self.tr("Open sa&mple image"))
        for action, (_name, title) in zip(self.samples_menu.actions(), SAMPLES, strict=True):
            action.setText(sample_title(title))

    def event(self, event: QtCore.QEvent) -> bool:
        # The window passes LanguageChange on to its children, QObjects included.
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def open_file(self) -> None:
        """Ask for a file, then for the channel and size, then open it."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a PNG or JPEG image"),
            self._folder,
            self.tr("PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;All files (*)"),
        )
        if path:
            self._folder = str(Path(path).parent)
            self.open_path(path)

    def open_sample(self, filename: str) -> bool:
        """Open one of the images shipped in resources/images."""
        return self.open_path(sample_path(filename))

    def open_path(self, path: str | Path) -> bool:
        """Check the file, ask how to open it, and load it; False if anything stopped it."""
        try:
            info = probe_image(path)
        except ImageError as exc:
            self.show_error(str(exc))
            return False
        choice = self.ask(info)
        return choice is not None and self.load(path, *choice)

    def ask(self, info: ImageInfo) -> tuple[Mode, int] | None:
        """Show the options dialog; None when cancelled."""
        dialog = OpenImageDialog(info, image_mode=self._image_mode(), parent=self.window)
        accepted = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
        return dialog.choice() if accepted else None

    def load(self, path: str | Path, mode: Mode, max_size: int) -> bool:
        """Read the file and make it the input; on failure show why and change nothing."""
        try:
            values, notice = load_image(path, mode=mode, max_size=max_size)
        except ImageError as exc:
            self.show_error(str(exc))
            return False
        self.window.controller.set_input_values(values, kind="image")
        h, w = values.shape
        text = self.tr("Opened {name}: {h}×{w} values, {mode}.")
        text = text.format(name=Path(path).name, h=h, w=w, mode=mode_name(mode))
        self.window.statusBar().showMessage(f"{text} {notice or ''}".strip(), _NOTICE_MS)
        return True

    def show_error(self, message: str) -> None:
        """Say what went wrong in a window-modal box that does not block the caller."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Cannot open this image"),
            message,
            QtWidgets.QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("imageErrorBox")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _image_mode(self) -> bool:
        action = getattr(self.window, "image_mode_action", None)
        return bool(action and action.isChecked())


def install(window: QtWidgets.QMainWindow) -> ImageOpener:
    """Add File → Open image… (Ctrl+Shift+O) and File → Open sample image ▸."""
    return ImageOpener(window)
