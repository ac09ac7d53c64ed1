"""What the sync dialogs call: the engine's and the transport's functions, bound to one open case file.

The dialogs take a :class:`SyncServices` instead of importing the services themselves, so they can be tested with
plain Preview/ConflictView/PeerView values and so a second transport (the agency hub) can be bound the same way.
Errors the practitioner can act on (a refused bundle: ``BundleRefused``) are ``UserError``s and shown as messages;
anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.domain.sync_protocol import ApplyResult, ConflictView, Keep, PeerView, Preview
from caseapp.services.vault import Vault


@dataclass(frozen=True)
class ExportChoices:
    passphrase: str | None = None   # this file's: adds the circle's key, so the bundle can set up a new computer
    device_name: str | None = None  # renames this machine for its peers from now on
    everything: bool = False        # every change, not only what the peers lack (a new computer's set-up bundle)


@dataclass(frozen=True)
class SyncServices:
    export_bundle: Callable[[Path, str | None, "ExportChoices"], int]  # (file, recipient or None, …) -> changes
    read_bundle: Callable[[Path], Any]                      # -> the opened, checked bundle (refused: raises)
    preview_bundle: Callable[[Any], Preview]                # writes nothing
    import_bundle: Callable[[Any], ApplyResult]             # backup, then one transaction
    peers: Callable[[], list[PeerView]]
    open_conflicts: Callable[[str], list[ConflictView]]     # (language) -> open conflicts
    resolve: Callable[[str, Keep, Any], None]               # (conflict id, keep, EDIT's cleaned value)
    this_device: Callable[[], str]
    device_name: Callable[[], str]                          # what the other machines call this one
    viewed: Callable[[str], None]                           # 접속기록: a case's values were shown (conflict screen)


def for_vault(vault: Vault) -> SyncServices:
    """The real services for ``vault`` (imported here, not at start-up). The bundle code (it signs: the whole
    signing stack) is imported when a bundle is made or read; the status bar's peers need only ``sync_peers``."""
    from caseapp.services import access_log, sync_peers

    def bundles() -> Any:
        from caseapp.services import sync_bundle
        return sync_bundle

    def export(path: Path, to: str | None, choices: ExportChoices) -> int:
        return bundles().export_bundle(vault, path, to, passphrase=choices.passphrase,
                                         device_name=choices.device_name, everything=choices.everything)

    def device_name() -> str:
        with vault.session() as session:
            return sync_peers.device_name(session)

    def open_conflicts(lang: str) -> list[ConflictView]:
        from caseapp.services import sync_apply  # the engine: imported when the conflict screen opens
        with vault.session() as session:
            return sync_apply.open_conflicts(session, lang)

    def resolve(conflict_id: str, keep: Keep, value: Any) -> None:
        from caseapp.services import sync_apply
        with vault.session(write=True) as session:
            sync_apply.resolve(session, conflict_id, keep, value, actor=vault.actor)

    return SyncServices(
        export_bundle=export,
        read_bundle=lambda path: bundles().read_bundle(vault, path),
        preview_bundle=lambda incoming: bundles().preview_bundle(vault, incoming),
        import_bundle=lambda incoming: bundles().import_bundle(vault, incoming),
        peers=lambda: sync_peers.peers(vault),
        open_conflicts=open_conflicts,
        resolve=resolve,
        this_device=access_log.device_id,
        device_name=device_name,
        viewed=lambda case_id: access_log.record_view(vault, case_id),
    )
