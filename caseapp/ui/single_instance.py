"""One GUI per data folder: the OS-level instance lock decides; a local channel (services/instance_channel.py, a
Unix socket or a Windows named pipe) lets a second start raise the window of the first one instead of opening the
case file twice."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from caseapp.errors import AlreadyRunning
from caseapp.services.instance_channel import KnockListener, channel_address, knock
from caseapp.services.instance_lock import InstanceLock


class SingleInstance(QObject):
    """``acquire()`` takes the data folder; ``raise_requested`` fires when another start knocks."""

    # Emitted from the channel's thread: Qt queues it to the receivers in the GUI thread.
    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = InstanceLock()
        self.address = channel_address()
        self.listener: KnockListener | None = None

    def acquire(self) -> None:
        """Lock the folder and listen, or ask the running instance to come forward and raise AlreadyRunning."""
        try:
            self.lock.acquire()
        except AlreadyRunning:
            self.ask_running_instance_to_raise()
            raise
        listener = KnockListener(self.raise_requested.emit, self.address)
        if listener.start():
            self.listener = listener

    def ask_running_instance_to_raise(self) -> bool:
        return knock(self.address)

    def release(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        self.lock.release()
