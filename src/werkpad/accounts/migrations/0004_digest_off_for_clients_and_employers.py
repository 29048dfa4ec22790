"""The daily digest is about a caseload: only professionals get it (issue 13, item 17). Turn
it off for the clients and employers whose accounts were made with the old default."""

from django.db import migrations


def digest_off(apps, schema_editor):  # type: ignore[no-untyped-def]
    User = apps.get_model("accounts", "User")
    User.objects.exclude(kind="professional").update(daily_digest=False)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_verified_email_addresses")]

    operations = [migrations.RunPython(digest_off, migrations.RunPython.noop)]
