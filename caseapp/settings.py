"""User preferences (no client data): language, auto-lock, backup folder, cadences.

Stored as JSON in the data dir so ``--data-dir`` isolates them too. Unknown keys are kept, bad values fall back to
defaults, and a damaged file never stops the program from starting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from caseapp import paths
from caseapp.storage.atomic import write_bytes_atomic


@dataclass
class Settings:
    language: str = "ko"  # "ko" | "en"
    auto_lock_minutes: int = 10  # 0 disables
    backup_folder: str = ""  # second backup destination chosen by the user (e.g. a USB stick)
    backups_to_keep: int = 10
    daily_backup: bool = True
    backup_on_close: bool = True
    retention_years: int = 5
    lock_on_sleep: bool = True
    access_log_years: int = 2  # 접속기록 kept at least this long; never below 2 (services/access_log.py)
    window_geometry: str = ""  # hex of QWidget.saveGeometry() (the last screen's; kept for older versions)
    window_layouts: dict[str, Any] = field(default_factory=dict)  # per screen geometry, see ui/window_memory.py
    extra: dict[str, Any] = field(default_factory=dict)

    def validated(self) -> "Settings":
        defaults = Settings()
        if self.language not in ("ko", "en"):
            self.language = defaults.language
        if not isinstance(self.auto_lock_minutes, int) or not 0 <= self.auto_lock_minutes <= 24 * 60:
            self.auto_lock_minutes = defaults.auto_lock_minutes
        if not isinstance(self.backups_to_keep, int) or not 1 <= self.backups_to_keep <= 1000:
            self.backups_to_keep = defaults.backups_to_keep
        if not isinstance(self.retention_years, int) or not 1 <= self.retention_years <= 100:
            self.retention_years = defaults.retention_years
        if not isinstance(self.access_log_years, int) or not 2 <= self.access_log_years <= 100:
            self.access_log_years = defaults.access_log_years
        if not isinstance(self.window_layouts, dict):
            self.window_layouts = {}
        return self


def load() -> Settings:
    try:
        raw = json.loads(paths.settings_file().read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known and k != "extra"}
    extra = {k: v for k, v in raw.items() if k not in known}
    try:
        return Settings(**values, extra=extra).validated()
    except TypeError:
        return Settings()


def save(settings: Settings) -> None:
    paths.ensure_data_dir()
    data = asdict(settings.validated())
    data.update(data.pop("extra"))
    write_bytes_atomic(paths.settings_file(), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
