"""crm_events: CRM facts (meetings, invoices, payments) for `callqa import-crm`

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 05:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crm_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('natural_key', sa.String(length=64), nullable=False),
    sa.Column('operator', sa.String(length=255), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.Column('call_id', sa.String(length=255), nullable=True),
    sa.Column('client_id', sa.String(length=255), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('natural_key')
    )
    with op.batch_alter_table('crm_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crm_events_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crm_events_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crm_events_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_crm_events_operator'), ['operator'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('crm_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crm_events_operator'))
        batch_op.drop_index(batch_op.f('ix_crm_events_date'))
        batch_op.drop_index(batch_op.f('ix_crm_events_client_id'))
        batch_op.drop_index(batch_op.f('ix_crm_events_call_id'))

    op.drop_table('crm_events')
