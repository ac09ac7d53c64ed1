"""Anchoring the audit trail outside the case file.

The trail is a hash chain whose head is stored in the file, so someone holding the passphrase can edit a row and
recompute every hash after it: inside the file nothing betrays the rewrite. What they cannot rewrite is a copy of an
earlier head held elsewhere. Every signed PDF carries the head at the time it was signed (in its signed revision,
:data:`caseapp.export.sign.ANCHOR_KEY`), and monthly checkpoints of the head are written, signed, beside the backups
(:mod:`caseapp.services.checkpoints`). ``caseapp check --against FILE.pdf`` and ``check`` itself compare them with the
current trail: the row with that number must still have that hash.

An anchor reads ``caseapp-audit/1 seq=358 head=<64 hex> root=<64 hex>``; ``root`` is the hash of row 1, which tells
"a rewrite of this file's history" apart from "a PDF from another case file".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlmodel import Session

from caseapp.services import audit

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

FORMAT = "caseapp-audit/1"
_PATTERN = re.compile(rf"^{re.escape(FORMAT)} seq=(\d+) head=([0-9a-f]{{64}}) root=([0-9a-f]{{64}})$")


@dataclass(frozen=True)
class Anchor:
    seq: int
    head: str
    root: str

    def text(self) -> str:
        return f"{FORMAT} seq={self.seq} head={self.head} root={self.root}"

    @classmethod
    def parse(cls, text: str) -> "Anchor | None":
        match = _PATTERN.match(text.strip())
        return cls(int(match.group(1)), match.group(2), match.group(3)) if match else None


def current_in(session: Session) -> Anchor:
    seq, digest = audit.head(session)
    root = audit.hash_at(session, 1) or audit.GENESIS
    return Anchor(seq, digest, root)


def current(vault: "Vault") -> Anchor:
    with vault.session() as s:
        return current_in(s)


@dataclass(frozen=True)
class Comparison:
    """How an anchor held elsewhere relates to the trail now in the file."""

    status: str  # "contained", "rewritten", "truncated", "other_file"
    anchor: Anchor
    ko: str
    en: str

    @property
    def ok(self) -> bool:
        return self.status == "contained"


def compare(vault: "Vault", anchor: Anchor) -> Comparison:
    with vault.session() as s:
        root_now = audit.hash_at(s, 1) or audit.GENESIS
        at_seq = audit.hash_at(s, anchor.seq) if anchor.seq > 0 else audit.GENESIS
        newest, _ = audit.head(s)
    n = anchor.seq
    if anchor.root != root_now and at_seq != anchor.head:
        return Comparison("other_file", anchor,
                          f"이 기준점(감사기록 №{n})은 이 사례 파일의 감사기록과 처음부터 다릅니다: 다른 사례 파일에서 나왔거나, "
                          "감사기록 전체가 다시 쓰였습니다.",
                          f"This anchor (audit row №{n}) differs from this case file's trail from the very first row: "
                          "it comes from another case file, or the whole trail was rewritten.")
    if at_seq is None:
        return Comparison("truncated", anchor,
                          f"감사기록이 №{newest}에서 끝나는데 기준점은 №{n}입니다: 그 뒤의 기록이 삭제되었거나 더 오래된 "
                          "파일로 되돌려졌습니다.",
                          f"The audit trail ends at №{newest} but the anchor is №{n}: later rows were deleted or the "
                          "file was put back to an older copy.")
    if at_seq != anchor.head:
        return Comparison("rewritten", anchor,
                          f"감사기록 №{n}까지의 내용이 기준점을 만든 뒤에 다시 쓰였습니다(해시 불일치).",
                          f"The audit trail up to №{n} was rewritten after this anchor was made (hash mismatch).")
    return Comparison("contained", anchor, f"감사기록이 기준점 №{n}을 그대로 포함합니다.",
                      f"The audit trail still contains anchor №{n} unchanged.")


def predates_restore(made_at: datetime | None, restored: datetime | None) -> bool:
    """Whether an anchor made at ``made_at`` (a PDF's signing time, a checkpoint's writing time) predates the newest
    restore: the restored trail may then lack it, which is expected, not tampering. Naive times are UTC."""
    return made_at is not None and restored is not None and as_utc(made_at) <= restored


def as_utc(at: datetime) -> datetime:
    """The database keeps naive UTC times; signatures and checkpoint files carry aware ones."""
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)
