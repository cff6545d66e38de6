"""Launch-to-painted-window time of ``python -m convstudio``.

    python tests/benchmarks/bench_startup.py [--runs 11] [--platform offscreen|xcb]

Each run starts a fresh interpreter with CONVSTUDIO_STARTUP_PROBE=1, which makes
the app print a line at the main window's first paint and quit; the time from
spawning the process to reading that line is what a lecturer waits. For
comparison it also times the bare imports (numpy + pyqtgraph + QtWidgets).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

IMPORTS = "import numpy, pyqtgraph; from PySide6 import QtWidgets; print('imported', flush=True)"


def time_until_line(cmd: list[str], env: dict[str, str], marker: str | None) -> float:
    """Seconds from spawn until ``marker`` is printed (or the process exits)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if marker and marker in line:
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed
    proc.wait(timeout=30)
    if marker:
        raise RuntimeError(f"{cmd} exited ({proc.returncode}) without printing {marker!r}")
    return time.perf_counter() - start


def summary(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"{name:<34} median {statistics.median(times) * 1e3:7.1f} ms   p95 {p95 * 1e3:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, CONVSTUDIO_STARTUP_PROBE="1")
    app = [sys.executable, "-m", "convstudio"]
    imports = [sys.executable, "-c", IMPORTS]
    time_until_line(app, env, "first paint")  # warm the OS file cache once
    window, bare = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        window.append(time_until_line(app, env, "first paint"))
        bare.append(time_until_line(imports, env, "imported"))
    print(f"platform {args.platform}, {args.runs} runs")
    print(summary("launch → painted main window", window))
    print(summary("bare imports (numpy+pyqtgraph+Qt)", bare))
    print(
        f"our own start-up work (median difference): "
        f"{(statistics.median(window) - statistics.median(bare)) * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()
