"""The store's sentences about drafts and issuing: who changed a draft, what was issued.

Each names the person who saved the draft last («user@workstation», ``releases.updated_by``)
and says what did not happen («لم يصدر شيء»), in Arabic and French.
"""

from __future__ import annotations

import datetime as dt

from balagh.core.errors import AlreadyIssuedError, DraftChangedError
from balagh.store.models import ReleaseRow


def default_actor() -> str:
    """«user@workstation»: ``BALAGH_USER`` if set, else the system's user and host names."""
    import getpass
    import os
    import socket

    named = os.environ.get("BALAGH_USER", "").strip()
    if named:
        return named
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (some services, containers)
        user = "?"
    return f"{user}@{socket.gethostname() or '?'}"


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
        f"صدرت هذه المسودة في الأثناء: البلاغ {ref} صادر منذ {_when(row.issued_at)} (آخر من "
        f"عدلها: {who})؛ {done_ar}",
        f"Ce brouillon a été émis entre-temps sous la référence {ref} "
        f"({_when(row.issued_at)}, dernière modification : {who}) ; {done_fr}.",
        row.reference,
    )


def draft_changed(row: ReleaseRow, *, since: str) -> DraftChangedError:
    """Someone saved the draft after the caller opened (``since="opened"``) or checked it."""
    who = row.updated_by or "مستخدم آخر"
    if since == "checked":
        return DraftChangedError(
            f"عدل {who} هذه المسودة بعد فحصها ({_when(row.updated_at)})؛ لم يصدر شيء. "
            "افحص النص الجديد ثم أصدره",
            f"{who} a modifié ce brouillon après sa vérification ({_when(row.updated_at)}) ;"
            " rien n'a été émis. Vérifiez le nouveau texte puis émettez-le.",
            who,
        )
    return DraftChangedError(
        f"عدل {who} هذه المسودة منذ فتحها ({_when(row.updated_at)})؛ أعد فتحها لرؤية "
        "تعديلاته، أو احفظ مع الاستبدال لفرض نسختك",
        f"{who} a modifié ce brouillon depuis son ouverture ({_when(row.updated_at)}) ; "
        "rouvrez-le ou enregistrez en écrasant.",
        who,
    )


def figures_changed(number: int) -> DraftChangedError:
    """The edition's figures were saved after the draft was checked against them."""
    return DraftChangedError(
        f"عدلت أرقام الدورة {number} بعد فحص البلاغ؛ لم يصدر شيء. افحصه من جديد",
        f"Les chiffres de l'édition {number} ont changé après la vérification ; rien n'a été"
        " émis. Vérifiez à nouveau.",
    )
