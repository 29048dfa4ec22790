"""The 35 arbeidsmarktregio's and the gemeenten of the demo region (AM13)."""

from django.db import migrations


def load(apps, schema_editor):
    from werkpad.organisations.reference import ARBEIDSMARKTREGIOS, DEMO_GEMEENTEN, DEMO_REGION

    Region = apps.get_model("organisations", "ArbeidsmarktRegio")
    Gemeente = apps.get_model("organisations", "Gemeente")
    for code, name in ARBEIDSMARKTREGIOS:
        Region.objects.update_or_create(code=code, defaults={"name": name})
    demo = Region.objects.get(code=DEMO_REGION)
    for code, name in DEMO_GEMEENTEN:
        Gemeente.objects.update_or_create(code=code, defaults={"name": name, "region": demo})


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
