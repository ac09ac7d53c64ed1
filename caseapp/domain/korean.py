"""Korean particles (조사) chosen from the sound a word ends in: 종결로, 사후관리로, 김사회가, 2026-9999를, 서울로.

A particle pair is named by either of its forms (``"을"`` or ``"를"``, ``"으로"`` or ``"로"``). What a word ends in:
the 받침 of its last Hangul syllable; a number is read as Korean reads it (1 → 일, 10 → 십, 2026-9999 → …구);
Latin letters as a loanword or letter name is read (PDF → 에프, Excel → 엑셀, app → 앱). Brackets, quotes and
punctuation after the word are skipped (‘종결’을).
"""

from __future__ import annotations

import re

from caseapp.domain.hangul import decompose, is_syllable

# (form after a final consonant, form after a vowel)
PAIRS: tuple[tuple[str, str], ...] = (
    ("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("으로", "로"), ("이나", "나"), ("이라", "라"),
    ("이랑", "랑"), ("아", "야"),
)
_BY_FORM = {form: pair for pair in PAIRS for form in pair}

DIGIT_FINALS = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ", "9": ""}
# 십, 백, 천, 만 … by the number of trailing zeros; a longer run of zeros cycles through 만/억/조 groups.
ZERO_FINALS = ("", "ㅂ", "ㄱ", "ㄴ")
GROUP_FINALS = ("ㄴ", "ㄱ", "")  # 만, 억, 조
# Letter names: L 엘, M 엠, N 엔, R 알 end in a consonant; the others (에이, 비, 씨 …, 에프, 에스) in a vowel.
LETTER_FINALS = {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ", "r": "ㄹ"}
_WORD_END_FINALS = (("ng", "ㅇ"), ("ck", "ㄱ"), ("l", "ㄹ"), ("m", "ㅁ"), ("n", "ㄴ"))
# A stop after a vowel is a 받침 (app 앱, book 북, web 웹); after a consonant it is a syllable of its own (help 헬프,
# desk 데스크).
_STOP_FINALS = {"k": "ㄱ", "p": "ㅂ", "b": "ㅂ"}
_TRAILING_DIGITS = re.compile(r"\d+$")


def _last_sounding(word: str) -> str:
    """``word`` up to its last Hangul syllable, digit or letter (closing quotes, brackets and dots dropped)."""
    end = len(word)
    while end and not (is_syllable(word[end - 1]) or word[end - 1].isalnum()):
        end -= 1
    return word[:end]


def _number_final(digits: str) -> str:
    stripped = digits.rstrip("0")
    if not stripped:
        return DIGIT_FINALS["0"]
    zeros = len(digits) - len(stripped)
    if zeros < 4:
        return DIGIT_FINALS[stripped[-1]] if zeros == 0 else ZERO_FINALS[zeros]
    return GROUP_FINALS[min(zeros // 4 - 1, len(GROUP_FINALS) - 1)]


def _latin_final(word: str) -> str:
    letters = re.sub(r"[^A-Za-z]", "", word)
    if letters.isupper() or len(letters) == 1:  # an abbreviation is read letter by letter
        return LETTER_FINALS.get(letters[-1].lower(), "")
    lower = letters.lower()
    for ending, final in _WORD_END_FINALS:
        if lower.endswith(ending):
            return final
    before = lower.rstrip(lower[-1])  # a doubled stop counts once: app, add
    if lower[-1] in _STOP_FINALS and before and before[-1] in "aeiou":
        return _STOP_FINALS[lower[-1]]
    return ""


def final_consonant(word: str) -> str | None:
    """The 받침 ``word`` is read with ("" after a vowel), or ``None`` if it ends in nothing readable."""
    sounding = _last_sounding(word)
    if not sounding:
        return None
    last = sounding[-1]
    if is_syllable(last):
        return decompose(last)[2]
    if last.isdigit():
        return _number_final(_TRAILING_DIGITS.search(sounding).group())  # type: ignore[union-attr]
    if last.isascii() and last.isalpha():
        return _latin_final(re.split(r"[^A-Za-z]", sounding)[-1])
    return None


def particle(word: str, form: str) -> str:
    """The form of ``form``'s pair that follows ``word``: particle("종결", "으로") == "로"."""
    after_consonant, after_vowel = _BY_FORM[form]
    final = final_consonant(word)
    if final is None:
        return f"{after_consonant}({after_vowel})" if after_consonant != "으로" else "(으)로"
    if after_consonant == "으로":
        return after_vowel if final in ("", "ㄹ") else after_consonant  # ㄹ takes 로: 서울로
    return after_vowel if final == "" else after_consonant


def with_particle(word: str, form: str) -> str:
    """``word`` followed by the right form: with_particle("김사회", "이") == "김사회가"."""
    return word + particle(word, form)


# A placeholder (%1 … %9) in a Korean template followed by a particle form. Longer forms first; a one-syllable form
# counts only when no other syllable follows it (so "%1가구" is not read as the particle 가).
_LONG_FORMS = sorted((f for f in _BY_FORM if len(f) > 1), key=len, reverse=True)
_PLACEHOLDER_PARTICLE = re.compile(
    r"%([1-9])(" + "|".join(_LONG_FORMS) + r"|(?:[" + "".join(f for f in _BY_FORM if len(f) == 1)
    + r"](?![\uac00-\ud7a3])))")


def fill(template: str, *values: str) -> str:
    """Put ``values`` into ``%1``, ``%2`` … of ``template``, fixing a particle written right after a placeholder
    (``"%1으로 진행…"`` with 종결 → ``"종결로 진행…"``). Translators write either form; English text is untouched."""
    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if index >= len(values):
            return match.group(0)
        return with_particle(values[index], match.group(2))
    text = _PLACEHOLDER_PARTICLE.sub(one, template)
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text
