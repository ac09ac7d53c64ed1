"""A restore gives the folder a new device id (issue 17).

A backup holds the change log as it was: restored, this folder would go on numbering its changes from where the
backup stopped, under the device id its peers already hold later changes of. The peers would take the new changes
for ones they hold (and drop them), and send the later ones back onto numbers used twice. So a restore retires the
device id before it swaps the file in: from then on the folder writes as a new device (sequence from 1), the old
device's later changes come back from the peers like any other device's, and bundles name the retired ids so the
peers forget that device instead of waiting for it (:func:`caseapp.services.sync_bundle.import_bundle`).
"""

from __future__ import annotations

import re

from caseapp import paths
from caseapp.services import access_log
from caseapp.storage.atomic import write_bytes_atomic

_DEVICE = re.compile(r"[0-9a-f]{12}")


def retire_device() -> str:
    """Keep the current device id in the retired list, then give the folder a new one; returns the new id. The list
    is written first: a kill in between leaves the old id in use and listed, which the next restore repeats."""
    old = access_log.device_id()
    listed = retired_devices()
    if old not in listed:
        paths.ensure_data_dir()
        write_bytes_atomic(paths.retired_device_ids_file(), "".join(f"{d}\n" for d in (*listed, old)).encode())
    return access_log.renew_device_id()


def retired_devices() -> tuple[str, ...]:
    """The ids this folder wrote under before (not the current one)."""
    try:
        text = paths.retired_device_ids_file().read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ()
    current = access_log.device_id()
    return tuple(d for d in text.split() if _DEVICE.fullmatch(d) and d != current)


def valid_ids(values: object) -> tuple[str, ...]:
    """Device ids as a bundle header lists them (anything else dropped)."""
    if not isinstance(values, list):
        return ()
    return tuple(v for v in values if isinstance(v, str) and _DEVICE.fullmatch(v))
