"""Logging in to the portal: the team invites the client (a link that works for a week and
once, e-mailed in the client's language without anything sensitive), the client chooses a
password and is logged in, and a second factor is offered but not forced. Every link that
cannot be used gets a kind page and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import ANONYMOUS, actor_for_user
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client
from werkpad.portal.models import ClientInvitation, hash_token
from werkpad.portal.selectors.invitations import InvitationProblem
from werkpad.portal.services import my_path as services
from werkpad.testing import make_client, make_user

PASSWORD = "mijn eigen lange wachtzin"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


@pytest.fixture
def carla(world: Any) -> Client:
    """A client of organisation A with an e-mail address and no account yet."""
    record = make_client(organisation=world.org_a, full_name="Carla Claes")
    record.email = "carla@voorbeeld.example"
    record.preferred_language = "nl"
    record.save()
    return record


@pytest.fixture
def invite(world: Any, django_capture_on_commit_callbacks: Any) -> Callable[[Client], str]:
    """Invites a client as Pro Eigen (the e-mail goes out on commit) and returns the token
    from the e-mailed link."""

    def send(client: Client) -> str:
        before = len(mail.outbox)
        with django_capture_on_commit_callbacks(execute=True):
            services.invitation_send(
                actor=actor_for_user(world.personas["pro_own"]),
                client=client,
                base_url="https://werkpad.example/",
            )
        assert len(mail.outbox) == before + 1
        return _token_from(mail.outbox[-1].body)

    return send


def _token_from(body: str) -> str:
    match = re.search(r"https?://[^/\s]+/uitnodiging/([^/\s]+)/", body)
    assert match, body
    return match.group(1)


def _accept_url(token: str) -> str:
    return reverse("portal:accept", kwargs={"token": token})


def _post_password(token: str, password: str = PASSWORD, again: str | None = None) -> Any:
    browser = HttpClient()
    data = {"password1": password, "password2": password if again is None else again}
    return browser, browser.post(_accept_url(token), data)


# --- Inviting -------------------------------------------------------------------------------
@pytest.mark.django_db(transaction=True)
def test_invite_page_sends_the_link_after_commit(world: Any, carla: Client) -> None:
    pro = _as(world.personas["pro_own"])
    url = reverse("portal:invite", kwargs={"public_id": carla.public_id})
    page = pro.get(url)
    assert page.status_code == 200
    assert "nog niet verstuurd" in page.content.decode()
    response = pro.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("clients:detail", kwargs={"public_id": carla.public_id})
    invitation = ClientInvitation.objects.get(client=carla)
    assert invitation.email == "carla@voorbeeld.example"
    assert invitation.organisation == world.org_a
    assert invitation.created_by == world.personas["pro_own"]
    expected = timezone.now() + timedelta(days=7)
    assert abs((invitation.expires_at - expected).total_seconds()) < 60
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["carla@voorbeeld.example"]
    token = _token_from(message.body)
    assert f"http://testserver/uitnodiging/{token}/" in message.body  # the request's host
    # Only the hash is stored: the database cannot produce the link.
    assert invitation.token_hash == hash_token(token)
    assert token not in invitation.token_hash


def test_invitation_email_is_kind_and_holds_nothing_sensitive(
    world: Any, carla: Client, invite: Any
) -> None:
    token = invite(carla)
    message = mail.outbox[-1]
    body = message.body
    assert message.subject == "Je uitnodiging voor Werkpad"
    assert f"https://werkpad.example/uitnodiging/{token}/" in body
    assert "7 dagen" in body
    assert "één keer" in body
    for sensitive in ("Carla", "Claes", "GGZ", "Oost", carla.public_id, "Pro Eigen", "ggz"):
        assert sensitive not in body, sensitive
        assert sensitive not in message.subject, sensitive


def test_invitation_email_is_in_the_clients_language(
    world: Any, carla: Client, invite: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.utils import translation

    from werkpad.portal.services import my_path as module

    languages: list[str | None] = []
    real = module.render_to_string

    def spy(*args: Any, **kwargs: Any) -> str:
        languages.append(translation.get_language())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "render_to_string", spy)
    carla.preferred_language = "en"
    carla.save()
    invite(carla)
    assert languages == ["en", "en"]  # subject and body


def test_a_new_invitation_revokes_the_older_unused_one(
    world: Any, carla: Client, invite: Any
) -> None:
    first = invite(carla)
    second = invite(carla)
    old = ClientInvitation.objects.get(token_hash=hash_token(first))
    new = ClientInvitation.objects.get(token_hash=hash_token(second))
    assert old.revoked_at is not None
    assert new.revoked_at is None
    response = HttpClient().get(_accept_url(first))
    assert response.status_code == 410
    assert "nieuwere uitnodiging" in response.content.decode()
    assert HttpClient().get(_accept_url(second)).status_code == 200


def test_invitation_is_logged(world: Any, carla: Client, invite: Any) -> None:
    invite(carla)
    entry = AccessLogEntry.objects.get(event_code="portal.invitation.create")
    assert entry.client_pid == carla.public_id
    assert entry.user_id == world.personas["pro_own"].pk
    assert entry.basis == "own_organisation"


def test_without_an_email_address_the_invite_is_refused(world: Any) -> None:
    record = make_client(organisation=world.org_a, full_name="Dirk Dijk")
    response = _as(world.personas["pro_own"]).post(
        reverse("portal:invite", kwargs={"public_id": record.public_id})
    )
    assert response.status_code == 400
    assert "Er staat geen e-mailadres in het dossier" in response.content.decode()
    assert not ClientInvitation.objects.filter(client=record).exists()
    assert mail.outbox == []


def test_a_client_with_an_account_is_not_invited(world: Any) -> None:
    anna = world.client_record
    anna.email = "anna@voorbeeld.example"
    anna.save()
    http = _as(world.personas["pro_own"])
    url = reverse("portal:invite", kwargs={"public_id": anna.public_id})
    assert "heeft al een account" in http.get(url).content.decode()
    response = http.post(url)
    assert response.status_code == 400
    assert "heeft al een account voor het portaal" in response.content.decode()
    assert not ClientInvitation.objects.exists()
    assert mail.outbox == []


def test_an_address_of_another_account_is_refused(world: Any, carla: Client) -> None:
    make_user(email="carla@voorbeeld.example", kind="client")
    with pytest.raises(ValidationError) as refused:
        services.invitation_send(
            actor=actor_for_user(world.personas["pro_own"]), client=carla, base_url="https://x/"
        )
    assert "email" in refused.value.message_dict
    assert not ClientInvitation.objects.exists()


def test_only_the_own_organisation_may_invite(world: Any, carla: Client) -> None:
    for persona in ("admin_own", "client"):
        with pytest.raises(PermissionDenied):
            services.invitation_send(
                actor=actor_for_user(world.personas[persona]), client=carla, base_url="https://x/"
            )
    url = reverse("portal:invite", kwargs={"public_id": carla.public_id})
    assert _as(world.personas["pro_other"]).post(url).status_code == 404
    assert _as(world.personas["admin_own"]).post(url).status_code == 403
    assert not ClientInvitation.objects.exists()


def test_invite_panel_on_the_client_record(world: Any, carla: Client, invite: Any) -> None:
    url = reverse("clients:detail", kwargs={"public_id": carla.public_id})
    page = _as(world.personas["pro_own"]).get(url).content.decode()
    assert "Portaal voor de cliënt" in page
    assert "Uitnodiging sturen" in page
    assert reverse("portal:invite", kwargs={"public_id": carla.public_id}) in page
    assert AccessLogEntry.objects.filter(
        event_code="portal.invitation.read", client_pid=carla.public_id
    ).exists()
    invite(carla)
    page = _as(world.personas["pro_own"]).get(url).content.decode()
    assert "Nieuwe uitnodiging sturen" in page
    assert "geldig tot" in page


def test_invite_panel_is_absent_for_those_who_may_not_invite(world: Any) -> None:
    anna = world.client_record
    url = reverse("clients:detail", kwargs={"public_id": anna.public_id})
    page = _as(world.personas["client"]).get(url)
    assert page.status_code == 200
    assert "Portaal voor de cliënt" not in page.content.decode()


def test_invite_panel_without_email_asks_for_one(world: Any) -> None:
    record = make_client(organisation=world.org_a, full_name="Dirk Dijk")
    url = reverse("clients:detail", kwargs={"public_id": record.public_id})
    page = _as(world.personas["pro_own"]).get(url).content.decode()
    assert "Er staat geen e-mailadres in het dossier" in page
    assert "Uitnodiging sturen" not in page


# --- Accepting ------------------------------------------------------------------------------
def test_accept_page_asks_for_a_password(world: Any, carla: Client, invite: Any) -> None:
    token = invite(carla)
    response = HttpClient().get(_accept_url(token))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kies een wachtwoord" in page
    assert 'name="password1"' in page and 'name="password2"' in page
    assert page.count("<h1") == 1
    assert "Carla" not in page  # the link alone shows nothing about the client


def test_accepting_makes_the_account_and_logs_in(world: Any, carla: Client, invite: Any) -> None:
    token = invite(carla)
    browser, response = _post_password(token)
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:second_factor")
    user = User.objects.get(email="carla@voorbeeld.example")
    assert user.kind == "client"
    assert user.daily_digest is False  # the digest is for professionals (issue 13, item 17)
    assert user.full_name == "Carla Claes"
    assert user.preferred_language == "nl"
    assert user.check_password(PASSWORD)
    carla.refresh_from_db()
    assert carla.user == user
    invitation = ClientInvitation.objects.get(client=carla)
    assert invitation.used_at is not None
    # Logged in: the portal opens, and the offered second factor does not ask the password
    # again (allauth knows this session began with a password).
    assert browser.get(reverse("portal:second_factor")).status_code == 200
    assert browser.get(reverse("portal:home")).status_code == 200
    assert browser.get(reverse("mfa_activate_totp")).status_code == 200
    entry = AccessLogEntry.objects.get(event_code="portal.invitation.accept")
    assert entry.client_pid == carla.public_id
    assert entry.user_id == user.pk


def test_a_link_works_once(world: Any, carla: Client, invite: Any) -> None:
    token = invite(carla)
    _post_password(token)
    _browser, again = _post_password(token, "een ander lang wachtwoord")
    assert again.status_code == 410
    assert "al een keer gebruikt" in again.content.decode()
    assert HttpClient().get(_accept_url(token)).status_code == 410
    assert User.objects.filter(email="carla@voorbeeld.example").count() == 1
    assert User.objects.get(email="carla@voorbeeld.example").check_password(PASSWORD)


def test_a_second_accept_with_the_same_link_fails(world: Any, carla: Client, invite: Any) -> None:
    token = invite(carla)
    services.invitation_accept(actor=ANONYMOUS, token=token, password=PASSWORD)
    with pytest.raises(InvitationProblem) as refused:
        services.invitation_accept(actor=ANONYMOUS, token=token, password="nog een wachtzin hier")
    assert refused.value.reason == InvitationProblem.USED
    assert User.objects.filter(kind="client", email=carla.email).count() == 1


def test_a_simultaneous_accept_that_read_the_link_as_usable_fails(
    world: Any, carla: Client, invite: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two requests at the same moment: the second read the invitation before the first
    committed. The guarded update (used_at still empty) lets only one of them through."""
    token = invite(carla)
    services.invitation_accept(actor=ANONYMOUS, token=token, password=PASSWORD)
    monkeypatch.setattr(services, "check_invitation", lambda invitation: invitation)
    with pytest.raises(InvitationProblem) as refused:
        services.invitation_accept(actor=ANONYMOUS, token=token, password="nog een wachtzin hier")
    assert refused.value.reason == InvitationProblem.USED
    assert User.objects.filter(kind="client", email=carla.email).count() == 1
    assert User.objects.get(email=carla.email).check_password(PASSWORD)


def test_an_expired_link_changes_nothing(world: Any, carla: Client, invite: Any) -> None:
    token = invite(carla)
    ClientInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert HttpClient().get(_accept_url(token)).status_code == 410
    _browser, response = _post_password(token)
    assert response.status_code == 410
    page = response.content.decode()
    assert "7 dagen" in page
    assert "nieuwe uitnodiging" in page
    assert not User.objects.filter(email=carla.email).exists()
    assert ClientInvitation.objects.get().used_at is None


def test_an_unknown_link_is_404(world: Any) -> None:
    _browser, response = _post_password("geen-bestaande-link")
    assert response.status_code == 404
    assert "We kennen deze link niet" in response.content.decode()
    assert HttpClient().get(_accept_url("geen-bestaande-link")).status_code == 404
    assert not User.objects.filter(kind="client").exclude(pk=world.client_record.user_id).exists()


def test_a_revoked_link_is_410(world: Any, carla: Client, invite: Any) -> None:
    token = invite(carla)
    ClientInvitation.objects.update(revoked_at=timezone.now())
    _browser, response = _post_password(token)
    assert response.status_code == 410
    assert not User.objects.filter(email=carla.email).exists()


def test_an_address_that_has_an_account_meanwhile_is_refused_kindly(
    world: Any, carla: Client, invite: Any
) -> None:
    token = invite(carla)
    make_user(email="carla@voorbeeld.example", kind="client", full_name="Iemand Anders")
    _browser, response = _post_password(token)
    assert response.status_code == 409
    assert "Er is al een account met dit e-mailadres" in response.content.decode()
    carla.refresh_from_db()
    assert carla.user is None
    assert ClientInvitation.objects.get().used_at is None


@pytest.mark.parametrize(
    ("password", "again", "field", "message"),
    [
        ("", "", "password1", "Kies een wachtwoord."),
        (PASSWORD, "", "password2", "Typ je wachtwoord nog een keer."),
        (PASSWORD, "iets heel anders dan dat", "password2", "niet hetzelfde"),
        ("kort", "kort", "password1", "te kort"),
        ("1234567890123456", "1234567890123456", "password1", "alleen cijfers"),
        ("carla@voorbeeld.example", "carla@voorbeeld.example", "password1", "lijkt te veel"),
    ],
)
def test_bad_passwords_get_a_dutch_message_and_change_nothing(
    world: Any, carla: Client, password: str, again: str, field: str, message: str, invite: Any
) -> None:
    token = invite(carla)
    _browser, response = _post_password(token, password, again)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field]), errors
    assert message in response.content.decode()
    assert not User.objects.filter(email=carla.email).exists()
    assert ClientInvitation.objects.get().used_at is None


@pytest.mark.parametrize("persona", ["client", "pro_own", "employer"])
def test_someone_logged_in_is_asked_to_log_out_first(
    world: Any, carla: Client, persona: str, invite: Any
) -> None:
    token = invite(carla)
    http = _as(world.personas[persona])
    page = http.get(_accept_url(token))
    assert page.status_code == 200
    assert "Log eerst uit" in page.content.decode()
    post = http.post(_accept_url(token), {"password1": PASSWORD, "password2": PASSWORD})
    assert post.status_code == 409
    assert not User.objects.filter(email=carla.email).exists()
    assert ClientInvitation.objects.get().used_at is None


# --- The second factor ----------------------------------------------------------------------
def test_second_factor_is_offered_and_explained(world: Any) -> None:
    page = _as(world.personas["client"]).get(reverse("portal:second_factor"))
    assert page.status_code == 200
    body = page.content.decode()
    assert "app op je telefoon" in body
    assert "niet verplicht" in body
    assert reverse("mfa_activate_totp") in body
    assert f'href="{reverse("portal:home")}"' in body
    assert "Ja, instellen" in body and "Nu niet" in body


def test_clients_are_not_forced_to_set_up_a_second_factor(world: Any) -> None:
    anna = _as(world.personas["client"])
    response = anna.get(reverse("portal:home"))
    assert response.status_code == 200  # not sent to mfa_activate_totp


def test_second_factor_page_is_for_clients(world: Any) -> None:
    response = _as(world.personas["pro_own"]).get(reverse("portal:second_factor"))
    assert response.status_code == 403
