"""The NEN 7513 access log: one append-only, hash-chained row per access to client data,
per denied attempt and per security event."""

from __future__ import annotations

import hashlib
import json
from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.access.roles import Role


class AuditAction(models.TextChoices):
    CREATE = "C", _("aanmaken")
    READ = "R", _("inzien")
    UPDATE = "U", _("wijzigen")
    DELETE = "D", _("verwijderen")
    EXPORT = "E", _("exporteren")
    PRINT = "P", _("afdrukken")
    SEARCH = "S", _("zoeken")
    LOGIN = "L", _("inloggen")


class Outcome(models.TextChoices):
    ALLOWED = "allowed", _("toegestaan")
    DENIED = "denied", _("geweigerd")


# How the grounds recorded by the access policy (werkpad.access.policy.Basis) read.
BASIS_LABELS = {
    "self": _("eigen dossier of account"),
    "own_organisation": _("eigen organisatie"),
    "role": _("rol"),
    "team_membership": _("lid van het team"),
    "consent": _("toestemming van de cliënt"),
    "break_the_glass": _("toegang buiten het team (break the glass)"),
    "peer_group": _("begeleider of gastvrouw/gastheer van de lotgenotengroep"),
}


class AppendOnlyQuerySet(models.QuerySet["AccessLogEntry"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise PermissionError("The access log is append-only.")

    def delete(self) -> NoReturn:
        raise PermissionError("The access log is append-only; use the retention purge.")


class AccessLogEntry(models.Model):
    # (1) The event.
    event_code = models.CharField(_("gebeurtenis"), max_length=60)
    action = models.CharField(_("actie"), max_length=1, choices=AuditAction.choices)
    occurred_at = models.DateTimeField(_("tijdstip (UTC)"), db_index=True)
    outcome = models.CharField(_("uitkomst"), max_length=10, choices=Outcome.choices)
    # (2) The user, on whose behalf, under which organisation and role, and from where.
    # No database constraint: the log must outlive the users and organisations it names.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    user_display = models.CharField(_("gebruiker"), max_length=254, blank=True)
    # The user's name as it was when they acted: "wie keek in mijn dossier" shows the name
    # the client would have known then, not whatever the account is called today.
    user_name = models.CharField(_("naam gebruiker"), max_length=200, blank=True)
    responsible_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    role = models.CharField(_("rol"), max_length=30, blank=True)
    ip_address = models.GenericIPAddressField(_("adres"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    # (3) What was touched, and on what basis.
    client_pid = models.CharField(_("cliënt (pseudoniem)"), max_length=40, blank=True)
    object_type = models.CharField(_("objectsoort"), max_length=60, blank=True)
    object_id = models.CharField(_("object-id"), max_length=64, blank=True)
    basis = models.CharField(_("grondslag"), max_length=30, blank=True)
    consent_id = models.BigIntegerField(_("toestemming"), null=True, blank=True)
    detail = models.JSONField(_("details"), default=dict, blank=True)
    # Tamper evidence: each row seals its predecessor's hash into its own.
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [
            # Who saw client X in a period?
            models.Index(fields=["client_pid", "occurred_at"], name="auditlog_client_time"),
            # What did user Y do in a period?
            models.Index(fields=["user", "occurred_at"], name="auditlog_user_time"),
            # The logbeheerder's view of their organisation.
            models.Index(fields=["organisation", "occurred_at"], name="auditlog_org_time"),
        ]
        verbose_name = _("toegangslogregel")
        verbose_name_plural = _("toegangslog")

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.event_code} {self.user_display}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("The access log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise PermissionError("The access log is append-only; use the retention purge.")

    @property
    def role_label(self) -> str:
        return str(Role(self.role).label) if self.role in Role.values else self.role

    @property
    def basis_label(self) -> str:
        return str(BASIS_LABELS.get(self.basis, self.basis))

    @property
    def event_label(self) -> str:
        """The event in words for the professional reading the log ('' for an unknown code)."""
        from .events import staff_label

        return staff_label(self.event_code)

    @property
    def break_the_glass_reason(self) -> str:
        """The reason stated for break the glass (decision 0033); '' for other rows."""
        grant = (self.detail or {}).get("break_the_glass")
        return str(grant.get("reason", "")) if isinstance(grant, dict) else ""

    def sealed_fields(self) -> dict[str, Any]:
        """The fields the hash covers, in a stable form."""
        fields: dict[str, Any] = {
            "event_code": self.event_code,
            "action": self.action,
            "occurred_at": self.occurred_at.isoformat(),
            "outcome": self.outcome,
            "user": self.user_id,
            "user_display": self.user_display,
            "responsible_user": self.responsible_user_id,
            "organisation": self.organisation_id,
            "role": self.role,
            "ip_address": self.ip_address,
            "user_agent": self.user_agent,
            "client_pid": self.client_pid,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "basis": self.basis,
            "consent_id": self.consent_id,
            "detail": self.detail,
        }
        # Sealed only when set, so rows written before the field existed (empty) keep the
        # hash they were written with, and blanking the name of a newer row breaks its seal.
        if self.user_name:
            fields["user_name"] = self.user_name
        return fields

    def compute_hash(self) -> str:
        payload = json.dumps(self.sealed_fields(), sort_keys=True, default=str)
        return hashlib.sha256(f"{self.prev_hash}|{payload}".encode()).hexdigest()


class ChainHead(models.Model):
    """A single row that serialises appends (it is locked while a row is added) and
    remembers where the chain starts after a retention purge."""

    last_hash = models.CharField(max_length=64, default="")
    anchor_id = models.BigIntegerField(default=0)  # rows up to and including it were purged
    anchor_hash = models.CharField(max_length=64, default="")

    def __str__(self) -> str:
        return f"chain head {self.last_hash[:12]}"
