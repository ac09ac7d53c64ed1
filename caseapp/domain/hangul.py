"""Pure text helpers for Korean search: syllable decomposition, 초성 (initial consonants) and character bigrams.

Why bigrams: SQLite's FTS5 ``trigram`` tokenizer cannot match a query shorter than three characters, yet most
Korean content words and names are two syllables (주거, 우울, 민수). The search index therefore stores text rewritten
as overlapping character bigrams (see :func:`index_tokens`), so a two-character query is one exact token, a longer
one is a phrase of consecutive bigrams, and a one-character query is a prefix of a token.
"""

from __future__ import annotations

import operator
import re
import unicodedata

SYLLABLE_FIRST, SYLLABLE_LAST = 0xAC00, 0xD7A3
JUNGSUNG_COUNT, JONGSUNG_COUNT = 21, 28

# Compatibility jamo (what a keyboard types), in Unicode's syllable-composition order.
CHOSUNG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNGSUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONGSUNG = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
            "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_CHOSUNG_SET = frozenset(CHOSUNG)


def is_syllable(ch: str) -> bool:
    return len(ch) == 1 and SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def decompose(ch: str) -> tuple[str, str, str]:
    """A precomposed syllable as (초성, 중성, 종성) compatibility jamo; 종성 is "" when there is none.
    Anything that is not a Hangul syllable comes back as (ch, "", "")."""
    if not is_syllable(ch):
        return ch, "", ""
    index = ord(ch) - SYLLABLE_FIRST
    cho, rest = divmod(index, JUNGSUNG_COUNT * JONGSUNG_COUNT)
    jung, jong = divmod(rest, JONGSUNG_COUNT)
    return CHOSUNG[cho], JUNGSUNG[jung], JONGSUNG[jong]


def chosung(text: str) -> str:
    """The initial consonants of the Hangul in ``text`` (김민수 -> ㄱㅁㅅ). Initial-consonant jamo typed as such are
    kept; everything else (Latin, digits, spaces, vowels) is dropped, so the result is what a 초성 query looks like."""
    out = []
    for ch in normalize(text):
        if is_syllable(ch):
            out.append(decompose(ch)[0])
        elif ch in _CHOSUNG_SET:
            out.append(ch)
    return "".join(out)


def is_chosung_query(text: str) -> bool:
    """True when every non-space character is an initial consonant (ㄱㅁㅅ, ㄱㅁ), i.e. the user is typing 초성."""
    letters = [ch for ch in normalize(text) if not ch.isspace()]
    return bool(letters) and all(ch in _CHOSUNG_SET for ch in letters)


def nfc(text: str) -> str:
    """Composed syllables: a name pasted from macOS arrives decomposed (NFD) and would match nothing."""
    return unicodedata.normalize("NFC", text)


def normalize(text: str) -> str:
    """NFC and lower case: text as both the index and queries see it."""
    return unicodedata.normalize("NFC", text).lower()


_RUN = re.compile(r"[^\W_]+")  # \w is str.isalnum() plus "_"; so this is a run of letters and digits


def runs(text: str) -> list[str]:
    """Maximal runs of letters and digits: the units bigrams are made from. Punctuation, spaces and emoji split
    runs and are never indexed (so they can never be searched for, nor break a query)."""
    return _RUN.findall(normalize(text))


def bigrams(run: str) -> list[str]:
    """Overlapping character pairs of one run: 주거지원 -> [주거, 거지, 지원]; a one-character run has none."""
    return [run[i:i + 2] for i in range(len(run) - 1)]


def run_tokens(run: str) -> list[str]:
    """Index tokens for one run: its bigrams followed by its last character alone.

    The trailing single character makes every character of the text the first character of some token, so a
    one-character query is a prefix query (``"집" *``). It also sits between the bigrams of neighbouring runs, and
    as a query phrase holds only bigrams, a phrase can never match across two words ("주거 거지" is not "주거지").
    """
    if not run:
        return []
    return [*bigrams(run), run[-1]]


def index_tokens(text: str) -> str:
    """``text`` rewritten as space-separated tokens for an FTS5 table with the ``unicode61`` tokenizer: the
    :func:`run_tokens` of every run, in order (written with ``map`` because it runs over every note)."""
    return " ".join([" ".join([*map(operator.add, run, run[1:]), run[-1]]) for run in runs(text)])


_NON_DIGIT = re.compile(r"\D")
_NUMBER = re.compile(r"[\d\-. ()+/]*\d[\d\-. ()+/]*")


def digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def looks_like_number(text: str) -> bool:
    """Phone numbers and case numbers: only digits and the separators people type between them, 4+ digits."""
    stripped = text.strip()
    return _NUMBER.fullmatch(stripped) is not None and len(digits(stripped)) >= 4
