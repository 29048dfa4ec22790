"""The access app's one model: a break-the-glass grant (decision 0033).

Treatment and belastbaarheid records are need-to-know inside an organisation: only the
client's own care team and whoever recorded them read them. A professional of the
organisation who needs them outside that rule states a reason and gets a grant for a limited
time. The policy honours an active grant; every access-log row written under it carries the
basis ``break_the_glass`` and the reason, so the logbeheerder and the client see it."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Data categories that are need-to-know inside the recording organisation.
NEED_TO_KNOW_CATEGORIES = ("behandeling", "belastbaarheid")


class BreakTheGlassQuerySet(models.QuerySet["BreakTheGlassGrant"]):
    def active(self, at: Any = None) -> BreakTheGlassQuerySet:
        now = at or timezone.now()
        return self.filter(granted_at__lte=now, expires_at__gt=now)


class BreakTheGlassGrant(models.Model):
    """Temporary access for one professional, acting for one organisation, to one client's
    need-to-know records. Append-only in practice: a grant is never changed, it expires."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="break_the_glass_grants"
    )
    reason = models.TextField(_("reden"))
    granted_at = models.DateTimeField()
    expires_at = models.DateTimeField()

    objects = BreakTheGlassQuerySet.as_manager()

    class Meta:
        ordering = ["-granted_at", "-id"]
        indexes = [models.Index(fields=["user", "organisation", "client", "expires_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("granted_at")),
                name="break_the_glass_expires_after_grant",
            )
        ]

    def __str__(self) -> str:
        return f"break the glass {self.pk}: user {self.user_id} on {self.client_id}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id
