"""Draw convstudio's icon: a 5×5 grid, its outer ring the padding, a 3×3 window on top.

    python resources/icons/make_icons.py

Writes convstudio-{16,32,48,64,128,256}.png and convstudio.ico next to this file
(convstudio.svg is the same drawing written by hand). Each size is laid out on its own
pixel grid and drawn 4× larger, then box-filtered down: the cell edges land on whole
pixels and stay sharp, only the rounded corners are smoothed. Needs Pillow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

SIZES = (16, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent
SUPER = 4  # supersampling factor

BACKGROUND = (30, 41, 59, 255)  # slate: dark like the app's grids on a projector
PADDING = (71, 85, 105, 255)  # the zero ring: present but muted
INPUT = (147, 197, 253, 255)  # the real input cells
WINDOW_FILL = (251, 146, 60, 255)  # the kernel window, the thing to look at
WINDOW_EDGE = (255, 237, 213, 255)


@dataclass(frozen=True)
class Layout:
    """Whole-pixel geometry of one icon size."""

    size: int
    margin: int  # background edge to the first cell
    cell: int
    gap: int
    radius: int  # background corner radius
    edge: int  # window outline width (0: no outline, the fill alone carries it)

    def origin(self, index: int) -> int:
        return self.margin + index * (self.cell + self.gap)


def layout(size: int) -> Layout:
    """Pick cell and gap sizes so five cells and four gaps fit on whole pixels."""
    if size <= 16:
        return Layout(size, margin=1, cell=2, gap=1, radius=2, edge=0)
    if size <= 32:
        return Layout(size, margin=2, cell=4, gap=2, radius=4, edge=0)
    gap = max(1, size // 40)
    edge = max(1, size // 48)
    margin = max(3, round(size * 0.09))
    cell = (size - 2 * margin - 4 * gap) // 5
    margin = (size - 5 * cell - 4 * gap) // 2
    return Layout(size, margin, cell, gap, radius=round(size * 0.18), edge=edge)


def draw(size: int) -> Image.Image:
    """The icon at ``size``×``size`` pixels, RGBA."""
    geo = layout(size)
    s = SUPER
    big = Image.new("RGBA", (size * s, size * s), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)
    pen.rounded_rectangle(
        (0, 0, size * s - 1, size * s - 1), radius=geo.radius * s, fill=BACKGROUND
    )
    for row in range(5):
        for col in range(5):
            ring = row in (0, 4) or col in (0, 4)
            in_window = row < 3 and col < 3
            colour = WINDOW_FILL if in_window else PADDING if ring else INPUT
            x, y = geo.origin(col) * s, geo.origin(row) * s
            pen.rectangle((x, y, x + geo.cell * s - 1, y + geo.cell * s - 1), fill=colour)
    if geo.edge:
        # The window outline sits in the gaps around the 3×3 block, so it frames the cells
        # without covering them.
        lo = (geo.origin(0) - geo.edge) * s
        hi = (geo.origin(2) + geo.cell + geo.edge) * s - 1
        pen.rectangle((lo, lo, hi, hi), outline=WINDOW_EDGE, width=geo.edge * s)
        # Inner input cells under the window show through as lighter orange.
        for row in (1, 2):
            for col in (1, 2):
                x, y = geo.origin(col) * s, geo.origin(row) * s
                pen.rectangle(
                    (x, y, x + geo.cell * s - 1, y + geo.cell * s - 1), fill=(253, 186, 116, 255)
                )
    return big.resize((size, size), Image.Resampling.BOX)


def main() -> None:
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(HERE / f"convstudio-{size}.png", optimize=True)
    images[256].save(HERE / "convstudio.ico", sizes=[(n, n) for n in SIZES])
    print(f"wrote {len(SIZES)} PNGs and convstudio.ico to {HERE}")


if __name__ == "__main__":
    main()
