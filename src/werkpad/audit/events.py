"""The registry of access-log event codes: for each code, the NEN 7513 action it records and
what it was about in the client's own words (shown on "wie keek in mijn dossier").

The recorder refuses a code that is not here (in tests, demo and DEBUG; in production it
still writes the row, because a lost log row is worse than an unknown code). A new event is
therefore one line here, and a typo in a selector cannot produce rows that nobody can read.
Codes that the recorder builds itself (``denied.<action>``) and the export formats are
matched by their prefix."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import AuditAction

C, R, U, D, E, P, S, L = (
    AuditAction.CREATE,
    AuditAction.READ,
    AuditAction.UPDATE,
    AuditAction.DELETE,
    AuditAction.EXPORT,
    AuditAction.PRINT,
    AuditAction.SEARCH,
    AuditAction.LOGIN,
)

# The client's words for what a row was about. The same msgids as the portal used by
# prefix before the registry existed, so the translations carry over.
BASIC = _("je basisgegevens (zoals naam en contactgegevens)")
CONSENTS = _("je toestemmingen")
INTAKE = _("je intakegesprek")
REFERRAL = _("je aanmelding bij een team")
TRAJECTORY = _("je traject")
TEAM = _("je team")
GOALS = _("je doelen")
ACTIONS = _("je afspraken")
MEETINGS = _("verslagen van gesprekken")
LADDER = _("je participatieladder (hoeveel je meedoet)")
NOTES = _("notities over je traject")
CAREER = _("je werkwensen en je cv")
MATCHES = _("vacatures die bij je passen")
SCAN = _("de check van een werkplek voor jou")
JOB = _("je baan")
FOLLOW_UP = _("contacten over je baan")
CHECKINS = _("hoe het gaat op je werk (je check-ins)")
SIGNAL = _("een seintje dat het minder gaat op je werk")
EMPLOYER_SEES = _("wat je werkgever van je mag zien")
EMPLOYER_CONTACTS = _("contacten met werkgevers over jou")
INVITATION = _("je uitnodiging voor Werkpad")
PACE = _("je tempo")
DISCLOSURE = _("wat je werkgever van je mag weten")
INCOME = _("je vraag over je inkomen")
MESSAGES = _("je berichten")
GROUPS = _("lotgenotengroepen")
DATA_REQUEST = _("je verzoek over je gegevens")
DOWNLOAD = _("een download van je gegevens")
FILE = _("gegevens in je dossier")
BREAK_THE_GLASS = _("tijdelijke toegang buiten je team tot je behandelgegevens")


@dataclass(frozen=True)
class Event:
    action: str
    label: Promise


EVENTS: dict[str, Event] = {
    # Accounts and sign-in (no client data; the label is never shown to a client).
    "auth.login": Event(L, FILE),
    "auth.login_failed": Event(L, FILE),
    "auth.logout": Event(L, FILE),
    "auth.timeout": Event(L, FILE),
    "account.update": Event(U, FILE),
    "account.language": Event(U, FILE),
    "account.password_changed": Event(U, FILE),
    # A professional's own login address: asked (pending) and confirmed at the new address.
    "account.email_change_requested": Event(U, FILE),
    "account.email_changed": Event(U, FILE),
    "account.sessions_end_all": Event(D, FILE),
    "account.membership_chosen": Event(L, FILE),
    "membership.create": Event(C, FILE),
    "membership.update": Event(U, FILE),
    "membership.employer_contact.update": Event(U, FILE),
    "auditlog.search": Event(S, FILE),
    "auditlog.export": Event(E, FILE),
    # The client record and consents.
    "client.list": Event(R, BASIC),
    "client.read": Event(R, BASIC),
    "client.create": Event(C, BASIC),
    "client.update": Event(U, BASIC),
    "consent.list": Event(R, CONSENTS),
    "consent.document": Event(R, CONSENTS),
    "consent.record": Event(C, CONSENTS),
    "consent.withdraw": Event(U, CONSENTS),
    # Trajectories.
    "intake.list": Event(R, INTAKE),
    "intake.record": Event(C, INTAKE),
    "intake.prefill": Event(R, INTAKE),
    "referral.list": Event(R, REFERRAL),
    "referral.read": Event(R, REFERRAL),
    "referral.create": Event(C, REFERRAL),
    "referral.accept": Event(U, REFERRAL),
    "referral.decline": Event(U, REFERRAL),
    "caseload.list": Event(R, TRAJECTORY),
    "trajectory.list": Event(R, TRAJECTORY),
    "trajectory.read": Event(R, TRAJECTORY),
    "trajectory.options": Event(R, BASIC),  # a drop-down of job seekers (their names)
    "trajectory.plan": Event(R, TRAJECTORY),
    "trajectory.timeline": Event(R, TRAJECTORY),
    "trajectory.work_summary": Event(R, JOB),
    "trajectory.start": Event(C, TRAJECTORY),
    "trajectory.phase": Event(U, TRAJECTORY),
    "team.add": Event(C, TEAM),
    "team.end": Event(U, TEAM),
    "team.handover": Event(U, TEAM),
    "goal.read": Event(R, GOALS),
    "goal.create": Event(C, GOALS),
    "goal.update": Event(U, GOALS),
    "action.create": Event(C, ACTIONS),
    "action.complete": Event(U, ACTIONS),
    "meeting.read": Event(R, MEETINGS),
    "meeting.pdf": Event(P, MEETINGS),
    "meeting.record": Event(C, MEETINGS),
    "meeting.update": Event(U, MEETINGS),
    "ladder.assess": Event(C, LADDER),
    "note.add": Event(C, NOTES),
    # Job development and placement.
    "career_profile.read": Event(R, CAREER),
    "career_profile.create": Event(C, CAREER),
    "career_profile.update": Event(U, CAREER),
    "career_profile.history_add": Event(U, CAREER),
    "matching.vacancies": Event(R, MATCHES),
    "vacancy.candidates": Event(R, MATCHES),
    "vacancy.create": Event(C, MATCHES),
    "vacancy.update": Event(U, MATCHES),
    "employer.contacts_read": Event(R, EMPLOYER_CONTACTS),
    "employer.contact_log": Event(C, EMPLOYER_CONTACTS),
    "employer.create": Event(C, EMPLOYER_CONTACTS),
    "employer.update": Event(U, EMPLOYER_CONTACTS),
    "employer.contact_person_add": Event(U, EMPLOYER_CONTACTS),
    "employer.sharing": Event(U, EMPLOYER_CONTACTS),
    "workplace_scan.read": Event(R, SCAN),
    "workplace_scan.create": Event(C, SCAN),
    "placement.read": Event(R, JOB),
    "placement.create": Event(C, JOB),
    "placement.instrument": Event(U, JOB),
    "placement.end": Event(U, JOB),
    "follow_up.read": Event(R, FOLLOW_UP),
    "follow_up.create": Event(C, FOLLOW_UP),
    "follow_up.withdraw": Event(U, FOLLOW_UP),
    "follow_up.correct": Event(C, FOLLOW_UP),
    "checkin.create": Event(C, CHECKINS),
    "signal.read": Event(R, SIGNAL),
    "signal.raise": Event(C, SIGNAL),
    "signal.resolve": Event(U, SIGNAL),
    "employer_portal.read": Event(R, EMPLOYER_SEES),
    "employer_portal.placement": Event(R, EMPLOYER_SEES),
    "employer_portal.disclosure.read": Event(R, EMPLOYER_SEES),
    # The portal.
    "portal.invitation.read": Event(R, INVITATION),
    "portal.invitation.create": Event(C, INVITATION),
    "portal.invitation.accept": Event(C, INVITATION),
    "portal.path.read": Event(R, TRAJECTORY),
    "portal.action.done": Event(U, ACTIONS),
    "portal.goal.propose": Event(C, GOALS),
    "portal.pace.read": Event(R, PACE),
    "portal.pace.create": Event(C, PACE),
    "portal.ladder.read": Event(R, LADDER),
    "portal.ladder.assess": Event(C, LADDER),
    "portal.disclosure.overview.read": Event(R, DISCLOSURE),
    "portal.disclosure.worksheet.read": Event(R, DISCLOSURE),
    "portal.disclosure.worksheet.create": Event(C, DISCLOSURE),
    "portal.disclosure.worksheet.update": Event(U, DISCLOSURE),
    "portal.disclosure.summary.read": Event(R, DISCLOSURE),
    "portal.disclosure.employer.read": Event(R, DISCLOSURE),
    "portal.disclosure.employer.list_read": Event(R, DISCLOSURE),
    "portal.disclosure.employer.waiting_read": Event(R, DISCLOSURE),
    "portal.disclosure.employer.team_read": Event(R, DISCLOSURE),
    "portal.disclosure.employer.create": Event(C, DISCLOSURE),
    "portal.consent.list": Event(R, CONSENTS),
    "portal.consent.read": Event(R, CONSENTS),
    "portal.consent.grant": Event(C, CONSENTS),
    "portal.consent.withdraw": Event(U, CONSENTS),
    "portal.consent.confirm": Event(U, CONSENTS),
    "portal.consent_proposal.panel": Event(R, CONSENTS),
    "portal.proposal.read": Event(R, CONSENTS),
    "portal.proposal.create": Event(C, CONSENTS),
    "portal.proposal.decline": Event(U, CONSENTS),
    "portal.income.read": Event(R, INCOME),
    "portal.team.read": Event(R, TEAM),
    "portal.thread.list": Event(R, MESSAGES),
    "portal.thread.read": Event(R, MESSAGES),
    "portal.thread.count": Event(R, MESSAGES),
    "portal.thread.create": Event(C, MESSAGES),
    "portal.message.create": Event(C, MESSAGES),
    "portal.peer_group.list": Event(R, GROUPS),
    "portal.peer_group.members": Event(R, GROUPS),
    "portal.peer_group.shared": Event(R, GROUPS),
    "portal.peer_group.join": Event(C, GROUPS),
    "portal.peer_group.leave": Event(U, GROUPS),
    "portal.peer_group.share": Event(U, GROUPS),
    "portal.access_log.read": Event(R, FILE),
    "portal.data_request.list": Event(R, DATA_REQUEST),
    "portal.data_request.read": Event(R, DATA_REQUEST),
    "portal.data_request.create": Event(C, DATA_REQUEST),
    "portal.data_request.answer": Event(U, DATA_REQUEST),
    # Break the glass (decision 0033): temporary access outside the care team, with a reason.
    "breakglass.grant": Event(C, BREAK_THE_GLASS),
}

# Codes built at run time: the recorder's refusals (``denied.<policy action>``, with the
# action code the policy maps) and the client's downloads (``portal.export.json`` / ``pdf``).
PREFIXES: dict[str, Event | None] = {
    "denied.": None,  # any action: the policy passes the code of what was tried
    "portal.export.": Event(E, DOWNLOAD),
}


class UnknownEvent(ValueError):
    """An event code that is not in the registry, or recorded with another action."""


def lookup(code: str) -> Event | None:
    if code in EVENTS:
        return EVENTS[code]
    for prefix, event in PREFIXES.items():
        if code.startswith(prefix):
            return event
    return None


def is_known(code: str) -> bool:
    return code in EVENTS or any(code.startswith(p) for p in PREFIXES)


def strict() -> bool:
    """Refuse unknown codes in tests, demo and DEBUG; never lose a row in production."""
    return bool(settings.DEBUG or getattr(settings, "WERKPAD_STRICT_AUDIT_EVENTS", False))


def check(code: str, action: str) -> None:
    """Raise ``UnknownEvent`` (in strict mode) for a code that is not registered or that is
    recorded with another NEN 7513 action than its registration says."""
    if not strict():
        return
    if not is_known(code):
        raise UnknownEvent(
            f"Unknown access-log event code {code!r}: register it in werkpad/audit/events.py."
        )
    event = lookup(code)
    if event is not None and event.action != action:
        raise UnknownEvent(
            f"Access-log event {code!r} is registered as action '{event.action!s}', "
            f"recorded as '{action!s}'."
        )


def label(code: str) -> str:
    """What a row was about, in the client's words ('' for an unknown code)."""
    event = lookup(code)
    return str(event.label) if event is not None else ""
