"""First-run setup shared by ``caseapp init`` and the GUI's setup screen."""

from __future__ import annotations

from caseapp.errors import ValidationError
from caseapp.services.vault import Vault


def initialise(passphrase: str, practitioner_name: str, agency_name: str) -> tuple[Vault, str]:
    """Create the encrypted case file and the practitioner's signing identity; return (vault, recovery key)."""
    if not practitioner_name.strip():
        raise ValidationError("사례관리자 이름을 입력하세요.", "Enter the practitioner's name.")
    if not agency_name.strip():
        raise ValidationError("기관명을 입력하세요.", "Enter the agency's name.")
    vault, recovery = Vault.create(passphrase, practitioner_name, agency_name)
    from caseapp.services.signing import ensure_identity  # local: signing imports cryptography, only needed here
    ensure_identity(vault)
    return vault, recovery
