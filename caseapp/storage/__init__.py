"""SQLModel tables, the SQLCipher engine, key handling, migrations and repositories."""
