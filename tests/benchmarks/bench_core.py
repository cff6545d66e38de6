"""convstudio's numpy conv2d against torch.nn.functional.conv2d, side by side.

    python tests/benchmarks/bench_core.py [--repeats 21] [--warmup 3]

Both run in this one process, on the CPU, in float64, with torch limited to as
many threads as numpy's BLAS uses (threadpoolctl if installed, else
OPENBLAS_NUM_THREADS / OMP_NUM_THREADS, else os.cpu_count()). The runs are
interleaved (ours, torch, ours, torch, …) so a noisy machine slows both alike.

Cases:
  (a) a 512×512 RGB image, 16 filters of 3×3, "same" padding (stride 1, so torch's
      padding="same" is the same thing);
  (b) a 1024×1024 grey image, one 5×5 kernel, reflect padding (torch: F.pad
      reflect, then conv2d).

The goal is ours/torch ≤ 1.0 on both medians. Not collected by pytest (bench_*).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

from convstudio.core import conv2d


def blas_threads() -> tuple[int, str]:
    """numpy's BLAS thread count and where the number came from."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        pass
    else:
        counts = [i["num_threads"] for i in threadpool_info() if i.get("user_api") == "blas"]
        if counts:
            return max(counts), "threadpoolctl"
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        value = os.environ.get(var, "")
        if value.isdigit() and int(value) > 0:
            return int(value), var
    return os.cpu_count() or 1, "os.cpu_count()"


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100]."""
    return float(np.percentile(np.asarray(values), q))


def bench(
    name: str,
    ours: Callable[[], np.ndarray],
    theirs: Callable[[], np.ndarray],
    repeats: int,
    warmup: int,
) -> float:
    """Time both interleaved; print median/p95 and the max abs difference; return the ratio."""
    a, b = ours(), theirs()
    diff = float(np.max(np.abs(a - b)))
    scale = float(np.max(np.abs(b)))
    for _ in range(warmup):
        ours()
        theirs()
    t_ours: list[float] = []
    t_torch: list[float] = []
    for _ in range(repeats):
        for fn, sink in ((ours, t_ours), (theirs, t_torch)):
            start = time.perf_counter()
            fn()
            sink.append((time.perf_counter() - start) * 1e3)
    m_ours, m_torch = statistics.median(t_ours), statistics.median(t_torch)
    ratio = m_ours / m_torch
    print(f"{name}")
    print(f"  output shape {a.shape}, max |ours − torch| = {diff:.3g} (max |torch| = {scale:.3g})")
    print(f"  ours : median {m_ours:8.2f} ms   p95 {percentile(t_ours, 95):8.2f} ms")
    print(f"  torch: median {m_torch:8.2f} ms   p95 {percentile(t_torch, 95):8.2f} ms")
    print(f"  ratio ours/torch (medians) = {ratio:.2f}   {'OK' if ratio <= 1.0 else 'ABOVE 1.0'}")
    if not np.allclose(a, b, rtol=1e-12, atol=1e-9 * max(scale, 1.0)):
        raise SystemExit(f"{name}: outputs disagree (max abs diff {diff})")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    if args.repeats < 21:
        parser.error("use at least 21 repeats so the median and p95 mean something")

    import torch
    import torch.nn.functional as F

    threads, source = blas_threads()
    torch.set_num_threads(threads)
    print(
        f"numpy {np.__version__}, torch {torch.__version__}, python {sys.version.split()[0]}; "
        f"threads: {threads} (numpy BLAS via {source}; torch.set_num_threads({threads}), "
        f"torch reports {torch.get_num_threads()})"
    )
    print(f"{args.repeats} interleaved repeats after {args.warmup} warm-up runs of each\n")

    rng = np.random.default_rng(0)

    # (a) 512×512 RGB, 16 filters 3×3, "same".
    xa = rng.standard_normal((3, 512, 512))
    wa = rng.standard_normal((16, 3, 3, 3))
    ba = rng.standard_normal(16)
    txa, twa, tba = (torch.from_numpy(v) for v in (xa, wa, ba))

    def torch_a() -> np.ndarray:
        return F.conv2d(txa[None], twa, tba, padding="same")[0].numpy()

    def ours_a() -> np.ndarray:
        return conv2d(xa, wa, ba, padding="same")

    # (b) 1024×1024 grey, one 5×5 kernel, reflect padding 2.
    xb = rng.standard_normal((1024, 1024))
    wb = rng.standard_normal((5, 5))
    txb, twb = torch.from_numpy(xb)[None, None], torch.from_numpy(wb)[None, None]

    def torch_b() -> np.ndarray:
        return F.conv2d(F.pad(txb, (2, 2, 2, 2), mode="reflect"), twb)[0, 0].numpy()

    def ours_b() -> np.ndarray:
        return conv2d(xb, wb, padding=2, padding_mode="reflect")

    with torch.no_grad():
        ra = bench(
            "(a) 3×512×512 ⊛ 16×3×3×3, padding='same'", ours_a, torch_a, args.repeats, args.warmup
        )
        print()
        rb = bench(
            "(b) 1024×1024 ⊛ 5×5, reflect padding 2", ours_b, torch_b, args.repeats, args.warmup
        )
    print(f"\nsummary: ratio (a) {ra:.2f}, (b) {rb:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
