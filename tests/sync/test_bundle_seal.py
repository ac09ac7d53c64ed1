"""The ``.casesync`` frame on its own: every flipped byte and every cut is caught before a change is read."""

from __future__ import annotations

import pytest

from caseapp.export import pki
from caseapp.services import sync_bundle, sync_seal
from caseapp.services.sync_seal import BundleRefused


@pytest.fixture
def sender() -> pki.Identity:
    _ca, identity = pki.create_local_ca_identity("김사회", "행복종합사회복지관", key_bits=2048)
    return identity


def _bundle(identity: pki.Identity, key: bytes, changes: int = 3) -> bytes:
    header = {"sender": {"device": "a1b2c3d4e5f6", "name": "사무실 PC", "practitioner": "김사회", "agency": "복지관"},
              "circle": "c" * 32, "to": None, "cert": identity.cert_pem.decode(), "root": identity.chain_pem.decode(),
              "pairing": None, "created_at": "2026-12-01T09:00:00+00:00"}
    payload = {"changes": [{"dv": "a1b2c3d4e5f6", "sq": n + 1, "c": f"1764579600000.{n:04d}.a1b2c3d4e5f6",
                            "t": "serviceentry", "r": f"row-{n}", "op": "insert", "f": {"text": "가정방문 상담 " * 3},
                            "b": {}, "a": "김사회", "k": "case-1"} for n in range(changes)],
               "vector": {"a1b2c3d4e5f6": changes}, "acks": {}}
    return sync_seal.seal(header, payload, key, identity.key_pem)


def _open(data: bytes, key: bytes) -> dict[str, object]:
    sealed, _header = sync_bundle.verified(data)
    payload = sync_seal.open_payload(sealed, key)
    if payload is None:
        raise BundleRefused("열쇠가 다릅니다.", "wrong key")
    return payload


def test_a_sealed_bundle_opens_with_its_key_and_only_with_it(sender: pki.Identity) -> None:
    key = sync_seal.new_key()
    data = _bundle(sender, key)
    payload = _open(data, key)
    assert payload["vector"] == {"a1b2c3d4e5f6": 3} and len(payload["changes"]) == 3  # type: ignore[arg-type]
    assert "가정방문".encode() not in data  # the payload is encrypted, not merely compressed
    sealed, _ = sync_bundle.verified(data)
    assert sync_seal.open_payload(sealed, sync_seal.new_key()) is None


def test_every_flipped_byte_is_refused(sender: pki.Identity) -> None:
    key = sync_seal.new_key()
    data = _bundle(sender, key, changes=1)
    for at in range(len(data)):
        flipped = bytearray(data)
        flipped[at] ^= 0x40
        with pytest.raises(BundleRefused):
            _open(bytes(flipped), key)


def test_every_cut_and_any_appended_byte_is_refused(sender: pki.Identity) -> None:
    key = sync_seal.new_key()
    data = _bundle(sender, key, changes=1)
    for cut in range(len(data)):
        with pytest.raises(BundleRefused):
            _open(data[:cut], key)
    with pytest.raises(BundleRefused):
        _open(data + b"\0", key)


def test_a_certificate_not_from_the_pinned_root_is_refused(sender: pki.Identity) -> None:
    _other_ca, other = pki.create_local_ca_identity("김사회", "행복종합사회복지관", key_bits=2048)
    data = _bundle(sender, sync_seal.new_key())
    with pytest.raises(BundleRefused) as refused:
        sync_bundle.verified(data, pinned_root=other.chain_pem)
    assert "not signed with a certificate of the paired device" in refused.value.en
    sync_bundle.verified(data, pinned_root=sender.chain_pem)  # its own pinned root: accepted
