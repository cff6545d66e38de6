"""Build the frozen convstudio: a one-folder app in dist/convstudio and an archive of it.

    python resources/packaging/build.py [--format xz|gz|zip] [--clean] [--no-smoke]

Run it with the Python whose packages should be bundled (the project's venv, with
``pip install -e ".[build]"`` done); it installs nothing there. Steps: on Linux, numpy
rebuilt from source without BLAS into build/ (once per numpy version, ~6 minutes; see
numpy_without_blas), PyInstaller on convstudio.spec (work files in build/, the app in
dist/convstudio), the Linux desktop files into the app folder, a smoke test of the
result (``--version`` and a window painted off-screen), then
dist/convstudio-VERSION-PLATFORM.tar.xz (or .tar.gz/.zip).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parents[1]
RESOURCES = ROOT / "resources"
DIST = ROOT / "dist"
APP = DIST / "convstudio"
NUMPY_BUILD = ROOT / "build" / "numpy-noblas"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
# meson options of numpy's source build: no BLAS or LAPACK library at all; numpy then
# uses its own matrix-product loops and the LAPACK subset it carries (lapack_lite).
NUMPY_NOBLAS = ("-Dallow-noblas=true", "-Dblas=none", "-Dlapack=none")

sys.path.insert(0, str(PACKAGING))
import trim  # noqa: E402


def version() -> str:
    """convstudio's version, read from the source so nothing has to be imported."""
    text = (ROOT / "convstudio" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("build: no __version__ in convstudio/__init__.py")
    return match[1]


def numpy_without_blas() -> Path | None:
    """The installed numpy's version rebuilt from source without BLAS, unpacked in build/.

    numpy's wheels carry OpenBLAS and its Fortran runtime: 28 MB, a fifth of the app.
    convstudio's only BLAS call is the matrix product of a multi-channel convolution,
    which numpy's own loops do too (slower on big inputs: a 3×512×512 image through 16
    filters takes 0.34 s instead of 0.06 s; a lecture-sized grid stays under 5 ms).
    Built once per numpy version and Python (~6 minutes on 2 cores; needs a C/C++
    compiler and PyPI) and reused. Returns the folder to put first on PyInstaller's
    PYTHONPATH, or None, with a warning, when it cannot be built here: then the
    installed numpy is bundled, OpenBLAS and all.
    """
    version = importlib.metadata.version("numpy")
    tag = f"{sys.implementation.cache_tag}-{sysconfig.get_platform()}"
    home = NUMPY_BUILD / f"numpy-{version}-{tag}"
    site, verified = home / "site", home / "verified"
    if verified.is_file():
        return site
    missing = [tool for tool in ("cc", "c++") if shutil.which(tool) is None]
    if not (Path(sysconfig.get_path("include")) / "Python.h").is_file():
        missing.append("Python.h (python3-dev)")
    if missing:
        return _numpy_fallback(f"no C/C++ compiler or headers ({', '.join(missing)} not found)")
    print(f"build: building numpy {version} without BLAS (once; ~6 minutes)", flush=True)
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    problem = _build_numpy(version, home, site) or _check_numpy(site)
    if problem:
        return _numpy_fallback(problem)
    verified.write_text(f"numpy {version} without BLAS\n")
    return site


def _build_numpy(version: str, home: Path, site: Path) -> str | None:
    """pip-build numpy ``version`` without BLAS and install it into ``site``; None or why not."""
    log = home / "pip.log"
    # No pip cache: pip keys a wheel built from source by its URL alone, not by the
    # options it was built with, so this wheel would come back for any later source build.
    pip = [sys.executable, "-m", "pip", "--no-cache-dir", "--disable-pip-version-check"]
    wheel = [*pip, "wheel", f"numpy=={version}", "--no-binary", "numpy", "--no-deps"]
    wheel += ["--wheel-dir", str(home / "wheel")]
    wheel += [f"--config-settings=setup-args={option}" for option in NUMPY_NOBLAS]
    with log.open("w") as out:
        if subprocess.run(wheel, stdout=out, stderr=subprocess.STDOUT).returncode != 0:
            return f"its source build failed (see {log})"
        built = [str(path) for path in (home / "wheel").glob("numpy-*.whl")]
        install = [*pip, "install", "--no-deps", "--target", str(site), *built]
        if subprocess.run(install, stdout=out, stderr=subprocess.STDOUT).returncode != 0:
            return f"installing the wheel into {site} failed (see {log})"
    return None


def _check_numpy(site: Path) -> str | None:
    """None when the numpy in ``site`` imports from there, has no BLAS and multiplies right."""
    check = (
        "import numpy as np; a = np.arange(6.0).reshape(2, 3); "
        "print(np.__file__, np.show_config(mode='dicts')['Build Dependencies']['blas']['name'], "
        "(a @ a.T).tolist() == [[5.0, 14.0], [14.0, 50.0]])"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env)
    if out.stdout.startswith(str(site)) and out.stdout.split()[1:] == ["none", "True"]:
        return None
    return f"the built numpy failed its check:\n{out.stdout}{out.stderr}"


def _numpy_fallback(why: str) -> None:
    print(f"build: WARNING: no numpy without BLAS: {why}", file=sys.stderr)
    print("build: WARNING: bundling the installed numpy with OpenBLAS (+28 MB)", file=sys.stderr)
    return None


def run_pyinstaller(clean: bool, numpy_path: Path | None) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            'build: PyInstaller is not installed here; run  pip install -e ".[build]"'
        ) from None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(ROOT / "build")]
    cmd += ["--clean"] if clean else []
    env = dict(os.environ)
    if numpy_path is not None:  # first on the path, so the spec and PyInstaller's hooks see it
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(numpy_path), env.get("PYTHONPATH")]))
    subprocess.run([*cmd, str(PACKAGING / "convstudio.spec")], check=True, cwd=ROOT, env=env)


def add_desktop_files() -> None:
    """The .desktop file, icons and their installer, beside the executable (Linux)."""
    share = APP / "share"
    apps = share / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    shutil.copy2(RESOURCES / "linux" / "convstudio.desktop", apps)
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(RESOURCES / "icons" / f"convstudio-{size}.png", folder / "convstudio.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(RESOURCES / "icons" / "convstudio.svg", scalable)
    shutil.copy2(PACKAGING / "install-desktop.sh", APP)
    (APP / "install-desktop.sh").chmod(0o755)


def smoke_test() -> None:
    """The frozen app starts, knows its version and paints its window off-screen."""
    exe = APP / ("convstudio.exe" if sys.platform == "win32" else "convstudio")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    if out.returncode != 0 or version() not in out.stdout:
        raise SystemExit(f"build: {exe} --version failed:\n{out.stdout}{out.stderr}")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVSTUDIO_STARTUP_PROBE="1")
    out = subprocess.run([exe], capture_output=True, text=True, timeout=60, env=env)
    if out.returncode != 0 or "first paint" not in out.stdout:
        raise SystemExit(f"build: {exe} did not paint its window:\n{out.stdout}{out.stderr}")
    print(f"build: smoke test passed ({out.stdout.strip()})")


def folder_size(path: Path) -> int:
    """Bytes in a folder, counting a symlink as itself (what ``du -sb`` reports)."""
    total = path.lstat().st_size
    for root, dirs, files in os.walk(path):
        total += sum((Path(root) / name).lstat().st_size for name in dirs + files)
    return total


def make_archive(fmt: str) -> Path:
    """Pack dist/convstudio as a folder named convstudio inside the archive."""
    systems = {"linux": "linux", "win32": "windows", "darwin": "macos"}
    system = systems.get(sys.platform, sys.platform)
    stem = DIST / f"convstudio-{version()}-{system}-{platform.machine().lower()}"
    if fmt == "zip":
        return _zip(stem.with_suffix(".zip"))
    target = Path(f"{stem}.tar.{fmt}")
    xz = shutil.which("xz") if fmt == "xz" else None
    if xz:  # multi-threaded xz: a quarter of the time of Python's lzma on 2 cores
        with target.open("wb") as out:
            proc = subprocess.Popen([xz, "-6", "-T0", "-c"], stdin=subprocess.PIPE, stdout=out)
            assert proc.stdin is not None
            with tarfile.open(fileobj=proc.stdin, mode="w|") as tar:
                tar.add(APP, arcname="convstudio", filter=_normalise)
            proc.stdin.close()
            if proc.wait() != 0:
                raise SystemExit("build: xz failed")
    else:
        with tarfile.open(target, f"w:{fmt}") as tar:
            tar.add(APP, arcname="convstudio", filter=_normalise)
    return target


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The build machine's user names mean nothing on a lecturer's PC.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _zip(target: Path) -> Path:
    # Zip has no symlinks: each is stored as the file it points to (Windows has none).
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(APP.rglob("*")):
            archive.write(path, Path("convstudio") / path.relative_to(APP))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = "zip" if sys.platform == "win32" else "xz"
    parser.add_argument("--format", choices=("xz", "gz", "zip"), default=default,
                        help=f"archive format (default {default})")  # fmt: skip
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--no-smoke", action="store_true", help="skip starting the built app")
    args = parser.parse_args()
    start = time.perf_counter()
    numpy_path = None
    if "openblas" in trim.enabled_steps() and sys.platform.startswith("linux"):
        numpy_path = numpy_without_blas()
    numpy_done = time.perf_counter()
    run_pyinstaller(args.clean, numpy_path)
    if sys.platform.startswith("linux"):
        add_desktop_files()
    built = time.perf_counter()
    if not args.no_smoke:
        smoke_test()
    archive = make_archive(args.format)
    done = time.perf_counter()
    print(f"build: {APP.relative_to(ROOT)}  {folder_size(APP) / 1e6:.1f} MB")
    print(f"build: {archive.relative_to(ROOT)}  {archive.stat().st_size / 1e6:.1f} MB")
    print(
        f"build: numpy {numpy_done - start:.0f} s, PyInstaller {built - numpy_done:.0f} s, "
        f"archive {done - built:.0f} s"
    )


if __name__ == "__main__":
    main()
