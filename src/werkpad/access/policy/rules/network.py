"""Access rules of the regional network (issue 15; decision 0043). Everything here is
organisation or public knowledge, never client data, and readable along the lines of the
region: a professional reads what belongs to the regions of their organisation's werkgebied,
and what is national. Employers see only the trainings they can sign managers up for.
Clients have no part in it (their peer groups are the portal's)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.roles import Role
from werkpad.accounts.models import ActorKind
from werkpad.network.models import (
    Agreement,
    Article,
    DirectoryEntry,
    Editor,
    Event,
    Question,
    Registration,
)
from werkpad.organisations.models import ArbeidsmarktRegio, Membership, Organisation

from ..engine import (
    DENY,
    Action,
    Basis,
    Decision,
    _is_admin,
    _is_team_lead,
    register_page_rule,
    register_rule,
    register_scope,
)

# Who may plan a training session or werkatelier for the region (besides the network's
# coordinators): the people who already organise the cooperation.
ORGANISER_ROLES = frozenset({Role.REGIOCOORDINATOR, Role.TEAMLEIDER})


def my_regions(actor: Actor) -> QuerySet[Any]:
    """The arbeidsmarktregio's of the actor's organisation (its werkgebied), as a subquery."""
    return ArbeidsmarktRegio.objects.filter(organisations=actor.organisation_id).values("pk")


def regions_readable(actor: Actor) -> list[ArbeidsmarktRegio | None]:
    """What a professional reads of the network by region: the nation (``None``) and the
    regions of their organisation; nothing for anyone else. For the search index, which
    matches these as words before it ranks (``network.search``)."""
    if not actor.is_professional:
        return []
    return [None, *ArbeidsmarktRegio.objects.filter(pk__in=my_regions(actor))]


def _in_my_regions_or_national(actor: Actor, path: str = "region") -> Q:
    return Q(**{f"{path}__isnull": True}) | Q(**{f"{path}__in": my_regions(actor)})


def regions_read_by(user_ids: list[int]) -> dict[int, set[int]]:
    """For background work over many users at once (the daily digest): the regions whose
    network items each professional reads, through their active memberships. One query;
    ``reads_in(regions, region_id)`` then says what ``_in_my_regions_or_national`` says."""
    rows = Membership.objects.filter(
        user_id__in=user_ids, is_active=True, user__kind=ActorKind.PROFESSIONAL
    ).values_list("user_id", "organisation__regions")
    found: dict[int, set[int]] = {user_id: set() for user_id in user_ids}
    for user_id, region_id in rows:
        if region_id is not None:
            found[user_id].add(region_id)
    return found


def reads_in(regions: set[int], region_id: int | None) -> bool:
    """A national item (no region) or one of the reader's regions."""
    return region_id is None or region_id in regions


def _is_editor(actor: Actor, region_id: int | None) -> bool:
    """Editors of the region's knowledge base (national: no region), and the region's
    regiocoördinator for a region."""
    if not actor.is_professional or actor.user is None:
        return False
    if Editor.objects.filter(user=actor.user, region_id=region_id).exists():
        return True
    return region_id is not None and _coordinates(actor, region_id)


def article_regions(actor: Actor) -> tuple[list[ArbeidsmarktRegio], bool]:
    """Where the actor may write articles: the regions (their own editor places and the
    regions they coordinate) and whether nationally too. The article form offers only these
    (a walk-through found a form offering a region that then refused the text)."""
    if not actor.is_professional or actor.user is None:
        return [], False
    places = set(Editor.objects.filter(user=actor.user).values_list("region_id", flat=True))
    regions = ArbeidsmarktRegio.objects.filter(pk__in=[pk for pk in places if pk is not None])
    if actor.role == Role.REGIOCOORDINATOR:
        regions = regions | ArbeidsmarktRegio.objects.filter(pk__in=my_regions(actor))
    return list(regions.distinct().order_by("code")), None in places


def _coordinates(actor: Actor, region_id: int) -> bool:
    """The regiocoördinator of an organisation working in the region."""
    return (
        actor.is_professional
        and actor.role == Role.REGIOCOORDINATOR
        and Organisation.objects.filter(pk=actor.organisation_id, regions=region_id).exists()  # type: ignore[misc]
    )


# --- scopes ------------------------------------------------------------------------------------
def _scope_directory(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not actor.is_professional:
        return qs.none()
    shares_a_region = Q(organisation__regions__in=my_regions(actor))
    own = Q(organisation_id=actor.organisation_id)
    return qs.filter(own | shares_a_region | Q(national=True)).distinct()


def _scope_through_entry(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    return qs.filter(entry__in=_scope_directory(actor, DirectoryEntry.objects.all()).values("pk"))


def _scope_regional(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Articles and questions: a professional reads the national ones and those of their
    regions."""
    if not actor.is_professional:
        return qs.none()
    return qs.filter(_in_my_regions_or_national(actor))


def _scope_answers(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    questions = _scope_regional(actor, Question.objects.all())
    return qs.filter(question__in=questions.values("pk"))


def _scope_article_parts(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    return qs.filter(article__in=_scope_regional(actor, Article.objects.all()).values("pk"))


def _scope_events(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_employer:  # trainings for their managers (Harrie Helpt), in their regions
        return qs.filter(_in_my_regions_or_national(actor), training__for_employers=True)
    if not actor.is_professional:
        return qs.none()
    return qs.filter(_in_my_regions_or_national(actor) | Q(organiser_id=actor.organisation_id))


def _scope_registrations(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """One's own registrations, those one made (a teamleider for the team, an employer for
    its managers), and all registrations of the events one's organisation organises."""
    if not (actor.is_professional or actor.is_employer):
        return qs.none()
    mine = Q(user=actor.user) | Q(registered_by=actor.user)
    organised = Q(event__organiser_id=actor.organisation_id) if actor.is_professional else Q()
    if actor.is_employer:
        return qs.filter(mine | Q(organisation_id=actor.organisation_id))
    return qs.filter(mine | organised)


def _team_user_ids(actor: Actor) -> QuerySet[Any]:
    team_id = actor.membership.team_id if actor.membership is not None else None
    return Membership.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id, team_id=team_id, is_active=True
    ).values("user_id")


def _scope_training_records(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """One's own record of trainings; a teamleider's team's (for the team's coverage)."""
    if not actor.is_professional:
        return qs.none()
    if _is_team_lead(actor) and actor.membership is not None and actor.membership.team_id:
        return qs.filter(Q(user=actor.user) | Q(user_id__in=_team_user_ids(actor)))
    return qs.filter(user=actor.user)


def _scope_trainings(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_employer:
        return qs.filter(for_employers=True)
    return qs if actor.is_professional else qs.none()


def _scope_agreements(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not actor.is_professional:
        return qs.none()
    return qs.filter(region__in=my_regions(actor))


def _scope_agreement_parts(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    agreements = _scope_agreements(actor, Agreement.objects.all())
    return qs.filter(agreement__in=agreements.values("pk"))


def _scope_own_rows(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Follows: one's own."""
    return qs.filter(user=actor.user) if actor.is_professional else qs.none()


def _scope_editors(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Editor places: who keeps the knowledge base is organisation knowledge, like who is
    who. A professional sees one's own and the editors of the nation and of their regions."""
    if not actor.is_professional:
        return qs.none()
    return qs.filter(Q(user=actor.user) | _in_my_regions_or_national(actor))


# --- object rules ------------------------------------------------------------------------------
def _decide_directory(actor: Actor, action: Action, obj: Any) -> Decision:
    if action == Action.VIEW_NETWORK:
        return Decision(actor.is_professional, Basis.ROLE)
    if action == Action.CHANGE_DIRECTORY_ENTRY:
        entry = obj if isinstance(obj, DirectoryEntry) else obj.entry
        return Decision(
            _is_admin(actor) and entry.organisation_id == actor.organisation_id,
            Basis.OWN_ORGANISATION,
        )
    return DENY


def _decide_article(actor: Actor, action: Action, obj: Article) -> Decision:
    if action == Action.VIEW_NETWORK:
        return Decision(actor.is_professional, Basis.ROLE)
    if action == Action.EDIT_ARTICLE:
        return Decision(_is_editor(actor, obj.region_id), Basis.ROLE)
    return DENY


def _decide_question(actor: Actor, action: Action, obj: Question) -> Decision:
    if action in (Action.VIEW_NETWORK, Action.ANSWER_QUESTION):
        return Decision(actor.is_professional, Basis.ROLE)
    if action == Action.MARK_HELPFUL:
        return Decision(obj.asker_id == getattr(actor.user, "pk", None), Basis.SELF)
    if action == Action.EDIT_ARTICLE:  # turn the best answer into an article
        return Decision(_is_editor(actor, obj.region_id), Basis.ROLE)
    return DENY


def _decide_event(actor: Actor, action: Action, obj: Event) -> Decision:
    if action == Action.VIEW_NETWORK:
        return Decision(actor.is_professional or actor.is_employer, Basis.ROLE)
    if action == Action.REGISTER_FOR_EVENT:
        open_ = obj.cancelled_at is None
        return Decision(open_ and (actor.is_professional or actor.is_employer), Basis.ROLE)
    if action == Action.ORGANISE_EVENT:
        return Decision(
            actor.is_professional and obj.organiser_id == actor.organisation_id,
            Basis.OWN_ORGANISATION,
        )
    return DENY


def _decide_registration(actor: Actor, action: Action, obj: Registration) -> Decision:
    if action == Action.VIEW_NETWORK:
        return Decision(True, Basis.SELF)
    if action == Action.REGISTER_FOR_EVENT:  # cancel: who registered, the person, the organiser
        user_id = getattr(actor.user, "pk", None)
        own = user_id in (obj.user_id, obj.registered_by_id)
        organiser = actor.is_professional and obj.event.organiser_id == actor.organisation_id
        return Decision(own or organiser, Basis.SELF if own else Basis.OWN_ORGANISATION)
    return DENY


def _decide_agreement(actor: Actor, action: Action, obj: Any) -> Decision:
    agreement = obj if isinstance(obj, Agreement) else obj.agreement
    if action == Action.VIEW_NETWORK:
        return Decision(actor.is_professional, Basis.ROLE)
    if action == Action.CHANGE_AGREEMENT:
        return Decision(_coordinates(actor, agreement.region_id), Basis.ROLE)
    return DENY


def _decide_editor(actor: Actor, action: Action, obj: Editor) -> Decision:
    """An editor place, or one about to be made (an unsaved ``Editor(region=…)``): the
    regiocoördinator of its region names and removes editors. The national editors are not
    named here (no region, no regiocoördinator)."""
    if action == Action.VIEW_NETWORK:
        return Decision(actor.is_professional, Basis.ROLE)
    if action == Action.MANAGE_EDITORS:
        return Decision(
            obj.region_id is not None and _coordinates(actor, obj.region_id), Basis.ROLE
        )
    return DENY


def _decide_read_only(actor: Actor, action: Action, obj: Any) -> Decision:
    return Decision(action == Action.VIEW_NETWORK and actor.is_authenticated, Basis.SELF)


register_page_rule(Action.VIEW_NETWORK, lambda a: Decision(a.is_professional, Basis.ROLE))
register_page_rule(Action.ASK_QUESTION, lambda a: Decision(a.is_professional, Basis.ROLE))
register_page_rule(
    Action.EDIT_ARTICLE,
    lambda a: Decision(
        a.is_professional
        and (
            a.role == Role.REGIOCOORDINATOR
            or (a.user is not None and a.user.network_editor_for.exists())
        ),
        Basis.ROLE,
    ),
)
register_page_rule(
    Action.MANAGE_EDITORS,
    lambda a: Decision(a.is_professional and a.role == Role.REGIOCOORDINATOR, Basis.ROLE),
)
register_page_rule(Action.VIEW_TEAM_TRAINING, lambda a: Decision(_is_team_lead(a), Basis.ROLE))
register_page_rule(
    Action.ORGANISE_EVENT,
    lambda a: Decision(a.is_professional and a.role in ORGANISER_ROLES, Basis.ROLE),
)
register_page_rule(
    Action.REGISTER_FOR_EVENT, lambda a: Decision(a.is_professional or a.is_employer, Basis.ROLE)
)

register_scope("network.directoryentry", _scope_directory)
register_scope("network.offer", _scope_through_entry)
register_scope("network.keyperson", _scope_through_entry)
register_scope("network.article", _scope_regional)
register_scope("network.articleversion", _scope_article_parts)
register_scope("network.articlefeedback", _scope_article_parts)
register_scope("network.question", _scope_regional)
register_scope("network.searchdocument", _scope_regional)
register_scope("network.answer", _scope_answers)
register_scope("network.follow", _scope_own_rows)
register_scope("network.editor", _scope_editors)
register_scope("network.training", _scope_trainings)
register_scope("network.event", _scope_events)
register_scope("network.registration", _scope_registrations)
register_scope("network.trainingrecord", _scope_training_records)
register_scope("network.agreement", _scope_agreements)
register_scope("network.agreementpartner", _scope_agreement_parts)
register_scope("network.agreementtarget", _scope_agreement_parts)

register_rule("network.directoryentry", _decide_directory)
register_rule("network.offer", _decide_directory)
register_rule("network.keyperson", _decide_directory)
register_rule("network.article", _decide_article)
register_rule("network.question", _decide_question)
register_rule("network.event", _decide_event)
register_rule("network.registration", _decide_registration)
register_rule("network.agreement", _decide_agreement)
register_rule("network.agreementpartner", _decide_agreement)
register_rule("network.agreementtarget", _decide_agreement)
register_rule("network.editor", _decide_editor)
for label in (
    "network.searchdocument",
    "network.answer",
    "network.articleversion",
    "network.articlefeedback",
    "network.follow",
    "network.training",
    "network.trainingrecord",
):
    register_rule(label, _decide_read_only)
