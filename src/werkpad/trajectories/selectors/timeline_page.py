"""The timeline of a trajectory: phase changes, meetings, ladder steps, notes and what apps
built on the trajectory contribute, newest first, as far as consent allows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from werkpad.access.actor import Actor
from werkpad.access.policy import readable_texts, text_readable, visible_to
from werkpad.clients.models import DataCategory

from ..contributions import timeline_contributions
from ..models import LadderAssessment, Meeting, Note, Perspective, PhaseChange, Trajectory
from ._shared import _log_shown
from .ladder import ladder_steps_up


def hidden_reason(category: str) -> str:
    """What a page shows instead of a reason the actor may not read: that there is one, and
    which consent would open it (the category, never the text)."""
    from django.utils.translation import gettext as _

    label = DataCategory(category).label if category in DataCategory.values else category
    return _("Reden niet zichtbaar: de cliënt gaf geen toestemming voor %(category)s.") % {
        "category": label
    }


@dataclass
class TimelineEntry:
    day: date
    kind: str  # phase, meeting, ladder, note
    title: str
    text: str = ""
    category: str = ""
    organisation: str = ""
    author: str = ""
    success: bool = False
    sort_key: tuple[Any, ...] = ()


TIMELINE_KINDS = ("fase", "gesprek", "ladder", "notitie", "werk")


def timeline(
    *,
    actor: Actor,
    trajectory: Trajectory,
    kinds: list[str] | None = None,
    categories: list[str] | None = None,
) -> list[TimelineEntry]:
    """Phase changes, meetings, ladder steps and notes, newest first, as far as consent
    allows; filtered by kind and data category."""
    from django.utils.translation import gettext as _

    kinds = [k for k in (kinds or []) if k in TIMELINE_KINDS] or list(TIMELINE_KINDS)
    entries: list[TimelineEntry] = []
    shown: list[Any] = []

    def wanted(category: str) -> bool:
        return not categories or category in categories

    if "fase" in kinds and not categories:
        # Everyone who sees the trajectory sees its phase changes; a change's reason only
        # under consent for its category (issue 11: free text has a category).
        for change in readable_texts(
            actor, visible_to(actor, PhaseChange.objects.filter(trajectory=trajectory))
        ).select_related("changed_by", "organisation"):
            change.trajectory = trajectory
            readable = text_readable(change, "reason")
            if readable and change.reason:
                shown.append(change)
            entries.append(
                TimelineEntry(
                    change.changed_on,
                    "fase",
                    _("Fase: %(phase)s") % {"phase": change.to_label},
                    text=change.reason
                    if readable or not change.reason
                    else hidden_reason(change.category),
                    category=change.get_category_display() if readable and change.reason else "",
                    organisation=change.organisation.name,
                    author=change.changed_by.full_name,
                    sort_key=(change.changed_on, 0, change.pk),
                )
            )
    if "gesprek" in kinds:
        for meeting in visible_to(
            actor, Meeting.objects.filter(trajectory=trajectory)
        ).select_related("organisation", "created_by"):
            if wanted(meeting.category):
                shown.append(meeting)
                entries.append(
                    TimelineEntry(
                        meeting.held_on,
                        "gesprek",
                        meeting.get_kind_display().capitalize(),
                        text=meeting.summary,
                        category=meeting.get_category_display(),
                        organisation=meeting.organisation.name,
                        author=meeting.created_by.full_name,
                        sort_key=(meeting.held_on, 1, meeting.pk),
                    )
                )
    if "ladder" in kinds and wanted("reintegratie"):
        assessments = list(
            visible_to(
                actor, LadderAssessment.objects.filter(trajectory=trajectory)
            ).select_related("organisation", "assessed_by")
        )
        ups = ladder_steps_up(assessments)
        shown.extend(assessments)
        for a in assessments:
            who = (
                _("cliënt zelf") if a.perspective == Perspective.CLIENT else a.assessed_by.full_name
            )
            entries.append(
                TimelineEntry(
                    a.assessed_on,
                    "ladder",
                    (
                        _("Een trede hoger: %(step)s")
                        if a.pk in ups
                        else _("Participatieladder: %(step)s")
                    )
                    % {"step": a.get_step_display()},
                    text=a.note,
                    category=_("re-integratie"),
                    organisation=a.organisation.name,
                    author=who,
                    success=a.pk in ups,
                    sort_key=(a.assessed_on, 2, a.pk),
                )
            )
    if "notitie" in kinds:
        for note in visible_to(actor, Note.objects.filter(trajectory=trajectory)).select_related(
            "organisation", "author"
        ):
            if wanted(note.category):
                shown.append(note)
                entries.append(
                    TimelineEntry(
                        note.occurred_on,
                        "notitie",
                        note.get_kind_display().capitalize(),
                        text=note.text,
                        category=note.get_category_display(),
                        organisation=note.organisation.name,
                        author=note.author.full_name,
                        sort_key=(note.occurred_on, 3, note.pk),
                    )
                )
    if "werk" in kinds and wanted("werk"):
        # Job development and placement: apps built on this one register their entries.
        work_entries, work_records = timeline_contributions(actor=actor, trajectory=trajectory)
        entries.extend(work_entries)
        shown.extend(work_records)
    _log_shown(actor, trajectory, "trajectory.timeline", shown)
    return sorted(entries, key=lambda e: e.sort_key, reverse=True)


def timeline_kind_choices() -> list[tuple[str, str]]:
    from django.utils.translation import gettext as _

    labels = {
        "fase": _("fasewisselingen"),
        "gesprek": _("gesprekken"),
        "ladder": _("participatieladder"),
        "notitie": _("notities"),
        "werk": _("werk en plaatsing"),
    }
    return [(k, labels[k]) for k in TIMELINE_KINDS]


def category_choices() -> list[tuple[str, str]]:
    from werkpad.clients.models import DataCategory

    return [(c.value, str(c.label)) for c in DataCategory]
