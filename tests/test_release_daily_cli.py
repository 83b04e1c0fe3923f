"""``balagh release draft|pdf|issue EDITION --kind daily --date YYYY-MM-DD``."""

from __future__ import annotations

from pathlib import Path

import pytest

from balagh.store import open_store
from cli_runs import Capsys, run
from readback import read_pdf_text


@pytest.fixture
def url(tmp_path: Path, capsys: Capsys) -> str:
    address = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert run(capsys, "--db", address, "demo")[0] == 0
    return address


def test_draft_of_a_day(url: str, capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--db", url, "release", "draft", "2023", "--kind", "daily",
                       "--date", "2023-05-18")
    assert code == 0
    assert out.startswith("بلغ عدد الوافدين على فضاء أيام الأبواب المفتوحة")
    assert "72 وسيلة إعلامية" in out and "216 تصريحا صحافيا" in out
    code, arabic, _ = run(capsys, "--db", url, "release", "draft", "4", "--kind", "daily",
                          "--date", "٢٠٢٣-٠٥-١٨")
    assert arabic == out


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["--kind", "daily"], "حدد اليوم"),
     (["--kind", "daily", "--date", "2023-05-25"], "ليس من أيام الدورة 4")],
)
def test_a_bulletin_needs_a_day_of_the_edition(url: str, capsys: Capsys, argv: list[str],
                                               message: str) -> None:
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023", *argv)
    assert code == 1 and out == "" and message in err


def test_pdf_and_issue_one_bulletin_per_day(url: str, tmp_path: Path, capsys: Capsys) -> None:
    draft = tmp_path / "نشرة.pdf"
    code, _, _ = run(capsys, "--db", url, "release", "pdf", "2023", "--kind", "daily",
                     "--date", "2023-05-17", "-o", str(draft))
    assert code == 0
    text = " ".join(read_pdf_text(draft.read_bytes()).split())
    assert "سجل اليوم الأول من أيام الأبواب المفتوحة للأمن الوطني" in text
    for day in ("2023-05-17", "2023-05-18"):
        code, _out, err = run(capsys, "--db", url, "release", "issue", "2023", "--kind", "daily",
                             "--date", day, "-o", str(tmp_path / f"{day}.pdf"))
        assert code == 0, err
    with open_store(url) as store:
        issued = [r for r in store.releases.releases(4) if r.reference]
    assert sorted(r.date.isoformat() for r in issued) == ["2023-05-17", "2023-05-18"]
    assert all(r.supersedes_id is None for r in issued)  # another day is not a correction
