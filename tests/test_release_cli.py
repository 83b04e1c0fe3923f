"""``balagh release draft|pdf|issue|verify`` on a demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from balagh.cli.main import main
from balagh.core.model import ReleaseKind, StoredTemplate
from balagh.documents.release.draft import builtin_template
from cli_runs import Capsys, run

SEED = Path(__file__).parent / "data" / "seed_release.txt"


@pytest.fixture
def url(tmp_path: Path, capsys: Capsys) -> str:
    address = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    code, _, _ = run(capsys, "--db", address, "demo")
    assert code == 0
    return address


def test_draft_prints_the_seed_paragraphs(url: str, capsys: Capsys) -> None:
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023")
    assert code == 0 and "مسودة جديدة" in err
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
    code, out, err = run(capsys, "--db", url, "release", "verify", str(draft_pdf))
    assert code == 1 and out == "" and "ليس بلاغا صادرا" in err
    data = bytearray(issued_pdf.read_bytes())
    data[100] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    code, _, _ = run(capsys, "--db", url, "release", "verify", str(changed))
    assert code == 1
    second = tmp_path / "second.pdf"
    code, out, _ = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(second),
                       "--again")
    assert code == 0 and "2023/002" in out and "محل البلاغ 2023/001" in out


def test_issue_refuses_a_text_that_disagrees(url: str, tmp_path: Path, capsys: Capsys) -> None:
    from balagh.store import open_store

    with open_store(url) as store:
        editions = store.editions.list_editions()
        catalogue = {k.key: k for k in store.editions.catalogue()}
        from balagh.documents.release.draft import draft_release
        from balagh.platform.settings import Settings

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

    for name, again in (("a.pdf", []), ("b.pdf", ["--again"])):
        code, _, _ = run(capsys, "--db", url, "release", "issue", "2023", "-o",
                         str(tmp_path / name), *again)
        assert code == 0
    with open_store(url) as store:
        second, first = store.releases.releases(4)  # newest first
    assert (first.reference, second.reference) == ("2023/001", "2023/002")
    assert second.supersedes_id == first.id and first.supersedes_id is None


def test_settings_default_template_is_used(url: str, capsys: Capsys) -> None:
    from balagh.platform.settings import Settings
    from balagh.store import open_store

    with open_store(url) as store:
        body = builtin_template(ReleaseKind.CLOSING) + "\nفقرة المكتب.\n"
        store.releases.save_template(StoredTemplate("مكتبي", ReleaseKind.CLOSING, body))
    Settings(default_template="مكتبي").save()
    code, out, _ = run(capsys, "--db", url, "release", "draft", "2023")
    assert code == 0 and out.rstrip("\n").endswith("فقرة المكتب.")


def test_a_failing_default_template_gives_way_in_the_windows_words(
        url: str, capsys: Capsys) -> None:
    """The settings' default template fails on its line 3: the command still drafts (with
    the built-in template) and says so with the window's sentence, in Arabic and French."""
    from balagh.app.release_drafting import builtin_fallback_notice
    from balagh.documents.release.templating import TemplateError, compile_template
    from balagh.platform.settings import Settings
    from balagh.store import open_store

    body = "فقرة أولى.\n\nعدد الزوار {{ figures.visitors_total.value | nofilter }}."
    with open_store(url) as store:
        store.releases.save_template(StoredTemplate("قالب قديم", ReleaseKind.CLOSING, body))
    Settings(default_template="قالب قديم").save()
    with pytest.raises(TemplateError) as failure:
        compile_template(body, name="قالب قديم")
    notice = builtin_fallback_notice(failure.value)
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023")
    seed = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert code == 0 and out == "\n\n".join(seed) + "\n"
    assert "القالب «قالب قديم»، السطر 3" in notice.message_ar
    assert (f"تنبيه: {notice.message_ar} / Attention : {notice.message_fr}"
            in err.splitlines()), err
    assert "Modèle intégré" in notice.message_fr or "modèle intégré" in notice.message_fr


def test_draft_prints_the_stored_draft(url: str, capsys: Capsys) -> None:
    from balagh.documents.release.draft import draft_release
    from balagh.platform.settings import Settings
    from balagh.store import open_store

    with open_store(url) as store:
        editions = store.editions.list_editions()
        catalogue = {k.key: k for k in store.editions.catalogue()}
        release = draft_release(store.editions.find(2023), editions, catalogue, Settings())
        release.paragraphs[-1] = "فقرة عدلها المكتب."
        stored = store.releases.save_draft(release)
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023")
    assert code == 0 and out.rstrip("\n").endswith("فقرة عدلها المكتب.")
    assert "المسودة المحفوظة" in err and f"رقم {stored.id}" in err and "--fresh" in err
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023", "--fresh")
    assert code == 0 and "فقرة عدلها المكتب." not in out and "مسودة جديدة" in err
    seed = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert out == "\n\n".join(seed) + "\n"
    # the opening kind has no stored draft: a fresh one
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023", "--kind", "opening")
    assert code == 0 and "مسودة جديدة" in err and out.startswith("تنظم المديرية")


def test_issue_checks_the_output_before_issuing(url: str, tmp_path: Path, capsys: Capsys) -> None:
    from balagh.store import open_store

    for target, reason in [
        ("/nonexistent/dir/x.pdf", "المجلد /nonexistent/dir غير موجود"),
        (str(tmp_path), "مجلد وليس ملفا"),
    ]:
        code, out, err = run(capsys, "--db", url, "release", "issue", "2019", "-o", target)
        assert code == 1 and out == ""
        assert f"تعذر كتابة الملف {target}" in err and reason in err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--db", url, "release", "issue", "2019", "-o",
                       str(blocker / "x.pdf"))
    assert code == 1 and "ليس مجلدا" in err
    with open_store(url) as store:  # nothing issued, no reference used
        assert all(r.reference is None for r in store.releases.releases())
    good = tmp_path / "2019.pdf"
    code, out, _ = run(capsys, "--db", url, "release", "issue", "2019", "-o", str(good))
    assert code == 0 and "2019/001" in out and good.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_file_that_fails_after_issuing_names_the_reference(
    url: str, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from balagh.platform import files

    def full_disk(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device", src)

    target = tmp_path / "issued.pdf"
    with monkeypatch.context() as patch:
        patch.setattr(files.os, "replace", full_disk)
        code, out, err = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(target))
    assert code == 1 and not target.exists()
    assert "صدر البلاغ 2023/001" in err and f"تعذر كتابة الملف {target}" in err
    assert "balagh release export 2023/001 -o" in err
    # nothing is lost: the stored PDF is written again, and it verifies
    again = tmp_path / "again.pdf"
    code, out, _ = run(capsys, "--db", url, "release", "export", "2023/001", "-o", str(again))
    assert code == 0 and "2023/001" in out
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(again))
    assert code == 0 and "2023/001" in out
    code, _, err = run(capsys, "--db", url, "release", "export", "٢٠٢٣/٠٠٩", "-o", str(again))
    assert code == 1 and "لا يوجد بلاغ صادر بالمرجع" in err


def test_pdf_is_written_atomically(url: str, tmp_path: Path, capsys: Capsys) -> None:
    target = tmp_path / "draft.pdf"
    target.write_bytes(b"old")
    code, _, _ = run(capsys, "--db", url, "release", "pdf", "2023", "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.pdf", "office.db"]
    code, _, err = run(capsys, "--db", url, "release", "pdf", "2023", "-o", "/nonexistent/d.pdf")
    assert code == 1 and "تعذر كتابة الملف /nonexistent/d.pdf" in err


def test_verify_says_a_release_was_superseded(url: str, tmp_path: Path, capsys: Capsys) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target, again in ((first, []), (second, ["--again"])):
        code, _, _ = run(capsys, "--db", url, "release", "issue", "2023", "-o", str(target),
                         *again)
        assert code == 0
    code, out, err = run(capsys, "--db", url, "release", "verify", str(first))
    assert code == 0 and err == ""
    assert "الملف مطابق للبلاغ الصادر 2023/001" in out
    assert "عوض هذا البلاغ بالبلاغ 2023/002" in out
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(second))
    assert code == 0 and "2023/002" in out and "عوض" not in out


def test_release_date_rules(url: str, tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = run(capsys, "--db", url, "release", "draft", "2023", "--date", "2023-05-20")
    assert code == 1 and out == ""
    assert "لا يمكن أن يؤرخ بلاغ الاختتام في 2023-05-20 قبل نهاية الدورة" in err
    code, out, _ = run(capsys, "--db", url, "release", "draft", "2023", "--date", "٢٠٢٣-٠٦-٠٢")
    assert code == 0 and "من 17 إلى 21 ماي 2023" in out
    # a stored draft cannot be redated before the end either
    from balagh.documents.release.draft import draft_release
    from balagh.platform.settings import Settings
    from balagh.store import open_store

    with open_store(url) as store:
        catalogue = {k.key: k for k in store.editions.catalogue()}
        store.releases.save_draft(draft_release(
            store.editions.find(2023), store.editions.list_editions(), catalogue, Settings()))
    code, _, err = run(capsys, "--db", url, "release", "pdf", "2023", "-o",
                       str(tmp_path / "d.pdf"), "--date", "2023-05-18")
    assert code == 1 and "قبل نهاية الدورة" in err


def test_a_dropped_qualifier_warns_but_issues(url: str, tmp_path: Path, capsys: Capsys) -> None:
    from balagh.documents.release.draft import draft_release
    from balagh.platform.settings import Settings
    from balagh.store import open_store

    with open_store(url) as store:
        catalogue = {k.key: k for k in store.editions.catalogue()}
        release = draft_release(store.editions.find(2023), store.editions.list_editions(),
                                catalogue, Settings())
        release.paragraphs[1] = release.paragraphs[1].replace("فاقت أكثر من 630", "بلغت 630")
        store.releases.save_draft(release)
    code, _, err = run(capsys, "--db", url, "release", "draft", "2023", "--date", "2023-05-19")
    assert code == 1 and "قبل نهاية الدورة" in err
    code, out, err = run(capsys, "--db", url, "release", "issue", "2023", "-o",
                         str(tmp_path / "x.pdf"))
    assert code == 0 and "2023/001" in out
    assert err.startswith("تنبيه: الفقرة 2: «630 ألف زائر»") and "أكثر من" in err


@pytest.mark.parametrize("command", [["release", "draft", "2023"],
                                     ["release", "pdf", "2023", "-o", "{out}"],
                                     ["release", "export", "2023/001", "-o", "{out}"],
                                     ["release", "verify", "{out}"]])
def test_reading_commands_refuse_a_mistyped_database(
    tmp_path: Path, capsys: Capsys, command: list[str]
) -> None:
    """A typo in --db must not leave an empty database behind (nor issue anything)."""
    (tmp_path / "out.pdf").write_bytes(b"%PDF-1.4\n")
    typo = tmp_path / "tyop.db"
    argv = [part.replace("{out}", str(tmp_path / "out.pdf")) for part in command]
    assert main(["--db", f"sqlite:///{typo.as_posix()}", *argv]) == 1
    assert "لا توجد قاعدة بيانات" in capsys.readouterr().err
    assert not typo.exists()
