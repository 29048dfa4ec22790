"""Peer groups run by their members (issue 15, item 7; decision 0030): who started a group,
its region, an optional professional facilitator, a hosting member, members who offer to
host, and a version for optimistic locking. An existing group was started by its
facilitator, in its organisation's (first) region."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def started_by_facilitator(apps, schema_editor):
    group_model = apps.get_model("portal", "PeerGroup")
    organisation_model = apps.get_model("organisations", "Organisation")
    for group in group_model.objects.all().order_by("id"):
        region = (
            organisation_model.objects.get(pk=group.organisation_id)
            .regions.order_by("code")
            .first()
        )
        group_model.objects.filter(pk=group.pk).update(
            started_by_id=group.facilitator_id, region=region
        )


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0005_alter_organisation_type"),
        ("portal", "0003_disclosure_per_employer"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="peergroup",
            name="started_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="gestart door",
            ),
        ),
        migrations.AddField(
            model_name="peergroup",
            name="region",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="organisations.arbeidsmarktregio",
                verbose_name="arbeidsmarktregio",
            ),
        ),
        migrations.RunPython(started_by_facilitator, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="peergroup",
            name="started_by",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="gestart door",
            ),
        ),
        migrations.AlterField(
            model_name="peergroup",
            name="facilitator",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="begeleider (professional)",
            ),
        ),
        migrations.AddField(
            model_name="peergroup",
            name="host",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="portal.peergroupmembership",
                verbose_name="gastvrouw of gastheer",
            ),
        ),
        migrations.AddField(
            model_name="peergroup",
            name="host_name",
            field=models.CharField(
                blank=True, max_length=60, verbose_name="naam van de gastvrouw of gastheer"
            ),
        ),
        migrations.AddField(
            model_name="peergroup",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.AddField(
            model_name="peergroupmembership",
            name="offers_to_host",
            field=models.BooleanField(default=False, verbose_name="ik wil de groep hosten"),
        ),
    ]
