"""Figures checked against each other (``balagh.core.plausibility``): errors for the
impossible, warnings for the unusual — in the check before issuing and at import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from balagh.app.issuing import Issuing, documents_check
from balagh.cli.main import main
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Qualifier
from balagh.core.plausibility import check_figures
from balagh.documents.release.draft import draft_release
from balagh.documents.release.pdf import render_release_pdf
from balagh.platform.settings import Settings
from store_tools import fez_edition

D = dt.date


def findings(edition, editions=()):  # type: ignore[no-untyped-def]
    return [(f.problem.field, f.is_warning, f.text_ar()) for f in
            check_figures(edition, list(editions), DEFAULT_BY_KEY)]


def test_peak_days_above_an_exact_or_about_total_are_impossible() -> None:
    fez = fez_edition()
    fez.figures["visitors_total"].value = 1_250_000
    fez.figures["peak_visitors"].value = 2_000_000
    [(field, warning, text)] = [f for f in findings(fez) if f[0].startswith("figures")]
    assert field == "figures.peak_visitors.value" and not warning
    assert "زوار أيام الذروة" in text and "2000000" in text and "1250000" in text


def test_parts_above_a_lower_bound_total_are_unusual() -> None:
    fez = fez_edition()
    fez.figures["visitors_total"].value = 1_250_000
    fez.figures["visitors_total"].qualifier = Qualifier.MORE_THAN
    fez.figures["peak_visitors"].value = 2_000_000
    fez.daily_visitors = {D(2023, 5, d): 500_000 for d in range(17, 22)}  # 2.5 million
    found = findings(fez)
    assert ("figures.peak_visitors.value", True) in [(f, w) for f, w, _ in found]
    daily = [t for f, w, t in found if f == "daily_visitors" and w]
    assert daily and "2500000" in daily[0]


def test_days_outside_the_edition_are_impossible() -> None:
    fez = fez_edition()
    fez.daily_visitors[D(2023, 5, 25)] = 1000
    assert any(f == "daily_visitors.2023-05-25" and not w for f, w, _ in findings(fez))


def test_daily_rows_that_do_not_add_up_warn() -> None:
    fez = fez_edition()  # about 1,150,000; the rows add up to 1,144,100: within 5 %
    assert [f for f in findings(fez) if f[0] == "daily_visitors"] == []
    fez.daily_visitors[D(2023, 5, 21)] = 20_000  # now 994,100: 13.6 % short
    [(_, warning, text)] = [f for f in findings(fez) if f[0] == "daily_visitors"]
    assert warning and "994100" in text and "1150000" in text


def test_a_figure_ten_times_the_previous_editions_warns() -> None:
    before = fez_edition(3)
    before.start_date, before.end_date = D(2022, 5, 17), D(2022, 5, 21)
    before.daily_visitors = {}
    fez = fez_edition()
    fez.figures["police_staff"].value = 23_000  # one zero too many
    [(_field, warning, text)] = [f for f in findings(fez, [before, fez])
                                if f[0] == "figures.police_staff.value"]
    assert warning and "الدورة السابقة 3" in text and "2300" in text


def test_the_check_before_issuing_shows_the_figures_findings(demo_store) -> None:  # type: ignore[no-untyped-def]
    fez = demo_store.editions.find(2023)
    fez.figures["visitors_total"].qualifier = Qualifier.MORE_THAN
    fez.figures["peak_visitors"].value = 2_000_000
    demo_store.editions.save(fez)
    catalogue = {k.key: k for k in demo_store.editions.catalogue()}
    draft = draft_release(demo_store.editions.find(2023), demo_store.editions.list_editions(),
                          catalogue, Settings())
    flow = Issuing(demo_store.editions, demo_store.releases, documents_check,
                   lambda r: render_release_pdf(r, Settings()))
    checked = flow.check(flow.store_draft(draft))
    texts = [w.text_ar() for w in checked.warnings]
    assert any("زوار أيام الذروة" in t and "2000000" in t for t in texts), texts


def test_import_prints_the_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "editions", "export", "4", "-o", str(tmp_path / "e.json")]) == 0
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    data["figures"]["visitors_total"]["qualifier"] = "more_than"
    data["figures"]["peak_visitors"]["value"] = 2_000_000
    (tmp_path / "e.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", url, "editions", "import", str(tmp_path / "e.json"), "--replace"]) == 0
    err = capsys.readouterr().err
    assert "تنبيه (الدورة 4)" in err and "زوار أيام الذروة" in err and "2000000" in err
