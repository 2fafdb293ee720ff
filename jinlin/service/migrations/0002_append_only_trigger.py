"""On PostgreSQL the database itself refuses to update or delete a ledger row."""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION jinlin_ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'service ledger is append-only: % of row % refused', TG_OP, OLD.seq
        USING HINT = 'Record a reversing row instead.';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER service_record_append_only
    BEFORE UPDATE OR DELETE ON service_servicerecord
    FOR EACH ROW EXECUTE FUNCTION jinlin_ledger_append_only();
"""
BACKWARD = """
DROP TRIGGER IF EXISTS service_record_append_only ON service_servicerecord;
DROP FUNCTION IF EXISTS jinlin_ledger_append_only();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("service", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
