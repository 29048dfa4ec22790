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
# The regional network holds no client data; its rows never reach a client's page.
NETWORK = _("het regionale netwerk (geen gegevens over jou)")


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
    "membership.client_contact.update": Event(U, FILE),
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
    "home.worklist": Event(R, TRAJECTORY),  # the start page's list of what needs the actor
    "home.signals": Event(R, TRAJECTORY),  # the start page's open follow-along signals
    "home.instruments": Event(R, JOB),  # the start page's instruments waiting for a decision
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
    "team.handover_list": Event(R, TRAJECTORY),  # a teamleider choosing what to hand over
    "goal.read": Event(R, GOALS),
    "goal.create": Event(C, GOALS),
    "goal.update": Event(U, GOALS),
    "action.create": Event(C, ACTIONS),
    "action.complete": Event(U, ACTIONS),
    "meeting.read": Event(R, MEETINGS),
    "meeting.pdf": Event(P, MEETINGS),
    "meeting.record": Event(C, MEETINGS),
    "meeting.plan": Event(C, MEETINGS),  # planned ahead; the invitations go by e-mail
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
    "vacancy.close": Event(U, MATCHES),
    "vacancy.reopen": Event(U, MATCHES),
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
    "placement.instrument_update": Event(U, JOB),
    "placement.start": Event(U, JOB),
    "placement.end": Event(U, JOB),
    "follow_up.read": Event(R, FOLLOW_UP),
    "follow_up.create": Event(C, FOLLOW_UP),
    "follow_up.withdraw": Event(U, FOLLOW_UP),
    "follow_up.correct": Event(C, FOLLOW_UP),
    "checkin.create": Event(C, CHECKINS),
    "checkin.list": Event(R, CHECKINS),  # the worker's own earlier check-ins
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
    "portal.action.undone": Event(U, ACTIONS),
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
    "portal.peer_group.volunteer": Event(U, GROUPS),
    "portal.peer_group.host": Event(U, GROUPS),
    "portal.peer_group.update": Event(U, GROUPS),
    "portal.peer_group.facilitator": Event(U, GROUPS),
    "portal.access_log.read": Event(R, FILE),
    "portal.data_request.list": Event(R, DATA_REQUEST),
    "portal.data_request.read": Event(R, DATA_REQUEST),
    "portal.data_request.create": Event(C, DATA_REQUEST),
    "portal.data_request.answer": Event(U, DATA_REQUEST),
    # Break the glass (decision 0033): temporary access outside the care team, with a reason.
    "breakglass.grant": Event(C, BREAK_THE_GLASS),
    # The regional network (issue 15): organisation knowledge, writes only (its reads hold no
    # client data, so they are not logged).
    "network.directory.update": Event(U, NETWORK),
    "network.directory.confirm": Event(U, NETWORK),
    "network.key_person.create": Event(C, NETWORK),
    "network.key_person.update": Event(U, NETWORK),
    "network.key_person.delete": Event(D, NETWORK),
    "network.article.create": Event(C, NETWORK),
    "network.article.update": Event(U, NETWORK),
    "network.article.feedback": Event(C, NETWORK),
    "network.editor.create": Event(C, NETWORK),
    "network.editor.delete": Event(D, NETWORK),
    "network.question.ask": Event(C, NETWORK),
    "network.question.answer": Event(C, NETWORK),
    "network.question.helpful": Event(U, NETWORK),
    "network.follow.create": Event(C, NETWORK),
    "network.follow.delete": Event(D, NETWORK),
    "network.event.create": Event(C, NETWORK),
    "network.event.update": Event(U, NETWORK),
    "network.event.cancel": Event(U, NETWORK),
    "network.registration.create": Event(C, NETWORK),
    "network.registration.cancel": Event(U, NETWORK),
    "network.training.record": Event(C, NETWORK),
    "network.agreement.update": Event(U, NETWORK),
    "network.agreement.partner.create": Event(C, NETWORK),
    "network.agreement.partner.update": Event(U, NETWORK),
    "network.agreement.partner.delete": Event(D, NETWORK),
    "network.agreement.target.update": Event(U, NETWORK),
    "network.agreement.target.delete": Event(D, NETWORK),
    "network.peer_group.create": Event(C, NETWORK),
}

# Codes built at run time: the recorder's refusals (``denied.<policy action>``, with the
# action code the policy maps) and the client's downloads (``portal.export.json`` / ``pdf``).
PREFIXES: dict[str, Event | None] = {
    "denied.": None,  # any action: the policy passes the code of what was tried
    "portal.export.": Event(E, DOWNLOAD),
}


# What a row was about in the words of the functioneel beheerder who reads the log search
# (the client's words above say "je ..."). The log table and the CSV show it beside the code.
STAFF_LABELS: dict[str, Promise] = {
    "auth.login": _("Ingelogd"),
    "auth.login_failed": _("Inloggen mislukt"),
    "auth.logout": _("Uitgelogd"),
    "auth.timeout": _("Uitgelogd na inactiviteit"),
    "account.update": _("Eigen account gewijzigd"),
    "account.language": _("Taal gewijzigd"),
    "account.password_changed": _("Wachtwoord gewijzigd"),
    "account.email_change_requested": _("Nieuw e-mailadres aangevraagd"),
    "account.email_changed": _("E-mailadres gewijzigd"),
    "account.sessions_end_all": _("Alle sessies beëindigd"),
    "account.membership_chosen": _("Organisatie en rol gekozen"),
    "membership.create": _("Medewerker toegevoegd"),
    "membership.update": _("Medewerker gewijzigd"),
    "membership.employer_contact.update": _("Contactgegevens voor werkgevers gewijzigd"),
    "membership.client_contact.update": _("Telefoonnummer voor cliënten gewijzigd"),
    "auditlog.search": _("Toegangslog doorzocht"),
    "auditlog.export": _("Toegangslog geëxporteerd"),
    "client.list": _("Cliëntenlijst bekeken"),
    "client.read": _("Cliëntgegevens bekeken"),
    "client.create": _("Cliënt ingeschreven"),
    "client.update": _("Cliëntgegevens gewijzigd"),
    "consent.list": _("Toestemmingen bekeken"),
    "consent.document": _("Toestemmingsformulier bekeken"),
    "consent.record": _("Toestemming vastgelegd"),
    "consent.withdraw": _("Toestemming ingetrokken"),
    "intake.list": _("Intakes bekeken"),
    "intake.record": _("Intake vastgelegd"),
    "intake.prefill": _("Intake gebruikt om een formulier in te vullen"),
    "referral.list": _("Verwijzingen bekeken"),
    "referral.read": _("Verwijzing bekeken"),
    "referral.create": _("Verwijzing gemaakt"),
    "referral.accept": _("Verwijzing aangenomen"),
    "referral.decline": _("Verwijzing afgewezen"),
    "caseload.list": _("Caseload bekeken"),
    "home.worklist": _("Werklijst op de startpagina bekeken"),
    "home.signals": _("Signalen uit de nazorg op de startpagina bekeken"),
    "home.instruments": _("Instrumenten die op een besluit wachten op de startpagina bekeken"),
    "trajectory.list": _("Trajectenlijst bekeken"),
    "trajectory.read": _("Traject bekeken"),
    "trajectory.options": _("Keuzelijst met werkzoekenden bekeken"),
    "trajectory.plan": _("Trajectplan bekeken"),
    "trajectory.timeline": _("Tijdlijn van het traject bekeken"),
    "trajectory.work_summary": _("Werkoverzicht van het traject bekeken"),
    "trajectory.start": _("Traject gestart"),
    "trajectory.phase": _("Fase van het traject gewijzigd"),
    "team.add": _("Teamlid toegevoegd"),
    "team.end": _("Teamlidmaatschap beëindigd"),
    "team.handover": _("Trajecten overgedragen"),
    "team.handover_list": _("Trajecten van een collega bekeken om over te dragen"),
    "goal.read": _("Doel bekeken"),
    "goal.create": _("Doel toegevoegd"),
    "goal.update": _("Doel gewijzigd"),
    "action.create": _("Actie toegevoegd"),
    "action.complete": _("Actie afgerond"),
    "meeting.read": _("Gespreksverslag bekeken"),
    "meeting.pdf": _("Gespreksverslag als pdf gemaakt"),
    "meeting.record": _("Gespreksverslag vastgelegd"),
    "meeting.plan": _("Gesprek gepland"),
    "meeting.update": _("Gespreksverslag gewijzigd"),
    "ladder.assess": _("Participatieladder ingeschaald"),
    "note.add": _("Notitie toegevoegd"),
    "career_profile.read": _("Loopbaanprofiel bekeken"),
    "career_profile.create": _("Loopbaanprofiel aangemaakt"),
    "career_profile.update": _("Loopbaanprofiel gewijzigd"),
    "career_profile.history_add": _("Werkervaring toegevoegd"),
    "matching.vacancies": _("Passende vacatures bekeken"),
    "vacancy.candidates": _("Kandidaten voor een vacature bekeken"),
    "vacancy.create": _("Vacature aangemaakt"),
    "vacancy.update": _("Vacature gewijzigd"),
    "vacancy.close": _("Vacature gesloten"),
    "vacancy.reopen": _("Vacature heropend"),
    "employer.contacts_read": _("Werkgeverscontacten bekeken"),
    "employer.contact_log": _("Werkgeverscontact vastgelegd"),
    "employer.create": _("Werkgever toegevoegd"),
    "employer.update": _("Werkgever gewijzigd"),
    "employer.contact_person_add": _("Contactpersoon van werkgever toegevoegd"),
    "employer.sharing": _("Delen met werkgever gewijzigd"),
    "workplace_scan.read": _("Werkplekscan bekeken"),
    "workplace_scan.create": _("Werkplekscan vastgelegd"),
    "placement.read": _("Plaatsing bekeken"),
    "placement.create": _("Plaatsing vastgelegd"),
    "placement.instrument": _("Instrument bij plaatsing vastgelegd"),
    "placement.instrument_update": _("Besluit over een instrument bijgewerkt"),
    "placement.start": _("Plaatsing begonnen op de startdatum"),
    "placement.end": _("Plaatsing beëindigd"),
    "follow_up.read": _("Nazorgcontacten bekeken"),
    "follow_up.create": _("Nazorgcontact vastgelegd"),
    "follow_up.withdraw": _("Nazorgnotitie ingetrokken"),
    "follow_up.correct": _("Nazorgnotitie verbeterd"),
    "checkin.create": _("Check-in ingevuld"),
    "checkin.list": _("Eigen check-ins bekeken"),
    "signal.read": _("Signaal bekeken"),
    "signal.raise": _("Signaal afgegeven"),
    "signal.resolve": _("Signaal afgehandeld"),
    "employer_portal.read": _("Werkgeversportaal: werknemer bekeken"),
    "employer_portal.placement": _("Werkgeversportaal: plaatsing bekeken"),
    "employer_portal.disclosure.read": _("Werkgeversportaal: gedeelde informatie bekeken"),
    "portal.invitation.read": _("Uitnodiging voor het portaal bekeken"),
    "portal.invitation.create": _("Uitnodiging voor het portaal verstuurd"),
    "portal.invitation.accept": _("Uitnodiging voor het portaal aangenomen"),
    "portal.path.read": _("Portaal: eigen traject bekeken"),
    "portal.action.done": _("Portaal: actie afgevinkt"),
    "portal.action.undone": _("Portaal: afvinken teruggezet"),
    "portal.goal.propose": _("Portaal: doel voorgesteld"),
    "portal.pace.read": _("Portaal: tempo bekeken"),
    "portal.pace.create": _("Portaal: tempo ingevuld"),
    "portal.ladder.read": _("Portaal: participatieladder bekeken"),
    "portal.ladder.assess": _("Portaal: eigen inschaling op de ladder"),
    "portal.disclosure.overview.read": _("Portaal: overzicht openheid naar werkgever bekeken"),
    "portal.disclosure.worksheet.read": _("Portaal: werkblad openheid bekeken"),
    "portal.disclosure.worksheet.create": _("Portaal: werkblad openheid ingevuld"),
    "portal.disclosure.worksheet.update": _("Portaal: werkblad openheid gewijzigd"),
    "portal.disclosure.summary.read": _("Portaal: samenvatting openheid bekeken"),
    "portal.disclosure.employer.read": _("Portaal: keuze per werkgever bekeken"),
    "portal.disclosure.employer.list_read": _("Portaal: werkgevers bekeken"),
    "portal.disclosure.employer.waiting_read": _("Portaal: werkgevers zonder keuze bekeken"),
    "portal.disclosure.employer.team_read": _("Portaal: team bij keuze werkgever bekeken"),
    "portal.disclosure.employer.create": _("Portaal: keuze voor werkgever gemaakt"),
    "portal.consent.list": _("Portaal: toestemmingen bekeken"),
    "portal.consent.read": _("Portaal: toestemming bekeken"),
    "portal.consent.grant": _("Portaal: toestemming gegeven"),
    "portal.consent.withdraw": _("Portaal: toestemming ingetrokken"),
    "portal.consent.confirm": _("Portaal: toestemming bevestigd"),
    "portal.consent_proposal.panel": _("Open toestemmingsvoorstellen bekeken"),
    "portal.proposal.read": _("Portaal: toestemmingsvoorstel bekeken"),
    "portal.proposal.create": _("Toestemmingsvoorstel gedaan"),
    "portal.proposal.decline": _("Portaal: toestemmingsvoorstel afgewezen"),
    "portal.income.read": _("Portaal: inkomensvraag bekeken"),
    "portal.team.read": _("Portaal: eigen team bekeken"),
    "portal.thread.list": _("Berichten bekeken"),
    "portal.thread.read": _("Gesprek bekeken"),
    "portal.thread.count": _("Aantal nieuwe berichten opgevraagd"),
    "portal.thread.create": _("Gesprek gestart"),
    "portal.message.create": _("Bericht verstuurd"),
    "portal.peer_group.list": _("Lotgenotengroepen bekeken"),
    "portal.peer_group.members": _("Leden van een lotgenotengroep bekeken"),
    "portal.peer_group.shared": _("Gedeelde gegevens in een lotgenotengroep bekeken"),
    "portal.peer_group.join": _("Lid geworden van een lotgenotengroep"),
    "portal.peer_group.leave": _("Lotgenotengroep verlaten"),
    "portal.peer_group.share": _("Delen in een lotgenotengroep gewijzigd"),
    "portal.peer_group.volunteer": _("Aanbod om een lotgenotengroep te hosten gewijzigd"),
    "portal.peer_group.host": _("Gastheer of gastvrouw van een lotgenotengroep gewijzigd"),
    "portal.peer_group.update": _("Praktische gegevens van een lotgenotengroep gewijzigd"),
    "portal.peer_group.facilitator": _("Begeleiding van een lotgenotengroep gewijzigd"),
    "portal.access_log.read": _("Portaal: wie keek in mijn dossier bekeken"),
    "portal.data_request.list": _("Verzoeken over gegevens bekeken"),
    "portal.data_request.read": _("Verzoek over gegevens bekeken"),
    "portal.data_request.create": _("Verzoek over gegevens ingediend"),
    "portal.data_request.answer": _("Verzoek over gegevens beantwoord"),
    "breakglass.grant": _("Toegang buiten het team gevraagd (break the glass)"),
    "network.directory.update": _("Wie-is-wie: vermelding van de organisatie gewijzigd"),
    "network.directory.confirm": _("Wie-is-wie: vermelding bevestigd"),
    "network.key_person.create": _("Wie-is-wie: sleutelpersoon toegevoegd"),
    "network.key_person.update": _("Wie-is-wie: sleutelpersoon gewijzigd"),
    "network.key_person.delete": _("Wie-is-wie: sleutelpersoon verwijderd"),
    "network.article.create": _("Kennisbank: artikel geschreven"),
    "network.article.update": _("Kennisbank: artikel bijgewerkt"),
    "network.article.feedback": _("Kennisbank: artikel nuttig of verouderd genoemd"),
    "network.editor.create": _("Kennisbank: redacteur aangewezen"),
    "network.editor.delete": _("Kennisbank: redacteur niet langer aangewezen"),
    "network.question.ask": _("Vraag aan collega's gesteld"),
    "network.question.answer": _("Vraag van een collega beantwoord"),
    "network.question.helpful": _("Antwoord als behulpzaam gemarkeerd"),
    "network.follow.create": _("Categorie of regio gevolgd"),
    "network.follow.delete": _("Categorie of regio niet meer gevolgd"),
    "network.event.create": _("Training of werkatelier gepland"),
    "network.event.update": _("Training of werkatelier gewijzigd"),
    "network.event.cancel": _("Training of werkatelier afgelast"),
    "network.registration.create": _("Aangemeld voor een training of werkatelier"),
    "network.registration.cancel": _("Afgemeld voor een training of werkatelier"),
    "network.training.record": _("Gevolgde training vastgelegd"),
    "network.agreement.update": _("Regionale afspraak gewijzigd"),
    "network.agreement.partner.create": _("Regionale afspraak: partner toegevoegd"),
    "network.agreement.partner.update": _("Regionale afspraak: wie doet wat gewijzigd"),
    "network.agreement.partner.delete": _("Regionale afspraak: partner verwijderd"),
    "network.agreement.target.update": _("Regionale afspraak: doel gewijzigd"),
    "network.agreement.target.delete": _("Regionale afspraak: doel verwijderd"),
    "network.peer_group.create": _("Lotgenotengroep gestart"),
}
STAFF_PREFIX_LABELS: dict[str, Promise] = {
    "denied.": _("Geweigerde poging"),
    "portal.export.": _("Portaal: eigen gegevens gedownload"),
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


def staff_label(code: str) -> str:
    """What a row was about, for the professional who reads the log ('' for an unknown
    code: the table and the CSV then show the code alone)."""
    if code in STAFF_LABELS:
        return str(STAFF_LABELS[code])
    for prefix, text in STAFF_PREFIX_LABELS.items():
        if code.startswith(prefix):
            return str(text)
    return ""
