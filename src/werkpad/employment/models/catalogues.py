"""Catalogues shared by the career profile, vacancies and matching: sectors, kinds of work,
conditions."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


# --- Catalogues shared by the career profile, vacancies and matching ---------------------
class Sector(models.TextChoices):
    SCHOONMAAK = "schoonmaak", _("schoonmaak en facilitair")
    GROEN = "groen", _("groen, tuin en dieren")
    HORECA = "horeca", _("horeca en catering")
    ZORG = "zorg", _("zorg en welzijn")
    ICT = "ict", _("ICT")
    ADMINISTRATIE = "administratie", _("administratie en kantoor")
    LOGISTIEK = "logistiek", _("logistiek en transport")
    DETAILHANDEL = "detailhandel", _("winkel en detailhandel")
    TECHNIEK = "techniek", _("techniek en installatie")
    PRODUCTIE = "productie", _("productie en industrie")
    BOUW = "bouw", _("bouw")
    ONDERWIJS = "onderwijs", _("onderwijs en kinderopvang")
    CULTUUR = "cultuur", _("cultuur, media en recreatie")
    OVERHEID = "overheid", _("overheid en non-profit")


class WorkKind(models.TextChoices):
    HANDS = "handen", _("praktisch werk met je handen")
    PEOPLE = "mensen", _("werk met mensen")
    ADMIN = "administratief", _("administratief werk")
    COMPUTERS = "computer", _("werk met computers")
    CREATIVE = "creatief", _("creatief werk")
    TECHNICAL = "technisch", _("technisch werk")
    OUTDOORS = "buiten", _("werk buiten")
    ANIMALS = "dieren", _("werk met dieren")


# A vacancy can involve more than one kind of work (decision 0039): its main kind is
# ``Vacancy.work_kind``, the others a bit mask, so matching tests "any of its kinds" in SQL
# on SQLite and PostgreSQL alike. The bits are fixed: a new kind gets a new bit, never a used
# one (the masks are stored).
WORK_KIND_BITS: dict[str, int] = {
    WorkKind.HANDS: 1,
    WorkKind.PEOPLE: 2,
    WorkKind.ADMIN: 4,
    WorkKind.COMPUTERS: 8,
    WorkKind.CREATIVE: 16,
    WorkKind.TECHNICAL: 32,
    WorkKind.OUTDOORS: 64,
    WorkKind.ANIMALS: 128,
}


def work_kinds_mask(kinds: list[str] | tuple[str, ...]) -> int:
    """The bit mask of these kinds of work (unknown values count for nothing)."""
    mask = 0
    for kind in kinds:
        mask |= WORK_KIND_BITS.get(kind, 0)
    return mask


def work_kinds_in(mask: int) -> list[WorkKind]:
    return [WorkKind(kind) for kind, bit in WORK_KIND_BITS.items() if mask & bit]


class Shift(models.TextChoices):
    """When the work is done (a vacancy may name several)."""

    DAY = "dag", _("dagdienst")
    EVENING = "avond", _("avonddienst")
    NIGHT = "nacht", _("nachtdienst")
    WEEKEND = "weekend", _("weekend")
    ROTATING = "wisselend", _("wisselende diensten")


class VacancyContract(models.TextChoices):
    """What kind of contract a vacancy offers (a placement records the contract it got)."""

    PERMANENT = "vast", _("vast contract")
    TEMPORARY = "tijdelijk", _("tijdelijk contract")
    ON_CALL = "oproep", _("oproepcontract")
    AGENCY = "uitzend", _("uitzendcontract")
    TRIAL = "proefplaatsing", _("proefplaatsing")
    LEARNING = "leerwerkplek", _("leerwerkplek")


class Condition(models.IntegerChoices):
    """What a person needs at work and what a workplace offers: one catalogue, stored as a bit
    mask on both sides so matching can compare them in the database."""

    QUIET = 1, _("rustige werkplek, weinig prikkels")
    FIXED_HOURS = 2, _("vaste werktijden")
    NO_NIGHTS = 4, _("geen avond- of nachtdiensten")
    BUILD_UP = 8, _("uren rustig opbouwen")
    REMOTE = 16, _("deels thuiswerken")
    MENTOR = 32, _("vaste begeleider of buddy op de werkvloer")
    FLEXIBLE = 64, _("flexibele werktijden")
    SMALL_TEAM = 128, _("klein team")


def conditions_in(mask: int) -> list[Condition]:
    return [c for c in Condition if mask & c.value]


def mask_of(values: list[int] | list[str]) -> int:
    mask = 0
    for value in values:
        mask |= int(value)
    return mask


class TravelScope(models.TextChoices):
    GEMEENTE = "gemeente", _("in mijn eigen gemeente")
    REGIO = "regio", _("in mijn arbeidsmarktregio")
    ANYWHERE = "overal", _("maakt niet uit")


class RegisterStatus(models.TextChoices):
    YES = "ja", _("ja, staat in het doelgroepregister")
    NO = "nee", _("nee")
    UNKNOWN = "onbekend", _("weet niet")
