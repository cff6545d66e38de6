"""Draw convstudio's two sample images (run from anywhere; writes next to this file).

Both are drawn from shapes, not photographed, so they carry no third-party rights.
They are drawn at 4× and averaged down, which gives soft, anti-aliased edges:
edges are what Sobel and Laplacian kernels respond to in a lecture.

    python resources/images/make_samples.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SS = 4  # supersampling factor


def face(size: int = 64) -> Image.Image:
    """A simple greyscale face: head, eyes with pupils, brows, nose shadow, smile."""
    n = size * SS
    yy = np.mgrid[:n, :n][0] / n
    # A soft vertical gradient behind the head, so "replicate" and "reflect" differ visibly.
    background = (60 + 80 * yy).astype(np.uint8)
    im = Image.fromarray(background, "L")
    d = ImageDraw.Draw(im)

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [x0 * n, y0 * n, x1 * n, y1 * n]

    d.ellipse(box(0.16, 0.10, 0.84, 0.92), fill=205)  # head
    for cx in (0.36, 0.64):
        d.ellipse(box(cx - 0.09, 0.34, cx + 0.09, 0.48), fill=250)  # eye white
        d.ellipse(box(cx - 0.045, 0.37, cx + 0.045, 0.46), fill=25)  # pupil
        d.line(box(cx - 0.10, 0.28, cx + 0.09, 0.26), fill=70, width=int(0.03 * n))  # brow
    d.polygon([(0.50 * n, 0.48 * n), (0.45 * n, 0.63 * n), (0.55 * n, 0.63 * n)], fill=165)
    d.arc(box(0.32, 0.52, 0.68, 0.80), start=20, end=160, fill=40, width=int(0.035 * n))
    return im.resize((size, size), Image.Resampling.BOX)


def scene(size: int = 96) -> Image.Image:
    """A colour scene: sky, sun, hills, a red house with windows and a door, a tree."""
    n = size * SS
    yy = np.linspace(0.0, 1.0, n)[:, None, None]
    top, horizon = np.array([70, 130, 215]), np.array([185, 220, 250])
    sky = (top + (horizon - top) * yy).repeat(n, axis=1).astype(np.uint8)
    im = Image.fromarray(sky, "RGB")
    d = ImageDraw.Draw(im)

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [x0 * n, y0 * n, x1 * n, y1 * n]

    d.ellipse(box(0.72, 0.07, 0.90, 0.25), fill=(255, 215, 60))  # sun
    d.ellipse(box(-0.30, 0.55, 0.70, 1.30), fill=(95, 165, 70))  # back hill
    d.ellipse(box(0.30, 0.60, 1.40, 1.40), fill=(70, 140, 55))  # front hill
    d.rectangle(box(0.0, 0.82, 1.0, 1.0), fill=(60, 125, 45))  # grass
    d.rectangle(box(0.22, 0.50, 0.56, 0.84), fill=(200, 55, 45))  # house
    d.polygon(
        [(0.18 * n, 0.51 * n), (0.39 * n, 0.30 * n), (0.60 * n, 0.51 * n)], fill=(110, 50, 40)
    )
    d.rectangle(box(0.35, 0.66, 0.43, 0.84), fill=(90, 55, 30))  # door
    for x0 in (0.26, 0.46):
        d.rectangle(box(x0, 0.57, x0 + 0.07, 0.64), fill=(250, 240, 170))  # windows
    d.rectangle(box(0.75, 0.55, 0.79, 0.84), fill=(105, 70, 40))  # trunk
    d.ellipse(box(0.65, 0.34, 0.89, 0.62), fill=(35, 105, 40))  # crown
    return im.resize((size, size), Image.Resampling.BOX)


def main() -> None:
    """Write face.png and scene.png next to this script."""
    face().save(HERE / "face.png", optimize=True)
    scene().save(HERE / "scene.png", optimize=True)


if __name__ == "__main__":
    main()
