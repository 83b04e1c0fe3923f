"""A release as an official communiqué on A4: letterhead, date line, title, justified body.

Layout (right to left): the letterhead lines of the settings at the top right («المملكة
المغربية / المديرية العامة للأمن الوطني») with the optional logo in the middle and a rule
under them; the place and date line («الرباط في 22 ماي 2023») at the left, as on the
office's letters; the title («بلاغ» or «بلاغ صحفي») centred, bold; the body justified; in
the footer «الصفحة 1 من 2» and, once issued, «المرجع: 2023/001» (a draft says «مسودة»).
The PDF carries its metadata (title, author, subject, language ar-MA, right-to-left).
Callers write it with ``balagh.platform.files.write_file_atomically``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from balagh.core.model import Language, Release, ReleaseStatus
from balagh.documents.release.metadata import release_metadata
from balagh.documents.release.page import RELEASE_PAGE
from balagh.platform.settings import DEFAULT_LETTERHEAD, Settings

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from balagh.typeset.document import Letterhead

DRAFT_MARK = "مسودة غير صادرة"


def reference_label(release: Release) -> str:
    """The footer's reference: «المرجع: 2023/001» once issued, «مسودة غير صادرة» before."""
    if release.status is ReleaseStatus.ISSUED and release.reference:
        return f"المرجع: {release.reference}"
    return DRAFT_MARK


def render_release_pdf(release: Release, settings: Settings) -> bytes:
    """The PDF bytes of ``release`` laid out as an official communiqué (A4).

    The letterhead and logo come from ``settings``; title, place, date and paragraphs from
    the release. Raises BalaghError (e.g. LogoError naming a missing logo file).
    """
    from reportlab.lib.units import cm

    from balagh.arabic import date_line
    from balagh.typeset.document import Letterhead
    from balagh.typeset.markup import Run
    from balagh.typeset.paragraph import RtlParagraph
    from balagh.typeset.styles import BODY, HEADING, Align
    lines = [line for line in settings.letterhead_lines if line.strip()] or DEFAULT_LETTERHEAD
    header = Letterhead(
        lines=lines,
        logo_path=settings.logo_path or None,
        font_size=RELEASE_PAGE.letterhead_size,
    )
    title = release.title.strip() or settings.release_title or "بلاغ"
    dateline_style = BODY.but(alignment=Align.LEFT, font_size=12.0, space_after=0.0)
    title_style = HEADING.but(font_size=22.0, space_before=0.6 * cm, space_after=0.7 * cm)
    body_style = BODY.but(font_size=13.0, space_after=9.0, first_line_indent=0.8 * cm)
    story = [
        RtlParagraph([Run(date_line(release.place or settings.place, release.date))],
                     dateline_style),
        RtlParagraph([Run(title, bold=True)], title_style),
    ]
    story += [RtlParagraph([Run(text)], body_style) for text in release.paragraphs]
    return laid_out(story, release, settings, Language.AR, header, reference_label(release))


def laid_out(story: list[Flowable], release: Release, settings: Settings, language: Language,
             header: Letterhead, footer_reference: str) -> bytes:
    """``story`` laid out on the release's page (``RELEASE_PAGE``) with the letterhead, the
    footer and the document properties of ``release`` in ``language`` — the one layout of
    the Arabic and the French PDF."""
    from balagh.typeset.document import build_document

    about = release_metadata(release, settings, language)
    return bytes(
        build_document(
            story,
            title=about.title,
            author=about.author,
            subject=about.subject,
            keywords=about.keywords,
            created=about.created,
            header=header,
            footer_reference=footer_reference,
            setup=RELEASE_PAGE.pdf_setup(),
            language=about.language,
            left_to_right=language is Language.FR,
        )
    )
