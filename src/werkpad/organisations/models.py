"""Regions, municipalities, organisations, teams and memberships.

A membership is the unit every action is taken under: one user, one organisation, one role.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# The roles are the access policy's vocabulary (decision 0038); re-exported for the callers
# that import them from here.
from werkpad.access.roles import Role as Role


class ArbeidsmarktRegio(models.Model):
    """One of the 35 labour-market regions. Codes are CBS codes (AM01..AM38, not contiguous)."""

    code = models.CharField(_("CBS-code"), max_length=4, unique=True)
    name = models.CharField(_("naam"), max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name = _("arbeidsmarktregio")
        verbose_name_plural = _("arbeidsmarktregio's")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Gemeente(models.Model):
    code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    region = models.ForeignKey(
        ArbeidsmarktRegio,
        on_delete=models.PROTECT,
        related_name="gemeenten",
        verbose_name=_("arbeidsmarktregio"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.name


class OrganisationType(models.TextChoices):
    GGZ = "ggz", _("ggz-aanbieder")
    UWV = "uwv", _("UWV-vestiging")
    GEMEENTE = "gemeente", _("gemeente")
    REINTEGRATION = "reintegratie", _("re-integratiebedrijf")
    EMPLOYER = "werkgever", _("werkgever")
    PEER = "herstelacademie", _("herstelacademie of peer-organisatie")
    KNOWLEDGE = "kenniscentrum", _("kenniscentrum")
    # Partners in the regional network (issue 15): who is who in the region.
    SW_COMPANY = "sw-bedrijf", _("SW-bedrijf (sociaal werkbedrijf)")
    EMPLOYER_SERVICE_POINT = "wsp", _("werkgeversservicepunt")
    EDUCATION = "onderwijs", _("onderwijs")
    NEIGHBOURHOOD_TEAM = "buurtteam", _("Wmo-buurtteam")


class Domain(models.TextChoices):
    CARE = "zorg", _("zorg")
    WORK_INCOME = "werk_inkomen", _("werk & inkomen")
    EMPLOYER = "werkgever", _("werkgever")
    LIVED_EXPERIENCE = "ervaringsdeskundigheid", _("ervaringsdeskundigheid")


# The domain an organisation type belongs to unless stated otherwise.
DEFAULT_DOMAIN = {
    OrganisationType.GGZ: Domain.CARE,
    OrganisationType.UWV: Domain.WORK_INCOME,
    OrganisationType.GEMEENTE: Domain.WORK_INCOME,
    OrganisationType.REINTEGRATION: Domain.WORK_INCOME,
    OrganisationType.EMPLOYER: Domain.EMPLOYER,
    OrganisationType.PEER: Domain.LIVED_EXPERIENCE,
    OrganisationType.KNOWLEDGE: Domain.CARE,
    OrganisationType.SW_COMPANY: Domain.WORK_INCOME,
    OrganisationType.EMPLOYER_SERVICE_POINT: Domain.WORK_INCOME,
    OrganisationType.EDUCATION: Domain.WORK_INCOME,
    OrganisationType.NEIGHBOURHOOD_TEAM: Domain.CARE,
}


class Organisation(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    type = models.CharField(_("soort"), max_length=20, choices=OrganisationType.choices)
    domain = models.CharField(_("domein"), max_length=30, choices=Domain.choices)
    regions = models.ManyToManyField(
        ArbeidsmarktRegio, related_name="organisations", verbose_name=_("werkgebied")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name

    @property
    def is_employer(self) -> bool:
        return self.type == OrganisationType.EMPLOYER


class Team(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="teams", verbose_name=_("organisatie")
    )
    name = models.CharField(_("naam"), max_length=200)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="team_name_unique")
        ]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"


class Membership(models.Model):
    """A user's place in an organisation: the organisation and role they act under."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("gebruiker"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("organisatie"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("team"),
    )
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices)
    is_key_person = models.BooleanField(_("sleutelpersoon"), default=False)
    is_active = models.BooleanField(_("actief"), default=True)
    # How employers reach this professional (a jobcoach): set by the professional, shown to
    # employers instead of the work e-mail address, which would name the care provider.
    employer_phone = models.CharField(_("telefoon voor werkgevers"), max_length=20, blank=True)
    employer_email = models.EmailField(_("e-mail voor werkgevers"), blank=True)
    # How the clients on this professional's teams phone them: set by the professional on the
    # same page, shown to the client beside the name in their team list (a tap-to-call link).
    client_phone = models.CharField(_("telefoon voor cliënten"), max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Optimistic locking: an edit based on an older version is refused, never silently applied.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["organisation__name", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="membership_unique_role"
            )
        ]
        indexes = [models.Index(fields=["organisation", "is_active"])]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self) -> str:
        return f"{self.get_role_display()} — {self.organisation}"

    def clean(self) -> None:
        if self.team is not None and self.team.organisation_id != self.organisation_id:
            raise ValidationError({"team": _("Dit team hoort niet bij deze organisatie.")})
        employer_org = self.organisation.type == OrganisationType.EMPLOYER
        employer_role = self.role == Role.WERKGEVER_CONTACTPERSOON
        if employer_org != employer_role:
            raise ValidationError(
                {
                    "role": _(
                        "De rol werkgever-contactpersoon hoort bij een werkgever, en alleen daar."
                    )
                }
            )
