"""The werkplekscan looks at what seed 004 (Vebego) names: the workplace itself and contact
with customers were added beside the earlier aspects. A scan made before did not look at
those two, so they are marked 'niet bekeken' (not green): such a scan no longer counts as
"alle lichten op groen", and its page says which aspects it left out. What it did look at
stays as it was. Backwards, the two marks are removed again."""

from django.db import migrations

ADDED = ("workplace", "customers")  # fixed here: the aspect list in models may change later
NOT_ASSESSED = "niet_bekeken"


def mark_not_assessed(apps, schema_editor):
    WorkplaceScan = apps.get_model("employment", "WorkplaceScan")
    for scan in WorkplaceScan.objects.only("pk", "lights").iterator():
        lights = dict(scan.lights or {})
        missing = [a for a in ADDED if a not in lights]
        if not missing:
            continue
        for aspect in missing:
            lights[aspect] = {"light": NOT_ASSESSED, "note": ""}
        WorkplaceScan.objects.filter(pk=scan.pk).update(lights=lights)


def unmark(apps, schema_editor):
    WorkplaceScan = apps.get_model("employment", "WorkplaceScan")
    for scan in WorkplaceScan.objects.only("pk", "lights").iterator():
        lights = dict(scan.lights or {})
        dropped = {
            a: v
            for a, v in lights.items()
            if not (a in ADDED and (v or {}).get("light") == NOT_ASSESSED)
        }
        if dropped != lights:
            WorkplaceScan.objects.filter(pk=scan.pk).update(lights=dropped)


class Migration(migrations.Migration):
    dependencies = [
        ("employment", "0002_followup_withdraw"),
    ]

    operations = [
        migrations.RunPython(mark_not_assessed, unmark),
    ]
