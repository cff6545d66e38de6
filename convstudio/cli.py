"""The command line: open the window, or work headless (info, render, animate).

Start-up stays light: --help, --version, --list-presets and ``info`` import numpy
and the core only; Qt is imported when a window opens or a picture is rendered.
Every error is one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .core.session import Session

COMMANDS = ("info", "render", "animate")
DEFAULT_SIZE = (1280, 720)

_EPILOG = """\
commands (each has its own --help, e.g. convstudio render --help):
  info SESSION | --preset NAME
      print the input, padded and output shapes, the padding on each side and
      the output-size formulas with the numbers filled in
  render SESSION | --preset NAME --step K -o FRAME.png [--size WxH]
      save one step of the walk as a PNG (no display needed)
  animate SESSION | --preset NAME -o WALK.gif|WALK.mp4 [--size WxH] [--fps N]
      save the whole walk as an animated GIF or an MP4 (MP4 needs the video extra:
      pip install "convstudio[video]")
  any of them ... --compare SPEC [--shift DY,DX] [--pool N]
      compare mode: A is the session, B the session with SPEC's settings changed
      (e.g. stride=2,padding=same); --shift/--pool show the shift test instead

examples:
  convstudio --list-presets
  convstudio --preset tf-same-stride2
  convstudio info --preset 9
  convstudio render lecture.json --step 4 -o step5.png --size 1920x1080
  convstudio animate --preset dilation2 -o dilation.gif --fps 2
  convstudio render --preset 9 --compare padding=1 --step 0 -o tf-vs-torch.png
  convstudio render --preset 1 --compare stride=2 --shift 0,1 --step 0 -o shift.png

In the window: Space play/pause, ←/→ step, Home/End first/last, +/− speed,
Ctrl+Z / Ctrl+Shift+Z undo/redo, Ctrl+O / Ctrl+S open/save, Ctrl+1…9 presets."""


class CliError(Exception):
    """A command-line mistake explained in one line."""


def build_parser() -> argparse.ArgumentParser:
    """The parser for opening the window (its --help lists the commands too)."""
    parser = argparse.ArgumentParser(
        prog="convstudio",
        usage="%(prog)s [SESSION | --preset NAME] [--list-presets] [--self-test] [--version]\n"
        "       %(prog)s {info,render,animate} ...",
        description=(
            "Show, live on a projector, exactly what padding, stride and dilation do to a "
            "2-D convolution. Without a command, opens the window (on SESSION or a preset, "
            "else where you left off)."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("session", nargs="?", metavar="SESSION", help="a saved session .json")
    parser.add_argument(
        "--preset", metavar="NAME", help="open on a teaching preset (name or number)"
    )
    parser.add_argument(
        "--list-presets", action="store_true", help="list the presets with their shapes and exit"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window off-screen, load every preset, play one and export a frame; "
        "exit 0 when all works (1 with the reason on stderr)",
    )
    parser.add_argument("--version", action="version", version=f"convstudio {__version__}")
    return parser


def build_command_parser(command: str) -> argparse.ArgumentParser:
    """The parser of ``convstudio info``, ``render`` or ``animate``."""
    helps = {
        "info": "Print shapes, padding per side and the output-size formulas of a session.",
        "render": "Render one step of a session's walk to a PNG, without a display.",
        "animate": "Render a session's whole walk to an animated GIF or an MP4.",
    }
    parser = argparse.ArgumentParser(prog=f"convstudio {command}", description=helps[command])
    parser.add_argument("session", nargs="?", metavar="SESSION", help="a saved session .json")
    parser.add_argument("--preset", metavar="NAME", help="a teaching preset (name or number)")
    _add_compare_arguments(parser)
    if command == "info":
        return parser
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=_output_help(command))
    parser.add_argument(
        "--size",
        type=_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help="picture size in pixels (default 1280x720)",
    )
    if command == "render":
        parser.add_argument(
            "--step",
            type=int,
            required=True,
            metavar="K",
            help="window position, 0-based (0 = first; -1 = last, the whole output)",
        )
    else:
        parser.add_argument(
            "--fps",
            type=_fps,
            default=4.0,
            metavar="N",
            help="frames (steps) per second (default 4)",
        )
    return parser


def _add_compare_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "compare mode",
        "A is the session's layer, B the same with SPEC's settings changed; the picture "
        "shows both side by side with their difference (or, with --shift/--pool, the shift test)",
    )
    group.add_argument(
        "--compare",
        metavar="SPEC",
        help="B's settings as KEY=VALUE,…: stride=N|HxW, padding=valid|same|full|N|HxW|T/B/L/R, "
        "dilation=N|HxW, mode=zeros|constant|reflect|symmetric|replicate|circular, value=X, "
        "flip=yes|no, kernel=KIND, kernel_size=N|HxW (e.g. stride=2,padding=same)",
    )
    group.add_argument(
        "--shift",
        type=_shift,
        metavar="DY,DX",
        help="show the shift test: move the input DY rows down and DX columns right (e.g. 0,1)",
    )
    group.add_argument(
        "--pool",
        type=int,
        choices=range(2, 9),
        metavar="N",
        help="shift test with N×N max pooling after the convolution (2–8)",
    )


def _shift(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(-?\d+)\s*,\s*(-?\d+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a shift; give DY,DX, e.g. 0,1 or -1,0")
    return int(match[1]), int(match[2])


def _with_compare(args: argparse.Namespace, session: Session) -> Session:
    """``session`` showing compare mode when --compare, --shift or --pool ask for it."""
    if args.compare is None and args.shift is None and args.pool is None:
        return session
    from dataclasses import replace

    from .pages.compare_spec import SpecError, compare_mode

    try:
        mode = compare_mode(session, args.compare, args.shift, args.pool)
    except SpecError as exc:
        raise CliError(str(exc)) from None
    return replace(session, mode=mode)


def _n_steps(session: Session) -> int | None:
    """The steps the picture's stepper has: the compare mode's lock-step walk, the layer's,
    or None for another mode (only its page knows; export checks the step there)."""
    if session.mode is None:
        return session.walk().n_steps
    if session.mode.get("name") == "compare":
        from .pages.compare_spec import compare_steps

        return compare_steps(session.mode)
    return None


def _output_help(command: str) -> str:
    return "the PNG to write" if command == "render" else "the .gif or .mp4 to write"


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[x×X]\s*(\d+)\s*", text)
    if not match or not all(64 <= int(n) <= 8192 for n in match.groups()):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size; give WIDTHxHEIGHT with each 64–8192, e.g. 1280x720"
        )
    return int(match[1]), int(match[2])


def _fps(text: str) -> float:
    try:
        fps = float(text)
    except ValueError:
        fps = 0.0
    if not 0.1 <= fps <= 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a frame rate; use 0.1 to 60")
    return fps


def _source(args: argparse.Namespace, parser: argparse.ArgumentParser) -> tuple[Session, str]:
    """The session the arguments name, and a label saying where it came from."""
    if (args.session is None) == (args.preset is None):
        parser.error("give a session file or --preset NAME (exactly one)")
    if args.preset is not None:
        from .core.presets import find_preset

        info = find_preset(args.preset)
        return info.load(), f"preset {info.name}"
    from .core.session import read_session

    return read_session(args.session), f"session {args.session}"


# --- commands -------------------------------------------------------------------------


def _info(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .core.describe import describe

    session, label = _source(args, parser)
    session = _with_compare(args, session)
    print(describe(session, label))
    if session.mode is not None and session.mode.get("name") == "compare":
        from .pages.compare_spec import compare_lines

        print("\n".join(compare_lines(session.mode)))
    return 0


def _render(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_output(args.output, (".png",))
    session = _with_compare(args, _source(args, parser)[0])
    n = _n_steps(session)
    step = args.step
    if n is not None:
        step = step + n if step < 0 else step
        if not 0 <= step < n:
            raise CliError(
                f"--step {args.step} is outside this walk: use 0 to {n - 1} (or -1 for last)"
            )
    from . import export

    path = export.render_frame(session, step, args.output, args.size)
    shown = f"step {step + 1} of {n}" if n is not None else f"step {args.step}"
    print(f"wrote {path} ({shown}, {args.size[0]}×{args.size[1]})")
    return 0


def _animate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_output(args.output, (".gif", ".mp4"))
    session = _with_compare(args, _source(args, parser)[0])
    from . import export

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = export.render_animation(session, args.output, args.size, args.fps, _progress)
    if sys.stderr is not None and sys.stderr.isatty():
        print(file=sys.stderr)
    for warning in caught:
        print(f"convstudio: note: {warning.message}", file=sys.stderr)
    print(f"wrote {path} ({args.size[0]}×{args.size[1]}, {args.fps:g} frames per second)")
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr is not None and sys.stderr.isatty():
        print(f"\rrendering frame {done}/{total}", end="", file=sys.stderr, flush=True)


def _check_output(output: str, suffixes: tuple[str, ...]) -> None:
    path = Path(output)
    if path.suffix.lower() not in suffixes:
        raise CliError(f"-o {output}: the file name must end in {' or '.join(suffixes)}")
    if not path.resolve().parent.is_dir():
        raise CliError(f"-o {output}: the folder {path.parent} does not exist; create it first")


def _open_window(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    session, path = None, None
    if args.session is not None or args.preset is not None:
        session, _ = _source(args, parser)
        path = args.session
    from .app import run

    return run(sys.argv[:1], session=session, path=path)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the command or open the window; returns the exit code."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    if args_list and args_list[0] in COMMANDS:
        command = args_list[0]
        parser = build_command_parser(command)
        handler = {"info": _info, "render": _render, "animate": _animate}[command]
        args = parser.parse_args(args_list[1:])
    else:
        parser = build_parser()
        args = parser.parse_args(args_list)
        handler = _list_presets if args.list_presets else _open_window
        if args.self_test:
            handler = _self_test
    _tolerant_stdout()
    from .core.errors import ConfigError

    errors: tuple[type[BaseException], ...] = (CliError, ConfigError, OSError)
    if handler in (_render, _animate):
        errors += _export_errors()
    try:
        return handler(args, parser)
    except BrokenPipeError:  # "convstudio --list-presets | head": the reader left; fine
        sys.stdout = None
        return 1
    except errors as exc:
        print(f"convstudio: error: {exc}", file=sys.stderr)
        return 1


def _self_test(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from . import selftest

    return selftest.main()


def _list_presets(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .core.describe import preset_table
    from .core.presets import preset_index

    print(preset_table(preset_index()))
    return 0


def _export_errors() -> tuple[type[BaseException], ...]:
    """What rendering raises for a user's mistake (a bad step, no video support, cancel)."""
    from . import export

    return (ValueError, export.VideoUnavailable, export.ExportCancelled)


def _tolerant_stdout() -> None:
    # A legacy Windows console cannot encode "×" or "⌊": show "?" rather than crash.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")
