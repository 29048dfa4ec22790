"""Steps the peer-group tests share: a browser logged in as someone, the page's main part,
and joining a group (offering to host, if asked)."""

from __future__ import annotations

from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.portal.models import PeerGroup, PeerGroupMembership


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def main_of(response: Any) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def join(user: Any, group: PeerGroup, *, volunteer: bool = False) -> PeerGroupMembership:
    http = as_user(user)
    assert http.post(reverse("portal:group_join", args=[group.pk])).status_code == 302
    if volunteer:
        response = http.post(reverse("portal:group_volunteer", args=[group.pk]), {"offer": "ja"})
        assert response.status_code == 302
    return PeerGroupMembership.objects.get(group=group, client__user=user, left_at__isnull=True)
