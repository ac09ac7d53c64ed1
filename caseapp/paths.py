"""Every location caseapp reads or writes comes from here.

The data directory is platformdirs' user data dir unless overridden by ``--data-dir`` (see
:func:`set_data_dir`) or the ``CASEAPP_DATA_DIR`` environment variable, so tests and support staff can run against
a throwaway directory.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "caseapp"
ENV_DATA_DIR = "CASEAPP_DATA_DIR"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data directory for the rest of the process (``--data-dir``)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir_override() -> Path | None:
    """The folder :func:`set_data_dir` chose, if any (to put it back after an in-process CLI call)."""
    return _override


@contextmanager
def using_data_dir(path: str | os.PathLike[str]) -> Iterator[Path]:
    """``path`` as the data directory inside the block, the previous choice restored after it (several data
    folders in one process: sync replicas, a hub's laptops)."""
    before = _override
    set_data_dir(path)
    try:
        yield data_dir()
    finally:
        set_data_dir(before)


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir() -> Path:
    path = data_dir()
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)  # case files are personal data: owner only
    except OSError:
        pass
    return path


def database_file() -> Path:
    return data_dir() / "caseapp.db"


def key_file() -> Path:
    """Wrapped database key (passphrase and recovery-key envelopes)."""
    return data_dir() / "caseapp.key"


def settings_file() -> Path:
    return data_dir() / "settings.json"


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def instance_lock_file() -> Path:
    return data_dir() / "caseapp.lock"


def lockout_file() -> Path:
    """Where older versions kept the failed-unlock counter (it now lives in the key file); removed when seen."""
    return data_dir() / "unlock-attempts.json"


def commit_mark_file() -> Path:
    """The newest committed audit sequence, kept outside the database to notice commits a damaged -wal dropped."""
    return data_dir() / "commit-mark.json"


def rekey_journal_file() -> Path:
    """Present only while ``caseapp rekey`` swaps in the re-encrypted file: its commit point."""
    return data_dir() / "rekey-journal.json"


def staged_database_file() -> Path:
    """The case file re-encrypted under a new key, before the rekey commits."""
    return data_dir() / "caseapp.db.rekey"


def staged_key_file() -> Path:
    return data_dir() / "caseapp.key.rekey"


def device_id_file() -> Path:
    """This installation's device id (made once, no personal data): which machine an access record came from."""
    return data_dir() / "device-id"


def retired_device_ids_file() -> Path:
    """The device ids this folder wrote under before a restore gave it a new one (sync tells the peers)."""
    return data_dir() / "device-id.retired"


def pending_access_file() -> Path:
    """Access records that could not be written into the case file yet (failed unlocks: the file is still locked);
    no personal data. Appended into the audit chain at the next successful unlock, then emptied."""
    return data_dir() / "access-pending.jsonl"


def instance_socket_dir() -> Path:
    """Unix: the private folder for the "raise the running window" socket (services/instance_channel.py). Not the
    data folder: a socket path has a length limit (~104 bytes) and a synced or network folder may not hold one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")  # per user, 0700, emptied at logout (freedesktop)
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / APP_NAME
    import tempfile
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}"


def temp_dir() -> Path:
    """Scratch space inside the data dir so temporary files never land in a world-readable /tmp."""
    return data_dir() / "tmp"


def _package_or_checkout(package: str, checkout_folder: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parent.parent / checkout_folder


def resources_dir() -> Path:
    """Fonts and icons: ``caseapp.resources`` when installed, ``resources/`` in a checkout."""
    return _package_or_checkout("caseapp.resources", "resources")


def i18n_dir() -> Path:
    return _package_or_checkout("caseapp.i18n", "i18n")


def font_file(bold: bool = False) -> Path:
    return resources_dir() / "fonts" / ("NanumGothicBold.ttf" if bold else "NanumGothic.ttf")


def srgb_profile() -> Path:
    """The sRGB ICC profile every PDF/A export names as its OutputIntent (see tools/make_srgb_icc.py)."""
    return resources_dir() / "icc" / "sRGB.icc"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "storage" / "migrations"


def hub_sql_dir() -> Path:
    """The agency hub's SQL (issue 18: services/hub_schema installs it on the PostgreSQL server)."""
    return Path(__file__).resolve().parent / "services" / "hub_sql"
