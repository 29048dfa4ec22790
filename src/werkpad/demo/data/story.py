"""One client's path, as a row of data: who the client is, the route and phase, when it began
and what the client and the professionals wrote down. ``demo.play.trajectories`` tells it
through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Origins: how the trajectory came about.
INTAKE = "intake"  # a ggz intake with the work question refers to a ggz team
BY_GEMEENTE = "gemeente"  # the klantmanager refers a bijstand client to the IPS team
DECLINED = "declined"  # the IPS referral is declined; the behandelaar starts an own route
GEMEENTE_START = "gemeente_start"  # the gemeente starts an own route for its own client


@dataclass(frozen=True, kw_only=True)
class Story:
    """One client's path. Days are counted back from today."""

    name: str
    born: date
    gemeente: str
    benefit: str
    route: str  # a TrajectoryType
    phase: str  # the current phase (CLOSED for a closed trajectory)
    start: int  # days ago the trajectory started
    since: int  # days ago the current phase began (or the trajectory was closed)
    ladder: tuple[int, ...]  # the professional's steps, first to last
    own_ladder: tuple[int, ...]  # the client's own view
    sector: str  # the kind of work, short (for actions)
    direction: str  # intake: what kind of work
    meaning: str  # intake: what work means to the client (own words)
    work_goal: tuple[str, str]  # own words, professional terms
    care_goal: tuple[str, str]  # own words, professional terms (ggz treatment)
    extra_goal: tuple[str, str, str, str] | None = None  # domain, category, own, professional
    origin: str = INTAKE
    closed_after: str = ""  # for a closed trajectory: the phase before 'afgesloten'
    end_reason: str = ""
    end_text: str = ""
    wgb_months: int | None = None
    own_phases: tuple[str, ...] = ()
    employer: str = ""  # where the client works (placement)
    uwv: bool = False  # consent for UWV and the arbeidsdeskundige on the team
    klantmanager: bool = False  # consent for the gemeente and the klantmanager on the team
    werkkracht: str = ""  # "jc" or "rc": consent for Werkkracht and that coach on the team
    herstel: bool = False  # consent for the Herstelacademie and the ervaringsdeskundige
    overdue_search: bool = False  # IPS: no face-to-face employer contact yet
    last_contact: int | None = None  # days ago; None: recent
    decline_reason: str = ""
    phone: str = ""
