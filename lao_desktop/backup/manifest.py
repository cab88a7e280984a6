"""What a backup file holds, described by its manifest.

A backup is a ZIP archive (stored, not compressed: zlib ran at ~10 MB/s, RELIABILITY.md) with
exactly two entries: the database (``database.sqlite``, or ``database.sqlite.enc`` when
encrypted) and ``manifest.json``, written after it because it carries the database's SHA-256.
An IT person can open an unencrypted backup with any ZIP tool and the database inside with any
SQLite tool.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from lao_desktop.errors import BackupError
from lao_desktop.i18n import _

FORMAT = "lao-desktop-backup"
FORMAT_VERSION = 1
EXTENSION = ".laobackup"
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "database.sqlite"
ENCRYPTED_NAME = "database.sqlite.enc"


@dataclass(frozen=True)
class Encryption:
    """How the database entry was encrypted; every value a text (base64 for bytes)."""

    scheme: str  # "cobblestone-128": chunked, authenticated AES-GCM stream
    kdf: dict[str, Any]  # Argon2id parameters and salt for the passphrase
    passphrase_wrap: str  # the data key, encrypted with the passphrase's key
    recovery_key_id: str | None = None  # which printed recovery key also opens it
    recovery_wrap: dict[str, str] | None = None  # the data key for the recovery key


@dataclass(frozen=True)
class Manifest:
    backup_id: str
    created_at: str  # ISO 8601 with zone
    program_version: str
    schema_revision: str
    source: str  # "sqlite" or "postgresql": where the data came from
    office_name: str
    office_code: str
    counts: dict[str, int]  # rows per table
    attachments: int
    attachment_bytes: int
    audit_entries: int
    audit_head: str | None  # hash of the newest audit entry: a cut-off trail is caught
    database_size: int
    database_sha256: str
    payload_name: str
    payload_size: int
    payload_sha256: str  # of the entry's bytes as stored (the ciphertext when encrypted)
    encryption: Encryption | None = None
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not our manifest")
            if int(raw["format_version"]) > FORMAT_VERSION:
                raise BackupError(
                    _(
                        "This backup was made by a newer version of the program (backup format "
                        "{version}). Install the newer version to restore it."
                    ).format(version=raw["format_version"])
                )
            encryption = raw.pop("encryption", None)
            manifest = cls(
                **raw, encryption=Encryption(**encryption) if encryption is not None else None
            )
            manifest.created  # noqa: B018  (a date that does not parse is refused here)
            if not all(isinstance(n, int) for n in manifest.counts.values()):
                raise ValueError("counts")
        except BackupError:
            raise
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
            raise BackupError(
                _("The backup's description (manifest) is damaged ({detail}).").format(
                    detail=type(error).__name__
                )
            ) from error
        return manifest
