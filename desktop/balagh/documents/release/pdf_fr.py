"""The French version of a release as a communiqué on A4, left to right.

Layout: the letterhead — bilingual (Arabic lines at the right, «Royaume du Maroc /
Direction Générale de la Sûreté Nationale» at the left, the logo between them) or French
only, after the setting ``french_letterhead`` — then the date line «Rabat, le 22 mai 2024»
at the right, the title «Communiqué» centred, the body justified with French hyphenation
(reportlab's paragraph with pyphen's French patterns), and in the footer «Page 1 sur 2» and
«Référence : 2024/001» (a draft says «Projet non émis»). Metadata: language fr-MA, left to
right. French typography (no-break spaces before «:;!?» and inside « ») is in the text
already (``balagh.french.typography``); the paragraph never breaks a line at those spaces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from balagh.core.errors import BalaghError
from balagh.core.model import Language, Release, ReleaseStatus, ReleaseVersion
from balagh.documents.release.page import RELEASE_PAGE
from balagh.documents.release.pdf import laid_out
from balagh.french.typography import NBSP, NNBSP
from balagh.messages import msg
from balagh.platform.settings import DEFAULT_LETTERHEAD, DEFAULT_LETTERHEAD_FR, Settings

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

DRAFT_MARK_FR = "Projet non émis"
LANGUAGE_FR = "fr-MA"


def reference_label_fr(release: Release) -> str:
    """The footer: «Référence : 2024/001» once issued, «Projet non émis» before."""
    if release.status is ReleaseStatus.ISSUED and release.reference:
        return f"Référence\u202f: {release.reference}"
    return DRAFT_MARK_FR


def french_version(release: Release) -> ReleaseVersion:
    """The release's French version; BalaghError when it has none."""
    version = release.french
    if version is None:
        raise BalaghError(
            msg("ليس لهذا البلاغ نسخة فرنسية؛ أنشئها أولا"),
        )
    return version


def _styles(size: float) -> dict[str, ParagraphStyle]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm

    from balagh.typeset.fonts import register_fonts

    fonts = register_fonts()
    body = ParagraphStyle(
        "fr-body", fontName=fonts.regular, fontSize=size, leading=size * 1.5,
        alignment=TA_JUSTIFY, firstLineIndent=0.8 * cm, spaceAfter=8.0,
        hyphenationLang="fr", embeddedHyphenation=0, uriWasteReduce=0.3,
        allowWidows=0, allowOrphans=0,
    )
    return {
        "body": body,
        "date": ParagraphStyle("fr-date", parent=body, alignment=TA_RIGHT, firstLineIndent=0,
                               fontSize=11.5, leading=16, spaceAfter=0, hyphenationLang=""),
        "title": ParagraphStyle("fr-title", parent=body, fontName=fonts.bold, fontSize=20,
                                leading=26, alignment=TA_CENTER, firstLineIndent=0,
                                spaceBefore=0.6 * cm, spaceAfter=0.7 * cm, hyphenationLang=""),
    }


def _markup(text: str, font: str, size: float) -> str:
    """``text`` as paragraph markup. reportlab breaks lines at U+202F (its list of
    white space has it): each narrow no-break space of French typography is drawn as a
    no-break space (U+00A0, never a break point) scaled to the narrow one's width, so that
    « » and « :» never end or begin a line. Readers copy it as a space (NFKC)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    escaped = escape(text)
    if NNBSP not in escaped:
        return escaped
    scaled = size * stringWidth(NNBSP, font, size) / stringWidth(NBSP, font, size)
    return escaped.replace(NNBSP, f'<font size="{scaled:.2f}">{NBSP}</font>')


def render_release_pdf_fr(release: Release, settings: Settings) -> bytes:
    """The PDF bytes of ``release``'s French version (A4, left to right).

    Raises BalaghError when the release has no French version, LogoError for a bad logo.
    """
    from reportlab.platypus import Paragraph

    from balagh.french import date_line_fr
    from balagh.typeset.document import Letterhead

    version = french_version(release)
    french_lines = [x for x in settings.letterhead_lines_fr if x.strip()] or DEFAULT_LETTERHEAD_FR
    arabic_lines = [x for x in settings.letterhead_lines if x.strip()] or DEFAULT_LETTERHEAD
    bilingual = settings.french_letterhead != "french"
    header = Letterhead(
        lines=arabic_lines if bilingual else [],
        left_lines=french_lines,
        logo_path=settings.logo_path or None,
        font_size=RELEASE_PAGE.letterhead_size,
    )
    styles = _styles(12.5)
    title = version.title.strip() or settings.release_title_fr or "Communiqué"
    place = version.place.strip() or settings.place_fr or "Rabat"
    story = [
        Paragraph(escape(date_line_fr(place, release.date)), styles["date"]),
        Paragraph(escape(title), styles["title"]),
    ]
    body = styles["body"]
    story += [Paragraph(_markup(text, body.fontName, body.fontSize), body)
              for text in version.paragraphs]
    return laid_out(story, release, settings, Language.FR, header, reference_label_fr(release))
