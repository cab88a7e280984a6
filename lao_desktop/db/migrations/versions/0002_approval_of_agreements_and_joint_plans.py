"""The executive's approval of agreements and joint plans: who approved, and when.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 10:16:07.761561

Two nullable columns per table: on SQLite, batch mode adds them with ALTER TABLE (no copy of
the table); no data to move, every existing record starts unapproved.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import lao_desktop.db.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("agreements", "joint_plans")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "approved_at",
                    lao_desktop.db.types.UTCDateTime(timezone=True),
                    nullable=True,
                )
            )
            batch_op.add_column(sa.Column("approved_by", sa.Uuid(), nullable=True))


def downgrade() -> None:
    # Copying the table (batch mode's way on SQLite) would drop a table that others point
    # to, which the foreign keys refuse; SQLite drops a column itself since 3.35.
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.drop_column("approved_by")
            batch_op.drop_column("approved_at")
