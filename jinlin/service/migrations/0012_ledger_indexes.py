"""The ledger's indexes, for reading a district's month and for writing each credit.

- The (chain, day) index holds what the figures read of each row, so PostgreSQL answers a
  month of credits from the index alone (SQLite makes it a plain index).
- The hash is unique by a constraint: ``unique=True`` gave PostgreSQL a second index of every
  hash, for LIKE searches no one makes.
- The member's rows are found by the (member, created_at) index; the member's own index goes.
- A day's sums are found by the unique (community, day); the community's own index goes.
- On PostgreSQL the ledger is vacuumed after every few thousand appends, not after a fifth of
  its size, so that its newest rows (a district's month) are marked visible and read from the
  index without visiting the table.
"""

import django.db.models.deletion
from django.db import migrations, models

VACUUM_SOON = (
    "ALTER TABLE service_servicerecord SET "
    "(autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0.002)"
)
VACUUM_AS_DEFAULT = (
    "ALTER TABLE service_servicerecord RESET "
    "(autovacuum_vacuum_insert_threshold, autovacuum_vacuum_insert_scale_factor)"
)


def vacuum_soon(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(VACUUM_SOON, params=None)


def vacuum_as_default(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(VACUUM_AS_DEFAULT, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0009_elder_mode"),
        ("needs", "0003_calendar_feed_and_messages"),
        ("organizations", "0003_certificate_paper"),
        ("service", "0011_ledger_chain_day"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="servicerecord",
            index=models.Index(
                fields=["chain", "activity_date"],
                include=("id", "member", "need", "hours", "kind", "reverses"),
                name="ledger_chain_day_covering",
            ),
        ),
        migrations.RemoveIndex(model_name="servicerecord", name="ledger_chain_day"),
        migrations.AlterField(
            model_name="servicerecord",
            name="hash",
            field=models.CharField(editable=False, max_length=64),
        ),
        migrations.AddConstraint(
            model_name="servicerecord",
            constraint=models.UniqueConstraint(fields=("hash",), name="ledger_hash_unique"),
        ),
        migrations.AlterField(
            model_name="servicerecord",
            name="member",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="service_records",
                to="members.member",
                verbose_name="member",
            ),
        ),
        migrations.AlterField(
            model_name="ledgerday",
            name="community",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="organizations.organization",
            ),
        ),
        migrations.RunPython(vacuum_soon, vacuum_as_default),
    ]
