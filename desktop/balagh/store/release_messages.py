"""The store's sentences about drafts and issuing: who changed a draft, what was issued.

Each names the person who saved the draft last («user@workstation», ``releases.updated_by``)
and says what did not happen («لم يصدر شيء»), in Arabic and French.
"""

from __future__ import annotations

import datetime as dt

from balagh.core.errors import AlreadyIssuedError, DraftChangedError
from balagh.messages import PerLanguage, msg
from balagh.store.release_models import ReleaseRow


def _when(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC" if moment is not None else "—"


def already_issued(row: ReleaseRow, *, saving: bool) -> AlreadyIssuedError:
    """The draft was issued meanwhile: say as what, when, and that nothing else happened."""
    who = row.updated_by or "مستخدم آخر"
    ref = row.reference or str(row.id)
    done_ar = "لم تحفظ تعديلاتك" if saving else "لم يصدر بلاغ جديد"
    done_fr = "vos modifications n'ont pas été enregistrées" if saving else (
        "aucun nouveau communiqué n'a été émis")
    return AlreadyIssuedError(
        msg(
            "صدرت هذه المسودة في الأثناء: البلاغ {ref} صادر منذ {when} (آخر من عدلها: {who})؛ "
            "{done}",
            ref=ref,
            when=_when(row.issued_at),
            who=who,
            done=PerLanguage(ar=done_ar, fr=done_fr),
        ),
        row.reference,
    )


def draft_changed(row: ReleaseRow, *, since: str) -> DraftChangedError:
    """Someone saved the draft after the caller opened (``since="opened"``) or checked it."""
    who = row.updated_by or "مستخدم آخر"
    if since == "checked":
        return DraftChangedError(
            msg(
                "عدل {who} هذه المسودة بعد فحصها ({when})؛ لم يصدر شيء. افحص النص الجديد ثم أصدره",
                who=who,
                when=_when(row.updated_at),
            ),
            who,
        )
    return DraftChangedError(
        msg(
            "عدل {who} هذه المسودة منذ فتحها ({when})؛ أعد فتحها لرؤية تعديلاته، أو احفظ مع "
            "الاستبدال لفرض نسختك",
            who=who,
            when=_when(row.updated_at),
        ),
        who,
    )


def figures_changed(number: int) -> DraftChangedError:
    """The edition's figures were saved after the draft was checked against them."""
    return DraftChangedError(
        msg(
            "عدلت أرقام الدورة {number} بعد فحص البلاغ؛ لم يصدر شيء. افحصه من جديد",
            number=number,
        ),
    )
