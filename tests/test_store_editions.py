"""The edition repository on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from balagh.core.catalogue import DEFAULT_CATALOGUE
from balagh.core.errors import ConflictError, NotFoundError, ReadOnlyError, ValidationFailed
from balagh.core.model import Edition, FigureValue, JointPavilion, Qualifier, Release, ReleaseKind
from balagh.store import Store, open_store
from balagh.store.models import (
    DailyVisitorsRow,
    EditionRow,
    FigureValueRow,
    PartnerRow,
)
from store_tools import content, digest, dump, fez_edition, sqlite_path

D = dt.date


def casablanca() -> Edition:
    return Edition(1, "الدار البيضاء", "Casablanca", D(2017, 9, 14), D(2017, 9, 16),
                   figures={"visitors_total": FigureValue(80_000, Qualifier.ABOUT)})


def tangier() -> Edition:
    return Edition(3, "طنجة", "Tanger", D(2019, 10, 2), D(2019, 10, 6),
                   figures={"visitors_total": FigureValue(515_000, Qualifier.ABOUT)})


def test_catalogue_is_the_built_in_one(store: Store) -> None:
    assert store.editions.catalogue() == list(DEFAULT_CATALOGUE)
    assert store.editions.sync_catalogue() == []  # already in sync: nothing written


def test_full_edition_round_trip(store: Store) -> None:
    fez = fez_edition()
    saved = store.editions.save(fez)
    assert saved.version == 1
    assert saved.created_at is not None and saved.created_at.tzinfo is not None
    again = store.editions.get(4)
    assert content(again) == content(fez)
    assert again.figures["peak_visitors"].days == [D(2023, 5, 19), D(2023, 5, 20)]
    assert again.joint_pavilions[1].partners == [
        "الوكالة الوطنية للسلامة الطرقية", "المركز الوطني لتحاقن الدم"]
    assert again.version == 1
    assert store.editions.find(2023) == again
    assert store.editions.find(4) == again


def test_update_rewrites_lists_and_figures(store: Store) -> None:
    stored = store.editions.save(fez_edition())
    changed = dataclasses.replace(
        stored,
        audiences=["سياح", "التلاميذ"],  # shorter and reordered
        partners=[*stored.partners, "جامعة سيدي محمد بن عبد الله"],
        joint_pavilions=[JointPavilion(["المركز الوطني لتحاقن الدم"], "رواق التبرع بالدم")],
        figures={
            **{k: v for k, v in stored.figures.items() if k != "vehicles"},
            "peak_visitors": FigureValue(640_000, Qualifier.ABOUT, days=[D(2023, 5, 20)]),
            "blood_donors": FigureValue(470),
        },
        daily_visitors={D(2023, 5, 21): 170_000, D(2023, 5, 17): 150_000},
        theme="شعار جديد",
    )
    saved = store.editions.save(changed)
    assert saved.version == 2
    assert content(store.editions.get(4)) == content(changed)
    assert "vehicles" not in store.editions.get(4).figures


def test_editions_listed_by_start_date_not_entry_order(store: Store) -> None:
    store.editions.save(fez_edition())
    store.editions.save(tangier())
    store.editions.save(casablanca())
    assert [e.number for e in store.editions.list_editions()] == [1, 3, 4]


def test_missing_edition_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="لا توجد دورة"):
        store.editions.get(9)
    with pytest.raises(NotFoundError):
        store.editions.find(2030)


def test_stale_save_raises_conflict_and_force_overwrites(store: Store) -> None:
    store.editions.save(fez_edition())
    mine = store.editions.get(4)
    theirs = store.editions.get(4)
    store.editions.save(dataclasses.replace(theirs, theme="تعديل الزميل"))
    with pytest.raises(ConflictError) as caught:
        store.editions.save(dataclasses.replace(mine, theme="تعديلي"))
    assert "عدل شخص آخر هذه الدورة" in caught.value.message_ar
    assert store.editions.get(4).theme == "تعديل الزميل"
    forced = store.editions.save(dataclasses.replace(mine, theme="تعديلي"), force=True)
    assert forced.theme == "تعديلي"
    assert forced.version == 3


def test_conflict_between_two_workstations(db_url: str) -> None:
    with open_store(db_url) as first, open_store(db_url) as second:
        first.editions.save(fez_edition())
        on_first = first.editions.get(4)
        on_second = second.editions.get(4)
        second.editions.save(dataclasses.replace(on_second, notes="من الحاسوب الثاني"))
        with pytest.raises(ConflictError):
            first.editions.save(dataclasses.replace(on_first, notes="من الحاسوب الأول"))
        assert first.editions.get(4).notes == "من الحاسوب الثاني"


def test_new_edition_with_a_taken_number_is_refused(store: Store) -> None:
    store.editions.save(fez_edition())
    other = dataclasses.replace(tangier(), number=4)
    with pytest.raises(ValidationFailed) as caught:
        store.editions.save(other)
    assert any(p.field == "number" for p in caught.value.problems)


def test_failed_save_leaves_the_database_unchanged(store: Store) -> None:
    store.editions.save(fez_edition())
    before = dump(store)
    bad = dataclasses.replace(
        store.editions.get(4),
        end_date=D(2023, 5, 10),
        figures={"police_staff": FigureValue(-5)},
    )
    with pytest.raises(ValidationFailed) as caught:
        store.editions.save(bad)
    fields = {p.field for p in caught.value.problems}
    assert {"end_date", "figures.police_staff.value"} <= fields
    assert "تاريخ النهاية" in caught.value.message_ar
    assert dump(store) == before


def test_failed_save_leaves_the_sqlite_file_byte_for_byte(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "office.db"
    url = f"sqlite:///{path.as_posix()}"
    with open_store(url) as store:
        store.editions.save(fez_edition())
    before = digest(path)
    with open_store(url) as store:
        stale = store.editions.get(4)
        with pytest.raises(ValidationFailed):
            store.editions.save(dataclasses.replace(stale, start_date=D(2023, 6, 1)))
        with pytest.raises(ValidationFailed):
            store.editions.save(dataclasses.replace(casablanca(), number=4))
    assert digest(path) == before
    assert not path.with_name("office.db-wal").exists() or digest(path) == before


def test_error_in_the_middle_of_a_save_rolls_everything_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.editions.save(fez_edition())
    before = dump(store)
    import balagh.store.edition_writes as module

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(module, "record_edition", broken)  # fails after the flush
    changed = dataclasses.replace(fez_edition(), version=1, theme="لن يحفظ", partners=[])
    with pytest.raises(RuntimeError):
        store.editions.save(changed)
    monkeypatch.undo()
    assert dump(store) == before


@pytest.mark.parametrize(
    ("table", "values"),
    [
        (FigureValueRow, {"figure_key": "police_staff", "value": -1, "qualifier": "exact"}),
        (FigureValueRow, {"figure_key": "police_staff", "value": 5, "qualifier": "roughly"}),
        (FigureValueRow, {"figure_key": "no_such_figure", "value": 5, "qualifier": "exact"}),
        (DailyVisitorsRow, {"day": D(2023, 5, 18), "value": -10}),
    ],
    ids=["negative-figure", "unknown-qualifier", "unknown-figure", "negative-daily"],
)
def test_database_constraints_hold_without_the_repository(
    store: Store, table: type[FigureValueRow] | type[DailyVisitorsRow], values: dict[str, object]
) -> None:
    store.editions.save(fez_edition())
    with store.engine.connect() as connection:
        edition_id = connection.scalar(select(EditionRow.id).where(EditionRow.number == 4))
        row = {"edition_id": edition_id, **values}
        if table is FigureValueRow:
            row["note"] = ""
        with pytest.raises(IntegrityError):
            connection.execute(insert(table).values(**row))
        connection.rollback()


def test_database_refuses_end_before_start_and_duplicates(store: Store) -> None:
    store.editions.save(fez_edition())
    with store.engine.connect() as connection:
        edition_id = connection.scalar(select(EditionRow.id).where(EditionRow.number == 4))
        with pytest.raises(IntegrityError):
            connection.execute(
                text("UPDATE editions SET end_date = :d WHERE id = :i"),
                {"d": D(2023, 5, 1), "i": edition_id},
            )
        connection.rollback()
        with pytest.raises(IntegrityError):  # one value per (edition, figure)
            connection.execute(insert(FigureValueRow).values(
                edition_id=edition_id, figure_key="vehicles", value=1, qualifier="exact", note=""))
        connection.rollback()
        with pytest.raises(IntegrityError):  # one row per day
            connection.execute(insert(DailyVisitorsRow).values(
                edition_id=edition_id, day=D(2023, 5, 17), value=1))
        connection.rollback()
        with pytest.raises(IntegrityError):  # one item per position
            connection.execute(insert(PartnerRow).values(
                edition_id=edition_id, position=0, text="مكرر"))
        connection.rollback()


def test_import_is_all_or_nothing(store: Store) -> None:
    store.editions.save(casablanca())
    before = dump(store)
    broken = dataclasses.replace(tangier(), end_date=D(2019, 9, 1))
    with pytest.raises(ValidationFailed) as caught:
        store.editions.replace_all([fez_edition(), broken], replace=False)
    assert "الدورة 3" in caught.value.message_ar
    assert dump(store) == before


def test_import_of_an_existing_number_needs_replace(store: Store) -> None:
    store.editions.save(fez_edition())
    newer = dataclasses.replace(fez_edition(), theme="شعار مصحح")
    with pytest.raises(ValidationFailed) as caught:
        store.editions.replace_all([newer], replace=False)
    assert "الدورة 4" in caught.value.message_ar
    assert "موجودة" in caught.value.message_ar
    assert store.editions.get(4).theme != "شعار مصحح"
    [stored] = store.editions.replace_all([newer], replace=True)
    assert stored.theme == "شعار مصحح"
    assert stored.version == 2


def test_import_refuses_a_number_twice_in_one_batch(store: Store) -> None:
    with pytest.raises(ValidationFailed):
        store.editions.replace_all([fez_edition(), fez_edition()], replace=True)
    assert store.editions.list_editions() == []


def test_delete_moves_to_the_trash_and_emptying_it_removes_the_rows(store: Store) -> None:
    store.editions.save(fez_edition())
    store.editions.save(casablanca())
    store.editions.delete(4)
    assert [e.number for e in store.editions.list_editions()] == [1]
    assert [t.number for t in store.history.trash()] == [4]
    assert len(dump(store)["figure_values"]) == 8  # still there, restorable
    assert store.history.empty_trash() == [4]
    tables = dump(store)
    assert len(tables["figure_values"]) == 1  # Casablanca's only
    assert tables["daily_visitors"] == [] and tables["joint_pavilion_partners"] == []
    with pytest.raises(NotFoundError):
        store.editions.delete(4)


def _release(number: int = 4) -> Release:
    return Release(number, ReleaseKind.CLOSING, "بلاغ", "الرباط", D(2023, 5, 22), ["فقرة"])


def test_delete_refused_when_the_edition_has_an_issued_release(store: Store) -> None:
    store.editions.save(fez_edition())
    draft = store.releases.save_draft(_release())
    assert draft.id is not None
    store.releases.issue(draft.id, lambda release: b"%PDF-1.4 fez")
    before = dump(store)
    with pytest.raises(ReadOnlyError, match="لا يمكن حذف الدورة 4"):
        store.editions.delete(4)
    assert dump(store) == before


def test_delete_takes_the_drafts_along(store: Store) -> None:
    store.editions.save(fez_edition())
    store.releases.save_draft(_release())
    store.editions.delete(4)
    assert store.releases.releases() == []
    store.history.restore_from_trash(4)
    assert len(store.releases.releases()) == 1


def test_sqlite_file_runs_in_wal_mode_with_foreign_keys(store: Store) -> None:
    path = sqlite_path(store.url)
    if path is None:
        pytest.skip("SQLite only")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_new_kind_of_figure_needs_no_schema_change(store: Store) -> None:
    from balagh.core.model import FigureKind, Gender, NounForms

    drones = FigureKind(
        "drones", "الطائرات المسيرة", "Drones",
        NounForms("طائرة مسيرة", "طائرتان مسيرتان", "طائرتين مسيرتين", "طائرات مسيرة",
                  "طائرة مسيرة", Gender.FEMININE),
        order=1000,
    )
    assert store.editions.sync_catalogue([drones]) == ["drones"]
    assert store.editions.catalogue()[-1] == drones
    fez = dataclasses.replace(fez_edition(), figures={"drones": FigureValue(12)})
    store.editions.save(fez)
    assert store.editions.get(4).figures["drones"].value == 12
    store.editions.sync_catalogue()  # refreshing the built-in kinds keeps the added one
    assert "drones" in {kind.key for kind in store.editions.catalogue()}


def test_conflict_message_is_the_agreed_sentence(store: Store) -> None:
    store.editions.save(fez_edition())
    stale = store.editions.get(4)
    store.editions.save(stale)
    with pytest.raises(ConflictError) as caught:
        store.editions.save(stale)
    assert caught.value.message_ar.startswith("عدل شخص آخر هذه الدورة منذ فتحها")
    assert "l'édition 4" in caught.value.message_fr


def test_two_workstations_saving_at_once_take_turns(db_url: str) -> None:
    import threading

    errors: list[BaseException] = []

    def keep_saving(edition: Edition) -> None:
        try:
            with open_store(db_url) as workstation:
                current = workstation.editions.save(edition)
                for i in range(8):
                    current = workstation.editions.save(
                        dataclasses.replace(current, notes=f"تعديل {i}"))
        except BaseException as exc:
            errors.append(exc)

    with open_store(db_url):  # schema created once, before the workstations start
        pass
    threads = [threading.Thread(target=keep_saving, args=(e,))
               for e in (fez_edition(), tangier(), casablanca())]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    with open_store(db_url) as store:
        assert {(e.number, e.version, e.notes) for e in store.editions.list_editions()} == {
            (1, 9, "تعديل 7"), (3, 9, "تعديل 7"), (4, 9, "تعديل 7")}


def _second_2023_edition() -> Edition:
    return Edition(5, "أكادير", "Agadir", D(2023, 10, 3), D(2023, 10, 7),
                   figures={"visitors_total": FigureValue(400_000, Qualifier.ABOUT)})


def test_a_year_with_two_editions_asks_for_the_number(store: Store) -> None:
    from balagh.core.errors import BalaghError

    store.editions.save(fez_edition())
    assert store.editions.find(2023).number == 4  # one edition that year: the year is enough
    store.editions.save(_second_2023_edition())
    with pytest.raises(BalaghError) as caught:
        store.editions.find(2023)
    assert not isinstance(caught.value, NotFoundError)
    message = caught.value.message_ar
    assert message.startswith("سنة 2023 تضم دورتين: ")
    assert "4 (فاس، 2023-05-17)" in message and "5 (أكادير، 2023-10-03)" in message
    assert message.index("4 (فاس") < message.index("5 (أكادير")
    assert message.endswith("حدد رقم الدورة")
    assert "4 (Fès" in caught.value.message_fr and "5 (Agadir" in caught.value.message_fr
    # a number always wins, whatever the years
    assert store.editions.find(4).city_fr == "Fès"
    assert store.editions.find(5).city_fr == "Agadir"


def test_a_number_wins_over_a_year(store: Store) -> None:
    # an edition numbered like a year is found by that number, not by the other's year
    store.editions.save(fez_edition())
    store.editions.save(dataclasses.replace(fez_edition(2023), start_date=D(2030, 5, 1),
                                            end_date=D(2030, 5, 5), figures={},
                                            daily_visitors={}))
    assert store.editions.find(2023).number == 2023
    assert store.editions.find(2030).number == 2023


def test_the_brief_list_reads_only_the_lists_columns(demo_store: Store) -> None:
    """Number, cities, venues, dates and total visitors, in the full list's order."""
    full = demo_store.editions.list_editions()
    brief = demo_store.editions.list_editions_brief()
    assert [e.number for e in brief] == [e.number for e in full]
    for short, whole in zip(brief, full, strict=True):
        assert (short.city_ar, short.city_fr, short.venue_ar, short.start_date, short.end_date,
                short.version) == (whole.city_ar, whole.city_fr, whole.venue_ar,
                                   whole.start_date, whole.end_date, whole.version)
        total = whole.figure("visitors_total")
        assert short.figure("visitors_total") == (
            None if total is None else FigureValue(total.value, total.qualifier))
        assert set(short.figures) <= {"visitors_total"} and not short.audiences
