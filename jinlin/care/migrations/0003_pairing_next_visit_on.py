import datetime as dt

from django.db import migrations, models


def fill(apps, schema_editor):
    Pairing = apps.get_model("care", "Pairing")
    batch = []
    for pairing in Pairing.objects.all().iterator(chunk_size=2000):
        since = pairing.last_visit_on or pairing.started_on
        pairing.next_visit_on = since + dt.timedelta(days=pairing.cadence_days)
        batch.append(pairing)
        if len(batch) >= 2000:
            Pairing.objects.bulk_update(batch, ["next_visit_on"])
            batch = []
    if batch:
        Pairing.objects.bulk_update(batch, ["next_visit_on"])


class Migration(migrations.Migration):
    dependencies = [("care", "0002_grid_gridplacement_grid_grid_unique_name")]

    operations = [
        migrations.AddField(
            model_name="pairing",
            name="next_visit_on",
            field=models.DateField(editable=False, null=True, verbose_name="next visit"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="pairing",
            name="next_visit_on",
            field=models.DateField(db_index=True, editable=False, verbose_name="next visit"),
        ),
    ]
