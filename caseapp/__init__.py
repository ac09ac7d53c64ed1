"""caseapp — offline case management (사례관리) for social workers."""

__version__ = "0.1.0"
