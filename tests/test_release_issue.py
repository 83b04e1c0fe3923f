"""Issuing releases on record: references in sequence, verification, read-only, the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from balagh.core.errors import BalaghError, ReadOnlyError
from balagh.core.model import Release, ReleaseStatus
from balagh.documents.release.draft import draft_release
from balagh.documents.release.pdf import render_release_pdf
from balagh.documents.release.verify import verify_pdf, verify_pdf_among
from balagh.platform import files as balagh_files
from balagh.platform.settings import Settings
from readback import read_pdf_lines

if TYPE_CHECKING:
    from balagh.store import Store

FEZ_DATE = dt.date(2023, 5, 22)


def fez_draft(store: Store, settings: Settings | None = None) -> Release:
    editions = store.editions.list_editions()
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    fez = store.editions.find(2023)
    return draft_release(fez, editions, catalogue, settings or Settings(), release_date=FEZ_DATE)


def issue(store: Store, release: Release, settings: Settings | None = None) -> Release:
    stored = store.releases.save_draft(release)
    assert stored.id is not None
    chosen = settings or Settings()
    return store.releases.issue(stored.id, lambda r: render_release_pdf(r, chosen))


def body_lines(pdf: bytes, letterhead: int = 2) -> list[str]:
    """The lines of the body, without letterhead, date line, title and footer."""
    pages = read_pdf_lines(pdf)
    lines: list[str] = []
    for number, page in enumerate(pages):
        skip = letterhead + (2 if number == 0 else 0)
        lines += page[skip:-1]
    return lines


def test_issuing_twice_gives_references_in_sequence(demo_store: Store) -> None:
    first = issue(demo_store, fez_draft(demo_store))
    second = issue(demo_store, fez_draft(demo_store))
    assert (first.reference, second.reference) == ("2023/001", "2023/002")
    assert first.status is ReleaseStatus.ISSUED and first.pdf and first.sha256
    assert first.sha256 != second.sha256


def test_the_issued_pdf_verifies_and_a_changed_byte_does_not(demo_store: Store) -> None:
    issued = issue(demo_store, fez_draft(demo_store))
    assert issued.pdf is not None
    found = verify_pdf(issued.pdf, demo_store.releases)
    assert found is not None
    assert (found.id, found.reference, found.edition_number) == (issued.id, "2023/001", 4)
    # the same check against a plain list of releases (as the GUI hands it)
    assert verify_pdf_among(issued.pdf, demo_store.releases.releases()) == found
    tampered = bytearray(issued.pdf)
    middle = len(tampered) // 2
    tampered[middle] = (tampered[middle] + 1) % 256
    assert verify_pdf(bytes(tampered), demo_store.releases) is None
    assert verify_pdf_among(bytes(tampered), demo_store.releases.releases()) is None


def test_a_draft_pdf_does_not_verify(demo_store: Store) -> None:
    draft = demo_store.releases.save_draft(fez_draft(demo_store))
    pdf = render_release_pdf(draft, Settings())
    assert verify_pdf(pdf, demo_store.releases) is None
    assert verify_pdf_among(pdf, [draft]) is None


def test_an_issued_release_cannot_be_edited(demo_store: Store) -> None:
    issued = issue(demo_store, fez_draft(demo_store))
    changed = dataclasses.replace(issued, paragraphs=["نص آخر"])
    with pytest.raises(ReadOnlyError):
        demo_store.releases.save_draft(changed)
    as_draft = dataclasses.replace(changed, status=ReleaseStatus.DRAFT)
    with pytest.raises(ReadOnlyError):
        demo_store.releases.save_draft(as_draft)
    assert issued.id is not None
    with pytest.raises(ReadOnlyError):
        demo_store.releases.issue(issued.id, lambda r: render_release_pdf(r, Settings()))
    kept = demo_store.releases.get_release(issued.id)
    assert kept.paragraphs == issued.paragraphs and kept.pdf == issued.pdf


def test_the_fez_pdf_reads_back_as_the_draft(demo_store: Store) -> None:
    issued = issue(demo_store, fez_draft(demo_store))
    assert issued.pdf is not None
    pages = read_pdf_lines(issued.pdf)
    first = pages[0]
    assert first[:4] == ["المملكة المغربية", "المديرية العامة للأمن الوطني",
                         "الرباط في 22 ماي 2023", "بلاغ"]
    assert " ".join(body_lines(issued.pdf)) == " ".join(issued.paragraphs)
    # footer: reference and «الصفحة n من N» on every page
    for number, page in enumerate(pages, start=1):
        assert "المرجع: 2023/001" in page[-1]
        assert f"الصفحة {number} من {len(pages)}" in page[-1]


def test_the_pdf_is_a4_with_metadata(demo_store: Store) -> None:
    issued = issue(demo_store, fez_draft(demo_store))
    assert issued.pdf is not None
    reader = PdfReader(__import__("io").BytesIO(issued.pdf))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "بلاغ — اختتام أيام الأبواب المفتوحة، فاس 2023 — المرجع: 2023/001"
    assert meta.author == "المديرية العامة للأمن الوطني"
    assert meta.subject == ("اختتام الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني بمدينة "
                            "فاس (2023)")
    # created when it was issued (the record's time, to the second)
    assert meta.creation_date is not None and issued.issued_at is not None
    assert abs((meta.creation_date - issued.issued_at).total_seconds()) < 1


def test_settings_change_the_letterhead_and_title(demo_store: Store) -> None:
    settings = Settings(letterhead_lines=["المملكة المغربية", "وزارة الداخلية",
                                          "المديرية العامة للأمن الوطني"],
                        release_title="بلاغ صحفي")
    release = fez_draft(demo_store, settings)
    pdf = render_release_pdf(release, settings)
    first = read_pdf_lines(pdf)[0]
    assert first[:5] == ["المملكة المغربية", "وزارة الداخلية", "المديرية العامة للأمن الوطني",
                         "الرباط في 22 ماي 2023", "بلاغ صحفي"]
    assert "مسودة" in first[-1]  # a draft says so in its footer


def test_a_missing_logo_is_named(demo_store: Store, tmp_path: object) -> None:
    settings = Settings(logo_path="/nonexistent/logo.png")
    with pytest.raises(BalaghError) as caught:
        render_release_pdf(fez_draft(demo_store), settings)
    assert "logo.png" in caught.value.message_ar


def test_a_correction_supersedes_the_issued_release(demo_store: Store) -> None:
    from balagh.documents.release.draft import correction_draft

    issued = issue(demo_store, fez_draft(demo_store))
    correction = correction_draft(issued)
    assert correction.status is ReleaseStatus.DRAFT and correction.reference is None
    assert correction.supersedes_id == issued.id and correction.pdf is None
    correction.paragraphs[0] = correction.paragraphs[0].replace("ناهز", "فاق")
    reissued = issue(demo_store, correction)
    assert reissued.reference == "2023/002" and reissued.supersedes_id == issued.id
    assert issued.id is not None
    assert demo_store.releases.get_release(issued.id).paragraphs == issued.paragraphs
    draft = demo_store.releases.save_draft(fez_draft(demo_store))
    with pytest.raises(BalaghError):
        correction_draft(draft)


def test_pdf_files_are_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    target = tmp_path / "بلاغ.pdf"
    target.write_bytes(b"%PDF old")
    target.chmod(0o640)
    balagh_files.write_file_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new" and target.stat().st_mode & 0o777 == 0o640

    def refuse(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device", src)

    monkeypatch.setattr(balagh_files.os, "replace", refuse)
    with pytest.raises(balagh_files.FileWriteError) as caught:
        balagh_files.write_file_atomically(target, b"%PDF newer")
    monkeypatch.undo()
    assert caught.value.message_ar == f"تعذر كتابة الملف {target}: القرص ممتلئ"
    assert ".tmp" not in caught.value.message_ar
    assert target.read_bytes() == b"%PDF new"  # the old file is untouched
    assert os.listdir(tmp_path) == ["بلاغ.pdf"]  # no temporary file left
    with pytest.raises(balagh_files.FileWriteError) as missing:
        balagh_files.write_file_atomically(tmp_path / "no" / "x.pdf", b"%PDF")
    assert f"المجلد {tmp_path / 'no'} غير موجود" in missing.value.message_ar
