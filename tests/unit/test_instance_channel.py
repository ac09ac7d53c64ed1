"""A second start knocks and the running instance comes forward: the standard-library channel of
caseapp/services/instance_channel.py, on this system's Unix socket and on the Windows named-pipe branch (with
multiprocessing.connection's pipe classes stood in for)."""

from __future__ import annotations

import os
import queue
import threading
from multiprocessing import Pipe, connection
from pathlib import Path
from typing import Any

import pytest

from caseapp import paths
from caseapp.services import instance_channel
from caseapp.services.instance_channel import ChannelAddress, KnockListener, channel_address, knock


@pytest.fixture
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def _listen(address: ChannelAddress | None = None) -> tuple[KnockListener, threading.Event]:
    knocked = threading.Event()
    listener = KnockListener(knocked.set, address)
    assert listener.start()
    return listener, knocked


def test_a_knock_reaches_the_running_instance_and_stop_clears_the_socket(runtime_dir: Path) -> None:
    address = channel_address("caseapp-0123456789abcdef")
    assert address == ChannelAddress(str(runtime_dir / "caseapp" / "caseapp-0123456789abcdef.sock"), "AF_UNIX")
    listener, knocked = _listen(address)
    try:
        assert (runtime_dir / "caseapp").stat().st_mode & 0o777 == 0o700
        assert knock(address)
        assert knocked.wait(5)
    finally:
        listener.stop()
    assert not Path(address.address).exists()
    assert not knock(address), "nobody listens after stop: the knock says so instead of hanging"


def test_other_messages_do_not_raise_the_window(runtime_dir: Path) -> None:
    listener, knocked = _listen(channel_address("caseapp-aaaa"))
    try:
        assert knock(listener.address, b"hello")
        assert knock(listener.address)  # (served one at a time: this one is read after the first)
        assert knocked.wait(5)
    finally:
        listener.stop()


def test_a_socket_left_by_a_crashed_instance_is_taken_over(runtime_dir: Path) -> None:
    address = channel_address("caseapp-crashed")
    Path(address.address).parent.mkdir(mode=0o700)
    Path(address.address).write_bytes(b"")  # what a killed process leaves behind
    listener, knocked = _listen(address)
    try:
        assert knock(address) and knocked.wait(5)
    finally:
        listener.stop()


def test_a_folder_of_another_user_is_not_used(runtime_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uid = os.getuid()
    monkeypatch.setattr(instance_channel.os, "getuid", lambda: uid + 1)
    listener = KnockListener(lambda: None, channel_address("caseapp-other"))
    assert not listener.start(), "another user's folder could hold their socket: run without the channel"
    assert not listener.listening
    listener.stop()  # harmless when it never listened


def test_without_a_runtime_folder_the_socket_goes_to_a_private_temp_folder(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path))
    assert paths.instance_socket_dir() == tmp_path / f"caseapp-{os.getuid()}"


class FakePipeEnds:
    """multiprocessing.connection's Listener/Client on AF_PIPE, over an in-process Pipe per connection."""

    def __init__(self) -> None:
        self.pending: queue.Queue[connection.Connection] = queue.Queue()
        self.calls: list[tuple[str, str, str]] = []

    def listener(self, address: str, family: str) -> Any:
        self.calls.append(("Listener", address, family))
        fake = self

        class Listener:
            def accept(self) -> connection.Connection:
                return fake.pending.get(timeout=10)

            def close(self) -> None:
                fake.calls.append(("close", address, family))
        return Listener()

    def client(self, address: str, family: str) -> connection.Connection:
        self.calls.append(("Client", address, family))
        ours, theirs = Pipe()
        self.pending.put(theirs)
        return ours


def test_windows_uses_a_named_pipe_per_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "_override", tmp_path / "data")
    address = channel_address(platform="win32")
    assert address.family == "AF_PIPE"
    assert address.address.startswith("\\\\.\\pipe\\caseapp-") and len(address.address) == len("\\\\.\\pipe\\") + 24
    monkeypatch.setattr(paths, "_override", tmp_path / "other")
    assert channel_address(platform="win32") != address, "two data folders, two pipes"

    fake = FakePipeEnds()
    monkeypatch.setattr(connection, "Listener", fake.listener)
    monkeypatch.setattr(connection, "Client", fake.client)
    listener, knocked = _listen(address)
    assert knock(address) and knocked.wait(5)
    listener.stop()
    assert fake.calls[0] == ("Listener", address.address, "AF_PIPE")
    assert ("Client", address.address, "AF_PIPE") in fake.calls and fake.calls[-1][0] == "close"
    assert not list(tmp_path.rglob("*.sock")), "no Unix socket on Windows"


def test_windows_knock_without_a_running_instance_is_false(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pipe(address: str, family: str) -> connection.Connection:
        raise FileNotFoundError(2, "The system cannot find the file specified")
    monkeypatch.setattr(connection, "Client", no_pipe)
    assert not knock(ChannelAddress(r"\\.\pipe\caseapp-nobody", "AF_PIPE"))
