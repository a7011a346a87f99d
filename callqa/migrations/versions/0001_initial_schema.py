"""initial schema: runs, lock, recordings, transcripts, analyses and their children, failures

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 05:41:45.581507
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('batch_lock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('host', sa.String(length=255), nullable=False),
    sa.Column('acquired_at', sa.DateTime(), nullable=False),
    sa.Column('heartbeat', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('host', sa.String(length=255), nullable=False),
    sa.Column('heartbeat', sa.DateTime(), nullable=False),
    sa.Column('recordings_dir', sa.Text(), nullable=True),
    sa.Column('files_seen', sa.Integer(), nullable=False),
    sa.Column('files_new', sa.Integer(), nullable=False),
    sa.Column('files_skipped', sa.Integer(), nullable=False),
    sa.Column('files_failed', sa.Integer(), nullable=False),
    sa.Column('transcribed', sa.Integer(), nullable=False),
    sa.Column('analysed', sa.Integer(), nullable=False),
    sa.Column('audio_seconds', sa.Float(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('stage', sa.String(length=32), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('path', 'sha256', name='uq_failure_key')
    )
    op.create_table('recordings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('call_id', sa.String(length=255), nullable=False),
    sa.Column('operator', sa.String(length=255), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('script', sa.String(length=255), nullable=True),
    sa.Column('client_segment', sa.String(length=16), nullable=True),
    sa.Column('crm_outcome', sa.String(length=64), nullable=True),
    sa.Column('operator_channel', sa.String(length=8), nullable=False),
    sa.Column('client_id', sa.String(length=255), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('duration', sa.Float(), nullable=True),
    sa.Column('first_run_id', sa.Integer(), nullable=True),
    sa.Column('last_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['first_run_id'], ['runs.id'], ),
    sa.ForeignKeyConstraint(['last_run_id'], ['runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recordings_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recordings_operator'), ['operator'], unique=False)
        batch_op.create_index(batch_op.f('ix_recordings_started_at'), ['started_at'], unique=False)

    op.create_table('transcripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('audio_sha256', sa.String(length=64), nullable=False),
    sa.Column('model', sa.String(length=255), nullable=False),
    sa.Column('options_key', sa.String(length=32), nullable=False),
    sa.Column('options', sa.JSON(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('duration', sa.Float(), nullable=False),
    sa.Column('utterances', sa.JSON(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('audio_sha256', 'model', 'options_key', name='uq_transcript_key')
    )
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcripts_recording_id'), ['recording_id'], unique=False)

    op.create_table('analyses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('recording_id', sa.Integer(), nullable=False),
    sa.Column('script_id', sa.String(length=255), nullable=False),
    sa.Column('script_version', sa.Integer(), nullable=False),
    sa.Column('options_key', sa.String(length=32), nullable=False),
    sa.Column('options', sa.JSON(), nullable=True),
    sa.Column('call_id', sa.String(length=255), nullable=False),
    sa.Column('outcome', sa.String(length=64), nullable=False),
    sa.Column('crm_outcome', sa.String(length=64), nullable=True),
    sa.Column('furthest_stage', sa.String(length=255), nullable=True),
    sa.Column('stalled_at', sa.String(length=255), nullable=True),
    sa.Column('adherence', sa.Float(), nullable=True),
    sa.Column('talk', sa.JSON(), nullable=True),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['recording_id'], ['recordings.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcripts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('transcript_id', 'script_id', 'script_version', 'options_key', name='uq_analysis_key')
    )
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_analyses_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_analyses_recording_id'), ['recording_id'], unique=False)
        batch_op.create_index('ix_analyses_script', ['script_id', 'script_version'], unique=False)

    op.create_table('flags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('analysis_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=255), nullable=False),
    sa.Column('start', sa.Float(), nullable=False),
    sa.Column('end', sa.Float(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['analysis_id'], ['analyses.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flags_analysis_id'), ['analysis_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flags_rule'), ['rule'], unique=False)

    op.create_table('objections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('analysis_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('cls', sa.String(length=255), nullable=False),
    sa.Column('start', sa.Float(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['analysis_id'], ['analyses.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objections_analysis_id'), ['analysis_id'], unique=False)

    op.create_table('stage_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('analysis_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.String(length=255), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('start', sa.Float(), nullable=True),
    sa.Column('end', sa.Float(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['analysis_id'], ['analyses.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('analysis_id', 'stage_id', name='uq_stage_result')
    )
    with op.batch_alter_table('stage_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_results_analysis_id'), ['analysis_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stage_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_results_analysis_id'))

    op.drop_table('stage_results')
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objections_analysis_id'))

    op.drop_table('objections')
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flags_rule'))
        batch_op.drop_index(batch_op.f('ix_flags_analysis_id'))

    op.drop_table('flags')
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.drop_index('ix_analyses_script')
        batch_op.drop_index(batch_op.f('ix_analyses_recording_id'))
        batch_op.drop_index(batch_op.f('ix_analyses_call_id'))

    op.drop_table('analyses')
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transcripts_recording_id'))

    op.drop_table('transcripts')
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recordings_started_at'))
        batch_op.drop_index(batch_op.f('ix_recordings_operator'))
        batch_op.drop_index(batch_op.f('ix_recordings_call_id'))

    op.drop_table('recordings')
    op.drop_table('failures')
    op.drop_table('runs')
    op.drop_table('batch_lock')
