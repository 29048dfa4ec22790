"""Finding a client (issue 13, item 2): the client list searches by name (case and accents
ignored), Werkpad number and date of birth, filters by the running trajectory, the benefit and
the doelgroepregister in the career profile and the organisation, sorts and pages with the
search kept. A filter judges only what the actor may read, also as consent and team change."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.forms import ClientQuery, parse_client_query
from werkpad.clients.models import Client, Consent, ConsentGrant, name_key
from werkpad.clients.services import consent_withdraw
from werkpad.testing import make_client
from werkpad.trajectories import services as trajectory_services


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _names(response: Any) -> list[str]:
    assert response.status_code == 200, response.content.decode()[:500]
    return [c.full_name for c in response.context["page"].object_list]


def _search(user: Any, **params: Any) -> list[str]:
    return _names(_as(user).get(reverse("clients:list"), params))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jansen", ClientQuery(words=("jansen",))),
        ("Ayşe ÖZDEMIR-de Vries", ClientQuery(words=("ayse", "ozdemir", "de", "vries"))),
        ("14-3-1985", ClientQuery(born=date(1985, 3, 14))),
        ("14/03/1985", ClientQuery(born=date(1985, 3, 14))),
        ("1985-03-14", ClientQuery(born=date(1985, 3, 14))),
        ("jansen 14.3.1985", ClientQuery(words=("jansen",), born=date(1985, 3, 14))),
        ("wp-7k2m9qx4rt", ClientQuery(number="WP-7K2M9QX4RT")),
        ("WP7K2M9QX4RT", ClientQuery(number="WP-7K2M9QX4RT")),
        ("   ", ClientQuery()),
    ],
)
def test_the_search_box_understands_names_dates_and_numbers(
    text: str, expected: ClientQuery
) -> None:
    assert parse_client_query(text) == expected


def test_name_key_ignores_case_accents_and_punctuation() -> None:
    assert name_key("  Ayşe   Özdemir-de Vries ") == "ayse ozdemir de vries"
    assert name_key("Céline D'Hondt") == "celine d hondt"


def test_a_name_is_found_whatever_its_case_or_accents(world: Any) -> None:
    make_client(organisation=world.org_a, full_name="Ayşe Özdemir")
    make_client(organisation=world.org_a, full_name="Özgür Yildiz")
    pro = world.personas["pro_own"]
    assert _search(pro, zoek="ozdemir") == ["Ayşe Özdemir"]
    assert _search(pro, zoek="AYSE oz") == ["Ayşe Özdemir"]
    assert sorted(_search(pro, zoek="öz")) == ["Ayşe Özdemir", "Özgür Yildiz"]
    # A renamed record is found by its new name, not the old one.
    anna = world.client_record
    response = _as(pro).post(
        reverse("clients:edit", args=[anna.public_id]),
        {
            "full_name": "Anna Çelik",
            "date_of_birth": "",
            "gemeente": "",
            "email": "",
            "phone": "",
            "preferred_language": "nl",
            "client_number": "",
            "version": Client.objects.get(pk=anna.pk).version,
        },
    )
    assert response.status_code == 302
    assert _search(pro, zoek="celik") == ["Anna Çelik"]
    assert _search(pro, zoek="aalbers") == []


def test_a_date_of_birth_or_a_werkpad_number_finds_the_one_client(world: Any) -> None:
    Client.objects.filter(pk=world.client_record.pk).update(date_of_birth=date(1985, 3, 14))
    make_client(organisation=world.org_a, full_name="Anna Anders")
    pro = world.personas["pro_own"]
    assert _search(pro, zoek="14-3-1985") == ["Anna Aalbers"]
    assert _search(pro, zoek="anna 14-03-1985") == ["Anna Aalbers"]
    assert _search(pro, zoek=world.client_record.public_id.lower()) == ["Anna Aalbers"]


def test_nothing_found_says_so_and_offers_to_clear(world: Any) -> None:
    response = _as(world.personas["pro_own"]).get(reverse("clients:list"), {"zoek": "Zwart"})
    page = response.content.decode()
    assert _names(response) == []
    assert "0 cliënten gevonden" in page
    assert "Geen cliënten gevonden die hierbij passen" in page
    assert "Alles wissen" in page


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"zoek": "31-02-1985"}, "zoek", "31-02-1985 is geen bestaande datum"),
        ({"zoek": "x" * 101}, "zoek", "hoogstens 100 tekens"),
        ({"traject": "ips:verzonnen"}, "traject", "Kies een van de mogelijkheden"),
        ({"uitkering": "loterij"}, "uitkering", "Kies een van de mogelijkheden"),
        ({"organisatie": "99999"}, "organisatie", "Kies een van de mogelijkheden"),
        ({"sorteer": "salaris"}, "sorteer", "Kies een van de mogelijkheden"),
    ],
)
def test_a_refused_search_says_why_and_lists_nobody(
    world: Any, params: dict[str, str], field: str, message: str
) -> None:
    before = AccessLogEntry.objects.filter(event_code="client.list").count()
    response = _as(world.personas["pro_own"]).get(reverse("clients:list"), params)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert message in response.content.decode()
    assert "Anna Aalbers" not in response.content.decode()
    assert AccessLogEntry.objects.filter(event_code="client.list").count() == before


def test_filters_by_trajectory_type_phase_and_none(world: Any) -> None:
    make_client(organisation=world.org_a, full_name="Carla Zonder")
    pro = world.personas["pro_own"]
    phase = world.trajectory.phase
    assert _search(pro, traject="ips") == ["Anna Aalbers"]
    assert _search(pro, traject=f"ips:{phase}") == ["Anna Aalbers"]
    assert _search(pro, traject="ips:nazorg") == []
    assert _search(pro, traject="wgb") == []
    assert _search(pro, traject="geen") == ["Carla Zonder"]
    # The organisation filter: B's Bert is not A's to see; A's own records are.
    assert _search(pro, organisatie=world.org_a.pk) == ["Anna Aalbers", "Carla Zonder"]


def test_sorting_by_name_both_ways_newest_and_date_of_birth(world: Any) -> None:
    old = make_client(organisation=world.org_a, full_name="Bea Oud")
    young = make_client(organisation=world.org_a, full_name="Zoë Jong")
    Client.objects.filter(pk=old.pk).update(date_of_birth=date(1950, 1, 1))
    Client.objects.filter(pk=young.pk).update(date_of_birth=date(2000, 1, 1))
    Client.objects.filter(pk=world.client_record.pk).update(date_of_birth=date(1980, 1, 1))
    pro = world.personas["pro_own"]
    assert _search(pro) == ["Anna Aalbers", "Bea Oud", "Zoë Jong"]
    assert _search(pro, sorteer="naam-af") == ["Zoë Jong", "Bea Oud", "Anna Aalbers"]
    assert _search(pro, sorteer="nieuwst")[0] == "Zoë Jong"
    assert _search(pro, sorteer="geboortedatum") == ["Bea Oud", "Anna Aalbers", "Zoë Jong"]


def test_pages_keep_the_search_and_the_log_keeps_no_search_text(world: Any) -> None:
    for i in range(55):
        make_client(organisation=world.org_a, full_name=f"Jansen {i:02d}")
    http = _as(world.personas["pro_own"])
    first = http.get(reverse("clients:list"), {"zoek": "jansen", "sorteer": "naam-af"})
    assert "55 cliënten gevonden" in first.content.decode()
    assert "zoek=jansen&amp;sorteer=naam-af&amp;pagina=2" in first.content.decode()
    second = http.get(
        reverse("clients:list"), {"zoek": "jansen", "sorteer": "naam-af", "pagina": 2}
    )
    assert _names(second) == [f"Jansen {i:02d}" for i in range(4, -1, -1)]
    row = AccessLogEntry.objects.filter(event_code="client.list").latest("id")
    assert row.detail == {"page": 2, "search": True}
    assert "jansen" not in str(row.detail).lower()


def _join_team(world: Any) -> None:
    trajectory_services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=world.personas["pro_other"].memberships.get(),
    )


def _consent(world: Any, *categories: str) -> Consent:
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=timezone.localdate() - timedelta(days=1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.bulk_create(ConsentGrant(consent=consent, category=c) for c in categories)
    return consent


def test_a_filter_reveals_no_more_than_the_record_as_consent_changes(work_world: Any) -> None:
    """Anna's career profile says bijstand. Organisation B's coach finds her by that only while
    on her team with her consent for work data; basic data alone lists her, but not by her
    trajectory until B is on the team, nor by her benefit; after withdrawal not at all."""
    world = work_world
    pro_own, pro_other = world.personas["pro_own"], world.personas["pro_other"]
    assert _search(pro_own, uitkering="bijstand") == ["Anna Aalbers"]
    assert _search(pro_own, uitkering="ww") == []
    assert _search(pro_other, uitkering="bijstand") == []

    basic = _consent(world, "basis")
    assert "Anna Aalbers" in _search(pro_other)
    assert _search(pro_other, traject="ips") == []  # not on her team: the trajectory is not B's
    assert "Anna Aalbers" in _search(pro_other, traject="geen")  # none that B can see

    _join_team(world)
    assert _search(pro_other, traject="ips") == ["Anna Aalbers"]
    assert _search(pro_other, uitkering="bijstand") == []  # the profile is work data

    ConsentGrant.objects.create(consent=basic, category="werk")
    assert _search(pro_other, uitkering="bijstand") == ["Anna Aalbers"]

    consent_withdraw(
        actor=actor_for_user(pro_own), consent=basic, reason="De cliënt wil het niet meer."
    )
    assert _search(pro_other, uitkering="bijstand") == []
    assert _search(pro_other, traject="ips") == []
    assert "Anna Aalbers" not in _search(pro_other)


def test_the_search_runs_the_same_queries_for_1_and_30_results(work_world: Any) -> None:
    http = _as(work_world.personas["pro_own"])
    http.get(reverse("home"))
    params = {"zoek": "aa", "traject": "ips", "uitkering": "bijstand", "sorteer": "naam"}

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = http.get(reverse("clients:list"), params)
        assert response.status_code == 200
        return len(queries)

    one = count()
    assert len(_names(http.get(reverse("clients:list"), params))) == 1
    actor = actor_for_user(work_world.personas["pro_own"])
    for i in range(29):
        client = make_client(organisation=work_world.org_a, full_name=f"Aafke {i}")
        trajectory = trajectory_services.trajectory_start(
            actor=actor, client=client, trajectory_type="ips"
        )
        profile = work_world.profile
        profile.pk = None
        profile.trajectory = trajectory
        profile.save()
    assert len(_names(http.get(reverse("clients:list"), params))) == 30
    assert count() == one
