"""Render the application icon (resources/icons/app/balagh.svg) to PNG sizes and a Windows .ico.

Run from the checkout after editing the SVG::

    .venv/bin/python packaging/make_icons.py

Uses Qt's SVG renderer (QtSvg ships with PySide6-Essentials, offscreen, no screen needed) for
the PNGs, and Pillow (already installed as a reportlab dependency) to pack the .ico from the
PNGs rendered at each exact size, so the small sizes stay sharp instead of being downscaled
from 256 px.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons" / "app"
SVG = ICON_DIR / "balagh.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    """File name of the PNG rendering at ``size`` pixels, e.g. ``balagh-48.png``."""
    return f"balagh-{size}.png"


def render_pngs(svg: Path, out_dir: Path, sizes: tuple[int, ...] = PNG_SIZES) -> list[Path]:
    """Render ``svg`` to one square PNG per size in ``out_dir`` and return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    written: list[Path] = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out_dir / png_name(size)
        if not image.save(str(target)):  # format from the .png suffix
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def write_ico(out_dir: Path, target: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """Pack the PNGs already rendered in ``out_dir`` into one multi-size .ico at ``target``."""
    from PIL import Image

    images = [Image.open(out_dir / png_name(size)).convert("RGBA") for size in sizes]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in sizes],
        append_images=images[:-1],
    )
    return target


def main(argv: list[str] | None = None) -> int:
    """Render every PNG size and the .ico next to the SVG source."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ICON_DIR)
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for path in render_pngs(args.svg, out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    # balagh.png: the window icon the GUI loads (the largest rendering)
    shutil.copyfile(out / png_name(max(PNG_SIZES)), out / "balagh.png")
    print(f"wrote {out / 'balagh.png'}")
    ico = write_ico(out, out / "balagh.ico")
    print(f"wrote {ico.relative_to(ROOT) if ico.is_relative_to(ROOT) else ico}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
