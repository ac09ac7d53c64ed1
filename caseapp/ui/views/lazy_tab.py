"""A case-view tab whose widgets are made the first time it is shown or asked for.

Opening a case builds only the tab on screen: a case view has nine tabs with some 60 forms between them, and making
all of them took most of the time a case took to open. The tab object itself exists from the start (the tab bar,
``indexOf`` and ``setCurrentWidget`` work on it); ``ensure_built`` fills it in once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from PySide6.QtWidgets import QWidget

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
