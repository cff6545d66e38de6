"""Opening PNG/JPEG files: channel choice, scaling, size guards, clear errors, the window.

Decision recorded here: only PNG and JPEG are opened. GIF, BMP, TIFF, WebP and the
rest are refused before any decoder runs, with a message naming the format and
asking for a PNG (fewer decoders reachable from a file a student emails in).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtGui, QtWidgets

from convstudio.image_io import (
    MAX_FILE_BYTES,
    MAX_PIXELS,
    SAMPLES,
    ImageError,
    fitted_size,
    load_image,
    probe_image,
    sample_path,
)
from convstudio.images_ui import ImageOpener, OpenImageDialog
from convstudio.main_window import MainWindow

# --- helpers ---------------------------------------------------------------------------


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose IHDR claims width×height, with no pixel data at all."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b""))
    return path


def save(tmp_path: Path, name: str, array: np.ndarray, mode: str, **kw) -> Path:
    path = tmp_path / name
    Image.fromarray(array, mode).save(path, **kw)
    return path


RGB = np.array(
    [[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [10, 20, 30]]], dtype=np.uint8
)  # red, green / blue, dark grey-blue


# --- reading values --------------------------------------------------------------------


def test_greyscale_values_are_read_as_they_are(tmp_path):
    grey = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    values, notice = load_image(save(tmp_path, "g.png", grey, "L"), mode="grey")
    assert values.dtype == np.float64 and values.shape == (3, 4)
    np.testing.assert_array_equal(values, grey)
    assert notice is None


@pytest.mark.parametrize(("mode", "channel"), [("R", 0), ("G", 1), ("B", 2)])
def test_rgb_single_channel(tmp_path, mode, channel):
    values, _ = load_image(save(tmp_path, "c.png", RGB, "RGB"), mode=mode)
    np.testing.assert_array_equal(values, RGB[:, :, channel])


def test_rgb_luminance_is_bt601_rounded(tmp_path):
    path = save(tmp_path, "c.png", RGB, "RGB")
    values, _ = load_image(path, mode="luminance")
    # 0.299·R + 0.587·G + 0.114·B: 76.2, 149.7 / 29.1, 18.15 → rounded.
    np.testing.assert_array_equal(values, [[76, 150], [29, 18]])
    np.testing.assert_array_equal(values, np.asarray(Image.open(path).convert("L")))
    grey_of_colour, _ = load_image(path, mode="grey")
    np.testing.assert_array_equal(grey_of_colour, values)


def test_channels_of_a_greyscale_image_are_its_values(tmp_path):
    grey = np.array([[0, 128], [200, 255]], dtype=np.uint8)
    path = save(tmp_path, "g.png", grey, "L")
    for mode in ("grey", "luminance", "R", "G", "B"):
        np.testing.assert_array_equal(load_image(path, mode=mode)[0], grey)


def test_transparency_becomes_white_and_is_mentioned(tmp_path):
    rgba = np.zeros((2, 2, 4), dtype=np.uint8)
    rgba[0, 0] = (0, 0, 0, 255)  # opaque black; the rest fully transparent
    values, notice = load_image(save(tmp_path, "a.png", rgba, "RGBA"), mode="luminance")
    np.testing.assert_array_equal(values, [[0, 255], [255, 255]])
    assert "transparent parts shown as white" in notice


def test_sixteen_bit_png_is_scaled_to_0_255(tmp_path):
    deep = np.array([[0, 257 * 100], [65535, 257]], dtype=np.uint16)
    path = tmp_path / "deep.png"
    Image.fromarray(deep).save(path)
    values, notice = load_image(path, mode="grey")
    np.testing.assert_array_equal(values, [[0, 100], [255, 1]])
    assert "16-bit" in notice


def test_jpeg_opens_upright_using_its_exif_rotation(tmp_path):
    photo = np.zeros((10, 30, 3), dtype=np.uint8)
    photo[:, :15] = 255  # left half white
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    Image.fromarray(photo, "RGB").save(path, quality=95, exif=exif)
    assert probe_image(path).size == (30, 10)
    values, notice = load_image(path, mode="luminance", max_size=64)
    assert values.shape == (30, 10) and notice is None
    assert values[:10].mean() > 200 and values[-10:].mean() < 50  # white half now on top


def test_palette_png(tmp_path):
    im = Image.fromarray(RGB, "RGB").convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    path = tmp_path / "p.png"
    im.save(path)
    values, _ = load_image(path, mode="R")
    np.testing.assert_array_equal(values, RGB[:, :, 0])


# --- scaling ---------------------------------------------------------------------------


def test_large_image_is_scaled_with_a_notice(tmp_path):
    wide = np.tile(np.arange(200, dtype=np.uint8), (100, 1))
    path = save(tmp_path, "wide.png", wide, "L")
    values, notice = load_image(path, mode="grey", max_size=64)
    assert values.shape == (32, 64)
    assert "wide.png is 100×200 pixels" in notice and "scaled down to 32×64" in notice
    assert "64×64" in notice
    assert values.min() >= 0 and values.max() <= 255
    assert np.array_equal(values, np.round(values))  # still whole numbers 0–255
    assert np.all(np.diff(values[16]) >= 0)  # the ramp survives the scaling


def test_small_image_is_never_enlarged(tmp_path):
    path = save(tmp_path, "s.png", np.zeros((5, 9), np.uint8), "L")
    assert load_image(path, max_size=1024)[0].shape == (5, 9)


@pytest.mark.parametrize(
    ("size", "limit", "fitted"),
    [((64, 64), 64, (64, 64)), ((3024, 4032), 64, (48, 64)), ((1000, 3), 64, (64, 1))],
)
def test_fitted_size(size, limit, fitted):
    assert fitted_size(size, limit) == fitted


# --- refusing files --------------------------------------------------------------------


def test_text_file_named_png(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("these are my lecture notes\n")
    with pytest.raises(ImageError, match=r"notes.png is not a PNG or JPEG image \(it is a text"):
        load_image(path)


@pytest.mark.parametrize(("ext", "fmt", "what"), [("gif", "GIF", "GIF"), ("bmp", "BMP", "BMP")])
def test_other_formats_are_refused_by_name(tmp_path, ext, fmt, what):
    path = tmp_path / f"picture.{ext}"
    Image.fromarray(RGB, "RGB").save(path, format=fmt)
    with pytest.raises(ImageError, match=rf"picture.{ext} is .* \(it is a {what} image\): save it"):
        probe_image(path)


def test_tiff_message_says_what_to_do(tmp_path):
    path = tmp_path / "photo.tif"
    Image.fromarray(RGB, "RGB").save(path, format="TIFF")
    with pytest.raises(ImageError) as info:
        load_image(path)
    assert str(info.value) == (
        "photo.tif is not a PNG or JPEG image (it is a TIFF image): save it as PNG and open that"
    )


def test_corrupt_png(tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ImageError, match=r"broken.png is damaged or incomplete"):
        load_image(path)


def test_truncated_png(tmp_path):
    noise = np.random.default_rng(0).integers(0, 256, (64, 64), dtype=np.uint8)
    path = save(tmp_path, "cut.png", noise, "L")
    path.write_bytes(path.read_bytes()[:1500])
    assert probe_image(path).size == (64, 64)  # the header is intact …
    with pytest.raises(ImageError, match=r"cut.png is damaged or incomplete .*save it again"):
        load_image(path)  # … the pixels are not


def test_huge_dimensions_are_refused_before_decoding(tmp_path):
    path = png_header_only(tmp_path / "bomb.png", 100_000, 100_000)
    with pytest.raises(ImageError, match=r"bomb.png has 10,000 megapixels, more than the 40"):
        probe_image(path)
    with pytest.raises(ImageError, match="scale it down"):
        load_image(path)


def test_just_over_the_pixel_limit(tmp_path):
    side = int(MAX_PIXELS**0.5) + 10  # over 40 MP but under Pillow's hard 2× limit
    path = png_header_only(tmp_path / "big.png", side, side)
    with pytest.raises(ImageError, match="megapixels, more than the 40 megapixels"):
        load_image(path)


def test_own_pixel_check_holds_when_pillow_limit_is_lifted(tmp_path, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    path = png_header_only(tmp_path / "big.png", 8000, 6000)
    with pytest.raises(ImageError, match=r"48 megapixels \(6000×8000\)"):
        probe_image(path)


def test_file_over_50_mb_is_refused_unread(tmp_path):
    path = tmp_path / "huge.jpg"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(ImageError, match=r"huge.jpg is 50 MB, more than the 50 MB"):
        load_image(path)


def test_missing_empty_and_folder(tmp_path):
    with pytest.raises(ImageError, match=r"gone.png was not found"):
        load_image(tmp_path / "gone.png")
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(ImageError, match=r"empty.png is empty"):
        load_image(tmp_path / "empty.png")
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(ImageError, match=r"folder.png is a folder"):
        load_image(tmp_path / "folder.png")


def test_bad_arguments():
    with pytest.raises(ImageError, match="channel"):
        load_image(sample_path("face.png"), mode="CMYK")
    with pytest.raises(ImageError, match="whole number"):
        load_image(sample_path("face.png"), max_size=0)
    assert issubclass(ImageError, ValueError)


# --- samples ---------------------------------------------------------------------------


def test_sample_images_ship_and_load():
    face, scene = (sample_path(name) for name, _ in SAMPLES)
    assert face.stat().st_size < 30_000 and scene.stat().st_size < 30_000
    info = probe_image(face)
    assert (info.size, info.colour, info.format) == ((64, 64), False, "PNG")
    values, notice = load_image(face, mode="grey", max_size=64)
    assert values.shape == (64, 64) and notice is None and values.std() > 20
    info = probe_image(scene)
    assert (info.size, info.colour) == ((96, 96), True)
    values, notice = load_image(scene, mode="luminance", max_size=64)
    assert values.shape == (64, 64) and "96×96" in notice
    red, _ = load_image(scene, mode="R", max_size=1024)
    blue, _ = load_image(scene, mode="B", max_size=1024)
    assert red.shape == (96, 96) and not np.array_equal(red, blue)


# --- the window ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def opener_of(win: MainWindow) -> ImageOpener:
    opener = win.findChild(ImageOpener)
    assert opener is not None
    return opener


def error_box(win: MainWindow) -> QtWidgets.QMessageBox:
    shown = [
        box
        for box in win.findChildren(QtWidgets.QMessageBox, "imageErrorBox")
        if box.isVisible()  # a closed box lingers until its deferred delete
    ]
    assert len(shown) == 1
    return shown[0]


def input_combo(win: MainWindow) -> QtWidgets.QComboBox:
    return next(
        c
        for c in win.controls.findChildren(QtWidgets.QComboBox)
        if c.accessibleName() == "Input values"
    )


def test_failed_open_keeps_everything_and_explains(window, tmp_path, qtbot):
    c = window.controller
    before, kind, walk = c.input, c.input_kind, c.walk
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    assert opener_of(window).open_path(bad) is False
    assert c.input is before and c.input_kind == kind and c.walk is walk
    box = error_box(window)
    assert "notes.png is not a PNG or JPEG image" in box.text()
    box.close()
    truncated = tmp_path / "cut.png"
    noise = np.random.default_rng(1).integers(0, 256, (40, 40), dtype=np.uint8)
    Image.fromarray(noise, "L").save(truncated)
    truncated.write_bytes(truncated.read_bytes()[:600])
    assert opener_of(window).load(truncated, "grey", 64) is False
    assert c.input is before and c.walk is walk
    error_box(window).close()


def test_opening_a_sample_sets_the_input(window, monkeypatch, qtbot):
    opener = opener_of(window)
    asked = []
    monkeypatch.setattr(opener, "ask", lambda info: asked.append(info) or ("luminance", 48))
    menu = window.findChild(QtWidgets.QMenu, "sampleImageMenu")
    assert [a.text() for a in menu.actions()] == [title for _, title in SAMPLES]
    menu.actions()[1].trigger()  # the colour scene
    c = window.controller
    assert asked[0].colour and c.input_kind == "image" and c.input.shape == (48, 48)
    expected, _ = load_image(sample_path("scene.png"), mode="luminance", max_size=48)
    np.testing.assert_array_equal(c.input, expected)
    np.testing.assert_array_equal(window.output_view.values(), c.walk.output)
    combo = input_combo(window)
    assert combo.currentData() == "image" and combo.currentText() == "opened image"
    size_spins = [
        s
        for s in window.controls.findChildren(QtWidgets.QSpinBox)
        if s.accessibleName().startswith("Input ")
    ]
    assert size_spins and not any(s.isEnabled() for s in size_spins)
    status = window.statusBar().currentMessage()
    assert "Opened scene.png: 48×48 values" in status and "96×96" in status
    combo.setCurrentIndex(combo.findData("ramp"))  # leaving the image removes its entry
    assert c.input_kind == "ramp" and combo.findData("image") < 0
    assert all(s.isEnabled() for s in size_spins)


def test_cancelling_the_dialog_changes_nothing(window, monkeypatch):
    opener, c = opener_of(window), window.controller
    before = c.input
    monkeypatch.setattr(opener, "ask", lambda info: None)
    assert opener.open_sample("face.png") is False
    assert c.input is before


def test_open_image_action_is_in_the_file_menu(window):
    action = window.findChild(QtGui.QAction, "openImageAction")
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+O"


def test_dialog_offers_the_channels_the_image_has(qtbot):
    colour = OpenImageDialog(probe_image(sample_path("scene.png")), image_mode=False)
    qtbot.addWidget(colour)
    radios = colour.findChildren(QtWidgets.QRadioButton)
    assert [r.text() for r in radios] == [
        "luminance (ITU-R BT.601)",
        "red channel only",
        "green channel only",
        "blue channel only",
    ]
    assert colour.choice() == ("luminance", 64)  # numbers mode: fit 64×64 by default
    colour.set_choice("G", 32)
    assert colour.choice() == ("G", 32)
    labels = " ".join(lab.text() for lab in colour.findChildren(QtWidgets.QLabel))
    assert "32×32 values (scaled down" in labels and "multi-channel" in labels
    grey = OpenImageDialog(probe_image(sample_path("face.png")), image_mode=True)
    qtbot.addWidget(grey)
    assert [r.text() for r in grey.findChildren(QtWidgets.QRadioButton)] == ["greyscale"]
    fit = grey.findChild(QtWidgets.QSpinBox)
    assert fit.maximum() == 1024 and grey.choice() == ("grey", 1024)
    labels = " ".join(lab.text() for lab in grey.findChildren(QtWidgets.QLabel))
    assert "64×64 values (kept at its size)" in labels
