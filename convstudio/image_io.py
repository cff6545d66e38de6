"""Open PNG and JPEG files as one channel of values 0–255, refusing what could hurt.

Not part of ``core``: the core is numpy-only and this needs Pillow. Every problem
(missing, huge, damaged or unsupported file) becomes an ``ImageError`` whose
message says what is wrong and how to fix it, so the window can show it as is.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Literal

import numpy as np
from PIL import Image, ImageOps
from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

MAX_PIXELS = 40_000_000
MAX_FILE_BYTES = 50 * 1024 * 1024
MODES = ("grey", "luminance", "R", "G", "B")
# Names and titles in English; show them through mode_name() and sample_title().
MODE_NAMES = {
    "grey": QT_TRANSLATE_NOOP("image_io", "greyscale"),
    "luminance": QT_TRANSLATE_NOOP("image_io", "luminance (ITU-R BT.601)"),
    "R": QT_TRANSLATE_NOOP("image_io", "red channel only"),
    "G": QT_TRANSLATE_NOOP("image_io", "green channel only"),
    "B": QT_TRANSLATE_NOOP("image_io", "blue channel only"),
}
SAMPLES = (
    ("face.png", QT_TRANSLATE_NOOP("image_io", "Face (64×64, greyscale)")),
    ("scene.png", QT_TRANSLATE_NOOP("image_io", "House and tree (96×96, colour)")),
)
Mode = Literal["grey", "luminance", "R", "G", "B"]

# Pillow's own guard set to the same limit: above it Pillow warns (turned into an
# error while we open a file), above twice that it refuses outright.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

_GREY_MODES = ("1", "L", "LA", "La", "I", "I;16", "I;16B", "I;16L", "I;16N", "F")
_OTHER_FORMATS = (  # leading bytes of files people try to open instead, for the message
    (b"GIF8", QT_TRANSLATE_NOOP("image_io", "a GIF image")),
    (b"BM", QT_TRANSLATE_NOOP("image_io", "a BMP image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("image_io", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("image_io", "a TIFF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("image_io", "a PDF document")),
    (b"8BPS", QT_TRANSLATE_NOOP("image_io", "a Photoshop (PSD) file")),
    (b"\x00\x00\x01\x00", QT_TRANSLATE_NOOP("image_io", "an icon (ICO) file")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("image_io", "a ZIP archive or office document")),
)


class ImageError(ValueError):
    """A file that cannot be opened as an image, explained with the fix."""


@dataclass(frozen=True)
class ImageInfo:
    """What the header says, before any pixel is decoded."""

    path: Path
    format: str
    size: tuple[int, int]  # (height, width), as convstudio lists sizes
    colour: bool

    @property
    def name(self) -> str:
        """The file name shown in messages."""
        return self.path.name


def mode_name(mode: str) -> str:
    """How a channel choice is named, in the current language."""
    return translate("image_io", MODE_NAMES[mode])


def sample_title(title: str) -> str:
    """A title of :data:`SAMPLES` in the current language."""
    return translate("image_io", title)


def sample_path(filename: str) -> Path:
    """Where a shipped sample image lives (works from a checkout and an installed wheel)."""
    return Path(str(resources.files("convstudio") / "resources" / "images" / filename))


def fitted_size(size: tuple[int, int], max_size: int) -> tuple[int, int]:
    """(height, width) scaled down, keeping the aspect ratio, to fit max_size × max_size."""
    h, w = size
    if max(h, w) <= max_size:
        return (h, w)
    scale = max_size / max(h, w)
    return (max(1, min(max_size, round(h * scale))), max(1, min(max_size, round(w * scale))))


def probe_image(path: str | Path) -> ImageInfo:
    """Check a file and read its header: size, format and whether it has colour.

    Raises
    ------
    ImageError
        When the file is missing, empty, over 50 MB, not a PNG/JPEG, over 40
        megapixels or has a damaged header.
    """
    p = Path(path)
    with _open_file(p) as fh, _opened(fh, p.name) as im:
        return ImageInfo(p, im.format or "", _upright_size(im), im.mode not in _GREY_MODES)


def load_image(
    path: str | Path, *, mode: Mode = "grey", max_size: int = 64
) -> tuple[np.ndarray, str | None]:
    """Read one channel of a PNG or JPEG as float64 (H, W) values 0–255.

    Parameters
    ----------
    path
        The file.
    mode
        "grey" (the grey values; a colour image gives its luminance), "luminance"
        (Pillow's ``convert("L")``: ITU-R BT.601 luma R·0.299 + G·0.587 + B·0.114,
        rounded), or "R", "G", "B" for one colour channel.
    max_size
        Larger images are scaled down (aspect ratio kept) to fit max_size × max_size.

    Returns
    -------
    The values and a notice for the user (scaling, transparency), or None.
    """
    if mode not in MODES:
        text = translate("image_io", "unknown channel choice {mode}; use one of {modes}")
        raise ImageError(text.format(mode=repr(mode), modes=", ".join(MODES)))
    if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
        text = translate("image_io", "the size to fit must be a whole number ≥ 1, got {size}")
        raise ImageError(text.format(size=repr(max_size)))
    p = Path(path)
    with _open_file(p) as fh, _opened(fh, p.name) as im:
        original = _upright_size(im)
        target = fitted_size(original, max_size)
        if im.format in ("JPEG", "MPO"):
            # Let the JPEG decoder skip detail we would throw away (a 1/2…1/8 scale); it
            # keeps both sides ≥ the request, and a square one is safe for rotated photos.
            im.draft(im.mode, (max_size, max_size))
        try:
            band, notes = _one_band(im, mode)
        except Exception as exc:  # Pillow's decoders raise many kinds; none may crash a lecture
            raise ImageError(_damaged(p.name, exc)) from None
    if band.size != (target[1], target[0]):
        band = band.resize((target[1], target[0]), Image.Resampling.LANCZOS, reducing_gap=3.0)
    if target != original:
        text = translate(
            "image_io",
            "{name} is {h}×{w} pixels (height × width); scaled down to {th}×{tw} to fit {n}×{n}",
        )
        h, w, th, tw = (*original, *target)
        notes.insert(0, text.format(name=p.name, h=h, w=w, th=th, tw=tw, n=max_size))
    notice = translate("image_io", "{notes}.").format(notes="; ".join(notes)) if notes else None
    return np.asarray(band, dtype=np.float64), notice


def _upright_size(im: Image.Image) -> tuple[int, int]:
    """(height, width) as shown, after the EXIF rotation phone photos carry."""
    try:
        turned = im.getexif().get(0x0112) in (5, 6, 7, 8)  # orientation tag: 90° or 270°
    except Exception:  # a damaged EXIF block only loses the rotation, not the picture
        turned = False
    return (im.width, im.height) if turned else (im.height, im.width)


def _one_band(im: Image.Image, mode: Mode) -> tuple[Image.Image, list[str]]:
    """Decode and reduce to one 8-bit band ("L"), with notes on what was changed."""
    im.load()
    notes: list[str] = []
    # Phone photos are stored sideways and shown upright; a damaged EXIF block only
    # loses the rotation (as in _upright_size), not the picture.
    with suppress(Exception):
        im = ImageOps.exif_transpose(im)
    if im.mode.startswith("I") or im.mode == "F":
        values = np.asarray(im, dtype=np.float64)
        if values.max() > 255:
            values = values / 257.0  # 16-bit 0–65535 → 0–255
            notes.append(translate("image_io", "16-bit values scaled to 0–255"))
        im = Image.fromarray(np.clip(np.rint(values), 0, 255).astype(np.uint8), "L")
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        white.alpha_composite(rgba)
        im = white.convert("RGB")
        notes.append(translate("image_io", "transparent parts shown as white"))
    if im.mode not in ("L", "RGB"):
        im = im.convert("RGB")
    if mode in ("R", "G", "B"):
        return im.convert("RGB").getchannel(mode), notes
    return im.convert("L"), notes


@contextmanager
def _open_file(p: Path) -> Iterator[IO[bytes]]:
    """The file, opened for reading after the checks that need no decoder."""
    name = p.name or str(p)
    try:
        size = p.stat().st_size
        if p.is_dir():
            text = translate(
                "image_io", "{name} is a folder, not a file; pick a PNG or JPEG file inside it"
            )
            raise ImageError(text.format(name=name))
        fh = p.open("rb")
    except FileNotFoundError:
        text = translate("image_io", "{name} was not found; check the folder and the file name")
        raise ImageError(text.format(name=name)) from None
    except OSError as exc:
        text = translate(
            "image_io", "{name} could not be opened ({reason}); check that you may read it"
        )
        raise ImageError(text.format(name=name, reason=exc.strerror or exc)) from None
    with fh:
        if size == 0:
            text = translate(
                "image_io", "{name} is empty (0 bytes), not an image; save the picture again"
            )
            raise ImageError(text.format(name=name))
        if size > MAX_FILE_BYTES:
            text = translate(
                "image_io",
                "{name} is {size} MB, more than the {limit} MB convstudio opens; "
                "save a smaller copy (fewer pixels, or as JPEG) and open that",
            )
            size_mb = f"{size / 2**20:.0f}"
            raise ImageError(text.format(name=name, size=size_mb, limit=MAX_FILE_BYTES >> 20))
        _check_signature(fh.read(32), name)
        fh.seek(0)
        yield fh


def _check_signature(head: bytes, name: str) -> None:
    """Refuse anything but PNG and JPEG before a decoder sees it, naming what it is."""
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return
    what = next((text for magic, text in _OTHER_FORMATS if head.startswith(magic)), None)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        what = QT_TRANSLATE_NOOP("image_io", "a WebP image")
    elif head[4:8] == b"ftyp":
        what = QT_TRANSLATE_NOOP("image_io", "a HEIC/AVIF image (as phones save photos)")
    elif what is None and _looks_like_text(head):
        what = QT_TRANSLATE_NOOP("image_io", "a text file")
    if what:
        kind = translate("image_io", "it is {what}").format(what=translate("image_io", what))
    else:
        kind = translate("image_io", "its contents are not an image convstudio recognises")
    text = translate(
        "image_io", "{name} is not a PNG or JPEG image ({kind}): save it as PNG and open that"
    )
    raise ImageError(text.format(name=name, kind=kind))


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


@contextmanager
def _opened(fh: IO[bytes], name: str) -> Iterator[Image.Image]:
    """Pillow's lazy image (header only), refusing more than MAX_PIXELS."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(fh, formats=("PNG", "JPEG"))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise ImageError(_too_big(name, int(found.group(1)) if found else None)) from None
    except Exception as exc:  # UnidentifiedImageError, SyntaxError, struct.error, …
        raise ImageError(_damaged(name, exc)) from None
    with im:
        if im.width * im.height > MAX_PIXELS:  # also when someone lifted Pillow's limit
            raise ImageError(_too_big(name, im.width * im.height, (im.height, im.width)))
        yield im


def _too_big(name: str, pixels: int | None, size: tuple[int, int] | None = None) -> str:
    dims = f" ({size[0]}×{size[1]})" if size else ""
    if pixels:
        count = translate("image_io", "{n} megapixels").format(n=f"{pixels / 1e6:,.0f}") + dims
    else:
        count = translate("image_io", "too many pixels")
    text = translate(
        "image_io",
        "{name} has {count}, more than the {limit} megapixels convstudio opens; scale it "
        "down in an image editor (e.g. to 2000 pixels wide) and open the copy",
    )
    return text.format(name=name, count=count, limit=MAX_PIXELS // 1_000_000)


def _damaged(name: str, exc: Exception) -> str:
    detail = str(exc).strip() or type(exc).__name__
    detail = detail if len(detail) <= 80 else detail[:79] + "…"
    text = translate(
        "image_io",
        "{name} is damaged or incomplete and cannot be read ({detail}); open it in an image "
        "viewer, save it again as PNG and open that copy",
    )
    return text.format(name=name, detail=detail)
