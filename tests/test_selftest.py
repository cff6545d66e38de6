"""``convstudio --self-test`` run as CI runs it: in a subprocess, off-screen.

The failure cases swap the preset folder for a broken copy (or break a view) before
``main`` runs, as a damaged bundle would, and expect exit 1 with the reason on stderr
— and no hang, even when the app opens a warning box.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from convstudio import selftest
from convstudio.core.presets import resource_dir

RUN = "from convstudio.selftest import main; raise SystemExit(main())"


def run_selftest(
    tmp_path: Path, prelude: str = "", timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run the self-test in a fresh interpreter with a private home and no display."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must pick off-screen by itself
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    code = textwrap.dedent(prelude) + "\n" + RUN
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=env,
        cwd=tmp_path,
    )


def test_selftest_passes_and_reports_each_check(tmp_path: Path) -> None:
    result = run_selftest(tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    n, stated = preset_counts()
    assert re.search(rf"^ok presets: {n} loaded, shapes match \({stated} stated\)", out, re.M), out
    for name in ("window", "walk", "export"):
        assert re.search(rf"^ok {name}: ", out, re.M), out
    assert "640×360 PNG" in out
    took = float(re.search(r"self-test passed in ([\d.]+) s", out)[1])
    print(f"\nself-test took {took:.1f} s\n{out}")
    # Nothing of the user's touched: no settings, no data folder.
    assert not (tmp_path / "config").exists() and not (tmp_path / "data").exists()


def preset_counts() -> tuple[int, int]:
    """(presets, presets whose shapes the self-test checks: those without a "mode" tab)."""
    files = [p for p in resource_dir("presets").iterdir() if p.name.endswith(".json")]
    return len(files), sum("mode" not in json.loads(p.read_bytes()) for p in files)


def broken_presets(tmp_path: Path, edit) -> Path:
    """A copy of the preset folder with one file changed by ``edit(path)``."""
    folder = tmp_path / "resources" / "presets"
    folder.mkdir(parents=True)
    for entry in resource_dir("presets").iterdir():
        if entry.name.endswith(".json"):
            (folder / entry.name).write_bytes(entry.read_bytes())
    edit(folder / "02-same-4x4.json")
    return folder.parent


def use_resources(root: Path) -> str:
    return f"""
        from pathlib import Path
        import convstudio.core.presets as presets
        presets.resource_dir = lambda *parts: Path({str(root)!r}).joinpath(*parts)
    """


def wrong_expect(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["expect"]["output"] = [5, 5]
    path.write_text(json.dumps(data), encoding="utf-8")


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def test_a_preset_whose_shapes_differ_fails(tmp_path: Path) -> None:
    result = run_selftest(tmp_path, use_resources(broken_presets(tmp_path, wrong_expect)))
    assert result.returncode == 1
    assert (
        f"FAIL presets: 1 of {preset_counts()[0]} failed: preset 2 'same-4x4': the file "
        "states output 5×5, the window shows 4×4" in (result.stderr)
    )
    assert "self-test FAILED: 1 check(s)" in result.stderr
    assert "ok walk" in result.stdout and "ok export" in result.stdout  # the rest still ran


def test_a_damaged_preset_fails_without_hanging_on_the_warning_box(tmp_path: Path) -> None:
    result = run_selftest(tmp_path, use_resources(broken_presets(tmp_path, truncated)))
    assert result.returncode == 1
    assert "preset 2 'same-4x4': a dialog opened: Could not load" in result.stderr
    assert "not valid JSON" in result.stderr


def test_an_exception_in_a_slot_fails(tmp_path: Path) -> None:
    prelude = """
        import itertools
        from convstudio.main_window import MainWindow
        from convstudio.views.grid_view import GridView
        calls, set_window = itertools.count(), GridView.set_window
        init, built = MainWindow.__init__, []
        def build(self, *args):  # mode tabs move their windows while the window is built
            init(self, *args)
            built.append(True)
        def broken(self, *args):  # fine while the window is built, then raises in a slot
            if built and next(calls) > 2:
                raise RuntimeError("overlay broke")
            set_window(self, *args)
        MainWindow.__init__ = build
        GridView.set_window = broken
    """
    result = run_selftest(tmp_path, prelude)
    assert result.returncode == 1
    assert "uncaught exception(s), the first: RuntimeError: overlay broke" in result.stderr
    assert "ok window" in result.stdout
    assert "Traceback" in result.stderr  # the details, for the CI log


def test_missing_presets_fail(tmp_path: Path) -> None:
    empty = tmp_path / "resources"
    (empty / "presets").mkdir(parents=True)
    result = run_selftest(tmp_path, use_resources(empty))
    assert result.returncode == 1
    assert "FAIL presets: no presets found in" in result.stderr


def test_arguments_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert selftest.main(["--nonsense"]) == 2
    assert "takes no arguments" in capsys.readouterr().err


def test_png_header_check(tmp_path: Path) -> None:
    shutil.copyfile(resource_dir("icons", "convstudio-48.png"), tmp_path / "icon.png")
    assert selftest._check_png(tmp_path / "icon.png") == (48, 48)
    (tmp_path / "bad.png").write_bytes(b"GIF89a" + bytes(40))
    with pytest.raises(selftest.SelfTestFailure, match="not a PNG"):
        selftest._check_png(tmp_path / "bad.png")
