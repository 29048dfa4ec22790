"""Job development on one trajectory: career profile, matches, werkplekscans, the work summary and
the timeline entries of job development."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    Basis,
    Decision,
    as_client_data,
    get_for,
    visible_to,
)
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_read
from werkpad.trajectories.models import Trajectory

from .. import matching
from ..models import (
    CareerProfile,
    EmployerContact,
    FollowUpContact,
    Placement,
    Signal,
    Vacancy,
    VacancyStatus,
    WorkplaceScan,
)


# --- On a trajectory -----------------------------------------------------------------------
def profile_hidden(*, actor: Actor, trajectory: Trajectory) -> bool:
    """Whether the trajectory has a career profile the actor may not see (a guest without the
    client's consent for work data): the page says so instead of offering to make a second
    one. Only that one exists is told, nothing of what it holds."""
    profiles = CareerProfile.objects.filter(trajectory=trajectory)
    return profiles.exists() and not visible_to(actor, profiles).exists()


def profile_for(*, actor: Actor, trajectory: Trajectory) -> CareerProfile | None:
    profile = (
        visible_to(actor, CareerProfile.objects.filter(trajectory=trajectory))
        .select_related("home_gemeente", "updated_by")
        .prefetch_related("history")
        .first()
    )
    if profile is not None:
        record_read(
            actor,
            event="career_profile.read",
            obj=profile,
            decision=_own_or_consent(actor, profile),
        )
    return profile


def _own_or_consent(actor: Actor, record_: Any) -> Decision:
    own = record_.organisation_id == actor.organisation_id
    return Decision(True, Basis.OWN_ORGANISATION if own else Basis.CONSENT)


def matches_for_trajectory(
    *, actor: Actor, profile: CareerProfile, limit: int = 20
) -> list[matching.Match]:
    matches = matching.rank_vacancies(
        profile, visible_to(actor, Vacancy.objects.all()), limit=limit
    )
    record(
        actor,
        event="matching.vacancies",
        action=AuditAction.READ,
        obj=profile,
        basis=_own_or_consent(actor, profile).basis,
        detail={"count": len(matches)},
    )
    return matches


OPTIONS_FROM_CONTACTS = 30


def vacancy_options(
    *, actor: Actor, trajectory: Trajectory, chosen: int | None = None
) -> QuerySet[Vacancy]:
    """What a werkplekscan or placement for this job seeker can be about, as a short list:
    the one chosen (from a match or a vacancy page), the jobs created for them, their best
    matches, and the open vacancies of employers the coaches met for them. With 100,000
    vacancies a select of all of them would take seconds to build and be useless to read."""
    visible = visible_to(actor, Vacancy.objects.all())
    ids: set[int] = set(visible.filter(for_trajectory=trajectory).values_list("pk", flat=True))
    if chosen is not None:
        ids |= set(visible.filter(pk=chosen).values_list("pk", flat=True))
    profile = visible_to(actor, CareerProfile.objects.filter(trajectory=trajectory)).first()
    if profile is not None:
        ids |= {m.vacancy.pk for m in matching.rank_vacancies(profile, visible)}
    met = EmployerContact.objects.filter(trajectory=trajectory).values("employer_id")
    ids |= set(
        visible.filter(employer_id__in=met, status=VacancyStatus.OPEN).values_list("pk", flat=True)[
            :OPTIONS_FROM_CONTACTS
        ]
    )
    return (
        Vacancy.objects.filter(pk__in=ids)
        .exclude(status=VacancyStatus.CLOSED)
        .select_related("employer")
        .order_by("employer__name", "title")
    )


def scans_for(*, actor: Actor, trajectory: Trajectory) -> QuerySet[WorkplaceScan]:
    return visible_to(actor, WorkplaceScan.objects.filter(trajectory=trajectory)).select_related(
        "employer", "vacancy"
    )


def scan_get(*, actor: Actor, pk: int) -> WorkplaceScan:
    scan, decision = get_for(
        actor,
        Action.VIEW_TRAJECTORY,
        WorkplaceScan.objects.select_related(
            "employer", "vacancy", "trajectory__client", "done_by"
        ),
        pk=pk,
    )
    record_read(actor, event="workplace_scan.read", obj=scan, decision=decision)
    return scan


@dataclass
class WorkSummary:
    """What the trajectory page shows of work: the profile, placements and open signals."""

    has_profile: bool
    placements: list[Placement]
    signals: list[Signal]


def work_summary(*, actor: Actor, trajectory: Trajectory) -> WorkSummary:
    placements = list(
        visible_to(actor, Placement.objects.filter(trajectory=trajectory))
        .select_related("employer")
        .order_by("-start_on", "-id")
    )
    signals = list(
        visible_to(
            actor, Signal.objects.filter(trajectory=trajectory, resolved_at__isnull=True)
        ).select_related("placement")
    )
    has_profile = visible_to(actor, CareerProfile.objects.filter(trajectory=trajectory)).exists()
    if placements or signals:  # what the trajectory page shows of work is client data too
        record(
            actor,
            event="trajectory.work_summary",
            action=AuditAction.READ,
            obj=trajectory,
            basis=Basis.TEAM,
            detail={"placements": len(placements), "signals": len(signals)},
        )
    return WorkSummary(has_profile=has_profile, placements=placements, signals=signals)


# --- Timeline entries of job development -------------------------------------------------
def timeline_entries(*, actor: Actor, trajectory: Trajectory) -> tuple[list[Any], list[Any]]:
    """The trajectory timeline's work entries: placements (start and end), employer contacts
    for this job seeker, werkplekscans and follow-along contacts, as far as the actor may see
    them. Returns the entries and the records shown (for the access log)."""
    from django.utils.translation import gettext as _

    from werkpad.trajectories.selectors import TimelineEntry

    entries: list[TimelineEntry] = []
    shown: list[Any] = []
    category = _("werk")
    placements = list(
        visible_to(actor, Placement.objects.filter(trajectory=trajectory)).select_related(
            "employer", "organisation", "coach"
        )
    )
    for p in placements:
        shown.append(p)
        entries.append(
            TimelineEntry(
                p.start_on,
                "werk",
                _("Aan het werk: %(job)s bij %(employer)s")
                % {"job": p.job_title, "employer": p.employer.name},
                text=p.get_work_type_display(),
                category=category,
                organisation=p.organisation.name,
                author=p.coach.full_name,
                success=True,
                sort_key=(p.start_on, 4, p.pk),
            )
        )
        if p.ended_on:
            entries.append(
                TimelineEntry(
                    p.ended_on,
                    "werk",
                    _("Werk gestopt: %(reason)s") % {"reason": p.get_end_reason_display()},
                    text=p.learned,
                    category=category,
                    organisation=p.organisation.name,
                    sort_key=(p.ended_on, 4, p.pk),
                )
            )
    contacts = as_client_data(
        actor, visible_to(actor, EmployerContact.objects.filter(trajectory=trajectory))
    ).select_related("employer", "organisation", "coach")
    for c in contacts:
        shown.append(c)
        entries.append(
            TimelineEntry(
                c.occurred_on,
                "werk",
                _("Werkgeverscontact (%(kind)s): %(employer)s")
                % {"kind": c.get_kind_display(), "employer": c.employer.name},
                text=c.outcome,
                category=category,
                organisation=c.organisation.name,
                author=c.coach.full_name,
                sort_key=(c.occurred_on, 5, c.pk),
            )
        )
    for scan in scans_for(actor=actor, trajectory=trajectory).select_related(
        "organisation", "done_by"
    ):
        shown.append(scan)
        entries.append(
            TimelineEntry(
                scan.done_on,
                "werk",
                _("Werkplekscan: %(employer)s") % {"employer": scan.employer.name},
                text=_("Alle lichten op groen.") if scan.all_green else "",
                category=category,
                organisation=scan.organisation.name,
                author=scan.done_by.full_name,
                sort_key=(scan.done_on, 6, scan.pk),
            )
        )
    follow_ups = visible_to(
        actor, FollowUpContact.objects.filter(placement__trajectory=trajectory)
    ).select_related("organisation", "author")
    for f in follow_ups:
        shown.append(f)
        entries.append(
            TimelineEntry(
                f.occurred_on,
                "werk",
                _("Nazorg (%(whom)s)") % {"whom": f.get_with_whom_display()},
                text=f.note,
                category=category,
                organisation=f.organisation.name,
                author=f.author.full_name,
                sort_key=(f.occurred_on, 7, f.pk),
            )
        )
    return entries, shown
