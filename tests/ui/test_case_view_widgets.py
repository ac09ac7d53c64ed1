"""The case view's building blocks on their own: the form builder over every declared form, the genogram's
reading of relation words, and the charts painting without Qt warnings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from caseapp.domain import forms
from caseapp.domain.forms import Kind
from caseapp.errors import ValidationError
from caseapp.ui.widgets.charts import GasChart, GasLine, RadarChart, RadarSeries
from caseapp.ui.widgets.ecomap import EcoMapWidget, EcoNode, GenogramWidget, Person, generation_of, is_in_law
from caseapp.ui.widgets.form_builder import DateField, FormWidget, MultiChoiceField


@pytest.mark.parametrize("form", list(forms.ALL_FORMS.values()), ids=list(forms.ALL_FORMS))
def test_every_declared_form_builds_and_round_trips(qtbot: Any, form: forms.FormSpec) -> None:
    picks = {"goal": "g1", "long_goal": "g1", "resource": "r1", "case_conference": "c1", "plan_task": "t1"}
    widget = FormWidget(form, {"goal": lambda: [("g1", "1. 목표")], "long_goal": lambda: [("g1", "1. 목표")],
                               "resource": lambda: [("r1", "가족센터")],
                               "case_conference": lambda: [("c1", "사례회의 2026-03-01")],
                               "plan_task": lambda: [("t1", "주거급여 신청")]})
    qtbot.addWidget(widget)
    widget.refresh_references()
    expected: dict[str, Any] = {}
    for spec in form.fields:
        editor = widget.editors[spec.name]
        kind_widget = {Kind.TEXT: QLineEdit, Kind.MULTILINE: QPlainTextEdit, Kind.DATE: DateField, Kind.INT: QSpinBox,
                       Kind.CHOICE: QComboBox, Kind.MULTI_CHOICE: MultiChoiceField, Kind.BOOL: QCheckBox,
                       Kind.REFERENCE: QComboBox}[spec.kind]
        assert isinstance(editor, kind_widget), spec.name
        if spec.normalize is not None:  # a text with a format of its own (주민등록번호): a value in that format
            expected[spec.name] = spec.normalize("8503152000007")
        elif spec.kind in (Kind.TEXT, Kind.MULTILINE):
            expected[spec.name] = "가나다 abc"
        elif spec.kind is Kind.DATE:
            expected[spec.name] = "2026-03-01"
        elif spec.kind is Kind.INT:
            expected[spec.name] = spec.minimum if spec.minimum is not None else 0
        elif spec.kind is Kind.CHOICE:
            expected[spec.name] = list(spec.choices)[-1].value  # type: ignore[arg-type]
        elif spec.kind is Kind.MULTI_CHOICE:
            expected[spec.name] = [m.value for m in list(spec.choices)[:2]]  # type: ignore[arg-type]
        elif spec.kind is Kind.BOOL:
            expected[spec.name] = True
        else:
            expected[spec.name] = picks[spec.reference or ""]
    widget.set_values(expected)
    assert widget.raw_values() == expected
    assert not widget.is_dirty()
    forms.validate(form, widget.values())  # what the form hands over passes the same validation
    widget.clear()
    for spec in form.fields:
        if spec.kind is Kind.DATE:
            assert widget.value(spec.name) == (date.today().isoformat() if spec.default_today else None)


def test_empty_choices_and_numbers_are_left_out_so_defaults_apply(qtbot: Any) -> None:
    widget = FormWidget(forms.HOUSEHOLD_MEMBER)
    qtbot.addWidget(widget)
    values = widget.values()
    assert "sex" not in values and "age" not in values
    assert values["lives_together"] is True


def test_validation_message_names_the_field_and_keeps_input(qtbot: Any) -> None:
    widget = FormWidget(forms.GOAL)
    qtbot.addWidget(widget)
    widget.editors["gas_zero"].setText("월 1회")  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as caught:
        forms.validate(forms.GOAL, widget.values())
    widget.show_error(caught.value)
    assert widget.error_text()
    assert widget.editors["statement"].styleSheet() and not widget.editors["gas_zero"].styleSheet()
    assert widget.value("gas_zero") == "월 1회"
    widget.set_read_only(True)
    assert widget.editors["statement"].isReadOnly()  # type: ignore[attr-defined]
    assert not widget.editors["need_area"].isEnabled()


@pytest.mark.parametrize("relation, generation", [
    ("모", -1), ("아버지", -1), ("장모", -1), ("할머니", -2), ("자녀", 1), ("딸", 1), ("손자", 2),
    ("형", 0), ("배우자", 0), ("mother", -1), ("son", 1)])
def test_genogram_reads_relation_words(relation: str, generation: int) -> None:
    assert generation_of(relation) == generation


def test_in_laws_are_told_apart() -> None:
    assert is_in_law("시어머니") and is_in_law("장인") and not is_in_law("모")


def test_pictures_paint_without_warnings(qtbot: Any) -> None:
    radar = RadarChart()
    radar.set_data(["안전", "건강", "경제"], [RadarSeries("초기", [3, None, 2]), RadarSeries("최근", [1, 1, 0])])
    gas = GasChart()
    gas.set_data([GasLine("1. 목표", [(date(2026, 1, 1), -1), (date(2026, 2, 1), 1)]), GasLine("2. 목표", [])])
    eco = EcoMapWidget()
    eco.set_data("김민수", ["모 이순자"], [EcoNode("집주인", "기타", "stressful", "none"),
                                       EcoNode("센터", "복지기관", "strong", "mutual")], {})
    geno = GenogramWidget()
    geno.set_data(Person("김민수", "대상자", "M", 52), [Person("이순자", "모", "F", 78, deceased=True),
                                                     Person("박영희", "배우자", "F"), Person("김하늘", "딸", "F", 20)])
    for widget in (radar, gas, eco, geno):
        qtbot.addWidget(widget)
        widget.resize(500, 400)
        assert not widget.grab().isNull()


def test_draft_keeper_keeps_text_and_forgets_emptied_forms(qtbot: Any, vault: Any) -> None:
    from caseapp.services import drafts
    from caseapp.ui.widgets.form_builder import DraftBanner, DraftKeeper
    form = FormWidget(forms.CASE_CONFERENCE)
    qtbot.addWidget(form)
    keeper = DraftKeeper(vault, form, None, "test:conference:new")
    banner = DraftBanner(keeper)
    qtbot.addWidget(banner)
    form.editors["agenda"].setPlainText("주거 대책")  # type: ignore[attr-defined]
    keeper.save_now()
    assert drafts.load_draft(vault, "test:conference:new")["agenda"] == "주거 대책"  # type: ignore[index]
    form.clear()
    banner.check()
    assert keeper.offer_open  # offered back; picking a date meanwhile must not throw the draft away
    form.editors["held_on"].pick(date.today() - timedelta(days=1))  # type: ignore[attr-defined]
    keeper.save_now()
    assert drafts.load_draft(vault, "test:conference:new") is not None
    banner.restore()
    assert form.value("agenda") == "주거 대책"
    form.editors["agenda"].setPlainText("")  # type: ignore[attr-defined]
    keeper.save_now()
    assert drafts.load_draft(vault, "test:conference:new") is None  # everything typed was deleted again
