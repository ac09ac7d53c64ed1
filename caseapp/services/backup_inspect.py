"""Looking into backups without changing them: which key opens one, is it good, what audit history it holds.

Sits above the catalogue (:mod:`caseapp.services.backup_catalogue`) and the file checks
(:func:`caseapp.services.integrity.inspect_copy`); creating and restoring (:mod:`caseapp.services.backup`) and the
``check`` command use it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.domain.korean import with_particle
from caseapp.errors import CorruptDatabase, UserError, ValidationError, WrongPassphrase
from caseapp.services.audit import HEAD_KEY
from caseapp.services.backup_catalogue import BackupInfo, key_path_for, list_backups, list_set_aside
from caseapp.services.integrity import inspect_copy
from caseapp.storage import migrate
from caseapp.storage.keystore import KeyFile
from caseapp.storage.models import AuditEvent, Meta

if TYPE_CHECKING:
    from caseapp.services.vault import Vault


def opens_with(path: Path, key: bytes) -> bool:
    """``path`` opens with ``key`` and passes the integrity check."""
    try:
        inspect_copy(path, key)
    except (UserError, sqlcipher3.DatabaseError):
        return False
    return True


def unwrap(keyfile_path: Path, passphrase: str | None) -> bytes | None:
    if passphrase is None or not keyfile_path.exists():
        return None
    try:
        return KeyFile.load(keyfile_path).unwrap_with_passphrase(passphrase)
    except (WrongPassphrase, CorruptDatabase):
        return None


def choose_key(backup_db: Path, *, vault: "Vault | None" = None,
               passphrase: str | None = None) -> tuple[bytes, bool]:
    """The database key that opens ``backup_db`` and whether the backup's own key file must come along.

    Tried in order: the open vault's key, the current key file with ``passphrase`` (both keep today's passphrase
    and recovery key), then the backup's key file with ``passphrase``."""
    if not backup_db.is_file():
        raise ValidationError(f"백업 파일이 없습니다: {backup_db}", f"No such backup file: {backup_db}")
    tried_current = False
    for key in (vault.key if vault is not None else None, unwrap(paths.key_file(), passphrase)):
        if key is not None:
            tried_current = True
            if opens_with(backup_db, key):
                return key, False
    backup_key = key_path_for(backup_db)
    damaged = CorruptDatabase(f"백업 파일이 손상되었습니다: {backup_db.name}. 다른 백업을 고르세요. 파일은 변경되지 않았습니다.",
                              f"The backup is damaged: {backup_db.name}. Choose another backup. Nothing was changed.")
    key = unwrap(backup_key, passphrase)
    if key is not None:
        if opens_with(backup_db, key):
            return key, True
        raise damaged
    if tried_current and _same_key_file(backup_key, vault):
        raise damaged  # same database key as the current file, which did not open it: the copy itself is broken
    if not backup_key.exists():
        if tried_current:
            raise CorruptDatabase(
                f"백업을 열 수 없습니다: {backup_db.name}(손상되었거나 다른 키로 만든 백업인데 키 파일 "
                f"{with_particle(backup_key.name, '이')} "
                f"옆에 없습니다).",
                f"Cannot open the backup {backup_db.name}: it is damaged, or it was made with another key and its key "
                f"file {backup_key.name} is not next to it.")
        raise ValidationError(f"백업의 키 파일이 없습니다: {backup_key}", f"The backup's key file is missing: {backup_key}")
    raise WrongPassphrase(
        "이 백업은 다른 암호(다른 키 파일)로 만들어졌습니다. 백업을 만들 당시의 암호를 입력하세요. "
        "복원 후에는 그 암호로 열립니다. 파일은 변경되지 않았습니다.",
        "This backup was made with a different passphrase (another key file). Enter the passphrase that was valid "
        "when the backup was made; after the restore the file opens with that passphrase. Nothing was changed.")


def _same_key_file(backup_key: Path, vault: "Vault | None") -> bool:
    """Both key files wrap the same database key (the id survives passphrase changes)."""
    try:
        theirs = KeyFile.load(backup_key).file_id
        ours = vault.keyfile.file_id if vault is not None else KeyFile.load(paths.key_file()).file_id
    except (OSError, CorruptDatabase):
        return False
    return bool(theirs) and theirs == ours


def refuse_newer_schema(backup_db: Path, key: bytes) -> None:
    """A backup written by a newer caseapp would replace the file with one this version cannot open: refuse first."""
    migrate.ensure_known(inspect_copy(backup_db, key))


def newest_good_backup(passphrase: str | None = None, key: bytes | None = None,
                       settings: settings_mod.Settings | None = None) -> BackupInfo | None:
    """The newest backup (local, mirror, or a copy a restore set aside) that is verifiably good, or None.

    With ``key`` or ``passphrase`` a backup counts as good when it opens (with that key, the current key file or its
    own key file) and passes ``integrity_check``; without either, when it has its key file and a plausible size."""
    candidates = sorted(list_backups(settings) + list_set_aside(), key=lambda b: b.created, reverse=True)
    for info in candidates:
        if passphrase is None and key is None:
            if info.has_key_file and info.size > 0 and info.size % 1024 == 0:
                return info
            continue
        if key is not None and opens_with(info.path, key):
            return info
        try:
            choose_key(info.path, passphrase=passphrase)
        except UserError:
            continue
        return info
    return None


# --- audit history inside a backup ----------------------------------------------------------------------------------

def read_query(path: Path, key: bytes, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]] | None:
    """Rows of one read-only query on a backup (never written to), or None when it cannot be read with ``key``."""
    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlcipher3.Error:
        return None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    except sqlcipher3.Error:
        return None
    finally:
        conn.close()


def audit_head(path: Path, key: bytes) -> tuple[int, str] | None:
    """The newest audit row (seq, hash) recorded in a backup, or None when unreadable."""
    rows = read_query(path, key, f"SELECT value FROM {Meta.__tablename__} WHERE key = ?", (HEAD_KEY,))
    if not rows or not rows[0][0]:
        return None
    seq, _, digest = str(rows[0][0]).partition(":")
    return (int(seq), digest) if seq.isdigit() and digest else None


def contains_history(newer: Path, older: Path, key: bytes) -> bool:
    """Every audited change in ``older`` is also in ``newer``: its newest audit row is part of ``newer``'s chain
    (the chain is hash-linked, so the whole history before it is too)."""
    head = audit_head(older, key)
    if head is None:
        return False
    # the hash is 32 bytes since migration 0019, hex text in a backup made before it
    rows = read_query(newer, key, f"SELECT count(*) FROM {AuditEvent.__tablename__} WHERE seq = ? AND "
                      "(hash = unhex(?) OR hash = ?)", (head[0], head[1], head[1]))
    return bool(rows and rows[0][0])
