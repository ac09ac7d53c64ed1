"""A throwaway PostgreSQL cluster for the hub tests: initdb in a temporary folder, a free local port, stopped after.

No mock database: the tests talk to Debian's real ``postgres``. initdb refuses to run as root, so when the tests run
as root (CI containers) the cluster runs as the ``postgres`` system user the Debian package creates. The server
listens on 127.0.0.1 only, with TLS on (a self-signed certificate the caller gives, or one made here), and password
authentication for every role, as a centre's server would have it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "hubadmin"
SUPERUSER_PASSWORD = "hub-admin-암호-1"
DATABASE = "caseapp"


def pg_bin() -> Path | None:
    """The folder of Debian's PostgreSQL server binaries (newest version), or None when not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    root: Path        # the temporary folder holding data/, the socket and the log
    port: int
    bin_dir: Path
    run_as: str | None  # system user the server runs as (None: the current one)
    ca_pem: Path      # the server certificate a client pins (self-signed: it is its own root)

    def url(self, user: str = SUPERUSER, password: str = SUPERUSER_PASSWORD, database: str = DATABASE) -> str:
        from urllib.parse import quote
        return f"postgresql://{quote(user)}:{quote(password)}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        _run(self, [str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"],
             check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _run(cluster_or_user: "Cluster | str | None", argv: list[str], *, check: bool = True,
         input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    user = cluster_or_user.run_as if isinstance(cluster_or_user, Cluster) else cluster_or_user
    if user:
        argv = ["runuser", "-u", user, "--", *argv]
    return subprocess.run(argv, check=check, capture_output=True, text=True, input=input_text, timeout=120)


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A server certificate for 127.0.0.1/localhost (the tests pin it as the client's root)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def start(cert: tuple[Path, Path] | None = None) -> Cluster:
    """Create and start a cluster; the caller stops it (``Cluster.stop``). Raises RuntimeError with initdb's words."""
    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries not found (Debian package postgresql)")
    run_as = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="caseapp-pg-"))
    cert_path, key_path = cert or _self_signed(root)
    if cert:
        shutil.copy(cert_path, root / "server.crt")
        shutil.copy(key_path, root / "server.key")
        cert_path, key_path = root / "server.crt", root / "server.key"
    os.chmod(key_path, 0o600)
    pwfile = root / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if run_as:
        entry = pwd.getpwnam(run_as)
        for path in (root, cert_path, key_path, pwfile):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o700)
    data = root / "data"
    done = _run(run_as, [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                         "-A", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"], check=False)
    pwfile.unlink()
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
    port = free_port()
    with open(data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
        conf.write(f"listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{root}'\n"
                   f"ssl = on\nssl_cert_file = '{cert_path}'\nssl_key_file = '{key_path}'\n"
                   "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 60\n")
    # hostssl only: a connection without TLS is refused by the server, not just by the client.
    (data / "pg_hba.conf").write_text("local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n")
    if run_as:
        entry = pwd.getpwnam(run_as)
        for path in (data / "postgresql.auto.conf", data / "pg_hba.conf"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(root=root, port=port, bin_dir=bin_dir, run_as=run_as, ca_pem=cert_path)
    started = _run(cluster, [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-t", "60",
                             "start"], check=False)
    if started.returncode != 0:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"postgres did not start: {started.stderr.strip()} {log[-2000:]}")
    _create_database(cluster)
    return cluster


def _create_database(cluster: Cluster) -> None:
    import psycopg
    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(cluster.url(database="postgres"), sslmode="verify-full",
                                 sslrootcert=str(cluster.ca_pem), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{DATABASE}"')
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
