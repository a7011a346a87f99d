"""transcripts.redacted, analyses.redacted: what the store_transcripts = redacted policy has done

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 08:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redacted', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redacted', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.drop_column('redacted')
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.drop_column('redacted')
