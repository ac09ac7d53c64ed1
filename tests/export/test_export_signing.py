"""Signatures: valid in pyHanko and poppler's pdfsig, broken by one flipped byte or an appended update, trust."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.generic import NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from caseapp.export import pki
from caseapp.export.options import ExportOptions
from caseapp.export.sign import sign_pdf
from caseapp.export.verify import verify_pdf
from caseapp.services import exports, signing
from export_builders import requires_poppler

PASSPHRASE = "테스트 암호 correct-horse"


def pdfsig(path: Path) -> str:
    # pdfsig exits 0 even for a broken signature: the verdict is only in its text.
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.stdout + result.stderr


def test_local_identity_made_at_init(vault) -> None:  # type: ignore[no-untyped-def]
    identity = signing.active_identity(vault)
    cert = identity.certificate
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment  # content_commitment = nonRepudiation
    assert cert.signature_hash_algorithm.name == "sha256"
    assert cert.public_key().key_size >= 2048
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "김사회"
    root = x509.load_pem_x509_certificate(signing.own_root_pem(vault))
    assert cert.issuer == root.subject
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    cert.verify_directly_issued_by(root)


def test_signed_export_verifies(exported) -> None:  # type: ignore[no-untyped-def]
    report = exports.verify_file(exported.vault, exported.signed)
    assert report.ok
    (sig,) = report.signatures
    assert sig.intact and sig.whole_file and sig.trusted
    assert "김사회" in sig.signer
    assert sig.signed_at is not None and abs((datetime.now(timezone.utc) - sig.signed_at).total_seconds()) < 3600


@requires_poppler
def test_pdfsig_reports_valid_pades(exported) -> None:  # type: ignore[no-untyped-def]
    out = pdfsig(exported.signed)
    assert "Signature is Valid." in out
    assert "ETSI.CAdES.detached" in out
    assert "Total document signed" in out
    assert "김사회" in out


def test_stamp_is_on_the_last_page_with_embedded_font(exported) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader
    reader = PdfFileReader(exported.signed.open("rb"), strict=False)
    sig_field = next(iter(reader.embedded_signatures)).sig_field
    page = sig_field.raw_get("/P")
    kids = reader.root["/Pages"]["/Kids"]
    last = kids.raw_get(len(kids) - 1)
    assert page.idnum == last.idnum
    rect = [float(v) for v in sig_field["/Rect"]]
    assert rect[2] - rect[0] > 100 and rect[3] - rect[1] > 50  # visible
    from test_export_record import assert_all_fonts_embedded  # the stamp's appearance fonts included
    assert_all_fonts_embedded(exported.signed)


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1:]


@requires_poppler
def test_one_flipped_byte_breaks_verification(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = exported.signed.read_bytes()
    # a byte inside a page content stream (signed range 1), not the signature itself
    offset = data.index(b"stream\n", len(data) // 4) + 40
    tampered = tmp_path / "flipped.pdf"
    tampered.write_bytes(_flip(data, offset))
    report = exports.verify_file(exported.vault, tampered)
    assert not report.ok
    assert all(not s.intact for s in report.signatures) or report.error
    assert "Signature is Valid." not in pdfsig(tampered)


def test_flipped_byte_in_info_text_breaks_verification(exported) -> None:  # type: ignore[no-untyped-def]
    data = exported.signed.read_bytes()
    offset = data.index(b"/Creator")
    report = verify_pdf(_flip(data, offset + 10), signing.trusted_roots(exported.vault))
    assert not report.ok


@requires_poppler
def test_appended_incremental_update_breaks_verification(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    writer = IncrementalPdfFileWriter(io.BytesIO(exported.signed.read_bytes()), strict=False)
    writer.root[NameObject("/Lang")] = TextStringObject("en-GB")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    tampered = tmp_path / "appended.pdf"
    tampered.write_bytes(out.getvalue())
    report = exports.verify_file(exported.vault, tampered)
    assert not report.ok
    assert not report.signatures[0].whole_file
    assert "Total document signed" not in pdfsig(tampered)


def test_cli_verify_exit_codes(exported, cli_data_dir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert cli.main([*cli_data_dir, "--lang", "en", "verify", str(exported.signed)]) == 0
    out = capsys.readouterr().out
    assert "Signer: 김사회" in out and "Intact: yes" in out and "Trusted: yes" in out and "whole file: yes" in out
    data = exported.signed.read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data + b"\n%garbage appended\n")
    assert cli.main([*cli_data_dir, "--lang", "en", "verify", str(bad)]) == 1
    assert "NOT VALID" in capsys.readouterr().out


def test_verify_without_case_file_using_exported_root(exported, cli_data_dir, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    root = tmp_path / "root.pem"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert cli.main([*cli_data_dir, "export-cert", "-o", str(root)]) == 0
    monkeypatch.delenv("CASEAPP_PASSPHRASE")
    from caseapp import paths
    paths.set_data_dir(tmp_path / "elsewhere")  # a partner's machine: no case file, no passphrase
    assert cli.main(["verify", str(exported.signed), "--trust", str(root)]) == 0
    other, _ = pki.create_local_identity("남", "다른기관", key_bits=2048)
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(other.chain_pem)
    assert cli.main(["verify", str(exported.signed), "--trust", str(stranger)]) == 1


def test_untrusted_signer_then_imported_partner_root(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    partner, partner_root = pki.create_local_identity("박협력", "이웃복지관", key_bits=2048)
    signed = sign_pdf(_unsigned_pdf(exported, tmp_path), partner,
                      agency="이웃복지관", lang="ko")
    path = tmp_path / "partner.pdf"
    path.write_bytes(signed)
    report = exports.verify_file(exported.vault, path)
    assert report.signatures[0].intact and not report.signatures[0].trusted and not report.ok
    root_file = tmp_path / "partner-root.pem"
    root_file.write_bytes(partner_root)
    signing.import_trusted_cert(exported.vault, root_file)
    assert exports.verify_file(exported.vault, path).ok


def test_a_prepared_signer_signs_again_and_names_its_certificate_as_pades_asks(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The signer's signed attributes and the stamp are made once and reused: every signature made with them
    verifies, and each carries exactly PAdES's signed attributes, the signing-certificate-v2 one naming (by hash)
    the certificate that signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    unsigned = _unsigned_pdf(exported, tmp_path)
    prepared = signing.signer(exported.vault)
    roots = signing.trusted_roots(exported.vault)
    for visible in (True, True, False):
        signed = sign_pdf(unsigned, prepared, agency="행복종합사회복지관", lang="ko", visible=visible,
                          validation=signing.validation_data(exported.vault))
        assert verify_pdf(signed, roots).ok
        (embedded,) = PdfFileReader(io.BytesIO(signed), strict=False).embedded_signatures
        attrs = {a["type"].native: a["values"][0] for a in embedded.signer_info["signed_attrs"]}
        assert set(attrs) == {"content_type", "message_digest", "signing_certificate_v2"}
        named = attrs["signing_certificate_v2"]["certs"][0]["cert_hash"].native
        assert named == embedded.signer_cert.sha256 == prepared.certs[0].sha256


def _unsigned_pdf(exported, tmp_path: Path) -> bytes:  # type: ignore[no-untyped-def]
    out = tmp_path / "unsigned.pdf"
    exports.export_case(exported.vault, exported.case.id, out, ExportOptions(signed=False, sections=("plan",)))
    return out.read_bytes()


@requires_poppler
def test_invisible_signature_option(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "invisible.pdf"
    exports.export_case(exported.vault, exported.case.id, out,
                        ExportOptions(visible_signature=False, sections=("intake",)))
    assert exports.verify_file(exported.vault, out).ok
    assert "Signature is Valid." in pdfsig(out)
    from pyhanko.pdf_utils.reader import PdfFileReader
    sig_field = next(iter(PdfFileReader(out.open("rb"), strict=False).embedded_signatures)).sig_field
    rect = [float(v) for v in sig_field.get("/Rect", [0, 0, 0, 0])]
    assert rect[2] - rect[0] == 0 and rect[3] - rect[1] == 0


def test_unsigned_export_has_no_signature(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plain.pdf"
    exports.export_case(exported.vault, exported.case.id, out, ExportOptions(signed=False, sections=("plan",)))
    report = exports.verify_file(exported.vault, out)
    assert not report.ok and not report.signatures


# --- PKCS#12 ------------------------------------------------------------------------------------------------------

def _pkcs12(tmp_path: Path, password: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "기관 서명"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "희망재단")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now).not_valid_after(now.replace(year=now.year + 2))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path = tmp_path / "org.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"org", key, cert, None,
                                                           serialization.BestAvailableEncryption(password)))
    return path


def test_wrong_pkcs12_password_is_a_clear_error(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _pkcs12(tmp_path, b"right-password")
    before = signing.active_identity(vault).cert_pem
    with pytest.raises(pki.CertificateError) as info:
        signing.import_pkcs12(vault, path, "wrong-password")
    assert "암호가 틀렸거나" in info.value.ko and "password is wrong" in info.value.en
    assert signing.active_identity(vault).cert_pem == before  # nothing changed


def test_pkcs12_identity_signs_and_is_trusted(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _pkcs12(tmp_path, b"right-password")
    cert = signing.import_pkcs12(vault, path, "right-password")
    assert pki.subject_text(cert).startswith("기관 서명")
    out = tmp_path / "org-signed.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(sections=("intake",)))
    report = exports.verify_file(vault, out)
    assert report.ok and "기관 서명" in report.signatures[0].signer


def test_cli_import_pkcs12_wrong_password(vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    path = _pkcs12(tmp_path, b"right-password")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEAPP_PKCS12_PASSWORD", "nope")
    assert cli.main(["--lang", "en", "import-pkcs12", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "password is wrong" in err and "Traceback" not in err
    monkeypatch.setenv("CASEAPP_PKCS12_PASSWORD", "right-password")
    assert cli.main(["import-pkcs12", str(path)]) == 0


def test_import_cert_rejects_garbage(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(pki.CertificateError):
        signing.import_trusted_cert(vault, junk)
    with pytest.raises(pki.CertificateError):
        signing.import_trusted_cert(vault, tmp_path / "missing.pem")

