"""The trajectory types and their phases, as data (issue 3). Phases are changed only through
``services.trajectory_phase_change``; every change is dated, audited and on the timeline."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

CLOSED = "afgesloten"


class TrajectoryType(models.TextChoices):
    IPS = "ips", _("IPS")
    WGB = "wgb", _("WGB")
    WERKWIJZER = "werkwijzer", _("Werkwijze(r)")
    OWN = "eigen", _("eigen route")


@dataclass(frozen=True)
class Phase:
    code: str
    label: str | Promise
    help: str | Promise = ""


# IPS rapid job search (REFERENCE §1.1, fidelity item 15): the first face-to-face employer
# contact is due within 30 days of the trajectory's start, not of the search phase, so the
# same help stands on every phase before it.
_IPS_CLOCK = _(
    "Het eerste face-to-face contact met een werkgever is binnen 30 dagen na de start van het "
    "traject, zonder lange voorbereiding vooraf."
)
_IPS = (
    Phase("aanmelding", _("Aanmelding"), _IPS_CLOCK),
    Phase("kennismaking", _("Kennismaking en loopbaanprofiel"), _IPS_CLOCK),
    Phase("zoeken", pgettext_lazy("IPS-fase", "Zoeken"), _IPS_CLOCK),
    Phase("plaatsing", _("Plaatsing")),
    Phase("nazorg", _("Nazorg"), _("Onbeperkt in tijd: stopt alleen als de cliënt dat wil.")),
)
_WGB = (
    Phase("intake", _("Intake met de werkvraag")),
    Phase("uwv_gesprek", _("Gesprek met verzekeringsarts en arbeidsdeskundige (UWV)")),
    Phase("plan_van_aanpak", _("Arbeidsanamnese en eerste plan van aanpak")),
    Phase("koppeling", _("Koppeling aan re-integratiecoach, die het plan aanscherpt")),
    Phase("aanvullende_anamnese", _("Aanvullende anamnese door de psycholoog")),
    Phase(
        "startgesprek",
        _("Startgesprek met vier partijen"),
        _("Cliënt, behandelaar, arbeidsdeskundige en re-integratiecoach."),
    ),
    Phase("uitvoering", _("Uitvoering met doorlopende terugkoppeling")),
    Phase(
        "evaluatie",
        _("Evaluatie"),
        _("Doel: binnen een jaar minstens één trede hoger op de participatieladder."),
    ),
)
_WERKWIJZER = (
    Phase("driegesprek", _("Driegesprek"), _("Cliënt, behandelaar en UWV samen.")),
    Phase("acties", _("Afgesproken acties")),
)
_CLOSED = Phase(CLOSED, _("Afgesloten"))

PHASES: dict[str, tuple[Phase, ...]] = {
    TrajectoryType.IPS: _IPS,
    TrajectoryType.WGB: _WGB,
    TrajectoryType.WERKWIJZER: _WERKWIJZER,
}

IPS_SEARCH = "zoeken"
IPS_AFTERCARE = "nazorg"
# Phases in which the client has a job: the first-employer-contact clock no longer runs.
PLACED_PHASES = frozenset({"plaatsing", IPS_AFTERCARE})
FIRST_EMPLOYER_CONTACT_DAYS = 30  # IPS: first face-to-face employer contact, from the start
NO_CONTACT_DAYS = 30  # caseload flag: no contact with the client for this long
IPS_CASELOAD_NORM = 20  # IPS fidelity: at most 20 clients per trajectbegeleider


def phases_for(trajectory_type: str, own_phases: list[str] | None = None) -> tuple[Phase, ...]:
    """The phases of a type, in order, ending with 'afgesloten'. An own route has the phases
    its team named."""
    if trajectory_type == TrajectoryType.OWN:
        named = tuple(Phase(f"eigen-{i}", name) for i, name in enumerate(own_phases or [], 1))
        return (*named, _CLOSED)
    return (*PHASES[trajectory_type], _CLOSED)


def phase_label(trajectory_type: str, code: str, own_phases: list[str] | None = None) -> str:
    for phase in phases_for(trajectory_type, own_phases):
        if phase.code == code:
            return str(phase.label)
    return code
