"""Fail closed (issue 11, item 9): a view is private unless it is marked public.

``WerkpadLoginRequiredMiddleware`` (Django's ``LoginRequiredMiddleware``) sends an anonymous
request to the login page for every view that is not marked ``@login_not_required``. These
tests walk every URL pattern and fail when a view that is not on ``PUBLIC_VIEWS`` below is
reachable without logging in, or when a view on that list is no longer public (a stale entry
would hide a new public view of the same name).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, include, path, reverse
from django.urls.converters import IntConverter, UUIDConverter

# Every view an anonymous visitor may reach, each with the reason.
PUBLIC_VIEWS = {
    # Werkpad's own public views.
    "health": "the load balancer's question, answers without data",
    "set_language": "the language switch is on the login page",
    "portal:accept": "the client's invitation link, opened before the account exists",
    # allauth marks these itself (allauth 65 supports LoginRequiredMiddleware): logging in,
    # the password-reset link and the pages around them. Sign-up is closed by the adapter.
    "account_login": "log in",
    "account_logout": "allauth sends an anonymous visitor back to the login page",
    "account_signup": "closed by the adapter: shows 'sign-up closed'",
    "account_inactive": "explains an inactive account after a login attempt",
    "account_reset_password": "ask for a password-reset link",
    "account_reset_password_done": "'the link is on its way'",
    "account_reset_password_from_key": "the password-reset link (and the invitation's)",
    "account_reset_password_from_key_done": "'your password is set'",
    "account_email_verification_sent": "allauth's 'check your e-mail' page",
    "account_confirm_email": "the e-mail confirmation link",
    "account_confirm_login_code": "allauth's login-by-code stage (off: redirects)",
    "mfa_authenticate": "the second step of a login, before the session is logged in",
}
# The JSON API opts out of the middleware because it has its own authentication, which
# answers 401 instead of a redirect (api/urls.py::api_urls).
API_NAMESPACE = "api:"


def _walk(patterns: list[Any], namespace: str = "") -> Iterator[tuple[str, URLPattern]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, ns)
        elif isinstance(pattern, URLPattern):
            yield f"{namespace}{pattern.name}", pattern


def _sample_kwargs(pattern: URLPattern) -> dict[str, Any]:
    """Any value that fits each argument: the middleware answers before the view looks."""
    converters = getattr(pattern.pattern, "converters", {})
    kwargs: dict[str, Any] = {}
    for name in pattern.pattern.regex.groupindex:
        converter = converters.get(name)
        if isinstance(converter, UUIDConverter):
            kwargs[name] = uuid.uuid4()
        elif isinstance(converter, IntConverter):
            kwargs[name] = 1
        else:
            kwargs[name] = "abc1"
    return kwargs


def _patterns() -> list[tuple[str, URLPattern]]:
    return sorted(_walk(get_resolver().url_patterns), key=lambda item: item[0])


PRIVATE = [
    pytest.param(name, pattern, id=name)
    for name, pattern in _patterns()
    if name not in PUBLIC_VIEWS and not name.startswith(API_NAMESPACE)
]


def test_public_list_matches_the_views() -> None:
    """Every view marked public is on the list, and every entry on the list is public."""
    marked_public = {
        name
        for name, pattern in _patterns()
        if not getattr(pattern.callback, "login_required", True)
        and not name.startswith(API_NAMESPACE)
    }
    unlisted = sorted(marked_public - PUBLIC_VIEWS.keys())
    assert not unlisted, f"views marked @login_not_required but not in PUBLIC_VIEWS: {unlisted}"
    stale = sorted(PUBLIC_VIEWS.keys() - marked_public)
    assert not stale, f"PUBLIC_VIEWS lists views that are not public: {stale}"


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "pattern"), PRIVATE)
def test_private_view_sends_anonymous_to_login(name: str, pattern: URLPattern) -> None:
    url = reverse(name, kwargs=_sample_kwargs(pattern))
    login = reverse("account_login")
    for method in ("get", "post"):
        response = getattr(Client(), method)(url)
        location = response.get("Location", "")
        assert response.status_code == 302 and location.startswith(login), (
            f"anonymous {method.upper()} {url} ({name}) answered {response.status_code} "
            f"{location!r}, not a redirect to the login page: mark it public in PUBLIC_VIEWS "
            "(with the reason) or keep it private"
        )
        assert "next=" in location


@pytest.mark.django_db
def test_api_answers_401_to_anonymous() -> None:
    """The API opted out of the middleware; its own authentication must hold every
    operation (an operation with ``auth=None`` would answer here)."""
    for name, pattern in _patterns():
        if name.startswith(API_NAMESPACE) and name != "api:api-root":
            response = Client().get(reverse(name, kwargs=_sample_kwargs(pattern)))
            assert response.status_code == 401, (name, response.status_code)


# A view without any decorator, as a new view would be written by someone who forgot one.
def _undecorated(request: HttpRequest) -> HttpResponse:
    return HttpResponse("geheim")


urlpatterns = [
    path("vergeten/", _undecorated, name="forgotten"),
    path("htmx/", _undecorated, name="htmx"),
    path("accounts/", include("allauth.urls")),
]


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_a_view_without_decorator_is_private() -> None:
    response = Client().get("/vergeten/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert response["Location"].endswith("next=/vergeten/")


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_htmx_request_gets_hx_redirect() -> None:
    """htmx would follow a 302 and swap the login page into the fragment."""
    response = Client().get("/htmx/", headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert response["HX-Redirect"].startswith(reverse("account_login"))
