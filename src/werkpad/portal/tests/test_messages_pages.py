"""Messages between a client and their team, over HTTP: the client writes to a member of their
team about one kind of data, and only a member who may read that kind of data (the client's
consent, for another organisation) can be written to and can read it; the other side gets an
e-mail without any content; another client's conversation, or one with a colleague, is a 404;
bad input is a 400 with a Dutch message and nothing saved; every read and write is logged;
the list pages run the same number of queries with 1 and with 20 conversations."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.template import Context, Template
from django.test import Client as HttpClient
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from werkpad.access.actor import actor_for_user
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.portal.models import Message, Thread
from werkpad.portal.services import messages as services
from werkpad.testing import make_client, make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import TeamMember, Trajectory

SECRET_BODY = "Ik slaap slecht sinds de nieuwe medicatie"
SECRET_SUBJECT = "Mijn medicijnen en mijn rooster"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


def _thread(world: Any, professional: Any = None, **fields: Any) -> Thread:
    """A conversation as the client started it (the policy is not asked: a test fixture)."""
    now = timezone.now()
    thread = Thread.objects.create(
        trajectory=fields.pop("trajectory", world.trajectory),
        professional=professional or world.personas["pro_own"],
        organisation=world.org_a,
        category=fields.pop("category", "werk"),
        subject=fields.pop("subject", "Sollicitatie bij de bakkerij"),
        last_message_at=now,
        client_read_at=now,
    )
    Message.objects.create(thread=thread, author=world.personas["client"], body="Hallo!")
    return thread


def _on_team(world: Any, user: Any) -> TeamMember:
    return trajectory_services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=user.memberships.get(),
    )


def _consent(world: Any, organisation: Any, *categories: str) -> Consent:
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=organisation,
        purpose="ips",
        valid_from=timezone.localdate() - timedelta(days=1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    for category in categories:
        ConsentGrant.objects.create(consent=consent, category=category)
    return consent


@pytest.fixture
def uwv_member(world: Any) -> TeamMember:
    """Pro Ander (organisation B, UWV) on Anna's team; Anna lets B see her basic data and her
    work, not her treatment."""
    _consent(world, world.org_b, "basis", "werk")
    return _on_team(world, world.personas["pro_other"])


def _new(world: Any, member: TeamMember, **overrides: Any) -> dict[str, Any]:
    data = {
        "professional": member.pk,
        "category": "werk",
        "subject": "Vraag over mijn rooster",
        "body": "Mag ik op vrijdag vrij?",
    }
    data.update(overrides)
    return data


def _events(event: str, **filters: Any) -> int:
    return AccessLogEntry.objects.filter(event_code=event, **filters).count()


# --- The client writes to their team -------------------------------------------------------
def test_the_form_names_the_team_in_plain_words_and_explains_the_subject(world: Any) -> None:
    response = _anna(world).get(reverse("portal:thread_new"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pro Eigen: helpt je werk te vinden en te houden (IPS-trajectbegeleider)" in html
    assert "GGZ Oost (A)" in html
    assert "Mijn uitkering en re-integratie" in html
    assert "Mijn behandeling" in html
    assert "bepaalt wie je bericht mag lezen" in html
    assert _events("portal.team.read", action="R") == 1


def test_a_new_message_is_saved_logged_and_mailed_without_its_content(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    member = world.team_member
    with django_capture_on_commit_callbacks(execute=True):
        response = _anna(world).post(
            reverse("portal:thread_new"),
            _new(world, member, subject=SECRET_SUBJECT, body=SECRET_BODY, category="welzijn"),
        )
    assert response.status_code == 302
    thread = Thread.objects.get(subject=SECRET_SUBJECT)
    assert response["Location"] == reverse("portal:thread", args=[thread.pk])
    assert thread.professional == world.personas["pro_own"]
    assert thread.category == "welzijn"
    assert thread.organisation == world.trajectory.organisation
    assert thread.unread_for_professional and not thread.unread_for_client
    assert [m.body for m in thread.messages.all()] == [SECRET_BODY]
    assert _events("portal.thread.create", action="C", client_pid=world.client_record.public_id)
    assert _events("portal.message.create", action="C", client_pid=world.client_record.public_id)
    (sent,) = mail.outbox
    assert sent.to == [world.personas["pro_own"].email]
    assert sent.subject == "Je hebt een nieuw bericht in Werkpad"
    everything = f"{sent.subject} {sent.body}"
    assert "Je hebt een nieuw bericht in Werkpad" in sent.body
    assert reverse("portal:pro_thread", args=[thread.pk]) in sent.body
    assert world.client_record.public_id in sent.body  # the Werkpad number, not the name
    for secret in (SECRET_BODY, SECRET_SUBJECT, "Anna", "Aalbers", "welzijn"):
        assert secret not in everything


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"body": ""}, "body", "Schrijf je bericht."),
        ({"body": "   "}, "body", "Schrijf je bericht."),
        ({"body": "x" * 5001}, "body", "Je bericht is te lang"),
        ({"subject": ""}, "subject", "Schrijf in een paar woorden waar het over gaat."),
        ({"subject": "x" * 151}, "subject", "Maak het onderwerp korter"),
        ({"category": "geheim"}, "category", "Kies waar je bericht over gaat."),
        ({"category": ""}, "category", "Kies waar je bericht over gaat."),
        ({"professional": ""}, "professional", "Kies aan wie je schrijft."),
        ({"professional": "987654"}, "professional", "Kies iemand uit je team."),
    ],
)
def test_bad_input_on_a_new_message_is_refused_and_saves_nothing(
    world: Any, change: dict[str, str], field: str, message: str
) -> None:
    response = _anna(world).post(
        reverse("portal:thread_new"), _new(world, world.team_member, **change)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}_error"' in html
    assert not Thread.objects.exists()
    assert not Message.objects.exists()
    assert not mail.outbox


def test_another_clients_team_member_cannot_be_chosen(world: Any) -> None:
    bert_trajectory = trajectory_services.trajectory_start(
        actor=actor_for_user(world.personas["pro_other"]),
        client=world.other_client_record,
        trajectory_type="ips",
    )
    berts_coach = bert_trajectory.team.get()
    response = _anna(world).post(reverse("portal:thread_new"), _new(world, berts_coach))
    assert response.status_code == 400
    assert "Kies iemand uit je team." in response.content.decode()
    assert "Pro Ander" not in response.content.decode()
    assert not Thread.objects.exists()


def test_an_empty_post_is_a_400_with_messages(world: Any) -> None:
    response = _anna(world).post(reverse("portal:thread_new"), {})
    assert response.status_code == 400
    assert "Kies aan wie je schrijft." in response.content.decode()
    assert not Thread.objects.exists()


def test_a_client_without_a_running_trajectory_is_told_so(world: Any) -> None:
    Trajectory.objects.filter(pk=world.trajectory.pk).update(ended_on=timezone.localdate())
    response = _anna(world).get(reverse("portal:thread_new"))
    assert response.status_code == 200
    assert "Je hebt nu geen team" in response.content.decode()


# --- Consent decides who may read which subject --------------------------------------------
def test_a_member_without_consent_for_the_subject_cannot_be_written_to(
    world: Any, uwv_member: TeamMember, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = _anna(world).post(
            reverse("portal:thread_new"), _new(world, uwv_member, category="behandeling")
        )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pro Ander mag een bericht over" in html
    assert "mijn behandeling" in html
    assert "UWV West (B)" in html
    assert not Thread.objects.exists()
    assert not Message.objects.exists()
    assert not mail.outbox
    assert not _events("portal.thread.create")


def test_a_member_with_consent_for_the_subject_can_be_written_to_and_reads_it(
    world: Any, uwv_member: TeamMember, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = _anna(world).post(
            reverse("portal:thread_new"), _new(world, uwv_member, category="werk")
        )
    assert response.status_code == 302
    thread = Thread.objects.get()
    assert mail.outbox[0].to == [world.personas["pro_other"].email]
    pro_other = _as(world.personas["pro_other"])
    page = pro_other.get(reverse("portal:pro_thread", args=[thread.pk]))
    assert page.status_code == 200
    assert "Mag ik op vrijdag vrij?" in page.content.decode()
    assert (
        pro_other.get(reverse("portal:pro_threads", args=[world.trajectory.pk])).status_code == 200
    )


def test_a_member_without_consent_for_its_subject_cannot_read_a_thread(
    world: Any, uwv_member: TeamMember
) -> None:
    treatment = _thread(
        world, world.personas["pro_other"], category="behandeling", subject="Pillen"
    )
    work = _thread(world, world.personas["pro_other"], category="werk", subject="Rooster")
    pro_other = _as(world.personas["pro_other"])
    assert pro_other.get(reverse("portal:pro_thread", args=[treatment.pk])).status_code == 404
    assert (
        pro_other.post(
            reverse("portal:pro_thread", args=[treatment.pk]), {"body": "Hoi"}
        ).status_code
        == 404
    )
    listing = pro_other.get(reverse("portal:pro_threads", args=[world.trajectory.pk]))
    assert "Rooster" in listing.content.decode()
    assert "Pillen" not in listing.content.decode()
    assert pro_other.get(reverse("portal:pro_thread", args=[work.pk])).status_code == 200
    assert treatment.messages.count() == 1


def test_after_the_consent_is_withdrawn_the_member_reads_nothing_and_cannot_be_answered(
    world: Any, uwv_member: TeamMember
) -> None:
    work = _thread(world, world.personas["pro_other"], category="werk")
    Consent.objects.filter(recipient=world.org_b).update(withdrawn_at=timezone.now())
    pro_other = _as(world.personas["pro_other"])
    assert pro_other.get(reverse("portal:pro_thread", args=[work.pk])).status_code == 404
    response = _anna(world).post(
        reverse("portal:thread", args=[work.pk]), {"body": "Nog een vraag"}
    )
    assert response.status_code == 400
    assert "Pro Ander kan dit gesprek nu niet meer lezen." in response.content.decode()
    assert work.messages.count() == 1


def test_the_service_refuses_a_professional_who_is_not_on_the_team(world: Any) -> None:
    from django.core.exceptions import ValidationError

    outsider = make_user(organisation=world.org_a, full_name="Collega Zonder Team")
    with pytest.raises(ValidationError) as refused:
        services.thread_start(
            actor=actor_for_user(world.personas["client"]),
            trajectory=world.trajectory,
            professional=outsider,
            category="werk",
            subject="Hoi",
            body="Hoi",
        )
    assert "professional" in refused.value.message_dict
    assert not Thread.objects.exists()


def test_a_professional_cannot_start_a_thread_through_the_service(world: Any) -> None:
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.thread_start(
            actor=actor_for_user(world.personas["pro_own"]),
            trajectory=world.trajectory,
            professional=world.personas["pro_own"],
            category="werk",
            subject="Hoi",
            body="Hoi",
        )
    assert not Thread.objects.exists()


# --- Reading and answering -----------------------------------------------------------------
def test_the_list_shows_newest_first_with_whom_and_what_is_new(world: Any) -> None:
    older = _thread(world, subject="Eerste vraag")
    newer = _thread(world, subject="Tweede vraag")
    Thread.objects.filter(pk=older.pk).update(last_message_at=timezone.now() - timedelta(days=2))
    Thread.objects.filter(pk=newer.pk).update(client_read_at=None)  # an answer came in
    response = _anna(world).get(reverse("portal:threads"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Tweede vraag") < html.index("Eerste vraag")
    assert "Met Pro Eigen: helpt je werk te vinden en te houden (IPS-trajectbegeleider)" in html
    assert html.count("data-unread") == 1
    assert _events("portal.thread.list", action="R", client_pid=world.client_record.public_id)


def test_opening_a_thread_marks_it_read_and_is_logged(world: Any) -> None:
    thread = _thread(world)
    Thread.objects.filter(pk=thread.pk).update(client_read_at=None)
    response = _anna(world).get(reverse("portal:thread", args=[thread.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hallo!" in html
    assert "Wie leest dit: Pro Eigen (IPS-trajectbegeleider, GGZ Oost (A))." in html
    assert "Een gesprek lezen alleen jij en de persoon aan wie je schrijft." in html
    thread.refresh_from_db()
    assert not thread.unread_for_client
    assert thread.unread_for_professional  # the professional has not opened it
    assert _events("portal.thread.read", action="R", object_id=str(thread.pk)) == 1


def test_the_client_answers_and_the_professional_gets_a_mail_without_content(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    thread = _thread(world, subject=SECRET_SUBJECT)
    Thread.objects.filter(pk=thread.pk).update(professional_read_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        response = _anna(world).post(
            reverse("portal:thread", args=[thread.pk]), {"body": SECRET_BODY}
        )
    assert response.status_code == 302
    thread.refresh_from_db()
    assert [m.body for m in thread.messages.all()][-1] == SECRET_BODY
    assert thread.unread_for_professional
    (sent,) = mail.outbox
    for secret in (SECRET_BODY, SECRET_SUBJECT, "Anna Aalbers", "Anna"):
        assert secret not in f"{sent.subject} {sent.body}"


@pytest.mark.parametrize("body", ["", "x" * 5001])
def test_a_bad_answer_is_refused_and_saves_nothing(world: Any, body: str) -> None:
    thread = _thread(world)
    response = _anna(world).post(reverse("portal:thread", args=[thread.pk]), {"body": body})
    assert response.status_code == 400
    assert thread.messages.count() == 1
    assert not mail.outbox


def test_the_professional_reads_and_answers_and_the_client_gets_a_mail_in_their_language(
    world: Any, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    thread = _thread(world, subject=SECRET_SUBJECT)
    User.objects.filter(pk=world.personas["client"].pk).update(preferred_language="en")
    pro = _as(world.personas["pro_own"])
    page = pro.get(reverse("portal:pro_thread", args=[thread.pk]))
    assert page.status_code == 200
    thread.refresh_from_db()
    assert not thread.unread_for_professional
    languages: list[str] = []
    real_render = services.render_to_string

    def render(*args: Any, **kwargs: Any) -> str:
        languages.append(translation.get_language())
        return real_render(*args, **kwargs)

    monkeypatch.setattr(services, "render_to_string", render)
    with django_capture_on_commit_callbacks(execute=True):
        response = pro.post(reverse("portal:pro_thread", args=[thread.pk]), {"body": SECRET_BODY})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.unread_for_client and not thread.unread_for_professional
    (sent,) = mail.outbox
    assert sent.to == [world.personas["client"].email]
    assert languages == ["en"]
    assert reverse("portal:thread", args=[thread.pk]) in sent.body
    for secret in (SECRET_BODY, SECRET_SUBJECT, "Pro Eigen"):
        assert secret not in f"{sent.subject} {sent.body}"
    assert _events("portal.message.create", action="C", client_pid=world.client_record.public_id)


def test_the_professionals_mail_is_in_their_language(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    User.objects.filter(pk=world.personas["pro_own"].pk).update(preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        _anna(world).post(reverse("portal:thread_new"), _new(world, world.team_member))
    (sent,) = mail.outbox
    assert f"Werkpad number: {world.client_record.public_id}" in sent.body


# --- Nobody else reaches a conversation ----------------------------------------------------
def test_another_clients_thread_is_a_404(world: Any) -> None:
    thread = _thread(world)
    bert = make_user(full_name="Bert Bakker", kind="client")
    world.other_client_record.user = bert
    world.other_client_record.save(update_fields=["user"])
    http = _as(bert)
    assert http.get(reverse("portal:thread", args=[thread.pk])).status_code == 404
    assert http.post(reverse("portal:thread", args=[thread.pk]), {"body": "Hoi"}).status_code == 404
    assert thread.messages.count() == 1
    assert "Sollicitatie" not in http.get(reverse("portal:threads")).content.decode()


def test_a_professional_not_on_the_thread_gets_a_404(world: Any) -> None:
    colleague = make_user(organisation=world.org_a, full_name="Collega Eigen")
    _on_team(world, colleague)
    thread = _thread(world)  # with Pro Eigen
    http = _as(colleague)
    assert http.get(reverse("portal:pro_thread", args=[thread.pk])).status_code == 404
    assert (
        http.post(reverse("portal:pro_thread", args=[thread.pk]), {"body": "Hoi"}).status_code
        == 404
    )
    listing = http.get(reverse("portal:pro_threads", args=[world.trajectory.pk]))
    assert listing.status_code == 200
    assert "Sollicitatie" not in listing.content.decode()
    assert thread.messages.count() == 1


# --- The panel on the trajectory page ------------------------------------------------------
def test_the_trajectory_page_shows_how_many_conversations_wait(world: Any) -> None:
    _thread(world)
    seen = _thread(world, subject="Al gelezen")
    Thread.objects.filter(pk=seen.pk).update(professional_read_at=timezone.now())
    response = _as(world.personas["pro_own"]).get(
        reverse("trajectories:detail", args=[world.trajectory.pk])
    )
    html = response.content.decode()
    assert "Berichten met de cliënt" in html
    assert "Gesprekken met jou: 2. Met een nieuw bericht: 1." in html
    assert reverse("portal:pro_threads", args=[world.trajectory.pk]) in html
    assert "Al gelezen" not in html  # numbers only, no subjects


def _panel(world: Any, user: Any) -> str:
    request = RequestFactory().get("/")
    request.actor = actor_for_user(user)  # type: ignore[attr-defined]
    template = Template("{% load portal_messages %}{% messages_panel t %}")
    return template.render(Context({"request": request, "t": world.trajectory}))


def test_the_panel_is_empty_for_those_who_may_not_see_threads_there(world: Any) -> None:
    _thread(world)
    assert "Berichten met de cliënt" in _panel(world, world.personas["pro_own"])
    for persona in ("client", "pro_other", "admin_own", "employer"):
        assert _panel(world, world.personas[persona]).strip() == "", persona


# --- Query counts ----------------------------------------------------------------------------
def _queries(http: HttpClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = http.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_thread_lists_do_not_run_more_queries_with_more_threads(world: Any) -> None:
    _thread(world)
    anna, pro = _anna(world), _as(world.personas["pro_own"])
    mine = reverse("portal:threads")
    on_trajectory = reverse("portal:pro_threads", args=[world.trajectory.pk])
    with_one = (_queries(anna, mine), _queries(pro, on_trajectory))
    colleague = make_user(organisation=world.org_a, full_name="Collega")
    _on_team(world, colleague)
    for n in range(19):
        _thread(world, colleague if n % 2 else None, subject=f"Vraag {n}")
    with_twenty = (_queries(anna, mine), _queries(pro, on_trajectory))
    assert with_one == with_twenty
    assert "Vraag 18" in anna.get(mine).content.decode()


def test_the_new_message_form_runs_the_same_queries_with_a_bigger_team(world: Any) -> None:
    anna = _anna(world)
    url = reverse("portal:thread_new")
    with_one = _queries(anna, url)
    for n in range(5):
        _on_team(world, make_user(organisation=world.org_a, full_name=f"Collega {n}"))
    assert _queries(anna, url) == with_one


def test_another_clients_thread_list_is_their_own(world: Any) -> None:
    _thread(world)
    other = make_client(organisation=world.org_a, full_name="Carla Clement")
    user = make_user(full_name="Carla Clement", kind="client")
    other.user = user
    other.save(update_fields=["user"])
    response = _as(user).get(reverse("portal:threads"))
    assert response.status_code == 200
    assert "Sollicitatie" not in response.content.decode()
    assert "Je hebt nog geen berichten." in response.content.decode()
