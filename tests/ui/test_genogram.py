"""The genogram follows the usual (McGoldrick) conventions, checked on the computed layout, and the eco-map tab's
side panel shows what belongs to the picture on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF

from caseapp.services import cases, entries
from caseapp.services.vault import Vault
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets.ecomap import GenogramWidget, Person

CLIENT = Person("김민수", "대상자", "F", 52)
FATHER = Person("김철수", "부", "M", 80, deceased=True, lives_together=False)
MOTHER = Person("이순자", "모", "F", 78)
HUSBAND = Person("박영호", "남편", "M", 55)
SON = Person("박준", "아들", "M", 17)
DAUGHTER = Person("박하늘", "딸", "F", 24, lives_together=False)
SISTER = Person("김영희", "언니", "F", 56, lives_together=False)


def genogram(qtbot: Any, members: list[Person]) -> GenogramWidget:
    widget = GenogramWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 520)
    widget.set_data(CLIENT, members, legend={"male": "남", "female": "여", "deceased": "사망", "client": "대상자",
                                              "household": "동거"})
    assert not widget.grab().isNull()  # paints without a Qt warning
    return widget


def joined(layout: Any, a: QPointF, b: QPointF) -> bool:
    return any({(p.x(), p.y()) for p in pair} == {(a.x(), a.y()), (b.x(), b.y())} for pair in layout.couples)


def test_parents_and_couples_are_joined_male_on_the_left(qtbot: Any) -> None:
    widget = genogram(qtbot, [FATHER, MOTHER, HUSBAND, SON, DAUGHTER, SISTER])
    layout = widget.compute_layout()
    at = layout.centre_of
    assert joined(layout, at(FATHER), at(MOTHER)) and at(FATHER).x() < at(MOTHER).x()
    assert joined(layout, at(CLIENT), at(HUSBAND)) and at(HUSBAND).x() < at(CLIENT).x()
    children = {(c.x(), c.y()) for parents, kids in layout.descents for c in kids
                if {(p.x(), p.y()) for p in parents} == {(at(CLIENT).x(), at(CLIENT).y()),
                                                         (at(HUSBAND).x(), at(HUSBAND).y())}}
    assert children == {(at(SON).x(), at(SON).y()), (at(DAUGHTER).x(), at(DAUGHTER).y())}
    assert at(DAUGHTER).x() < at(SON).x()  # oldest child first
    siblings = next(kids for parents, kids in layout.descents if at(FATHER) in parents)
    assert at(CLIENT) in siblings and at(SISTER) in siblings  # the parents' line reaches the client and her sister
    assert at(HUSBAND) not in siblings


def test_the_household_line_encloses_exactly_those_living_together(qtbot: Any) -> None:
    widget = genogram(qtbot, [FATHER, MOTHER, HUSBAND, SON, DAUGHTER, SISTER])
    layout = widget.compute_layout()
    inside = {p.name for p in (CLIENT, FATHER, MOTHER, HUSBAND, SON, DAUGHTER, SISTER)
              if layout.household.contains(layout.centre_of(p))}
    assert inside == {"김민수", "이순자", "박영호", "박준"}  # the deceased father and those living apart are outside


def test_without_household_members_only_the_client_is_drawn(qtbot: Any) -> None:
    layout = genogram(qtbot, []).compute_layout()
    assert [p for p, _is_client in layout.rows[0]] == [CLIENT]
    assert layout.household.contains(layout.centre_of(CLIENT)) and not layout.couples


def test_the_side_panel_follows_the_picture_on_screen(qtbot: Any, gui_app: Any, vault: Vault, case: Any) -> None:
    client_id = cases.snapshot(vault, case.id).client.id
    entries.add_household_member(vault, client_id, {"relation": "딸", "name": "김하늘", "sex": "F", "age": 20,
                                                    "lives_together": True})
    view = CaseView(vault, case.id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    tab = view.ecomap_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.side.currentWidget() is not tab.household_panel  # the eco-map: its relations and their form
    tab.pictures.setCurrentWidget(tab.genogram)
    assert tab.side.currentWidget() is tab.household_panel
    panel = tab.household_panel
    assert panel.model.rowCount() == 1 and panel.model.index(0, 1).data() == "김하늘"
    panel.edit_button.click()  # edited where household members live: the intake tab's household page
    intake = view.stage_tabs[next(iter(view.stage_tabs))]
    assert view.tabs.currentWidget() is intake
    assert intake.pages.currentWidget().isAncestorOf(intake.household)
    tab.pictures.setCurrentWidget(tab.ecomap)
    assert tab.side.currentWidget() is not tab.household_panel
