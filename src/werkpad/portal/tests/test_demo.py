"""The portal demo (issue 5, item 12): clients who log in, each in a different situation, and
seeding twice adds nothing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import visible_to
from werkpad.accounts.models import ActorKind, User
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent, ConsentGrant
from werkpad.demo import DEMO_PASSWORD, DEMO_USERS, HERSTEL, seed_demo
from werkpad.demo.data.network import JC as JC_USER
from werkpad.demo.data.portal import (
    GROUPS,
    INVITED_EMAIL,
    INVITED_NAME,
    JUST_STARTED,
    PAUSED,
    PORTAL_CLIENTS,
    SEARCHING,
    WORKING,
)
from werkpad.portal.models import (
    ClientInvitation,
    ConditionShared,
    ConsentProposal,
    DataRequest,
    DisclosureWorksheet,
    EmployerDisclosure,
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
)
from werkpad.portal.services.data import one_month_after
from werkpad.portal.services.disclosure import ToWhom, What, When, employer_choice_check
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    LadderAssessment,
    Meeting,
    Perspective,
    PlanAction,
    Trajectory,
)

IPS_USER = "ips@ggz.demo.example"
EMPLOYER_USER = "werkgever@korenschoof.demo.example"
BEHEER_USER = "beheer@ggz.demo.example"
FACILITATOR_USER = "ervaringsdeskundige@herstel.demo.example"
PORTAL_GROUPS = [spec.name for spec in GROUPS]
PORTAL_MODELS = (
    ClientInvitation,
    PaceStatement,
    DisclosureWorksheet,
    EmployerDisclosure,
    ConsentProposal,
    DataRequest,
    Thread,
    Message,
    PeerGroup,
    PeerGroupMembership,
)

# The demo's stories, read back: the same on every database (decision 0036, item 8).
pytestmark = pytest.mark.one_database


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            *PORTAL_MODELS,
            User,
            Client,
            Consent,
            ConsentGrant,
            Goal,
            GoalRevision,
            PlanAction,
            Meeting,
            LadderAssessment,
            AccessLogEntry,
        )
    }


def _actor(email: str) -> Actor:
    return actor_for_user(User.objects.get(email=email))


def _trajectory(email: str) -> Trajectory:
    found = Trajectory.objects.filter(client__user__email=email, ended_on__isnull=True).first()
    assert found is not None
    return found


def _latest_pace(email: str) -> PaceStatement:
    found = PaceStatement.objects.filter(trajectory__client__user__email=email).first()
    assert found is not None
    return found


@pytest.fixture
def demo(seeded_demo: list[Any]) -> None:
    """The demo, seeded once for this module (the root conftest's ``seeded_demo``)."""


@pytest.mark.django_db
def test_seed_demo_twice_adds_nothing(demo: None) -> None:
    before = _counts()
    assert all(before[model.__name__] for model in PORTAL_MODELS)
    seed_demo()
    assert _counts() == before


@pytest.mark.django_db
def test_a_client_who_logs_in_for_every_situation(demo: None) -> None:
    today = timezone.localdate()
    clients = {spec.email for spec in DEMO_USERS if spec.role is None}
    assert clients == set(PORTAL_CLIENTS.values())
    for name, email in PORTAL_CLIENTS.items():
        user = User.objects.get(email=email)
        assert user.kind == ActorKind.CLIENT and user.full_name == name
        assert user.check_password(DEMO_PASSWORD)
        assert Client.objects.get(user=user).full_name == name
        # Each one sees their own open trajectory in the portal, and no one else's.
        mine = visible_to(actor_for_user(user), Trajectory.objects.all())
        assert set(mine.values_list("client__user__email", flat=True)) == {email}

    # Just started: the first phase, few goals, a calm pace and nothing extra needed.
    started = _trajectory(JUST_STARTED)
    assert started.phase == "aanmelding" and started.started_on >= today - timedelta(days=14)
    assert started.goals.count() <= 3
    pace = _latest_pace(JUST_STARTED)
    assert (pace.pace, pace.need) == (Pace.CALM, Need.NOTHING_EXTRA) and pace.note

    # Searching: own wish, own actions (one done, one open), a meeting today, own ladder up.
    searching = _trajectory(SEARCHING)
    emre = User.objects.get(email=SEARCHING)
    assert searching.phase == "zoeken"
    assert searching.goals.filter(created_by=emre).exclude(own_words="").exists()
    own_actions = searching.actions.filter(owner=emre)
    assert own_actions.filter(done_on__isnull=False).count() == 1
    assert own_actions.filter(done_on__isnull=True, due_on__gt=today).count() == 1
    assert searching.meetings.filter(held_on=today).exists()
    own_view = list(
        searching.ladder_assessments.filter(perspective=Perspective.CLIENT, assessed_by=emre)
    )
    assert len(own_view) >= 2 and own_view[-1].step > own_view[-2].step
    assert searching.ladder_assessments.filter(perspective=Perspective.PROFESSIONAL).exists()

    # Working: Sanne at the bakery with a steady pace.
    working = _trajectory(WORKING)
    assert working.phase == "plaatsing"
    assert working.placements.filter(employer__account__name="Bakkerij De Korenschoof").exists()
    assert _latest_pace(WORKING).pace == Pace.STEADY

    # Paused: the newest statement asks for a pause, in the client's own words.
    pause = _latest_pace(PAUSED)
    assert pause.need == Need.PAUSE and pause.note
    assert pause.created_at >= timezone.now() - timedelta(days=7)
    assert PaceStatement.objects.filter(trajectory__client__user__email=PAUSED).count() == 2
    # The team sees the pause on the trajectory.
    assert visible_to(_actor(IPS_USER), PaceStatement.objects.filter(pk=pause.pk)).exists()


@pytest.mark.django_db
def test_sannes_worksheet_is_finished_and_her_employer_sees_her_choice(demo: None) -> None:
    sanne = Client.objects.get(user__email=WORKING)
    sheet = DisclosureWorksheet.objects.get(client=sanne)
    assert sheet.finished_on is not None and sheet.finished_on <= timezone.localdate()
    # Codes the decision aid knows, so its pages and summary show Sanne's answers.
    assert sheet.what and set(sheet.what) <= set(What.values)
    assert sheet.when and set(sheet.when) <= set(When.values)
    assert sheet.to_whom and set(sheet.to_whom) <= set(ToWhom.values)
    for text in (sheet.in_my_words, sheet.script, sheet.pros, sheet.cons, sheet.what_matters):
        assert len(text) > 40
    # The worksheet is hers alone: not her coach, not her employer.
    for email in (IPS_USER, EMPLOYER_USER):
        assert not visible_to(_actor(email), DisclosureWorksheet.objects.all()).exists()
    assert visible_to(_actor(WORKING), DisclosureWorksheet.objects.all()).get() == sheet

    # Her choice in force, with the earlier one ("nothing") in the history.
    choices = list(EmployerDisclosure.objects.filter(client=sanne))
    assert [c.condition for c in choices] == [ConditionShared.THAT, ConditionShared.NOTHING]
    now = choices[0]
    assert now.share_needs and "vaste begintijd" in now.needs_text
    assert now.created_by.email == WORKING
    for choice in choices:  # each one as the portal itself would accept it
        employer_choice_check(
            condition=choice.condition,
            condition_text=choice.condition_text,
            share_needs=choice.share_needs,
            needs_text=choice.needs_text,
        )
    seen = visible_to(_actor(EMPLOYER_USER), EmployerDisclosure.objects.all())
    assert seen.first() == now
    assert set(seen.values_list("client", flat=True)) == {sanne.pk}

    # Messages both ways with her IPS coach, who may read the thread.
    thread = Thread.objects.get(trajectory__client=sanne)
    authors = set(thread.messages.values_list("author__email", flat=True))
    assert authors == {WORKING, IPS_USER} and thread.messages.count() >= 4
    assert thread.last_message_at == thread.messages.last().created_at  # type: ignore[union-attr]
    assert visible_to(_actor(IPS_USER), Thread.objects.filter(pk=thread.pk)).exists()


@pytest.mark.django_db
def test_peer_groups_are_run_by_the_herstelacademie(demo: None) -> None:
    groups = PeerGroup.objects.filter(organisation__name=HERSTEL, name__in=PORTAL_GROUPS)
    assert groups.count() == 3
    assert set(groups.values_list("facilitator__email", flat=True)) == {FACILITATOR_USER}
    assert set(groups.values_list("started_by__email", flat=True)) == {FACILITATOR_USER}
    assert set(groups.values_list("region__code", flat=True)) == {"AM13"}
    assert set(groups.values_list("mode", flat=True)) == {"locatie", "online"}
    assert groups.filter(is_open=False).count() == 1
    # Sanne shares her group with her team; Jeroen keeps his to himself.
    sanne = PeerGroupMembership.objects.get(client__user__email=WORKING, group__in=groups)
    jeroen = PeerGroupMembership.objects.get(client__user__email=PAUSED)
    assert sanne.share_with_team and not jeroen.share_with_team
    assert not jeroen.group.is_open
    team_sees = visible_to(_actor(IPS_USER), PeerGroupMembership.objects.all())
    assert list(team_sees) == [sanne]
    facilitator_sees = visible_to(_actor(FACILITATOR_USER), PeerGroupMembership.objects.all())
    assert set(facilitator_sees) == {sanne, jeroen}
    # A client sees the open groups and the closed one they are in.
    open_groups = PeerGroup.objects.filter(is_open=True).count()
    assert visible_to(_actor(JUST_STARTED), PeerGroup.objects.all()).count() == open_groups
    assert visible_to(_actor(PAUSED), PeerGroup.objects.all()).count() == open_groups + 1


@pytest.mark.django_db
def test_the_demo_has_a_group_its_members_run_and_one_a_professional_helps_start(
    demo: None,
) -> None:
    """The regional network's peer groups (issue 15, item 7): the Werkcafé runs without a
    professional, hosted by Sanne; "Op weg naar werk" has Joost of Werkkracht as facilitator.
    Both were started by Noor, who facilitates neither."""
    cafe = PeerGroup.objects.get(name="Werkcafé: werken en herstellen")
    assert cafe.facilitator is None
    assert cafe.started_by.email == FACILITATOR_USER
    assert cafe.host is not None and cafe.host.client.user.email == WORKING
    assert cafe.host_name == "Sanne"
    # Sanne, as host, sees the members; Noor, who started it, sees none of them.
    hosted = visible_to(_actor(WORKING), PeerGroupMembership.objects.filter(group=cafe))
    assert list(hosted) == [cafe.host]
    assert not visible_to(_actor(FACILITATOR_USER), PeerGroupMembership.objects.filter(group=cafe))
    start = PeerGroup.objects.get(name="Op weg naar werk")
    assert start.facilitator is not None and start.facilitator.email == JC_USER
    assert start.host is None and start.started_by.email == FACILITATOR_USER
    assert AccessLogEntry.objects.filter(event_code="network.peer_group.create").count() == 2


@pytest.mark.django_db
def test_consent_proposals_data_requests_and_an_invitation(demo: None) -> None:
    emre = Client.objects.get(user__email=SEARCHING)
    proposals = ConsentProposal.objects.filter(client=emre)
    waiting = proposals.get(status=ProposalStatus.OPEN)
    assert waiting.consent is None and waiting.reason and waiting.categories
    assert waiting.proposed_by.email == IPS_USER
    granted = proposals.get(status=ProposalStatus.GRANTED)
    assert granted.consent is not None and granted.decided_at is not None
    assert granted.consent.recipient == granted.recipient
    assert sorted(granted.consent.categories) == sorted(granted.categories)
    assert Consent.objects.active().filter(pk=granted.consent.pk).exists()
    assert visible_to(_actor(SEARCHING), ConsentProposal.objects.all()).count() == 2

    # Requests about data: one open correction, due a month after it came in; one handled.
    open_request = DataRequest.objects.get(status=RequestStatus.OPEN)
    assert open_request.client == emre and open_request.kind == RequestKind.CORRECTION
    assert open_request.due_on == one_month_after(timezone.localdate(open_request.created_at))
    handled = DataRequest.objects.get(status=RequestStatus.DONE)
    assert handled.answer and handled.handled_at and handled.handled_by is not None
    assert handled.handled_by.email == BEHEER_USER
    beheer = visible_to(_actor(BEHEER_USER), DataRequest.objects.all())
    assert set(beheer) == {open_request, handled}

    # Ricardo has no account yet; his klantmanager's invitation is waiting.
    ricardo = Client.objects.get(full_name=INVITED_NAME)
    assert ricardo.user is None
    invitation = ClientInvitation.objects.usable().get(client=ricardo)
    assert invitation.email == INVITED_EMAIL and len(invitation.token_hash) == 64
    assert invitation.organisation == ricardo.organisation
    assert ClientInvitation.objects.count() == 1


def test_one_month_after_keeps_the_day_or_takes_the_months_last() -> None:
    assert one_month_after(date(2026, 3, 14)) == date(2026, 4, 14)
    assert one_month_after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert one_month_after(date(2026, 12, 15)) == date(2027, 1, 15)


def test_the_coach_can_invite_a_client_straight_away(demo: None) -> None:
    from werkpad.access.actor import actor_for_user
    from werkpad.access.policy import Action, may
    from werkpad.accounts.models import User
    from werkpad.clients.models import Client

    lisa = Client.objects.get(full_name="Lisa Kramer")
    assert lisa.user_id is None and lisa.email == "lisa@client.demo.example"
    coach = actor_for_user(User.objects.get(email="ips@ggz.demo.example"))
    assert may(coach, Action.INVITE_CLIENT, lisa)
