"""What waits for me, and who reads what I write (issue 13, item 14): the client's start page
opens with what waits for them (a new message, their own action due this week or overdue, a
consent asked, an employer to choose for), or says nothing waits; the forms where the client
writes name who will read it, by name, role and organisation, following the consent as it
changes; the crisis numbers are tap-to-call links."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.clients.services import consent_withdraw
from werkpad.portal.models import Message, Thread
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import PlanAction


def _anna(world: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(world.personas["client"])
    return http


def _waiting(page: str) -> str:
    start = page.index("data-waiting>")
    return page[start : page.index("</section>", start)]


def test_nothing_waits_then_a_message_and_an_action_do(world: Any) -> None:
    anna = _anna(world)
    # Anna's only action is the professional's (from the world's meeting): nothing of hers.
    assert "Er wacht nu niets op je" in _waiting(anna.get(reverse("portal:home")).content.decode())

    PlanAction.objects.create(
        trajectory=world.trajectory,
        organisation=world.org_a,
        category="reintegratie",
        description="Mijn cv afmaken",
        owner=world.personas["client"],
        due_on=timezone.localdate() + timedelta(days=3),
    )
    PlanAction.objects.create(  # not this week: not yet waiting
        trajectory=world.trajectory,
        organisation=world.org_a,
        category="reintegratie",
        description="Naar de open dag",
        owner=world.personas["client"],
        due_on=timezone.localdate() + timedelta(days=30),
    )
    earlier = timezone.now() - timedelta(hours=2)
    thread = Thread.objects.create(
        trajectory=world.trajectory,
        professional=world.personas["pro_own"],
        organisation=world.org_a,
        category="werk",
        subject="Sollicitatie",
        last_message_at=timezone.now(),
        client_read_at=earlier,  # read before the newest message came
    )
    Message.objects.create(thread=thread, author=world.personas["pro_own"], body="Hoe ging het?")

    waiting = _waiting(anna.get(reverse("portal:home")).content.decode())
    assert "Er wacht nu niets op je" not in waiting
    assert "Je hebt een nieuw bericht van je team" in waiting
    assert "Jouw actie: Mijn cv afmaken" in waiting
    assert "Naar de open dag" not in waiting

    # Read: the message no longer waits.
    anna.get(reverse("portal:thread", args=[thread.pk]))
    assert "nieuw bericht" not in _waiting(anna.get(reverse("portal:home")).content.decode())


def _readers(page: str) -> str:
    start = page.index("data-readers")
    return page[start : page.index("</div></div></div>", start)]


def test_the_pace_form_names_who_reads_it_as_consent_changes(world: Any) -> None:
    anna = _anna(world)
    readers = _readers(anna.get(reverse("portal:pace")).content.decode())
    assert "Wie leest dit: Pro Eigen (IPS-trajectbegeleider, GGZ Oost (A))." in readers
    assert "Pro Ander" not in readers

    trajectory_services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=world.personas["pro_other"].memberships.get(),
    )
    # On the team, but with consent for basic data only: not a reader of her pace.
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=timezone.localdate() - timedelta(days=1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    assert "Pro Ander" not in _readers(anna.get(reverse("portal:pace")).content.decode())

    ConsentGrant.objects.create(consent=consent, category="reintegratie")
    readers = _readers(anna.get(reverse("portal:pace")).content.decode())
    assert (
        "Wie lezen dit:" in readers and "Pro Ander (IPS-trajectbegeleider, UWV West (B))" in readers
    )

    consent_withdraw(
        actor=actor_for_user(world.personas["pro_own"]),
        consent=consent,
        reason="De cliënt wil het niet meer.",
    )
    assert "Pro Ander" not in _readers(anna.get(reverse("portal:pace")).content.decode())


def test_the_goal_form_names_who_reads_it(world: Any) -> None:
    readers = _readers(_anna(world).get(reverse("portal:goal_add")).content.decode())
    assert "Pro Eigen (IPS-trajectbegeleider, GGZ Oost (A))" in readers


def test_the_crisis_numbers_are_tap_to_call(world: Any) -> None:
    page = _anna(world).get(reverse("portal:threads")).content.decode()
    assert '<a class="utrecht-link" href="tel:08000113">0800-0113</a>' in page
    assert '<a class="utrecht-link" href="tel:112">112</a>' in page


# --- Kind and consistent (issue 13, item 17) ----------------------------------------------------
def test_a_contradictory_pace_is_refused_kindly_and_saves_nothing(world: Any) -> None:
    from werkpad.portal.models import PaceStatement

    response = _anna(world).post(reverse("portal:pace"), {"pace": "sneller", "need": "pauze"})
    assert response.status_code == 400
    message = " ".join(response.context["form"].errors["need"])
    assert 'Je koos "Ik wil sneller" en ook "Even pauze"' in message
    assert not PaceStatement.objects.exists()
    ok = _anna(world).post(reverse("portal:pace"), {"pace": "sneller", "need": "meer_steun"})
    assert ok.status_code == 302


def test_a_ticked_action_can_be_taken_back_the_same_day_only(world: Any) -> None:
    anna = _anna(world)
    action = PlanAction.objects.create(
        trajectory=world.trajectory,
        organisation=world.org_a,
        category="reintegratie",
        description="Mijn cv afmaken",
        owner=world.personas["client"],
        due_on=timezone.localdate() + timedelta(days=3),
    )
    anna.post(reverse("portal:action_done", args=[action.pk]))
    action.refresh_from_db()
    assert action.done_on == timezone.localdate()
    assert "Toch niet gedaan? Zet terug" in anna.get(reverse("portal:home")).content.decode()

    anna.post(reverse("portal:action_undo", args=[action.pk]))
    action.refresh_from_db()
    assert action.done_on is None

    # Ticked yesterday: the team has seen it; taking it back is refused, with the reason.
    yesterday = timezone.localdate() - timedelta(days=1)
    PlanAction.objects.filter(pk=action.pk).update(done_on=yesterday)
    assert "Toch niet gedaan? Zet terug" not in anna.get(reverse("portal:home")).content.decode()
    refused = anna.post(reverse("portal:action_undo", args=[action.pk]), follow=True)
    assert "Terugzetten kan alleen op de dag dat je het afvinkte" in refused.content.decode()
    action.refresh_from_db()
    assert action.done_on == yesterday


def test_another_clients_action_cannot_be_taken_back(world: Any) -> None:
    action = world.action  # the professional's action on Anna's trajectory
    PlanAction.objects.filter(pk=action.pk).update(done_on=timezone.localdate())
    response = _anna(world).post(reverse("portal:action_undo", args=[action.pk]))
    assert response.status_code in (403, 404)
    action.refresh_from_db()
    assert action.done_on == timezone.localdate()


def test_the_teams_ladder_is_the_teams_view_and_a_jump_of_two_is_named(world: Any) -> None:
    from datetime import date

    from werkpad.trajectories.models import LadderAssessment

    for day, step, perspective in (
        (date(2026, 3, 1), 2, "professional"),
        (date(2026, 6, 1), 4, "professional"),
        (date(2026, 3, 2), 1, "client"),
        (date(2026, 6, 2), 2, "client"),
    ):
        LadderAssessment.objects.create(
            trajectory=world.trajectory,
            organisation=world.org_a,
            step=step,
            perspective=perspective,
            assessed_on=day,
            assessed_by=world.personas["pro_own"]
            if perspective == "professional"
            else world.personas["client"],
        )
    page = _anna(world).get(reverse("portal:ladder")).content.decode()
    mine = page[page.index('id="ladder-mine"') : page.index('id="ladder-team"')]
    team = page[
        page.index('id="ladder-team"') : page.index("</section>", page.index('id="ladder-team"'))
    ]
    assert "Je bent een stap omhoog gegaan!" in mine
    assert "Volgens je team ben je 2 stappen tegelijk omhoog gegaan." in team
    assert "Je bent" not in team  # the team's view, not in the client's voice
    assert "Volgens je team stap 4" in team
