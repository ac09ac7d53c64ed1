"""Setting up a second machine of the same practitioner from a bundle (``caseapp init --from-bundle``).

The new case file gets its own passphrase, database key, recovery key and signing certificate, and the circle's
bundle key from the bundle (unwrapped with the first machine's passphrase by
:func:`caseapp.services.sync_bundle.open_for_setup`). Everything the bundle holds is applied in one transaction,
with the sender paired (its signing root pinned). The practitioner and agency rows that :meth:`Vault.create` makes
give way to the sender's own, which arrive with the changes, so both machines name the same practitioner; their
removal travels as ordinary changes. The first machine pairs this one when it reads this machine's first bundle.
"""

from __future__ import annotations

from sqlmodel import Session, select

from caseapp.domain.sync_protocol import ApplyResult
from caseapp.services import agency_profile, audit, signing, sync_peers
from caseapp.services.sync_bundle import IncomingBundle
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, Practitioner


def setup_from_bundle(incoming: IncomingBundle, passphrase: str) -> tuple[Vault, str, ApplyResult]:
    """Create this machine's case file from ``incoming``; return (open vault, recovery key, what was applied).
    As with ``init``, the folder counts as set up only once the caller has shown the recovery key and called
    ``vault.finish_setup()``."""
    from caseapp.services import sync_apply
    vault, recovery = Vault.create(passphrase, incoming.practitioner or "-", incoming.agency or "-")
    try:
        with vault.session() as s:
            own_practitioners = [p.id for p in s.exec(select(Practitioner))]
            own_agencies = [a.id for a in s.exec(select(Agency))]
        with vault.session(write=True) as s:
            sync_peers.adopt_shared_key(s, incoming.key, incoming.circle)
            result = sync_apply.apply(s, list(incoming.changes), source_device=incoming.sender_device)
            sync_peers.note_import(s, incoming.sender_device, incoming.sender_name, incoming.practitioner,
                                   incoming.root_pem, incoming.vector)
            audit.record(s, vault.actor, "sync_pair", "syncpeer", incoming.sender_device,
                         detail="set up from the sender's bundle")
            _give_way(s, Practitioner, own_practitioners)
            _give_way(s, Agency, own_agencies)
        current = agency_profile.current_practitioner(vault)
        vault.actor = current.name if current is not None else vault.actor
        signing.ensure_identity(vault)
    except BaseException:
        vault.close()
        raise
    return vault, recovery, result


def _give_way(s: Session, model: type[Practitioner] | type[Agency], own_ids: list[str]) -> None:
    """Drop the placeholders made at create once the sender's rows of that table are here."""
    s.flush()
    others = [row for row in s.exec(select(model)) if row.id not in own_ids]
    if not others:
        return  # the bundle brought none: the placeholder stays the practitioner (or agency) of this file
    for row_id in own_ids:
        row = s.get(model, row_id)
        if row is not None:
            s.delete(row)

