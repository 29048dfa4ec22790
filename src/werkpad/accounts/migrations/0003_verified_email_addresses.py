"""Every existing account's own address becomes its verified, primary allauth address, as
accounts/signals.py::on_user_created does for new accounts: then allauth's e-mail page can
change the login address only through the confirmation link sent to the new address."""

from django.db import migrations


def verify_own_addresses(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    for user in User.objects.all().iterator():
        EmailAddress.objects.filter(user=user, primary=True).exclude(email=user.email).update(
            primary=False
        )
        own = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
        if own is None:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        else:
            own.verified = True
            own.primary = True
            own.save(update_fields=["verified", "primary"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_daily_digest"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(verify_own_addresses, migrations.RunPython.noop)]
