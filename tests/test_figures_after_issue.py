"""A save that changes a figure an issued release uses says which release now disagrees,
on which numbers, and offers a correction (``balagh.app.after_save``, CLI import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from balagh.app.after_save import issued_disagreements
from balagh.app.issuing import documents_check
from balagh.cli.main import main
from balagh.core.model import ReleaseStatus
from balagh.store import open_store

Capsys = pytest.CaptureFixture[str]


def issued_fez(tmp_path: Path, capsys: Capsys) -> str:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "release", "issue", "2023", "-o", str(tmp_path / "a.pdf")]) == 0
    capsys.readouterr()
    return url


def test_import_changing_an_issued_figure_names_the_release_and_numbers(
    tmp_path: Path, capsys: Capsys
) -> None:
    url = issued_fez(tmp_path, capsys)
    assert main(["--db", url, "editions", "export", "4", "-o", str(tmp_path / "e.json")]) == 0
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    data["figures"]["police_staff"]["value"] = 2600
    (tmp_path / "e.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    code = main(["--db", url, "editions", "import", str(tmp_path / "e.json"), "--replace"])
    out, err = capsys.readouterr()
    assert code == 0 and "استوردت" in out
    assert "البلاغ 2023/001 الصادر لم يعد يطابق" in err
    assert "2300 موظف شرطة" in err and "2600" in err
    assert "balagh release correct 2023/001" in err
    # The offered command drafts the correction from the new figures, superseding 2023/001.
    assert main(["--db", url, "release", "correct", "2023/001"]) == 0
    with open_store(url) as store:
        draft = next(r for r in store.releases.releases(4) if r.status is ReleaseStatus.DRAFT)
        issued = next(r for r in store.releases.releases(4) if r.reference == "2023/001")
        assert draft.supersedes_id == issued.id
        assert any("2600 موظف شرطة" in p for p in draft.paragraphs)
        assert issued_disagreements(store.editions, store.releases, 4, documents_check)


def test_an_unchanged_figure_says_nothing(tmp_path: Path, capsys: Capsys) -> None:
    url = issued_fez(tmp_path, capsys)
    assert main(["--db", url, "editions", "export", "4", "-o", str(tmp_path / "e.json")]) == 0
    capsys.readouterr()
    assert main(["--db", url, "editions", "import", str(tmp_path / "e.json"), "--replace"]) == 0
    assert "لم يعد يطابق" not in capsys.readouterr().err
    with open_store(url) as store:
        assert issued_disagreements(store.editions, store.releases, 4, documents_check) == []
