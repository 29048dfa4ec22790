"""The regional network's demo content (issue 15), the part the others share, for
arbeidsmarktregio Midden-Utrecht (AM13):
the Routekaart knowledge base, who is who, trainings and their sessions, who followed what,
the regional agreement, questions between professionals and peer-support groups.

The texts are written by the Werkpad project from the Dutch source texts in ``seeds/`` and
the facts in ``REFERENCE.md`` (both under ``/work/shared``); a quote in single quotes is
taken word for word from a seed (or, for a definition, from REFERENCE.md). Every source
address is one those files give; a seed that names no address of its own is cited by its
title, with an empty address. The organisations marked "(demo)", their people, addresses,
phone numbers and e-mail addresses are invented, as are the demo region's sessions,
agreement, questions and groups.

Plain data, no models (role codes come from ``access.roles``, the policy's vocabulary):
``demo.play`` turns it into records through the services. Days are counted from the demo's
today (``demo.clock``); the names of the fields say which way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from werkpad.access.roles import Role

from ..people import (
    CAST_EMAILS,
    DEMO_USERS,
    EMPLOYERS,
)

# --- who acts ----------------------------------------------------------------------------


def _login_with_role(role: str) -> str:
    """The demo user with this role; the tables below name people by their login."""
    (email,) = (user.email for user in DEMO_USERS if user.role == role)
    return email


def _login_of(full_name: str) -> str:
    (email,) = (user.email for user in DEMO_USERS if user.full_name == full_name)
    return email


IPS = CAST_EMAILS["ips"]  # Fatima El Amrani, IPS-trajectbegeleider (GGZ)
BEH = CAST_EMAILS["beh"]  # Dr. Marleen Bos, behandelaar (GGZ)
AD = CAST_EMAILS["ad"]  # Ingrid Visser, arbeidsdeskundige (UWV)
VA = CAST_EMAILS["va"]  # Pieter de Graaf, verzekeringsarts (UWV)
KM = CAST_EMAILS["km"]  # Anouk Jansen, klantmanager (gemeente)
RC = CAST_EMAILS["rc"]  # Kevin Mulder, re-integratiecoach (Werkkracht)
JC = CAST_EMAILS["jc"]  # Joost van Dijk, jobcoach (Werkkracht)
ED = CAST_EMAILS["ed"]  # Noor Hendriks, ervaringsdeskundige (Herstelacademie)
TEAMLEIDER = _login_with_role(Role.TEAMLEIDER)  # Ruud Vermeulen (GGZ, IPS-team)
REGIOCOORDINATOR = _login_with_role(Role.REGIOCOORDINATOR)  # Sevda Yilmaz (gemeente)
WERKGEVER = _login_with_role(Role.WERKGEVER_CONTACTPERSOON)  # Henk Smit (De Korenschoof)
SANNE = _login_of("Sanne de Vries")  # a client who works, with follow-along

KORENSCHOOF, TRAPKRACHT, STADSGOED = EMPLOYERS

# The organisations the issue names that the demo lacked; the engineer adds their types.
SW_BEDRIJF = "Werkbedrijf Midden-Utrecht (demo)"
WSP = "Werkgeversservicepunt Midden-Utrecht (demo)"
MBO = "Mbo-college Kromme Rijn (demo)"
BUURTTEAM = "Buurtteam Utrecht-Oost (demo)"

# --- sources -----------------------------------------------------------------------------

# How a source's date reads: the day it states, only its month, or (when it states none) the
# day REFERENCE.md says its facts were checked.
DAY, MONTH, CHECKED = "dag", "maand", "gecontroleerd"
REFERENCE_CHECKED = date(2026, 12, 7)  # REFERENCE.md §7.1 and §8: "checked 2026-12-07"

# The seed texts that name no address of their own: their titles, as the seeds give them.
SEED_000 = "Hoe krijgen we psychisch kwetsbare mensen aan het werk? (Samen voor de klant)"
SEED_001 = "Psychische kwetsbaarheid en werk (Samen voor de klant)"
SEED_003 = "Begeleiding naar werk voor mensen met psychische kwetsbaarheid (GGznieuws)"
SEED_004 = (
    "Het belang van werken en ontwikkelen voor herstel van mensen met psychische aandoeningen "
    "(de Nederlandse ggz)"
)
SEED_001_URL = "https://www.samenvoordeklant.nl/psychische-kwetsbaarheid-en-werk"  # REFERENCE §1.5


class ArticleCategory(StrEnum):
    """The Routekaart's seven categories (REFERENCE.md §1.5, §8.1), in its order."""

    ARBEID_ALS_MEDICIJN = "arbeid-als-medicijn"
    AANPAKKEN = "aanpakken-en-interventies"
    INTEGRALE_AANPAK = "integrale-aanpak-ggz-en-wi"
    KENNIS = "kennis-en-kennisdelen"
    WERKGEVERS = "werkgevers-en-banen"
    STIGMA = "stigma"
    ERVARINGSDESKUNDIGEN = "ervaringsdeskundigen-en-clienten"


CATEGORY_LABELS = {
    ArticleCategory.ARBEID_ALS_MEDICIJN: _("Arbeid als medicijn"),
    ArticleCategory.AANPAKKEN: _("Aanpakken en interventies"),
    ArticleCategory.INTEGRALE_AANPAK: _("Integrale aanpak GGZ en W&I"),
    ArticleCategory.KENNIS: _("Kennis en kennisdelen"),
    ArticleCategory.WERKGEVERS: _("Werkgevers en banen"),
    ArticleCategory.STIGMA: _("Stigma"),
    ArticleCategory.ERVARINGSDESKUNDIGEN: _("Ervaringsdeskundigen en cliënten"),
}


# --- 1. the Routekaart knowledge base ----------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ArticleSpec:
    """One entry of the knowledge base. ``source_url`` is empty only for a seed text that
    names no address of its own; ``region`` is None for a national entry."""

    title: str
    category: ArticleCategory
    summary: str
    source_title: str
    source_url: str
    source_date: date
    source_date_kind: str = DAY  # DAY, MONTH or CHECKED
    region: str | None = None
    tags: tuple[str, ...]
    editor: str  # the login of the professional who keeps it up to date
    outdated_hint: bool = False  # the source is old: the story has a reader mark it outdated


# The question the story turns into an article (QUESTIONS, first one).
IPS_IN_BIJSTAND = "IPS aanvragen voor iemand in de bijstand"
