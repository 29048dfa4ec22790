"""On PostgreSQL the database itself refuses UPDATE and DELETE on the access log. Only the
retention purge may delete, by setting werkpad.allow_purge for its own transaction."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION werkpad_access_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('werkpad.allow_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_accesslogentry is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER werkpad_access_log_append_only
    BEFORE UPDATE OR DELETE ON audit_accesslogentry
    FOR EACH ROW EXECUTE FUNCTION werkpad_access_log_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS werkpad_access_log_append_only ON audit_accesslogentry;
DROP FUNCTION IF EXISTS werkpad_access_log_append_only();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
