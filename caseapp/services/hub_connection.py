"""Reaching the agency hub (issue 18): TLS with the server's certificate pinned, and clear one-line failures.

Every connection is TLS-only and verifies the server against a certificate this installation pinned when it joined:
the certificate file the administrator handed over (``--ca FILE``: ``sslmode=verify-full``, the host name must match
it), or, without one, the server's own self-signed certificate fetched at first contact and shown by its SHA-256
fingerprint (``--fingerprint`` checks it; then ``sslmode=verify-ca`` with that exact certificate as the only root, so
only the holder of its key passes). A server certificate issued by a CA cannot be pinned that way: give ``--ca``.

Failures are :class:`~caseapp.errors.UserError` subclasses with Korean and English text: :class:`HubUnreachable`
(no route, refused, timed out: the laptop works on offline), :class:`HubTlsRefused`, :class:`HubLoginRefused`
(wrong password or unknown user, exit 2).
"""

from __future__ import annotations

import os
import socket
import ssl
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from caseapp import paths
from caseapp.errors import UserError, ValidationError

CONNECT_TIMEOUT_S = 8
_SSL_REQUEST = struct.pack("!II", 8, 80877103)  # PostgreSQL's SSLRequest packet (protocol 3)


class HubUnreachable(UserError):
    """The hub cannot be reached now (network, server down): nothing was changed; work goes on offline."""


class HubTlsRefused(UserError):
    """The server's certificate is not the one pinned (or TLS is not offered): nothing was sent."""


class HubLoginRefused(UserError):
    """The hub refused the user name or password (exit 2, like a wrong passphrase)."""

    exit_code = 2


@dataclass(frozen=True)
class Endpoint:
    """Where the hub is: host, port and database of a ``postgresql://HOST:PORT/DB`` address."""

    host: str
    port: int
    database: str
    user: str = ""  # the role named in the address (``hub init --url postgresql://ADMIN@…``)

    def address(self) -> str:
        """The address without user or password (what is stored and shown)."""
        return f"postgresql://{self.host}:{self.port}/{self.database}"


def parse_url(url: str) -> Endpoint:
    try:
        parts = urlsplit(url.strip())
        port = parts.port or 5432
    except ValueError:
        parts, port = None, 0
    if parts is None or parts.scheme not in ("postgresql", "postgres") or not parts.hostname or not port:
        raise ValidationError(f"허브 주소 형식이 아닙니다(예: postgresql://192.168.0.10:5432/caseapp): {url}",
                              f"Not a hub address (e.g. postgresql://192.168.0.10:5432/caseapp): {url}")
    if parts.password:
        raise ValidationError("허브 주소에 암호를 넣지 마세요. 암호는 CASEAPP_HUB_PASSWORD 또는 입력으로 받습니다.",
                              "Do not put the password in the hub address; it comes from CASEAPP_HUB_PASSWORD or a "
                              "prompt.")
    return Endpoint(host=parts.hostname, port=port, database=unquote(parts.path.lstrip("/")) or "caseapp",
                    user=unquote(parts.username or ""))


# --- the server's certificate -------------------------------------------------------------------------------------

def fetch_server_certificate(endpoint: Endpoint, timeout: float = CONNECT_TIMEOUT_S) -> bytes:
    """The certificate the server presents (PEM), read without trusting it: the caller shows its fingerprint and pins
    it. PostgreSQL starts TLS after an SSLRequest packet answered with ``S``."""
    try:
        with socket.create_connection((endpoint.host, endpoint.port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            if raw.recv(1) != b"S":
                raise HubTlsRefused("허브 서버가 TLS 암호화 연결을 받지 않습니다. 서버에서 ssl = on을 켜야 합니다.",
                                    "The hub server does not offer TLS; it must run with ssl = on.")
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # read only: trust comes from the fingerprint the user confirms
            with context.wrap_socket(raw, server_hostname=endpoint.host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        if isinstance(exc, HubTlsRefused):
            raise
        raise unreachable(endpoint, str(exc)) from None
    if not der:
        raise HubTlsRefused("허브 서버가 인증서를 보내지 않았습니다.", "The hub server sent no certificate.")
    return ssl.DER_cert_to_PEM_cert(der).encode("ascii")


def fingerprint(pem: bytes) -> str:
    """SHA-256 of the certificate, as colon-separated hex (what ``hub init`` prints and ``--fingerprint`` takes)."""
    from cryptography.hazmat.primitives import hashes
    digest = _load(pem).fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return norm(a) == norm(b)


def _load(pem: bytes) -> Any:
    from cryptography import x509
    try:
        return x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise ValidationError("서버 인증서 파일(PEM)을 읽을 수 없습니다.",
                              "The server certificate file (PEM) cannot be read.") from None


def is_self_signed(pem: bytes) -> bool:
    cert = _load(pem)
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except Exception:  # noqa: BLE001 - any failure means it is not its own issuer
        return False
    return True


def read_ca_file(path: str) -> bytes:
    try:
        pem = open(path, "rb").read()
    except OSError as exc:
        raise ValidationError(f"인증서 파일을 읽을 수 없습니다: {path} ({exc.strerror})",
                              f"Cannot read the certificate file: {path} ({exc.strerror})") from None
    _load(pem)
    return pem


@dataclass(frozen=True)
class Pin:
    """The pinned certificate and how libpq checks it (``verify-full`` or ``verify-ca``)."""

    pem: bytes
    mode: str


def pin_for(endpoint: Endpoint, ca_file: str | None, expected_fingerprint: str | None) -> Pin:
    """The pin for a first contact: the given CA file, or the server's own certificate fetched now."""
    if ca_file:
        pem, mode = read_ca_file(ca_file), "verify-full"
    else:
        pem = fetch_server_certificate(endpoint)
        if not is_self_signed(pem):
            raise HubTlsRefused("허브 서버의 인증서가 인증기관(CA)에서 발급된 것입니다. 그 CA 인증서를 --ca 파일로 주세요.",
                                "The hub server's certificate is issued by a CA; give that CA's certificate with "
                                "--ca FILE.")
        mode = "verify-ca"
    if expected_fingerprint and not same_fingerprint(fingerprint(pem), expected_fingerprint):
        raise HubTlsRefused(f"허브 서버 인증서의 지문이 다릅니다({fingerprint(pem)}). 주소가 맞는지, 누군가 가로채고 있지 "
                            "않은지 확인하세요. 아무것도 보내지 않았습니다.",
                            f"The hub server's certificate fingerprint differs ({fingerprint(pem)}). Check the "
                            "address and that nobody is in between. Nothing was sent.")
    return Pin(pem, mode)


# --- connecting ---------------------------------------------------------------------------------------------------

@contextmanager
def pinned_file(pin: Pin) -> Iterator[str]:
    """The pinned certificate as a file for libpq (in the data folder's scratch space, owner-only), removed
    afterwards. The administrator's commands may run where no data folder exists: a public certificate then goes to
    the system's temporary folder rather than creating one."""
    folder = paths.temp_dir() if paths.data_dir().is_dir() else None
    if folder is not None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="hub-ca-", suffix=".pem", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pin.pem)
        yield name
    finally:
        try:
            os.unlink(name)
        except OSError:
            pass


def conninfo(endpoint: Endpoint, role: str, password: str, ca_path: str, mode: str) -> str:
    """A libpq URL with the credentials and the TLS pin (for hub_admin, which takes a URL)."""
    return (f"postgresql://{quote(role, safe='')}:{quote(password, safe='')}@{endpoint.host}:{endpoint.port}/"
            f"{quote(endpoint.database, safe='')}?sslmode={mode}&sslrootcert={quote(ca_path)}"
            f"&connect_timeout={CONNECT_TIMEOUT_S}&application_name=caseapp")


@contextmanager
def connect(endpoint: Endpoint, role: str, password: str, pin: Pin) -> Iterator[Any]:
    """An open psycopg connection as ``role``, TLS against ``pin``; failures as one clear :class:`UserError`."""
    import psycopg
    with pinned_file(pin) as ca_path:
        try:
            conn = psycopg.connect(conninfo(endpoint, role, password, ca_path, pin.mode))
        except psycopg.OperationalError as exc:
            raise explain(endpoint, exc) from None
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def admin_url(endpoint: Endpoint, password: str, pin: Pin) -> Iterator[str]:
    """A URL for :mod:`caseapp.services.hub_admin` as the role named in the address, valid inside the block."""
    with pinned_file(pin) as ca_path:
        yield conninfo(endpoint, endpoint.user, password, ca_path, pin.mode)


def explain(endpoint: Endpoint, exc: BaseException) -> UserError:
    """libpq's error as the user's one line."""
    text = str(exc)
    low = text.lower()
    if "password authentication failed" in low or ("role" in low and "does not exist" in low) \
            or "no password supplied" in low:
        return HubLoginRefused("허브 사용자 이름 또는 암호가 맞지 않습니다. 아무것도 바뀌지 않았습니다.",
                               "The hub user name or password is wrong. Nothing was changed.")
    if "not permitted to log in" in low:
        return UserError("이 허브 사용자는 허브 관리자가 사용을 중지했습니다. 아무것도 바뀌지 않았습니다.",
                         "The hub administrator deactivated this hub user. Nothing was changed.")
    if "certificate" in low or "ssl" in low or "tls" in low:
        return HubTlsRefused("허브 서버의 인증서가 고정해 둔 인증서와 맞지 않아 연결하지 않았습니다. 아무것도 보내지 "
                             "않았습니다.",
                             "The hub server's certificate does not match the pinned one, so caseapp did not "
                             "connect. Nothing was sent.")
    if "database" in low and "does not exist" in low:
        return ValidationError(f"허브 서버에 그 데이터베이스가 없습니다: {endpoint.database}",
                               f"The hub server has no such database: {endpoint.database}")
    return unreachable(endpoint, text)


def unreachable(endpoint: Endpoint, _detail: str = "") -> HubUnreachable:
    return HubUnreachable(f"허브({endpoint.host}:{endpoint.port})에 연결할 수 없습니다. 네트워크를 확인하세요. 이 컴퓨터의 "
                          "기록은 그대로이며 다음 동기화 때 보냅니다.",
                          f"Cannot reach the hub ({endpoint.host}:{endpoint.port}). Check the network. Nothing here "
                          "changed; the next sync sends it.")
