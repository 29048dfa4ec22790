""" "Wie keek in mijn dossier": the client's view of the access log (NEN 7513), each row in
plain words (what kind of data, what was done, on what ground), paged and filtered by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, Min, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Basis, visible_to
from werkpad.audit import events
from werkpad.audit.models import AccessLogEntry, AuditAction, Outcome
from werkpad.audit.recorder import record_read
from werkpad.clients.models import Client

from ._shared import SELF, words_for
from .data import own_client
from .record_names import record_names

ACCESS_LOG_PAGE_SIZE = 50


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
    Basis.PEER_GROUP: _("je doet mee met een lotgenotengroep die deze persoon begeleidt of host"),
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
    if entry.basis == Basis.PEER_GROUP and entry.organisation_id is None and who:
        # A fellow member who hosts the group: the members know each other by first name
        # only, and the history must not tell them more.
        who = who.split()[0]
    return AccessRow(
        entry=entry,
        who=who,
        organisation=entry.organisation.name if entry.organisation is not None else "",
        role=entry.role_label,
        what=data_kind(entry.event_code, entry.object_type),
        action=words_for(ACTION_WORDS, entry.action, entry.get_action_display()),
        basis=words_for(BASIS_WORDS, entry.basis, entry.basis_label) or str(AUTOMATIC_BASIS),
        reason=entry.break_the_glass_reason,
    )


# One visit: everything one person (or Werkpad itself) of one organisation did in the file on
# one day. A page view writes a row per record it shows (a trajectory page: the trajectory,
# its goals, meetings, notes ...); the client wants to know who came, when, what they looked at
# and why, not the eight rows (issue 13, item 16).
@dataclass
class Visit:
    who: str
    organisation: str
    role: str
    first: datetime
    last: datetime
    # What was done (bekeken, iets veranderd ...) -> the kinds of data, in plain words, with
    # the named records (a goal in the client's words, a conversation by kind and date).
    done: list[tuple[str, list[str]]]
    bases: list[str]
    reasons: list[str]
    key: str  # stable for the page (tests and anchors): day, user and organisation


@dataclass
class AccessSummary:
    """Who came in the last seven days ("deze week: 3 mensen van 2 organisaties")."""

    people: int
    organisations: int

    def __str__(self) -> str:
        if not self.people:
            return gettext("De afgelopen 7 dagen heeft niemand in je dossier gekeken.")
        people = ngettext("%(n)d persoon", "%(n)d mensen", self.people) % {"n": self.people}
        organisations = ngettext("%(n)d organisatie", "%(n)d organisaties", self.organisations) % {
            "n": self.organisations
        }
        return gettext("De afgelopen 7 dagen: %(people)s van %(organisations)s.") % {
            "people": people,
            "organisations": organisations,
        }


@dataclass
class AccessLogView:
    client: Client
    page: Page[dict[str, Any]]
    visits: list[Visit]
    week: AccessSummary
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
    """Who accessed the client's file: visits (a person of an organisation on a day) of anyone
    but the client, newest first, one page at a time, with a summary of the last seven days.
    A fixed number of queries per page, however many rows a visit holds."""
    client = own_client(actor=actor)
    entries = (
        visible_to(actor, AccessLogEntry.objects.filter(client_pid=client.public_id))
        .filter(outcome=Outcome.ALLOWED)
        .exclude(user_id=user_of(actor).pk)
    )
    week = _summary(entries.filter(occurred_at__gte=timezone.now() - timedelta(days=7)))
    if date_from:
        entries = entries.filter(occurred_at__gte=_day_start(date_from))
    if date_to:
        entries = entries.filter(occurred_at__lt=_day_start(date_to) + timedelta(days=1))
    groups = (
        entries.annotate(day=TruncDate("occurred_at"))
        .values("day", "user_id", "organisation_id")
        .annotate(first=Min("occurred_at"), last=Max("occurred_at"))
        .order_by("-last", "user_id", "organisation_id")
    )
    page = Paginator(groups, ACCESS_LOG_PAGE_SIZE).get_page(page_number)
    visits = _visits(actor, entries, list(page.object_list))
    record_read(
        actor,
        event="portal.access_log.read",
        obj=client,
        decision=SELF,
        page=page.number,
        count=len(visits),
        date_from=date_from.isoformat() if date_from else "",
        date_to=date_to.isoformat() if date_to else "",
    )
    return AccessLogView(client, page, visits, week, date_from, date_to)


def _summary(entries: QuerySet[AccessLogEntry]) -> AccessSummary:
    counts = entries.aggregate(
        people=Count("user_id", distinct=True),
        organisations=Count("organisation_id", distinct=True),
    )
    return AccessSummary(counts["people"], counts["organisations"])


def _visit_key(day: date, user_id: Any, organisation_id: Any) -> str:
    return f"{day.isoformat()}-{user_id or 0}-{organisation_id or 0}"


def _visits(
    actor: Actor, entries: QuerySet[AccessLogEntry], groups: list[dict[str, Any]]
) -> list[Visit]:
    """The page's visits from their rows: one query for the rows of the page's time span,
    one per kind of record that is named."""
    if not groups:
        return []
    span = entries.filter(
        occurred_at__gte=min(g["first"] for g in groups),
        occurred_at__lte=max(g["last"] for g in groups),
    ).select_related("user", "organisation")
    wanted = {_visit_key(g["day"], g["user_id"], g["organisation_id"]) for g in groups}
    rows: dict[str, list[AccessLogEntry]] = {key: [] for key in wanted}
    for entry in span.order_by("occurred_at", "id"):
        day = timezone.localdate(entry.occurred_at)
        key = _visit_key(day, entry.user_id, entry.organisation_id)
        if key in rows:
            rows[key].append(entry)
    names = record_names(actor, [e for group in rows.values() for e in group])
    return [
        _visit(rows[key], names)
        for key in (_visit_key(g["day"], g["user_id"], g["organisation_id"]) for g in groups)
        if rows[key]
    ]


def _visit(rows: list[AccessLogEntry], names: dict[tuple[str, str], str]) -> Visit:
    newest = rows[-1]
    plain = [_access_row(entry) for entry in rows]
    done: dict[str, dict[str, list[str]]] = {}
    for entry, row in zip(rows, plain, strict=True):
        kinds = done.setdefault(row.action, {})
        named = kinds.setdefault(row.what, [])
        name = names.get((entry.object_type, entry.object_id))
        if name and name not in named:
            named.append(name)
    return Visit(
        who=plain[-1].who,
        organisation=plain[-1].organisation,
        role=plain[-1].role,
        first=rows[0].occurred_at,
        last=newest.occurred_at,
        done=[
            (
                action,
                [
                    f"{what} ({', '.join(named)})" if named else what
                    for what, named in kinds.items()
                ],
            )
            for action, kinds in done.items()
        ],
        bases=list(dict.fromkeys(row.basis for row in plain)),
        reasons=list(dict.fromkeys(row.reason for row in plain if row.reason)),
        key=_visit_key(
            timezone.localdate(newest.occurred_at), newest.user_id, newest.organisation_id
        ),
    )
