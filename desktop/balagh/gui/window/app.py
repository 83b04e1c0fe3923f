"""Starting the desktop application: ``run_gui(db_url, argv)``.

The window is shown first; the store (SQLAlchemy) is opened right after by a zero-delay
timer, and the documents layer (reportlab) only when a preview is asked for.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from balagh.gui import collector
from balagh.gui.window.crash import configure_logging, install_crash_handler
from balagh.gui.window.main_window import MainWindow
from balagh.messages import SOURCE_LANGUAGE, available_languages, msg, set_language, translate
from balagh.platform.settings import Settings

log = logging.getLogger(__name__)
FONT_FAMILY_FALLBACK = "Amiri"


#: The bundled Amiri's family name once registered, and the platform's interface font.
_FONTS: dict[str, Any] = {}


def load_fonts() -> str:
    """Register the bundled Amiri fonts (once); returns the family name to use."""
    from balagh.platform.assets import resource_path

    if "family" in _FONTS:
        return str(_FONTS["family"])
    family = FONT_FAMILY_FALLBACK
    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
        try:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        except FileNotFoundError:
            log.warning("bundled font %s missing", name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    _FONTS["family"] = family
    return family


def apply_font(app: QApplication, language: str) -> None:
    """The interface font of ``language``: Amiri a point larger than the platform's font
    for Arabic, the platform's own font otherwise (switched with the language, so a window
    switched to French looks as one started in French)."""
    family = load_fonts()
    if "system" not in _FONTS:  # the font Qt chose before Balagh set one
        current = app.font()
        _FONTS["system"] = QFont(current) if current.family() != family else \
            QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    system = QFont(_FONTS["system"])
    if language == SOURCE_LANGUAGE:
        font = QFont(family)
        font.setPointSize(max(system.pointSize(), 10) + 1)
        app.setFont(font)
    else:
        app.setFont(system)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install Balagh's catalogue translator and Qt's own ``qtbase_`` one for ``language``.

    Arabic is the source language of the interface, so only Qt's ``qtbase_ar`` is loaded
    for it (standard buttons such as «إلغاء»). Translators installed before (another
    language) are removed first, so this also switches the language of a running window.
    Returns the installed translators.
    """
    from balagh.gui.window.translator import CatalogueTranslator
    from balagh.platform.assets import resource_path

    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    set_language(language)
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    # Qt 6 added mnemonics to two labels of its file dialog («&Look in:», «Files of &type:»)
    # that its own catalogues still translate without them: ours fills the gap.
    try:
        mnemonics = QTranslator(app)
        if mnemonics.load(str(resource_path("translations", f"qt_mnemonics_{language}.qm"))):
            app.installTranslator(mnemonics)
            installed.append(mnemonics)
    except FileNotFoundError:
        log.debug("no qt_mnemonics_%s.qm", language)
    if language != SOURCE_LANGUAGE:
        own = CatalogueTranslator(language, app)
        app.installTranslator(own)
        installed.append(own)
    return installed


def interface_language(settings: Settings) -> str:
    """The settings' language when a catalogue exists for it, else Arabic."""
    return settings.language if settings.language in available_languages() else SOURCE_LANGUAGE


def apply_language(app: QApplication, language: str) -> None:
    """Direction, font, locale, display name and translators for ``language`` (at start and when
    the staff choose another language in the settings: widgets receive LanguageChange)."""
    app.setApplicationDisplayName(translate(language, "بلاغ"))
    apply_font(app, language)
    if language == SOURCE_LANGUAGE:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    else:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        spoken = QLocale(language).language()  # C for a language Qt does not know
        QLocale.setDefault(QLocale.c() if spoken == QLocale.Language.C
                           else QLocale(spoken, QLocale.Country.Morocco))
    install_translators(app, language)


def configure_application(app: QApplication, settings: Settings) -> str:
    """Direction, font, locale and translations for the chosen language; returns it."""
    language = interface_language(settings)
    app.setApplicationName("Balagh")
    app.setOrganizationName("DGSN")
    apply_language(app, language)
    app.setWindowIcon(app_icon())
    return language


def app_icon() -> QIcon:
    """The application icon (resources/icons/app), every size that is bundled.

    Each size is added by its file and declared size: Qt reads a picture when a size of the
    icon is first asked for (the window manager asks for one or two), not all of them at
    start (about 5 ms, most of it loading the PNG reader).
    """
    from balagh.platform.assets import resource, resource_path

    icon = QIcon()
    folder = resource("icons", "app")
    if folder.is_dir():
        for node in sorted(folder.iterdir(), key=lambda n: n.name):
            size = node.name.removeprefix("balagh-").removesuffix(".png")
            if node.name.startswith("balagh-") and node.name.endswith(".png") \
                    and size.isdigit():
                path = resource_path("icons", "app", node.name)
                icon.addFile(str(path), QSize(int(size), int(size)))
    return icon


def open_services(db_url: str | None, settings: Settings):  # type: ignore[no-untyped-def]
    """Open the database chosen for the window and wrap it with the settings and documents.

    The choice and the opening are the application layer's (:mod:`balagh.app.database`),
    the same as the command line's.
    """
    from balagh.app.database import open_database
    from balagh.gui.services import Services

    clock, cpu = time.perf_counter(), time.thread_time()
    opened = open_database(db_url, settings, for_writing=True)
    log_phase("store opened", clock, cpu)
    if opened.demo_added:
        log.info("new default database filled with %d demo editions", opened.demo_added)
    notices = [(notice.ar, notice.fr) for notice in opened.notices]
    if settings.load_problem:
        notices.append((settings.load_problem, settings.load_problem_fr or settings.load_problem))
    store = opened.store
    services = Services(
        editions=store.editions,
        releases=store.releases,
        settings=settings,
        phrases=store.phrases,
        db_url=store.url,
        store=store,
        history=store.history,
        notices=notices,
        first_editions=read_first_editions(store.editions, store.releases, settings),
    )
    services.catalogue_map()  # read here, in the thread pool, rather than on the GUI thread
    return services


def log_phase(what: str, clock: float, cpu: float) -> None:
    """One line of the start-up's per-step log: clock and this thread's CPU time since
    ``clock`` and ``cpu``, and the process's CPU time since it started (every thread)."""
    log.info("start-up step %s: %.1f ms, thread CPU %.1f ms; process CPU %.0f ms", what,
             (time.perf_counter() - clock) * 1000, (time.thread_time() - cpu) * 1000,
             time.process_time() * 1000)


def read_first_editions(editions: Any, releases: Any, settings: Settings) -> Any:
    """What the window shows first, worked out while the store opens (in the thread pool):
    the editions list's rows and their texts, the latest edition in full and the release the
    release tab opens it on (their queries compiled here rather than on the GUI thread), and
    the window's modules imported.
    """
    from balagh.gui.edition.list_model import precomputed_cells
    from balagh.gui.edition.list_sync import latest_number
    from balagh.gui.release.shown_release import release_to_show
    from balagh.gui.window.warm_up import warm_window

    language = "fr" if settings.language == "fr" else "ar"
    clock, cpu = time.perf_counter(), time.thread_time()
    warm_window(language)
    log_phase("window modules imported (pool)", clock, cpu)
    clock, cpu = time.perf_counter(), time.thread_time()
    brief = editions.list_editions_brief()
    latest = latest_number(brief)
    edition = editions.get(latest) if latest is not None else None
    shown = release_to_show(releases, latest) if latest is not None else None
    cells = precomputed_cells(brief, language)
    log_phase("first editions read (pool)", clock, cpu)
    return brief, cells, edition, shown



def offer_other_database(window: MainWindow, settings: Settings) -> None:
    """After a start-up error the window may open another database in place."""
    window.startup_settings = settings
    window.reopen = lambda url: attach_store_in_background(window, url, settings)


def show_notices(window: MainWindow, services: Any) -> None:
    """Tell the staff, without blocking, what opening did (an upgrade, a broken settings file)."""
    if not services.notices:
        return  # the usual start: neither the message box nor the error page's module
    from PySide6.QtWidgets import QMessageBox

    from balagh.gui.button_words import use_program_words
    from balagh.gui.window.startup_error import isolate_paths

    for message_ar, message_fr in services.notices:
        text = message_fr if window.language == "fr" else isolate_paths(message_ar)
        log.warning("start-up notice: %s", message_fr)
        box = QMessageBox(QMessageBox.Icon.Information, "Balagh", text,
                          QMessageBox.StandardButton.Ok, window)
        use_program_words(box)  # «موافق» / «OK», as every dialog says
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        window.startup_notices.append(box)


def startup_finished() -> None:
    """Resume the cycle collector, paused by the command line while the window starts.

    What start-up imported (Qt wrappers, SQLAlchemy, the models) lives as long as the
    window: ``gc.freeze`` moves it out of the collector's way, so that later collections
    scan only what the work creates (a full collection took 31 ms after start-up without
    it, 0.1 ms with it). The start-up's background jobs (every edition read, the documents
    layer imported) are still running: what they leave alive is frozen too, once they end.
    """
    gc.freeze()
    collector.resume(freeze=True)


def attach_store(window: MainWindow, db_url: str | None, settings: Settings) -> bool:
    """Open the store and fill the window; on failure the window says why."""
    from balagh.core.errors import BalaghError

    started = time.perf_counter()
    try:
        services = open_services(db_url, settings)
    except BalaghError as err:
        log.error("cannot open the database: %s", err.message_fr)
        text = err.text(window.language)
        offer_other_database(window, settings)
        window.show_startup_error(text)
        return False
    window.attach(services)
    show_notices(window, services)
    log.info("store opened in %.0f ms", (time.perf_counter() - started) * 1000)
    return True


def attach_store_in_background(window: MainWindow, db_url: str | None, settings: Settings,
                               ended: Callable[[], None] | None = None) -> None:
    """Open the store in the thread pool and fill the window when it is ready.

    Opening means importing SQLAlchemy, checking the schema (Alembic) and on a first start
    filling the demo editions: the window shows «جار فتح قاعدة البيانات…» with the progress
    bar and keeps answering meanwhile. A failure is explained in the window itself.
    ``ended()`` is called once the window is filled or says why it could not be.
    """
    from balagh.core.errors import BalaghError

    started = time.perf_counter()

    def done(services: Any) -> None:
        if window.closed:  # the user closed the window before the store was ready
            if services.store is not None:
                services.store.close()
            return

        def usable() -> None:
            startup_finished()
            log.info("start-up step usable; process CPU %.0f ms", time.process_time() * 1000)
            log.info("window usable %.0f ms after the store started opening",
                     (time.perf_counter() - started) * 1000)

        def built() -> None:
            # What the start-up's background reads (every edition, reportlab) leave alive
            # is frozen when they end: the first collection after them scanned it all
            # (gen. 0 and 1, 48 ms at 1000 editions).
            collector.resume(freeze=True)
            show_notices(window, services)
            log.info("store opened in %.0f ms (background)",
                     (time.perf_counter() - started) * 1000)
            if ended is not None:
                ended()

        # A turn of the event loop per step; the collector is resumed once usable.
        window.attach_in_steps(services, built, usable)

    def failed(err: BaseException, _tb: str) -> None:
        if isinstance(err, BalaghError):
            log.error("cannot open the database: %s", err.message_fr)
            text = err.text(window.language)
        else:
            text = f"{type(err).__name__}: {err}"
        offer_other_database(window, settings)
        window.show_startup_error(text)
        startup_finished()
        if ended is not None:
            ended()

    window.jobs.submit(lambda: open_services(db_url, settings), done, failed)


def missing_display(argv: list[str], environ: dict[str, str] | None = None,
                    platform: str = sys.platform) -> bool:
    """True on Linux when no screen is reachable and no Qt platform was chosen.

    Qt would abort the process with an English message; the command line says it in Arabic.
    """
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or "-platform" in argv:
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(db_url: str | None, argv: list[str]) -> int:
    """Start the desktop application on ``db_url`` (None: settings, BALAGH_DB or the default).

    ``argv`` is passed to Qt (e.g. ``-platform offscreen``). Returns the exit code.
    """
    if QApplication.instance() is None and missing_display(argv):
        from balagh.core.errors import BalaghError

        raise BalaghError(
            msg(
                "لا توجد شاشة متاحة لفتح الواجهة (DISPLAY غير معرف)؛ الأوامر الأخرى تعمل بدونها",
            ),
        )
    log_path = configure_logging()
    install_crash_handler(log_path)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setDesktopFileName("ma.gov.dgsn.Balagh")
    settings = Settings.load()
    language = configure_application(app, settings)
    window = MainWindow(language)
    window.show_on_screen()
    log.info("start-up step window shown; process CPU %.0f ms", time.process_time() * 1000)
    quit_after = os.environ.get("BALAGH_QUIT_AFTER_MS", "")
    ended: Callable[[], None] | None = None
    if quit_after.isdigit():  # smoke tests of installed builds: start, then close cleanly
        # counted from the end of the start-up (window filled, or the error shown), not from
        # the first paint: a loaded machine opened the store after the window had closed
        ended = partial(QTimer.singleShot, int(quit_after), window.close)
    QTimer.singleShot(0, lambda: attach_store_in_background(window, db_url, settings, ended))
    log.info("Balagh started (language %s, log %s)", language, Path(log_path))
    return int(app.exec())
