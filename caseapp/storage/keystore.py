"""The database key and the two envelopes that unwrap it.

The SQLCipher key is 32 random bytes, used as a *raw* key (opening costs ~0.1 ms instead of SQLCipher's own
~70 ms passphrase KDF). It is stored only wrapped, twice, in ``caseapp.key``: once under a key derived from the
passphrase and once under a key derived from the recovery key, each with scrypt (slow, memory-hard) and AES-256-GCM.
Changing the passphrase rewrites one envelope, never the database; ``caseapp rekey`` (services/rekey.py) replaces
the database key itself.

Version 2 of the file also carries, outside the envelopes:

* ``generation``: raised by every rewrite of an envelope and kept in the database too, so a key file swapped for an
  older copy (which brings an old passphrase back) is noticed (services/key_generation.py);
* ``file_id``: names the database key (a new key gets a new id), so backups can tell whose key file is whose;
* ``setup_pending`` / ``recovery_shown``: the file counts as set up, and a recovery key as usable, only once the key
  was shown;
* ``attempts``: the back-off counter. It lives here, not in a file of its own, so deleting a file is no reset: without
  the key file nothing opens at all. A checksum makes a hand edit of the counter count as the worst case, not as zero.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# cryptography (~0.1 s to import) is imported where a key is sealed, opened or derived: the GUI reads the key file
# before the unlock window shows, and needs the ciphers only once the passphrase is typed.

from caseapp.errors import CorruptDatabase, NewerSchema, StorageUnavailable, TooManyAttempts, UserError, WrongPassphrase
from caseapp.storage.atomic import write_bytes_atomic

KEYFILE_VERSION = 2
READABLE_VERSIONS = (1, 2)
ENVELOPE_AAD_VERSION = 1  # part of every envelope's authenticated data since version 1: never changes
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
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        return cls(salt, log2_n, nonce, AESGCM(kek).encrypt(nonce, db_key, _aad(name)))

    def open(self, name: str, secret: bytes) -> bytes | None:
        kek = _derive(secret, self.salt, self.log2_n)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
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
    return f"caseapp-key-v{ENVELOPE_AAD_VERSION}:{name}".encode()


def _derive(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    # hashlib's scrypt (OpenSSL) releases the GIL while it works, so EarlyUnwrap's thread really runs beside the
    # imports; cryptography's Scrypt (48.x) holds it and the "parallel" derivation ran one after the other.
    # Same function, same bytes: key files written with either open with the other.
    n = 2 ** log2_n
    try:
        return hashlib.scrypt(secret, salt=salt, n=n, r=8, p=1, dklen=32, maxmem=_SCRYPT_BLOCK * n + (16 << 20))
    except (AttributeError, ValueError):  # a Python built without OpenSSL's scrypt, or OpenSSL refusing the memory
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
        return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(secret)


_SCRYPT_BLOCK = 128 * 8  # bytes of scrypt's big array per unit of N (128 × r, r = 8)


@dataclass
class Attempts:
    """Wrong passphrases in a row and when the last one was typed (seconds since the epoch)."""

    failures: int = 0
    last: float = 0.0

    def checksum(self, file_id: str) -> str:
        text = f"caseapp-attempts|{file_id}|{self.failures}|{self.last!r}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def to_json(self, file_id: str) -> dict[str, object]:
        return {"failures": self.failures, "last": self.last, "check": self.checksum(file_id)}

    @classmethod
    def from_json(cls, data: object, file_id: str) -> "Attempts":
        """A missing, malformed or hand-edited counter counts as the worst case (full back-off from now)."""
        try:
            found = cls(int(data["failures"]), float(data["last"]))  # type: ignore[index]
            if found.failures >= 0 and data["check"] == found.checksum(file_id):  # type: ignore[index]
                return found
        except (TypeError, KeyError, ValueError):
            pass
        return cls(TAMPERED_FAILURES, time.time())


TAMPERED_FAILURES = 64  # far past the point where the back-off reaches its ceiling


class KeyFile:
    """``caseapp.key``: the wrapped database key. Holds nothing about any client."""

    def __init__(self, path: Path, envelopes: dict[str, Envelope], file_id: str, *, generation: int = 0,
                 attempts: Attempts | None = None, setup_pending: bool = False, recovery_shown: bool = True,
                 rekey_due: bool = False) -> None:
        self.path = path
        self.envelopes = envelopes
        self.file_id = file_id
        self.generation = generation
        self.attempts = attempts or Attempts()
        self.setup_pending = setup_pending
        self.recovery_shown = recovery_shown
        self.rekey_due = rekey_due  # the recovery key was used: it and the database key are to be replaced

    @classmethod
    def create(cls, path: Path, passphrase: str) -> tuple["KeyFile", bytes, str]:
        """Make a new random database key; return the key file (saved, setup pending), the raw key and the recovery
        key (to be shown once; :meth:`finish_setup` then marks the file as set up)."""
        kf, db_key, recovery = cls.fresh(path, passphrase, generation=1)
        kf.setup_pending = True
        kf.save()
        return kf, db_key, recovery

    @classmethod
    def fresh(cls, path: Path, passphrase: str, *, generation: int) -> tuple["KeyFile", bytes, str]:
        """A new database key with a new id and both envelopes, in memory only (rekey saves it when it commits)."""
        check_passphrase_policy(passphrase)
        db_key = secrets.token_bytes(32)
        recovery = new_recovery_key()
        cost = kdf_cost()
        kf = cls(path, {
            "passphrase": Envelope.seal("passphrase", normalise_passphrase(passphrase), db_key, cost),
            "recovery": Envelope.seal("recovery", normalise_recovery_key(recovery), db_key, cost),
        }, secrets.token_hex(8), generation=generation, recovery_shown=False)
        return kf, db_key, recovery

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version = data.get("version")
            if isinstance(version, bool) or not isinstance(version, int):
                raise ValueError("version")
            if version > KEYFILE_VERSION:
                raise NewerSchema(
                    f"키 파일({path.name})은 더 새로운 caseapp(키 파일 형식 {version})이 만든 것입니다. caseapp을 "
                    f"업데이트하세요. 파일은 변경되지 않았습니다.",
                    f"The key file ({path.name}) was written by a newer caseapp (key file format {version}). "
                    f"Update caseapp. The file was not changed.")
            if version not in READABLE_VERSIONS:
                raise ValueError("version")
            envelopes = {name: Envelope.from_json(env) for name, env in data["envelopes"].items()}
            if "passphrase" not in envelopes:
                raise ValueError("no passphrase envelope")
            file_id = str(data.get("file_id", ""))
            if version == 1:  # no counter and no generation yet: start both here
                return cls(path, envelopes, file_id)
            return cls(path, envelopes, file_id, generation=int(data["generation"]),
                       attempts=Attempts.from_json(data.get("attempts"), file_id),
                       setup_pending=bool(data.get("setup_pending", False)),
                       recovery_shown=bool(data.get("recovery_shown", True)),
                       rekey_due=bool(data.get("rekey_due", False)))
        except (FileNotFoundError, NewerSchema):
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorruptDatabase(
                f"키 파일({path.name})이 손상되었습니다. 백업에서 복원하세요.",
                f"The key file ({path.name}) is damaged. Restore it from a backup.",
            ) from exc

    def to_bytes(self) -> bytes:
        data: dict[str, object] = {
            "version": KEYFILE_VERSION, "file_id": self.file_id, "generation": self.generation,
            "setup_pending": self.setup_pending, "recovery_shown": self.recovery_shown, "rekey_due": self.rekey_due,
            "attempts": self.attempts.to_json(self.file_id),
            "envelopes": {name: env.to_json() for name, env in self.envelopes.items()}}
        return json.dumps(data, indent=1).encode("utf-8")

    def save(self) -> None:
        write_bytes_atomic(self.path, self.to_bytes())

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

    def next_generation(self, at_least: int = 0) -> None:
        """Every change of an envelope moves the generation past both this file's and the database's."""
        self.generation = max(self.generation, at_least) + 1

    def rewrap_passphrase(self, db_key: bytes, new_passphrase: str, *, at_least: int = 0,
                          rekey_due: bool | None = None) -> None:
        check_passphrase_policy(new_passphrase)
        sealed = Envelope.seal("passphrase", normalise_passphrase(new_passphrase), db_key,
                               max(kdf_cost(), self.envelopes["passphrase"].log2_n))
        self._save_changed({"passphrase": sealed}, at_least, rekey_due=rekey_due)

    def rewrap_recovery(self, db_key: bytes, *, at_least: int = 0) -> str:
        """A new recovery key (the old one stops opening this file); saved as not yet shown."""
        recovery = new_recovery_key()
        sealed = Envelope.seal("recovery", normalise_recovery_key(recovery), db_key, kdf_cost())
        self._save_changed({"recovery": sealed}, at_least, recovery_shown=False)
        return recovery

    def _save_changed(self, envelopes: dict[str, Envelope], at_least: int, *, recovery_shown: bool | None = None,
                      rekey_due: bool | None = None) -> None:
        """Save with the new envelopes; on failure (full or read-only disk) this object is left as it was, like the
        file, so the old passphrase keeps working everywhere."""
        before = (dict(self.envelopes), self.generation, self.recovery_shown, self.rekey_due)
        self.envelopes.update(envelopes)
        self.next_generation(at_least)
        if recovery_shown is not None:
            self.recovery_shown = recovery_shown
        if rekey_due is not None:
            self.rekey_due = rekey_due
        try:
            with key_file_lock(self.path):
                self.attempts = KeyFile.load(self.path).attempts if self.path.exists() else self.attempts
                self.save()
        except BaseException:
            self.envelopes, self.generation, self.recovery_shown, self.rekey_due = before
            raise

    def mark(self, *, setup_pending: bool | None = None, recovery_shown: bool | None = None) -> None:
        """Record that setup finished or the recovery key was shown (re-read first: never undo a newer change)."""
        with key_file_lock(self.path):
            current = KeyFile.load(self.path)
            if current.file_id != self.file_id or current.generation != self.generation:
                return
            if setup_pending is not None:
                current.setup_pending = setup_pending
            if recovery_shown is not None:
                current.recovery_shown = recovery_shown
            current.save()
        self.setup_pending, self.recovery_shown = current.setup_pending, current.recovery_shown


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
    """Backs off after repeated wrong passphrases (3 free tries, then 2, 4, 8 … up to 300 s between tries).

    The counter is kept in the key file itself (see the module docstring); a wait is never longer than the ceiling
    from now, whatever time the file claims (a clock set back, or a hand-edited time in the future)."""

    FREE_ATTEMPTS = 3
    MAX_DELAY = 300.0

    def __init__(self, key_path: Path) -> None:
        self.path = key_path

    def _read(self) -> Attempts:
        try:
            return KeyFile.load(self.path).attempts
        except FileNotFoundError:
            return Attempts()
        except UserError:
            return Attempts()  # a damaged key file is reported by the open itself

    def wait_seconds(self, now: float | None = None) -> float:
        attempts = self._read()
        if attempts.failures < self.FREE_ATTEMPTS:
            return 0.0
        delay = min(self.MAX_DELAY, 2.0 ** min(attempts.failures - self.FREE_ATTEMPTS + 1, 32))
        now = time.time() if now is None else now
        return min(delay, max(0.0, attempts.last + delay - now))

    def check(self) -> None:
        wait = self.wait_seconds()
        if wait > 0:
            secs = int(wait + 0.999)
            raise TooManyAttempts(f"잘못된 암호가 여러 번 입력되었습니다. {secs}초 후에 다시 시도하세요.",
                                  f"Too many wrong attempts. Try again in {secs} seconds.")

    def failed(self) -> None:
        self._update(lambda a: Attempts(min(a.failures, TAMPERED_FAILURES) + 1, time.time()))

    def succeeded(self) -> None:
        self._update(lambda a: Attempts() if a.failures else None)

    def _update(self, change: Callable[[Attempts], Attempts | None]) -> None:
        with key_file_lock(self.path):
            try:
                kf = KeyFile.load(self.path)
            except (OSError, UserError):
                return
            new = change(kf.attempts)
            if new is None:
                return
            kf.attempts = new
            try:
                kf.save()
            except OSError:
                pass  # a read-only or full disk must not turn a wrong passphrase into a crash, nor block a read


@contextmanager
def key_file_lock(key_path: Path) -> Iterator[None]:
    """Serialise read-modify-write of the key file between processes (a counter update must never write back an
    envelope that another process has just changed). Advisory ``flock`` on Unix; elsewhere the rename is still
    atomic and only the counter could lose one step."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    try:
        fd = os.open(key_path.with_name(key_path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield  # read-only folder: nothing will be written anyway
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def key_file_write_error(exc: OSError) -> StorageUnavailable:
    if exc.errno == errno.ENOSPC:
        return StorageUnavailable("디스크 공간이 부족하여 키 파일을 바꾸지 못했습니다. 아무것도 바뀌지 않았고 지금의 암호와 "
                                  "복구 키가 그대로 유효합니다.",
                                  "The disk is full, so the key file was not changed. Nothing changed: the current "
                                  "passphrase and recovery key still work.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageUnavailable("데이터 폴더가 읽기 전용이라 키 파일을 바꾸지 못했습니다. 아무것도 바뀌지 않았고 지금의 "
                                  "암호와 복구 키가 그대로 유효합니다.",
                                  "The data folder is read-only, so the key file was not changed. Nothing changed: "
                                  "the current passphrase and recovery key still work.")
    return StorageUnavailable(f"키 파일을 쓸 수 없습니다({exc.strerror}). 아무것도 바뀌지 않았습니다.",
                              f"The key file could not be written ({exc.strerror}). Nothing changed.")


class EarlyUnwrap:
    """The passphrase's key derivation started in a thread (scrypt releases the GIL) while the caller imports the
    data layer, so on two cores the two overlap. :meth:`unwrap` hands the key over only when the envelope it was
    derived against is the key file's envelope at that moment (an interrupted restore or rekey finished in between:
    derived again); the attempt throttle is checked by the caller before :meth:`unwrap`, as for any attempt."""

    def __init__(self, path: Path, passphrase: str) -> None:
        import threading
        self._passphrase = passphrase
        self._envelope: Envelope | None = None
        self._key: bytes | None = None
        self._done = threading.Event()
        threading.Thread(target=self._derive, args=(path,), name="caseapp-kdf", daemon=True).start()

    def _derive(self, path: Path) -> None:
        try:
            envelope = KeyFile.load(path).envelopes["passphrase"]
            self._key = envelope.open("passphrase", normalise_passphrase(self._passphrase))
            self._envelope = envelope
        except Exception:  # noqa: BLE001 (a damaged file: unwrap() takes the ordinary path and its clear error)
            self._envelope = None
        finally:
            self._done.set()

    def derives(self, passphrase: str) -> bool:
        """Whether this derivation is for ``passphrase`` (a command may have started it before reading its own)."""
        return passphrase == self._passphrase

    def unwrap(self, keyfile: KeyFile) -> bytes:
        self._done.wait()
        if self._envelope is None or self._envelope != keyfile.envelopes.get("passphrase"):
            return keyfile.unwrap_with_passphrase(self._passphrase)
        if self._key is None:
            raise WrongPassphrase()
        return self._key
