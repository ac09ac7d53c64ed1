"""A case-view tab whose widgets are made the first time it is shown or asked for.

Opening a case builds only the tab on screen: a case view has nine tabs with some 60 forms between them, and making
all of them took most of the time a case took to open. The tab object itself exists from the start (the tab bar,
``indexOf`` and ``setCurrentWidget`` work on it); ``ensure_built`` fills it in once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from caseapp.ui.widgets import wheel_guard

if TYPE_CHECKING:
    from caseapp.ui.views.section_tab import CaseContext


class LazyTab(QWidget):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_built = False

    def ensure_built(self) -> Self:
        if not self.is_built:
            self.is_built = True  # first: a reload emitted while populating must not build it twice
            shown = self.isVisible()
            if shown:  # made while hidden, the widgets are shown with the page at once (not later, one by one)
                self.hide()
            self.populate()
            wheel_guard.adopt_all(self)  # before the pointer can reach them
            if shown:
                self.show()
        return self

    def populate(self) -> None:
        """Make the tab's widgets (and connect them to ``ctx.reloaded``)."""
        raise NotImplementedError


class LazyPage(QWidget):
    """A page of a tab's own sub-tabs (the intake tab's household, consents, assessment …) made when first shown
    or asked for, like :class:`LazyTab`; ``attach`` builds each page as its sub-tab is chosen."""

    def __init__(self, make: Callable[[], QWidget], built: Callable[[QWidget], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make = make
        self.built = built  # e.g. the case view's page_built: the window restores its column widths then
        self.is_built = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> Self:
        if not self.is_built:
            self.is_built = True
            shown = self.isVisible()
            if shown:
                self.hide()
            content = self.make()
            self.layout().addWidget(content)
            wheel_guard.adopt_all(content)
            if shown:
                self.show()
            if self.built is not None:
                self.built(self)
        return self

    @staticmethod
    def attach(tabs: QTabWidget) -> None:
        """Build the lazy page of the sub-tab chosen (and the one current now) before it is shown."""
        def chosen(index: int) -> None:
            page = tabs.widget(index)
            if isinstance(page, LazyPage):
                page.ensure_built()
        tabs.currentChanged.connect(chosen)
        chosen(tabs.currentIndex())


def build_all_pages(root: QWidget) -> None:
    """Every lazy sub-page under ``root`` (e.g. to find the form that offers a draft kept from a crash)."""
    for page in root.findChildren(LazyPage):
        page.ensure_built()


def built_on(page: str, name: str) -> Any:
    """A property for the widget ``name`` made on the lazy sub-page held in attribute ``page``: reading it builds
    that page first, so code reaching into a tab finds its widgets (as ``CaseView.stage_tabs`` does for tabs)."""
    def get(owner: Any) -> Any:
        getattr(owner, page).ensure_built()
        return getattr(owner, name)
    return property(get)
