"""Playing the portal's demo content (``data.portal``), on top of the trajectory and
employment stories.

The rows are written with the ORM (the portal's services are a separate part) and, like the
placements the employment demo writes directly, without access-log rows: seeding is not
somebody reading or changing a file. Idempotent: when the first peer-support group exists,
nothing is added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction

from werkpad.accounts.models import User
from werkpad.clients.models import Client, Consent, ConsentGrant, ConsentPurpose, DataCategory
from werkpad.employment.models import Employer
from werkpad.organisations.models import Organisation
from werkpad.portal.models import (
    INVITATION_VALID_FOR,
    ClientInvitation,
    ConsentProposal,
    DataRequest,
    DisclosureWorksheet,
    EmployerDisclosure,
    Message,
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
from werkpad.portal.services.data import one_month_after  # the legal deadline, as it is set
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

from .. import clock
from ..data.people import GEMEENTE, GGZ, HERSTEL, REINTEGRATIE
from ..data.portal import (
    BEHEERDER,
    COACH_READ_AGO,
    EMRE_ACTIONS,
    EMRE_LADDER,
    EMRE_MEETING,
    EMRE_PROPOSALS,
    EMRE_WISH,
    EMRE_WISH_AGO,
    FACILITATOR,
    FROM_PORTAL,
    GROUPS,
    INVITED_EMAIL,
    INVITED_NAME,
    IPS_COACH,
    JOINS,
    KLANTMANAGER,
    PACES,
    PORTAL_CLIENTS,
    REQUESTS,
    SANNE_DISCLOSURES,
    SANNE_EMPLOYER,
    SANNE_MESSAGES,
    SANNE_THREAD,
    SANNE_WORKSHEET,
    SANNE_WORKSHEET_FINISHED_AGO,
    SEARCHING,
    TO_INVITE_EMAIL,
    TO_INVITE_NAME,
    WISH,
    WORKING,
)


@dataclass
class World:
    organisations: dict[str, Organisation]
    users: dict[str, User]

    @classmethod
    def load(cls) -> World:
        names = (GGZ, GEMEENTE, HERSTEL, REINTEGRATIE)
        emails = (*PORTAL_CLIENTS.values(), IPS_COACH, KLANTMANAGER, BEHEERDER, FACILITATOR)
        return cls(
            organisations={o.name: o for o in Organisation.objects.filter(name__in=names)},
            users={u.email: u for u in User.objects.filter(email__in=emails)},
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
        _paces(world)
        _searching(world)
        _working(world)
        _joins(world, groups)
        _requests(world)
        _invited(world)
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
            started_by=world.users[FACILITATOR],
            region=herstel.regions.order_by("code").first(),
            name=spec.name,
            theme=spec.theme,
            description=spec.description,
            mode=spec.mode,
            place=spec.place,
            schedule=spec.schedule,
            is_open=spec.is_open,
        )
        PeerGroup.objects.filter(pk=group.pk).update(created_at=clock.at(clock.ago(120)))
        groups[spec.name] = group
    return groups


def _paces(world: World) -> None:
    for email, pace, need, note, days_ago in PACES:
        trajectory = world.trajectory(email)
        statement = PaceStatement.objects.create(
            trajectory=trajectory,
            organisation=trajectory.organisation,
            pace=pace,
            need=need,
            note=note,
            created_by=world.users[email],
        )
        PaceStatement.objects.filter(pk=statement.pk).update(
            created_at=clock.at(clock.ago(days_ago), 20)
        )


def _joins(world: World, groups: dict[str, PeerGroup]) -> None:
    for email, group, share_with_team, days_ago in JOINS:
        membership = PeerGroupMembership.objects.create(
            group=groups[group], client=world.client(email), share_with_team=share_with_team
        )
        PeerGroupMembership.objects.filter(pk=membership.pk).update(
            joined_at=clock.at(clock.ago(days_ago), 21)
        )


def _searching(world: World) -> None:
    """Emre looks for work again after the job at the warehouse stopped."""
    trajectory = world.trajectory(SEARCHING)
    ggz, emre = trajectory.organisation, world.users[SEARCHING]
    fatima, anouk = world.users[IPS_COACH], world.users[KLANTMANAGER]
    wish_on = clock.ago(EMRE_WISH_AGO)
    wish = Goal.objects.create(
        trajectory=trajectory,
        organisation=ggz,
        category=DataCategory.WERK,
        life_domain=LifeDomain.WORK,
        own_words=EMRE_WISH,
        professional_text="",
        status=GoalStatus.PROPOSED,
        created_by=emre,
    )
    Goal.objects.filter(pk=wish.pk).update(created_at=clock.at(wish_on, 21))
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
    GoalRevision.objects.filter(goal=wish).update(changed_at=clock.at(wish_on, 21))
    for description, due, done in EMRE_ACTIONS:
        PlanAction.objects.create(
            trajectory=trajectory,
            goal=wish,
            organisation=ggz,
            category=DataCategory.WERK,
            description=description,
            owner=emre,
            due_on=clock.ago(due),
            done_on=clock.ago(done) if done is not None else None,
        )
    meeting = Meeting.objects.create(
        trajectory=trajectory,
        organisation=ggz,
        category=DataCategory.REINTEGRATIE,
        kind=MeetingKind.EVALUATION,
        held_on=clock.today(),
        client_present=True,
        agenda=EMRE_MEETING,
        summary="",
        created_by=fatima,
    )
    meeting.participants.set([fatima, anouk])
    Meeting.objects.filter(pk=meeting.pk).update(created_at=clock.at(clock.ago(5), 11))
    for step, days_ago, note in EMRE_LADDER:
        assessment = LadderAssessment.objects.create(
            trajectory=trajectory,
            organisation=ggz,
            step=step,
            perspective=Perspective.CLIENT,
            assessed_on=clock.ago(days_ago),
            assessed_by=emre,
            note=note,
        )
        LadderAssessment.objects.filter(pk=assessment.pk).update(
            created_at=clock.at(clock.ago(days_ago), 21)
        )
    _consent_proposals(world, trajectory.client)


def _consent_proposals(world: World, client: Client) -> None:
    """One proposal waits for Emre; the other he granted, which made it a consent."""
    fatima, ggz = world.users[IPS_COACH], world.organisations[GGZ]
    until = clock.today() + timedelta(days=365)
    for spec in EMRE_PROPOSALS:
        consent, decided_at = None, None
        if spec.granted_ago is not None:
            granted_on = clock.ago(spec.granted_ago)
            decided_at = clock.at(granted_on, 20)
            consent = Consent.objects.create(
                client=client,
                recipient=world.organisations[spec.recipient],
                recipient_role=spec.role,
                purpose=ConsentPurpose.IPS,
                valid_from=granted_on,
                valid_until=until,
                recorded_by=world.users[SEARCHING],
                recorded_by_organisation=ggz,
            )
            for category in spec.categories:
                ConsentGrant.objects.create(consent=consent, category=category)
            Consent.objects.filter(pk=consent.pk).update(recorded_at=decided_at)
        proposal = ConsentProposal.objects.create(
            client=client,
            recipient=world.organisations[spec.recipient],
            recipient_role=spec.role,
            purpose=ConsentPurpose.IPS,
            categories=list(spec.categories),
            valid_until=until,
            reason=spec.reason,
            proposed_by=fatima,
            proposed_by_organisation=ggz,
            status=ProposalStatus.OPEN if consent is None else ProposalStatus.GRANTED,
            decided_at=decided_at,
            consent=consent,
        )
        ConsentProposal.objects.filter(pk=proposal.pk).update(
            proposed_at=clock.at(clock.ago(spec.proposed_ago), spec.hour)
        )


def _requests(world: World) -> None:
    """Correction requests: Emre's is open, Jeroen's earlier one was handled."""
    for spec in REQUESTS:
        client = world.client(spec.login)
        created = clock.ago(spec.days_ago)
        handled = spec.handled_ago is not None
        request = DataRequest.objects.create(
            client=client,
            organisation=client.organisation,
            kind=RequestKind.CORRECTION,
            text=spec.text,
            due_on=one_month_after(created),
            status=RequestStatus.DONE if handled else RequestStatus.OPEN,
            handled_by=world.users[BEHEERDER] if handled else None,
            answer=spec.answer,
        )
        DataRequest.objects.filter(pk=request.pk).update(
            created_at=clock.at(created, spec.hour),
            handled_at=(
                clock.at(clock.ago(spec.handled_ago), 11) if spec.handled_ago is not None else None
            ),
        )


def _working(world: World) -> None:
    """Sanne works at the bakery: her worksheet, her employer's view, her coach."""
    sanne_user, client = world.users[WORKING], world.client(WORKING)
    DisclosureWorksheet.objects.create(
        client=client,
        finished_on=clock.ago(SANNE_WORKSHEET_FINISHED_AGO),
        **SANNE_WORKSHEET,
    )
    korenschoof = Employer.objects.get(name=SANNE_EMPLOYER, placements__trajectory__client=client)
    for days_ago, condition, share_needs, needs_text in SANNE_DISCLOSURES:
        choice = EmployerDisclosure.objects.create(
            client=client,
            employer=korenschoof,
            condition=condition,
            share_needs=share_needs,
            needs_text=needs_text,
            created_by=sanne_user,
        )
        EmployerDisclosure.objects.filter(pk=choice.pk).update(
            created_at=clock.at(clock.ago(days_ago), 20)
        )
    _thread_with_coach(world)


def _thread_with_coach(world: World) -> None:
    thread = Thread.objects.create(
        trajectory=world.trajectory(WORKING),
        professional=world.users[IPS_COACH],
        organisation=world.organisations[GGZ],
        category=DataCategory.REINTEGRATIE,
        subject=SANNE_THREAD,
    )
    for author, days_ago, hour, body in SANNE_MESSAGES:
        message = Message.objects.create(thread=thread, author=world.users[author], body=body)
        Message.objects.filter(pk=message.pk).update(created_at=clock.at(clock.ago(days_ago), hour))
    _, first_ago, first_hour, _ = SANNE_MESSAGES[0]
    _, last_ago, last_hour, _ = SANNE_MESSAGES[-1]
    first = clock.at(clock.ago(first_ago), first_hour)
    last = clock.at(clock.ago(last_ago), last_hour)
    # Sanne read everything; Fatima has not read Sanne's last message yet.
    Thread.objects.filter(pk=thread.pk).update(
        created_at=first,
        last_message_at=last,
        client_read_at=last,
        professional_read_at=clock.at(clock.ago(COACH_READ_AGO), 8),
    )


def _invited(world: World) -> None:
    """Ricardo, referred by the gemeente, has an invitation from his klantmanager waiting.
    Only the token's hash is stored; nobody needs the token itself."""
    client = Client.objects.get(full_name=INVITED_NAME, user__isnull=True)
    if not client.email:
        Client.objects.filter(pk=client.pk).update(email=INVITED_EMAIL)
    sent = clock.now() - timedelta(days=1)
    invitation = ClientInvitation.objects.create(
        client=client,
        email=INVITED_EMAIL,
        token_hash=hash_token(new_token()),
        created_by=world.users[KLANTMANAGER],
        organisation=world.organisations[GEMEENTE],
        expires_at=sent + INVITATION_VALID_FOR,
    )
    ClientInvitation.objects.filter(pk=invitation.pk).update(created_at=sent)
