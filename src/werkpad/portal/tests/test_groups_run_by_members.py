"""Peer groups run by their members (issue 15, item 7; decision 0030): an ervaringsdeskundige
or a herstelacademie starts a group; a member offers to host and is made the host; the host
sees the members' first names and join dates, keeps the practicalities up to date (optimistic
locking), hands hosting on or steps down; leaving ends hosting; a professional facilitator is
optional, may step back only when a member hosts, and can be asked again. Whoever is no
longer facilitator or host no longer sees the members, at once. Every card says who runs the
group, and the groups pages filter by region."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.portal.models import GroupMode, PeerGroup, PeerGroupMembership
from werkpad.portal.services import groups as services
from werkpad.portal.tests.peer_groups_kit import as_user, join, main_of
from werkpad.testing import make_client, make_organisation, make_user


def _events(event: str, **filters: Any) -> int:
    return AccessLogEntry.objects.filter(event_code=event, **filters).count()


def _appoint(by: Any, group: PeerGroup, membership: PeerGroupMembership) -> Any:
    return as_user(by).post(
        reverse("portal:group_appoint_host", args=[group.pk]), {"membership": membership.pk}
    )


def _members_seen_by(user: Any, group: PeerGroup) -> set[str]:
    """The members of ``group`` the policy lets ``user`` see right now (by full name)."""
    actor = actor_for_user(user)
    memberships = visible_to(
        actor, PeerGroupMembership.objects.filter(group=group, left_at__isnull=True)
    ).exclude(client__user=user)
    return set(memberships.values_list("client__full_name", flat=True))


# --- Hosting, from offering to leaving ------------------------------------------------------
def test_a_member_offers_is_made_host_sees_first_names_and_loses_sight_on_leaving(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    bert = join(people["bert"], group)
    join(people["carla"], group)
    assert _members_seen_by(people["anna"], group) == set()  # a volunteer sees nobody yet

    response = _appoint(jobcoach, group, anna)
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.host_id == anna.pk and group.host_name == "Anna"
    assert _events("portal.peer_group.host", action="U", client_pid=anna.client.public_id) == 1

    host_url = reverse("portal:group_host", args=[group.pk])
    page = as_user(people["anna"]).get(host_url)
    assert page.status_code == 200
    main = main_of(page)
    assert "Anna (jij)" in main and "Bert" in main and "Carla" in main
    for leak in ("Bakker", "de Wit", "Aalbers", bert.client.public_id, "/clienten/", "/trajecten/"):
        assert leak not in main, leak
    assert "3 deelnemers" in main
    # One access-log row per member shown, on the basis of the group, in Bert's own history.
    row = AccessLogEntry.objects.get(
        event_code="portal.peer_group.members", client_pid=bert.client.public_id
    )
    assert row.basis == "peer_group" and row.user_id == people["anna"].pk
    # Bert's "wie keek er" names his fellow member as the group knows her: by first name.
    history = main_of(as_user(people["bert"]).get(reverse("portal:access_log")))
    assert "Anna" in history and "Aalbers" not in history

    # Bert leaves: the host no longer sees him, on the page nor through the policy.
    as_user(people["bert"]).post(reverse("portal:group_leave", args=[group.pk]))
    assert "Bert" not in main_of(as_user(people["anna"]).get(host_url))
    assert _members_seen_by(people["anna"], group) == {"Carla de Wit"}

    # Anna leaves: hosting ends with it, and her sight of the members with it.
    as_user(people["anna"]).post(reverse("portal:group_leave", args=[group.pk]))
    group.refresh_from_db()
    assert group.host_id is None and group.host_name == ""
    assert _members_seen_by(people["anna"], group) == set()
    assert as_user(people["anna"]).get(host_url).status_code == 403  # an open group she may see
    assert (
        AccessLogEntry.objects.get(
            event_code="portal.peer_group.leave", client_pid=anna.client.public_id
        ).detail["hosting_ended"]
        is True
    )


def test_only_a_member_who_offered_can_be_made_host(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    bert = join(people["bert"], group)  # did not offer
    response = _appoint(jobcoach, group, bert)
    assert response.status_code == 400
    assert (
        "Alleen een deelnemer die heeft aangeboden gastvrouw of gastheer te zijn"
        in response.content.decode()
    )
    for bad in ({}, {"membership": "abc"}, {"membership": "0"}, {"membership": "99999999"}):
        response = as_user(jobcoach).post(
            reverse("portal:group_appoint_host", args=[group.pk]), bad
        )
        assert response.status_code == 400, bad
    group.refresh_from_db()
    assert group.host_id is None
    assert not _events("portal.peer_group.host")


def test_taking_the_offer_back_hides_the_member_from_who_runs_the_group(
    world: Any, group: PeerGroup, people: dict[str, Any], starter: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    assert _members_seen_by(starter, group) == {"Anna Aalbers"}
    page = main_of(as_user(starter).get(reverse("portal:facilitator_group", args=[group.pk])))
    assert "Maak Anna gastvrouw of gastheer" in page
    assert "Aalbers" not in page  # the starter sees a first name, and only of who offered
    as_user(people["anna"]).post(
        reverse("portal:group_volunteer", args=[group.pk]), {"offer": "nee"}
    )
    assert _members_seen_by(starter, group) == set()
    assert _appoint(starter, group, anna).status_code == 400
    assert _events("portal.peer_group.volunteer", client_pid=anna.client.public_id) == 2


@pytest.mark.parametrize("data", [{}, {"offer": "misschien"}])
def test_a_bad_offer_is_refused_and_changes_nothing(
    world: Any, group: PeerGroup, people: dict[str, Any], data: dict[str, str]
) -> None:
    anna = join(people["anna"], group)
    response = as_user(people["anna"]).post(
        reverse("portal:group_volunteer", args=[group.pk]), data
    )
    assert response.status_code == 400
    assert "Kies of je gastvrouw of gastheer wilt zijn." in response.content.decode()
    anna.refresh_from_db()
    assert anna.offers_to_host is False


def test_the_host_hands_hosting_on_and_steps_down(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    carla = join(people["carla"], group, volunteer=True)
    _appoint(jobcoach, group, anna)
    host_page = main_of(as_user(people["anna"]).get(reverse("portal:group_host", args=[group.pk])))
    assert "Maak Carla gastvrouw of gastheer" in host_page
    response = as_user(people["anna"]).post(
        reverse("portal:group_host_hand", args=[group.pk]), {"membership": carla.pk}
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.host_id == carla.pk and group.host_name == "Carla"
    assert _members_seen_by(people["anna"], group) == set()  # Anna is a member again
    assert _members_seen_by(people["carla"], group) == {"Anna Aalbers"}
    # Carla steps down: she stays a member and sees nobody.
    response = as_user(people["carla"]).post(reverse("portal:group_host_stop", args=[group.pk]))
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.host_id is None and group.host_name == ""
    assert _members_seen_by(people["carla"], group) == set()
    assert PeerGroupMembership.objects.filter(pk=carla.pk, left_at__isnull=True).exists()
    # Who is no host may not step down or hand on (403), and nothing changes.
    for name in ("group_host_stop", "group_host_hand"):
        response = as_user(people["anna"]).post(
            reverse(f"portal:{name}", args=[group.pk]), {"membership": carla.pk}
        )
        assert response.status_code == 403, name
    group.refresh_from_db()
    assert group.host_id is None


def test_an_appointment_made_meanwhile_is_not_overwritten(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any, starter: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    carla = join(people["carla"], group, volunteer=True)
    seen_by_starter = PeerGroup.objects.get(pk=group.pk)  # the starter's page, loaded before
    services.group_host_appoint(actor=actor_for_user(jobcoach), group=group, membership_id=anna.pk)
    with pytest.raises(ValidationError, match="Intussen is er iets veranderd"):
        services.group_host_appoint(
            actor=actor_for_user(starter), group=seen_by_starter, membership_id=carla.pk
        )
    group.refresh_from_db()
    assert group.host_id == anna.pk


# --- The professional facilitator -----------------------------------------------------------
def test_the_facilitator_steps_back_only_with_a_host_and_then_sees_nobody(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any, starter: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    join(people["bert"], group)
    run_url = reverse("portal:facilitator_group", args=[group.pk])
    assert "Bert Bakker" in main_of(as_user(jobcoach).get(run_url))
    step_back = reverse("portal:group_step_back", args=[group.pk])

    refused = as_user(jobcoach).post(step_back)
    assert refused.status_code == 400
    assert "Je kunt pas stoppen als begeleider als een deelnemer gastvrouw of gastheer" in (
        refused.content.decode()
    )
    group.refresh_from_db()
    assert group.facilitator_id == jobcoach.pk
    assert not _events("portal.peer_group.facilitator")

    _appoint(jobcoach, group, anna)
    assert as_user(jobcoach).post(step_back).status_code == 302
    group.refresh_from_db()
    assert group.facilitator_id is None
    assert _events("portal.peer_group.facilitator", action="U") == 1
    # At once: the page is refused (the open group is visible: 403) and the policy shows none.
    assert as_user(jobcoach).get(run_url).status_code == 403
    assert _members_seen_by(jobcoach, group) == set()
    PeerGroup.objects.filter(pk=group.pk).update(is_open=False)
    assert as_user(jobcoach).get(run_url).status_code == 404
    # The card says who runs it now.
    page = main_of(as_user(people["bert"]).get(reverse("portal:groups")))
    assert "Gastvrouw/gastheer: Anna (deelnemer)" in page
    assert "Zonder professional: de deelnemers bepalen samen de inhoud" in page
    assert "Joost Coach" not in page
    # The starter may run it, without seeing the members (only who offered to host).
    starter_page = main_of(as_user(starter).get(run_url))
    assert "Bert" not in starter_page and "data-members" not in starter_page


def test_the_starter_asks_a_professional_again(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any, starter: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    _appoint(jobcoach, group, anna)
    as_user(jobcoach).post(reverse("portal:group_step_back", args=[group.pk]))
    url = reverse("portal:group_facilitator", args=[group.pk])
    # Someone who may not be asked (an employer's contact person; a made-up id): refused.
    employer = world.personas["employer"]
    for bad in ({"professional": employer.pk}, {"professional": "x"}, {}):
        response = as_user(starter).post(url, bad)
        assert response.status_code == 400, bad
        assert "Kies een professional uit de lijst." in response.content.decode()
    # A professional who does not run the group may not ask anyone (403).
    assert (
        as_user(world.personas["pro_own"]).post(url, {"professional": jobcoach.pk}).status_code
        == 403
    )
    group.refresh_from_db()
    assert group.facilitator_id is None

    assert as_user(starter).post(url, {"professional": jobcoach.pk}).status_code == 302
    group.refresh_from_db()
    assert group.facilitator_id == jobcoach.pk
    # Anna joined before this professional was made facilitator (again): not shown.
    assert _members_seen_by(jobcoach, group) == set()
    page = main_of(as_user(people["anna"]).get(reverse("portal:groups")))
    assert "Begeleiding: Joost Coach, jobcoach bij Werkkracht" in page
    # Asking again while someone facilitates: refused, nothing changes.
    response = as_user(starter).post(url, {"professional": starter.pk})
    assert response.status_code == 400
    assert "Deze groep heeft al een begeleider." in response.content.decode()
    group.refresh_from_db()
    assert group.facilitator_id == jobcoach.pk


def test_a_professional_made_facilitator_later_sees_only_who_joined_since(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any, starter: Any
) -> None:
    """A walk-through found a professional added to a running group saw every member's full
    name at once: members who joined without a professional never agreed to that."""
    anna = join(people["anna"], group, volunteer=True)
    _appoint(jobcoach, group, anna)
    as_user(jobcoach).post(reverse("portal:group_step_back", args=[group.pk]))
    bert = join(people["bert"], group)  # joins a group without a professional
    # Nobody of UWV or the gemeente can be made facilitator: they decide on benefits.
    uwv = make_user(
        organisation=make_organisation("UWV Utrecht", OrganisationType.UWV),
        role=Role.ARBEIDSDESKUNDIGE,
    )
    url = reverse("portal:group_facilitator", args=[group.pk])
    assert as_user(starter).post(url, {"professional": uwv.pk}).status_code == 400
    assert as_user(starter).post(url, {"professional": jobcoach.pk}).status_code == 302

    run_url = reverse("portal:facilitator_group", args=[group.pk])
    page = main_of(as_user(jobcoach).get(run_url))
    assert "Bert" not in page and "Anna Aalbers" not in page
    assert "Er deden al 2 deelnemers mee voordat je de groep ging begeleiden." in page
    assert _members_seen_by(jobcoach, group) == set()
    assert not AccessLogEntry.objects.filter(
        event_code="portal.peer_group.members", client_pid=bert.client.public_id
    ).exists()
    # Who joins now, joins with this professional there: seen, by name.
    join(people["carla"], group)
    assert _members_seen_by(jobcoach, group) == {"Carla de Wit"}
    assert "Carla de Wit" in main_of(as_user(jobcoach).get(run_url))


# --- Starting a group -----------------------------------------------------------------------
START = {
    "name": "Werkcafé",
    "theme": "Werk en herstel",
    "description": "We praten over wat werk voor ons betekent.",
    "mode": "locatie",
    "place": "Kanaalweg 12, Utrecht",
    "schedule": "Elke tweede zaterdag, 10.30 uur",
    "is_open": "on",
    "facilitate": "nee",
}


def _start_data(**changes: Any) -> dict[str, Any]:
    data = {**START, "region": ArbeidsmarktRegio.objects.get(code="AM13").pk}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.parametrize(
    ("organisation_type", "role", "facilitate"),
    [
        (OrganisationType.GGZ, Role.ERVARINGSDESKUNDIGE, "nee"),
        (OrganisationType.PEER, Role.JOBCOACH, "ja"),
    ],
)
def test_an_ervaringsdeskundige_or_a_herstelacademie_starts_a_group(
    world: Any, organisation_type: str, role: str, facilitate: str
) -> None:
    organisation = make_organisation("Startende organisatie", organisation_type)
    user = make_user(organisation=organisation, role=role, full_name="Sam Start")
    http = as_user(user)
    form = http.get(reverse("portal:group_start"))
    assert form.status_code == 200
    assert "Ik begeleid de groep zelf als professional" in form.content.decode()
    response = http.post(reverse("portal:group_start"), _start_data(facilitate=facilitate))
    assert response.status_code == 302
    group = PeerGroup.objects.get(name="Werkcafé")
    assert group.started_by == user and group.organisation == organisation
    assert group.region.code == "AM13" and group.is_open
    assert group.facilitator == (user if facilitate == "ja" else None)
    assert _events("network.peer_group.create", action="C", object_id=str(group.pk)) == 1
    page = main_of(http.get(response["Location"]))
    if facilitate == "nee":
        assert "Deze groep zoekt een gastvrouw of gastheer." in page


@pytest.mark.parametrize("persona", ["pro_own", "admin_own", "client", "employer"])
def test_others_may_not_start_a_group(world: Any, persona: str) -> None:
    http = as_user(world.personas[persona])
    assert http.get(reverse("portal:group_start")).status_code == 403
    assert http.post(reverse("portal:group_start"), _start_data()).status_code == 403
    assert not PeerGroup.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": None}, "Geef de groep een naam."),
        ({"name": "   "}, "Geef de groep een naam."),
        ({"theme": ""}, "Vul het thema van de groep in."),
        ({"description": "  \n "}, "Schrijf kort wat de groep doet."),
        ({"mode": None}, "Kies of de groep op locatie of online samenkomt."),
        ({"mode": "telefoon"}, "Kies of de groep op locatie of online samenkomt."),
        ({"place": ""}, "Vul in waar de groep samenkomt."),
        ({"schedule": ""}, "Vul in wanneer de groep samenkomt."),
        ({"region": "999999"}, "Kies een regio uit de lijst."),
        ({"region": None}, "Kies de regio van de groep."),
        ({"facilitate": "misschien"}, "Kies of je de groep zelf begeleidt."),
        ({"name": "x" * 151}, "151"),
    ],
)
def test_bad_input_when_starting_is_refused_in_dutch_and_changes_nothing(
    world: Any, starter: Any, changes: dict[str, Any], message: str
) -> None:
    response = as_user(starter).post(reverse("portal:group_start"), _start_data(**changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PeerGroup.objects.exists()
    assert not _events("network.peer_group.create")


def test_a_second_group_with_the_same_name_is_refused(world: Any, starter: Any) -> None:
    http = as_user(starter)
    assert http.post(reverse("portal:group_start"), _start_data()).status_code == 302
    response = http.post(reverse("portal:group_start"), _start_data(name="werkcafé "))
    assert response.status_code == 400
    assert "Je organisatie heeft al een groep met deze naam." in response.content.decode()
    assert PeerGroup.objects.count() == 1


# --- The host keeps the practicalities up to date -------------------------------------------
def _practicalities(group: PeerGroup, **changes: Any) -> dict[str, Any]:
    data = {
        "description": group.description,
        "place": group.place,
        "schedule": group.schedule,
        "is_open": "on",
        "version": group.version,
    }
    data.update(changes)
    return data


@pytest.fixture
def hosted(group: PeerGroup, people: dict[str, Any], jobcoach: Any) -> PeerGroup:
    anna = join(people["anna"], group, volunteer=True)
    _appoint(jobcoach, group, anna)
    group.refresh_from_db()
    return group


def test_the_host_edits_the_schedule(world: Any, hosted: PeerGroup, people: dict[str, Any]) -> None:
    url = reverse("portal:group_host", args=[hosted.pk])
    data = _practicalities(hosted, schedule="Elke donderdag, 19.00 uur", is_open="")
    del data["is_open"]  # an unticked box is not sent
    response = as_user(people["anna"]).post(url, data)
    assert response.status_code == 302
    saved = PeerGroup.objects.get(pk=hosted.pk)
    assert saved.schedule == "Elke donderdag, 19.00 uur"
    assert saved.is_open is False
    assert saved.version == hosted.version + 1
    assert _events("portal.peer_group.update", action="U", object_id=str(hosted.pk)) == 1


def test_a_stale_edit_is_refused_with_the_conflict_and_changes_nothing(
    world: Any, hosted: PeerGroup, people: dict[str, Any]
) -> None:
    url = reverse("portal:group_host", args=[hosted.pk])
    anna = as_user(people["anna"])
    first = _practicalities(hosted, schedule="Elke donderdag, 19.00 uur")
    stale = _practicalities(hosted, place="Buurthuis De Pijp")  # opened before the first save
    assert anna.post(url, first).status_code == 302
    response = anna.post(url, stale)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Iemand anders heeft dit intussen gewijzigd" in html
    assert "Buurthuis De Pijp" in html  # what she typed is kept in the form
    saved = PeerGroup.objects.get(pk=hosted.pk)
    assert saved.schedule == "Elke donderdag, 19.00 uur"
    assert saved.place == hosted.place
    assert saved.version == hosted.version + 1
    assert _events("portal.peer_group.update") == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"schedule": "  "}, "Vul in wanneer de groep samenkomt."),
        ({"place": ""}, "Vul in waar de groep samenkomt."),
        ({"description": ""}, "Schrijf kort wat de groep doet."),
        ({"version": "oud"}, "Dit formulier is niet volledig verstuurd."),
        ({"schedule": "x" * 151}, "151"),
    ],
)
def test_bad_practicalities_are_refused_and_change_nothing(
    world: Any, hosted: PeerGroup, people: dict[str, Any], changes: dict[str, str], message: str
) -> None:
    url = reverse("portal:group_host", args=[hosted.pk])
    response = as_user(people["anna"]).post(url, _practicalities(hosted, **changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    saved = PeerGroup.objects.get(pk=hosted.pk)
    assert (saved.schedule, saved.place, saved.version) == (
        hosted.schedule,
        hosted.place,
        hosted.version,
    )


def test_only_the_host_edits_or_sees_the_host_page(
    world: Any, hosted: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    join(people["bert"], hosted)
    url = reverse("portal:group_host", args=[hosted.pk])
    assert as_user(people["bert"]).get(url).status_code == 403  # a member, not the host
    response = as_user(people["bert"]).post(url, _practicalities(hosted, schedule="Nooit"))
    assert response.status_code == 403
    assert as_user(jobcoach).get(url).status_code == 403  # a client's page
    assert PeerGroup.objects.get(pk=hosted.pk).schedule == hosted.schedule


def test_the_host_page_runs_the_same_queries_with_1_and_20_members(
    world: Any, hosted: PeerGroup, people: dict[str, Any]
) -> None:
    http = as_user(people["anna"])
    url = reverse("portal:group_host", args=[hosted.pk])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert http.get(url).status_code == 200
        return len(captured)

    with_one = queries()
    for n in range(19):
        PeerGroupMembership.objects.create(
            group=hosted, client=make_client(organisation=world.org_b, full_name=f"Lid {n} X")
        )
    assert queries() == with_one


# --- Who runs it, who sees your name, and the region ---------------------------------------
def test_a_joining_client_is_told_who_sees_their_name(
    world: Any, group: PeerGroup, people: dict[str, Any]
) -> None:
    http = as_user(people["anna"])
    card = main_of(http.get(reverse("portal:groups")))
    assert "Joost Coach, de begeleider, ziet je naam en sinds wanneer je meedoet." in card
    response = http.post(reverse("portal:group_join", args=[group.pk]), follow=True)
    assert "Joost Coach, de begeleider, ziet je naam" in response.content.decode()
    # How the words fit each kind of group: test_groups_walkthrough.


def test_every_card_says_who_runs_the_group(
    world: Any, group: PeerGroup, academy: Any, starter: Any, people: dict[str, Any]
) -> None:
    PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        region=group.region,
        name="Zonder iemand",
        theme="Herstel",
        description="Samen.",
        mode=GroupMode.ON_SITE,
        place="Utrecht",
        schedule="Vrijdag",
    )
    page = main_of(as_user(people["anna"]).get(reverse("portal:groups")))
    assert "Begeleiding: Joost Coach, jobcoach bij Werkkracht" in page
    assert "Deze groep zoekt een gastvrouw of gastheer." in page
    assert page.count("Zonder professional: de deelnemers bepalen samen de inhoud") == 1


def test_the_groups_pages_filter_by_region(
    world: Any, group: PeerGroup, academy: Any, starter: Any, people: dict[str, Any]
) -> None:
    elsewhere = ArbeidsmarktRegio.objects.exclude(code="AM13").order_by("code").first()
    assert elsewhere is not None
    PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=starter,
        region=elsewhere,
        name="Groep elders",
        theme="Herstel",
        description="Samen.",
        mode=GroupMode.ON_SITE,
        place="Elders",
        schedule="Vrijdag",
    )
    PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=starter,
        region=group.region,
        name="Buurtgroep",
        theme="Herstel",
        description="Samen.",
        mode=GroupMode.ON_SITE,
        place="Utrecht",
        schedule="Woensdag",
    )
    for user, url in (
        (people["anna"], reverse("portal:groups")),
        (world.personas["pro_own"], reverse("portal:facilitator_groups")),
    ):
        http = as_user(user)
        own = main_of(http.get(url))  # the own region (Midden-Utrecht) by default
        assert "Op weg naar werk" in own and "Buurtgroep" in own and "Groep elders" not in own
        assert 'value="AM13" selected' in own
        there = main_of(http.get(url, {"regio": elsewhere.code}))
        assert "Groep elders" in there and "Buurtgroep" not in there
        # An online group shows in every region: one joins it from anywhere.
        assert "Op weg naar werk" in there
        assert "Online groepen staan bij elke regio" in there
        everywhere = main_of(http.get(url, {"regio": "alle"}))
        assert "Groep elders" in everywhere and "Buurtgroep" in everywhere
        unknown = http.get(url, {"regio": "XX99"})
        assert unknown.status_code == 200
        assert "Die regio kennen we niet. Je ziet nu de groepen in alle regio's." in main_of(
            unknown
        )
        assert "Groep elders" in main_of(unknown)


def test_the_migration_gives_an_existing_group_its_starter_and_region(
    world: Any, academy: Any, starter: Any, jobcoach: Any
) -> None:
    """Before issue 15 a group had only a facilitator: it started the group, in the (first)
    region of the group's organisation."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("werkpad.portal.migrations.0004_peer_groups_run_by_members")
    old = PeerGroup.objects.create(
        organisation=academy,
        started_by=jobcoach,  # the column did not exist; anything the migration overwrites
        facilitator=starter,
        name="Van vroeger",
        theme="Herstel",
        description="Samen.",
        mode=GroupMode.ON_SITE,
        place="Utrecht",
        schedule="Vrijdag",
    )
    migration.started_by_facilitator(apps, None)
    old.refresh_from_db()
    assert old.started_by == starter
    assert old.region is not None and old.region.code == "AM13"
