"""Demo of the client portal (issue 5), on top of the trajectory and employment stories:
four clients who log in, each in a different situation, and what only the portal has.

- Eva Lambrechts has just started (IPS, 'aanmelding'): she wants to take it slowly.
- Emre Kaya is searching again (IPS, 'zoeken') after a job that ended: a wish in his own
  words, his own actions, a meeting today, his own ladder going up, a consent proposal from
  his team waiting for him and one he granted, and a correction request.
- Sanne de Vries works at the bakery with follow-along: a finished worksheet about openness
  at work, the choice her employer sees (and the earlier one), messages with her IPS coach
  and a peer-support group she shares with her team.
- Jeroen Dekker, whose check-ins fall, asked for a pause; his peer-support group stays his
  own business. His earlier correction request was handled.
- Ricardo Martina has no account yet: his klantmanager invited him.

The rows are written with the ORM (the portal's services are a separate part) and, like the
placements the employment demo writes directly, without access-log rows: seeding is not
somebody reading or changing a file. Dates are relative to today. Idempotent: when the first
peer-support group exists, nothing is added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from werkpad.accounts.models import User
from werkpad.clients.models import Client, Consent, ConsentGrant, ConsentPurpose, DataCategory
from werkpad.core.demo import GEMEENTE, GGZ, HERSTEL, REINTEGRATIE
from werkpad.employment.models import Employer
from werkpad.organisations.models import Organisation, Role
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    GoalStatus,
    LadderAssessment,
    LifeDomain,
    Meeting,
    MeetingKind,
    Perspective,
    PlanAction,
    Trajectory,
)

from .models import (
    INVITATION_VALID_FOR,
    ClientInvitation,
    ConditionShared,
    ConsentProposal,
    DataRequest,
    DisclosureWorksheet,
    EmployerDisclosure,
    GroupMode,
    Message,
    Need,
    Pace,
    PaceStatement,
    PeerGroup,
    PeerGroupMembership,
    ProposalStatus,
    RequestKind,
    RequestStatus,
    Thread,
    hash_token,
    new_token,
)
from .services.data import one_month_after  # the legal deadline, as the service sets it

# The demo clients who log in (core/demo.py creates the accounts and prints them).
JUST_STARTED = "eva@client.demo.example"  # Eva Lambrechts
SEARCHING = "emre@client.demo.example"  # Emre Kaya
WORKING = "client@demo.example"  # Sanne de Vries
PAUSED = "jeroen@client.demo.example"  # Jeroen Dekker
# The client without an account who has a pending invitation.
INVITED_NAME = "Ricardo Martina"
INVITED_EMAIL = "ricardo@client.demo.example"
# name -> login (core/demo.py links each account to the record of that name).
PORTAL_CLIENTS = {
    "Eva Lambrechts": JUST_STARTED,
    "Emre Kaya": SEARCHING,
    "Sanne de Vries": WORKING,
    "Jeroen Dekker": PAUSED,
}

IPS_COACH = "ips@ggz.demo.example"  # Fatima El Amrani
KLANTMANAGER = "klantmanager@utrecht.demo.example"  # Anouk Jansen
BEHEERDER = "beheer@ggz.demo.example"  # Tom de Wit, functioneel beheerder of the ggz
FACILITATOR = "ervaringsdeskundige@herstel.demo.example"  # Noor Hendriks

# The worksheet's answers are stored as codes: those of the decision aid's steps (What, When
# and ToWhom in portal/services/disclosure.py; the demo test checks they still match).
WHAT_THAT, WHAT_NEEDS = "dat", "nodig"
WHEN_AFTER_START = "gestart"
TO_MANAGER = "leidinggevende"
# A client's own goal is a proposal; its first revision says it is a wish, from the portal.
WISH, FROM_PORTAL = "wens", "portal"


@dataclass(frozen=True)
class GroupSpec:
    name: str
    theme: str
    description: str
    mode: str
    place: str
    schedule: str
    is_open: bool = True


# fmt: off
GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec(
        name="Werk en herstel",
        theme="Werken of werk zoeken, en tegelijk herstellen",
        description=(
            "Een groep voor iedereen die werkt of werk zoekt en ook bezig is met herstel. "
            "We praten over wat je tegenkomt: een nieuwe baan, moe zijn na je werk, een "
            "lastig gesprek met je baas. In de groep merk je vaak: ik ben dus niet de enige. "
            "Je leert van elkaar en je steunt elkaar: halen en brengen. Jullie bepalen samen "
            "waar het over gaat. Noor Hendriks is ervaringsdeskundige en begeleidt de groep."
        ),
        mode=GroupMode.ON_SITE,
        place="Herstelacademie Utrecht, Kanaalweg 12 (demo-adres), Utrecht",
        schedule="Elke donderdag van 14.00 tot 15.30 uur",
    ),
    GroupSpec(
        name="Open zijn op je werk",
        theme="Wat vertel ik op mijn werk, en hoe?",
        description=(
            "Vertel je op je werk iets over je psychische kwetsbaarheid, of niet? Er is geen "
            "goed of fout. Wat helpt, is er rustig over nadenken en zelf kiezen. In deze "
            "groep delen we ervaringen: wat ging goed, wat zou je anders doen? Je kunt ook "
            "oefenen met wat je wilt zeggen. Je hoeft zelf niets te vertellen als je dat "
            "niet wilt."
        ),
        mode=GroupMode.ONLINE,
        place="Online, via een beveiligde videoverbinding. Je krijgt de link van Noor.",
        schedule="Om de week op dinsdag van 19.30 tot 21.00 uur",
    ),
    GroupSpec(
        name="WRAP-training",
        theme="Je eigen herstelplan maken",
        description=(
            "WRAP is een training waarin je je eigen herstelplan maakt. Je schrijft op wat "
            "je helpt om je goed te voelen, hoe je merkt dat het minder gaat en wat je dan "
            "doet. Je maakt het plan voor jezelf; je deelt alleen wat je zelf wilt. De "
            "training is in een vaste groep van acht keer. Deze groep is al begonnen: "
            "nieuwe deelnemers kunnen bij de volgende training in het voorjaar meedoen."
        ),
        mode=GroupMode.ON_SITE,
        place="Herstelacademie Utrecht, Kanaalweg 12 (demo-adres), Utrecht",
        schedule="Acht woensdagen van 10.00 tot 12.30 uur (gestart in oktober)",
        is_open=False,
    ),
)
# fmt: on


def _today() -> date:
    return timezone.localdate()


def _ago(days: int) -> date:
    return _today() - timedelta(days=days)


def _at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


@dataclass
class World:
    organisations: dict[str, Organisation]
    users: dict[str, User]

    @classmethod
    def load(cls) -> World:
        names = (GGZ, GEMEENTE, HERSTEL, REINTEGRATIE)
        emails = (JUST_STARTED, SEARCHING, WORKING, PAUSED, IPS_COACH, KLANTMANAGER, BEHEERDER)
        return cls(
            organisations={o.name: o for o in Organisation.objects.filter(name__in=names)},
            users={u.email: u for u in User.objects.filter(email__in=(*emails, FACILITATOR))},
        )

    def client(self, email: str) -> Client:
        return Client.objects.get(user=self.users[email])

    def trajectory(self, email: str) -> Trajectory:
        found = (
            Trajectory.objects.filter(client__user=self.users[email], ended_on__isnull=True)
            .order_by("-started_on", "-id")
            .first()
        )
        assert found is not None, f"the trajectory demo has no open trajectory for {email}"
        return found


TO_INVITE_NAME, TO_INVITE_EMAIL = "Lisa Kramer", "lisa@client.demo.example"


def seed_portal() -> None:
    """The portal demo; nothing when it is already there."""
    herstel = Organisation.objects.get(name=HERSTEL)
    if PeerGroup.objects.filter(organisation=herstel, name=GROUPS[0].name).exists():
        return
    with transaction.atomic():
        world = World.load()
        for email in PORTAL_CLIENTS.values():
            # The address the team would send an invitation to, where the record has none.
            Client.objects.filter(user=world.users[email], email="").update(email=email)
        groups = _groups(world)
        _just_started(world)
        _searching(world)
        _working(world, groups)
        _paused(world, groups)
        _invited(world)
        # A ggz client without an account but with an address: the IPS coach can invite her.
        Client.objects.filter(full_name=TO_INVITE_NAME, user__isnull=True, email="").update(
            email=TO_INVITE_EMAIL
        )


def _groups(world: World) -> dict[str, PeerGroup]:
    herstel = world.organisations[HERSTEL]
    groups: dict[str, PeerGroup] = {}
    for spec in GROUPS:
        group = PeerGroup.objects.create(
            organisation=herstel,
            facilitator=world.users[FACILITATOR],
            name=spec.name,
            theme=spec.theme,
            description=spec.description,
            mode=spec.mode,
            place=spec.place,
            schedule=spec.schedule,
            is_open=spec.is_open,
        )
        PeerGroup.objects.filter(pk=group.pk).update(created_at=_at(_ago(120)))
        groups[spec.name] = group
    return groups


def _pace(
    world: World, email: str, pace: str, need: str, note: str, days_ago: int
) -> PaceStatement:
    trajectory = world.trajectory(email)
    statement = PaceStatement.objects.create(
        trajectory=trajectory,
        organisation=trajectory.organisation,
        pace=pace,
        need=need,
        note=note,
        created_by=world.users[email],
    )
    PaceStatement.objects.filter(pk=statement.pk).update(created_at=_at(_ago(days_ago), 20))
    return statement


def _join(
    world: World, email: str, group: PeerGroup, *, share_with_team: bool, days_ago: int
) -> None:
    membership = PeerGroupMembership.objects.create(
        group=group, client=world.client(email), share_with_team=share_with_team
    )
    PeerGroupMembership.objects.filter(pk=membership.pk).update(joined_at=_at(_ago(days_ago), 21))


# --- Just started ---------------------------------------------------------------------------
def _just_started(world: World) -> None:
    """Eva started nine days ago and sets her own pace: calm, nothing extra for now."""
    _pace(
        world,
        JUST_STARTED,
        Pace.CALM,
        Need.NOTHING_EXTRA,
        "Ik wil rustig beginnen. Eerst kennismaken met Fatima en kijken wat bij me past. "
        "Ik wil werken omdat ik het zelf wil, niet omdat het moet.",
        days_ago=5,
    )


# --- Searching ------------------------------------------------------------------------------
def _searching(world: World) -> None:
    """Emre looks for work again after the job at the warehouse stopped."""
    trajectory = world.trajectory(SEARCHING)
    ggz, emre = trajectory.organisation, world.users[SEARCHING]
    fatima, anouk = world.users[IPS_COACH], world.users[KLANTMANAGER]
    _pace(
        world,
        SEARCHING,
        Pace.FASTER,
        Need.MORE_SUPPORT,
        "Ik wil snel weer aan het werk, ook voor mijn schulden. Hulp bij "
        "sollicitatiegesprekken zou fijn zijn.",
        days_ago=6,
    )
    # A wish in his own words, added in the portal: waiting for the team to talk it through.
    wish_on = _ago(12)
    wish = Goal.objects.create(
        trajectory=trajectory,
        organisation=ggz,
        category=DataCategory.WERK,
        life_domain=LifeDomain.WORK,
        own_words="Een baan met vaste dagdiensten, zodat ik goed slaap. Geen nachtdiensten meer.",
        professional_text="",
        status=GoalStatus.PROPOSED,
        created_by=emre,
    )
    Goal.objects.filter(pk=wish.pk).update(created_at=_at(wish_on, 21))
    GoalRevision.objects.create(
        goal=wish,
        version=1,
        snapshot={
            "category": wish.category,
            "life_domain": wish.life_domain,
            "own_words": wish.own_words,
            "professional_text": "",
            "status": wish.status,
            "target_date": None,
            "kind": WISH,
            "source": FROM_PORTAL,
        },
        changed_by=emre,
    )
    GoalRevision.objects.filter(goal=wish).update(changed_at=_at(wish_on, 21))
    # His own actions: one done, one open.
    for description, due, done in (
        ("Mijn cv aanpassen: vaste dagdiensten als wens erbij zetten", _ago(5), _ago(7)),
        ("Twee vacatures uitzoeken bij winkels of magazijnen met vaste dagdiensten",
         _today() + timedelta(days=6), None),
    ):  # fmt: skip
        PlanAction.objects.create(
            trajectory=trajectory,
            goal=wish,
            organisation=ggz,
            category=DataCategory.WERK,
            description=description,
            owner=emre,
            due_on=due,
            done_on=done,
        )
    # The meeting of today: planned, so no report yet.
    meeting = Meeting.objects.create(
        trajectory=trajectory,
        organisation=ggz,
        category=DataCategory.REINTEGRATIE,
        kind=MeetingKind.EVALUATION,
        held_on=_today(),
        client_present=True,
        agenda="Vandaag om 15.00 uur bij Fatima op kantoor: wat hebben we geleerd van de baan "
        "bij het logistiekcentrum, welke werkgevers passen beter, en wat doet werk met de "
        "schuldhulp en de bijstand?",
        summary="",
        created_by=fatima,
    )
    meeting.participants.set([fatima, anouk])
    Meeting.objects.filter(pk=meeting.pk).update(created_at=_at(_ago(5), 11))
    # His own view of the ladder beside the team's: down after the job stopped, then up.
    for step, days_ago, note in (
        (2, 13, "Na het stoppen bij het logistiekcentrum zat ik veel thuis. Ik zag alleen "
                "mijn familie."),
        (3, 4, "Ik ga weer twee keer per week naar de sportschool in de buurt. Elke stap is "
               "er een."),
    ):  # fmt: skip
        assessment = LadderAssessment.objects.create(
            trajectory=trajectory,
            organisation=ggz,
            step=step,
            perspective=Perspective.CLIENT,
            assessed_on=_ago(days_ago),
            assessed_by=emre,
            note=note,
        )
        LadderAssessment.objects.filter(pk=assessment.pk).update(created_at=_at(_ago(days_ago), 21))
    _consent_proposals(world, trajectory.client)
    request = DataRequest.objects.create(
        client=trajectory.client,
        organisation=trajectory.client.organisation,
        kind=RequestKind.CORRECTION,
        text="In mijn dossier staat dat ik 'snel agressief' word. Dat klopt niet. Ik word "
        "soms boos als iets tegenzit, maar ik heb nooit iemand iets gedaan. Wilt u dat "
        "anders opschrijven?",
        due_on=one_month_after(_ago(3)),
    )
    DataRequest.objects.filter(pk=request.pk).update(created_at=_at(_ago(3), 19))


def _consent_proposals(world: World, client: Client) -> None:
    """One proposal waits for Emre; the other he granted, which made it a consent."""
    fatima, ggz = world.users[IPS_COACH], world.organisations[GGZ]
    until = _today() + timedelta(days=365)
    waiting = ConsentProposal.objects.create(
        client=client,
        recipient=world.organisations[REINTEGRATIE],
        recipient_role=Role.JOBCOACH,
        purpose=ConsentPurpose.IPS,
        categories=[DataCategory.WERK, DataCategory.REINTEGRATIE],
        valid_until=until,
        reason="Als je een baan vindt, kan een jobcoach je de eerste maanden op je werk "
        "helpen. Joost van Dijk van Werkkracht doet dat. Hij moet dan weten wat voor werk je "
        "zoekt en welke afspraken we samen hebben gemaakt. Hij ziet niets over je "
        "behandeling. Jij beslist: ja of nee.",
        proposed_by=fatima,
        proposed_by_organisation=ggz,
    )
    ConsentProposal.objects.filter(pk=waiting.pk).update(proposed_at=_at(_ago(2), 16))
    granted_on = _ago(25)
    consent = Consent.objects.create(
        client=client,
        recipient=world.organisations[GEMEENTE],
        recipient_role=Role.KLANTMANAGER,
        purpose=ConsentPurpose.IPS,
        valid_from=granted_on,
        valid_until=until,
        recorded_by=world.users[SEARCHING],
        recorded_by_organisation=ggz,
    )
    ConsentGrant.objects.create(consent=consent, category=DataCategory.WELZIJN)
    Consent.objects.filter(pk=consent.pk).update(recorded_at=_at(granted_on, 20))
    granted = ConsentProposal.objects.create(
        client=client,
        recipient=world.organisations[GEMEENTE],
        recipient_role=Role.KLANTMANAGER,
        purpose=ConsentPurpose.IPS,
        categories=[DataCategory.WELZIJN],
        valid_until=until,
        reason="Anouk Jansen, je klantmanager, helpt je met de aanvraag voor schuldhulp. "
        "Daarvoor wil ze weten hoe het met je gaat. Ze ziet dan wat er in Werkpad staat over "
        "hoe het met je gaat, niet over je behandeling.",
        proposed_by=fatima,
        proposed_by_organisation=ggz,
        status=ProposalStatus.GRANTED,
        decided_at=_at(granted_on, 20),
        consent=consent,
    )
    ConsentProposal.objects.filter(pk=granted.pk).update(proposed_at=_at(_ago(27), 11))


# --- Working with follow-along --------------------------------------------------------------
def _working(world: World, groups: dict[str, PeerGroup]) -> None:
    """Sanne works at the bakery: her worksheet, her employer's view, her coach, her group."""
    sanne_user, client = world.users[WORKING], world.client(WORKING)
    _pace(
        world,
        WORKING,
        Pace.STEADY,
        Need.NOTHING_EXTRA,
        "Het gaat goed in de bakkerij. Ik wil eerst zo doorgaan. Over een extra ochtend "
        "praat ik later met Fatima.",
        days_ago=10,
    )
    DisclosureWorksheet.objects.create(
        client=client,
        what=[WHAT_THAT, WHAT_NEEDS],
        when=[WHEN_AFTER_START],
        to_whom=[TO_MANAGER],
        in_my_words="Ik heb soms last van angst en ik pieker veel, vooral 's avonds. Als ik "
        "goed slaap en vaste tijden heb, merk je daar op het werk bijna niets van.",
        script="Henk, mag ik je iets vertellen? Ik heb een psychische kwetsbaarheid. Het gaat "
        "goed met me en ik werk hier graag. Wat mij helpt: een vaste werkplek en een vaste "
        "begintijd. En als het heel druk is, even vijf minuten pauze achter. Als je vragen "
        "hebt, mag je ze aan mij stellen.",
        pros="Henk weet waarom ik soms even pauze neem. Ik hoef niet te doen alsof alles "
        "altijd goed gaat. Hij kan rekening houden met mijn vaste begintijd.",
        cons="Misschien kijkt hij anders naar me. Als het een keer minder gaat, denkt hij "
        "misschien: zie je wel. En ik weet niet of hij het aan anderen vertelt.",
        what_matters="Dat ik gezien word om wat ik kan. Dat ik zelf bepaal wat mijn "
        "collega's weten. Ik las over iemand die zei: 'het gevoel ergens te mogen zijn, in al "
        "je kwetsbaarheid.' Dat wil ik ook.",
        finished_on=_ago(24),
    )
    # The history of her choice for Bakkerij De Korenschoof (the choice is per employer):
    # nothing at first, then that she has a condition and what she needs. The newest row is
    # what Henk Smit sees.
    korenschoof = Employer.objects.get(
        name="Bakkerij De Korenschoof", placements__trajectory__client=client
    )
    for days_ago, condition, share_needs, needs_text in (
        (38, ConditionShared.NOTHING, False, ""),
        (23, ConditionShared.THAT, True,
         "Een vaste werkplek en vaste begintijd; even pauze als het druk is."),
    ):  # fmt: skip
        choice = EmployerDisclosure.objects.create(
            client=client,
            employer=korenschoof,
            condition=condition,
            share_needs=share_needs,
            needs_text=needs_text,
            created_by=sanne_user,
        )
        EmployerDisclosure.objects.filter(pk=choice.pk).update(created_at=_at(_ago(days_ago), 20))
    _thread_with_coach(world)
    _join(world, WORKING, groups["Werk en herstel"], share_with_team=True, days_ago=30)


def _thread_with_coach(world: World) -> None:
    trajectory = world.trajectory(WORKING)
    sanne, fatima = world.users[WORKING], world.users[IPS_COACH]
    messages = (
        (sanne, 8, 16, "Hoi Fatima, Henk vroeg of ik een extra ochtend wil werken. Ik vind "
                       "het leuk, maar ik weet niet of het te veel wordt. Kunnen we het erover "
                       "hebben?"),
        (fatima, 7, 9, "Hoi Sanne, goed dat je het vraagt! Jij bepaalt je eigen tempo. Zullen "
                       "we het bespreken als ik volgende week in de bakkerij langskom? Ik neem "
                       "de rekenhulp mee, dan zien we samen wat je overhoudt als je meer uren "
                       "werkt."),
        (sanne, 7, 19, "Ja, graag. Donderdag na mijn dienst kan ik, om half elf."),
        (fatima, 6, 8, "Top, dan zie ik je donderdag om half elf in de bakkerij."),
        (sanne, 2, 20, "Dank je. Ik heb alvast opgeschreven wat ik wil vragen."),
    )  # fmt: skip
    thread = Thread.objects.create(
        trajectory=trajectory,
        professional=fatima,
        organisation=world.organisations[GGZ],
        category=DataCategory.REINTEGRATIE,
        subject="Een extra ochtend werken?",
    )
    for author, days_ago, hour, body in messages:
        message = Message.objects.create(thread=thread, author=author, body=body)
        Message.objects.filter(pk=message.pk).update(created_at=_at(_ago(days_ago), hour))
    first, last = _at(_ago(messages[0][1]), messages[0][2]), _at(_ago(2), 20)
    # Sanne read everything; Fatima has not read Sanne's last message yet.
    Thread.objects.filter(pk=thread.pk).update(
        created_at=first,
        last_message_at=last,
        client_read_at=last,
        professional_read_at=_at(_ago(6), 8),
    )


# --- Paused ---------------------------------------------------------------------------------
def _paused(world: World, groups: dict[str, PeerGroup]) -> None:
    """Jeroen is tired (his check-ins fall) and asks for a pause from everything around the
    work; the WRAP training is his own business."""
    _pace(
        world,
        PAUSED,
        Pace.STEADY,
        Need.NOTHING_EXTRA,
        "Ik heb er zin in. De werkplaats voelt goed.",
        days_ago=28,
    )
    _pace(
        world,
        PAUSED,
        Pace.CALM,
        Need.PAUSE,
        "Ik ben erg moe. Het werk in de werkplaats wil ik houden, maar even geen extra "
        "afspraken en niets nieuws. Over twee weken wil ik weer kijken.",
        days_ago=3,
    )
    _join(world, PAUSED, groups["WRAP-training"], share_with_team=False, days_ago=50)
    client = world.client(PAUSED)
    created = _ago(40)
    request = DataRequest.objects.create(
        client=client,
        organisation=client.organisation,
        kind=RequestKind.CORRECTION,
        text="Er staat dat ik in Utrecht woon. Ik woon in Maarssen.",
        due_on=one_month_after(created),
        status=RequestStatus.DONE,
        handled_by=world.users[BEHEERDER],
        answer="Dank je wel voor je bericht. Je hebt gelijk. We hebben het aangepast: je "
        "woont in Maarssen, in de gemeente Stichtse Vecht.",
    )
    DataRequest.objects.filter(pk=request.pk).update(
        created_at=_at(created, 18), handled_at=_at(_ago(33), 11)
    )


# --- Invited --------------------------------------------------------------------------------
def _invited(world: World) -> None:
    """Ricardo, referred by the gemeente, has an invitation from his klantmanager waiting.
    Only the token's hash is stored; nobody needs the token itself."""
    client = Client.objects.get(full_name=INVITED_NAME, user__isnull=True)
    if not client.email:
        Client.objects.filter(pk=client.pk).update(email=INVITED_EMAIL)
    sent = timezone.now() - timedelta(days=1)
    invitation = ClientInvitation.objects.create(
        client=client,
        email=INVITED_EMAIL,
        token_hash=hash_token(new_token()),
        created_by=world.users[KLANTMANAGER],
        organisation=world.organisations[GEMEENTE],
        expires_at=sent + INVITATION_VALID_FOR,
    )
    ClientInvitation.objects.filter(pk=invitation.pk).update(created_at=sent)
