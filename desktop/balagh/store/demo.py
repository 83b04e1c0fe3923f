"""The demo editions (resources/demo/editions.json): the four published Open Days."""

from __future__ import annotations

from dataclasses import dataclass

from balagh.core.interchange import loads_editions
from balagh.core.model import Edition
from balagh.core.ports import EditionRepository
from balagh.platform.assets import read_text


@dataclass(frozen=True)
class DemoResult:
    """Which demo editions were added and which were already in the database."""

    added: list[Edition]
    existing: list[Edition]


def demo_editions(catalogue_keys: list[str]) -> list[Edition]:
    """The demo editions read from the bundled JSON file."""
    return loads_editions(read_text("demo", "editions.json"), catalogue_keys)


def install_demo(editions: EditionRepository) -> DemoResult:
    """Add the demo editions whose numbers are free, all in one transaction.

    Idempotent: a second call adds nothing and lists the four as existing. Editions already
    recorded under a demo number are left untouched.
    """
    keys = [kind.key for kind in editions.catalogue()]
    demo = demo_editions(keys)
    taken = {edition.number for edition in editions.list_editions()}
    missing = [edition for edition in demo if edition.number not in taken]
    present = [edition for edition in demo if edition.number in taken]
    added = editions.replace_all(missing, replace=False) if missing else []
    return DemoResult(added=added, existing=present)
