"""Peer-support groups over HTTP: a client joins an open group, leaves it without questions,
and alone decides whether their team may know; the team never sees it otherwise (also not a
team member who happens to facilitate the group); the facilitator sees names and join dates,
never a file; another client's membership is a 404; every change and every read of a
membership is logged; the groups page runs the same number of queries with 1 and 20 groups."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.template import Context, Template
from django.test import Client as HttpClient
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.organisations.models import OrganisationType, Role
from werkpad.portal.models import GroupMode, PeerGroup, PeerGroupMembership
from werkpad.portal.services import groups as services
from werkpad.testing import make_client, make_organisation, make_user


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


@pytest.fixture
def academy(world: Any) -> Any:
    return make_organisation("Herstelacademie Enik", OrganisationType.PEER)


@pytest.fixture
def facilitator(academy: Any) -> Any:
    return make_user(
        organisation=academy, role=Role.ERVARINGSDESKUNDIGE, full_name="Fenna Facilitator"
    )


def _group(organisation: Any, facilitator: Any, **fields: Any) -> PeerGroup:
    defaults = {
        "name": "Werk en herstel",
        "theme": "Werken met een psychische kwetsbaarheid",
        "description": "We delen ervaringen met werk zoeken en werk houden.",
        "mode": GroupMode.ON_SITE,
        "place": "Herstelhuis, Oudegracht 1, Utrecht",
        "schedule": "Elke dinsdag 14.00 tot 15.30 uur",
        "is_open": True,
    }
    defaults.update(fields)
    defaults.setdefault("started_by", facilitator)
    return PeerGroup.objects.create(organisation=organisation, facilitator=facilitator, **defaults)


@pytest.fixture
def group(academy: Any, facilitator: Any) -> PeerGroup:
    return _group(academy, facilitator)


def _member(group: PeerGroup, client: Any, **fields: Any) -> PeerGroupMembership:
    return PeerGroupMembership.objects.create(group=group, client=client, **fields)


def _anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


def _events(event: str, **filters: Any) -> int:
    return AccessLogEntry.objects.filter(event_code=event, **filters).count()


def _bert(world: Any) -> HttpClient:
    user = make_user(full_name="Bert Bakker", kind="client")
    world.other_client_record.user = user
    world.other_client_record.save(update_fields=["user"])
    return _as(user)


# --- The client's page ---------------------------------------------------------------------
def test_the_page_explains_and_shows_what_each_group_is(world: Any, group: PeerGroup) -> None:
    _group(
        group.organisation,
        group.facilitator,
        name="Online koffie",
        mode=GroupMode.ONLINE,
        place="https://meet.example/geheim",
    )
    response = _anna(world).get(reverse("portal:groups"))
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Meedoen is vrijwillig.",
        "Stoppen kan altijd, en je hoeft niet te zeggen waarom.",
        "Je team ziet niet dat je meedoet. Alleen als jij dat kiest.",
        "De begeleider van de groep ziet je naam. Je dossier ziet de begeleider niet.",
        "Werk en herstel",
        "Werken met een psychische kwetsbaarheid",
        "Herstelacademie Enik",
        "Op locatie: Herstelhuis, Oudegracht 1, Utrecht",
        "Elke dinsdag 14.00 tot 15.30 uur",
        "We delen ervaringen met werk zoeken en werk houden.",
        "Online. Je krijgt de link als je meedoet.",
    ):
        assert text in html, text
    assert "https://meet.example/geheim" not in html  # the link is for those who take part


def test_a_closed_group_is_not_offered(world: Any, group: PeerGroup) -> None:
    _group(group.organisation, group.facilitator, name="Volle groep", is_open=False)
    html = _anna(world).get(reverse("portal:groups")).content.decode()
    assert "Werk en herstel" in html
    assert "Volle groep" not in html


def test_joining_is_saved_logged_and_private(world: Any, group: PeerGroup) -> None:
    anna = _anna(world)
    response = anna.post(reverse("portal:group_join", args=[group.pk]))
    assert response.status_code == 302
    membership = PeerGroupMembership.objects.get(group=group, client=world.client_record)
    assert membership.left_at is None
    assert membership.share_with_team is False
    assert _events(
        "portal.peer_group.join",
        action="C",
        client_pid=world.client_record.public_id,
        object_id=str(membership.pk),
    )
    page = anna.get(response["Location"]).content.decode()
    assert "Je doet mee met Werk en herstel." in page
    assert "Je team weet niet dat je meedoet." in page
    assert 'data-shared="nee"' in page


def test_joining_twice_changes_nothing_and_says_so_kindly(world: Any, group: PeerGroup) -> None:
    _member(group, world.client_record)
    anna = _anna(world)
    response = anna.post(reverse("portal:group_join", args=[group.pk]), follow=True)
    assert response.status_code == 200
    assert "Je doet al mee met deze groep. Er is niets veranderd." in response.content.decode()
    assert PeerGroupMembership.objects.filter(group=group).count() == 1
    assert not _events("portal.peer_group.join")


def test_joining_a_closed_group_is_refused_by_the_policy(world: Any, group: PeerGroup) -> None:
    """The policy refuses it (403); a closed group is not even in a client's scope unless
    they take part, so over HTTP it is the same as a group that does not exist (404)."""
    PeerGroup.objects.filter(pk=group.pk).update(is_open=False)
    group.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.group_join(actor=actor_for_user(world.personas["client"]), group=group)
    assert _events("denied.change_own", action="U") == 1
    response = _anna(world).post(reverse("portal:group_join", args=[group.pk]))
    assert response.status_code == 404
    assert not PeerGroupMembership.objects.exists()


def test_the_closed_page_is_kind(world: Any, group: PeerGroup, monkeypatch: Any) -> None:
    """When the policy refuses a visible group, the client reads why, kindly (403)."""
    from werkpad.portal.selectors import groups as selectors

    def refuse(**_kwargs: Any) -> Any:
        raise PermissionDenied

    monkeypatch.setattr(selectors, "group_to_join", refuse)
    response = _anna(world).post(reverse("portal:group_join", args=[group.pk]))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Deze groep neemt nu niemand nieuw aan" in html
    assert "Dat ligt niet aan jou." in html
    assert not PeerGroupMembership.objects.exists()


def test_leaving_is_always_possible_and_logged(world: Any, group: PeerGroup) -> None:
    membership = _member(group, world.client_record, share_with_team=True)
    PeerGroup.objects.filter(pk=group.pk).update(is_open=False)  # also from a closed group
    response = _anna(world).post(reverse("portal:group_leave", args=[group.pk]), follow=True)
    assert response.status_code == 200
    assert "Je bent altijd welkom om terug te komen." in response.content.decode()
    membership.refresh_from_db()
    assert membership.left_at is not None
    assert _events("portal.peer_group.leave", action="U", client_pid=world.client_record.public_id)


def test_after_leaving_one_can_join_again(world: Any, group: PeerGroup) -> None:
    anna = _anna(world)
    anna.post(reverse("portal:group_join", args=[group.pk]))
    anna.post(reverse("portal:group_leave", args=[group.pk]))
    response = anna.post(reverse("portal:group_join", args=[group.pk]))
    assert response.status_code == 302
    assert PeerGroupMembership.objects.filter(group=group, left_at__isnull=True).count() == 1
    assert PeerGroupMembership.objects.filter(group=group).count() == 2


def test_sharing_with_the_team_is_a_choice_that_can_be_undone(world: Any, group: PeerGroup) -> None:
    membership = _member(group, world.client_record)
    anna = _anna(world)
    url = reverse("portal:group_share", args=[group.pk])
    response = anna.post(url, {"share": "ja"}, follow=True)
    assert "Je team mag nu weten dat je meedoet met Werk en herstel." in response.content.decode()
    membership.refresh_from_db()
    assert membership.share_with_team is True
    anna.post(url, {"share": "nee"})
    membership.refresh_from_db()
    assert membership.share_with_team is False
    assert (
        _events("portal.peer_group.share", action="U", client_pid=world.client_record.public_id)
        == 2
    )


@pytest.mark.parametrize("data", [{}, {"share": "misschien"}])
def test_a_bad_share_choice_is_refused_and_changes_nothing(
    world: Any, group: PeerGroup, data: dict[str, str]
) -> None:
    membership = _member(group, world.client_record)
    response = _anna(world).post(reverse("portal:group_share", args=[group.pk]), data)
    assert response.status_code == 400
    assert "Kies of je team mag weten dat je meedoet." in response.content.decode()
    membership.refresh_from_db()
    assert membership.share_with_team is False
    assert not _events("portal.peer_group.share")


def test_another_clients_membership_is_a_404(world: Any, group: PeerGroup) -> None:
    berts = _member(group, world.other_client_record)
    anna = _anna(world)
    assert anna.post(reverse("portal:group_leave", args=[group.pk])).status_code == 404
    assert (
        anna.post(reverse("portal:group_share", args=[group.pk]), {"share": "ja"}).status_code
        == 404
    )
    berts.refresh_from_db()
    assert berts.left_at is None and berts.share_with_team is False
    assert "Bert" not in anna.get(reverse("portal:groups")).content.decode()


def test_another_clients_closed_group_is_a_404(world: Any, group: PeerGroup) -> None:
    _member(group, world.client_record)
    PeerGroup.objects.filter(pk=group.pk).update(is_open=False)
    bert = _bert(world)
    assert bert.post(reverse("portal:group_join", args=[group.pk])).status_code == 404
    assert "Werk en herstel" not in bert.get(reverse("portal:groups")).content.decode()
    assert PeerGroupMembership.objects.count() == 1


# --- The team sees nothing unless the client shares it ---------------------------------------
def _trajectory_page(world: Any) -> str:
    response = _as(world.personas["pro_own"]).get(
        reverse("trajectories:detail", args=[world.trajectory.pk])
    )
    assert response.status_code == 200
    return response.content.decode()


def test_the_team_sees_participation_only_after_the_client_shares_it(
    world: Any, group: PeerGroup
) -> None:
    anna = _anna(world)
    anna.post(reverse("portal:group_join", args=[group.pk]))
    before = _trajectory_page(world)
    assert "Werk en herstel" not in before
    assert 'id="lotgenoten"' not in before  # the panel (the menu names the groups page)
    anna.post(reverse("portal:group_share", args=[group.pk]), {"share": "ja"})
    shared = _trajectory_page(world)
    assert "Lotgenotengroepen" in shared
    assert "Werk en herstel" in shared
    assert "Herstelacademie Enik" in shared
    assert _events("portal.peer_group.shared", action="R", client_pid=world.client_record.public_id)
    anna.post(reverse("portal:group_share", args=[group.pk]), {"share": "nee"})
    assert "Werk en herstel" not in _trajectory_page(world)
    anna.post(reverse("portal:group_share", args=[group.pk]), {"share": "ja"})
    anna.post(reverse("portal:group_leave", args=[group.pk]))
    assert "Werk en herstel" not in _trajectory_page(world)


def test_a_team_member_who_facilitates_the_group_does_not_see_it_on_the_trajectory(
    world: Any,
) -> None:
    own_group = _group(world.org_a, world.personas["pro_own"], name="Groep van Pro Eigen")
    _member(own_group, world.client_record)
    assert "Groep van Pro Eigen" not in _trajectory_page(world)
    # As facilitator, they do see the name in the group, without a way into the file.
    page = _as(world.personas["pro_own"]).get(
        reverse("portal:facilitator_group", args=[own_group.pk])
    )
    assert "Anna Aalbers" in page.content.decode()


def _panel(world: Any, user: Any) -> str:
    request = RequestFactory().get("/")
    request.actor = actor_for_user(user)  # type: ignore[attr-defined]
    template = Template("{% load portal_groups %}{% groups_panel t %}")
    return template.render(Context({"request": request, "t": world.trajectory}))


def test_the_panel_is_empty_for_those_who_may_not_see_the_trajectory(
    world: Any, group: PeerGroup, facilitator: Any
) -> None:
    _member(group, world.client_record, share_with_team=True)
    assert "Werk en herstel" in _panel(world, world.personas["pro_own"])
    for user in (
        facilitator,  # facilitates the group, is not on the team
        world.personas["pro_other"],
        world.personas["admin_own"],
        world.personas["client"],
        world.personas["employer"],
    ):
        assert _panel(world, user).strip() == "", user


# --- The facilitator -----------------------------------------------------------------------
def test_the_facilitator_sees_names_and_dates_and_no_file(
    world: Any, group: PeerGroup, facilitator: Any
) -> None:
    anna_in = _member(group, world.client_record)
    _member(group, world.other_client_record)
    gone = make_client(organisation=world.org_a, full_name="Carla Gestopt")
    from django.utils import timezone

    _member(group, gone, left_at=timezone.now())
    response = _as(facilitator).get(reverse("portal:facilitator_group", args=[group.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "Anna Aalbers" in main and "Bert Bakker" in main
    assert "Carla Gestopt" not in main
    assert "2 deelnemers" in main
    assert anna_in.joined_at.strftime("%Y") in main
    for leak in ("/clienten/", "/trajecten/", world.client_record.public_id, "IPS"):
        assert leak not in main, leak
    assert main.count("<a ") == 1  # only the way back to their groups
    assert (
        _events("portal.peer_group.members", action="R", client_pid=world.client_record.public_id)
        == 1
    )
    assert (
        _events(
            "portal.peer_group.members", action="R", client_pid=world.other_client_record.public_id
        )
        == 1
    )


def test_the_facilitator_lists_the_groups_they_run_with_a_number_and_no_names(
    world: Any, group: PeerGroup, academy: Any, facilitator: Any
) -> None:
    """An ervaringsdeskundige runs their own groups and those of their organisation (as one
    who starts groups there); a group of another organisation is only in the region list."""
    colleague = make_user(organisation=academy, role=Role.ERVARINGSDESKUNDIGE, full_name="Kees")
    _group(academy, colleague, name="Groep van Kees")
    elsewhere = make_organisation("Herstelacademie Elders", OrganisationType.PEER)
    other = make_user(organisation=elsewhere, role=Role.ERVARINGSDESKUNDIGE, full_name="Olga")
    _group(elsewhere, other, name="Groep van elders")
    _member(group, world.client_record)
    response = _as(facilitator).get(reverse("portal:facilitator_groups"), {"regio": "alle"})
    html = response.content.decode()
    running = html[html.index("data-groups") : html.index("data-regional")]
    assert "Werk en herstel" in running
    assert "1 deelnemer" in running
    assert "Groep van Kees" in running
    assert "Groep van elders" not in running
    assert "Groep van elders" in html[html.index("data-regional") :]
    assert "Anna" not in html  # a number, no names
    # Another professional runs none of them: the region list only.
    html = _as(world.personas["pro_own"]).get(reverse("portal:facilitator_groups")).content
    assert b"Je begeleidt nu geen groepen." in html


def test_who_does_not_facilitate_sees_no_member_and_others_get_a_403_or_404(
    world: Any, group: PeerGroup, academy: Any
) -> None:
    """A colleague who starts groups at the academy runs the group (host, facilitator) but
    sees no member; professionals of other organisations see that an open group exists and
    get a 403, a closed one is a 404 for them."""
    _member(group, world.client_record)
    colleague = make_user(organisation=academy, role=Role.ERVARINGSDESKUNDIGE, full_name="Kees")
    url = reverse("portal:facilitator_group", args=[group.pk])
    response = _as(colleague).get(url)
    assert response.status_code == 200
    assert "Anna" not in response.content.decode()
    assert "data-members" not in response.content.decode()
    for persona in ("pro_own", "pro_other", "admin_own"):
        response = _as(world.personas[persona]).get(url)
        assert response.status_code == 403, persona
        assert "Anna" not in response.content.decode()
    PeerGroup.objects.filter(pk=group.pk).update(is_open=False)
    for persona in ("pro_own", "pro_other"):
        assert _as(world.personas[persona]).get(url).status_code == 404, persona
    assert (
        _as(world.personas["client"]).get(reverse("portal:facilitator_groups")).status_code == 403
    )


# --- Query counts ----------------------------------------------------------------------------
def _queries(http: HttpClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = http.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_groups_page_runs_the_same_queries_with_1_and_20_groups(
    world: Any, group: PeerGroup, academy: Any, facilitator: Any
) -> None:
    _member(group, world.client_record)
    _group(academy, facilitator, name="Open groep 0")
    anna = _anna(world)
    url = reverse("portal:groups")
    with_one = _queries(anna, url)
    for n in range(1, 20):
        extra = _group(academy, facilitator, name=f"Open groep {n}")
        if n % 2:
            _member(extra, world.client_record, share_with_team=n % 3 == 0)
    assert _queries(anna, url) == with_one
    html = anna.get(url).content.decode()
    assert "Open groep 19" in html and "Open groep 18" in html


def test_the_facilitator_list_runs_the_same_queries_with_1_and_20_groups(
    world: Any, group: PeerGroup, academy: Any, facilitator: Any
) -> None:
    http = _as(facilitator)
    url = reverse("portal:facilitator_groups")
    with_one = _queries(http, url)
    for n in range(19):
        _member(_group(academy, facilitator, name=f"Groep {n}"), world.client_record)
    assert _queries(http, url) == with_one


def test_the_member_list_runs_the_same_queries_with_1_and_20_members_and_logs_each(
    world: Any, group: PeerGroup, academy: Any, facilitator: Any
) -> None:
    http = _as(facilitator)
    url = reverse("portal:facilitator_group", kwargs={"pk": group.pk})
    _member(group, make_client(organisation=world.org_b))
    with_one = _queries(http, url)
    for _ in range(19):
        _member(group, make_client(organisation=world.org_b))
    before = AccessLogEntry.objects.filter(event_code="portal.peer_group.members").count()
    assert _queries(http, url) == with_one
    logged = AccessLogEntry.objects.filter(event_code="portal.peer_group.members")
    assert logged.count() - before == 20  # one row per member
    pids = set(logged.values_list("client_pid", flat=True))
    assert len(pids) == 20  # each member finds it in "who saw my file"
