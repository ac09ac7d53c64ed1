"""What signing adds to an export, with the signer prepared once (as ``services.signing.signer`` does).

    python3 tests/benchmarks/bench_signing.py [--runs 20] [--bits 3072]

Prints wall-clock and CPU milliseconds per signature, invisible and with the visible stamp, plus what preparing
the signer costs once. Not collected by pytest (see pyproject ``--ignore``); it asserts nothing, it prints.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def measure(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--bits", type=int, default=3072)
    args = parser.parse_args()
    from reportlab.pdfgen import canvas

    from caseapp.export import pki
    from caseapp.export.pdfa import to_pdfa
    from caseapp.export.sign import ValidationData, prepare_signer, sign_pdf
    import io
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(10):
        c.drawString(72, 720, "caseapp")
        c.showPage()
    c.save()
    pdf = to_pdfa(buf.getvalue(), "ko")
    ca, identity = pki.create_local_ca_identity("김사회", "행복복지관", key_bits=args.bits)
    crl = pki.issue_crl(ca, [], 1)
    from cryptography.hazmat.primitives.serialization import Encoding
    data = ValidationData(crls=(crl.public_bytes(Encoding.DER),))
    start = time.perf_counter()
    signer = prepare_signer(identity)
    print(f"prepare signer once: {(time.perf_counter() - start) * 1000:.1f} ms")
    sign_pdf(pdf, signer, agency="행복복지관", lang="ko", validation=data)  # warm-up (fonts, imports)
    for visible in (False, True):
        wall, cpu = measure(lambda: sign_pdf(pdf, signer, agency="행복복지관", lang="ko", visible=visible,
                                             validation=data), args.runs)
        print(f"sign ({'visible stamp' if visible else 'invisible'}): {wall:.1f} ms wall, {cpu:.1f} ms CPU (median)")


if __name__ == "__main__":
    main()
