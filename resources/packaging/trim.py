"""What the frozen convstudio leaves out: the rules behind convstudio.spec's trimming.

Kept separate from the spec so the rules can be read in one place and unit-tested
without running PyInstaller (tests/test_packaging.py). Paths are bundle destinations
such as ``PySide6/Qt/plugins/platforms/libqxcb.so`` (Linux) or
``PySide6/plugins/platforms/qwindows.dll`` (Windows), always with forward slashes.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

# Python packages and modules never imported by convstudio at run time, by reason. Each
# one is either an optional import that pyqtgraph, Pillow or numpy guard with
# try/except, or a development tool that happens to be installed in the build venv.
EXCLUDED_MODULES: dict[str, tuple[str, ...]] = {
    # MP4 export: imageio-ffmpeg bundles a 165 MB ffmpeg. The frozen app exports GIF and
    # PNG; for MP4 it shows the "install the video extra" hint like a plain install.
    "video": ("imageio", "imageio_ffmpeg", "tifffile"),
    # Big optional dependencies pyqtgraph and imageio try to import.
    "optional-deps": (
        "matplotlib", "scipy", "pandas", "h5py", "numba", "cupy", "torch", "IPython",
        "jupyter_rfb", "OpenGL", "PyQt5", "PyQt6", "PySide2",
    ),
    # Qt modules nothing imports at run time (pyqtgraph.Qt treats QtSvg/QtTest as optional;
    # libQt6Svg itself stays for the SVG image and icon plugins).
    "qt-modules": (
        "PySide6.QtNetwork", "PySide6.QtTest", "PySide6.QtSvg", "PySide6.QtDBus",
        "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtMultimedia", "PySide6.QtPdf",
        "PySide6.QtWebEngineCore", "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtPrintSupport",
    ),
    # pyqtgraph imports QtOpenGL but uses it only for OpenGL drawing, never switched on
    # here; rthooks/no_qtopengl.py stands in for it (this group also adds that hook).
    "qtopengl-stub": ("PySide6.QtOpenGL",),
    # pyqtgraph subpackages convstudio does not use (3-D, notebooks, demos, node editor).
    "pyqtgraph-extras": (
        "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.flowchart",
        "pyqtgraph.canvas", "pyqtgraph.console", "pyqtgraph.dockarea",
    ),
    # numpy: its tests, build helpers and the f2py compiler front end; its C test
    # modules (numpy's PyInstaller hook adds _multiarray_tests, which only numpy's own
    # test suite imports; _simd, 1.5 MB, comes with a numpy built from source).
    "numpy-tests": (
        "numpy.tests", "numpy._core.tests", "numpy.lib.tests", "numpy.linalg.tests",
        "numpy.f2py", "numpy.distutils", "numpy._pyinstaller", "numpy.testing._private.extbuild",
        "numpy._core._multiarray_tests", "numpy._core._simd",
    ),
    # Pillow: the Tk bridge, the AVIF and WebP codecs (libavif is 4.7 MB, libwebp and
    # friends 0.9 MB; their plugins import them under try/except and report the format
    # unsupported) and colour management. image_io opens only PNG and JPEG
    # (Image.open(formats=...)) and export writes GIF; both are in Pillow's core.
    "pillow-extras": (
        "PIL.ImageTk", "PIL._imagingtk", "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp",
        "PIL.ImageCms", "PIL._imagingcms",
    ),
    # Standard library parts for other kinds of program. hashlib and hmac fall back to
    # CPython's built-in hashes without _hashlib (and so without OpenSSL's libcrypto).
    "stdlib": (
        "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3",
        "unittest", "doctest", "xmlrpc", "http.server", "ssl", "_ssl", "_hashlib", "readline",
        "curses", "_curses", "sqlite3", "_sqlite3", "dbm", "ensurepip", "venv",
    ),
    # Build and test tools present in the build venv.
    "build-tools": (
        "setuptools", "pkg_resources", "_distutils_hack", "distutils", "pip", "pytest",
        "_pytest", "pytestqt", "hypothesis", "ruff",
    ),
}  # fmt: skip

# Files of a wheel that are never read at run time, by rule.
EXCLUDED_DATA_GLOBS: dict[str, tuple[str, ...]] = {
    # Headers, type stubs, Qt tools' metadata.
    "headers-stubs": ("*.pyi", "*.h", "*.hpp", "*/include/*", "*/typesystems/*", "*/glue/*"),
    # pyqtgraph's logo (0.9 MB of PNGs): only pg.mkQApp() sets it as the window icon;
    # convstudio makes its own QApplication with its own icon.
    "pyqtgraph-logo": ("pyqtgraph/icons/peegee/*",),
}

# Trimming steps that CONVSTUDIO_TRIM_OFF (comma-separated) can switch off, to measure
# what each one saves: the module groups and data rules above plus these. "openblas" is
# build.py's: bundle numpy rebuilt without BLAS/LAPACK instead of the installed one.
STEPS = (
    *EXCLUDED_MODULES,
    *EXCLUDED_DATA_GLOBS,
    "qt-plugins",
    "qt-translations",
    "orphans",
    "icu",
    "strip",
    "strip-wheels",
    "openblas",
)


def enabled_steps(environ: dict[str, str] | None = None) -> set[str]:
    """The trimming steps to run: all but those named in CONVSTUDIO_TRIM_OFF."""
    env = os.environ if environ is None else environ
    off = {step.strip() for step in env.get("CONVSTUDIO_TRIM_OFF", "").split(",") if step.strip()}
    unknown = off - set(STEPS)
    if unknown:
        raise SystemExit(f"CONVSTUDIO_TRIM_OFF: unknown steps {sorted(unknown)}; known: {STEPS}")
    return set(STEPS) - off


def excluded_modules(steps: set[str]) -> list[str]:
    """The module names to exclude for the enabled steps."""
    return [name for group, names in EXCLUDED_MODULES.items() if group in steps for name in names]


# Qt plugins kept, by plugin folder; every other folder (eglfs, evdev input, network,
# TLS, VNC, ...) is left out. Names are file stems without "lib" and the extension.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb: X11 desktops and XWayland; offscreen: the headless self-test and renders;
    # windows/cocoa: the same spec on other systems. No native Wayland plugin: on a
    # Wayland session Qt falls back to xcb through XWayland, which every desktop ships.
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"}),
    "xcbglintegrations": None,  # None: the whole folder (GLX/EGL glue for xcb, tiny)
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # portal file dialogs; not GTK 3
    "platforminputcontexts": None,  # compose keys and IBus (Japanese/Chinese input)
    "imageformats": frozenset({"qgif", "qico", "qjpeg", "qsvg"}),  # PNG is built into Qt
    "iconengines": frozenset({"qsvgicon"}),  # SVG icons of the desktop theme
    "styles": None,  # Windows/macOS native styles; none on Linux
}

# Languages convstudio ships; Qt's own translations for the others are left out, and
# of Qt's catalogs only those a widgets app loads (not Designer's, Assistant's, QML's).
LANGUAGES = ("en", "ja", "zh_CN")
QT_CATALOGS = ("qt", "qtbase")


def _plugin_rule(dest: str) -> str | None:
    parts = dest.split("/")
    if "plugins" not in parts[:-1] or not parts[0].startswith("PySide6"):
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    if index + 2 >= len(parts):
        return "qt-plugin-other"
    folder, filename = parts[index + 1], parts[-1]
    if folder not in KEPT_PLUGINS:
        return f"qt-plugins/{folder}"
    kept = KEPT_PLUGINS[folder]
    stem = filename.split(".")[0].removeprefix("lib")
    if kept is not None and stem not in kept:
        return f"qt-plugins/{folder}"
    return None


def _translation_rule(dest: str) -> str | None:
    parts = dest.split("/")
    if not (parts[0] == "PySide6" and "translations" in parts and dest.endswith(".qm")):
        return None
    stem = parts[-1][: -len(".qm")]
    if any(stem == f"{catalog}_{lang}" for catalog in QT_CATALOGS for lang in LANGUAGES):
        return None
    return "qt-translations"


def drop_reason(dest: str, steps: Iterable[str] = STEPS) -> str | None:
    """Why the file at bundle path ``dest`` is left out, or None when it is kept."""
    dest = dest.replace(os.sep, "/")
    for rule, patterns in EXCLUDED_DATA_GLOBS.items():
        if rule in steps and any(fnmatch.fnmatch(dest, pattern) for pattern in patterns):
            return rule
    plugin = _plugin_rule(dest) if "qt-plugins" in steps else None
    return plugin or (_translation_rule(dest) if "qt-translations" in steps else None)


_SHARED_LIBRARY = re.compile(r"\.(so(\.[\d.]+)?|dll|pyd|dylib)$", re.IGNORECASE)


def is_root(dest: str, typecode: str) -> bool:
    """Whether a binary is loaded by name, not only as another library's dependency.

    Python extension modules, Qt plugins and the Python library itself are opened
    with dlopen by the interpreter, Qt or the bootloader, and anything that is not a
    shared library (a helper program such as ffmpeg) is started by name; everything
    else stays only if one of these needs it.
    """
    dest = dest.replace(os.sep, "/")
    name = dest.rsplit("/", 1)[-1]
    return (
        typecode == "EXTENSION"
        or "/plugins/" in dest
        or name.lower().startswith(("libpython", "python3"))
        or not _SHARED_LIBRARY.search(name)
    )


def needed_binaries(
    binaries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """Destinations of the binaries reachable from the roots through their imports.

    ``imports_of(src)`` gives the resolved paths of the libraries ``src`` links
    against (PyInstaller's ``bindepend.get_imports``; on Linux this is ldd's full,
    transitive list). Binaries are matched by source path and by file name, so a
    library found through a symlink or in another wheel's ``.libs`` still counts.
    """
    entries = [entry for entry in binaries if entry[2] != "SYMLINK"]
    by_src: dict[str, str] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    for dest, src, _ in entries:
        if src:
            by_src[os.path.realpath(src)] = dest
        by_name[dest.replace(os.sep, "/").rsplit("/", 1)[-1]].append(dest)
    needed = {dest for dest, _, code in entries if is_root(dest, code)}
    todo = [src for dest, src, _ in entries if dest in needed and src]
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        for lib in imports_of(src):
            targets = []
            if lib and os.path.realpath(lib) in by_src:
                targets.append(by_src[os.path.realpath(lib)])
            targets += by_name.get(os.path.basename(lib or ""), [])
            for dest in targets:
                if dest not in needed:
                    needed.add(dest)
                    todo.extend(s for d, s, _ in entries if d == dest and s)
    return needed


def trim(
    toc: Iterable[tuple[str, str, str]],
    log: dict[str, list[tuple[str, int]]],
    steps: Iterable[str] = STEPS,
) -> list[tuple[str, str, str]]:
    """The TOC without the entries ``drop_reason`` rejects; ``log`` collects them by reason."""
    steps = set(steps)
    kept = []
    for entry in toc:
        reason = drop_reason(entry[0], steps)
        if reason is None:
            kept.append(entry)
        else:
            log[reason].append((entry[0], _size(entry[1])))
    return kept


def prune_orphans(
    binaries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
    log: dict[str, list[tuple[str, int]]],
) -> list[tuple[str, str, str]]:
    """Drop shared libraries that only the left-out plugins and modules needed."""
    entries = list(binaries)
    needed = needed_binaries(entries, imports_of)
    kept = []
    for entry in entries:
        # Symlinks (PyInstaller 6 links libraries in subfolders to the top) follow
        # their target.
        if (entry[1] if entry[2] == "SYMLINK" else entry[0]) in needed:
            kept.append(entry)
        else:
            log["orphan-libraries"].append((entry[0], _size(entry[1])))
    return kept


def strip_step(src: str, typecode: str, wheel_dirs: Iterable[str]) -> str | None:
    """The step that strips a binary's symbols: "strip-wheels" or "strip"; None for data.

    "strip" is the Python runtime (libpython and the standard library's extension
    modules: plain linker output that on a self-built Python carries ~20 MB of
    symbols) and the system libraries PyInstaller copies. "strip-wheels" is everything
    under ``wheel_dirs`` (site-packages, the numpy build.py made): Pillow's modules
    still carry 2.7 MB of debug information, PySide6's ICU 1.4 MB of symbols. Those
    files were rewritten by auditwheel/patchelf, and ``strip`` can turn such a file into
    one the loader rejects, so each stripped copy is checked (strip_check.py).
    """
    if typecode not in ("BINARY", "EXTENSION") or not src:
        return None
    real = os.path.realpath(src)
    in_wheel = any(real.startswith(os.path.realpath(d) + os.sep) for d in wheel_dirs)
    return "strip-wheels" if in_wheel else "strip"


def drop_dangling_symlinks(
    toc: Iterable[tuple[str, str, str]], present: set[str]
) -> list[tuple[str, str, str]]:
    """The TOC without symlinks to files no longer bundled (PyInstaller files some under datas)."""
    return [entry for entry in toc if entry[2] != "SYMLINK" or entry[1] in present]


def report(log: dict[str, list[tuple[str, int]]]) -> str:
    """One line per rule: how many files it dropped and their size before compression."""
    lines = ["convstudio trim: left out of the bundle"]
    for reason, files in sorted(log.items()):
        size = sum(n for _, n in files)
        lines.append(f"  {reason:<34} {len(files):4d} files {size / 1e6:8.2f} MB")
    return "\n".join(lines)


def _size(src: str) -> int:
    try:
        return os.path.getsize(src)
    except (OSError, TypeError):
        return 0
