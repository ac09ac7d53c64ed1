"""Errors a user can fix, with a message in Korean and English.

Anything that is *not* a ``UserError`` is a bug: the CLI and GUI log it with a traceback. A ``UserError`` is shown
as one clear line (CLI: on stderr, with ``exit_code``) and never as a traceback.
"""

from __future__ import annotations

from caseapp import i18n_text


class UserError(Exception):
    """A problem the user can understand and act on."""

    exit_code = 1

    def __init__(self, ko: str, en: str, *, exit_code: int | None = None) -> None:
        super().__init__(en)
        self.ko = ko
        self.en = en
        if exit_code is not None:
            self.exit_code = exit_code

    def message(self, lang: str | None = None) -> str:
        return self.ko if (lang or i18n_text.current_language()) == "ko" else self.en

    def __str__(self) -> str:
        return self.message()

    def message_pair(self) -> tuple[str, str]:
        return self.ko, self.en


class WrongPassphrase(UserError):
    exit_code = 2

    def __init__(self, ko: str = "암호가 올바르지 않습니다. 파일은 변경되지 않았습니다.",
                 en: str = "Wrong passphrase. The case file was not changed.") -> None:
        super().__init__(ko, en)


class TooManyAttempts(UserError):
    exit_code = 2


class NotInitialised(UserError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "사례 파일이 없습니다. 먼저 'caseapp init'으로 만드세요.",
            "No case file here yet. Create one first with 'caseapp init'.",
        )


class AlreadyInitialised(UserError):
    def __init__(self) -> None:
        super().__init__(
            "이 데이터 폴더에는 이미 사례 파일이 있습니다.",
            "This data folder already holds a case file.",
        )


class NewerSchema(UserError):
    exit_code = 4


class CorruptDatabase(UserError):
    exit_code = 5


class NotFound(UserError):
    pass


class ValidationError(UserError):
    """Input rejected with a message naming the field; nothing was saved."""


class LockedEntry(UserError):
    def __init__(self) -> None:
        super().__init__(
            "서명·잠금된 기록은 수정하거나 삭제할 수 없습니다. 추가기록(addendum)을 작성하세요.",
            "A signed and locked entry cannot be edited or deleted. Write an addendum instead.",
        )


class StorageUnavailable(UserError):
    """Disk full, read-only or missing folder: the caller keeps what was typed and retries later."""


class AlreadyRunning(UserError):
    exit_code = 6


class Notice(UserError):
    """Not an error: something the user must know after the file opened (shown once per open; ``check`` too)."""

    def __init__(self, code: str, ko: str, en: str, *, severity: str = "warning") -> None:
        super().__init__(ko, en)
        self.code = code
        self.severity = severity
