"""The SQLite settings every connection gets (see RELIABILITY.md for why each one)."""

SQLITE_PRAGMAS = [
    "PRAGMA journal_mode=WAL",
    # FULL: in a simulated power cut WAL+NORMAL lost acknowledged commits, FULL lost none
    # (tests/db/test_power_loss.py shows it).
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    # Deleted personal data must not stay readable in the file or in its backups.
    "PRAGMA secure_delete=ON",
]

# Marks the file as ours ("LAON"), checked before a restore.
APPLICATION_ID = 0x4C414F4E
