"""Forms that never fight the hand: the wheel never changes a value it merely passes over, and dates are typed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QSpinBox, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import Stage
from caseapp.services import cases, demo_data
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets.date_field import DateField
from caseapp.ui.widgets.form_builder import FormWidget


def wheel(widget: QWidget, steps: int) -> None:
    """What a mouse wheel over the middle of ``widget`` delivers (through QApplication, so filters apply)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def shown(qtbot: Any, form: FormWidget) -> FormWidget:
    """A form in an active window, so focus and Tab behave as for a user."""
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    return form


def state(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, DateField):
        return widget.edit.text()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def value_widgets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(DateField)]
    found += [w for w in root.findChildren(QAbstractSpinBox) if w.isEnabled()]
    return [w for w in found if w.isEnabled() and w.isVisibleTo(root)]


@pytest.fixture
def demo_view(qtbot: Any, gui_app: Any, vault: Any) -> CaseView:
    demo_data.generate(vault, 6, seed=7)
    latest = max(cases.list_cases(vault), key=lambda c: Stage(c.stage).order)
    view = CaseView(vault, latest.case_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def test_the_wheel_over_any_value_widget_of_any_stage_tab_changes_nothing(qtbot: Any, demo_view: CaseView) -> None:
    seen = 0
    for stage in Stage:
        demo_view.tabs.setCurrentIndex(stage.order)
        tab = demo_view.stage_tabs[stage]
        widgets = value_widgets(tab)
        before = [state(w) for w in widgets]
        for w in widgets:
            for steps in (-1, -3, 1, 3):
                wheel(w, steps)
                if isinstance(w, QAbstractSpinBox) and w.lineEdit() is not None:
                    wheel(w.lineEdit(), steps)  # the pointer is usually over the spin box's text
        assert [state(w) for w in widgets] == before, stage
        seen += len(widgets)
    assert seen > 30  # every stage's combos, numbers and dates were tried
    assert not demo_view.has_unsaved_changes()


def test_the_wheel_over_a_combo_scrolls_the_page_instead(qtbot: Any, demo_view: CaseView) -> None:
    demo_view.resize(1000, 500)  # small enough that every stage page scrolls
    demo_view.tabs.setCurrentIndex(Stage.INTAKE.order)
    QApplication.processEvents()
    area = next(a for a in demo_view.stage_tabs[Stage.INTAKE].findChildren(QScrollArea)
                if a.verticalScrollBar().maximum() > 0 and a.widget().findChildren(QComboBox))
    combo = next(c for c in area.widget().findChildren(QComboBox) if c.isVisibleTo(area))
    chosen = combo.currentIndex()
    bar = area.verticalScrollBar()
    bar.setValue(0)
    wheel(combo, -3)
    assert bar.value() > 0
    assert combo.currentIndex() == chosen


def test_a_number_the_user_clicked_into_takes_the_wheel(qtbot: Any, gui_app: Any) -> None:
    form = shown(qtbot, FormWidget(forms.INTAKE))
    spin = form.editors["monitoring_interval_days"]
    assert isinstance(spin, QSpinBox)
    form.set_values({"monitoring_interval_days": 30})
    spin.setFocus()  # reached with Tab: focus alone is not enough
    assert spin.hasFocus()
    wheel(spin, 1)
    assert spin.value() == 30 and not form.is_dirty()
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    wheel(spin, 1)
    assert spin.value() == 31 and form.is_dirty()


# --- dates ------------------------------------------------------------------------------------------------------

@pytest.fixture
def client_form(qtbot: Any, gui_app: Any) -> FormWidget:
    return shown(qtbot, FormWidget(forms.CLIENT))


def type_date(qtbot: Any, field: DateField, text: str) -> None:
    field.edit.setFocus()
    assert field.edit.hasFocus()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["1955-03-15", "1955.3.15", "1955. 3. 15.", "19550315", "550315"])
def test_each_usual_way_of_typing_a_birth_date_is_read_into_an_empty_field(qtbot: Any, client_form: FormWidget,
                                                                         typed: str) -> None:
    field = client_form.editors["birth_date"]
    assert isinstance(field, DateField) and field.value() is None
    type_date(qtbot, field, typed)
    assert client_form.value("birth_date") == "1955-03-15"
    assert field.edit.text() == "1955-03-15" and field.error() == ""
    assert not field.edit.hasFocus()  # Tab left the field
    assert client_form.is_dirty()
    assert forms.validate(forms.CLIENT, {**client_form.values(), "name": "김"})["birth_date"] == date(1955, 3, 15)


def test_month_and_day_mean_this_year_and_delete_clears(qtbot: Any, gui_app: Any) -> None:
    form = shown(qtbot, FormWidget(forms.FOLLOW_UP))
    field = form.editors["due_on"]
    assert isinstance(field, DateField)
    type_date(qtbot, field, "12/24")
    assert form.value("due_on") == date(date.today().year, 12, 24).isoformat()
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert form.value("due_on") is None and field.edit.text() == ""


def test_a_wrong_date_says_why_next_to_the_field_and_keeps_what_was_typed(qtbot: Any,
                                                                         client_form: FormWidget) -> None:
    field = client_form.editors["birth_date"]
    assert isinstance(field, DateField)
    type_date(qtbot, field, "1955-02-30")
    assert "28일" in field.error()  # Korean UI: "1955년 2월은 28일까지 있습니다"
    assert field.edit.text() == "1955-02-30" and not field.edit.hasFocus()
    with pytest.raises(forms.ValidationError):
        forms.validate(forms.CLIENT, {**client_form.values(), "name": "김"})
    field.edit.clear()
    type_date(qtbot, field, "2090-01-01")
    assert "미래" in field.error()
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1990-01-01")
    assert field.error() == ""  # typing again clears the reason


def test_a_draft_holding_a_wrong_date_is_restored_with_its_reason(qtbot: Any, client_form: FormWidget) -> None:
    client_form.set_values({"birth_date": "1955-02-30"}, dirty=True)  # what a draft keeps of unfinished typing
    field = client_form.editors["birth_date"]
    assert isinstance(field, DateField)
    assert field.edit.text() == "1955-02-30" and "28일" in field.error()
    client_form.set_values({"birth_date": "550315"})
    assert client_form.value("birth_date") == "1955-03-15"


def test_a_due_date_years_back_is_refused_when_typed(qtbot: Any, gui_app: Any) -> None:
    form = shown(qtbot, FormWidget(forms.PLAN_TASK))
    field = form.editors["due_date"]
    assert isinstance(field, DateField)
    long_ago = date.today() - timedelta(days=800)
    type_date(qtbot, field, long_ago.isoformat())
    assert "1년" in field.error()
    with pytest.raises(forms.ValidationError):
        forms.validate(forms.PLAN_TASK, {**form.values(), "description": "x", "performer": "client"})
    form.set_values({"due_date": long_ago})  # an old record's stored due date is shown and saved as it is
    assert field.error() == ""
    assert forms.validate(forms.PLAN_TASK, {**form.values(), "description": "x", "performer": "client"})


def test_a_birth_date_has_no_today_button_and_its_calendar_opens_decades_back(qtbot: Any,
                                                                              client_form: FormWidget) -> None:
    birth = client_form.editors["birth_date"]
    assert isinstance(birth, DateField) and birth.today_button is None
    birth.open_calendar()
    assert birth.popup.calendar.yearShown() <= date.today().year - 40
    birth.popup.hide()
    entry = shown(qtbot, FormWidget(forms.SERVICE_ENTRY))
    occurred = entry.editors["occurred_on"]
    assert isinstance(occurred, DateField) and occurred.today_button is not None
    occurred.pick(None)
    occurred.open_calendar()
    assert (occurred.popup.calendar.yearShown(), occurred.popup.calendar.monthShown()) == (
        date.today().year, date.today().month)
    occurred.popup.hide()
