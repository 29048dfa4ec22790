"""Need-to-know inside an organisation, and break the glass (decision 0033)."""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, Model, OuterRef, Q

from werkpad.access.actor import Actor
from werkpad.access.models import NEED_TO_KNOW_CATEGORIES, BreakTheGlassGrant
from werkpad.trajectories.models import TeamMember

from .consent import _my_team_places
from .memo import reused

# Fields that name who recorded a record, in the order they are looked for: the recorder
# keeps reading what they wrote even when they are not (or no longer) on the care team.
_RECORDER_FIELDS = (
    "created_by",
    "author",
    "recorded_by",
    "assessed_by",
    "changed_by",
    "professional",
    "owner",
)


def _recorder_field(model: type[Model]) -> str:
    names = {f.name for f in model._meta.get_fields()}
    return next((f for f in _RECORDER_FIELDS if f in names), "")


@reused
def _need_to_know_q(actor: Actor, model: type[Model], trajectory: str) -> Q | None:
    """Need-to-know inside an organisation (issue 11, item 3; decision 0033): a treatment or
    belastbaarheid record is read only by the client's own care team (an active team member,
    for the actor's organisation, on any of the client's trajectories), by whoever recorded
    it, or under an active break-the-glass grant of the actor for that client. ``None`` when
    the model's records are never of such a category (nothing to filter)."""
    fixed = getattr(model, "category", None)
    if isinstance(fixed, str) and fixed:
        if fixed not in NEED_TO_KNOW_CATEGORIES:
            return None
        others = Q(pk__in=[])  # every record of this model is need-to-know
    else:
        others = ~Q(category__in=NEED_TO_KNOW_CATEGORIES)
    client_path = f"{trajectory}__client_id"
    user_id = actor.user.pk  # type: ignore[union-attr]
    on_client_team = TeamMember.objects.filter(  # type: ignore[misc]
        trajectory__client_id=OuterRef(client_path),
        user_id=user_id,
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    )
    granted = BreakTheGlassGrant.objects.active().filter(  # type: ignore[misc]
        user_id=user_id, organisation_id=actor.organisation_id, client_id=OuterRef(client_path)
    )
    known = others | Q(Exists(on_client_team)) | Q(Exists(granted))
    recorder = _recorder_field(model)
    if recorder:
        known |= Q(**{f"{recorder}_id": user_id})
    return known


def active_break_the_glass(actor: Actor, client: Any) -> Any:
    """The actor's grant in force for ``client`` (for their organisation), or ``None``."""
    if not actor.is_professional:
        return None
    return (
        BreakTheGlassGrant.objects.active()
        .filter(  # type: ignore[misc]
            user_id=actor.user.pk,  # type: ignore[union-attr]
            organisation_id=actor.organisation_id,
            client=client,
        )
        .order_by("-expires_at")
        .first()
    )


def on_client_care_team(actor: Actor, client: Any) -> bool:
    """Whether the actor is on the care team of one of the client's trajectories for their
    organisation: then need-to-know records are theirs to read and no grant is needed."""
    return _my_team_places(actor).filter(trajectory__client=client).exists()
