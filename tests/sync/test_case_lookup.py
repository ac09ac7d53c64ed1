"""After sync reconciled two cases of one number, the old number still finds a case and says which; a conflict on
a client's details names the client's case (issue 17)."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout

import pytest

from caseapp.errors import NotFound
from caseapp.services import cases
from caseapp.services.vault import Vault
from caseapp.storage.models import CaseNumberAlias

from sync_replicas import PASSPHRASE  # type: ignore[import-not-found]


def _open_case(r, name: str):  # type: ignore[no-untyped-def]
    with r.use():
        return cases.open_case(r.vault, {"name": name, "phone": "010-1111-2222"}, {"presenting_request": "주거"})


def _find(r, number: str) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    notes: list[str] = []
    with r.use():
        case = cases.find_case(r.vault, number, note=lambda ko, en: notes.append(en))
    return case.case_number, notes


def test_the_old_number_of_a_reconciled_case_finds_a_case_with_a_note_which(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    a, b = _open_case(office, "김민수"), _open_case(laptop, "이영희")
    assert a.case_number == b.case_number  # both machines numbered their first case alike
    office.pull(laptop)
    number = a.case_number
    with office.use(), office.vault.session() as s:
        renamed = cases.case_aliases.once_numbered(s, number)[0].case_number
    assert renamed.startswith(number + "-")

    holder, notes = _find(office, number)
    assert holder == number and len(notes) == 1 and renamed in notes[0]  # told where the other case went
    assert _find(office, renamed) == (renamed, [])

    with office.use(), office.vault.session(write=True) as s:  # a number no case holds any more, kept as an alias
        s.add(CaseNumberAlias(case_id=a.id, number="2020-0001"))
    found, notes = _find(office, "2020-0001")
    assert found == number and "is now " + number in notes[0]
    with office.use(), office.vault.session(write=True) as s:
        s.add(CaseNumberAlias(case_id=b.id, number="2020-0001"))
    with office.use(), pytest.raises(NotFound) as refused:  # two cases had it: the user must pick by today's number
        cases.find_case(office.vault, "2020-0001")
    assert number in refused.value.en and renamed in refused.value.en

    office.close()  # the CLI opens the folder itself
    out, err = io.StringIO(), io.StringIO()
    os.environ["CASEAPP_PASSPHRASE"] = PASSPHRASE
    try:
        from caseapp import cli
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(["--data-dir", str(office.folder), "--lang", "en", "show", number])
    finally:
        os.environ.pop("CASEAPP_PASSPHRASE", None)
        with office.use():  # open again for the fixture to close
            office.vault = Vault.open(PASSPHRASE)
    assert code == 0 and number in out.getvalue() and "Note: Case number " + number in err.getvalue()
    assert renamed in err.getvalue()


def test_a_conflict_on_a_client_names_the_clients_case(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = _open_case(office, "김민수")
    laptop.pull(office)
    for r, phone in ((office, "010-3333-4444"), (laptop, "010-5555-6666")):
        with r.use():
            cases.update_client(r.vault, case.client_id, {"phone": phone})
    office.pull(laptop)
    (conflict,) = office.conflicts()
    assert conflict.table == "client" and conflict.case_number == case.case_number
