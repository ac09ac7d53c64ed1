"""Archive-grade PDFs: PDF/A-2b structure, certification, offline revocation data, revoke-cert, co-signatures,
verify output in words — all on real exports, checked with tools caseapp did not write (pikepdf, pyHanko, qpdf)."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore

from caseapp.export.options import SECTIONS, ExportOptions
from caseapp.services import approval, exports, signing
from export_builders import pdftotext, squash
from pdfa_checks import outline_titles, pdfa_problems

PASSPHRASE = "테스트 암호 correct-horse"


def _validate_offline(path: Path, root_pem: bytes, mode: str = "require"):  # type: ignore[no-untyped-def]
    """pyHanko with the exported root as the only trust anchor, only what the PDF carries, no network."""
    root = asn1_x509.Certificate.load(x509.load_pem_x509_certificate(root_pem).public_bytes(
        serialization.Encoding.DER))
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    context = DocumentSecurityStore.read_dss(reader).as_validation_context(
        {"trust_roots": [root], "allow_fetching": False, "revocation_mode": mode})
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    return [validate_pdf_signature(sig, signer_validation_context=context) for sig in reader.embedded_signatures]


# --- PDF/A ----------------------------------------------------------------------------------------------------------

def test_signed_record_meets_pdfa_2b_preconditions(exported) -> None:  # type: ignore[no-untyped-def]
    assert pdfa_problems(exported.signed) == []


def test_unsigned_record_letter_and_blank_forms_meet_pdfa_2b_preconditions(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    unsigned = tmp_path / "unsigned.pdf"
    exports.export_case(exported.vault, exported.case.id, unsigned, ExportOptions(signed=False, language="en"))
    from caseapp.services import cases
    referral = cases.snapshot(exported.vault, exported.case.id).referrals[0]
    letter = exports.export_referral_letter(exported.vault, referral.id, tmp_path / "letter.pdf", "ko")
    forms_ko = exports.export_blank_forms(tmp_path / "forms-ko.pdf", "ko")
    forms_en = exports.export_blank_forms(tmp_path / "forms-en.pdf", "en")
    for path in (unsigned, letter.path, forms_ko, forms_en):
        assert pdfa_problems(path) == [], path.name


def test_signed_statistics_report_meets_pdfa_2b_preconditions(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from caseapp.domain.statistics import Period
    from caseapp.services import reports
    today = date.today()
    written = reports.write_report(exported.vault, Period.month(today.year, today.month), tmp_path / "report.pdf",
                                   lang="ko")
    assert written.signed
    assert pdfa_problems(written.path) == []


@pytest.mark.skipif(shutil.which("qpdf") is None or shutil.which("pdffonts") is None, reason="qpdf/poppler missing")
def test_qpdf_check_and_pdffonts_all_embedded(exported) -> None:  # type: ignore[no-untyped-def]
    check = subprocess.run(["qpdf", "--check", str(exported.signed)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    rows = subprocess.run(["pdffonts", str(exported.signed)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), rows
    names = [row.split()[0] for row in rows]
    assert len(names) == len(set(names)), names  # the stamp's subsets no longer reuse AAAAAA+…


def test_bookmarks_one_per_section_in_order_on_the_right_page(exported) -> None:  # type: ignore[no-untyped-def]
    marks = outline_titles(exported.signed)
    expected = [label.ko for label in SECTIONS.values()] + ["확인 및 결재"]
    assert [title for title, _ in marks] == expected
    pages = [page for _, page in marks]
    assert pages == sorted(pages) and pages[0] >= 2
    for title, page in marks:
        assert squash(title) in squash(pdftotext(exported.signed, page, page)), title


# --- certification, DSS, CMS ----------------------------------------------------------------------------------------

def test_record_is_certified_no_changes_and_an_added_annotation_fails(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reader = PdfFileReader(exported.signed.open("rb"), strict=False)
    (sig,) = reader.embedded_signatures
    assert sig.docmdp_level == MDPPerm.NO_CHANGES
    writer = IncrementalPdfFileWriter(io.BytesIO(exported.signed.read_bytes()), strict=False)
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    note = writer.add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([FloatObject(50), FloatObject(50), FloatObject(70), FloatObject(70)]),
        NameObject("/Contents"): TextStringObject("나중에 붙인 메모")}))
    page[NameObject("/Annots")] = ArrayObject([note])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    annotated = tmp_path / "annotated.pdf"
    annotated.write_bytes(out.getvalue())
    report = exports.verify_file(exported.vault, annotated)
    assert not report.ok
    assert [p.code for p in report.signatures[0].problems] == ["appended"]


def test_signer_certificate_is_in_the_cms_once(exported) -> None:  # type: ignore[no-untyped-def]
    (sig,) = PdfFileReader(exported.signed.open("rb"), strict=False).embedded_signatures
    certs = [c.chosen for c in sig.signed_data["certificates"]]
    signer = signing.active_identity(exported.vault).certificate.public_bytes(serialization.Encoding.DER)
    assert [c.dump() for c in certs].count(signer) == 1
    assert len({c.dump() for c in certs}) == len(certs)


def test_dss_carries_chain_and_crl_and_validates_offline_with_root_only(exported) -> None:  # type: ignore[no-untyped-def]
    reader = PdfFileReader(exported.signed.open("rb"), strict=False)
    dss = DocumentSecurityStore.read_dss(reader)
    assert len(dss.crls) == 1 and len(list(dss.load_certs())) >= 2
    root_pem = signing.own_root_pem(exported.vault)
    for mode in ("require", "hard-fail"):  # "require": no pass without revocation data for the signer
        (status,) = _validate_offline(exported.signed, root_pem, mode)
        assert status.bottom_line, (mode, status.trust_problem_indic)
    # the DSS is part of the signed revision: the signature still covers the whole file
    assert exports.verify_file(None, exported.signed, [root_pem]).signatures[0].whole_file


def test_without_the_crl_require_mode_fails(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The check above is not vacuous: the same validation with no revocation data does not pass."""
    from caseapp.export.sign import sign_pdf
    unsigned = tmp_path / "unsigned.pdf"
    exports.export_case(exported.vault, exported.case.id, unsigned, ExportOptions(signed=False, sections=("plan",)))
    bare = tmp_path / "bare.pdf"
    bare.write_bytes(sign_pdf(unsigned.read_bytes(), signing.active_identity(exported.vault), agency="a", lang="ko"))
    (status,) = _validate_offline(bare, signing.own_root_pem(exported.vault))
    assert not status.bottom_line


# --- revoke-cert ------------------------------------------------------------------------------------------------------

def test_revoking_the_own_certificate_issues_a_new_one_and_later_exports_carry_the_crl(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = tmp_path / "before.pdf"
    exports.export_case(vault, case.id, before, ExportOptions(sections=("plan",)))
    old = signing.active_identity(vault).certificate
    done = signing.revoke_certificate(vault, old.fingerprint(hashes.SHA256()).hex().upper())
    assert done.serial == old.serial_number and done.replaced
    new = signing.active_identity(vault).certificate
    assert new.serial_number != old.serial_number and new.issuer == old.issuer
    # this case file knows the newer CRL: the earlier export is now reported revoked, in words
    report = exports.verify_file(vault, before)
    assert not report.ok and "revoked" in [p.code for p in report.signatures[0].problems]
    after = tmp_path / "after.pdf"
    exports.export_case(vault, case.id, after, ExportOptions(sections=("plan",)))
    root_pem = signing.own_root_pem(vault)
    (status,) = _validate_offline(after, root_pem)
    assert status.bottom_line
    reader = PdfFileReader(after.open("rb"), strict=False)
    crl = x509.load_der_x509_crl(DocumentSecurityStore.read_dss(reader).crls[0].get_object().data)
    assert crl.get_revoked_certificate_by_serial_number(old.serial_number) is not None
    # a partner holding only the root and the new PDF: valid; the old PDF with the new CRL: revoked
    assert exports.verify_file(None, after, [root_pem]).ok
    from caseapp.export.verify import verify_pdf
    stale = verify_pdf(before.read_bytes(), [x509.load_pem_x509_certificate(root_pem)],
                       [crl.public_bytes(serialization.Encoding.DER)], "en")
    assert not stale.ok and "revoked" in stale.signatures[0].problem


def test_revoke_cert_refuses_unknown_and_repeated(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.errors import UserError
    with pytest.raises(UserError):
        signing.revoke_certificate(vault, "not-a-serial")
    serial = str(signing.active_identity(vault).certificate.serial_number)
    signing.revoke_certificate(vault, serial)
    with pytest.raises(UserError, match="already|이미"):
        signing.revoke_certificate(vault, serial)


def test_cli_revoke_cert(exported, cli_data_dir, monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a copy of the shared case file, so the other tests keep their certificate."""
    from caseapp import cli
    copy = tmp_path / "data"
    shutil.copytree(exported.data_dir, copy)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    serial = signing.active_identity(exported.vault).certificate.serial_number
    assert cli.main(["--data-dir", str(copy), "--lang", "en", "revoke-cert", f"0x{serial:x}"]) == 0
    out = capsys.readouterr().out
    assert f"serial {serial}" in out and "new one has been issued" in out
    assert cli.main(["--data-dir", str(copy), "--lang", "en", "revoke-cert", f"0x{serial:x}"]) == 1
    assert "already revoked" in capsys.readouterr().err
    crl_file = tmp_path / "now.crl"
    assert cli.main(["--data-dir", str(copy), "--lang", "en", "export-crl", "-o", str(crl_file)]) == 0
    assert x509.load_pem_x509_crl(crl_file.read_bytes()).get_revoked_certificate_by_serial_number(serial)


# --- co-signature, numbering, verify output ---------------------------------------------------------------------------

def _supervisor_p12(tmp_path: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "이팀장"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "행복종합사회복지관")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now.replace(year=now.year + 1))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path = tmp_path / "supervisor.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"sv", key, cert, None,
                                                           serialization.BestAvailableEncryption(b"pw")))
    (tmp_path / "supervisor.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_supervisor_co_signature_when_configured(vault, case, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from caseapp.errors import UserError
    p12 = _supervisor_p12(tmp_path)
    locked = tmp_path / "locked.pdf"
    exports.export_case(vault, case.id, locked, ExportOptions(sections=("plan",)))
    with pytest.raises(UserError, match="cosign on"):
        exports.cosign_file(locked, tmp_path / "refused.pdf", p12, "pw")
    assert not (tmp_path / "refused.pdf").exists()
    approval.set_supervisor_cosigns(vault, True)
    record = tmp_path / "record.pdf"
    exports.export_case(vault, case.id, record, ExportOptions(sections=("plan",)))
    (first,) = PdfFileReader(record.open("rb"), strict=False).embedded_signatures
    assert first.docmdp_level == MDPPerm.FILL_FORMS
    both = exports.cosign_file(record, tmp_path / "both.pdf", p12, "pw")
    signing.import_trusted_cert(vault, tmp_path / "supervisor.pem")
    report = exports.verify_file(vault, both)
    assert report.ok, [(s.field, s.problem) for s in report.signatures]
    author, supervisor = report.signatures
    assert author.certified and not author.whole_file and author.later_changes_allowed
    assert not supervisor.certified and supervisor.whole_file and "이팀장" in supervisor.signer
    assert author.fingerprint != supervisor.fingerprint
    from caseapp import cli
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    code = cli.main(["--lang", "ko", "verify", str(both)])
    out = capsys.readouterr().out
    from caseapp import paths
    log = paths.data_dir() / "logs" / "caseapp-cli.log"
    assert code == 0, log.read_text() if log.exists() else out
    assert "[서명 1/2]" in out and "[서명 2/2]" in out
    assert author.fingerprint in out and supervisor.fingerprint in out


def test_verify_of_a_tampered_file_prints_words_not_tracebacks(exported, tmp_path: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    data = bytearray(exported.signed.read_bytes())
    (sig,) = PdfFileReader(exported.signed.open("rb"), strict=False).embedded_signatures
    value = sig.signer_info["signature"].native.hex().encode()
    at = bytes(data).lower().index(value) + len(value) // 2
    data[at:at + 2] = b"00" if data[at:at + 2] != b"00" else b"11"  # the RSA signature value no longer checks
    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(bytes(data))
    root = tmp_path / "root.pem"
    root.write_bytes(signing.own_root_pem(exported.vault))
    code = cli.main(["--lang", "en", "verify", str(bad), "--trust", str(root)])
    captured = capfd.readouterr()
    assert code == 1 and "Traceback" not in captured.err + captured.out
    assert "Problem: " in captured.out and "AdES" not in captured.out and "Result: NOT VALID" in captured.out


def test_look_alike_signer_differs_in_fingerprint_and_has_no_anchor(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.export import pki
    from caseapp.export.sign import sign_pdf
    twin, _ = pki.create_local_identity("김사회", "행복종합사회복지관", key_bits=2048)  # same names, other keys
    unsigned = tmp_path / "u.pdf"
    exports.export_case(exported.vault, exported.case.id, unsigned, ExportOptions(signed=False, sections=("plan",)))
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(sign_pdf(unsigned.read_bytes(), twin, agency="행복종합사회복지관", lang="ko"))
    real = exports.verify_file(exported.vault, exported.signed).signatures[0]
    other = exports.verify_file(exported.vault, fake).signatures[0]
    assert other.signer == real.signer and other.fingerprint != real.fingerprint
    assert real.trust_anchor and not other.trust_anchor and [p.code for p in other.problems] == ["untrusted"]


def test_signing_key_is_loaded_once_per_open_case_file(exported, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caseapp.export import sign
    first = signing.signer(exported.vault)
    calls: list[int] = []
    monkeypatch.setattr(sign, "prepare_signer", lambda identity: calls.append(1))
    again = signing.signer(exported.vault)
    assert again.signer is first.signer and not calls  # the parsed key is reused; only the audit anchor is fresh


def test_cli_sign_off_then_cosign(exported, monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from caseapp import cli
    copy = tmp_path / "data"
    shutil.copytree(exported.data_dir, copy)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(copy), "--lang", "en"]
    assert cli.main([*base, "sign-off", "--roles", "담당", "과장", "--cosign", "on"]) == 0
    out = capsys.readouterr().out
    assert "담당 / 과장" in out and "allowed" in out
    record = tmp_path / "r.pdf"
    assert cli.main([*base, "export", exported.case.case_number, "-o", str(record), "--sections", "plan"]) == 0
    capsys.readouterr()
    p12 = _supervisor_p12(tmp_path)
    monkeypatch.setenv("CASEAPP_PKCS12_PASSWORD", "pw")
    both = tmp_path / "both.pdf"
    assert cli.main([*base, "cosign", str(record), "-o", str(both), "--pkcs12", str(p12)]) == 0
    capsys.readouterr()
    assert cli.main([*base, "import-cert", str(tmp_path / "supervisor.pem")]) == 0
    capsys.readouterr()
    assert cli.main([*base, "verify", "--json", str(both)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["certified"] for s in report["signatures"]] == [True, False]
    assert report["signatures"][0]["allowed_changes"] == "form_filling"
    monkeypatch.setenv("CASEAPP_PKCS12_PASSWORD", "wrong")
    assert cli.main([*base, "cosign", str(record), "-o", str(tmp_path / "x.pdf"), "--pkcs12", str(p12)]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_partner_learns_of_a_revocation_from_an_exported_crl(vault, case, monkeypatch, capsys,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    from caseapp import cli
    record = tmp_path / "r.pdf"
    exports.export_case(vault, case.id, record, ExportOptions(sections=("plan",)))
    root = tmp_path / "root.pem"
    root.write_bytes(signing.own_root_pem(vault))
    signing.revoke_certificate(vault, str(signing.active_identity(vault).certificate.serial_number))
    crl = tmp_path / "new.crl"
    crl.write_bytes(signing.crl_pem(vault))
    assert cli.main(["--lang", "en", "verify", str(record), "--trust", str(root)]) == 0  # the PDF's own CRL: fine
    capsys.readouterr()
    assert cli.main(["--lang", "en", "verify", str(record), "--trust", str(root), "--crl", str(crl)]) == 1
    assert "has been revoked" in capsys.readouterr().out
    garbage = tmp_path / "garbage.crl"
    garbage.write_bytes(b"not a crl")
    assert cli.main(["--lang", "en", "verify", str(record), "--trust", str(root), "--crl", str(garbage)]) == 1
    assert "not a certificate revocation list" in capsys.readouterr().err
