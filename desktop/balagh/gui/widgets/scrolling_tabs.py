"""Tabs whose pages scroll when the window is smaller than they need.

At 1366×768 with 150 % scaling a maximised window is 911×512 logical pixels: no page of
Balagh fits that. Each page is put in a frameless scroll area, so the window can always be
as small as the screen and every control stays reachable (scrolled into view when it gets
the keyboard focus). The pages are still what callers see: ``addTab(page)``,
``setCurrentWidget(page)``, ``currentWidget()`` and ``widget(i)`` speak of the page, not of
its scroll area. A page may also be built later (``add_deferred_tab``, see
``balagh.gui.widgets.deferred_tab``): until then the tab holds an empty placeholder, and the
page is built when the tab becomes current, before it is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QTabWidget, QWidget

from balagh.gui.widgets.deferred_tab import DeferredTab

Page = TypeVar("Page", bound=QWidget)


class _Holder(QWidget):
    """Holds a page at the viewport's size, never below the page's minimum size.

    A page put straight into a resizable scroll area is made as tall as its *preferred*
    height whenever it has word-wrapped labels (height-for-width), so it scrolled at sizes
    where it fits. The holder reports the page's minimum as its own size hint instead.
    """

    def __init__(self, page: QWidget, area: QScrollArea) -> None:
        super().__init__(area)
        self.page = page
        self.area = area
        page.setParent(self)
        self._minimum = QSize()
        page.installEventFilter(self)

    def set_page(self, page: QWidget) -> None:
        """Hold ``page`` instead of the current one (a deferred tab's placeholder)."""
        old = self.page
        old.removeEventFilter(self)
        self.page = page
        page.setParent(self)
        page.installEventFilter(self)
        page.setGeometry(self.rect())
        page.show()
        old.hide()
        old.deleteLater()
        self._minimum = QSize()
        self.updateGeometry()
        QApplication.postEvent(self.area, QEvent(QEvent.Type.LayoutRequest))

    def minimumSizeHint(self) -> QSize:
        return self.page.minimumSizeHint().expandedTo(self.page.minimumSize())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.page.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only a change of the page's minimum size concerns the scroll area: telling it about
        # every layout request made a word-wrapped page and the scroll bar chase each other
        # for ever (the French release tab at 911×512).
        if watched is self.page and event.type() == QEvent.Type.LayoutRequest:
            minimum = self.minimumSizeHint()
            if minimum != self._minimum:
                self._minimum = minimum
                self.updateGeometry()
                QApplication.postEvent(self.area, QEvent(QEvent.Type.LayoutRequest))
        return False


def scrolling(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``page`` inside a frameless scroll area that resizes it (scrolls only when needed)."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(_Holder(page, area))
    area.setObjectName(f"{page.objectName() or 'page'}_scroll")
    return area


def page_of(area: QScrollArea) -> QWidget | None:
    """The page a scroll area of ``ScrollingTabs`` holds."""
    holder = area.widget()
    return holder.page if isinstance(holder, _Holder) else holder


class _FollowFocus(QObject):
    """Scrolls a page's area so the widget that receives the focus is in view."""

    def __init__(self, tabs: ScrollingTabs) -> None:
        super().__init__(tabs)
        self.tabs = tabs

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        for area in self.tabs.areas():
            page = area.widget()
            if page is not None and page.isAncestorOf(new):
                area.ensureWidgetVisible(new, 8, 8)
                return


class ScrollingTabs(QTabWidget):
    """A QTabWidget whose pages are wrapped in scroll areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow = _FollowFocus(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow.focus_changed)
        #: Pages built later, by the placeholder standing for them.
        self._deferred: dict[QWidget, DeferredTab] = {}  # type: ignore[type-arg]
        # Connected first: the page is built before anyone else hears of the change.
        self.currentChanged.connect(self._build_current)

    def areas(self) -> list[QScrollArea]:
        """The scroll areas, in tab order."""
        found = []
        for index in range(self.count()):
            area = super().widget(index)
            if isinstance(area, QScrollArea):
                found.append(area)
        return found

    def addTab(self, page: QWidget, label: str) -> int:  # type: ignore[override]
        return super().addTab(scrolling(page, self), label)

    def insertTab(self, index: int, page: QWidget, label: str) -> int:  # type: ignore[override]
        return super().insertTab(index, scrolling(page, self), label)

    def add_deferred_tab(self, build: Callable[[], Page], label: str,
                         name: str) -> DeferredTab[Page]:
        """A tab whose page ``build()`` makes on first need (``DeferredTab.content``); an
        empty placeholder stands in the tab until then."""
        placeholder = QWidget(self)
        placeholder.setObjectName(f"{name}_placeholder")
        area = scrolling(placeholder, self)
        holder = area.widget()
        assert isinstance(holder, _Holder)

        def install(page: QWidget) -> None:
            del self._deferred[holder.page]
            holder.set_page(page)
            area.setObjectName(f"{page.objectName() or 'page'}_scroll")

        deferred: DeferredTab[Page] = DeferredTab(build, install, name)
        self._deferred[placeholder] = deferred
        super().addTab(area, label)
        return deferred

    def _build_current(self, index: int) -> None:
        area = super().widget(index)
        page = page_of(area) if isinstance(area, QScrollArea) else None
        if page is not None and page in self._deferred:
            self._deferred[page].content()

    def area_of(self, page: QWidget) -> QScrollArea | None:
        """The scroll area holding ``page``."""
        for area in self.areas():
            if page_of(area) is page:
                return area
        return None

    def widget(self, index: int) -> QWidget:
        area = super().widget(index)
        if isinstance(area, QScrollArea):
            page = page_of(area)
            if page is not None:
                return page
        return area  # type: ignore[return-value]

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        area = self.area_of(page)
        return super().indexOf(area if area is not None else page)

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

    def show_page(self, page: QWidget, focus: bool = True) -> None:
        """Make ``page`` current and, with ``focus``, put the keyboard focus inside it
        (so the page's own shortcuts, Ctrl+E or Ctrl+P, act on it)."""
        self.setCurrentWidget(page)
        if not focus:
            return
        focus_widget = QApplication.focusWidget()
        if focus_widget is not None and page.isAncestorOf(focus_widget):
            return
        target = page.focusProxy() or _first_focusable(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


def _first_focusable(page: QWidget) -> QWidget | None:
    """The first enabled, visible child of ``page`` that takes Tab focus."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isEnabled() and widget.isVisibleTo(page)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None
