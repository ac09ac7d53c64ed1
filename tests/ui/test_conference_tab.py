"""사례회의 from the window: recorded through the form declared in domain/forms.py, signed, amended, read back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from caseapp.domain import forms
from caseapp.errors import LockedEntry
from caseapp.services import cases, entries
from caseapp.services.vault import Vault
from caseapp.ui.views.case_view import CaseView
from tests.ui.test_case_view import click, type_into  # the same user-like helpers as the case view's tests


def test_conference_form_is_the_declared_one_with_every_field(view: CaseView) -> None:
    section = view.conference_tab.conferences
    assert list(section.form.editors) == forms.CASE_CONFERENCE.names
    assert {"held_on", "kind", "attendees", "agenda", "discussion", "decisions", "next_steps"} <= set(
        section.form.editors)
    index = view.tabs.indexOf(view.conference_tab)
    assert view.tabs.tabText(index) == "사례회의"


def test_record_sign_and_amend_a_conference_from_the_window(qtbot: Any, view: CaseView, vault: Vault,
                                                           case: Any) -> None:
    view.tabs.setCurrentWidget(view.conference_tab)
    section = view.conference_tab.conferences
    form = section.form
    kind = form.editors["kind"]
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("integrated"))
    type_into(form, "attendees", "사례관리자, 주거복지센터 주거복지사, 행정복지센터 담당")
    type_into(form, "agenda", "월세 체납 해결 방안")
    type_into(form, "discussion", "긴급지원 신청 요건을 검토함")
    type_into(form, "next_steps", "주거복지사: 다음 주까지 임대인 면담")

    click(qtbot, section.save_button)  # decisions are required: refused, nothing saved, typing kept
    assert form.error_text()
    assert cases.snapshot(vault, case.id).conferences == []
    assert form.value("agenda") == "월세 체납 해결 방안"

    type_into(form, "decisions", "긴급지원 주거비 신청, 주거급여 연계")
    click(qtbot, section.save_button)
    [saved] = cases.snapshot(vault, case.id).conferences
    assert (saved.kind, saved.discussion, saved.next_steps) == ("integrated", "긴급지원 신청 요건을 검토함",
                                                                "주거복지사: 다음 주까지 임대인 면담")
    assert section.model.rowCount() == 1 and section.current_id == saved.id

    click(qtbot, section.sign_button)
    signed = cases.snapshot(vault, case.id).conferences[0]
    assert signed.signed_at is not None and signed.signed_by == "김사회"
    assert form.is_read_only() and not section.lock_label.isHidden()
    with pytest.raises(LockedEntry):
        entries.edit_kind(vault, "case_conference", saved.id, {"decisions": "바꿈"})

    click(qtbot, section.addendum_button)
    dialog = section.addendum_dialog
    assert "긴급지원 주거비 신청" in dialog.findChild(QPlainTextEdit).toPlainText()  # what is being amended
    type_into(dialog.form, "text", "주거급여는 다음 달부터 지급 예정으로 확인")
    assert dialog.save()
    snap = cases.snapshot(vault, case.id)
    assert [a.text for a in snap.addenda_for(saved.id)] == ["주거급여는 다음 달부터 지급 예정으로 확인"]
    assert snap.conferences[0].decisions == "긴급지원 주거비 신청, 주거급여 연계"  # the signed original stays
    assert "다음 달부터" in section.addenda_label.text()
