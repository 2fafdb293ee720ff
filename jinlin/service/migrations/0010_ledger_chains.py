"""The ledger becomes a chain per community: rows and heads name their chain (0: rows of no
community and every row written before; they verify as before), a row's place is unique within
its chain, anchors list every chain's head."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0009_elder_mode'),
        ('needs', '0003_calendar_feed_and_messages'),
        ('service', '0009_disputes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='servicerecord',
            options={'ordering': ['id'], 'verbose_name': 'service record', 'verbose_name_plural': 'service records'},
        ),
        migrations.AddField(
            model_name='ledgeranchor',
            name='heads',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name='ledgerhead',
            name='chain',
            field=models.BigIntegerField(db_default=0, default=0, unique=True),
        ),
        migrations.AddField(
            model_name='servicerecord',
            name='chain',
            field=models.BigIntegerField(db_default=0, default=0, editable=False),
        ),
        migrations.AlterField(
            model_name='servicerecord',
            name='seq',
            field=models.BigIntegerField(editable=False),
        ),
        migrations.AddConstraint(
            model_name='servicerecord',
            constraint=models.UniqueConstraint(fields=('chain', 'seq'), name='ledger_chain_seq'),
        ),
    ]
