"""Sync by bundle file between data folders (issue 17): pairing by ``init --from-bundle``, export and import through
the CLI, and every kind of bundle that must be refused with nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from transport_helpers import PASSPHRASES, add_entry, content, init, open_case, opened, run, state


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once (setting up a case file dominates): the office PC with one case and a signed note, the field laptop
    set up from its bundle (both paired), and two installations never paired with them: the same practitioner set
    up on its own ("other") and a colleague. Tests work on copies (:func:`machines`)."""
    root = tmp_path_factory.mktemp("world")
    office, laptop, other, colleague = (root / n for n in ("office", "laptop", "other", "colleague"))
    init(office)
    number, _ = open_case(office)
    add_entry(office, number, "사무실에서 첫 상담", sign=True)
    first = root / "first.casesync"
    assert run(office, "sync", "export", "-o", str(first), "--name", "사무실 PC").code == 0
    setup = run(laptop, "init", "--from-bundle", str(first),
                env={"CASEAPP_BUNDLE_PASSPHRASE": PASSPHRASES["office"]})
    assert setup.code == 0, setup.err
    assert "Recovery key:" in setup.out and "Paired with" in setup.out
    back = root / "back.casesync"
    assert run(laptop, "sync", "export", "-o", str(back), "--name", "노트북").code == 0
    assert run(office, "sync", "import", str(back), "--yes").code == 0
    init(other)  # the same practitioner's name, but set up on its own: never paired
    open_case(other, "이영희")
    init(colleague, name="박동료")
    assert run(other, "sync", "export", "-o", str(root / "unpaired.casesync")).code == 0
    assert run(colleague, "sync", "export", "-o", str(root / "foreign.casesync")).code == 0
    (root / "case-number").write_text(number)
    return root


@pytest.fixture
def machines(world: Path, tmp_path: Path, data_dir: Path) -> dict[str, Path]:
    """Fresh copies of the paired office and laptop folders (same device ids), and the world's bundles."""
    for name in ("office", "laptop", "other"):
        shutil.copytree(world / name, tmp_path / name)
    return {"office": tmp_path / "office", "laptop": tmp_path / "laptop", "other": tmp_path / "other",
            "case": Path((world / "case-number").read_text()), "world": world}


def test_a_second_machine_set_up_from_a_bundle_holds_the_whole_file_and_both_are_paired(
        machines: dict[str, Path]) -> None:
    office, laptop = machines["office"], machines["laptop"]
    assert content(laptop) == content(office)
    assert content(laptop)["notes"][0][1:] == ("사무실에서 첫 상담", 1)  # signed there, signed here
    office_peers = run(office, "sync", "peers", "--json").json()
    laptop_peers = run(laptop, "sync", "peers", "--json").json()
    assert [p["name"] for p in office_peers] == ["노트북"] and [p["name"] for p in laptop_peers] == ["사무실 PC"]
    assert office_peers[0]["last_import_at"] and laptop_peers[0]["last_import_at"]
    assert office_peers[0]["practitioner"] == laptop_peers[0]["practitioner"] == "김사회"
    ids = {}
    for folder in (office, laptop):  # one practitioner and agency, the same rows on both machines
        with opened(folder) as vault, vault.session() as s:
            ids[folder.name] = [tuple(r) for r in s.connection().execute(text(
                "SELECT p.id, a.id FROM practitioner p, agency a"))]
    assert len(ids["office"]) == 1 and ids["laptop"] == ids["office"]
    with opened(laptop) as vault:  # this machine signs with its own key
        from caseapp.services import signing
        assert signing.active_identity(vault).cert_pem != _office_cert(office)
    assert "1 case(s)" in run(laptop, "cases").out


def _office_cert(office: Path) -> bytes:
    with opened(office) as vault:
        from caseapp.services import signing
        return signing.active_identity(vault).cert_pem


def test_changes_on_both_machines_travel_both_ways_and_the_same_bundle_twice_changes_nothing(
        machines: dict[str, Path], tmp_path: Path) -> None:
    office, laptop, number = machines["office"], machines["laptop"], str(machines["case"])
    add_entry(laptop, number, "가정방문: 난방비 상담", sign=True)
    add_entry(office, number, "사무실: 긴급지원 신청")
    out_laptop, out_office = tmp_path / "l.casesync", tmp_path / "o.casesync"
    export = run(laptop, "sync", "export", "-o", str(out_laptop), "--to", "사무실 PC")
    assert export.code == 0 and export.out.startswith("Exported ")
    preview = run(office, "sync", "import", str(out_laptop))
    assert preview.code == 0 and "--yes" in preview.out and "1 new" in preview.out
    assert len(content(office)["notes"]) == 2  # a preview writes nothing
    assert run(office, "sync", "import", str(out_laptop), "--yes").code == 0
    assert run(office, "sync", "export", "-o", str(out_office), "--to", "노트북").code == 0
    assert run(laptop, "sync", "import", str(out_office), "--yes").code == 0
    assert content(office) == content(laptop) and len(content(office)["notes"]) == 3
    before = state(office)
    again = run(office, "sync", "import", str(out_laptop), "--yes")
    assert again.code == 0 and "Nothing new" in again.out
    assert state(office) == before


def test_the_same_field_edited_on_both_is_a_conflict_and_resolving_it_on_one_side_settles_both(
        machines: dict[str, Path], tmp_path: Path) -> None:
    from caseapp.services import cases
    office, laptop, number = machines["office"], machines["laptop"], str(machines["case"])
    for folder, phone in ((office, "010-1111-1111"), (laptop, "010-2222-2222")):
        with opened(folder) as vault:
            cases.update_client(vault, cases.find_case(vault, number).client_id, {"phone": phone})
    bundle = tmp_path / "l.casesync"
    run(laptop, "sync", "export", "-o", str(bundle))
    assert run(office, "sync", "import", str(bundle), "--yes").code == 0
    open_conflicts = run(office, "sync", "conflicts", "--json").json()
    assert len(open_conflicts) == 1
    conflict = open_conflicts[0]
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("phone", "010-1111-1111", "010-2222-2222")
    assert content(office)["cases"][0][2] == "010-1111-1111"  # the local value stays until resolved
    assert run(office, "sync", "resolve", conflict["id"], "--keep", "theirs").code == 0
    assert run(office, "sync", "conflicts", "--json").json() == []
    settle = tmp_path / "o.casesync"
    run(office, "sync", "export", "-o", str(settle))
    assert run(laptop, "sync", "import", str(settle), "--yes").code == 0
    assert run(laptop, "sync", "conflicts", "--json").json() == []
    assert content(office) == content(laptop) and content(laptop)["cases"][0][2] == "010-2222-2222"


def _refused(result: object, *words: str) -> None:
    assert result.code == 1, (result.code, result.err)  # type: ignore[attr-defined]
    for word in words:
        assert word in result.err, result.err  # type: ignore[attr-defined]
    assert "The case file was not changed." in result.err  # type: ignore[attr-defined]


def test_a_truncated_or_flipped_bundle_is_refused_with_nothing_changed(machines: dict[str, Path],
                                                                      tmp_path: Path) -> None:
    office, laptop, number = machines["office"], machines["laptop"], str(machines["case"])
    add_entry(laptop, number, "가정방문 기록")
    good = tmp_path / "good.casesync"
    run(laptop, "sync", "export", "-o", str(good))
    data = good.read_bytes()
    before = state(office)
    bad = tmp_path / "bad.casesync"
    for cut in (len(data) // 2, len(data) - 1):
        bad.write_bytes(data[:cut])
        _refused(run(office, "sync", "import", str(bad), "--yes"), "damaged or incomplete")
    header_end = 12 + int.from_bytes(data[8:12], "big")
    for at in (header_end - 5, header_end + 40, len(data) - 10):  # header, sealed payload, signature
        flipped = bytearray(data)
        flipped[at] ^= 0x01
        bad.write_bytes(bytes(flipped))
        _refused(run(office, "sync", "import", str(bad), "--yes"))
    bad.write_bytes(b"PK\x03\x04 not a bundle")
    _refused(run(office, "sync", "import", str(bad)), "not a caseapp sync file")
    assert state(office) == before
    assert run(office, "sync", "import", str(good), "--yes").code == 0  # the intact one still imports


def test_bundles_from_an_unpaired_device_another_practitioner_or_for_another_device_are_refused(
        machines: dict[str, Path], tmp_path: Path) -> None:
    office, other, world = machines["office"], machines["other"], machines["world"]
    before = state(office)
    _refused(run(office, "sync", "import", str(world / "unpaired.casesync"), "--yes"), "not paired",
             "init --from-bundle")
    _refused(run(office, "sync", "import", str(world / "foreign.casesync"), "--yes"),
             "another practitioner (박동료)")
    elsewhere = tmp_path / "elsewhere.casesync"
    run(office, "sync", "export", "-o", str(elsewhere), "--to", "노트북")
    _refused(run(office, "sync", "import", str(elsewhere)), "made on this computer")
    _refused(run(other, "sync", "import", str(elsewhere)), "made for another device")
    assert state(office) == before


def test_a_bundle_from_a_newer_caseapp_is_refused_by_its_format(machines: dict[str, Path], tmp_path: Path) -> None:
    office, laptop = machines["office"], machines["laptop"]
    bundle = tmp_path / "l.casesync"
    run(laptop, "sync", "export", "-o", str(bundle))
    data = bundle.read_bytes()
    newer = data.replace(b'"format": 1', b'"format": 9', 1)
    assert newer != data
    bundle.write_bytes(newer)
    before = state(office)
    _refused(run(office, "sync", "import", str(bundle), "--yes"), "newer caseapp")
    assert state(office) == before


def test_init_from_bundle_with_the_wrong_passphrase_creates_nothing(world: Path, tmp_path: Path,
                                                                   data_dir: Path) -> None:
    laptop = tmp_path / "laptop"
    first = world / "first.casesync"
    wrong = run(laptop, "init", "--from-bundle", str(first), env={"CASEAPP_BUNDLE_PASSPHRASE": "not it"})
    assert wrong.code == 2 and "Wrong passphrase for the first computer" in wrong.err
    assert not (laptop / "caseapp.db").exists() and not (laptop / "caseapp.key").exists()
    missing = run(laptop, "init", "--from-bundle", str(tmp_path / "missing.casesync"),
                  env={"CASEAPP_BUNDLE_PASSPHRASE": PASSPHRASES["office"]})
    assert missing.code == 1 and "Cannot read the sync file" in missing.err
    assert not (laptop / "caseapp.db").exists()


def test_export_never_writes_onto_caseapps_own_files(machines: dict[str, Path]) -> None:
    office = machines["office"]
    key_before = (office / "caseapp.key").read_bytes()
    result = run(office, "sync", "export", "-o", str(office / "caseapp.key"))
    assert result.code == 1
    assert (office / "caseapp.key").read_bytes() == key_before


def test_an_import_backs_the_file_up_first(machines: dict[str, Path], tmp_path: Path) -> None:
    office, laptop, number = machines["office"], machines["laptop"], str(machines["case"])
    add_entry(laptop, number, "백업 확인용 기록")
    bundle = tmp_path / "l.casesync"
    run(laptop, "sync", "export", "-o", str(bundle))
    before = {p.name for p in (office / "backups").glob("*-pre-sync.db")}
    assert run(office, "sync", "import", str(bundle), "--yes").code == 0
    after = {p.name for p in (office / "backups").glob("*-pre-sync.db")}
    assert len(after - before) == 1


def test_a_third_machine_set_up_from_the_laptop_pairs_with_the_office_on_its_first_bundle(
        machines: dict[str, Path], tmp_path: Path) -> None:
    import transport_helpers
    office, laptop, number = machines["office"], machines["laptop"], str(machines["case"])
    third = tmp_path / "third"
    transport_helpers.PASSPHRASES.setdefault("third", "세 번째 암호 third-7890")
    add_entry(office, number, "사무실 기록: 노트북을 거쳐 세 번째 기기로")
    via = tmp_path / "via.casesync"
    run(office, "sync", "export", "-o", str(via), "--to", "노트북")
    assert run(laptop, "sync", "import", str(via), "--yes").code == 0
    seed = tmp_path / "seed.casesync"
    run(laptop, "sync", "export", "-o", str(seed))  # only what the office lacks: not enough for a new machine
    partial = run(third, "init", "--from-bundle", str(seed), env={"CASEAPP_BUNDLE_PASSPHRASE": PASSPHRASES["laptop"]})
    assert partial.code == 1 and "sync export --all" in partial.err and not (third / "caseapp.db").exists()
    run(laptop, "sync", "export", "--all", "-o", str(seed))
    assert run(third, "init", "--from-bundle", str(seed),
               env={"CASEAPP_BUNDLE_PASSPHRASE": PASSPHRASES["laptop"]}).code == 0
    assert content(third) == content(office)  # the office's note arrived relayed by the laptop
    add_entry(third, number, "세 번째 기기에서 쓴 기록")
    direct = tmp_path / "direct.casesync"
    run(third, "sync", "export", "-o", str(direct), "--name", "복지관 태블릿")
    preview = run(office, "sync", "import", str(direct))
    assert "pairs it with this machine" in preview.out
    assert run(office, "sync", "import", str(direct), "--yes").code == 0
    assert content(office) == content(third)
    assert sorted(p["name"] for p in run(office, "sync", "peers", "--json").json()) == ["노트북", "복지관 태블릿"]


def test_a_set_up_bundle_is_wrapped_only_with_this_machines_own_passphrase(machines: dict[str, Path],
                                                                          tmp_path: Path) -> None:
    from caseapp.errors import WrongPassphrase
    from caseapp.services import sync_bundle
    target = tmp_path / "setup.casesync"
    with opened(machines["office"]) as vault:
        with pytest.raises(WrongPassphrase):
            sync_bundle.export_bundle(vault, target, None, passphrase="누군가의 다른 암호", everything=True)
    assert not target.exists()


def test_a_restored_laptop_syncs_as_a_new_device_its_peer_forgets_the_old_one_and_nothing_is_lost(
        machines: dict[str, Path], tmp_path: Path) -> None:
    office, laptop, number = machines["office"], machines["laptop"], str(machines["case"])
    old_id = (laptop / "device-id").read_text()
    saved = tmp_path / "laptop-backup.db"
    assert run(laptop, "backup", "-o", str(saved)).code == 0
    add_entry(laptop, number, "백업 뒤 노트북 기록")
    run(laptop, "sync", "export", "-o", str(tmp_path / "l1.casesync"))
    assert run(office, "sync", "import", str(tmp_path / "l1.casesync"), "--yes").code == 0
    run(office, "sync", "export", "-o", str(tmp_path / "o-old.casesync"), "--to", old_id)  # for the old laptop

    assert run(laptop, "restore", str(saved), "--yes").code == 0
    new_id = (laptop / "device-id").read_text()
    assert new_id != old_id
    add_entry(laptop, number, "복원 뒤 노트북 기록")
    assert run(laptop, "sync", "export", "-o", str(tmp_path / "l2.casesync")).code == 0
    imported = run(office, "sync", "import", str(tmp_path / "l2.casesync"), "--yes")
    assert imported.code == 0, imported.err
    assert [p["device"] for p in run(office, "sync", "peers", "--json").json()] == [new_id]  # the old one forgotten
    assert run(office, "sync", "export", "-o", str(tmp_path / "o.casesync"), "--to", new_id).code == 0
    back = run(laptop, "sync", "import", str(tmp_path / "o.casesync"), "--yes")
    assert back.code == 0, back.err
    notes = {n[1] for n in content(laptop)["notes"]}
    assert {"백업 뒤 노트북 기록", "복원 뒤 노트북 기록"} <= notes and content(laptop) == content(office)
    again = run(laptop, "sync", "import", str(tmp_path / "o-old.casesync"), "--yes")  # made for its old id
    assert again.code == 0 and "Nothing new" in again.out
