"""Command-line parsing. Qt is imported only when a window is really opened."""

from __future__ import annotations

import argparse
import sys

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (its --help documents every option)."""
    parser = argparse.ArgumentParser(
        prog="convstudio",
        description=(
            "Show, live on a projector, exactly what padding, stride and dilation do to a "
            "2-D convolution. Keys: Space play/pause, ←/→ step, Home/End first/last, "
            "+/− speed."
        ),
    )
    parser.add_argument("--version", action="version", version=f"convstudio {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and open the window; returns the process exit code."""
    build_parser().parse_args(argv)
    from .app import run

    return run(sys.argv[:1])
