"""A daily bulletin for a day with no figure recorded (Fez 2023, 20 May: no visitors of the
day, no running total): the check warns in Arabic and French naming the day, and the text
does not open with «وأوضحت» as if it continued a paragraph of figures that is not there."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from balagh.cli.main import main
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition, ReleaseKind
from balagh.documents.release.consistency import check_release
from balagh.documents.release.consistency_findings import DiscrepancyKind
from french_tools import bilingual_draft, editions

EMPTY_DAY = dt.date(2023, 5, 20)
FULL_DAY = dt.date(2023, 5, 18)


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return editions()


def _fez(demo: list[Edition]) -> Edition:
    fez = next(e for e in demo if e.number == 4)
    assert fez.as_of.get(EMPTY_DAY) is None and EMPTY_DAY not in fez.daily_visitors
    return fez


def test_the_check_warns_that_the_day_has_no_figures(demo: list[Edition]) -> None:
    fez = _fez(demo)
    release = bilingual_draft(fez, demo, ReleaseKind.DAILY, EMPTY_DAY)
    found = check_release(release, fez, DEFAULT_BY_KEY, all_editions=demo)
    empty = [f for f in found if f.kind is DiscrepancyKind.NO_FIGURES]
    assert len(empty) == 1 and empty[0].is_warning  # said once, for both languages
    assert "20 ماي 2023" in empty[0].message_ar and "لم تسجل أي أرقام" in empty[0].message_ar
    assert "20 mai 2023" in empty[0].message_fr and "Aucun chiffre" in empty[0].message_fr
    assert [f for f in found if not f.is_warning] == []  # nothing in the text is wrong


def test_a_day_with_figures_gets_no_such_warning(demo: list[Edition]) -> None:
    fez = _fez(demo)
    release = bilingual_draft(fez, demo, ReleaseKind.DAILY, FULL_DAY)
    found = check_release(release, fez, DEFAULT_BY_KEY, all_editions=demo)
    assert not [f for f in found if f.kind is DiscrepancyKind.NO_FIGURES]
    assert release.paragraphs[1].startswith("وأوضحت اللجنة المنظمة")  # continues the first


def test_the_bulletin_does_not_open_with_a_connective(demo: list[Edition]) -> None:
    release = bilingual_draft(_fez(demo), demo, ReleaseKind.DAILY, EMPTY_DAY)
    first = release.paragraphs[0]
    assert first.startswith("أوضحت اللجنة المنظمة لهذه التظاهرة")
    assert not re.search(r"\d", first.replace("21 ماي", ""))  # no figure, only the last day
    french = release.versions[release.languages[1]].paragraphs[0]
    assert french.startswith("Le comité d'organisation")


def test_issuing_the_bulletin_says_so_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "bulletin.pdf"
    assert main(["--db", url, "release", "issue", "2023", "--kind", "daily", "--date",
                 EMPTY_DAY.isoformat(), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "لم تسجل أي أرقام ليوم 20 ماي 2023" in err
    assert out.exists()  # a warning: the bulletin is issued
