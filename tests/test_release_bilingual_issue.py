"""An Arabic + French pair issued under one reference: both verify, one changed byte in
either is caught, both are read-only, both are exported and corrected together."""

from __future__ import annotations

import pytest

from balagh.app.bilingual import issue_release, pdf_of_issued, with_french
from balagh.app.issuing import SameAsInForce
from balagh.core.errors import ReadOnlyError
from balagh.core.interchange import loads_editions
from balagh.core.model import Language, ReleaseStatus
from balagh.documents.release.consistency import check_release
from balagh.documents.release.draft import correction_draft, draft_release
from balagh.documents.release.verify import matched_language, pdf_digest, verify_pdf
from balagh.platform.settings import Settings
from balagh.store import Store
from french_tools import AGADIR


@pytest.fixture
def agadir_store(demo_store: Store) -> Store:
    keys = [kind.key for kind in demo_store.editions.catalogue()]
    # the demo has its own Agadir 2024: this file's figures replace it
    demo_store.editions.replace_all(loads_editions(AGADIR.read_text(encoding="utf-8"), keys),
                                    replace=True)
    return demo_store


def test_pair_issued_both_verify_and_a_changed_byte_is_caught(agadir_store: Store) -> None:
    store = agadir_store
    editions = store.editions.list_editions()
    agadir = store.editions.get(5)
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    release = draft_release(agadir, editions, catalogue, Settings())
    release, missing = with_french(release, agadir, editions, catalogue, Settings())
    assert missing == []
    assert check_release(release, agadir, catalogue, all_editions=editions) == []
    issued = issue_release(store.editions, store.releases, release, Settings())
    assert issued.status is ReleaseStatus.ISSUED and issued.reference == "2024/001"
    arabic, french = pdf_of_issued(issued), pdf_of_issued(issued, Language.FR)
    assert arabic and french and arabic != french
    assert issued.french is not None and issued.french.sha256 == pdf_digest(french)
    for data, language in ((arabic, Language.AR), (french, Language.FR)):
        found = verify_pdf(data, store.releases)
        assert found is not None and found.reference == "2024/001"
        assert matched_language(found, pdf_digest(data)) is language
        for offset in (len(data) // 3, len(data) - 20):
            changed = bytearray(data)
            changed[offset] ^= 0x01
            assert verify_pdf(bytes(changed), store.releases) is None
    stored = store.releases.get_release(issued.id or 0)
    assert stored.french is not None and stored.french.paragraphs == release.versions[
        Language.FR].paragraphs


def _text(pdf: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc)


def test_french_version_is_read_only_once_issued(agadir_store: Store) -> None:
    store = agadir_store
    editions = store.editions.list_editions()
    agadir = store.editions.get(5)
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    release, _ = with_french(draft_release(agadir, editions, catalogue, Settings()), agadir,
                             editions, catalogue, Settings())
    issued = issue_release(store.editions, store.releases, release, Settings())
    assert "Référence\u202f: 2024/001" in _text(pdf_of_issued(issued, Language.FR) or b"")
    with pytest.raises(ReadOnlyError):
        store.releases.save_draft(issued)
    # the database itself refuses a change to the issued French version
    from sqlalchemy import text

    with pytest.raises(Exception, match="read-only"), store.engine.begin() as connection:
        connection.execute(text("UPDATE release_versions SET paragraphs_json = '[]'"))
    correction = correction_draft(issued)
    assert correction.french is not None and correction.french.pdf is None
    with pytest.raises(SameAsInForce, match="2024/001"):  # the same text: not issued again
        issue_release(store.editions, store.releases, correction, Settings())
    second = issue_release(store.editions, store.releases, correction, Settings(), again=True)
    assert second.reference == "2024/002" and second.supersedes_id == issued.id
    assert second.french is not None and second.french.sha256 != issued.french.sha256  # type: ignore[union-attr]


def test_a_draft_without_french_stays_arabic_only(agadir_store: Store) -> None:
    store = agadir_store
    agadir = store.editions.get(5)
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    release = draft_release(agadir, store.editions.list_editions(), catalogue, Settings())
    issued = issue_release(store.editions, store.releases, release, Settings())
    assert issued.versions == {} and pdf_of_issued(issued, Language.FR) is None
