"""Application-level encryption for the agency hub (issue 18): what a dump of the hub's database alone does not reveal.

One random *agency key* (AES-256) encrypts the sensitive field values (:data:`SENSITIVE_FIELDS`) on the laptop before
a change is pushed, and decrypts them after a pull: the hub stores and relays ciphertext only. The key lives on the
hub wrapped once per hub user (scrypt of that user's hub password + AES-GCM, the key file's :class:`Envelope`), so a
user who knows their password unwraps it at ``hub join``; a dump holds only wrapped copies. Each sealed value is
bound to its table, column and row (associated data): a ciphertext copied onto another row does not open.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from caseapp.errors import UserError
from caseapp.storage.keystore import Envelope, kdf_cost, normalise_passphrase

KEY_BYTES = 32
SEALED_PREFIX = "hubenc1:"
# table -> columns sealed before they leave the laptop (주민등록번호 and health narratives). A need rating's narrative,
# concerns and cause are sealed for every area: the health and mental-health ratings are rows of the same columns.
SENSITIVE_FIELDS: dict[str, frozenset[str]] = {
    "client": frozenset({"resident_number"}),
    "householdmember": frozenset({"health"}),  # 가구원 건강 상태
    "needrating": frozenset({"narrative", "concerns", "cause"}),  # 욕구 영역별 서술(건강·정신건강 포함)
}


class WrongHubPassword(UserError):
    """The hub password does not open this user's copy of the agency key."""


def new_agency_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _envelope_name(user: str) -> str:
    return f"hub-agency-key:{user}"


def wrap_agency_key(key: bytes, user: str, password: str, log2_n: int | None = None) -> dict[str, object]:
    """The agency key wrapped for one hub user (JSON-ready, stored on the hub)."""
    cost = kdf_cost() if log2_n is None else log2_n
    return Envelope.seal(_envelope_name(user), normalise_passphrase(password), key, cost).to_json()


def unwrap_agency_key(blob: dict[str, object], user: str, password: str) -> bytes:
    key = Envelope.from_json(blob).open(_envelope_name(user), normalise_passphrase(password))
    if key is None:
        raise WrongHubPassword("허브 암호가 맞지 않습니다. 아무것도 바뀌지 않았습니다.",
                               "The hub password is wrong. Nothing was changed.")
    return key


def _aad(table: str, column: str, row_id: str) -> bytes:
    return f"caseapp-hub-field-v1:{table}.{column}:{row_id}".encode()


def is_sensitive(table: str, column: str) -> bool:
    return column in SENSITIVE_FIELDS.get(table, ())


def seal_field(key: bytes, table: str, column: str, row_id: str, value: Any) -> str:
    """``value`` (any JSON value) as ``hubenc1:<base64 nonce+ciphertext>``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, json.dumps(value, ensure_ascii=False).encode(), _aad(table, column, row_id))
    return SEALED_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def open_field(key: bytes, table: str, column: str, row_id: str, text: Any) -> Any:
    """The value :func:`seal_field` sealed; a value that is not sealed is returned as it is (older rows)."""
    if not (isinstance(text, str) and text.startswith(SEALED_PREFIX)):
        return text
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    raw = base64.b64decode(text[len(SEALED_PREFIX):])
    try:
        plain = AESGCM(key).decrypt(raw[:12], raw[12:], _aad(table, column, row_id))
    except InvalidTag:
        raise UserError("허브에서 받은 암호화 값을 열 수 없습니다(다른 기관 키 또는 손상). 아무것도 바뀌지 않았습니다.",
                        "A sealed value from the hub does not open (another agency's key, or damaged). "
                        "Nothing was changed.") from None
    return json.loads(plain)


def seal_fields(key: bytes, table: str, row_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with its sensitive values sealed (the others as they are)."""
    if table not in SENSITIVE_FIELDS:
        return fields
    return {name: seal_field(key, table, name, row_id, value) if is_sensitive(table, name) and value not in (None, "")
            else value for name, value in fields.items()}


def open_fields(key: bytes, table: str, row_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    if table not in SENSITIVE_FIELDS:
        return fields
    return {name: open_field(key, table, name, row_id, value) if is_sensitive(table, name) else value
            for name, value in fields.items()}
