"""The ledger writes three index entries fewer for every credit, at its insert and again at its
seal: one unique index on the claim serves both the rule (a claim is credited once; only credits
name a claim) and a claim's lookups, and nothing reads rows by their recorder or by the time
alone (their indexes are dropped). The new rules are in place before the old one goes.

On PostgreSQL the ledger stays open while this runs (``jinlin.core.online_schema``): on a
city's ledger, Django's own operations would hold every credit while the unique index is
built, and every read while the check is validated.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from jinlin.core import online_schema as online


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ('members', '0010_units_confirmed_index'),
        ('needs', '0007_claim_need_closed'),
        ('service', '0013_ledger_sealed_in_batches'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [online.Online(model_name='servicerecord', operations=[
        migrations.AddConstraint(
            model_name='servicerecord',
            constraint=models.UniqueConstraint(fields=('claim',), name='ledger_one_row_per_claim'),
        ),
        migrations.AddConstraint(
            model_name='servicerecord',
            constraint=models.CheckConstraint(condition=models.Q(('claim__isnull', True), ('kind', 'credit'), _connector='OR'), name='ledger_only_credits_name_a_claim'),
        ),
        migrations.RemoveConstraint(
            model_name='servicerecord',
            name='ledger_one_credit_per_claim',
        ),
        migrations.RemoveIndex(
            model_name='servicerecord',
            name='ledger_created_at',
        ),
        migrations.AlterField(
            model_name='servicerecord',
            name='claim',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='service_records', to='needs.claim'),
        ),
        migrations.AlterField(
            model_name='servicerecord',
            name='recorded_by',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
    ], forwards=[
        online.Unique('ledger_one_row_per_claim', ['claim_id']),
        online.Check('ledger_only_credits_name_a_claim'),
        online.DropIndex('ledger_one_credit_per_claim'),
        online.DropIndex('ledger_created_at'),
        online.DropFieldIndex('claim_id'),
        online.DropFieldIndex('recorded_by_id'),
    ], backwards=[
        online.FieldIndex('recorded_by_id'),
        online.FieldIndex('claim_id'),
        online.Index('ledger_created_at', ['created_at']),
        online.Index('ledger_one_credit_per_claim', ['claim_id'], unique=True,
                     where="kind = 'credit'"),
        online.DropConstraint('ledger_only_credits_name_a_claim'),
        online.DropConstraint('ledger_one_row_per_claim'),
    ])]
