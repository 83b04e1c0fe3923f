"""A tab whose page is built after the window is usable.

The release and summary tabs are not needed the moment the window opens on an edition, and
building them (their widgets, templates, first release, menus) held the start-up about
30 ms of CPU. ``ScrollingTabs.add_deferred_tab`` puts a light, empty placeholder in the tab
bar at once; the page is built by ``content()`` — on the first need or on a later turn of
the event loop, whichever comes first:

* anything that uses the page asks ``content()`` for it (the window's ``release_tab`` and
  ``summary_tab`` are properties that do), so a handler, a menu entry or a shortcut finds the
  page built whatever the moment;
* the tab becoming current builds it before the page is painted (the placeholder is never
  seen);
* its menu builds it as it opens (``build_on_show``), so its entries are there;
* the window's later steps build it anyway (``balagh.gui.window.assembly``).

What only matters once the page exists — storing a draft being typed, closing, remembering
its splitters — asks ``if_built()`` and does nothing when it is None. ``when_built(callback)``
runs a callback with the page once it exists (at once when it already does).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QMenu, QWidget

log = logging.getLogger(__name__)

Page = TypeVar("Page", bound=QWidget)


class DeferredTab(Generic[Page]):
    """The page of one tab of ``ScrollingTabs``, built by ``build()`` on first need."""

    def __init__(self, build: Callable[[], Page], install: Callable[[Page], None],
                 name: str) -> None:
        self._build = build
        #: Puts the built page in place of the placeholder (given by ``ScrollingTabs``).
        self._install = install
        self.name = name
        self._page: Page | None = None
        self._building = False
        self._callbacks: list[Callable[[Page], None]] = []

    def content(self) -> Page:
        """The page, built now unless it already is."""
        if self._page is not None:
            return self._page
        if self._building:  # what the page's own construction reaches must not rebuild it
            raise RuntimeError(f"the {self.name} tab is asked for while it is being built")
        self._building = True
        clock, cpu = time.perf_counter(), time.thread_time()
        try:
            page = self._build()
            self._install(page)
        finally:
            self._building = False
        self._page = page
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(page)
        log.info("start-up step %s tab built: %.1f ms, GUI thread CPU %.1f ms; "
                 "process CPU %.0f ms", self.name, (time.perf_counter() - clock) * 1000,
                 (time.thread_time() - cpu) * 1000, time.process_time() * 1000)
        return page

    def if_built(self) -> Page | None:
        """The page if it has been built, else None (nothing is built)."""
        return self._page

    @property
    def built(self) -> bool:
        return self._page is not None

    def when_built(self, callback: Callable[[Page], None]) -> None:
        """Call ``callback(page)`` once the page exists (now, if it does)."""
        if self._page is not None:
            callback(self._page)
        else:
            self._callbacks.append(callback)

    def build_on_show(self, menu: QMenu) -> None:
        """Build the page as ``menu`` opens (its entries are added once the page exists)."""
        menu.aboutToShow.connect(self.content)
