"""``balagh release draft|pdf|issue|verify`` on a demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from balagh.cli import main
from balagh.core.model import ReleaseKind, StoredTemplate
from balagh.documents import builtin_template

Capsys = pytest.CaptureFixture[str]
SEED = Path(__file__).parent / "data" / "seed_release.txt"


def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path: Path, capsys: Capsys) -> str:
    address = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    code, _, _ = run(capsys, "--db", address, "demo")
    assert code == 0
    return address


def test_draft_prints_the_seed_paragraphs(url: str, capsys: Capsys) -> None:
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023")
    assert (code, err) == (0, "")
    seed = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert out == "\n\n".join(seed) + "\n"
    code, by_number, _ = run(capsys, "--db", url, "release", "draft", "4")
    assert by_number == out


def test_draft_with_a_stored_template(url: str, capsys: Capsys) -> None:
    from balagh.store import open_store

    with open_store(url) as store:
        body = builtin_template(ReleaseKind.CLOSING) + "\nفقرة مضافة للتجربة.\n"
        store.releases.save_template(StoredTemplate("تجريبي", ReleaseKind.CLOSING, body))
    code, out, _ = run(capsys, "--db", url, "release", "draft", "2023", "--template", "تجريبي")
    assert code == 0
    assert out.rstrip("\n").endswith("فقرة مضافة للتجربة.")
    code, _, err = run(capsys, "--db", url, "release", "draft", "2023", "--template", "غائب")
    assert code == 1 and "لا يوجد قالب باسم «غائب»" in err


def test_unknown_edition_is_a_clear_error(url: str, capsys: Capsys) -> None:
    code, out, err = run(capsys, "--db", url, "release", "draft", "1999")
    assert code == 1 and out == ""
    assert err.startswith("خطأ:")


def test_pdf_issue_verify(url: str, tmp_path: Path, capsys: Capsys) -> None:
    draft_pdf = tmp_path / "draft.pdf"
    code, _, _ = run(capsys, "--db", url, "release", "pdf", "2023", "-o", str(draft_pdf))
    assert code == 0 and draft_pdf.read_bytes().startswith(b"%PDF")
    issued_pdf = tmp_path / "issued.pdf"
    code, out, err = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(issued_pdf))
    assert (code, err) == (0, "")
    assert "2023/001" in out
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(issued_pdf))
    assert code == 0
    assert "2023/001" in out and "2023-05-22" in out and "للدورة 4" in out
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(draft_pdf))
    assert code == 1 and "ليس بلاغا صادرا" in out
    data = bytearray(issued_pdf.read_bytes())
    data[100] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    code, _, _ = run(capsys, "--db", url, "release", "verify", str(changed))
    assert code == 1
    second = tmp_path / "second.pdf"
    code, out, _ = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(second))
    assert code == 0 and "2023/002" in out


def test_issue_refuses_a_text_that_disagrees(url: str, tmp_path: Path, capsys: Capsys) -> None:
    from balagh.store import open_store

    with open_store(url) as store:
        editions = store.editions.list_editions()
        catalogue = {k.key: k for k in store.editions.catalogue()}
        from balagh.documents import draft_release
        from balagh.settings import Settings

        release = draft_release(store.editions.find(2023), editions, catalogue, Settings())
        release.paragraphs[3] = release.paragraphs[3].replace("2300", "2400")
        store.releases.save_draft(release)
    out_file = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(out_file))
    assert code == 1
    assert "2400 موظف شرطة" in err and "--override-reason" in err
    assert not out_file.exists()
    code, _, _ = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(out_file),
                     "--override-reason", "رقم محين من المصلحة المختصة")
    assert code == 0 and out_file.exists()
    with open_store(url) as store:
        [issued] = [r for r in store.releases.releases(4) if r.reference]
        assert issued.override_reason == "رقم محين من المصلحة المختصة"
        assert "2400 موظف شرطة" in issued.paragraphs[3]


def test_a_new_issue_supersedes_the_previous_one(url: str, tmp_path: Path, capsys: Capsys) -> None:
    from balagh.store import open_store

    for name in ("a.pdf", "b.pdf"):
        code, _, _ = run(capsys, "--db", url, "release", "issue", "2023", "-o",
                         str(tmp_path / name))
        assert code == 0
    with open_store(url) as store:
        second, first = store.releases.releases(4)  # newest first
    assert (first.reference, second.reference) == ("2023/001", "2023/002")
    assert second.supersedes_id == first.id and first.supersedes_id is None


def test_settings_default_template_is_used(url: str, capsys: Capsys) -> None:
    from balagh.settings import Settings
    from balagh.store import open_store

    with open_store(url) as store:
        body = builtin_template(ReleaseKind.CLOSING) + "\nفقرة المكتب.\n"
        store.releases.save_template(StoredTemplate("مكتبي", ReleaseKind.CLOSING, body))
    Settings(default_template="مكتبي").save()
    code, out, _ = run(capsys, "--db", url, "release", "draft", "2023")
    assert code == 0 and out.rstrip("\n").endswith("فقرة المكتب.")
