"""The agency key and sealed fields: a hub dump alone reveals neither the key nor a 주민등록번호."""

from __future__ import annotations

import pytest

from caseapp.errors import UserError
from caseapp.services import hub_crypto


def test_wrapped_key_opens_only_with_the_users_password() -> None:
    key = hub_crypto.new_agency_key()
    blob = hub_crypto.wrap_agency_key(key, "kim", "김 암호 1234")
    assert key.hex() not in str(blob)
    assert hub_crypto.unwrap_agency_key(blob, "kim", "김 암호 1234") == key
    with pytest.raises(hub_crypto.WrongHubPassword):
        hub_crypto.unwrap_agency_key(blob, "kim", "wrong")
    with pytest.raises(hub_crypto.WrongHubPassword):  # another user's name: the envelope is bound to it
        hub_crypto.unwrap_agency_key(blob, "lee", "김 암호 1234")


def test_sensitive_fields_are_sealed_and_bound_to_their_row() -> None:
    key = hub_crypto.new_agency_key()
    sealed = hub_crypto.seal_fields(key, "client", "row-1", {"resident_number": "800101-1234567", "name": "김민수"})
    assert sealed["name"] == "김민수"
    assert "800101" not in sealed["resident_number"]
    assert sealed["resident_number"].startswith(hub_crypto.SEALED_PREFIX)
    assert hub_crypto.open_fields(key, "client", "row-1", sealed)["resident_number"] == "800101-1234567"
    with pytest.raises(UserError):  # copied onto another row it does not open
        hub_crypto.open_fields(key, "client", "row-2", sealed)
    with pytest.raises(UserError):
        hub_crypto.open_fields(hub_crypto.new_agency_key(), "client", "row-1", sealed)
    assert hub_crypto.seal_fields(key, "serviceentry", "r", {"note": "x"}) == {"note": "x"}
