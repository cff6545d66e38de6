"""Launch-to-painted-window time of the frozen app (dist/convstudio/convstudio).

    python tests/benchmarks/bench_frozen_startup.py [EXE] [--runs 11] [--platform offscreen|xcb]
        [--compare-source] [--goal 1.0]

Each run starts the executable with CONVSTUDIO_STARTUP_PROBE=1, which makes the app
print a line at the main window's first paint and quit; the time from spawning the
process to reading that line is what a lecturer waits after a double-click. The
first run only warms the OS file cache and is not counted (a lecturer's second start
is the common case; a truly cold first start from disk is slower). For the real X11
path run it under a virtual display:

    xvfb-run -a python tests/benchmarks/bench_frozen_startup.py --platform xcb

--compare-source also times ``python -m convstudio`` from this environment,
interleaved, and --goal makes the exit code 1 when the median is over the goal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import summary, time_until_line

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_EXE = ROOT / "dist" / "convstudio" / ("convstudio.exe" if os.name == "nt" else "convstudio")
MARKER = "first paint"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", nargs="?", type=Path, default=DEFAULT_EXE)
    parser.add_argument("--runs", type=int, default=11, help="timed runs (at least 9)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--compare-source", action="store_true")
    parser.add_argument("--goal", type=float, default=None, metavar="SECONDS")
    args = parser.parse_args()
    if args.runs < 9:
        parser.error("--runs: use at least 9 so the p95 means something")
    if not args.exe.is_file():
        parser.error(f"{args.exe} not found; build it with: python resources/packaging/build.py")
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, CONVSTUDIO_STARTUP_PROBE="1")
    frozen_cmd = [str(args.exe)]
    source_cmd = [sys.executable, "-m", "convstudio"]
    time_until_line(frozen_cmd, env, MARKER)  # warm the OS file cache once
    frozen, source = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        frozen.append(time_until_line(frozen_cmd, env, MARKER))
        if args.compare_source:
            source.append(time_until_line(source_cmd, env, MARKER))
    print(f"platform {args.platform}, {args.runs} runs, {args.exe}")
    print(summary("frozen: launch → painted window", frozen))
    if source:
        print(summary("python -m convstudio (same venv)", source))
    median = statistics.median(frozen)
    if args.goal is not None:
        verdict = "within" if median <= args.goal else "OVER"
        print(f"median {median:.3f} s: {verdict} the {args.goal:.2f} s goal")
        return 0 if median <= args.goal else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
