"""Social-media cards: exact sizes, the office's figures read back from the PDF, PNG pixels."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from balagh.app.cards import CARD_SIZES, image_kind, make_card, parse_size
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import BalaghError
from balagh.core.model import Edition
from balagh.documents.summary.card import (
    NAVY,
    CardContent,
    CardFigure,
    card_png,
    day_card,
    render_card_pdf,
)
from balagh.platform.settings import Settings
from editions_series import demo_editions
from readback import read_pdf_text

DAYS = [145000, 199100, 210000]


@pytest.fixture(scope="module")
def editions() -> list[Edition]:
    editions = demo_editions()
    fez = editions[3]
    # A database filled before the figures «as of» a day: day figures in daily_visitors only.
    fez.as_of = {}
    fez.daily_visitors = {fez.start_date + dt.timedelta(i): v for i, v in enumerate(DAYS)}
    return editions


@pytest.mark.parametrize("size", CARD_SIZES)
def test_fez_card_in_every_size(editions: list[Edition], size: tuple[int, int]) -> None:
    fez = editions[3]
    pdf = make_card(fez, editions, DEFAULT_BY_KEY, Settings(), size=size, image="pdf")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == size
    text = read_pdf_text(pdf)
    for expected in ("المديرية العامة للأمن الوطني", "حصيلة الدورة",
                     "الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني",
                     "فاس، من 17 إلى 21 ماي 2023", "العدد الإجمالي للزوار",
                     "حوالي 1.150.000", "أكثر من 20.000.000", "2.300", "رقم قياسي"):
        assert expected in text, expected
    png = make_card(fez, editions, DEFAULT_BY_KEY, Settings(), size=size, image="png")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == size
    # The header band is the office's navy, the body white: the page was really drawn.
    navy = tuple(int(NAVY[i:i + 2], 16) for i in (1, 3, 5))
    assert image.convert("RGB").getpixel((5, 5)) == navy
    assert image.convert("RGB").getpixel((5, size[1] // 2)) == (255, 255, 255)


@pytest.mark.parametrize("size", CARD_SIZES)
def test_day_card(editions: list[Edition], size: tuple[int, int]) -> None:
    fez = editions[3]
    third = fez.start_date + dt.timedelta(2)
    pdf = make_card(fez, editions, DEFAULT_BY_KEY, Settings(), size=size, image="pdf",
                    day=third)
    text = read_pdf_text(pdf)
    assert "حصيلة اليوم الثالث" in text and "فاس، الجمعة 19 ماي 2023" in text
    assert "زوار اليوم 210.000" in text or ("زوار اليوم" in text and "210.000" in text)
    assert f"{sum(DAYS):,}".replace(",", ".") in text  # visitors since the opening
    png = make_card(fez, editions, DEFAULT_BY_KEY, Settings(), size=size, day=third)
    assert Image.open(io.BytesIO(png)).size == size


@pytest.mark.parametrize(("day", "visitors", "so_far"), [
    (dt.date(2023, 5, 17), "حوالي 145.000", None),
    (dt.date(2023, 5, 18), "حوالي 200.000", "344.100"),
])
def test_day_card_from_the_figures_the_bulletins_use(
    day: dt.date, visitors: str, so_far: str | None
) -> None:
    """The demo data hold Fez's day figures «as of» each day (what the daily bulletins
    read): the card of each of those days is made from them."""
    editions = demo_editions()
    fez = editions[3]
    assert not fez.daily_visitors and day in fez.as_of
    pdf = make_card(fez, editions, DEFAULT_BY_KEY, Settings(), size=(1080, 1080),
                    image="pdf", day=day)
    text = read_pdf_text(pdf)
    assert "زوار اليوم" in text and visitors in text
    assert (so_far in text) if so_far else "الزوار منذ الافتتاح" not in text
    with pytest.raises(BalaghError) as caught:  # a day without figures names the days held
        day_card(fez, dt.date(2023, 5, 20))
    assert "2023-05-17، 2023-05-18" in caught.value.message_ar


def test_card_takes_any_set_of_figures() -> None:
    content = CardContent("حصيلة اليوم الأول", "الدورة المائة لأيام الأبواب المفتوحة",
                          "الرباط", (CardFigure("زوار اليوم", 2400000),))
    pdf = render_card_pdf(content, (1080, 1080), Settings(digits="arabic-indic"))
    text = read_pdf_text(pdf)
    assert "الدورة المائة" in text and "٢٬٤٠٠٬٠٠٠" in text
    assert Image.open(io.BytesIO(card_png(pdf))).size == (1080, 1080)


def test_logo_from_the_settings(editions: list[Edition], tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 200), (200, 30, 30)).save(logo)
    png = make_card(editions[3], editions, DEFAULT_BY_KEY, Settings(logo_path=str(logo)),
                    size=(1080, 1080))
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.getpixel((100, 100)) == (200, 30, 30)  # the logo at the top left


def test_bad_requests_are_named(editions: list[Edition]) -> None:
    with pytest.raises(BalaghError) as caught:
        parse_size("100x100")
    assert "1080x1350" in caught.value.message_ar
    with pytest.raises(BalaghError) as caught:
        image_kind("card.jpg")
    assert "card.jpg" in caught.value.message_ar
    with pytest.raises(BalaghError) as caught:
        day_card(editions[0], dt.date(2017, 9, 14))
    assert "2017-09-14" in caught.value.message_ar and caught.value.message_fr
    assert parse_size("1200×675") == (1200, 675)
