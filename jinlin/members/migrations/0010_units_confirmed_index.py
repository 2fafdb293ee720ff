from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0009_elder_mode'),
        ('organizations', '0005_kind_name_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='registration',
            index=models.Index(condition=models.Q(('kind', 'unit'), ('status', 'confirmed')), fields=['unit', 'created_at'], name='registration_units_confirmed'),
        ),
    ]
