"""The database key and the two envelopes that unwrap it.

The SQLCipher key is 32 random bytes, used as a *raw* key (opening costs ~0.1 ms instead of SQLCipher's own
~70 ms passphrase KDF). It is stored only wrapped, twice, in ``caseapp.key``: once under a key derived from the
passphrase and once under a key derived from the recovery key, each with scrypt (slow, memory-hard) and AES-256-GCM.
Changing the passphrase rewrites one envelope, never the database.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from caseapp.errors import CorruptDatabase, TooManyAttempts, UserError, WrongPassphrase
from caseapp.storage.atomic import write_bytes_atomic

KEYFILE_VERSION = 1
DEFAULT_SCRYPT_LOG2_N = 17  # 128 MiB, ~0.3 s per attempt on a laptop
ENV_KDF_COST = "CASEAPP_KDF_COST"  # log2(N) for newly created key files; tests lower it to stay fast
MIN_PASSPHRASE_LEN = 8
RECOVERY_KEY_BYTES = 20  # 160 bits -> 32 base32 characters


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so a passphrase typed with a different Korean input method still matches.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def normalise_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.encode("ascii", errors="replace")


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def new_recovery_key() -> str:
    return format_recovery_key(secrets.token_bytes(RECOVERY_KEY_BYTES))


def kdf_cost() -> int:
    raw = os.environ.get(ENV_KDF_COST)
    if raw and raw.isdigit():
        return max(10, min(20, int(raw)))
    return DEFAULT_SCRYPT_LOG2_N


@dataclass
class Envelope:
    salt: bytes
    log2_n: int
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def seal(cls, name: str, secret: bytes, db_key: bytes, log2_n: int) -> "Envelope":
        salt = secrets.token_bytes(16)
        kek = _derive(secret, salt, log2_n)
        nonce = secrets.token_bytes(12)
        return cls(salt, log2_n, nonce, AESGCM(kek).encrypt(nonce, db_key, _aad(name)))

    def open(self, name: str, secret: bytes) -> bytes | None:
        kek = _derive(secret, self.salt, self.log2_n)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.ciphertext, _aad(name))
        except InvalidTag:
            return None

    def to_json(self) -> dict[str, object]:
        return {"kdf": "scrypt", "log2_n": self.log2_n, "r": 8, "p": 1, "salt": _b64(self.salt),
                "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> "Envelope":
        return cls(_unb64(str(data["salt"])), int(data["log2_n"]), _unb64(str(data["nonce"])),  # type: ignore[arg-type]
                   _unb64(str(data["ciphertext"])))


def _aad(name: str) -> bytes:
    return f"caseapp-key-v{KEYFILE_VERSION}:{name}".encode()


def _derive(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=8, p=1).derive(secret)


class KeyFile:
    """``caseapp.key``: the wrapped database key. Holds nothing about any client."""

    def __init__(self, path: Path, envelopes: dict[str, Envelope], file_id: str) -> None:
        self.path = path
        self.envelopes = envelopes
        self.file_id = file_id

    @classmethod
    def create(cls, path: Path, passphrase: str) -> tuple["KeyFile", bytes, str]:
        """Make a new random database key; return the key file, the raw key and the recovery key (shown once)."""
        check_passphrase_policy(passphrase)
        db_key = secrets.token_bytes(32)
        recovery = new_recovery_key()
        cost = kdf_cost()
        kf = cls(path, {
            "passphrase": Envelope.seal("passphrase", normalise_passphrase(passphrase), db_key, cost),
            "recovery": Envelope.seal("recovery", normalise_recovery_key(recovery), db_key, cost),
        }, secrets.token_hex(8))
        kf.save()
        return kf, db_key, recovery

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != KEYFILE_VERSION:
                raise ValueError("version")
            envelopes = {name: Envelope.from_json(env) for name, env in data["envelopes"].items()}
            if "passphrase" not in envelopes:
                raise ValueError("no passphrase envelope")
            return cls(path, envelopes, str(data.get("file_id", "")))
        except FileNotFoundError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CorruptDatabase(
                f"키 파일({path.name})이 손상되었습니다. 백업에서 복원하세요.",
                f"The key file ({path.name}) is damaged. Restore it from a backup.",
            ) from exc

    def save(self) -> None:
        data = {"version": KEYFILE_VERSION, "file_id": self.file_id,
                "envelopes": {name: env.to_json() for name, env in self.envelopes.items()}}
        write_bytes_atomic(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        key = self.envelopes["passphrase"].open("passphrase", normalise_passphrase(passphrase))
        if key is None:
            raise WrongPassphrase()
        return key

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytes:
        env = self.envelopes.get("recovery")
        key = env.open("recovery", normalise_recovery_key(recovery_key)) if env else None
        if key is None:
            raise WrongPassphrase("복구 키가 올바르지 않습니다. 파일은 변경되지 않았습니다.",
                                  "Wrong recovery key. The case file was not changed.")
        return key

    def rewrap_passphrase(self, db_key: bytes, new_passphrase: str) -> None:
        check_passphrase_policy(new_passphrase)
        self.envelopes["passphrase"] = Envelope.seal("passphrase", normalise_passphrase(new_passphrase), db_key,
                                                     max(kdf_cost(), self.envelopes["passphrase"].log2_n))
        self.save()

    def rewrap_recovery(self, db_key: bytes) -> str:
        recovery = new_recovery_key()
        self.envelopes["recovery"] = Envelope.seal("recovery", normalise_recovery_key(recovery), db_key, kdf_cost())
        self.save()
        return recovery


def check_passphrase_policy(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise UserError(f"암호는 {MIN_PASSPHRASE_LEN}자 이상이어야 합니다.",
                        f"The passphrase must be at least {MIN_PASSPHRASE_LEN} characters long.")


def passphrase_strength(passphrase: str) -> int:
    """0 (weak) .. 4 (strong): a hint for the setup screen, not a gate beyond the minimum length."""
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        return 0
    classes = sum([any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                   any(c.isdigit() for c in passphrase), any(not c.isascii() for c in passphrase),
                   any(not c.isalnum() and c.isascii() for c in passphrase)])
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16) + (classes >= 3)
    return min(4, score)


class AttemptThrottle:
    """Backs off after repeated wrong passphrases (3 free tries, then 2, 4, 8 … up to 300 s between tries)."""

    FREE_ATTEMPTS = 3
    MAX_DELAY = 300.0

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data.get("failures", 0)), float(data.get("last", 0.0))
        except (OSError, ValueError, TypeError):
            return 0, 0.0

    def wait_seconds(self, now: float | None = None) -> float:
        failures, last = self._read()
        if failures < self.FREE_ATTEMPTS:
            return 0.0
        delay = min(self.MAX_DELAY, 2.0 ** (failures - self.FREE_ATTEMPTS + 1))
        return max(0.0, last + delay - (time.time() if now is None else now))

    def check(self) -> None:
        wait = self.wait_seconds()
        if wait > 0:
            secs = int(wait + 0.999)
            raise TooManyAttempts(f"잘못된 암호가 여러 번 입력되었습니다. {secs}초 후에 다시 시도하세요.",
                                  f"Too many wrong attempts. Try again in {secs} seconds.")

    def failed(self) -> None:
        failures, _ = self._read()
        try:
            write_bytes_atomic(self.path, json.dumps({"failures": failures + 1, "last": time.time()}).encode())
        except OSError:
            pass  # a read-only folder must not turn a wrong passphrase into a crash

    def succeeded(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
