"""What signing adds to an export, with the signer prepared once (as ``services.signing.signer`` does).

    python3 tests/benchmarks/bench_signing.py [--runs 20] [--bits 3072]

Signs a 10-page PDF/A and prints CPU and wall milliseconds per signature (min/median, runs interleaved so all
see the same load) for: the RSA signature alone (the floor), pyHanko used as its documentation shows (a
``SimpleSigner`` made once, pyHanko's default PAdES attributes, the same stamp and validation data), and caseapp's
prepared signer, invisible and with the visible stamp; then the ratios to the floor and to plain pyHanko. Not
collected by pytest (see pyproject ``--ignore``); it asserts nothing, it prints.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000


def mm(values: list[float]) -> str:
    return f"{min(values):.1f}/{statistics.median(values):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--bits", type=int, default=3072)
    args = parser.parse_args()
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
    from pyhanko.sign import signers
    from reportlab.pdfgen import canvas

    from caseapp.export import pki
    from caseapp.export.pdfa import to_pdfa
    from caseapp.export.sign import PreparedSigner, ValidationData, prepare_signer, sign_pdf
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(10):
        c.drawString(72, 720, "caseapp")
        c.showPage()
    c.save()
    pdf = to_pdfa(buf.getvalue(), "ko")
    ca, identity = pki.create_local_ca_identity("김사회", "행복복지관", key_bits=args.bits)
    data = ValidationData(crls=(pki.issue_crl(ca, [], 1).public_bytes(Encoding.DER),))
    start = time.perf_counter()
    ours = prepare_signer(identity)
    print(f"prepare signer once: {(time.perf_counter() - start) * 1000:.1f} ms")
    # pyHanko as documented: SimpleSigner.load-style key and certificates, its default signed attributes.
    plain = PreparedSigner(identity, signers.SimpleSigner(
        signing_cert=ours.certs[0], signing_key=ours.signer.signing_key, cert_registry=ours.signer.cert_registry),
        ours.certs)
    key = load_pem_private_key(identity.key_pem, password=None, unsafe_skip_rsa_key_validation=True)
    cases: dict[str, Callable[[], object]] = {
        "RSA signature alone (floor)": lambda: key.sign(b"x" * 32, padding.PKCS1v15(), hashes.SHA256()),
        "plain pyHanko, visible stamp": lambda: sign_pdf(pdf, plain, agency="행복복지관", lang="ko",
                                                         validation=data),
        "caseapp, invisible": lambda: sign_pdf(pdf, ours, agency="행복복지관", lang="ko", visible=False,
                                               validation=data),
        "caseapp, visible stamp": lambda: sign_pdf(pdf, ours, agency="행복복지관", lang="ko", validation=data),
    }
    for fn in cases.values():  # warm-up (fonts, imports, the stamp)
        fn()
    walls: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, fn in cases.items():
            wall, cpu = timed(fn)
            walls[name].append(wall)
            cpus[name].append(cpu)
    floor, plain_cpu = statistics.median(cpus["RSA signature alone (floor)"]), statistics.median(
        cpus["plain pyHanko, visible stamp"])
    print(f"{args.runs} runs each, interleaved; ms min/median")
    for name in cases:
        cpu = statistics.median(cpus[name])
        print(f"  {name:30s} CPU {mm(cpus[name]):>11s}  wall {mm(walls[name]):>11s}  "
              f"{cpu / floor:5.1f}× the floor  {cpu / plain_cpu:4.2f}× plain pyHanko")


if __name__ == "__main__":
    main()
