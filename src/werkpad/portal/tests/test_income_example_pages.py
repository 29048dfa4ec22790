"""The income page with the client's own amounts (issue 13, item 15), over HTTP: the worked
example per benefit, bad input refused in Dutch with nothing kept, the amounts never stored
or logged; and the question routed to the organisation that decides on the benefit, asking
the client's consent where that organisation may not read it (a sequence: asked, given,
sent, withdrawn, asked again)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.roles import Role
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.organisations.models import OrganisationType
from werkpad.portal.models import Message, Thread
from werkpad.portal.services.messages import professional_reads
from werkpad.testing import make_organisation, make_user
from werkpad.trajectories.models import TeamMember

INCOME = reverse("portal:income")
EXAMPLE = reverse("portal:income_example")
ASK = reverse("portal:income_question")


@pytest.fixture
def anna(world: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(world.personas["client"])
    return http


def _member(world: Any, name: str, kind: str, role: str, *, consent: bool) -> Any:
    organisation = make_organisation(name, kind)
    user = make_user(organisation=organisation, role=role, full_name=f"{role.title()} {name}")
    TeamMember.objects.create(
        trajectory=world.trajectory,
        user=user,
        organisation=organisation,
        role=role,
        started_on=timezone.localdate(),
        added_by=world.personas["pro_own"],
    )
    if consent:
        given = Consent.objects.create(
            client=world.client_record,
            recipient=organisation,
            purpose="ips",
            valid_from=date(2026, 1, 1),
            recorded_by=world.personas["pro_own"],
            recorded_by_organisation=world.org_a,
        )
        for category in ("basis", "reintegratie"):
            ConsentGrant.objects.create(consent=given, category=category)
    return user


def _example(http: HttpClient, benefit: str, **amounts: str) -> Any:
    data = {"uitkering": benefit} | {f"voorbeeld-{k}": v for k, v in amounts.items()}
    return http.post(EXAMPLE, data)


# --- The worked example ---------------------------------------------------------------------
def test_the_page_offers_the_example_for_the_chosen_benefit(world: Any, anna: HttpClient) -> None:
    page = anna.get(INCOME, {"uitkering": "ww"}).content.decode()
    assert 'data-example-form="ww"' in page
    assert 'name="voorbeeld-maandloon"' in page and 'name="voorbeeld-einddatum"' in page
    assert "We bewaren deze bedragen niet." in page
    wajong = anna.get(INCOME, {"uitkering": "wajong"}).content.decode()
    assert "data-example-form" not in wajong  # its rules, no sum


def test_ww_part_time_with_an_end_date(world: Any, anna: HttpClient) -> None:
    ends = timezone.localdate() + timedelta(days=200)
    response = _example(
        anna, "ww", maandloon="2.400", loon="1200,00", periode="later", einddatum=ends.isoformat()
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-example="ww_aanvulling"' in page
    assert "€ 840,00" in page and "€ 2.040,00" in page
    assert "Met alleen je uitkering was dat € 1.680,00" in page
    assert "dus € 360,00 meer" in page
    assert f'data-ww-end="{ends.isoformat()}"' in page
    assert "Werken verandert die datum niet." in page
    assert "https://www.uwv.nl/" in page  # the rule's source, cited beside the sum


def test_bijstand_and_wia_examples(world: Any, anna: HttpClient) -> None:
    bijstand = _example(anna, "bijstand", norm="1400", loon="800", vrijlating="kwart")
    page = bijstand.content.decode()
    assert 'data-example="bijstand_aanvulling"' in page and "(netto)" in page
    assert "€ 1.600,00" in page and "wetten.overheid.nl/BWBR0015703" in page
    wia = _example(
        anna, "wia", maandloon="3000", loon="900", fase="daarna", restverdiencapaciteit="1500"
    )
    page = wia.content.decode()
    assert 'data-example="wga_loonaanvulling"' in page and "€ 1.950,00" in page


@pytest.mark.parametrize(
    ("benefit", "amounts", "message"),
    [
        ("ww", {"maandloon": "veel", "loon": "1200", "periode": "later"}, "Vul een bedrag in euro"),
        ("ww", {"maandloon": "-5", "loon": "1200", "periode": "later"}, "Vul een bedrag in euro"),
        ("ww", {"maandloon": "2400", "loon": "", "periode": "later"}, "Vul een bedrag in."),
        ("ww", {"maandloon": "2400", "loon": "1200"}, "Maak een keuze."),
        (
            "ww",
            {"maandloon": "2400", "loon": "1200", "periode": "later", "einddatum": "2020-01-01"},
            "Deze datum is al voorbij.",
        ),
        ("bijstand", {"norm": "1400", "loon": "800", "vrijlating": "alles"}, "uit de lijst"),
        ("wia", {"maandloon": "3000", "loon": "900", "fase": "daarna"}, "restverdiencapaciteit in"),
        ("ww", {"maandloon": "2400000", "loon": "1", "periode": "later"}, "hoogstens 100.000"),
        ("ww", {"maandloon": "2400", "loon": "0", "periode": "later"}, "meer dan 0 euro"),
        (
            "ww",
            {"maandloon": "2400", "loon": "1200", "periode": "later", "einddatum": "2031-01-01"},
            "WW duurt hoogstens 2 jaar.",
        ),
    ],
    ids=[
        "words",
        "negative",
        "empty",
        "no-choice",
        "past-date",
        "bad-choice",
        "rvc",
        "too-high",
        "no-wage",
        "five-years",
    ],
)
def test_bad_amounts_are_refused_in_dutch_and_nothing_is_kept(
    world: Any, anna: HttpClient, benefit: str, amounts: dict[str, str], message: str
) -> None:
    before = AccessLogEntry.objects.count()
    response = _example(anna, benefit, **amounts)
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert "data-example=" not in page
    assert 'class="utrecht-form-field-error-message"' in page or "error-summary" in page
    # The page read is logged as any income page; nothing else is written.
    assert AccessLogEntry.objects.count() == before + 1


def test_the_amounts_are_not_stored_or_logged(world: Any, anna: HttpClient) -> None:
    _example(anna, "ww", maandloon="2468,13", loon="1357,11", periode="later")
    logged = " ".join(str(e.detail) for e in AccessLogEntry.objects.all())
    assert "2468" not in logged and "1357" not in logged
    assert "2468" not in " ".join(Message.objects.values_list("body", flat=True))


def test_amounts_in_english(world: Any, anna: HttpClient) -> None:
    user = world.personas["client"]
    user.preferred_language = "en"
    user.save(update_fields=["preferred_language"])
    page = _example(anna, "ww", maandloon="2400", loon="1200", periode="later").content.decode()
    assert "€ 2,040.00" in page


def test_the_example_is_for_clients_only(world: Any) -> None:
    http = HttpClient()
    http.force_login(world.personas["pro_own"])
    response = _example(http, "ww", maandloon="2400", loon="1200", periode="later")
    assert response.status_code == 403


# --- Who the question goes to ---------------------------------------------------------------
def test_a_ww_question_goes_to_uwv_before_the_gemeente(world: Any, anna: HttpClient) -> None:
    _member(world, "Gemeente Utrecht", OrganisationType.GEMEENTE, Role.KLANTMANAGER, consent=True)
    uwv = _member(world, "UWV Utrecht", OrganisationType.UWV, Role.ARBEIDSDESKUNDIGE, consent=True)
    page = anna.get(INCOME, {"uitkering": "ww"}).content.decode()
    assert 'data-route="handler"' in page and uwv.full_name in page
    response = anna.post(ASK, {"uitkering": "ww"}, follow=True)
    assert Thread.objects.get().professional == uwv
    assert "(arbeidsdeskundige bij UWV Utrecht)." in response.content.decode()


def test_a_bijstand_question_goes_to_the_gemeente(world: Any, anna: HttpClient) -> None:
    _member(world, "UWV Utrecht", OrganisationType.UWV, Role.ARBEIDSDESKUNDIGE, consent=True)
    kim = _member(
        world, "Gemeente Utrecht", OrganisationType.GEMEENTE, Role.KLANTMANAGER, consent=True
    )
    anna.post(ASK, {"uitkering": "bijstand"})
    assert Thread.objects.get().professional == kim


def test_without_the_deciding_organisation_on_the_team_it_says_so(
    world: Any, anna: HttpClient
) -> None:
    page = anna.get(INCOME, {"uitkering": "wia"}).content.decode()
    assert 'data-route="team"' in page and "Er is niemand van UWV in je team." in page
    anna.post(ASK, {"uitkering": "wia"})
    assert Thread.objects.get().professional == world.personas["pro_own"]


def test_consent_is_asked_given_used_and_withdrawn(world: Any, anna: HttpClient) -> None:
    """The gemeente's klantmanager is on the team, but Anna gave the gemeente no consent: the
    page asks; asking without choosing sends nothing; choosing consent records it (a year,
    re-integration with basic data), sends the question and lets the klantmanager read it;
    withdrawn, the page asks again and a new question does not reach the gemeente."""
    kim = _member(
        world, "Gemeente Utrecht", OrganisationType.GEMEENTE, Role.KLANTMANAGER, consent=False
    )
    page = anna.get(INCOME, {"uitkering": "bijstand"}).content.decode()
    assert 'data-route="consent"' in page
    assert "Geef Gemeente Utrecht toestemming en stuur mijn vraag" in page
    assert 'value="anders"' in page

    refused = anna.post(ASK, {"uitkering": "bijstand"})
    assert refused.status_code == 400
    assert "Gemeente Utrecht mag je vraag nu niet lezen." in refused.content.decode()
    assert (
        not Thread.objects.exists()
        and not Consent.objects.filter(recipient__name="Gemeente Utrecht").exists()
    )

    sent = anna.post(ASK, {"uitkering": "bijstand", "keuze": "toestemming"}, follow=True)
    thread = Thread.objects.get()
    assert thread.professional == kim and professional_reads(thread)
    consent = Consent.objects.get(recipient__name="Gemeente Utrecht")
    assert set(consent.categories) == {"basis", "reintegratie"}
    assert consent.valid_until == timezone.localdate() + timedelta(days=365)
    assert consent.recorded_by == world.personas["client"]
    assert "mag nu je gegevens over re-integratie lezen" in sent.content.decode()
    assert AccessLogEntry.objects.filter(event_code="portal.consent.grant").exists()

    Consent.objects.filter(pk=consent.pk).update(withdrawn_at=timezone.now())
    assert not professional_reads(Thread.objects.get())
    again = anna.get(INCOME, {"uitkering": "bijstand"}).content.decode()
    assert 'data-route="consent"' in again
    anna.post(ASK, {"uitkering": "bijstand", "keuze": "anders"})
    newest = Thread.objects.order_by("-pk").first()
    assert newest is not None and newest.professional == world.personas["pro_own"]
    assert Consent.objects.filter(recipient__name="Gemeente Utrecht").count() == 1


def test_a_made_up_choice_is_refused(world: Any, anna: HttpClient) -> None:
    _member(world, "Gemeente Utrecht", OrganisationType.GEMEENTE, Role.KLANTMANAGER, consent=False)
    response = anna.post(ASK, {"uitkering": "bijstand", "keuze": "iedereen"})
    assert response.status_code == 400
    assert "Kies wie je vraag krijgt." in response.content.decode()
    assert not Thread.objects.exists()
