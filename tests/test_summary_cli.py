"""``balagh summary pdf EDITION -o FILE`` and ``balagh summary all -o FILE`` (PDF and XLSX)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from balagh.store import Store
from cli_runs import Capsys, run
from readback import read_pdf_text


def test_summary_pdf_by_year_and_by_number(
    demo_store: Store, tmp_path: Path, capsys: Capsys
) -> None:
    target = tmp_path / "fez.pdf"
    code, out, err = run(capsys, "--db", demo_store.url, "summary", "pdf", "2023", "-o",
                         str(target))
    assert (code, err) == (0, "")
    assert "فاس" in out and str(target) in out
    data = target.read_bytes()
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert "الدورة الرابعة" in read_pdf_text(data)
    code, _, _ = run(capsys, "--db", demo_store.url, "summary", "pdf", "3", "-o",
                     str(tmp_path / "tangier.pdf"), "--french-labels")
    assert code == 0
    text = read_pdf_text((tmp_path / "tangier.pdf").read_bytes())
    assert "الدورة الثالثة" in text and "Nombre total de visiteurs" in text


def test_summary_xlsx_by_format_or_suffix(
    demo_store: Store, tmp_path: Path, capsys: Capsys
) -> None:
    by_suffix = tmp_path / "fez.xlsx"
    assert run(capsys, "--db", demo_store.url, "summary", "pdf", "4", "-o", str(by_suffix))[0] == 0
    book = load_workbook(by_suffix)
    assert book["الأرقام"].sheet_view.rightToLeft
    by_flag = tmp_path / "all.xlsx"
    code, out, err = run(capsys, "--db", demo_store.url, "summary", "all", "-o",
                         str(tmp_path / "all"), "--format", "xlsx")
    assert code == 0 and "(6)" in out and f"{by_flag}" in err  # the extension added, said
    sheet = load_workbook(io.BytesIO(by_flag.read_bytes()))["كل الدورات"]
    assert [c.value for c in sheet[2]][:5] == [6, "الجديدة", 2025, 2400000, 280000]
    assert [c.value for c in sheet[4]][:5] == [4, "فاس", 2023, 1150000, 635000]


def test_summary_all_pdf(demo_store: Store, tmp_path: Path, capsys: Capsys) -> None:
    target = tmp_path / "all.pdf"
    assert run(capsys, "--db", demo_store.url, "summary", "all", "-o", str(target))[0] == 0
    text = read_pdf_text(target.read_bytes())
    for value in ("1.150.000", "515.000", "260.000", "80.000"):
        assert value in text


def test_summary_all_last_editions_and_years(
    demo_store: Store, tmp_path: Path, capsys: Capsys
) -> None:
    target = tmp_path / "last.pdf"
    code, out, _ = run(capsys, "--db", demo_store.url, "summary", "all", "--last", "2", "-o",
                       str(target))
    assert code == 0 and "(2)" in out
    text = read_pdf_text(target.read_bytes())
    assert "الدورات المسجلة: 2، من 2024 إلى 2025 (آخر دورتين)" in text
    target = tmp_path / "years.pdf"
    assert run(capsys, "--db", demo_store.url, "summary", "all", "--years", "2018-2019",
               "-o", str(target))[0] == 0
    text = read_pdf_text(target.read_bytes())
    # the years chosen are the years shown: said once, not «… (من 2018 إلى 2019)» again
    assert "الدورات المسجلة: 2، من 2018 إلى 2019\n" in text
    target = tmp_path / "wider.pdf"
    assert run(capsys, "--db", demo_store.url, "summary", "all", "--years", "2015-2019",
               "-o", str(target))[0] == 0
    text = read_pdf_text(target.read_bytes())
    assert "الدورات المسجلة: 3، من 2017 إلى 2019 (من 2015 إلى 2019)" in text
    assert "الدورة 4 - " not in text
    for bad, word in (("2030", "لا توجد دورات"), ("20x", "غير مفهوم"), ("2020-2018", "بعد")):
        code, _, err = run(capsys, "--db", demo_store.url, "summary", "all", "--years", bad,
                           "-o", str(tmp_path / "bad.pdf"))
        assert code == 1 and word in err
    assert not (tmp_path / "bad.pdf").exists()


def test_errors_name_the_problem_and_write_nothing(
    demo_store: Store, store_path: Path, capsys: Capsys
) -> None:
    missing = store_path / "x.pdf"
    code, _, err = run(capsys, "--db", demo_store.url, "summary", "pdf", "2030", "-o",
                       str(missing))
    assert code == 1 and "2030" in err and err.startswith("خطأ:")
    code, _, err = run(capsys, "--db", demo_store.url, "summary", "pdf", "عشرة", "-o",
                       str(missing))
    assert code == 1 and "ليست رقما ولا سنة" in err
    code, _, err = run(capsys, "--db", demo_store.url, "summary", "pdf", "4", "-o",
                       str(store_path / "no-such-folder" / "x.pdf"))
    assert code == 1 and "تعذر كتابة الملف" in err and "no-such-folder" in err
    assert "غير موجود" in err
    assert list(store_path.iterdir()) == []


def test_all_with_an_empty_database(store: Store, tmp_path: Path, capsys: Capsys) -> None:
    code, _, err = run(capsys, "--db", store.url, "summary", "all", "-o",
                       str(tmp_path / "all.pdf"))
    assert code == 1 and "لا توجد دورات" in err
    assert not (tmp_path / "all.pdf").exists()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_summary_card_png_and_pdf(demo_store: Store, tmp_path: Path, capsys: Capsys) -> None:
    from PIL import Image

    target = tmp_path / "fez.png"
    code, out, _ = run(capsys, "--db", demo_store.url, "summary", "card", "2023", "--size",
                       "1200x675", "-o", str(target))
    assert code == 0 and "1200x675" in out
    assert Image.open(target).size == (1200, 675)
    target = tmp_path / "fez.pdf"
    assert run(capsys, "--db", demo_store.url, "summary", "card", "4", "-o", str(target))[0] == 0
    assert "حوالي 1.150.000" in read_pdf_text(target.read_bytes())
    for extra, word in ((["--size", "10x10"], "غير معروف"), (["--date", "19 ماي"], "غير مفهوم"),
                        (["--date", "2023-05-19"], "لا توجد أرقام يومية")):
        code, _, err = run(capsys, "--db", demo_store.url, "summary", "card", "4", *extra,
                           "-o", str(tmp_path / "bad.png"))
        assert code == 1 and word in err
    assert not (tmp_path / "bad.png").exists()
