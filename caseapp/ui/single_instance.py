"""One GUI per data folder: the OS-level instance lock decides; a local socket lets a second start raise the
window of the first one instead of opening the case file twice."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from caseapp.errors import AlreadyRunning
from caseapp.services.instance_lock import InstanceLock, instance_key

log = logging.getLogger("caseapp.ui")

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1500
READ_TIMEOUT_MS = 300


class SingleInstance(QObject):
    """``acquire()`` takes the data folder; ``raise_requested`` fires when another start knocks."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = InstanceLock()
        self.server: QLocalServer | None = None
        self.name = instance_key()

    def acquire(self) -> None:
        """Lock the folder and listen, or ask the running instance to come forward and raise AlreadyRunning."""
        try:
            self.lock.acquire()
        except AlreadyRunning:
            self.ask_running_instance_to_raise()
            raise
        self._listen()

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed instance (we hold the lock now)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance socket unavailable: %s", server.errorString())
            return
        server.newConnection.connect(self._knock)
        self.server = server

    def _knock(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # The knocking process writes right after connecting; a short wait keeps this free of callbacks
            # on sockets that may be gone by the time they would run.
            if socket.bytesAvailable() or socket.waitForReadyRead(READ_TIMEOUT_MS):
                if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
                    self.raise_requested.emit()
            socket.abort()
            socket.deleteLater()

    def ask_running_instance_to_raise(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        socket.flush()
        ok = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()
