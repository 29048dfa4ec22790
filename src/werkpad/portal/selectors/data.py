"""Reads of the data part of the portal (issue 5, part C): what happens to my income, my
consents, who saw my file, my data and my requests; and the functioneel beheerder's list of
requests. Every read is scoped by the access policy and written to the access log (one row
per page).

The plain-Dutch (B1) words for data categories, purposes and access-log events live here:
they are what the client reads, beside the professional terms elsewhere."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Case, QuerySet, When
from django.http import Http404
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, Basis, Decision, get_for, may, require, visible_to
from werkpad.audit import events
from werkpad.audit.models import AccessLogEntry, AuditAction, Outcome
from werkpad.audit.recorder import record, record_each, record_read
from werkpad.clients.models import Client, Consent, ConsentPurpose, DataCategory
from werkpad.portal import income
from werkpad.portal.models import ConsentProposal, DataRequest, ProposalStatus, RequestStatus
from werkpad.portal.selectors.my_path import ROLE_HELP
from werkpad.trajectories.models import Intake

ACCESS_LOG_PAGE_SIZE = 50

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

# What a professional did, in the words of "who saw my file".
ACTION_WORDS: dict[str, Promise] = {
    AuditAction.CREATE: _("iets toegevoegd"),
    AuditAction.READ: _("bekeken"),
    AuditAction.UPDATE: _("iets veranderd"),
    AuditAction.DELETE: _("iets verwijderd"),
    AuditAction.EXPORT: _("gedownload"),
    AuditAction.PRINT: _("afgedrukt"),
    AuditAction.SEARCH: _("gezocht"),
    AuditAction.LOGIN: _("ingelogd"),
}

# On which basis, in the client's words (the access log's own labels are for professionals).
BASIS_WORDS: dict[str, Promise] = {
    Basis.OWN_ORGANISATION: _("je dossier is bij deze organisatie"),
    Basis.TEAM: _("deze persoon zit in je team"),
    Basis.CONSENT: _("jij hebt toestemming gegeven"),
    Basis.ROLE: _("hun taak als beheerder van Werkpad"),
    Basis.SELF: _("je eigen gegevens"),
    Basis.BREAK_THE_GLASS: _(
        "deze persoon zit niet in je team, maar vroeg tijdelijk toegang en gaf een reden op"
    ),
}

AUTOMATIC_BASIS = _("Werkpad doet dit vanzelf, als onderdeel van je traject")

# What kind of data an access-log event was about: by the start of its event code (the
# longest match wins), then by the kind of record, then a general fallback.
EVENT_WORDS: tuple[tuple[str, Promise], ...] = (
    ("client.", _("je basisgegevens (zoals naam en contactgegevens)")),
    ("consent.", _("je toestemmingen")),
    ("intake.", _("je intakegesprek")),
    ("referral.", _("je aanmelding bij een team")),
    ("trajectory.", _("je traject")),
    ("team.", _("je team")),
    ("goal.", _("je doelen")),
    ("action.", _("je afspraken")),
    ("meeting.", _("verslagen van gesprekken")),
    ("ladder.", _("je participatieladder (hoeveel je meedoet)")),
    ("note.", _("notities over je traject")),
    ("career_profile.", _("je werkwensen en je cv")),
    ("matching.", _("vacatures die bij je passen")),
    ("vacancy.", _("vacatures die bij je passen")),
    ("workplace_scan.", _("de check van een werkplek voor jou")),
    ("placement.", _("je baan")),
    ("employment.", _("je baan")),
    ("follow_up.", _("contacten over je baan")),
    ("checkin.", _("hoe het gaat op je werk (je check-ins)")),
    ("signal.", _("een seintje dat het minder gaat op je werk")),
    ("employer_portal.", _("wat je werkgever van je mag zien")),
    ("employer.", _("contacten met werkgevers over jou")),
    ("portal.invit", _("je uitnodiging voor Werkpad")),
    ("portal.pace", _("je tempo")),
    ("portal.ladder", _("je participatieladder (hoeveel je meedoet)")),
    ("portal.goal", _("je doelen")),
    ("portal.disclosure", _("wat je werkgever van je mag weten")),
    ("portal.employer", _("wat je werkgever van je mag weten")),
    ("portal.consent", _("je toestemmingen")),
    ("portal.proposal", _("je toestemmingen")),
    ("portal.income", _("je vraag over je inkomen")),
    ("portal.thread", _("je berichten")),
    ("portal.message", _("je berichten")),
    ("portal.group", _("lotgenotengroepen")),
    ("portal.data_request", _("je verzoek over je gegevens")),
    ("portal.export", _("een download van je gegevens")),
)
OBJECT_WORDS: dict[str, Promise] = {
    "clients": _("je basisgegevens (zoals naam en contactgegevens)"),
    "trajectories": _("je traject"),
    "employment": _("je werk"),
    "portal": _("je gegevens in Werkpad"),
}
FALLBACK_WORDS = _("gegevens in je dossier")


def data_kind(event_code: str, object_type: str = "") -> str:
    """What kind of data an access-log row was about, in plain words: the registry's label
    for the event (audit/events.py), else by the start of the code (rows from before the
    registry), by the kind of record, or the general fallback."""
    registered = events.label(event_code)
    if registered:
        return registered
    matches = [(len(p), words) for p, words in EVENT_WORDS if event_code.startswith(p)]
    if matches:
        return str(max(matches, key=lambda m: m[0])[1])
    app = object_type.split(".", 1)[0]
    return str(OBJECT_WORDS.get(app, FALLBACK_WORDS))


def _text(table: dict[str, Promise], key: str, default: str = "") -> str:
    value = table.get(key)
    return str(value) if value is not None else default


# What the client's own pages read: their own record, on the ground "self".
_SELF = Decision(True, Basis.SELF)


# --- The client ----------------------------------------------------------------------------
def own_client(*, actor: Actor) -> Client:
    """The logged-in client's own record: 403 for anyone who is not a client (the portal's
    page rule), 404 for a client user without a record."""
    require(actor, Action.PORTAL)
    client = (
        visible_to(actor, Client.objects.select_related("organisation", "gemeente"))
        .order_by("pk")
        .first()
    )
    if client is None:
        raise Http404
    return client


# --- What happens to my income ---------------------------------------------------------------
@dataclass
class IncomeView:
    client: Client
    chosen: str  # a benefit code of income.BENEFITS, or "" when none is chosen
    own: str  # the benefit the client's file records ("" when unknown or none)
    own_source: str  # where ``own`` comes from, in plain words
    benefit: income.Benefit | None
    rules: tuple[income.IncomeRule, ...]
    checked_on: date = income.RULES_CHECKED_ON
    general: tuple[Any, ...] = income.GENERAL_ADVICE


def _recorded_benefit(actor: Actor, client: Client) -> tuple[str, str]:
    """The benefit in the client's own file (the newest of their career profile and their
    intakes, as far as they may see them), and where it comes from."""
    from werkpad.employment.models import CareerProfile

    profile = (
        visible_to(actor, CareerProfile.objects.filter(trajectory__client=client))
        .exclude(benefit_status="")
        .order_by("-updated_at", "-id")
        .only("benefit_status", "updated_at")
        .first()
    )
    intake = (
        visible_to(actor, Intake.objects.filter(client=client))
        .order_by("-held_on", "-id")
        .only("benefit_status", "held_on")
        .first()
    )
    candidates: list[tuple[date, str, str]] = []
    if profile is not None:
        candidates.append(
            (
                timezone.localdate(profile.updated_at),
                profile.benefit_status,
                str(_("je loopbaanprofiel")),
            )
        )
    if intake is not None:
        candidates.append((intake.held_on, intake.benefit_status, str(_("je intakegesprek"))))
    if not candidates:
        return "", ""
    _day, code, source = max(candidates, key=lambda c: c[0])
    return code, source


def income_view(*, actor: Actor, benefit: str = "") -> IncomeView:
    """The income explanation for ``benefit`` (already validated by the form), or else for
    the benefit the client's file records. The read is logged."""
    client = own_client(actor=actor)
    own, own_source = _recorded_benefit(actor, client)
    chosen = benefit or (own if own in income.BENEFITS else "")
    record_read(
        actor, event="portal.income.read", obj=client, decision=_SELF, benefit=chosen, recorded=own
    )
    return IncomeView(
        client=client,
        chosen=chosen,
        own=own,
        own_source=own_source,
        benefit=income.BENEFIT_INFO.get(chosen),
        rules=income.rules_for(chosen),
    )


# --- My consents ------------------------------------------------------------------------------
@dataclass
class CategoryRow:
    code: str
    label: str
    help: str


def category_rows(codes: Iterable[str]) -> list[CategoryRow]:
    return [
        CategoryRow(code, str(DataCategory(code).label), _text(CATEGORY_HELP, code))
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


@dataclass
class ConsentRow:
    consent: Consent
    state: str
    categories: list[CategoryRow]
    purpose_help: str
    role_help: str

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
        purpose_help=_text(PURPOSE_HELP, consent.purpose),
        role_help=_text(ROLE_HELP, consent.recipient_role),
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
        purpose_help=_text(PURPOSE_HELP, proposal.purpose),
        role_help=_text(ROLE_HELP, proposal.recipient_role),
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


def consents_view(*, actor: Actor) -> ConsentsView:
    """Every consent about the client (also withdrawn and expired ones) and every proposal
    from their team. A fixed number of queries, however many there are; one log row."""
    client = own_client(actor=actor)
    today = timezone.localdate()
    rows = [consent_row(c, today) for c in _consents(actor, client)]
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
        decision=_SELF,
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
    record_read(actor, event="portal.consent.read", obj=client, decision=_SELF, consent=consent.pk)
    return consent_row(consent, timezone.localdate()), decision


def proposal_get(*, actor: Actor, pk: int) -> ProposalRow:
    """One of the client's own proposals, to decide on: 404 for anyone else's."""
    client = own_client(actor=actor)
    proposal, _decision = get_for(
        actor, Action.CHANGE_OWN, _proposals(actor, client).select_related("client"), pk=pk
    )
    record_read(
        actor, event="portal.proposal.read", obj=client, decision=_SELF, proposal=proposal.pk
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


# --- Who saw my file ---------------------------------------------------------------------------
@dataclass
class AccessRow:
    entry: AccessLogEntry
    who: str
    organisation: str
    role: str
    what: str
    action: str
    basis: str
    reason: str = ""  # the reason stated for break the glass (decision 0033)


def _access_row(entry: AccessLogEntry) -> AccessRow:
    user = entry.user
    # NEN 7513 (REFERENCE.md §5) asks the client-facing view to say by whom: the
    # organisation, the role and the responsible user. So the person's name is shown, with
    # their role and organisation; never their e-mail address (the log's user_display).
    # The name as it was at the time of the read (sealed in the row); rows written before
    # the name was stored fall back to the account's name today.
    if entry.user_name:
        who = entry.user_name
    elif user is not None:
        who = user.full_name
    else:
        who = str(_("Werkpad zelf (automatisch)"))
    return AccessRow(
        entry=entry,
        who=who,
        organisation=entry.organisation.name if entry.organisation is not None else "",
        role=entry.role_label,
        what=data_kind(entry.event_code, entry.object_type),
        action=_text(ACTION_WORDS, entry.action, entry.get_action_display()),
        basis=_text(BASIS_WORDS, entry.basis, entry.basis_label) or str(AUTOMATIC_BASIS),
        reason=entry.break_the_glass_reason,
    )


@dataclass
class AccessLogView:
    client: Client
    page: Page[AccessLogEntry]
    rows: list[AccessRow]
    date_from: date | None
    date_to: date | None


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def access_log_view(
    *,
    actor: Actor,
    date_from: date | None = None,
    date_to: date | None = None,
    page_number: Any = None,
) -> AccessLogView:
    """Who accessed the client's file: the allowed rows about them by anyone but the client,
    newest first, one page at a time (a fixed number of queries per page)."""
    client = own_client(actor=actor)
    entries = (
        visible_to(actor, AccessLogEntry.objects.filter(client_pid=client.public_id))
        .filter(outcome=Outcome.ALLOWED)
        .exclude(user_id=user_of(actor).pk)
        .select_related("user", "organisation")
        .order_by("-occurred_at", "-id")
    )
    if date_from:
        entries = entries.filter(occurred_at__gte=_day_start(date_from))
    if date_to:
        entries = entries.filter(occurred_at__lt=_day_start(date_to) + timedelta(days=1))
    page = Paginator(entries, ACCESS_LOG_PAGE_SIZE).get_page(page_number)
    rows = [_access_row(e) for e in page.object_list]
    record_read(
        actor,
        event="portal.access_log.read",
        obj=client,
        decision=_SELF,
        page=page.number,
        count=len(rows),
        date_from=date_from.isoformat() if date_from else "",
        date_to=date_to.isoformat() if date_to else "",
    )
    return AccessLogView(client, page, rows, date_from, date_to)


# --- My data and my requests ---------------------------------------------------------------
@dataclass
class MyDataView:
    client: Client
    requests: list[DataRequest]


def my_data_view(*, actor: Actor) -> MyDataView:
    client = own_client(actor=actor)
    requests = list(
        visible_to(actor, DataRequest.objects.filter(client=client)).order_by("-created_at", "-id")
    )
    record_read(
        actor, event="portal.data_request.list", obj=client, decision=_SELF, count=len(requests)
    )
    return MyDataView(client=client, requests=requests)


@dataclass
class RequestRow:
    request: DataRequest
    overdue: bool
    days_left: int


def data_requests_for_admin(*, actor: Actor) -> list[RequestRow]:
    """The organisation's correction and erasure requests for its functioneel beheerder:
    open ones first, by due date."""
    require(actor, Action.HANDLE_DATA_REQUESTS)
    today = timezone.localdate()
    requests = list(
        visible_to(actor, DataRequest.objects.all())
        .select_related("client", "handled_by")
        # Open ones first (the status codes do not sort that way), then by deadline.
        .order_by(Case(When(status=RequestStatus.OPEN, then=0), default=1), "due_on", "id")[:500]
    )
    # A row per request: each names its client, who finds it in "who saw my file".
    record_each(
        actor,
        event="portal.data_request.list",
        action=AuditAction.READ,
        objs=list(requests),
        basis=Basis.ROLE,
    )
    return [
        RequestRow(
            request=r,
            overdue=r.status == RequestStatus.OPEN and r.due_on < today,
            days_left=(r.due_on - today).days,
        )
        for r in requests
    ]


def data_request_get(*, actor: Actor, pk: int) -> DataRequest:
    """One request for the functioneel beheerder who handles it: 404 outside their
    organisation, 403 for anyone there without the right. The read is logged."""
    request, decision = get_for(
        actor,
        Action.HANDLE_DATA_REQUESTS,
        DataRequest.objects.select_related("client", "organisation", "handled_by"),
        pk=pk,
    )
    record(
        actor,
        event="portal.data_request.read",
        action=AuditAction.READ,
        obj=request,
        basis=decision.basis,
    )
    return request
