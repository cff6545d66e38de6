"""The command line, run as users run it: ``python -m convstudio …`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from convstudio.cli import build_command_parser, build_parser
from convstudio.core import ConvParams
from convstudio.core.presets import preset_names
from convstudio.core.session import Session, write_session


def run(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "convstudio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=full_env,
        check=False,
    )


def assert_fails(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stdout == ""
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "lecture.json"
    session = Session(
        np.arange(42.0).reshape(6, 7),
        np.ones((3, 3)),
        ConvParams(stride=(2, 2), padding="same", dilation=(1, 2)),
    )
    write_session(session, path)
    return path


def test_help_documents_everything() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("SESSION", "--preset", "--list-presets", "--version", "info", "render"):
        assert word in result.stdout
    for word in ("animate", "--step", "--size", "--fps", "convstudio[video]"):
        assert word in result.stdout
    for command in ("info", "render", "animate"):
        sub = run(command, "--help")
        assert sub.returncode == 0 and f"convstudio {command}" in sub.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("convstudio ")


def test_list_presets_shows_names_and_shapes() -> None:
    result = run("--list-presets")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in preset_names():
        assert any(f" {name} " in line for line in lines), name
    same = next(line for line in lines if " same-4x4 " in line)
    assert "4×4 → 6×6 → 4×4" in same and "same" in same
    digit = next(line for line in lines if " digit7-valid " in line)
    assert "28×28 → 28×28 → 26×26" in digit


def test_info_on_a_preset_prints_shapes_pads_and_formulas() -> None:
    result = run("info", "--preset", "tf-same-stride2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "input     6×6" in out and "padded    7×7" in out and "output    3×3" in out
    assert "top 0, bottom 1, left 0, right 1" in out
    assert "H_out = ⌊(6 + 0 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3" in out
    assert "stride    (2, 2)" in out


def test_info_on_a_session_file(session_file: Path) -> None:
    result = run("info", str(session_file))
    assert result.returncode == 0, result.stderr
    # same, stride 2, dilation (1, 2): H pads (0, 1); W: out 4, (4−1)·2 + 5 − 7 = 4 → (2, 2)
    assert "input     6×7" in result.stdout and "output    3×4" in result.stdout
    assert "top 0, bottom 1, left 2, right 2" in result.stdout
    assert "padded    7×11" in result.stdout


def test_info_reports_unreached_cells() -> None:
    result = run("info", "--preset", "stride3-skips-edge")
    assert "never read by any window: input rows 6; input columns 6" in result.stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", ["bad.json: is not valid JSON"]),
        ('{"schema": 7}', ["newer convstudio (schema 7", "update convstudio"]),
        (
            json.dumps(
                {
                    "schema": 1,
                    "input": {"kind": "ramp", "shape": [4, 4]},
                    "kernel": {"kind": "box", "shape": [3, 3]},
                    "params": {"stride": [0, 1]},
                }
            ),
            ["'stride' must be two whole numbers from 1 to 8, found [0, 1]"],
        ),
    ],
)
def test_bad_session_fails_cleanly(tmp_path: Path, content: str, words: list[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert_fails(run("info", str(path)), "convstudio: error: ", *words)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["info", "--preset", "nope"], ["unknown preset 'nope'", "valid-4x4"]),
        (["info", "missing.json"], ["missing.json: no such file"]),
        (["info"], ["exactly one"]),
        (["info", "x.json", "--preset", "1"], ["exactly one"]),
        (["render", "--preset", "1", "-o", "x.png"], ["--step"]),
        (["render", "--preset", "1", "--step", "4", "-o", "x.png"], ["use 0 to 3"]),
        (["render", "--preset", "1", "--step", "0", "-o", "x.jpg"], ["must end in .png"]),
        (["render", "--preset", "1", "--step", "0", "-o", "x.png", "--size", "big"], ["WxH"]),
        (["animate", "--preset", "1", "-o", "walk.avi"], [".gif or .mp4"]),
        (["animate", "--preset", "1", "-o", "w.gif", "--fps", "0"], ["frame rate"]),
        (["animate", "--preset", "1", "-o", "no/such/dir/w.gif"], ["does not exist"]),
        (["--preset", "nope"], ["unknown preset 'nope'"]),
        (["--bogus"], ["unrecognized arguments: --bogus"]),
    ],
)
def test_mistakes_fail_cleanly(args: list[str], words: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "convstudio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert_fails(result, *words)


def test_headless_commands_do_not_load_qt(session_file: Path) -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from convstudio.cli import main\n"
        "import convstudio.core.history\n"
        "for args in (['--list-presets'], ['info', '--preset', '2'], ['info', sys.argv[1]]):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(args) == 0\n"
        "for args in (['--help'], ['--version']):\n"
        "    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "        main(args)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(session_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_command_arguments_parse() -> None:
    args = build_command_parser("render").parse_args(
        ["--preset", "3", "--step", "-1", "-o", "f.png", "--size", "1920x1080"]
    )
    assert (args.preset, args.step, args.output, args.size) == ("3", -1, "f.png", (1920, 1080))
    args = build_command_parser("animate").parse_args(["s.json", "-o", "w.mp4", "--fps", "2.5"])
    assert (args.session, args.fps, args.size) == ("s.json", 2.5, (1280, 720))
    args = build_parser().parse_args(["lecture.json"])
    assert args.session == "lecture.json" and args.preset is None


def test_render_writes_a_png_of_the_asked_size(tmp_path: Path, session_file: Path) -> None:
    from PIL import Image

    out = tmp_path / "frame.png"
    result = run("render", str(session_file), "--step", "-1", "-o", str(out), "--size", "640x360")
    assert result.returncode == 0, result.stderr
    assert "step 12 of 12" in result.stdout
    with Image.open(out) as image:
        assert image.size == (640, 360)


def test_animate_writes_a_gif_with_a_frame_per_step(tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "walk.gif"
    result = run("animate", "--preset", "valid-4x4", "-o", str(out), "--size", "320x200")
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (320, 200) and image.n_frames == 4


def test_window_opens_on_a_preset(tmp_path: Path) -> None:
    # The probe quits at the first paint; the settings go to tmp_path, not the user's.
    env = {
        "CONVSTUDIO_STARTUP_PROBE": "1",
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
        "APPDATA": str(tmp_path),
    }
    result = run("--preset", "dilation2", env=env)
    assert result.returncode == 0, result.stderr
    assert "first paint" in result.stdout


# --- compare mode (--compare, --shift, --pool) ------------------------------------------


def test_compare_options_are_documented() -> None:
    assert "--compare SPEC" in run("--help").stdout
    for command in ("info", "render", "animate"):
        text = run(command, "--help").stdout
        for word in ("--compare", "stride=2,padding=same", "--shift", "DY,DX", "--pool"):
            assert word in text, (command, word)


def test_info_compare_explains_both_shapes_without_qt() -> None:
    probe = (
        "import sys\n"
        "from convstudio.cli import main\n"
        "assert main(['info', '--preset', 'tf-same-stride2', '--compare', 'padding=1']) == 0\n"
        "assert main(['info', '--preset', 'shift-stride2']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "A is 3×3 because ⌊(6 + 0 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3" in out
    assert "B is 3×3 because ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3" in out
    assert "Both are 3×3, but the windows differ" in out
    assert "shift test, B: Stride 2: moving the input by (0, 1) does not move the output" in out
    assert out.strip().endswith("[]")


def test_render_compare_writes_a_png(tmp_path: Path) -> None:
    from PIL import Image

    out, plain = tmp_path / "compare.png", tmp_path / "plain.png"
    args = ["--preset", "tf-same-stride2", "--step", "-1", "--size", "640x360"]
    result = run("render", *args, "--compare", "padding=1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "step 9 of 9" in result.stdout
    assert run("render", *args, "-o", str(plain)).returncode == 0
    with Image.open(out) as image, Image.open(plain) as other:
        assert image.size == (640, 360)
        assert np.asarray(image).tolist() != np.asarray(other).tolist()
    # Lock-step length is the longer walk: same (16 steps) against stride 2 (4 steps).
    shift = tmp_path / "shift.png"
    result = run(
        "render", "--preset", "same-4x4", "--compare", "stride=2", "--shift", "0,1",
        "--step", "15", "-o", str(shift),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "step 16 of 16" in result.stdout and shift.exists()


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--compare", "strid=2"], ["unknown setting 'strid'", "stride, padding"]),
        (["--compare", "stride"], ["'stride' is not KEY=VALUE"]),
        (["--compare", "padding=9,mode=reflect"], ["setting B", "reflect padding of 9"]),
        (["--compare", "kernel=sobel"], ["kernel=sobel is unknown"]),
        (["--shift", "0,1"], ["--shift and --pool need --compare SPEC"]),
        (["--compare", "stride=2", "--shift", "0;1"], ["is not a shift; give DY,DX"]),
        (["--compare", "stride=1", "--shift", "9,0"], ["a shift of dy = 9 moves the whole"]),
        (["--compare", "stride=2", "--pool", "2"], ["2×2 max pooling needs"]),
    ],
)
def test_compare_mistakes_fail_cleanly(extra: list[str], words: list[str], tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    result = run("render", "--preset", "valid-4x4", "--step", "0", "-o", str(out), *extra)
    assert_fails(result, *words)
    assert not out.exists()


def test_render_a_mode_preset_checks_the_step_against_that_modes_walk(tmp_path: Path) -> None:
    # 2×2 max pooling of 6×6 has 9 steps; the single layer under it has a different count.
    out = tmp_path / "pool.png"
    result = run("render", "--preset", "maxpool-2x2", "--step", "8", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert run("render", "--preset", "maxpool-2x2", "--step", "-1", "-o", str(out)).returncode == 0
    bad = run("render", "--preset", "maxpool-2x2", "--step", "9", "-o", str(tmp_path / "x.png"))
    assert_fails(bad, "step 9 is outside 0..8")
