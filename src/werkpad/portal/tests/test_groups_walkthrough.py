"""Peer groups: the findings of the walk-through of issue 15, item 7, each as the client or
professional meets it. The demo's online group says who sends the link, and the form says
the place is how members find the meeting; a client who no longer hosts, and a professional
who stepped back, get a page that says so (the same 403), a client's 404 speaks to a client;
"who sees your name" fits the group, also after offering to host; offering is explained
before the click, in Dutch words; the cards name a facilitator's role, without brackets in
brackets, and "jij" for the host herself; online groups show in every region and the
headings fit the region chosen; a professional's own groups are listed once; on the host
page the way to stop comes after its explanation, under its own heading."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse

from werkpad.demo.data.network import PEER_GROUPS
from werkpad.demo.data.people import DEMO_USERS
from werkpad.organisations.models import ArbeidsmarktRegio
from werkpad.portal.models import GroupMode, PeerGroup, PeerGroupMembership
from werkpad.portal.tests.peer_groups_kit import as_user, join, main_of
from werkpad.portal.tests.test_client_words import visible_text

STAFF_403 = "Je rol geeft geen toegang"
STAFF_404 = ("gegevens van een cliënt", "toestemming", "functioneel beheerder")
NO_LONGER_HOST = "Je bent geen gastvrouw of gastheer (meer) van deze groep"
NO_LONGER_RUNS = "Je begeleidt deze groep niet (meer)"


def _card(page: str, group: PeerGroup) -> str:
    """The card of ``group`` on a groups page (up to the next card or the list's end)."""
    start = page.index(f'data-group="{group.pk}"')
    end = min(i for i in (page.find("data-group=", start + 1), page.find("</ul>", start)) if i > 0)
    return page[start:end]


def _who_sees(page: str, group: PeerGroup) -> str:
    found = re.search(r"data-who-sees>(.*?)</p>", _card(page, group), re.S)
    assert found is not None, "no 'who sees' text on the card"
    return found.group(1)


def _make_host(by: Any, group: PeerGroup, membership: PeerGroupMembership) -> None:
    response = as_user(by).post(
        reverse("portal:group_appoint_host", args=[group.pk]), {"membership": membership.pk}
    )
    assert response.status_code == 302
    group.refresh_from_db()


# --- 1. Where the link comes from ---------------------------------------------------------
def test_the_demo_online_group_names_who_sends_the_link() -> None:
    """ "Je krijgt de link van Noor", while Noor only started the group: whoever a demo group
    says sends the link, facilitates or hosts it."""
    first_names = {user.email: user.full_name.split()[0] for user in DEMO_USERS}
    for spec in PEER_GROUPS:
        named = re.search(r"link van (\w+)", spec.place)
        if named:
            runners = {first_names[login] for login in (spec.professional, spec.host) if login}
            assert named.group(1) in runners, spec.name
    on_the_way = next(spec for spec in PEER_GROUPS if spec.name == "Op weg naar werk")
    assert "Noor" not in on_the_way.place
    assert "de link van Joost, de begeleider" in on_the_way.place


def test_the_place_field_says_it_is_how_members_find_the_meeting(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any, starter: Any
) -> None:
    help_text = "Hier vinden de deelnemers de bijeenkomst. Komt de groep online samen, zet dan"
    _make_host(jobcoach, group, join(people["anna"], group, volunteer=True))
    host_page = main_of(as_user(people["anna"]).get(reverse("portal:group_host", args=[group.pk])))
    assert help_text in host_page
    assert help_text in main_of(as_user(starter).get(reverse("portal:group_start")))


# --- 2. Pages for who no longer hosts or facilitates -------------------------------------
def test_a_client_who_no_longer_hosts_is_told_so_with_the_way_back(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    anna = join(people["anna"], group, volunteer=True)
    _make_host(jobcoach, group, anna)
    http = as_user(people["anna"])
    assert http.post(reverse("portal:group_host_stop", args=[group.pk])).status_code == 302

    # The back button: the host page, and its buttons, are refused (403) with a page that
    # says what changed, in the client's words.
    for method, name in (("get", "group_host"), ("post", "group_host_stop")):
        response = getattr(http, method)(reverse(f"portal:{name}", args=[group.pk]))
        assert response.status_code == 403, name
        page = main_of(response)
        assert NO_LONGER_HOST in page, name
        assert f'href="{reverse("portal:groups")}"' in page
        assert STAFF_403 not in page and "functioneel beheerder" not in page
    group.refresh_from_db()
    assert group.host_id is None

    # A client on a professional's page: no role talk either.
    response = http.get(reverse("portal:facilitator_group", args=[group.pk]))
    assert response.status_code == 403
    page = main_of(response)
    assert "Deze pagina is niet (meer) voor jou." in page
    assert STAFF_403 not in page and "functioneel beheerder" not in page

    # A professional on the client's host page keeps the usual refusal.
    response = as_user(jobcoach).get(reverse("portal:group_host", args=[group.pk]))
    assert response.status_code == 403
    assert NO_LONGER_HOST not in main_of(response)
    assert STAFF_403 in main_of(response)


def test_a_clients_404_speaks_to_the_client(
    world: Any, group: PeerGroup, people: dict[str, Any]
) -> None:
    """Anna left a group that is now closed: it is out of her sight (404), told in words
    for a client, not the staff's words about consent and teams."""
    join(people["anna"], group)
    http = as_user(people["anna"])
    http.post(reverse("portal:group_leave", args=[group.pk]))
    PeerGroup.objects.filter(pk=group.pk).update(is_open=False)
    response = http.get(reverse("portal:group_host", args=[group.pk]))
    assert response.status_code == 404
    page = main_of(response)
    assert "Deze pagina bestaat niet (meer), of is niet voor jou." in page
    assert f'href="{reverse("portal:home")}"' in page
    for staff in STAFF_404:
        assert staff not in page, staff
    # A professional keeps the staff's wording.
    response = as_user(world.personas["pro_own"]).get(reverse("portal:facilitator_group", args=[0]))
    assert response.status_code == 404
    assert "toestemming van de cliënt" in main_of(response)


def test_a_professional_who_stepped_back_is_told_so(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    _make_host(jobcoach, group, join(people["anna"], group, volunteer=True))
    http = as_user(jobcoach)
    step_back = reverse("portal:group_step_back", args=[group.pk])
    assert http.post(step_back).status_code == 302
    for response in (
        http.get(reverse("portal:facilitator_group", args=[group.pk])),  # the back button
        http.post(step_back),  # a second click
    ):
        assert response.status_code == 403
        page = main_of(response)
        assert NO_LONGER_RUNS in page
        assert f'href="{reverse("portal:facilitator_groups")}"' in page
        assert "data-members" not in page and STAFF_403 not in page
    group.refresh_from_db()
    assert group.facilitator_id is None


# --- 3. Who sees your name, as it is for this group --------------------------------------
def test_who_sees_your_name_fits_the_group(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any, starter: Any
) -> None:
    carla = as_user(people["carla"])
    groups_url = reverse("portal:groups")

    # A facilitator, no host: the facilitator by name; no host is mentioned.
    said = _who_sees(main_of(carla.get(groups_url)), group)
    assert "Joost Coach, de begeleider, ziet je naam en sinds wanneer je meedoet." in said
    assert "gastvrouw" not in said and "gastheer" not in said
    assert "Je dossier ziet niemand van de groep." in said

    # A host and a facilitator: the host by first name, and the facilitator.
    _make_host(jobcoach, group, join(people["anna"], group, volunteer=True))
    said = _who_sees(main_of(carla.get(groups_url)), group)
    assert "Anna, de gastvrouw of gastheer van de groep, ziet je voornaam" in said
    assert "Joost Coach, de begeleider, ziet je naam" in said
    assert "Aalbers" not in said

    # A host and no facilitator: no begeleider.
    assert as_user(jobcoach).post(reverse("portal:group_step_back", args=[group.pk])).status_code
    said = _who_sees(main_of(carla.get(groups_url)), group)
    assert "Anna, de gastvrouw of gastheer van de groep, ziet je voornaam" in said
    assert "begeleider" not in said

    # Neither: nobody in the group; who started it sees only who offers to host.
    as_user(people["anna"]).post(reverse("portal:group_leave", args=[group.pk]))
    said = _who_sees(main_of(carla.get(groups_url)), group)
    assert "Niemand: de groep heeft nog geen gastvrouw of gastheer en geen begeleider." in said
    assert (
        "Herstelacademie Enik, die de groep is gestart, ziet alleen de voornaam van wie "
        "aanbiedt gastvrouw of gastheer te zijn." in said
    )
    # Joining says the same.
    joined = carla.post(reverse("portal:group_join", args=[group.pk]), follow=True)
    assert "Wie ziet dat je meedoet? Niemand: de groep heeft nog geen gastvrouw" in main_of(joined)


def test_after_offering_to_host_the_client_is_told_who_sees_it(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    _make_host(jobcoach, group, join(people["anna"], group, volunteer=True))
    join(people["bert"], group)
    http = as_user(people["bert"])
    response = http.post(
        reverse("portal:group_volunteer", args=[group.pk]), {"offer": "ja"}, follow=True
    )
    page = main_of(response)
    told = (
        "Herstelacademie Enik, die de groep is gestart, ziet je voornaam en kan je gastvrouw "
        "of gastheer maken.",
        "Dat kan ook Joost Coach, de begeleider.",
        "Anna, nu gastvrouw of gastheer, ziet je aanbod ook en kan het aan je doorgeven.",
    )
    message = page[page.index("Dank je wel! Je hebt aangeboden") :]
    offered = re.search(r"data-offered>(.*?)</p>", _card(page, group), re.S)
    assert offered is not None
    for text in told:
        assert text in message, text
        assert text in offered.group(1), text
    assert "Word je gastvrouw of gastheer, dan staat je voornaam bij de groep." in message


# --- 4. Offering to host, explained before the click, in Dutch ---------------------------
def test_offering_to_host_is_explained_before_the_button_without_hosten(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    join(people["bert"], group)
    page = main_of(as_user(people["bert"]).get(reverse("portal:groups")))
    card = _card(page, group)
    explained = card.index("data-hosting-explained")
    assert "Je voornaam staat dan bij de groep" in card[explained:]
    assert explained < card.index("Ik wil gastvrouw of gastheer zijn")
    # The client's pages speak of "gastvrouw of gastheer", not of "hosten".
    anna = join(people["anna"], group, volunteer=True)
    _make_host(jobcoach, group, anna)
    for user, url in (
        (people["bert"], reverse("portal:groups")),
        (people["anna"], reverse("portal:groups")),
        (people["anna"], reverse("portal:group_host", args=[group.pk])),
    ):
        text = visible_text(main_of(as_user(user).get(url)))
        assert not re.search(r"\bhost(en|t)?\b", text, re.I), (url, text)
    # A bad choice is told in the same words.
    response = as_user(people["bert"]).post(reverse("portal:group_volunteer", args=[group.pk]), {})
    assert response.status_code == 400
    assert "Kies of je gastvrouw of gastheer wilt zijn." in response.content.decode()


# --- 5. Labels -----------------------------------------------------------------------------
def test_the_cards_name_the_role_without_brackets_in_brackets_and_jij_for_the_host(
    world: Any, group: PeerGroup, academy: Any, starter: Any, people: dict[str, Any]
) -> None:
    peer_led = PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=starter,
        region=group.region,
        name="Werkcafé",
        theme="Werk en herstel",
        description="Samen.",
        mode=GroupMode.ON_SITE,
        place="Kanaalweg 12, Utrecht",
        schedule="Zaterdag",
    )
    page = main_of(as_user(people["bert"]).get(reverse("portal:groups")))
    assert "Begeleiding: Noor Start, ervaringsdeskundige bij Herstelacademie Enik" in _card(
        page, peer_led
    )
    assert "Begeleiding: Joost Coach, jobcoach bij Werkkracht Re-integratie (demo)" in _card(
        page, group
    )
    assert "professional (" not in page
    assert not re.search(r"\([^()]*\(", visible_text(page))  # no brackets in brackets

    # The host sees "jij" on her own card; another member sees her first name.
    anna = join(people["anna"], peer_led, volunteer=True)
    _make_host(starter, peer_led, anna)
    join(people["bert"], peer_led)
    own = _card(main_of(as_user(people["anna"]).get(reverse("portal:groups"))), peer_led)
    assert "Gastvrouw/gastheer: jij" in own and "Anna (deelnemer)" not in own
    other = _card(main_of(as_user(people["bert"]).get(reverse("portal:groups"))), peer_led)
    assert "Gastvrouw/gastheer: Anna (deelnemer)" in other
    host_page = main_of(
        as_user(people["anna"]).get(reverse("portal:group_host", args=[peer_led.pk]))
    )
    assert "Gastvrouw/gastheer: jij" in host_page


def test_the_facilitator_page_does_not_say_online_twice(
    world: Any, group: PeerGroup, jobcoach: Any
) -> None:
    page = main_of(as_user(jobcoach).get(reverse("portal:facilitator_group", args=[group.pk])))
    assert "Online, via een beveiligde videoverbinding" in page
    assert not re.search(r"online: online", page, re.I)
    PeerGroup.objects.filter(pk=group.pk).update(mode=GroupMode.ON_SITE, place="Buurthuis")
    page = main_of(as_user(jobcoach).get(reverse("portal:facilitator_group", args=[group.pk])))
    assert "Op locatie: Buurthuis" in page


# --- 6 and 7. Regions, headings, and one's own groups once --------------------------------
def test_online_groups_show_in_every_region_and_headings_fit_the_choice(
    world: Any, group: PeerGroup, academy: Any, starter: Any, people: dict[str, Any]
) -> None:
    elsewhere = ArbeidsmarktRegio.objects.exclude(code="AM13").order_by("code").first()
    assert elsewhere is not None
    online_elsewhere = PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=starter,
        region=elsewhere,
        name="Online koffie",
        theme="Herstel",
        description="Samen.",
        mode=GroupMode.ONLINE,
        place="Online",
        schedule="Vrijdag",
    )
    on_site_elsewhere = PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=starter,
        region=elsewhere,
        name="Wandelgroep elders",
        theme="Herstel",
        description="Samen.",
        mode=GroupMode.ON_SITE,
        place="Elders",
        schedule="Vrijdag",
    )
    own_region = main_of(as_user(people["anna"]).get(reverse("portal:groups")))
    assert f'data-group="{online_elsewhere.pk}"' in own_region
    assert f'data-group="{on_site_elsewhere.pk}"' not in own_region
    assert f"regio {elsewhere.name}" in _card(own_region, online_elsewhere)  # says where from

    pro = as_user(world.personas["pro_own"])  # runs no group
    url = reverse("portal:facilitator_groups")
    everywhere = main_of(pro.get(url, {"regio": "alle"}))
    assert "Groepen in alle regio's" in everywhere
    assert "Groepen in de regio" not in everywhere
    region = ArbeidsmarktRegio.objects.get(code="AM13")
    assert f"Groepen in regio {region.name}" in main_of(pro.get(url))


def test_a_professional_sees_their_own_groups_once(
    world: Any, group: PeerGroup, starter: Any, jobcoach: Any
) -> None:
    for user in (starter, jobcoach):
        page = main_of(as_user(user).get(reverse("portal:facilitator_groups"), {"regio": "alle"}))
        assert page.count(f'data-group="{group.pk}"') == 1, user
        running = page[page.index("data-groups") : page.index("data-regional-heading")]
        assert f'data-group="{group.pk}"' in running
        assert "Andere groepen, in alle regio's" in page
        assert "De groepen die je begeleidt of draait, staan hierboven." in page


# --- 8. The host page on a phone: the way to stop after what it means ----------------------
def test_the_host_page_explains_stopping_before_the_button_under_its_own_heading(
    world: Any, group: PeerGroup, people: dict[str, Any], jobcoach: Any
) -> None:
    _make_host(jobcoach, group, join(people["anna"], group, volunteer=True))
    page = main_of(as_user(people["anna"]).get(reverse("portal:group_host", args=[group.pk])))
    heading = page.index("Stoppen als gastvrouw of gastheer</h2>")
    explanation = page.index("Stoppen kan altijd.")
    button = page.index("Ik stop als gastvrouw of gastheer</button>")
    assert heading < explanation < button
    assert page.index("Doorgeven aan een andere deelnemer</h2>") < heading
    assert "Het hosten doorgeven" not in page
