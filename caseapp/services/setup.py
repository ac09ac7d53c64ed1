"""First-run setup shared by ``caseapp init`` and the GUI's setup screen."""

from __future__ import annotations

from caseapp.errors import ValidationError
from caseapp.services.vault import Vault


def initialise(passphrase: str, practitioner_name: str, agency_name: str, *,
               until_shown: bool = False) -> tuple[Vault, str]:
    """Create the encrypted case file and the practitioner's signing identity; return (vault, recovery key).

    With ``until_shown`` (the CLI and the setup screen) the folder counts as set up only once the caller has shown
    the recovery key and called ``vault.finish_setup()``: killed before, the next start sets up again instead of
    keeping a file whose recovery key nobody saw. Without it (scripts, tests) setup is finished here."""
    if not practitioner_name.strip():
        raise ValidationError("사례관리자 이름을 입력하세요.", "Enter the practitioner's name.")
    if not agency_name.strip():
        raise ValidationError("기관명을 입력하세요.", "Enter the agency's name.")
    vault, recovery = Vault.create(passphrase, practitioner_name, agency_name)
    from caseapp.services.signing import ensure_identity  # local: signing imports cryptography, only needed here
    ensure_identity(vault)
    if not until_shown:
        vault.finish_setup()
    return vault, recovery
