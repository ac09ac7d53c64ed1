"""The window and the hub (issue 18): it joins from File › Sync › Agency hub, syncs in the background (never on
the GUI thread), says when it last synced, shows what a colleague's laptop brought, and stays quiet — one
status-bar line, no dialog — when the hub cannot be reached."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from hub_laptops import (  # type: ignore[import-not-found]
    Office, clients_here, new_laptop, office, open_case, sync,  # noqa: F401 (office: fixture)
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_the_window_syncs_in_the_background_and_stays_quiet_when_the_hub_is_down(office: Office, qtbot: Any,
                                                                                  monkeypatch: Any) -> None:
    import pg_cluster  # type: ignore[import-not-found]
    from PySide6.QtWidgets import QApplication, QMessageBox

    from caseapp.services import hub_client, hub_connection, signing
    from caseapp.ui.app import create_application
    from caseapp.ui.main_window import MainWindow
    sue = new_laptop(office.root, "sue", "이팀장")  # joins through the window
    office.laptops.append(sue)
    bob = office.laptop("bob", "박복지")
    shown: list[Any] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *a, **k: shown.append(a)))
    threads: list[str] = []
    real_sync = hub_client.sync
    monkeypatch.setattr(hub_client, "sync", lambda vault, **kw: (  # the window's syncs: which thread runs them
        vault is sue.vault and threads.append(threading.current_thread().name)) or real_sync(vault, **kw))
    with sue.use():
        create_application("en")
        window = MainWindow(sue.vault)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.case_list.loaded, timeout=30_000):
            window.start()
        assert not window.hub_sync.label.isVisible()  # not joined: no hub line
        dialog = window.show_hub()
        fingerprint = hub_connection.fingerprint(office.hub.cluster.ca_pem.read_bytes())
        for field, text in ((dialog.url, office.hub.url()), (dialog.user, office.users["sue"]),
                            (dialog.password, "not the password"), (dialog.fingerprint, fingerprint)):
            field.setText(text)
        dialog.action.click()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
        assert "password is wrong" in dialog.message.text() and hub_client.settings(sue.vault) is None
        dialog.password.setText(office.password("sue"))
        with qtbot.waitSignal(window.hub_sync.finished, timeout=30_000):
            dialog.action.click()  # joined (its first sync), then the window's own first background sync
        assert window.hub_sync.label.text().startswith("Hub: synced") and dialog.action.text() == "Sync now"
        dialog.close()

        open_case(bob, "최지원")  # meanwhile on a colleague's laptop
        sync(bob)
        with qtbot.waitSignal(window.hub_sync.finished, timeout=30_000):
            window.hub_sync.sync_now()
        qtbot.waitUntil(lambda: "최지원" in [r.client_name for r in window.case_list.model.rows], timeout=30_000)

        with sue.vault.session(write=True) as s:  # the office server goes away
            signing.put_meta_text(s, "hub.url", f"postgresql://127.0.0.1:{pg_cluster.free_port()}/x")
        with qtbot.waitSignal(window.hub_sync.finished, timeout=30_000) as failed:
            window.hub_sync.sync_now()
        assert isinstance(failed.args[0], hub_client.hub_connection.HubUnreachable)
        assert window.hub_sync.label.text().startswith("Hub: not reachable (last sync ")
        assert "Cannot reach the hub" in window.hub_sync.label.toolTip()
        assert shown == [] and QApplication.activeModalWidget() is None
        window.lock()
        assert window.hub_sync.sync_now() is None  # nothing syncs behind the lock screen
        window._skip_close_questions = True
        window.idle.stop()
        window.close()
    assert threads and all(name != threading.main_thread().name for name in threads)
    assert clients_here(sue) == ["최지원"]
