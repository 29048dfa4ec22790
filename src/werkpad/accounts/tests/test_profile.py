"""Own account: bad input gets a clear message and changes nothing; a concurrent edit is
refused, not silently overwritten; the language choice sticks to the account."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from werkpad.accounts.models import User


def _client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_saving_the_profile(world: Any) -> None:
    user = world.personas["pro_own"]
    response = _client_for(user).post(
        reverse("profile"),
        {"full_name": "Fatima El Amrani", "preferred_language": "nl", "version": 1},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.version) == ("Fatima El Amrani", 2)


def test_an_empty_name_is_refused_in_dutch_and_nothing_changes(world: Any) -> None:
    user = world.personas["pro_own"]
    response = _client_for(user).post(
        reverse("profile"), {"full_name": "  ", "preferred_language": "nl", "version": 1}
    )
    assert response.status_code == 400
    assert "Vul je naam in." in response.content.decode()
    user.refresh_from_db()
    assert (user.full_name, user.version) == ("Pro Eigen", 1)


def test_an_unknown_language_is_refused(world: Any) -> None:
    user = world.personas["pro_own"]
    response = _client_for(user).post(
        reverse("profile"), {"full_name": "Pro", "preferred_language": "xx", "version": 1}
    )
    assert response.status_code == 400
    assert "Selecteer een geldige keuze" in response.content.decode()
    user.refresh_from_db()
    assert user.preferred_language == "nl"


def test_a_concurrent_edit_is_not_overwritten(world: Any) -> None:
    user = world.personas["pro_own"]
    tab_one, tab_two = _client_for(user), _client_for(user)
    first = tab_one.post(
        reverse("profile"), {"full_name": "Eerste Tab", "preferred_language": "nl", "version": 1}
    )
    assert first.status_code == 302
    second = tab_two.post(
        reverse("profile"), {"full_name": "Tweede Tab", "preferred_language": "nl", "version": 1}
    )
    assert second.status_code == 409
    assert "Iemand anders heeft dit intussen gewijzigd" in second.content.decode()
    user.refresh_from_db()
    assert user.full_name == "Eerste Tab"


def test_english_users_get_english_messages(world: Any) -> None:
    user = world.personas["pro_own"]
    User.objects.filter(pk=user.pk).update(preferred_language="en")
    response = _client_for(user).post(
        reverse("profile"), {"full_name": "", "preferred_language": "en", "version": 1}
    )
    assert response.status_code == 400
    assert "Enter your name." in response.content.decode()


def test_the_language_switch_is_kept_on_the_account(world: Any) -> None:
    user = world.personas["pro_own"]
    client = _client_for(user)
    response = client.post(reverse("set_language"), {"language": "en", "next": "/profiel/"})
    assert response.status_code == 302
    assert response["Location"] == "/profiel/"
    user.refresh_from_db()
    assert user.preferred_language == "en"
    page = client.get(reverse("home"))
    assert '<html lang="en">' in page.content.decode()


def test_the_language_switch_refuses_unknown_languages_and_foreign_redirects(world: Any) -> None:
    client = Client()
    assert client.post(reverse("set_language"), {"language": "xx"}).status_code == 400
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_a_short_password_gets_a_dutch_message(world: Any) -> None:
    from werkpad.testing import PASSWORD

    client = _client_for(world.personas["pro_own"])
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "kort", "password2": "kort"},
    )
    body = response.content.decode()
    if response.status_code == 302:  # allauth asks to re-authenticate first
        client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
        body = client.post(
            reverse("account_change_password"),
            {"oldpassword": PASSWORD, "password1": "kort", "password2": "kort"},
        ).content.decode()
    assert "Dit wachtwoord is te kort. Kies er een van minstens 12 tekens." in body
    assert world.personas["pro_own"].check_password(PASSWORD)


def test_the_daily_digest_can_be_turned_off_and_on(world: Any) -> None:
    user = world.personas["pro_own"]
    assert user.daily_digest is True  # on unless the user says otherwise
    http = _client_for(user)
    page = http.get(reverse("profile")).content.decode()
    assert 'name="daily_digest"' in page and "checked" in page
    data = {"full_name": "Pro Eigen", "preferred_language": "nl", "version": 1}
    assert http.post(reverse("profile"), data).status_code == 302  # box left unticked
    user.refresh_from_db()
    assert user.daily_digest is False
    data.update(version=2, daily_digest="on")
    assert http.post(reverse("profile"), data).status_code == 302
    user.refresh_from_db()
    assert user.daily_digest is True


def test_the_digest_is_offered_to_professionals_only(world: Any) -> None:
    """Issue 13, item 17: the daily digest is about a caseload. A client is not offered it,
    and a client who sends it anyway does not get it switched on."""
    assert (
        'name="daily_digest"'
        in _client_for(world.personas["pro_own"]).get(reverse("profile")).content.decode()
    )
    anna = world.personas["client"]
    User.objects.filter(pk=anna.pk).update(daily_digest=False)
    http = _client_for(anna)
    assert 'name="daily_digest"' not in http.get(reverse("profile")).content.decode()
    version = User.objects.get(pk=anna.pk).version
    response = http.post(
        reverse("profile"),
        {
            "full_name": "Anna Aalbers",
            "preferred_language": "nl",
            "daily_digest": "on",
            "version": version,
        },
    )
    assert response.status_code == 302
    assert User.objects.get(pk=anna.pk).daily_digest is False
