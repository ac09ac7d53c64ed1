"""What the key file says about itself, checked against the database on every open.

The key generation is kept in the key file and in the database (``Meta``). Every change of an envelope writes the key
file first and the database second, so a key file *ahead* of the database is an interrupted change (brought in step
quietly), and one *behind* it is an older copy put in its place — which brings an old passphrase back. That is only
warned about: the file still opens, because the passphrase typed did open it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseapp.errors import Notice, UserError
from caseapp.services import open_checks

if TYPE_CHECKING:  # the ORM is imported where it runs: the notices serve services/read_vault.py without it
    from caseapp.services.vault import Vault

META_KEY = open_checks.GENERATION_KEY


def stored_generation(vault: "Vault") -> int:
    with vault.read_cursor() as cur:
        return open_checks.stored_generation(cur)  # the rule the ORM-free open reads too


def remember_generation(vault: "Vault", generation: int) -> None:
    from caseapp.storage.models import Meta
    with vault.session(write=True) as s:
        meta = s.get(Meta, META_KEY) or Meta(key=META_KEY)
        meta.value = str(generation)
        s.add(meta)


def reconcile(vault: "Vault") -> list[Notice]:
    """On open: bring an interrupted change in step, warn about a rolled-back key file and about keys to replace."""
    import sqlcipher3
    from sqlalchemy.exc import SQLAlchemyError
    notices = flag_notices(vault)
    try:
        in_db = stored_generation(vault)
        if vault.keyfile.generation > in_db:
            remember_generation(vault, vault.keyfile.generation)
        elif vault.keyfile.generation < in_db:
            notices.append(rollback_notice(vault.keyfile.generation, in_db))
    except (UserError, SQLAlchemyError, sqlcipher3.Error):  # the driver's own error: a plain-SQL reading
        pass  # a full or read-only disk: the comparison is repeated on the next open
    return notices


def rollback_notice(in_key_file: int, in_db: int) -> Notice:
    return Notice(
        "key_file_older",
        f"키 파일이 사례 파일보다 오래되었습니다(키 세대 {in_key_file} < {in_db}). 누군가 예전 키 파일(백업 등)로 바꿔 "
        f"놓아 예전 암호가 다시 통하게 되었을 수 있습니다. 직접 한 일이 아니라면 암호를 바꾸고 'caseapp rekey'를 "
        f"실행하세요.",
        f"The key file is older than the case file (key generation {in_key_file} < {in_db}). It may have been "
        f"replaced by an older copy (from a backup), which makes an old passphrase work again. If you did not do "
        f"this, change the passphrase and run 'caseapp rekey'.")


def flag_notices(vault: "Vault") -> list[Notice]:
    kf = vault.keyfile
    out: list[Notice] = []
    if kf.rekey_due:
        out.append(Notice(
            "rekey_due",
            "복구 키를 사용했습니다. 'caseapp rekey'로 데이터베이스 키와 복구 키를 바꾸세요(예전 키 파일 사본과 사용한 "
            "복구 키로는 더 이상 열 수 없게 됩니다).",
            "The recovery key was used. Run 'caseapp rekey' to replace the database key and the recovery key (old "
            "key file copies and the used recovery key then stop opening the file)."))
    if not kf.recovery_shown:
        out.append(Notice(
            "recovery_key_unseen",
            "지금의 복구 키는 만들어졌지만 화면에 표시되지 못했습니다. 'caseapp new-recovery-key'로 새 복구 키를 "
            "만들어 적어 두세요.",
            "The current recovery key was made but never shown. Make a new one with 'caseapp new-recovery-key' and "
            "write it down."))
    return out


def check_notices(vault: "Vault") -> list[Notice]:
    """For ``caseapp check``: the same comparison, read-only."""
    notices = flag_notices(vault)
    in_db = stored_generation(vault)
    if vault.keyfile.generation < in_db:
        notices.append(rollback_notice(vault.keyfile.generation, in_db))
    return notices
