"""Building blocks shared by the migration scripts (tables of versioned entities)."""

import sqlalchemy as sa
from alembic import op


def versioned_columns() -> list[sa.Column]:
    """Identity and version metadata every mergeable table carries (model.base.Versioned)."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.String(64), nullable=False),
        sa.Column("parents", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(24), nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def text_enum(*values: str, name: str) -> sa.Enum:
    """An enum stored as plain text, as model.organisation.enum_column makes it."""
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def create_versioned_table(name: str, *columns, indexed: tuple[str, ...] = ()) -> None:
    """Create a versioned table with its primary key and indexes."""
    op.create_table(name, *columns, *versioned_columns(),
                    sa.PrimaryKeyConstraint("id", name=f"pk_{name}"))
    with op.batch_alter_table(name) as batch:
        for column in ("deleted", *indexed):
            batch.create_index(f"ix_{name}_{column}", [column])


def on_sqlite() -> bool:
    """Whether the migration runs on a SQLite workspace file (not on a server)."""
    return op.get_bind().dialect.name == "sqlite"


def set_schema_version(version: int) -> None:
    """Stamp a workspace file's `PRAGMA user_version`; a server keeps only Alembic's
    own `alembic_version` table."""
    if on_sqlite():
        op.execute(f"PRAGMA user_version = {version}")
