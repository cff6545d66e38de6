"""Matrices as text: what a lecturer pastes from a spreadsheet, a notebook or a slide.

``parse_matrix`` accepts rows on lines with cells split by tabs, commas, semicolons
or spaces (a spreadsheet copy, a CSV, ``print(x)`` of numpy, a nested Python/JSON
list ``[[1, 2], [3, 4]]``, torch's ``tensor([[1., 2.], …])``). ``format_matrix``
writes the tab-separated form every spreadsheet pastes back into cells.
"""

from __future__ import annotations

import re

import numpy as np

from .errors import ConfigError
from .i18n import translate

# Wrappers printing adds around the numbers: tensor(…), array(…), dtype=….
_WRAPPERS = re.compile(r"(tensor|array)\s*\(|,?\s*dtype\s*=\s*[\w.]+|[()]")
_INNERMOST = re.compile(r"\[([^\[\]]*)\]")
_CELL_SPLIT = re.compile(r"[\t,;]+|\s+")


def _rows(text: str) -> list[str]:
    text = _WRAPPERS.sub(" ", text)
    if "[" in text:
        # Bracketed (a Python list, numpy or torch printing): each innermost [...] is a
        # row, whatever line breaks a wide printout put inside it.
        lines = [" ".join(group.split()) for group in _INNERMOST.findall(text)]
    else:
        lines = text.splitlines()
    return [line.strip(" \t,;") for line in lines if line.strip(" \t,;")]


def parse_matrix(text: str, what: str, max_size: int) -> np.ndarray:
    """The 2-D float array written in ``text``; ConfigError saying which cell is wrong.

    ``what`` names the matrix in messages ("input", "kernel"); each side may hold up
    to ``max_size`` cells.
    """
    rows = [[cell for cell in _CELL_SPLIT.split(line) if cell] for line in _rows(text)]
    if not rows:
        raise ConfigError(
            translate(
                "ConfigError",
                "the {what} text holds no numbers; paste rows of numbers, one row per line",
            ).format(what=what)
        )
    widths = {len(row) for row in rows}
    if len(widths) > 1:
        first = len(rows[0])
        bad = next(i for i, row in enumerate(rows) if len(row) != first)
        raise ConfigError(
            translate(
                "ConfigError",
                "the {what} rows differ in length: row 1 has {first} numbers, row {row} has "
                "{count}; every row needs the same number of cells",
            ).format(what=what, first=first, row=bad + 1, count=len(rows[bad]))
        )
    h, w = len(rows), len(rows[0])
    if h > max_size or w > max_size:
        raise ConfigError(
            translate(
                "ConfigError",
                "the {what} text is {h}×{w}, larger than {max}×{max}; paste a smaller matrix",
            ).format(what=what, h=h, w=w, max=max_size)
        )
    values = np.empty((h, w))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            values[r, c] = _number(cell, what, r, c)
    return values


def _number(cell: str, what: str, r: int, c: int) -> float:
    text = cell.replace("\u2212", "-")  # a typographic minus from slides
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not np.isfinite(value):
        raise ConfigError(
            translate(
                "ConfigError",
                "{what} row {row}, column {col}: {cell!r} is not a finite number; "
                "type a number such as 3, -1.5 or 2e-3",
            ).format(what=what, row=r + 1, col=c + 1, cell=cell)
        )
    return value


def format_matrix(values: np.ndarray) -> str:
    """Tab-separated rows; each number exact (pasting it back gives the same array)."""
    return "\n".join("\t".join(format_cell(float(v)) for v in row) for row in values)


def format_cell(v: float) -> str:
    """The shortest text that reads back as exactly ``v``: "3", "-1.5", "0.1"."""
    text = repr(float(v))
    return text[:-2] if text.endswith(".0") else text
