"""Files for export: atomic writes, PNG, and animations — GIF with Pillow alone, MP4 with
the ``video`` extra.

Animations stream: each frame is written as it arrives, so a 2,000-frame export needs
the memory of two frames, not of the whole animation.
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, Protocol

import numpy as np
from PIL import GifImagePlugin, Image
from PySide6 import QtGui
from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

VIDEO_HINT = QT_TRANSLATE_NOOP(
    "export", 'MP4 export needs the optional video extra: pip install "convstudio[video]"'
)
# The standalone build has no pip to run: MP4 (a 165 MB ffmpeg) is left out of it.
FROZEN_VIDEO_HINT = QT_TRANSLATE_NOOP(
    "export",
    "MP4 export is not included in the standalone convstudio. Export the walk as a GIF, "
    'or install convstudio with Python for MP4: pip install "convstudio[video]"',
)
GIF_MIN_DELAY_MS = 20  # browsers slow anything faster than 2 centiseconds down to 100 ms
_UNCHANGED = 255  # colour-table index kept free to mean "as in the previous frame"


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed over it on success, removed otherwise."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=path.suffix)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def save_png(image: QtGui.QImage, path: str | os.PathLike[str]) -> Path:
    """Write ``image`` as a PNG file (atomically)."""
    with atomic_path(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            text = translate("export", "could not write {name}")
            raise OSError(text.format(name=Path(path).name))
    return Path(path)


def video_hint() -> str:
    """Why MP4 export is unavailable and what to do, in the current language.

    :data:`VIDEO_HINT` for a Python install; :data:`FROZEN_VIDEO_HINT` in the standalone
    (PyInstaller) build, which sets ``sys.frozen`` and never has the video extra.
    """
    return translate("export", FROZEN_VIDEO_HINT if getattr(sys, "frozen", False) else VIDEO_HINT)


class VideoUnavailable(RuntimeError):
    """imageio / imageio-ffmpeg are not installed; the message names the pip command."""


class FrameWriter(Protocol):
    def add(self, frame: np.ndarray) -> None: ...


def video_available() -> bool:
    """Whether MP4 export can run (the ``video`` extra is installed)."""
    try:
        import imageio  # noqa: F401
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        return False
    return True


class GifWriter:
    """An endless-loop GIF with one colour table, each frame cropped to what changed.

    One shared table, taken from the fullest frame, keeps colours steady from frame to
    frame (no flicker) and lets unchanged pixels be found exactly. Inside a frame's
    box, unchanged pixels are transparent: long runs of one index compress to almost
    nothing, which keeps a lecture-length walk a few megabytes.
    """

    def __init__(self, file: BinaryIO, fps: float, palette_frame: np.ndarray) -> None:
        self._file = file
        self._delay = max(GIF_MIN_DELAY_MS, round(1000 / fps))
        self._table = _frequent_colours(palette_frame, _UNCHANGED)
        # Packed RGB → table index, filled as colours turn up (Pillow's own mapping
        # rounds colours to 5–6 bits first, which shifts even exact matches).
        self._lut = np.full(1 << 24, _UNCHANGED, np.uint8)
        self._lut[_pack(self._table)] = np.arange(len(self._table), dtype=np.uint8)
        self._previous: np.ndarray | None = None

    def _indices(self, frame: np.ndarray) -> np.ndarray:
        packed = _pack(frame)
        index = self._lut[packed]
        unknown = np.unique(packed[index == _UNCHANGED])
        if unknown.size:
            rgb = np.stack([unknown >> 16, (unknown >> 8) & 255, unknown & 255], axis=1)
            dist = ((rgb[:, None, :].astype(int) - self._table[None].astype(int)) ** 2).sum(-1)
            self._lut[unknown] = dist.argmin(axis=1)
            index = self._lut[packed]
        return index

    def _image(self, index: np.ndarray) -> Image.Image:
        image = Image.fromarray(index, "P")
        image.putpalette(self._table.ravel().tolist())
        return image

    def _header(self, width: int, height: int) -> bytes:
        colours = self._table.tobytes().ljust(768, b"\0")
        screen = struct.pack("<6sHHBBB", b"GIF89a", width, height, 0xF7, 0, 0)
        loop = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # repeat forever
        return screen + colours + loop

    def add(self, frame: np.ndarray) -> None:
        """Append one ``(H, W, 3)`` uint8 RGB frame."""
        index = self._indices(frame)
        params = {"duration": self._delay, "disposal": 1}  # 1: draw over the previous frame
        if self._previous is None:
            self._file.write(self._header(index.shape[1], index.shape[0]))
            box, patch = (0, 0, index.shape[1], index.shape[0]), index
        else:
            box = _changed_box(self._previous, index)
            left, top, right, bottom = box
            area = index[top:bottom, left:right]
            patch = np.where(area == self._previous[top:bottom, left:right], _UNCHANGED, area)
            params["transparency"] = _UNCHANGED
        self._previous = index
        for chunk in GifImagePlugin.getdata(self._image(patch), offset=box[:2], **params):
            self._file.write(chunk)

    def close(self) -> None:
        if self._previous is not None:
            self._file.write(b";")


def _pack(rgb: np.ndarray) -> np.ndarray:
    """``(..., 3)`` uint8 colours as 24-bit integers."""
    c = rgb.astype(np.uint32)
    return c[..., 0] << 16 | c[..., 1] << 8 | c[..., 2]


def _frequent_colours(frame: np.ndarray, n: int) -> np.ndarray:
    """The ``n`` commonest exact colours of an RGB frame, as an ``(m, 3)`` uint8 table.

    The stage is flat colour (cells, background, text) plus anti-aliased edges: keeping
    the common colours exact, rather than averaged as median cut does, leaves every
    cell and the background their true colour; only edge pixels snap to a neighbour.
    """
    colours, counts = np.unique(_pack(frame.reshape(-1, 3)), return_counts=True)
    top = colours[np.argsort(counts, kind="stable")[::-1][:n]]
    return np.stack([top >> 16, (top >> 8) & 255, top & 255], axis=1).astype(np.uint8)


def _changed_box(old: np.ndarray, new: np.ndarray) -> tuple[int, int, int, int]:
    """``(left, top, right, bottom)`` around the pixels that differ (one pixel if none)."""
    changed = old != new
    rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
    if rows.size == 0:
        return (0, 0, 1, 1)  # still one frame, so the frame count matches the steps
    return (int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1)


class Mp4Writer:
    """H.264 in an MP4 through imageio-ffmpeg (yuv420p, so every player can show it)."""

    def __init__(self, path: Path, fps: float) -> None:
        import imageio.v2 as iio

        self._writer = iio.get_writer(
            str(path),
            format="FFMPEG",
            mode="I",
            fps=fps,
            codec="libx264",
            pixelformat="yuv420p",
            quality=8,  # crisp digits; the picture is mostly flat colour, so files stay small
            macro_block_size=1,
            ffmpeg_log_level="error",
        )

    def add(self, frame: np.ndarray) -> None:
        """Append one ``(H, W, 3)`` uint8 RGB frame."""
        self._writer.append_data(frame)

    def close(self) -> None:
        self._writer.close()


@contextmanager
def open_writer(path: Path, fps: float, fullest: np.ndarray) -> Iterator[FrameWriter]:
    """A writer for ``path``'s suffix; ``fullest`` is a representative frame (its size)."""
    suffix = path.suffix.lower()
    if fps <= 0:
        raise ValueError(f"frames per second must be positive, got {fps}")
    if suffix == ".gif":
        with path.open("wb") as file:
            writer = GifWriter(file, fps, fullest)
            yield writer
            writer.close()
    elif suffix == ".mp4":
        if not video_available():
            raise VideoUnavailable(video_hint())
        h, w = fullest.shape[:2]
        if w % 2 or h % 2:
            raise ValueError(f"MP4 frames need an even width and height, got {w}×{h}")
        mp4 = Mp4Writer(path, fps)
        try:
            yield mp4
        finally:
            mp4.close()
    else:
        raise ValueError(f"unknown animation format {suffix!r}: use .gif or .mp4")
