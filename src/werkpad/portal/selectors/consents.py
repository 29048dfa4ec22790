"""Reads of the client's consents in the portal (issue 5, part C): the list with what each one
opens in plain words, one consent, a proposal from the team, and the panel on the client's
record that tells the team what waits for the client. Scoped by the access policy, logged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    CONSENT_ROLES,
    Action,
    Basis,
    Decision,
    get_for,
    may,
    visible_to,
)
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_read
from werkpad.clients.models import Client, Consent, ConsentPurpose, DataCategory
from werkpad.clients.selectors import MemberLoss, member_losses
from werkpad.organisations.models import Domain
from werkpad.portal.models import ConsentProposal, ProposalStatus
from werkpad.portal.selectors.words import ROLE_HELP
from werkpad.trajectories.models import TeamMember

from ._shared import SELF, words_for
from .data import own_client

# --- Plain words (B1) ----------------------------------------------------------------------
CATEGORY_HELP: dict[str, Promise] = {
    DataCategory.BASIS: _(
        "Je naam, geboortedatum, contactgegevens en je Werkpad-nummer. Zonder deze gegevens "
        "kan een organisatie je dossier helemaal niet zien."
    ),
    DataCategory.WERK: _("Wat voor werk je wilt, je werkervaring, je cv en je baan."),
    DataCategory.REINTEGRATIE: _(
        "Je traject naar werk: je doelen, afspraken, gesprekken en hoe het gaat."
    ),
    DataCategory.BEHANDELING: _(
        "Je behandeling in de ggz, zoals je behandeldoelen. Dit gaat over je gezondheid en is "
        "extra gevoelig."
    ),
    DataCategory.BELASTBAARHEID: _(
        "Wat je aankunt in werk: hoeveel uur, en welk werk wel en niet goed gaat. Dit komt "
        "vaak van een arts of een arbeidsdeskundige."
    ),
    DataCategory.WELZIJN: _(
        "Hoe het met je gaat op je werk, zoals je check-ins en signalen als het minder gaat."
    ),
}


PURPOSE_HELP: dict[str, Promise] = {
    ConsentPurpose.IPS: _(
        "Voor je IPS-traject: hulp bij het vinden en houden van betaald werk, samen met je "
        "behandeling."
    ),
    ConsentPurpose.WGB: _("Voor je WGB-traject: behandeling en werk tegelijk."),
    ConsentPurpose.WERKWIJZER: _(
        "Voor Werkwijze(r): jij, je behandelaar en het UWV maken samen afspraken over werk."
    ),
    ConsentPurpose.OTHER: _("Voor een ander doel, dat je team met je heeft besproken."),
}


# --- My consents ------------------------------------------------------------------------------
@dataclass
class CategoryRow:
    code: str
    label: str
    help: str


def category_rows(codes: Iterable[str]) -> list[CategoryRow]:
    return [
        CategoryRow(code, str(DataCategory(code).label), words_for(CATEGORY_HELP, code))
        for code in codes
        if code in DataCategory.values
    ]


class ConsentState:
    IN_FORCE = "geldig"
    NOT_YET = "nog_niet"
    EXPIRED = "verlopen"
    WITHDRAWN = "ingetrokken"
    AWAITS_YOU = "wacht_op_jou"  # recorded by the team; starts when the client confirms


STATE_LABELS: dict[str, Promise] = {
    ConsentState.IN_FORCE: _("geldt nu"),
    ConsentState.NOT_YET: _("gaat later in"),
    ConsentState.EXPIRED: _("verlopen"),
    ConsentState.WITHDRAWN: _("ingetrokken"),
    ConsentState.AWAITS_YOU: _("wacht op jouw bevestiging: geldt nog niet"),
}


def consent_state(consent: Consent, today: date) -> str:
    if consent.withdrawn_at is not None:
        return ConsentState.WITHDRAWN
    if consent.valid_until is not None and consent.valid_until < today:
        return ConsentState.EXPIRED
    if consent.awaits_client:
        return ConsentState.AWAITS_YOU
    if consent.valid_from > today:
        return ConsentState.NOT_YET
    return ConsentState.IN_FORCE


@dataclass(frozen=True)
class TeamPerson:
    """Someone on the care team a consent is for, as the client reads it on the card."""

    name: str
    role: str
    organisation: str
    outside_care: bool  # not of a ggz organisation: treatment data would leave the ggz


@dataclass
class ConsentRow:
    consent: Consent
    state: str
    categories: list[CategoryRow]
    purpose_help: str
    role_help: str
    # A consent for a care team: who is on that team now, in the roles it reaches.
    team_now: list[TeamPerson] = field(default_factory=list)
    # On the withdrawal page of a care-team consent in force: who stops reading what.
    closes: list[MemberLoss] = field(default_factory=list)
    # Other consents in force for the same organisation or team: they stay open.
    staying: list[Consent] = field(default_factory=list)

    @property
    def team_outside_care(self) -> list[TeamPerson]:
        return [p for p in self.team_now if p.outside_care]

    @property
    def state_label(self) -> str:
        return str(STATE_LABELS[self.state])

    @property
    def may_withdraw(self) -> bool:
        return self.state in (ConsentState.IN_FORCE, ConsentState.NOT_YET, ConsentState.AWAITS_YOU)

    @property
    def may_confirm(self) -> bool:
        return self.state == ConsentState.AWAITS_YOU


def consent_row(consent: Consent, today: date) -> ConsentRow:
    return ConsentRow(
        consent=consent,
        state=consent_state(consent, today),
        categories=category_rows(g.category for g in consent.grants.all()),
        purpose_help=words_for(PURPOSE_HELP, consent.purpose),
        role_help=words_for(ROLE_HELP, consent.recipient_role),
    )


@dataclass
class ProposalRow:
    proposal: ConsentProposal
    categories: list[CategoryRow]
    purpose_help: str
    role_help: str


def proposal_row(proposal: ConsentProposal) -> ProposalRow:
    return ProposalRow(
        proposal=proposal,
        categories=category_rows(proposal.categories),
        purpose_help=words_for(PURPOSE_HELP, proposal.purpose),
        role_help=words_for(ROLE_HELP, proposal.recipient_role),
    )


@dataclass
class ConsentsView:
    client: Client
    current: list[ConsentRow]  # in force or starting later: what others may see now or soon
    # Recorded by the team, not in force until the client confirms (Consent.awaits_client):
    # listed only with what waits for the client, never under "who may see something now".
    awaiting: list[ConsentRow]
    history: list[ConsentRow]  # withdrawn and expired
    open_proposals: list[ProposalRow]
    decided_proposals: list[ProposalRow]
    today: date = field(default_factory=timezone.localdate)


def _consents(actor: Actor, client: Client) -> QuerySet[Consent]:
    return (
        visible_to(actor, Consent.objects.filter(client=client))
        .defer("document_ciphertext")
        .select_related(
            "recipient",
            "recorded_by_organisation",
            "recorded_by",
            "withdrawn_by",
            "trajectory__organisation",
        )
        .prefetch_related("grants")
    )


def _proposals(actor: Actor, client: Client) -> QuerySet[ConsentProposal]:
    return visible_to(actor, ConsentProposal.objects.filter(client=client)).select_related(
        "recipient", "proposed_by_organisation"
    )


def _team_people(actor: Actor, rows: list[ConsentRow]) -> None:
    """Fills ``team_now`` of the rows of care-team consents in force or waiting: one query."""
    wanted = [r for r in rows if r.consent.for_team and r.state != ConsentState.WITHDRAWN]
    if not wanted:
        return
    members = visible_to(
        actor,
        TeamMember.objects.filter(
            trajectory_id__in={r.consent.trajectory_id for r in wanted}, ended_on__isnull=True
        ),
    ).select_related("user", "organisation")
    by_trajectory: dict[int, list[TeamMember]] = {}
    for member in members.order_by("started_on", "id"):
        by_trajectory.setdefault(member.trajectory_id, []).append(member)
    for row in wanted:
        role = row.consent.recipient_role
        row.team_now = [
            TeamPerson(
                name=m.user.full_name,
                role=m.get_role_display(),
                organisation=m.organisation.name,
                outside_care=m.organisation.domain != Domain.CARE,
            )
            for m in by_trajectory.get(row.consent.trajectory_id or 0, [])
            if (m.role == role if role else m.role in CONSENT_ROLES)
        ]


def consents_view(*, actor: Actor) -> ConsentsView:
    """Every consent about the client (also withdrawn and expired ones) and every proposal
    from their team. A fixed number of queries, however many there are; one log row."""
    client = own_client(actor=actor)
    today = timezone.localdate()
    rows = [consent_row(c, today) for c in _consents(actor, client)]
    _team_people(actor, rows)
    proposals = [proposal_row(p) for p in _proposals(actor, client)]
    view = ConsentsView(
        client=client,
        current=[r for r in rows if r.may_withdraw and not r.may_confirm],
        awaiting=[r for r in rows if r.may_confirm],
        history=[r for r in rows if not r.may_withdraw],
        open_proposals=[p for p in proposals if p.proposal.status == ProposalStatus.OPEN],
        decided_proposals=[p for p in proposals if p.proposal.status != ProposalStatus.OPEN],
        today=today,
    )
    record_read(
        actor,
        event="portal.consent.list",
        obj=client,
        decision=SELF,
        consents=len(rows),
        proposals=len(proposals),
    )
    return view


def consent_get(*, actor: Actor, pk: int) -> tuple[ConsentRow, Decision]:
    """One of the client's own consents, to withdraw: 404 for anyone else's."""
    client = own_client(actor=actor)
    consent, decision = get_for(
        actor, Action.CHANGE_OWN, _consents(actor, client).select_related("client"), pk=pk
    )
    record_read(actor, event="portal.consent.read", obj=client, decision=SELF, consent=consent.pk)
    row = consent_row(consent, timezone.localdate())
    _team_people(actor, [row])
    if row.state == ConsentState.IN_FORCE:
        row.closes = member_losses(consent)
        row.staying = list(
            _consents(actor, client).filter(pk__in=Consent.objects.active().beside(consent))
        )
    return row, decision


def proposal_get(*, actor: Actor, pk: int) -> ProposalRow:
    """One of the client's own proposals, to decide on: 404 for anyone else's."""
    client = own_client(actor=actor)
    proposal, _decision = get_for(
        actor, Action.CHANGE_OWN, _proposals(actor, client).select_related("client"), pk=pk
    )
    record_read(
        actor, event="portal.proposal.read", obj=client, decision=SELF, proposal=proposal.pk
    )
    return proposal_row(proposal)


# --- The team proposes a consent ---------------------------------------------------------------
def client_for_proposal(*, actor: Actor, public_id: str) -> Client:
    """The client a professional proposes a consent to: 404 outside the actor's scope, 403
    without the right. The read is logged."""
    client, decision = get_for(
        actor,
        Action.PROPOSE_CONSENT,
        Client.objects.select_related("organisation"),
        public_id=public_id,
    )
    record(
        actor,
        event="client.read",
        action=AuditAction.READ,
        obj=client,
        basis=decision.basis,
        consent_id=decision.consent_id,
    )
    return client


@dataclass
class ConsentPanel:
    client: Client
    open_proposals: list[ProposalRow]


def consent_panel(*, actor: Actor, client: Client) -> ConsentPanel | None:
    """The open proposals on the client record page, for those who may propose; ``None``
    for everyone else (the panel shows nothing)."""
    if not may(actor, Action.PROPOSE_CONSENT, client):
        return None
    proposals = list(
        _proposals(actor, client).filter(status=ProposalStatus.OPEN).select_related("proposed_by")
    )
    if proposals:
        record(
            actor,
            event="portal.consent_proposal.panel",
            action=AuditAction.READ,
            object_type="portal.consentproposal",
            client_pid=client.public_id,
            basis=Basis.OWN_ORGANISATION,
            detail={"count": len(proposals), "ids": ",".join(str(p.pk) for p in proposals)},
        )
    return ConsentPanel(client=client, open_proposals=[proposal_row(p) for p in proposals])


def waiting_for_me(*, actor: Actor) -> int:
    """How many consents and proposals wait for the client's yes or no: the start page says
    so (found in a walk-through: only the consents page showed them). Two counts."""
    client = own_client(actor=actor)
    consents = (
        _consents(actor, client)
        .filter(needs_client_confirmation=True, client_confirmed_at__isnull=True)
        .filter(withdrawn_at__isnull=True)
        .exclude(valid_until__lt=timezone.localdate())
    )
    proposals = _proposals(actor, client).filter(status=ProposalStatus.OPEN)
    return consents.count() + proposals.count()
