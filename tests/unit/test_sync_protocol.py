"""The sync protocol's clock and change encoding: what every transport relies on."""

from caseapp.domain.sync_protocol import Change, Hlc, Op, hlc_receive, hlc_tick, merged, missing_from


def test_clock_string_order_is_clock_order() -> None:
    a = Hlc(1_700_000_000_000, 3, "aaaaaaaaaaaa")
    b = Hlc(1_700_000_000_000, 12, "aaaaaaaaaaaa")
    c = Hlc(1_700_000_000_001, 0, "000000000000")
    assert a < b < c
    assert a.encode() < b.encode() < c.encode()
    assert Hlc.decode(b.encode()) == b


def test_tick_moves_forward_even_when_the_wall_clock_goes_back() -> None:
    first = hlc_tick(None, "aaaaaaaaaaaa", now_ms=5_000)
    second = hlc_tick(first, "aaaaaaaaaaaa", now_ms=4_000)  # the laptop's clock was set back
    assert second > first


def test_receive_orders_a_later_local_edit_after_the_remote_one() -> None:
    remote = Hlc(9_000, 7, "bbbbbbbbbbbb")
    local = hlc_receive(Hlc(1_000, 0, "aaaaaaaaaaaa"), remote, "aaaaaaaaaaaa", now_ms=2_000)
    assert local > remote and hlc_tick(local, "aaaaaaaaaaaa", now_ms=2_000) > remote


def test_change_survives_its_json_form() -> None:
    change = Change("aaaaaaaaaaaa", 4, Hlc(1, 0, "aaaaaaaaaaaa").encode(), "client", "r1", Op.UPDATE,
                    {"phone": "010-1234-5678"}, {"phone": Hlc(0, 0, "bbbbbbbbbbbb").encode()}, "김사회", "c1")
    assert Change.from_json(change.to_json()) == change


def test_version_vectors() -> None:
    change = Change("aaaaaaaaaaaa", 3, "", "client", "r1", Op.INSERT)
    assert missing_from({"aaaaaaaaaaaa": 2}, change)
    assert not missing_from({"aaaaaaaaaaaa": 3}, change)
    assert merged({"a": 1, "b": 5}, {"a": 4}) == {"a": 4, "b": 5}


def test_a_full_counter_moves_the_clock_on_by_a_millisecond_and_still_encodes() -> None:
    from caseapp.domain.sync_protocol import MAX_COUNTER, Hlc, hlc_receive, hlc_tick
    last = Hlc(1_700_000_000_000, MAX_COUNTER, "aaaaaaaaaaaa")
    nxt = hlc_tick(last, "aaaaaaaaaaaa", now_ms=last.wall_ms)
    assert nxt > last and Hlc.decode(nxt.encode()) == nxt
    seen = hlc_receive(None, last, "bbbbbbbbbbbb", now_ms=last.wall_ms)
    assert seen.encode() > last.encode() and Hlc.decode(seen.encode()) == seen
