"""Release templates: the sandbox, errors that name the line, user templates in the database."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import BalaghError
from balagh.core.interchange import loads_editions
from balagh.core.model import ClosingForm, Edition, ReleaseKind, StoredTemplate
from balagh.documents.release.draft import builtin_template, draft_release
from balagh.documents.release.templating import TemplateError, render_paragraphs
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings

if TYPE_CHECKING:
    from balagh.store import Store


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


def draft_with(body: str, demo: list[Edition]) -> list[str]:
    release = draft_release(demo[3], demo, DEFAULT_BY_KEY, Settings(), template_body=body,
                            template_name="تجربة")
    return release.paragraphs


@pytest.mark.parametrize(
    "body",
    [
        "سطر أول\n{{ ''.__class__.__mro__ }}",
        "سطر أول\n{{ edition.__class__.__init__.__globals__ }}",
        "سطر أول\n{{ figures.visitors_total.__class__ }}",
        "سطر أول\n{{ (1).__class__.__base__.__subclasses__() }}",
    ],
)
def test_python_internals_are_refused(body: str, demo: list[Edition]) -> None:
    with pytest.raises(TemplateError) as caught:
        draft_with(body, demo)
    error = caught.value
    assert isinstance(error, BalaghError)
    assert error.line == 2
    assert "السطر 2" in error.message_ar
    assert "غير مسموح" in error.message_ar
    assert "ligne 2" in error.message_fr


def test_os_is_not_there(demo: list[Edition]) -> None:
    with pytest.raises(TemplateError) as caught:
        draft_with("أ\n\nب {{ os.system('touch /tmp/x') }}", demo)
    assert "«os» غير معروف" in caught.value.message_ar
    assert caught.value.line == 3


@pytest.mark.parametrize(
    "body",
    [
        "{% include '/etc/passwd' %}",
        "{% import 'os' as os %}{{ os }}",
        "{% from 'os' import system %}",
        "{% extends '/etc/hostname' %}",
    ],
)
def test_files_and_modules_cannot_be_reached(body: str, demo: list[Edition]) -> None:
    with pytest.raises(TemplateError) as caught:
        draft_with(body, demo)
    assert "لا يسمح للقالب بتضمين ملفات" in caught.value.message_ar
    assert "root:" not in caught.value.message_ar


def test_syntax_error_names_the_line(demo: list[Edition]) -> None:
    body = "فقرة أولى\n\n{% if figures.visitors_total %}\nفقرة ثانية\n"
    with pytest.raises(TemplateError) as caught:
        draft_with(body, demo)
    assert caught.value.line is not None
    assert "ينقص {% endif %}" in caught.value.message_ar
    assert caught.value.message_ar.startswith("القالب «تجربة»، السطر")


def test_unknown_name_names_the_line(demo: list[Edition]) -> None:
    body = "تعلن المديرية\n\nعدد الزوار {{ figures.visitors_total.value }}\n{{ edtion.city_ar }}"
    with pytest.raises(TemplateError) as caught:
        draft_with(body, demo)
    assert caught.value.line == 4
    assert "«edtion» غير معروف" in caught.value.message_ar


def test_bad_filter_value_is_reported_in_arabic(demo: list[Edition]) -> None:
    body = "سطر\n{{ -5 | ar_number }}"
    with pytest.raises(TemplateError) as caught:
        draft_with(body, demo)
    assert caught.value.line == 2
    assert caught.value.message_ar.count("السطر 2") == 1


def test_missing_figure_reads_as_none_not_an_error(demo: list[Edition]) -> None:
    casablanca = demo[0]
    body = ("{% if figures.blood_donors %}متبرعون{% endif %}\n\n"
            "زار الدورة {{ figures.visitors_total.value | ar_count(kinds.visitors_total) }}.")
    release = draft_release(casablanca, demo, DEFAULT_BY_KEY, Settings(), template_body=body)
    assert release.paragraphs == ["زار الدورة 80 ألف زائر."]


def test_paragraphs_are_tidied() -> None:
    source = "أ ب\n ،  ج\n.\n\n\n   \n\n.\n\nد"
    assert render_paragraphs(source, {}) == ["أ ب، ج.", "د"]


def test_a_line_ending_with_a_tag_keeps_its_space() -> None:
    body = "{% if x %}نعم{% endif %}\nبعد"
    assert render_paragraphs(body, {"x": True}) == ["نعم بعد"]


def test_empty_result_is_an_error(demo: list[Edition]) -> None:
    with pytest.raises(BalaghError) as caught:
        draft_with("{% if false %}لا شيء{% endif %}", demo)
    assert "لم ينتج أي فقرة" in caught.value.message_ar


def test_user_copy_of_the_builtin_template_is_stored_and_used(
    demo_store: Store,
) -> None:
    body = builtin_template(ReleaseKind.CLOSING, ClosingForm.FORM_2023).replace(
        "وتميزت كذلك النسخة الحالية", "وتسعى النسخة الحالية"
    )
    demo_store.releases.save_template(StoredTemplate("اختتام معدل", ReleaseKind.CLOSING, body))
    stored = {t.name: t for t in demo_store.releases.templates()}
    assert stored["اختتام معدل"].body == body
    editions = demo_store.editions.list_editions()
    fez = demo_store.editions.find(2023)
    catalogue = {k.key: k for k in demo_store.editions.catalogue()}
    release = draft_release(fez, editions, catalogue, Settings(),
                            template_body=stored["اختتام معدل"].body,
                            template_name="اختتام معدل", release_date=dt.date(2023, 5, 22))
    assert release.paragraphs[4].startswith("وتسعى النسخة الحالية")
    assert release.template_name == "اختتام معدل"
    assert len(release.paragraphs) == 8


@pytest.mark.parametrize(
    ("body", "attribute"),
    [
        ("أ\n{% set x = edition.highlights.append('حقن') %}نص", "append"),
        ("أ\n{% set y = edition.figures.clear() %}نص", "clear"),
        ("أ\n{% set y = figures.pop('visitors_total') %}نص", "pop"),
        ("أ\n{% set y = partners.insert(0, 'شريك') %}نص", "insert"),
    ],
)
def test_a_template_cannot_change_the_edition(
    demo: list[Edition], body: str, attribute: str
) -> None:
    import copy

    fez = copy.deepcopy(demo[3])
    before = copy.deepcopy(fez)
    with pytest.raises(TemplateError) as caught:
        draft_release(fez, demo, DEFAULT_BY_KEY, Settings(), template_body=body,
                      template_name="تجربة")
    assert fez == before
    assert caught.value.line == 2
    assert f"عملية غير مسموح بها في القوالب: الوصول إلى «{attribute}»" in caught.value.message_ar



def test_a_long_record_reaches_templates_whole_and_cannot_be_changed(
    demo: list[Edition]
) -> None:
    """Every edition of a long record is there for the template, item by item, indexed and
    sliced as a list; nothing the template touches is the caller's object."""
    import copy

    from balagh.documents.release.templating import render_template

    record = [copy.deepcopy(demo[k % 4]) for k in range(40)]
    for number, edition in enumerate(record, start=1):
        edition.number = number
    before = copy.deepcopy(record)
    source = ("{{ editions|length }} {{ editions[0].number }} {{ editions[-1].number }} "
              "{{ editions[38:]|map(attribute='number')|join(',') }} "
              "{{ editions|map(attribute='city_ar')|select('equalto', 'فاس')|list|length }}"
              "{% set x = editions[2].highlights.append('حقن') %}")
    with pytest.raises(TemplateError) as caught:
        render_template(source, {"editions": record})
    assert "«append»" in caught.value.message_ar
    assert record == before
    text = render_template(source.split("{% set")[0], {"editions": record})
    fez_count = sum(1 for e in record if e.city_ar == "فاس")
    assert text.split() == ["40", "1", "40", "39,40", str(fez_count)]
    assert record == before


@pytest.mark.parametrize(("source", "expected"), [
    ("سطر أول\n{% if x %}نص", "السطر 2: انتهى القالب قبل إغلاق وسم مفتوح: ينقص {% endif %}"),
    ("{% foo %}", "وسم غير معروف: {% foo %}"),
    ("{{ x ", "عبارة {{ … }} غير مغلقة في آخر القالب"),
    ("{% if x %}{% endfor %}", "وسم في غير موضعه: {% endfor %}؛ المنتظر {% endif %}"),
    ("{{ x | }}", "ينقص اسم (متغير أو مرشح) في هذا الموضع"),
    ("{{ x ) }}", "رمز غير متوقع: «)»"),
])
def test_syntax_errors_are_explained_in_arabic(source: str, expected: str) -> None:
    from balagh.documents.release.templating import render_template

    with pytest.raises(BalaghError) as caught:
        render_template(source, {"x": 1}, "نسختي")
    message = caught.value.message_ar
    assert expected in message
    assert not any("a" <= ch.lower() <= "z" for ch in message.replace("endif", "")
                   .replace("endfor", "").replace("foo", "")), message


def test_a_template_text_is_compiled_once() -> None:
    from balagh.documents.release.templating import compile_template

    source = "زار المعرض {{ visitors }} زائر"
    assert compile_template(source) is compile_template(source, "another name")
    assert compile_template(source + ".") is not compile_template(source)
