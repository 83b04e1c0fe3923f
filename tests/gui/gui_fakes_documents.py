"""A small stand-in for the documents layer (tests of the release tab's wiring only).

It renders real PDF bytes (reportlab, Latin text) so the preview, issuing, archive and
verification paths run for real; the Arabic typesetting itself is tested in its own layer.
It is a :class:`balagh.gui.services.DocumentsApi` whose drafting, rendering, checking and
verification are replaced (mypy checks that the replacements keep the real signatures: the
file is in pyproject's mypy ``files``); what it does not replace is the real thing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import threading
import time
from typing import Any

from balagh.core.model import Edition, Release, ReleaseKind
from balagh.core.ports import Finding
from balagh.gui.services import DocumentsApi
from balagh.platform.settings import Settings


@dataclasses.dataclass
class FakeDiscrepancy:
    """A finding (``balagh.core.ports.Finding``) that always blocks issuing."""

    message_ar: str
    message_fr: str
    is_warning: bool = False
    paragraph: int | None = None

    def text_ar(self) -> str:
        return self.message_ar

    def text_fr(self) -> str:
        return self.message_fr


_: Finding = FakeDiscrepancy("", "")  # mypy checks the fake is a Finding


class FakeDocuments(DocumentsApi):
    """Counts renders and records the thread they ran in."""

    def __init__(self, delay: float = 0.05) -> None:
        self.delay = delay
        self.render_threads: list[int] = []
        self.rendered: list[Release] = []

    def available(self) -> bool:
        return True

    def known(self) -> bool:
        return True

    def draft_release(self, edition: Edition, all_editions: Any, catalogue: Any,
                      settings: Settings, *, template_body: str | None = None,
                      kind: ReleaseKind = ReleaseKind.CLOSING,
                      template_name: str = "", **_more: Any) -> Release:
        visitors = edition.figures["visitors_total"].value
        return Release(
            edition.number, kind, settings.release_title, settings.place,
            dt.date(2023, 5, 22),
            [f"تعلن المديرية العامة للأمن الوطني أن زوار فضاء الأبواب المفتوحة بمدينة "
             f"{edition.city_ar} ناهز عددهم {visitors} زائر.",
             template_body or "فقرة ثانية."],
        )

    def render_release_pdf(self, release: Release, settings: Settings) -> bytes:
        from reportlab.pdfgen import canvas

        self.render_threads.append(threading.get_ident())
        self.rendered.append(release)
        time.sleep(self.delay)
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, invariant=1)
        pdf.drawString(72, 750, f"ref {release.reference or 'draft'} / {len(release.paragraphs)}")
        for i, paragraph in enumerate(release.paragraphs):
            pdf.drawString(72, 720 - 20 * i, str(len(paragraph)))
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    def check_release(self, release: Release, edition: Edition, catalogue: Any,
                      all_editions: Any = ()) -> list[Any]:
        value = str(edition.figures["visitors_total"].value)
        if any(value in p for p in release.paragraphs):
            return []
        return [FakeDiscrepancy(f"العدد الإجمالي للزوار {value} غير مذكور", "total absent")]
