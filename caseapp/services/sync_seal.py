"""The ``.casesync`` file's bytes: framing, compression, AES-GCM and the sender's signature (issue 17).

Layout (lengths big-endian)::

    b"CASESYNC" | u32 header length | header (JSON, UTF-8) | u64 sealed length | sealed payload
               | u32 signature length | signature

The header is readable without the key (who sent it, for whom, its certificate, the pairing envelope); the payload
is zlib-compressed JSON encrypted with AES-256-GCM under the key the practitioner's paired devices share, with the
magic and the header as associated data, so a changed header fails decryption. The signature (RSA-PSS, SHA-256, the
sender device's signing key) covers every byte before it. Nothing here reads the case file: callers decide whom to
trust (:mod:`caseapp.services.sync_bundle`).
"""

from __future__ import annotations

import json
import secrets
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.errors import UserError

MAGIC = b"CASESYNC"
BUNDLE_FORMAT = 1  # raise when the layout or the header's meaning changes; older readers then refuse clearly
MAX_HEADER = 1 << 20
KEY_BYTES = 32
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


class BundleRefused(UserError):
    """The bundle cannot be used here; nothing in the case file was changed."""


def refused(ko: str, en: str) -> BundleRefused:
    return BundleRefused(f"{ko} 사례 파일은 바뀌지 않았습니다.", f"{en} The case file was not changed.")


def damaged() -> BundleRefused:
    return refused("동기화 파일이 손상되었거나 잘렸습니다(복사가 끝나기 전에 USB를 뺐을 수 있습니다). 다시 내보내세요.",
                   "The sync file is damaged or incomplete (perhaps the USB stick was pulled before copying "
                   "finished). Export it again.")


@dataclass(frozen=True)
class Sealed:
    """A bundle's parts as read from the file, before anyone trusts them."""

    header: dict[str, Any]
    header_bytes: bytes
    sealed: bytes
    signed_part: bytes
    signature: bytes


def seal(header: dict[str, Any], payload: dict[str, Any], key: bytes, signing_key_pem: bytes) -> bytes:
    """The whole file: ``header`` gets the payload's nonce; ``payload`` is compressed, encrypted and signed."""
    nonce = secrets.token_bytes(12)
    header = {**header, "format": BUNDLE_FORMAT, "nonce": nonce.hex()}
    header_bytes = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    sealed = AESGCM(key).encrypt(nonce, plain, MAGIC + header_bytes)
    signed = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + struct.pack(">Q", len(sealed)) + sealed
    # The key comes out of the encrypted case file, where only caseapp put it: re-validating an RSA key costs most
    # of a second at 3072 bits (as in export/sign.prepare_signer).
    private = serialization.load_pem_private_key(signing_key_pem, password=None, unsafe_skip_rsa_key_validation=True)
    assert isinstance(private, rsa.RSAPrivateKey)
    signature = private.sign(signed, _PSS, hashes.SHA256())
    return signed + struct.pack(">I", len(signature)) + signature


def unpack(data: bytes) -> Sealed:
    """Split a file into its parts; a short, padded or foreign file is refused as damaged."""
    if not data.startswith(MAGIC):
        raise refused("caseapp 동기화 파일(.casesync)이 아닙니다.", "This is not a caseapp sync file (.casesync).")
    at = len(MAGIC)
    header_len, at = _read_length(data, at, ">I")
    if header_len > MAX_HEADER or at + header_len > len(data):
        raise damaged()
    header_bytes = data[at:at + header_len]
    at += header_len
    sealed_len, at = _read_length(data, at, ">Q")
    if at + sealed_len > len(data):
        raise damaged()
    sealed = data[at:at + sealed_len]
    at += sealed_len
    signed_part = data[:at]
    sig_len, at = _read_length(data, at, ">I")
    if at + sig_len != len(data):
        raise damaged()
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged() from None
    if not isinstance(header, dict):
        raise damaged()
    return Sealed(header, header_bytes, sealed, signed_part, data[at:])


def _read_length(data: bytes, at: int, fmt: str) -> tuple[int, int]:
    size = struct.calcsize(fmt)
    if at + size > len(data):
        raise damaged()
    return struct.unpack(fmt, data[at:at + size])[0], at + size


def check_format(sealed: Sealed) -> None:
    version = sealed.header.get("format")
    if not isinstance(version, int):
        raise damaged()
    if version > BUNDLE_FORMAT:
        raise refused("더 새로운 버전의 caseapp이 만든 동기화 파일입니다. 이 컴퓨터의 caseapp을 업데이트한 뒤 가져오세요.",
                      "This sync file was made by a newer caseapp. Update caseapp on this computer, then import "
                      "it.")


def verify_signature(sealed: Sealed, cert: x509.Certificate) -> None:
    try:
        public = cert.public_key()
    except (ValueError, UnsupportedAlgorithm):  # a damaged certificate in the header
        raise damaged() from None
    if not isinstance(public, rsa.RSAPublicKey):
        raise damaged()
    try:
        public.verify(sealed.signature, sealed.signed_part, _PSS, hashes.SHA256())
    except InvalidSignature:
        raise damaged() from None


def open_payload(sealed: Sealed, key: bytes) -> dict[str, Any] | None:
    """The decrypted payload, or None when ``key`` is not the key it was sealed with."""
    try:
        nonce = bytes.fromhex(str(sealed.header.get("nonce", "")))
        plain = AESGCM(key).decrypt(nonce, sealed.sealed, MAGIC + sealed.header_bytes)
    except (ValueError, InvalidTag):
        return None
    try:
        payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise damaged() from None
    if not isinstance(payload, dict):
        raise damaged()
    return payload


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)
