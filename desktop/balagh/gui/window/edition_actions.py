"""The window's editions: the list and the edition in the form — open, new, copy, next,
delete (to the trash), and the question about unsaved changes before leaving one. Methods of
MainWindow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from balagh.core.errors import BalaghError, ReadOnlyError
from balagh.core.model import Edition, Release, ReleaseStatus
from balagh.gui import prompts
from balagh.gui.release import draft_marks
from balagh.gui.release.shown_release import NOT_READ, NotRead
from balagh.messages import current_language, nmsg

if TYPE_CHECKING:
    from balagh.gui.edition.interchange import EditionsFiles
    from balagh.gui.window.main_window import MainWindow


def refresh_list(window: MainWindow, select: int | None = None,
                 editions: list[Edition] | None = None) -> None:
    """Reload the editions (keeping the open edition selected).

    ``editions`` may be given when they were already read (e.g. by an import job);
    otherwise they are read in the background and the latest read wins. ``select`` is
    kept for callers; the open edition is what stays selected.
    """
    if editions is not None:
        window.sync.show_given(editions)
    else:
        window.sync.refresh()


def show_list(window: MainWindow, editions: list[Edition]) -> None:
    """The editions list's rows (only its columns are needed)."""
    window.panel.model.remember(window.sync.take_cells())
    window.panel.set_editions(editions, window.controller.original_number)
    window.controller.taken_numbers = [e.number for e in editions]


def show_all_editions(window: MainWindow, editions: list[Edition]) -> None:
    """Every edition in full: comparisons in the release and the summary, the form's
    warnings against the previous edition."""
    window.release_tab.set_editions(editions)
    window.summary_tab.set_editions(editions)
    if window.controller.is_open:
        window.controller.refresh_warnings()


def _taken(window: MainWindow) -> list[int]:
    return [e.number for e in window.panel.model.editions()]


def confirm_leave(window: MainWindow) -> bool:
    """Ask about unsaved changes; True when it is fine to go on."""
    window.controller.wait_for_save()  # a save under way ends first
    if not window.controller.dirty:
        return True
    answer = prompts.ask_unsaved(window, window._edition_name(subject=True))
    if answer is prompts.Answer.SAVE:
        return window.controller.save()
    if answer is prompts.Answer.DISCARD:
        window.controller.discard()
        return True
    return False


def open_edition(window: MainWindow, number: int) -> bool:
    """Show edition ``number`` in the form (asking first about unsaved changes)."""
    if number == window.controller.original_number and window.controller.is_open:
        return True
    # What was typed in the release is kept before switching (asked when it cannot be).
    if not draft_marks.confirm_leave(window) or not window.confirm_leave():
        window.panel.select(window.controller.original_number)
        return False
    assert window.services is not None
    try:
        edition = window.services.editions.get(number)
    except BalaghError as err:
        prompts.show_error(window, window.tr("تعذر فتح الدورة"), window.services.message(err))
        return False
    window.show_edition(edition)
    return True


def open_chosen_edition(window: MainWindow, number: int) -> None:
    """A row chosen in the editions list: the edition and the release to show are read in
    the thread pool (the newest choice wins) and shown when they come; a change made to the
    open edition meanwhile is asked about first, as before any switch. ``open_edition``
    reads on the GUI thread (menus, tests): opening edition 1 of 1000 held it 25–60 ms."""
    from balagh.gui.release.shown_release import release_to_show

    if number == window.controller.original_number and window.controller.is_open:
        return
    if not draft_marks.confirm_leave(window) or not window.confirm_leave():
        window.panel.select(window.controller.original_number)
        return
    services = window.services
    assert services is not None
    generation = int(window.property("editions_chosen") or 0) + 1
    window.setProperty("editions_chosen", generation)

    def read() -> tuple[Edition, Any]:
        return services.editions.get(number), release_to_show(services.releases, number)

    def done(found: tuple[Edition, Any]) -> None:
        if window.property("editions_chosen") != generation or window.closed:
            return  # another row was chosen since
        if not draft_marks.confirm_leave(window) or not window.confirm_leave():
            window.panel.select(window.controller.original_number)
            return
        window.show_edition(*found)

    def failed(err: BaseException, _tb: str) -> None:
        if window.property("editions_chosen") == generation and isinstance(err, BalaghError):
            prompts.show_error(window, window.tr("تعذر فتح الدورة"), services.message(err))

    window.jobs.submit(read, done, failed)


def show_edition(window: MainWindow, edition: Edition,
                 shown: Release | NotRead | None = NOT_READ) -> None:
    """Show an edition already read in the form and the tabs (``shown``: its release, when
    read with it)."""
    window.controller.load(edition, taken_numbers=_taken(window))
    window.panel.select(edition.number)
    window.release_tab.set_current(edition, shown)
    window.summary_tab.set_current(edition)


def new_edition(window: MainWindow) -> bool:
    """Start a blank edition."""
    if not draft_marks.confirm_leave(window) or not window.confirm_leave():
        return False
    window.controller.load(None, taken_numbers=_taken(window))
    window.panel.select(None)
    _show_unsaved_edition(window)
    window.tabs.setCurrentWidget(window.form)
    window.form.city_ar.setFocus()
    return True


def duplicate_edition(window: MainWindow, number: int) -> bool:
    """Start a new edition from a copy of ``number`` (same lists and figures)."""
    if not draft_marks.confirm_leave(window) or not window.confirm_leave():
        return False
    assert window.services is not None
    source = window.services.editions.get(number)
    window.controller.load(source, as_new=True, taken_numbers=_taken(window))
    window.panel.select(None)
    _show_unsaved_edition(window)
    window.tabs.setCurrentWidget(window.form)
    return True


def next_edition(window: MainWindow) -> bool:
    """«إعداد الدورة الموالية»: a new edition after the latest one (next number, dates a
    year later, no figures), its lists kept when the staff say so."""
    from balagh.app.next_edition import latest_edition, prepare_next

    if not draft_marks.confirm_leave(window) or not window.confirm_leave():
        return False
    latest = latest_edition(window.sync.brief)
    assert window.services is not None
    try:
        source = window.services.editions.get(latest.number) if latest else None
    except BalaghError as err:
        prompts.show_error(window, window.tr("تعذر فتح الدورة"), window.services.message(err))
        return False
    if source is None:
        return window.new_edition()
    keep = prompts.confirm(
        window, window.tr("إعداد الدورة الموالية"),
        window.tr("هل تحتفظ بقوائم الدورة %1 (الفئات الزائرة، الشركاء، الأروقة، الندوات، "
                "أبرز الأحداث)؟").replace("%1", str(source.number)))
    window.controller.load(prepare_next(source, keep_lists=keep), as_new=True,
                         taken_numbers=_taken(window))
    window.panel.select(None)
    _show_unsaved_edition(window)
    window.tabs.setCurrentWidget(window.form)
    window.form.city_ar.setFocus()
    return True


def _show_unsaved_edition(window: MainWindow) -> None:
    """The release and summary tabs wait until the new edition is saved."""
    window.release_tab.show_unsaved_edition()
    window.summary_tab.show_unsaved_edition()


def delete_edition(window: MainWindow, number: int) -> bool:
    """Move an edition to the trash after confirmation.

    An edition with issued releases cannot be deleted: the window says so at once,
    before asking anything.
    """
    assert window.services is not None
    issued = _issued_count(window, number)
    if issued:
        prompts.show_error(window, window.tr("تعذر الحذف"), window.issued_refusal(number, issued))
        return False
    if not prompts.confirm(
        window, window.tr("حذف دورة"),
        window.tr("هل تريد نقل الدورة %1 إلى سلة المحذوفات؟ يمكن استرجاعها منها مع سجلها "
                "ومسوداتها ما لم تفرغ السلة.").replace("%1", str(number)),
    ):
        return False
    if window.controller.original_number == number:
        window.flush_release()
    try:
        window.services.editions.delete(number)
    except ReadOnlyError as err:
        issued = _issued_count(window, number)
        text = (window.issued_refusal(number, issued) if issued
                else window.services.message(err))
        prompts.show_error(window, window.tr("تعذر الحذف"), text)
        return False
    except BalaghError as err:
        prompts.show_error(window, window.tr("تعذر الحذف"), window.services.message(err))
        return False
    if window.controller.original_number == number:
        window.controller.close()
        window.update_title()
        window.release_tab.set_current(None)
        window.summary_tab.set_current(None)
    window.sync.remove(number)
    window.statusBar().showMessage(
        window.tr("نقلت الدورة %1 إلى سلة المحذوفات.").replace("%1", str(number)), 5000)
    return True


def _issued_count(window: MainWindow, number: int) -> int:
    assert window.services is not None
    return sum(1 for r in window.services.releases.releases(number)
               if r.status is ReleaseStatus.ISSUED)


def issued_refusal(window: MainWindow, number: int, issued: int) -> str:
    """Why an edition cannot be deleted, counted the way one says it.

    «لا يمكن حذف الدورة 7 لأن لها بلاغا صادرا» (1), «… بلاغين صادرين» (2),
    «… 3 بلاغات صادرة» (3 to 10), «… 11 بلاغا صادرا» (11 and more).
    """
    return nmsg("لا يمكن حذف الدورة {number} لأن لها بلاغا صادرا.",
                "لا يمكن حذف الدورة {number} لأن لها {n} بلاغات صادرة.", issued,
                number=number).text(current_language())


def editions_files(window: MainWindow) -> EditionsFiles:
    """What importing and exporting editions work with (``MainWindow.editions_files``; the
    module is imported when first asked for, after the window is usable)."""
    from balagh.gui.edition.interchange import EditionsFiles

    assert window.services is not None
    return EditionsFiles(
        window, window.services, window.jobs, window.show_progress,
        lambda editions: window.refresh_list(editions=editions),
        lambda: {e.number for e in window.panel.model.editions()},
    )
