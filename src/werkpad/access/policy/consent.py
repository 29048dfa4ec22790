"""Consent as the policy reads it (decisions 0031 and 0037): one queryset helper,
``consents_in_force``, that every consent filter of the policy builds on.

A consent is for an organisation (``recipient``, optionally one role in it) or for the care
team of one trajectory (``trajectory``). Consent is read when the filter runs: every page,
list, e-mail and task that goes through it sees a withdrawal at once.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.clients.models import Consent, DataCategory
from werkpad.trajectories.models import TeamMember

from .engine import CONSENT_ROLES, M
from .memo import reused

# A consent "for another purpose" covers the own routes a team names; each other purpose is
# the trajectory type of the same name (clients.ConsentPurpose / trajectories.TrajectoryType).
OTHER_PURPOSE, OWN_ROUTE = "anders", "eigen"


def purposes_for(trajectory_type: str) -> list[str]:
    return [OTHER_PURPOSE] if trajectory_type == OWN_ROUTE else [trajectory_type]


class Reach(Enum):
    """Markers for ``consents_in_force`` where a value would be ambiguous."""

    UNFILTERED = "unfiltered"  # the default: this part of the consent is not asked about
    ANY_ROLE = "any_role"  # consents naming any role, or none
    WHOLE_ORGANISATION = "whole_organisation"  # only consents that name no role
    ANY_TEAM = "any_team"  # consents for the care team of some trajectory


ANY_ROLE = Reach.ANY_ROLE
WHOLE_ORGANISATION = Reach.WHOLE_ORGANISATION
ANY_TEAM = Reach.ANY_TEAM
_UNFILTERED = Reach.UNFILTERED


def consents_in_force(
    category: str | OuterRef,
    *,
    role: Any,
    client: Any = _UNFILTERED,
    recipient: Any = _UNFILTERED,
    trajectory: Any = _UNFILTERED,
) -> QuerySet[Any]:
    """The one consent filter: the client's consents in force (``Consent.objects.active()``,
    read now) covering ``category`` (a value, or an ``OuterRef`` to the record's category).

    ``role`` is the role the reader acts in: consents that name no role or name that role
    count, and none at all when the role is not one a consent reaches (``CONSENT_ROLES``);
    an ``OuterRef`` role leaves that check to the caller. ``ANY_ROLE`` counts consents
    whatever role they name; ``WHOLE_ORGANISATION`` only those that name no role.
    ``client``, ``recipient`` (an organisation) and ``trajectory`` (its care team; ``ANY_TEAM``
    for any team) narrow to that value or ``OuterRef`` when given; ``None`` is a value (no
    row has it), never "any". A consent for an organisation has no trajectory and the other
    way round, so asking about ``recipient`` never counts a team consent (decision 0037)."""
    consents = Consent.objects.active().filter(grants__category=category)
    if client is not _UNFILTERED:
        consents = consents.filter(client=client)
    if recipient is not _UNFILTERED:
        consents = consents.filter(recipient=recipient)
    if trajectory is ANY_TEAM:
        consents = consents.filter(trajectory__isnull=False)
    elif trajectory is not _UNFILTERED:
        consents = consents.filter(trajectory=trajectory)
    if role is WHOLE_ORGANISATION:
        consents = consents.filter(recipient_role="")
    elif role is not ANY_ROLE:
        if not isinstance(role, OuterRef) and role not in CONSENT_ROLES:
            return consents.none()
        consents = consents.filter(Q(recipient_role="") | Q(recipient_role=role))
    return consents.defer("document_ciphertext")


def _active_consents(actor: Actor, category: str) -> QuerySet[Any]:
    """Consents in force for the actor's organisation (and role) covering ``category``."""
    return consents_in_force(category, role=actor.role, recipient=actor.organisation_id)


def _team_consents(actor: Actor, category: str) -> QuerySet[Any]:
    """Consents in force for care teams covering ``category`` that reach the actor's role;
    whether the actor is on the team is the caller's part."""
    return consents_in_force(category, role=actor.role, trajectory=ANY_TEAM)


def _team_consent_in_force(trajectory_path: str, role: Any, category: str | OuterRef) -> Q:
    """An active consent for the care team of the trajectory at ``trajectory_path`` covering
    ``category``, for ``role`` (a value or an ``OuterRef``) if it names one. Whether the
    reader is on that team is the caller's part (``_on_team`` or the team membership row)."""
    return Q(Exists(consents_in_force(category, role=role, trajectory=OuterRef(trajectory_path))))


def _consent_in_force(
    recipient: Any,
    role: Any,
    client_path: str,
    category: str | OuterRef,
    *,
    route_path: str = "",
) -> Q:
    """An active consent of the client at ``client_path`` for ``recipient`` (an organisation
    id, or an ``OuterRef`` to one) and, if the consent names a role, for ``role`` (a value or
    an ``OuterRef``), covering ``category``; for data on a trajectory, for that trajectory's
    purpose. Takes values or ``OuterRef``s, so the same rule serves the actor's pages and the
    per-member mail."""
    consents = consents_in_force(
        category, role=role, recipient=recipient, client=OuterRef(client_path)
    )
    if not route_path:
        return Q(Exists(consents))
    same_purpose = Q(Exists(consents.filter(purpose=OuterRef(route_path))))
    own_route = Q(**{route_path: OWN_ROUTE}) & Q(Exists(consents.filter(purpose=OTHER_PURPOSE)))
    return same_purpose | own_route


def client_consents_to(client: Any, organisation: Any, category: str = "basis") -> bool:
    """Whether the client's consent lets a whole organisation (not only one role in it) see
    ``category`` now: the condition for referring the client there."""
    return consents_in_force(
        category, role=WHOLE_ORGANISATION, client=client, recipient=organisation
    ).exists()


def _my_team_places(actor: Actor) -> QuerySet[Any]:
    return TeamMember.objects.filter(  # type: ignore[misc]
        user_id=actor.user.pk,  # type: ignore[union-attr]
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    )


@reused
def _on_team(actor: Actor, trajectory_path: str) -> Exists:
    return Exists(_my_team_places(actor).filter(trajectory_id=OuterRef(trajectory_path)))


@reused
def _consented(
    actor: Actor,
    client_path: str,
    category: str | OuterRef,
    route_path: str = "",
    *,
    trajectory_path: str = "",
) -> Q:
    """An active consent of the record's client for the actor's organisation (and role)
    covering ``category`` (a fixed category, or ``OuterRef("category")`` of the record). For
    data on a trajectory (``route_path`` leads to its type) the consent's purpose must be that
    trajectory: consent for an IPS trajectory does not open a WGB trajectory's data. With
    ``trajectory_path`` (the path to that trajectory's pk), a consent for the care team of
    that trajectory counts too while the actor is on its team."""
    consented = _consent_in_force(
        actor.organisation_id, actor.role, client_path, category, route_path=route_path
    )
    if not trajectory_path:
        return consented
    on_team = Q(_on_team(actor, trajectory_path))
    return consented | (on_team & _team_consent_in_force(trajectory_path, actor.role, category))


def team_members_who_see(qs: QuerySet[M]) -> QuerySet[M]:
    """Team memberships through which their member sees the trajectory now: the
    organisation that runs it, or another organisation's member in a client-work role while
    the client's basic-data consent for that organisation (and role) is in force. For
    e-mails and background tasks, which must read consent when they send, not when queued."""
    own = Q(organisation_id=F("trajectory__organisation_id"))
    consented = Q(role__in=CONSENT_ROLES) & (
        _consent_in_force(
            OuterRef("organisation_id"),
            OuterRef("role"),
            "trajectory__client_id",
            "basis",
            route_path="trajectory__type",
        )
        | (
            Q(ended_on__isnull=True)
            & _team_consent_in_force("trajectory_id", OuterRef("role"), "basis")
        )
    )
    return qs.filter(own | consented)


def team_members_who_would_read(trajectory: Any, category: str, organisation_id: int) -> Any:
    """The active team members who would read a record of ``category`` that
    ``organisation_id`` records on ``trajectory`` (for "zichtbaar voor: …" on a form, before
    saving): those who see the trajectory (``team_members_who_see``) and are of the recording
    organisation, or whose organisation (and role) the client's consent in force covers
    ``category`` for. Colleagues of the recording organisation off the team read it too,
    unless the category is need-to-know (``_need_to_know_q``)."""
    members = TeamMember.objects.filter(
        trajectory=trajectory, ended_on__isnull=True
    ).select_related("organisation", "user")
    covered = (
        Q(organisation_id=organisation_id)
        | _consent_in_force(
            OuterRef("organisation_id"),
            OuterRef("role"),
            "trajectory__client_id",
            category,
            route_path="trajectory__type",
        )
        | _team_consent_in_force("trajectory_id", OuterRef("role"), category)
    )
    return team_members_who_see(members).filter(covered)


def what_withdrawal_closes(consent: Any) -> list[tuple[Any, list[str]]]:
    """For a consent in force for a care team (decision 0037): each current member it reaches,
    with the categories they stop reading of what other organisations record once it is
    withdrawn, in the consent's order. An empty list for a member means something else keeps
    it all open: a consent in force for their organisation, another consent for the team,
    or (for basic data) their organisation running the trajectory or holding the record. For
    the withdrawal pages, which must say who loses what, not guess. One query per category."""
    if consent.trajectory_id is None or not Consent.objects.active().filter(pk=consent.pk).exists():
        return []
    roles = [consent.recipient_role] if consent.recipient_role else sorted(CONSENT_ROLES)
    members = list(
        TeamMember.objects.filter(
            trajectory_id=consent.trajectory_id, ended_on__isnull=True, role__in=roles
        )
        .select_related("user", "organisation")
        .order_by("started_on", "id")
    )
    lost: dict[int, list[str]] = {m.pk: [] for m in members}
    order = list(DataCategory.values)
    for category in sorted(consent.categories, key=order.index):
        kept = _consent_in_force(
            OuterRef("organisation_id"),
            OuterRef("role"),
            "trajectory__client_id",
            category,
            route_path="trajectory__type",
        ) | Q(
            Exists(
                consents_in_force(
                    category, role=OuterRef("role"), trajectory=OuterRef("trajectory_id")
                ).exclude(pk=consent.pk)
            )
        )
        if category == "basis":
            kept |= Q(organisation_id=F("trajectory__organisation_id")) | Q(
                organisation_id=F("trajectory__client__organisation_id")
            )
        keeping = set(
            TeamMember.objects.filter(pk__in=lost).filter(kept).values_list("pk", flat=True)
        )
        for member in members:
            if member.pk not in keeping:
                lost[member.pk].append(category)
    return [(member, lost[member.pk]) for member in members]
