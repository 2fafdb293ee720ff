"""A claim's need and member have no index of their own: the claim's indexes begin with each."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0009_elder_mode'),
        ('needs', '0003_calendar_feed_and_messages'),
    ]

    operations = [
        migrations.AlterField(
            model_name='claim',
            name='member',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='claims', to='members.member', verbose_name='member'),
        ),
        migrations.AlterField(
            model_name='claim',
            name='need',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='claims', to='needs.need', verbose_name='need'),
        ),
    ]
