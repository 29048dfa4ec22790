"""No client data in the regional network (issue 15, item 3): every text a professional posts
there (a question, an answer, an article, a note, an entry, a key person's details, a training
or werkatelier) is checked before it is stored, and refused with the reason, naming the form,
when it looks like it identifies a person (``identifying``)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from werkpad.access.actor import Actor
from werkpad.access.policy import visible_to
from werkpad.trajectories.models import TeamMember, Trajectory

from ..identifying import Place, find_identifying


def caseload_names(actor: Actor) -> list[str]:
    """The full names of the clients on the actor's own caseload (their active places on care
    teams), read through the policy. Only compared with the text, never shown or stored, so
    the check writes no access-log row (decision 0043)."""
    if not actor.is_professional or actor.user is None:
        return []
    places = TeamMember.objects.filter(  # type: ignore[misc]
        user_id=actor.user.pk, organisation_id=actor.organisation_id, ended_on__isnull=True
    ).values("trajectory_id")
    trajectories = visible_to(actor, Trajectory.objects.filter(pk__in=places))
    return sorted(set(trajectories.values_list("client__full_name", flat=True)))


def refuse_identifying(*, actor: Actor | None, fields: dict[str, str], place: Place) -> None:
    """Raise a ``ValidationError`` per field whose text looks like it identifies a person:
    a BSN (11-proef), a date of birth, an e-mail address, a phone number, or (with an
    ``actor``) a name from their caseload; the message names the form (``place``). Nothing
    is stored: the caller checks first."""
    names = caseload_names(actor) if actor is not None else []
    errors = {
        field: [finding.message_on(place) for finding in findings]
        for field, text in fields.items()
        if text and (findings := find_identifying(text, names=names))
    }
    if errors:
        raise ValidationError(errors)
