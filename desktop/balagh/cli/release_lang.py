"""``--lang ar|fr|both`` of the release commands: which version, which files.

``--lang fr`` works on the French version of the release (drafted from the same figures
when the draft has none, with ``--template-fr NAME`` a stored French template); ``both``
writes ``FILE`` (Arabic) and ``FILE.fr.pdf`` (French) beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from balagh.core.model import Release
    from balagh.platform.settings import Settings
    from balagh.store import Store

LANGS = ("ar", "fr", "both")


def french_output(path: Path) -> Path:
    """Where ``--lang both`` writes the French file beside ``path``: «بلاغ.pdf» → «بلاغ.fr.pdf»."""
    return path.with_name(f"{path.stem}.fr{path.suffix or '.pdf'}")


def output_targets(args: argparse.Namespace) -> list[tuple[str, Path]]:
    """(language, file) pairs ``-o`` and ``--lang`` ask for."""
    if args.lang == "both":
        return [("ar", args.output), ("fr", french_output(args.output))]
    return [(args.lang, args.output)]


def with_french_if_needed(store: Store, args: argparse.Namespace, settings: Settings,
                          release: Release) -> Release:
    """The release with its French version: the stored one, else drafted from the figures
    (standard error lists the recorded texts the phrasebook has no French for)."""
    import sys

    from balagh.app.bilingual import with_french
    from balagh.app.release_drafting import phrase_texts
    from balagh.cli.release_sources import edition_context, template_body

    name = getattr(args, "template_fr", None)
    if release.french is not None and name is None:
        return release
    edition, editions, catalogue = edition_context(store, args)
    release, missing = with_french(release, edition, editions, catalogue, settings,
                                   template_body=template_body(store, name, "fr"),
                                   template_name=(name or "").strip(),
                                   phrases=phrase_texts(store))
    for text in missing:
        print(f"تنبيه: نص بلا ترجمة في المعجم الفرنسي، حذف من النسخة الفرنسية: «{text}» / "
              f"texte sans traduction, omis de la version française", file=sys.stderr)
    return release
