"""What several trajectory use cases share: putting a professional on the care team, the
check that a chosen data category lets no more people read a record than the one that
fits unless the author confirms it (issue 11, item 4), and keeping 'last contact' current."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.models import NEED_TO_KNOW_CATEGORIES
from werkpad.access.policy import team_members_who_would_read
from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Membership

from ..models import TeamMember, Trajectory


def _team_add(
    actor: Actor, trajectory: Trajectory, membership: Membership, *, is_key_person: bool
) -> TeamMember:
    if is_key_person:
        # One key person per organisation on a trajectory.
        TeamMember.objects.filter(
            trajectory=trajectory,
            organisation_id=membership.organisation_id,
            ended_on__isnull=True,
        ).update(is_key_person=False)
    return TeamMember.objects.create(
        trajectory=trajectory,
        user_id=membership.user_id,
        organisation_id=membership.organisation_id,
        role=membership.role,
        is_key_person=is_key_person,
        started_on=timezone.localdate(),
        added_by=_user(actor),
    )


def _readers(trajectory: Trajectory, category: str, organisation_id: int) -> dict[int, str]:
    """Who would read a record of ``category`` (policy.team_members_who_would_read), by
    team-member id, as "name (organisation)"."""
    members = team_members_who_would_read(trajectory, category, organisation_id)
    return {m.pk: f"{m.user.full_name} ({m.organisation.name})" for m in members}


def _check_widening(
    *,
    actor: Actor,
    trajectory: Trajectory,
    category: str,
    reference: str,
    confirmed: bool,
    field: str = "category",
) -> dict[str, Any]:
    """Issue 11, item 4: a category that lets more people read a record than the
    ``reference`` one (the default for its life domain and the author's role, or its category
    so far) is refused unless the author confirms it; the refusal names who would then read
    it too. Returns what the audit row notes about a confirmed widening (empty otherwise)."""
    if not category or category == reference:
        return {}
    organisation_id = actor.organisation_id
    assert organisation_id is not None
    extra = _readers(trajectory, category, organisation_id)
    for pk in _readers(trajectory, reference, organisation_id):
        extra.pop(pk, None)
    names = sorted(extra.values())
    # Out of need-to-know (decision 0033), every colleague of the organisation reads it, on
    # the team or not: a widening even when the team is the organisation's alone.
    colleagues = reference in NEED_TO_KNOW_CATEGORIES and category not in NEED_TO_KNOW_CATEGORIES
    if colleagues:
        names.append(
            _("collega's van %(organisation)s buiten het team")
            % {"organisation": _organisation(actor).name}
        )
    if not names:
        return {}
    if not confirmed:
        raise ValidationError(
            {
                field: _(
                    "Met soort gegevens '%(chosen)s' lezen meer mensen dit dan met "
                    "'%(default)s', de soort die hier hoort: ook %(names)s. Kies "
                    "'%(default)s', of vink aan dat zij het ook mogen lezen."
                )
                % {
                    "chosen": DataCategory(category).label,
                    "default": DataCategory(reference).label,
                    "names": ", ".join(names),
                }
            }
        )
    return {
        "wider": category,
        "default": reference,
        "extra_readers": sorted(extra),
        "colleagues_off_the_team": colleagues,
    }


def touch_contact(trajectory: Trajectory, day: date) -> None:
    Trajectory.objects.filter(pk=trajectory.pk).filter(
        Q(last_contact_on__isnull=True) | Q(last_contact_on__lt=day)
    ).update(last_contact_on=day)
