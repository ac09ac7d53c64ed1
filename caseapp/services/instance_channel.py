"""The "raise the running window" channel between two starts on one data folder, with the standard library only.

The instance lock (services/instance_lock.py) decides who runs; this channel only lets a refused second start knock
on the first one's door. It is a Unix-domain socket in a per-user folder on Unix and a named pipe on Windows, both
through ``multiprocessing.connection`` (so the desktop bundle needs no Qt Network for it). A knock that cannot be
delivered is harmless: the second start still stops and says the program is already running.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import connection
from pathlib import Path

from caseapp import paths
from caseapp.services.instance_lock import instance_key

log = logging.getLogger("caseapp.instance")

RAISE_MESSAGE = b"raise"
_STOP_MESSAGE = b"stop"  # what release() sends its own listener so the accepting thread ends
CONNECT_TIMEOUT_S = 1.5


@dataclass(frozen=True)
class ChannelAddress:
    address: str
    family: str  # multiprocessing.connection's family name: "AF_UNIX" or "AF_PIPE"


def channel_address(key: str | None = None, platform: str | None = None) -> ChannelAddress:
    """Where the running instance listens: a named pipe on Windows, a socket in the user's runtime folder else."""
    key = key or instance_key()
    if (platform or sys.platform) == "win32":
        return ChannelAddress(rf"\\.\pipe\{key}", "AF_PIPE")
    return ChannelAddress(str(paths.instance_socket_dir() / f"{key}.sock"), "AF_UNIX")


class KnockListener:
    """Listens on the channel in a daemon thread and calls ``on_knock`` (from that thread) for each raise knock."""

    def __init__(self, on_knock: Callable[[], None], address: ChannelAddress | None = None) -> None:
        self.on_knock = on_knock
        self.address = address or channel_address()
        self._listener: connection.Listener | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def start(self) -> bool:
        """Listen (False, logged, when the channel cannot be opened: the program runs without it)."""
        try:
            if self.address.family == "AF_UNIX":
                _prepare_socket_path(Path(self.address.address))
            self._listener = connection.Listener(self.address.address, self.address.family)
        except OSError as exc:
            log.warning("single-instance channel unavailable (%s): %s", self.address.address, exc)
            return False
        self._thread = threading.Thread(target=self._serve, name="caseapp-instance-channel", daemon=True)
        self._thread.start()
        return True

    def _serve(self) -> None:
        listener = self._listener
        assert listener is not None
        while not self._stopping.is_set():
            try:
                with listener.accept() as conn:
                    message = conn.recv_bytes(64) if conn.poll(CONNECT_TIMEOUT_S) else b""
            except (OSError, EOFError) as exc:
                if self._stopping.is_set():
                    return
                log.debug("single-instance knock not read: %s", exc)
                continue
            if message == RAISE_MESSAGE and not self._stopping.is_set():
                self.on_knock()

    def stop(self) -> None:
        if self._listener is None:
            return
        self._stopping.set()
        # Wakes the thread blocked in accept(); if that fails the daemon thread is left to end with the process.
        if knock(self.address, _STOP_MESSAGE) and self._thread is not None:
            self._thread.join(timeout=5)
        self._listener.close()  # (on Unix this also removes the socket file)
        self._listener, self._thread = None, None


def knock(address: ChannelAddress | None = None, message: bytes = RAISE_MESSAGE) -> bool:
    """Ask the instance listening at ``address`` to come forward; False when nobody answers."""
    address = address or channel_address()
    try:
        with _connect(address) as conn:
            conn.send_bytes(message)
        return True
    except (OSError, EOFError) as exc:
        log.debug("no running instance answered at %s: %s", address.address, exc)
        return False


def _connect(address: ChannelAddress) -> connection.Connection:
    if address.family != "AF_UNIX":
        return connection.Client(address.address, address.family)
    # A socket of our own so a hung first instance (full backlog) cannot hang the second start.
    import socket
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT_S)
        sock.connect(address.address)
        sock.settimeout(None)
        return connection.Connection(sock.detach())
    finally:
        sock.close()


def _prepare_socket_path(path: Path) -> None:
    """The folder exists, is the user's own and private; a socket left by a crashed instance goes (we hold the
    instance lock, so nobody else listens there)."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise PermissionError(f"{folder} belongs to another user")
    if info.st_mode & 0o077:
        folder.chmod(0o700)
    path.unlink(missing_ok=True)
