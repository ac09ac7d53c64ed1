"""Autosaved drafts of unsaved form text, kept in the encrypted file so a crash or kill loses no typing."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import select

from caseapp.services.vault import Vault
from caseapp.storage.models import Draft, utcnow


def save_draft(vault: Vault, form_key: str, values: dict[str, Any], case_id: str | None = None) -> None:
    """Upsert the draft for ``form_key`` (e.g. ``case:<id>:service_entry:new``). Committed durably."""
    payload = json.dumps(values, ensure_ascii=False, default=str)
    try:
        payload.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a widget: escape it rather than crash and lose the typing
        payload = json.dumps(values, ensure_ascii=True, default=str)
    with vault.session(write=True) as s:
        draft = s.exec(select(Draft).where(Draft.form_key == form_key)).first()
        if draft is None:
            draft = Draft(form_key=form_key, case_id=case_id)
        draft.payload, draft.updated_at = payload, utcnow()
        s.add(draft)


def load_draft(vault: Vault, form_key: str) -> dict[str, Any] | None:
    with vault.session() as s:
        draft = s.exec(select(Draft).where(Draft.form_key == form_key)).first()
        return json.loads(draft.payload) if draft else None


def case_draft_keys(vault: Vault, case_id: str) -> set[str]:
    """The form keys of one case's drafts (one query when a case view opens, not one per form)."""
    with vault.session() as s:
        return set(s.exec(select(Draft.form_key).where(Draft.case_id == case_id)))


def list_drafts(vault: Vault) -> list[Draft]:
    with vault.session() as s:
        return list(s.exec(select(Draft).order_by(Draft.updated_at)))


def discard_draft(vault: Vault, form_key: str) -> None:
    with vault.session(write=True) as s:
        draft = s.exec(select(Draft).where(Draft.form_key == form_key)).first()
        if draft is not None:
            s.delete(draft)
