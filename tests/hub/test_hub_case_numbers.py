"""Two laptops each numbered their first case 2026-0001: the hub names them as a supervisor's laptop does after
sync renumbered one (NUMBER-xxxx), in the admin's assignment list, the history and ``assign``, and a number
several cases were pushed with is refused with the names and ids to choose from, never applied to whichever case
came first (each practitioner's own laptop still shows it for its case)."""

from __future__ import annotations

from typing import Any

import pytest

from hub_laptops import Office, hub_admin_url, office, open_case, sync  # type: ignore[import-not-found]  # noqa: F401 (office: fixture)

from caseapp.errors import UserError


def numbers_here(laptop: Any) -> dict[str, str]:
    from caseapp.services import cases
    with laptop.use():
        return {c.case_id: c.case_number for c in cases.list_cases(laptop.vault)}


def test_colliding_numbers_are_told_apart_on_the_hub_as_on_the_supervisors_laptop(office: Office) -> None:
    from caseapp.services import hub_admin, hub_client
    alice = office.laptop("alice", "김사회")
    bob = office.laptop("bob", "박복지")
    sue = office.laptop("sue", "이팀장")
    open_case(alice, "이민수")
    theirs = open_case(bob, "한철수")
    (number,) = set(numbers_here(alice).values())
    assert numbers_here(bob) == {theirs: number}  # the same number on both laptops
    for laptop in (alice, bob, sue):
        sync(laptop)
    on_sue = numbers_here(sue)
    assert min(on_sue.values()) == number and len(set(on_sue.values())) == 2  # sync renumbered one there

    with hub_admin_url(office.hub) as url:
        listed = {a["case_id"]: a for a in hub_admin.assignments(url)}
        assert {cid: a["case_number"] for cid, a in listed.items()} == on_sue  # the hub shows what sue's laptop shows
        assert {a["number_as_pushed"] for a in listed.values()} == {number}
        with pytest.raises(UserError, match="여러 사례가 이 사례번호로") as refused:
            hub_admin.assign(url, number, office.users["bob"])
        assert all(f"{n} = {cid}" in refused.value.en for cid, n in on_sue.items())
        renamed = next(cid for cid, n in on_sue.items() if n != number)
        moved = hub_admin.assign(url, on_sue[renamed], office.users["sue"])
        assert moved["case_id"] == renamed and moved["case_number"] == on_sue[renamed]
        history = [h for h in hub_admin.history(url) if h["area"] == "assignment" and h["what"] == "reassign"]
        assert history[0]["subject"] == on_sue[renamed]

    # The supervisor's laptop reassigns by the number it shows, or by the old number (case_aliases): the holder's.
    kept = next(cid for cid, n in on_sue.items() if n == number)
    with sue.use():
        assert hub_client.assign(sue.vault, number, office.users["bob"])["case_id"] == kept
        assert hub_client.assign(sue.vault, on_sue[renamed], office.users["alice"])["case_id"] == renamed
