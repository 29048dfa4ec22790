"""Free text: each text about a client is read under consent for its own category.

A model declares its free-text fields and their categories in ``TEXT_CATEGORIES``
(``werkpad.core.textcategories``); ``readable_texts`` annotates whether the actor reads each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import BooleanField, ExpressionWrapper, Model, OuterRef, Q, QuerySet, Value

from werkpad.access.actor import Actor
from werkpad.core.textcategories import Parent, Row, declared, fixed_category, parent_model

from .consent import _consented, _on_team, _team_consent_in_force
from .engine import M, _label, _works_with_clients


@dataclass(frozen=True)
class _TextContext:
    """Where a record's client and route (the consent's purpose) are, which organisation
    wrote a text when it is not the record's ``organisation`` (a referral's two parties), and
    the path to the trajectory's pk when the record is on one (its care team's consent)."""

    client: str
    route: str
    authors: tuple[tuple[str, str], ...] = ()
    trajectory: str = ""


# Records shown to others without their texts' categories being part of their scope: a phase
# change is on the timeline of everyone who sees the trajectory; a referral is seen by both
# parties; an employer contact by every organisation that shares the employer.
_TEXT_CONTEXT: dict[str, _TextContext] = {
    "trajectories.phasechange": _TextContext(
        "trajectory__client_id", "trajectory__type", trajectory="trajectory__pk"
    ),
    "trajectories.referral": _TextContext(
        "client_id",
        "route",
        (("reason", "from_organisation_id"), ("decline_reason", "to_organisation_id")),
    ),
    "employment.employercontact": _TextContext(
        "trajectory__client_id", "trajectory__type", trajectory="trajectory__pk"
    ),
}


def _text_category(model: type[Model], spec: Any) -> str | OuterRef:
    if isinstance(spec, Row):
        return fixed_category(model, spec.attribute) or OuterRef(spec.attribute)
    if isinstance(spec, Parent):
        fixed = fixed_category(parent_model(model, spec.path), "category")
        return fixed or OuterRef(f"{spec.path}__category")
    return str(spec)


def _text_readable_q(actor: Actor, model: type[Model], name: str, spec: Any) -> Q:
    """Whether the actor reads one declared text of a record: the organisation that wrote it
    does; another organisation while the client's consent covers basic data and the text's
    category (for the record's route). A text on a record that names no client (an employer
    contact not about a job seeker) is organisation data."""
    context = _TEXT_CONTEXT.get(_label(model))
    author = dict(context.authors).get(name, "organisation_id") if context else "organisation_id"
    own = Q(**{author: actor.organisation_id})
    if context is None or not _works_with_clients(actor):
        return own  # fail closed: no consent path is known for this record
    no_client = Q(**{f"{context.client}__isnull": True})
    category = _text_category(model, spec)
    consented = _consented(actor, context.client, category, route_path=context.route) & Q(
        _consented(actor, context.client, "basis")
    )
    if context.trajectory:
        on_team = Q(_on_team(actor, context.trajectory))
        consented |= on_team & _team_consent_in_force(context.trajectory, actor.role, category)
    return no_client | own | consented


def readable_texts(actor: Actor, qs: QuerySet[M]) -> QuerySet[M]:
    """``qs`` annotated with ``readable_<field>`` for every free-text field its model declares
    in ``TEXT_CATEGORIES`` (``werkpad.core.textcategories``): whether the actor may read that
    text now. Pages show the record and, where this is False, say the text is not visible.
    Evaluated in the query (an ``EXISTS`` per text), so a withdrawal counts at once."""
    annotations: dict[str, Any] = {}
    for name, spec in declared(qs.model).items():
        if actor.is_client:  # the scope has narrowed to the client's own file (AVG art. 15)
            value: Any = Value(True)
        elif not actor.is_professional:
            value = Value(False)
        else:
            value = ExpressionWrapper(
                _text_readable_q(actor, qs.model, name, spec), output_field=BooleanField()
            )
        annotations[f"readable_{name}"] = value
    return qs.annotate(**annotations)


def text_readable(obj: Model, name: str) -> bool:
    """Read the annotation ``readable_texts`` made; an object that did not come through it
    reads as not readable (fail closed)."""
    return bool(getattr(obj, f"readable_{name}", False))


def may_read_contact_outcome(actor: Actor, contact: Any, visible_trajectory_ids: set[int]) -> bool:
    """What an employer contact about a job seeker said is client data (work): for the
    organisation that made it, and for those who see that trajectory while the client's
    consent covers work data (``contact`` comes through ``readable_texts``)."""
    if contact.trajectory_id is None or contact.organisation_id == actor.organisation_id:
        return True
    return contact.trajectory_id in visible_trajectory_ids and text_readable(contact, "outcome")
