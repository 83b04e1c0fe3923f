"""Render the seed release (Fez 2023) with balagh.typeset and save docs/seed-release.png.

``.venv/bin/python tests/benchmarks/render_seed_release.py [--pdf out.pdf]`` — needs
``pdftoppm`` (Debian poppler-utils). The picture is the first page at 100 dpi.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def render() -> bytes:
    from balagh.typeset.document import Letterhead, build_document
    from balagh.typeset.paragraph import RtlParagraph
    from balagh.typeset.styles import BODY, HEADING, Align

    paragraphs = (ROOT / "tests" / "data" / "seed_release.txt").read_text(encoding="utf-8")
    style = BODY.but(font_size=11.5, space_after=5.0)
    story = [RtlParagraph("بلاغ", HEADING)]
    story += [RtlParagraph(text, style) for text in paragraphs.splitlines() if text.strip()]
    story.append(
        RtlParagraph("الرباط، في 22 ماي 2023", style.but(alignment=Align.LEFT, space_before=6.0))
    )
    header = Letterhead(
        ["المملكة المغربية", "وزارة الداخلية", "المديرية العامة للأمن الوطني"],
        left_lines=[
            "ROYAUME DU MAROC",
            "Ministère de l'Intérieur",
            "Direction Générale de la Sûreté Nationale",
        ],
    )
    return build_document(
        story,
        title="بلاغ",
        author="المديرية العامة للأمن الوطني",
        subject="حصيلة أيام الأبواب المفتوحة بفاس 2023",
        header=header,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, help="also keep the PDF here")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-release.png")
    args = parser.parse_args(argv)
    pdf = render()
    if args.pdf:
        args.pdf.write_bytes(pdf)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian package poppler-utils)")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "release.pdf"
        source.write_bytes(pdf)
        stem = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
             str(source), str(stem)],
            check=True,
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stem.with_suffix(".png"), args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
