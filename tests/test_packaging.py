"""The frozen-app build's inputs: spec, trimming rules, ICU slimming, desktop file, icons.

Everything here is fast and runs everywhere. The one test that really builds
(PyInstaller, ~2 minutes; ~6 more the first time on Linux, while build.py builds numpy
without BLAS) is marked slow and runs only with CONVSTUDIO_BUILD_TESTS=1; CI builds the
app separately (see resources/packaging/build.py).
"""

from __future__ import annotations

import ast
import configparser
import ctypes
import importlib.util
import os
import platform
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PIL import Image

import convstudio

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
PACKAGING = RESOURCES / "packaging"
SPEC = PACKAGING / "convstudio.spec"
DESKTOP = RESOURCES / "linux" / "convstudio.desktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

sys.path.insert(0, str(PACKAGING))
import icu_slim  # noqa: E402
import strip_check  # noqa: E402
import trim  # noqa: E402

linux_x86_64 = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.machine() in ("x86_64", "AMD64")),
    reason="the ICU library writer is exercised on x86-64 Linux",
)


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_literal(name: str) -> object:
    """The value of a top-level ``NAME = <literal>`` in the spec."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"convstudio.spec has no {name} = ...")


# --- the spec ---------------------------------------------------------------------------


def test_spec_compiles_as_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_resource_folders_exist_and_are_not_empty() -> None:
    folders = spec_literal("RESOURCE_FILES")
    assert isinstance(folders, dict)
    assert {"presets", "images", "icons"} <= set(folders)
    for folder, patterns in folders.items():
        found = [p for pattern in patterns for p in (RESOURCES / folder).glob(pattern)]
        assert found, f"resources/{folder} has no {patterns} files for the bundle"


def test_spec_paths_exist() -> None:
    # Every `PACKAGING / "a" / "b"` or `RESOURCES / ...` chain in the spec names a real file.
    bases = {"PACKAGING": PACKAGING, "RESOURCES": RESOURCES, "ROOT": ROOT}
    checked = []

    def resolve(node: ast.expr) -> Path | None:
        if isinstance(node, ast.Name) and node.id in bases:
            return bases[node.id]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            left = resolve(node.left)
            if left is not None and isinstance(node.right, ast.Constant):
                return left / str(node.right.value)
        return None

    for node in ast.walk(spec_tree()):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            path = resolve(node)
            if path is not None and path.suffix:
                checked.append(path)
                assert path.exists(), f"convstudio.spec refers to missing {path}"
    assert any(p.name == "launcher.py" for p in checked)


def test_launcher_calls_the_cli_main() -> None:
    source = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from convstudio.cli import main" in source


def test_every_trim_step_can_be_switched_off_alone() -> None:
    for step in trim.STEPS:
        assert step not in trim.enabled_steps({"CONVSTUDIO_TRIM_OFF": step})
    assert trim.enabled_steps({}) == set(trim.STEPS)
    with pytest.raises(SystemExit, match="unknown steps"):
        trim.enabled_steps({"CONVSTUDIO_TRIM_OFF": "qt-plugin"})


def test_excluded_modules_spare_what_convstudio_imports() -> None:
    excluded = set(trim.excluded_modules(set(trim.STEPS)))
    needed = {"numpy", "PIL", "PIL.Image", "pyqtgraph", "colorama", "PySide6.QtCore"}
    needed |= {"PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtOpenGLWidgets", "decimal"}
    # image_io opens PNG and JPEG, export writes GIF; samples use numpy.random.
    needed |= {"PIL.PngImagePlugin", "PIL.JpegImagePlugin", "PIL.GifImagePlugin"}
    needed |= {"PIL.WebPImagePlugin", "numpy.random", "numpy.linalg", "numpy._core"}
    assert not needed & excluded
    assert {"imageio_ffmpeg", "tkinter", "PySide6.QtNetwork", "PIL._webp"} <= excluded


# --- what trim.py keeps and drops -------------------------------------------------------

LINUX_QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX_QT}/platforms/libqxcb.so",
        f"{LINUX_QT}/platforms/libqoffscreen.so",
        f"{LINUX_QT}/imageformats/libqjpeg.so",
        f"{LINUX_QT}/imageformats/libqsvg.so",
        f"{LINUX_QT}/iconengines/libqsvgicon.so",
        f"{LINUX_QT}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{LINUX_QT}/xcbglintegrations/libqxcb-glx-integration.so",
        f"{LINUX_QT}/platformthemes/libqxdgdesktopportal.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "convstudio/resources/translations/convstudio_ui_ja.qm",
        "pyqtgraph/icons/auto.png",
    ],
)
def test_kept(dest: str) -> None:
    assert trim.drop_reason(dest) is None


@pytest.mark.parametrize(
    ("dest", "reason"),
    [
        (f"{LINUX_QT}/platforms/libqvnc.so", "qt-plugins/platforms"),
        (f"{LINUX_QT}/platforms/libqeglfs.so", "qt-plugins/platforms"),
        (f"{LINUX_QT}/platformthemes/libqgtk3.so", "qt-plugins/platformthemes"),
        (f"{LINUX_QT}/imageformats/libqtiff.so", "qt-plugins/imageformats"),
        (f"{LINUX_QT}/tls/libqopensslbackend.so", "qt-plugins/tls"),
        (f"{LINUX_QT}/generic/libqevdevmouseplugin.so", "qt-plugins/generic"),
        ("PySide6/plugins/sqldrivers/qsqlite.dll", "qt-plugins/sqldrivers"),
        ("PySide6/Qt/translations/qtbase_de.qm", "qt-translations"),
        ("PySide6/translations/qt_help_ja.qm", "qt-translations"),
        ("PySide6/Qt/translations/designer_zh_CN.qm", "qt-translations"),
        ("PySide6/include/QtCore/qglobal.h", "headers-stubs"),
        ("PySide6/QtCore.pyi", "headers-stubs"),
        ("pyqtgraph/icons/peegee/peegee_512px.png", "pyqtgraph-logo"),
    ],
)  # fmt: skip
def test_dropped(dest: str, reason: str) -> None:
    assert trim.drop_reason(dest) == reason


def test_switched_off_steps_keep_their_files() -> None:
    vnc = f"{LINUX_QT}/platforms/libqvnc.so"
    assert trim.drop_reason(vnc, steps={"qt-translations"}) is None
    assert trim.drop_reason("PySide6/Qt/translations/qt_de.qm", steps={"qt-plugins"}) is None


def test_orphans_are_pruned_and_dependencies_kept(tmp_path: Path) -> None:
    def lib(name: str) -> str:
        path = tmp_path / name
        path.write_bytes(b"x" * 10)
        return str(path)

    toc = [
        ("PySide6/QtGui.abi3.so", lib("QtGui.abi3.so"), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", lib("libQt6Gui.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", lib("libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", lib("libQt6Network.so.6"), "BINARY"),
        ("libatk-1.0.so.0", lib("libatk-1.0.so.0"), "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", lib("libqxcb.so"), "BINARY"),
        ("libQt6XcbQpa.so.6", lib("libQt6XcbQpa.so.6"), "BINARY"),
        ("libpython3.11.so.1.0", lib("libpython3.11.so.1.0"), "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    links = {
        "QtGui.abi3.so": ["libQt6Gui.so.6", "libQt6Core.so.6"],
        "libqxcb.so": ["libQt6XcbQpa.so.6"],
    }

    def imports_of(src: str) -> list[str]:
        return [str(tmp_path / name) for name in links.get(Path(src).name, [])]

    log: dict[str, list[tuple[str, int]]] = defaultdict(list)
    kept = {dest for dest, _, _ in trim.prune_orphans(toc, imports_of, log)}
    assert kept == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
        "libQt6Gui.so.6",
    }
    assert {dest for dest, _ in log["orphan-libraries"]} == {
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libatk-1.0.so.0",
        "libQt6Network.so.6",
    }
    assert "orphan-libraries" in trim.report(log)


@pytest.mark.parametrize(
    ("dest", "typecode", "root"),
    [
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", "EXTENSION", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "BINARY", True),
        ("libpython3.11.so.1.0", "BINARY", True),
        ("imageio_ffmpeg/binaries/ffmpeg-linux-x86_64-v7.0.2", "BINARY", True),  # a program
        ("PySide6/Qt/lib/libQt6Core.so.6", "BINARY", False),
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", "BINARY", False),
        ("PySide6/Qt6Core.dll", "BINARY", False),
    ],
)
def test_roots_of_the_dependency_walk(dest: str, typecode: str, root: bool) -> None:
    assert trim.is_root(dest, typecode) is root


def test_strip_steps_tell_the_runtime_from_wheels(tmp_path: Path) -> None:
    site = tmp_path / "venv" / "site-packages"
    (site / "PIL").mkdir(parents=True)
    wheel_module = site / "PIL" / "_imaging.cpython-311-x86_64-linux-gnu.so"
    runtime = tmp_path / "python" / "libpython3.11.so.1.0"
    runtime.parent.mkdir()
    for path in (wheel_module, runtime):
        path.write_bytes(b"")
    assert trim.strip_step(str(runtime), "BINARY", [str(site)]) == "strip"
    assert trim.strip_step(str(wheel_module), "EXTENSION", [str(site)]) == "strip-wheels"
    assert trim.strip_step(str(runtime), "DATA", [str(site)]) is None


X86_64_IDENT = b"\x7fELF\x02\x01\x01" + bytes(9) + struct.pack("<HH", 3, 62)
PHDR_1 = 64 + 56  # the second program header of icu_slim's libraries: the .dynamic page


def with_field(elf: bytes, at: int, change: int) -> bytes:
    """``elf`` with the 8-byte field at offset ``at`` changed by ``change``."""
    out = bytearray(elf)
    struct.pack_into("<Q", out, at, struct.unpack_from("<Q", out, at)[0] + change)
    return bytes(out)


def test_a_stripped_copy_must_load_like_the_original() -> None:
    payload = b"\7" * 5000
    library = icu_slim.shared_object("libx.so.1", "x_data", payload, X86_64_IDENT)
    parsed = strip_check.parse(library)
    assert parsed is not None
    segments, sections = parsed
    assert [s.kind for s in segments].count(1) == 2
    assert len(sections) == 5  # .hash .dynsym .dynstr .rodata .dynamic
    assert strip_check.same_when_loaded(library, library)
    # A segment that grows in memory, or moves: refused.
    assert not strip_check.same_when_loaded(library, with_field(library, PHDR_1 + 40, 8))
    assert not strip_check.same_when_loaded(library, with_field(library, PHDR_1 + 16, 4096))
    # Its file offset no longer matches its address modulo the page size: unloadable.
    moved = with_field(library, PHDR_1 + 8, 8)
    assert strip_check.parse(moved) is None
    assert not strip_check.same_when_loaded(library, moved)
    # Loaded bytes that differ (here the exported data): refused.
    changed = library.replace(payload, b"\1" + payload[1:])
    assert not strip_check.same_when_loaded(library, changed)
    assert strip_check.parse(library[:100]) is None  # program headers cut off
    assert strip_check.parse(b"MZ" + bytes(200)) is None  # not ELF


def test_a_segment_may_lose_padding_past_its_last_section() -> None:
    # What strip does to the segment patchelf adds (seen on Pillow's _imaging): the
    # .dynamic segment here holds 112 bytes of .dynamic; trimming it to that is fine.
    library = icu_slim.shared_object("libx.so.1", "x_data", bytes(64), X86_64_IDENT)
    padded = with_field(with_field(library, PHDR_1 + 32, 16), PHDR_1 + 40, 16)
    assert strip_check.same_when_loaded(padded, library)
    assert not strip_check.same_when_loaded(library, padded)  # growing is not


@linux_x86_64
def test_strip_keeps_a_real_extension_module_loadable(tmp_path: Path) -> None:
    import _struct

    strip = shutil.which("strip")
    source = getattr(_struct, "__file__", None)
    if strip is None or source is None:
        pytest.skip("needs binutils' strip and _struct as a shared module")
    stripped = tmp_path / Path(source).name
    subprocess.run([strip, "--strip-unneeded", "-o", str(stripped), source], check=True)
    assert strip_check.same_when_loaded(Path(source).read_bytes(), stripped.read_bytes())
    ctypes.CDLL(str(stripped))


def test_dangling_symlinks_are_dropped() -> None:
    toc = [("a.so", "sub/a.so", "SYMLINK"), ("b.so", "sub/b.so", "SYMLINK"), ("x", "/x", "DATA")]
    assert trim.drop_dangling_symlinks(toc, {"sub/a.so", "x"}) == [toc[0], toc[2]]


# --- ICU slimming -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/coll/ja.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/root.res", True),
        ("icudt73l/ja.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/zone/ja.res", False),
        ("icudt73l/curr/de.res", False),
        ("icudt73l/ibm-943_P15A-2003.cnv", False),
    ],
)
def test_icu_items_kept(name: str, kept: bool) -> None:
    assert icu_slim.keep_item(name) is kept


def fake_archive(items: dict[str, bytes]) -> bytes:
    """An ICU common data archive in the layout ICU's tools write."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    header += bytes(32 - len(header))
    return icu_slim.join_archive(header, sorted(items.items()))


def test_icu_archive_round_trip_and_filter() -> None:
    items = {
        "icudt73l/root.res": b"root" * 5,
        "icudt73l/coll/ja.res": b"collation",
        "icudt73l/zone/en.res": b"zones",
        "icudt73l/gb18030.cnv": b"codec",
    }
    header, parsed = icu_slim.split_archive(fake_archive(items))
    assert [name for name, _ in parsed] == sorted(items, key=str.encode)
    for name, data in parsed:  # each item comes back, padded to 16 bytes
        assert data[: len(items[name])] == items[name]
        assert not data[len(items[name]) :].strip(b"\0")
    kept = [item for item in parsed if icu_slim.keep_item(item[0])]
    again = icu_slim.split_archive(icu_slim.join_archive(header, kept))[1]
    assert [name for name, _ in again] == ["icudt73l/coll/ja.res", "icudt73l/root.res"]


def test_not_an_icu_archive() -> None:
    with pytest.raises(ValueError, match="not an ICU common data archive"):
        icu_slim.split_archive(bytes(64))


@linux_x86_64
def test_written_library_loads_and_exports_the_data(tmp_path: Path) -> None:
    # Identity bytes of an x86-64 ELF: class 64, little-endian, version 1, machine 62.
    ident = b"\x7fELF\x02\x01\x01" + bytes(9) + struct.pack("<HH", 3, 62)
    payload = bytes(range(256)) * 40
    path = tmp_path / "libicudata.so.99"
    path.write_bytes(icu_slim.shared_object(path.name, "icudt99_dat", payload, ident))
    library = ctypes.CDLL(str(path))
    data = (ctypes.c_char * len(payload)).in_dll(library, "icudt99_dat")
    assert bytes(data) == payload
    assert icu_slim.read_symbol(path, b"icudt")[:2] == ("icudt99_dat", payload)
    if shutil.which("readelf"):
        out = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True)
        assert "Library soname: [libicudata.so.99]" in out.stdout


def test_slim_library_rejects_other_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not an ICU data library"):
        icu_slim.slim_library(tmp_path / "libQt6Core.so.6", tmp_path / "out.so")


# --- desktop integration and icons -------------------------------------------------------


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "convstudio"
    assert entry["Exec"].split()[0] == "convstudio"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].rstrip(";").split(";")
    assert "Education" in categories
    icon = entry["Icon"]
    assert "/" not in icon and not icon.endswith((".png", ".svg")), "Icon is a theme name"
    assert (RESOURCES / "icons" / f"{icon}.svg").is_file()
    for size in ICON_SIZES:
        assert (RESOURCES / "icons" / f"{icon}-{size}.png").is_file()


def test_desktop_file_is_valid() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    out = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_declared_size(size: int) -> None:
    with Image.open(RESOURCES / "icons" / f"convstudio-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] < 64, "the corners are (mostly) transparent: rounded"
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_icon_svg_and_ico() -> None:
    svg = ET.parse(RESOURCES / "icons" / "convstudio.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    with Image.open(RESOURCES / "icons" / "convstudio.ico") as ico:
        assert set(ico.info["sizes"]) == {(n, n) for n in ICON_SIZES}


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script")
def test_install_desktop_script(tmp_path: Path) -> None:
    # A bundle folder whose path needs quoting in Exec, as build.py lays it out.
    app = tmp_path / "my apps $HOME" / "convstudio"
    (app / "share" / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP, app / "share" / "applications")
    for size in ICON_SIZES:
        folder = app / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(RESOURCES / "icons" / f"convstudio-{size}.png", folder / "convstudio.png")
    scalable = app / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / "convstudio.svg", scalable)
    shutil.copy2(PACKAGING / "install-desktop.sh", app)
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run(
        ["sh", str(app / "install-desktop.sh")], check=True, env=env, capture_output=True
    )
    installed = data / "applications" / "convstudio.desktop"
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{tmp_path}/my apps \\\\$HOME/convstudio/convstudio" %f'
    assert entry["TryExec"] == f"{app}/convstudio"
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "convstudio.png").is_file()
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert out.returncode == 0, out.stdout
    subprocess.run(
        ["sh", str(app / "install-desktop.sh"), "--uninstall"],
        check=True,
        env=env,
        capture_output=True,
    )
    assert not installed.exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "convstudio.png").exists()


def build_script():
    # Loaded under its own name: "build" is also PyPA's build frontend.
    spec = importlib.util.spec_from_file_location("convstudio_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_build_script_reads_the_package_version() -> None:
    assert build_script().version() == convstudio.__version__


def test_numpy_without_blas_is_built_once_or_skipped(tmp_path: Path, monkeypatch, capsys) -> None:
    build = build_script()
    monkeypatch.setattr(build, "NUMPY_BUILD", tmp_path)
    monkeypatch.setattr(build.shutil, "which", lambda tool: None)
    assert build.numpy_without_blas() is None  # no compiler: the installed numpy, with a warning
    assert "OpenBLAS (+28 MB)" in capsys.readouterr().err

    monkeypatch.setattr(build.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    builds = []
    monkeypatch.setattr(build, "_build_numpy", lambda *args: builds.append(args))
    monkeypatch.setattr(build, "_check_numpy", lambda site: None)
    site = build.numpy_without_blas()
    assert site is not None and site.parent.parent == tmp_path and len(builds) == 1
    assert build.numpy_without_blas() == site and len(builds) == 1  # reused, not rebuilt

    monkeypatch.setattr(build, "NUMPY_BUILD", tmp_path / "other")
    monkeypatch.setattr(build, "_check_numpy", lambda site: "no good")
    assert build.numpy_without_blas() is None
    assert "no good" in capsys.readouterr().err


def test_frozen_app_offers_gif_not_pip_for_mp4(monkeypatch) -> None:
    from convstudio.export_writers import video_hint

    assert 'pip install "convstudio[video]"' in video_hint()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    hint = video_hint()
    assert "standalone" in hint and "GIF" in hint


# --- the real build ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CONVSTUDIO_BUILD_TESTS") != "1",
    reason="builds the frozen app (~2 min, more the first time); set CONVSTUDIO_BUILD_TESTS=1",
)
def test_frozen_build_runs() -> None:
    subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--format", "gz"], check=True, cwd=ROOT
    )
    app = ROOT / "dist" / "convstudio"
    exe = app / ("convstudio.exe" if os.name == "nt" else "convstudio")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"convstudio {convstudio.__version__}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVSTUDIO_STARTUP_PROBE="1")
    out = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=60)
    assert "convstudio: first paint" in out.stdout, out.stderr
    out = subprocess.run([exe, "--list-presets"], capture_output=True, text=True, check=True)
    assert "valid-4x4" in out.stdout
    # GIF export works; MP4 is left out, and the message says so instead of naming pip alone.
    gif = ROOT / "build" / "frozen-test.gif"
    animate = [exe, "animate", "--preset", "1", "-o"]
    subprocess.run([*animate, gif], capture_output=True, env=env, check=True, timeout=120)
    assert gif.read_bytes()[:4] == b"GIF8"
    out = subprocess.run([*animate, gif.with_suffix(".mp4")], capture_output=True, text=True)
    assert out.returncode != 0 and "standalone" in out.stderr, out.stderr
    internal = app / "_internal"
    resources = internal / "convstudio" / "resources"
    for folder in ("presets", "images", "icons"):
        assert any((resources / folder).iterdir()), folder
    assert not (internal / "imageio_ffmpeg").exists()
    assert not list(internal.rglob("libqvnc*"))
    assert not list(internal.rglob("_tkinter*"))
    if sys.platform.startswith("linux"):  # numpy rebuilt without BLAS (build.py)
        assert not list(internal.rglob("libscipy_openblas*"))
    size = sum(p.lstat().st_size for p in app.rglob("*"))
    assert size < 120e6, f"the app folder grew to {size / 1e6:.0f} MB"
