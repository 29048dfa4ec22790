"""Walk-through findings on trainings and werkateliers (issue 15, item 5), by a coach, an
employer and a teamleider:

- the employer's event page: the way back is the employer's own trainings page (not a page
  that is 403 for it), whom its organisation signed up is shown instead of "Meld me aan"
  (also when the employer signed himself up as a manager), "u" throughout, and "Voor wie"
  in words, never a role code;
- a training of more days (Harrie Helpt: two) shows every day, and its calendar file holds
  one VEVENT per day; the organiser plans the later days on the form;
- a full event says what signing up does and how many wait;
- the teamleider's team page keeps "aangemeld" apart from "nog nodig", and a team member who
  followed the training already is not signed up again (a Dutch refusal, nothing changes);
- "Afmelden" asks first (a page with a second button; no script);
- an employer's attempt at a training that is not for employers is refused through the
  policy, so it is in the access log as a denied attempt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.test import Client as HttpClient
from django.utils import timezone
from icalendar import Calendar

from werkpad.audit.models import AccessLogEntry
from werkpad.network import ics
from werkpad.network.models import EventDay, Registration, TrainingRecord
from werkpad.network.selectors import trainings as selectors
from werkpad.network.services import trainings as services

from .test_trainings import Net, audit_rows, build, harrie_event, plan, register

EMPLOYER = "/netwerk/trainingen/werkgever/"


@pytest.fixture
def net(world: Any) -> Net:
    return build(world)


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _text(response: Any) -> str:
    return " ".join(response.content.decode().split())


def _main(response: Any) -> str:
    body = _text(response)
    return body[body.index("<main") : body.index("</main>")]


def _two_days(net: Net, **overrides: Any) -> Any:
    start = timezone.make_aware(datetime(2030, 3, 12, 9, 0))
    day_2 = start + timedelta(days=7)
    return harrie_event(
        net,
        starts_at=start,
        ends_at=start + timedelta(hours=7),
        more_days=((day_2, day_2 + timedelta(hours=7)),),
        audience="",
        **overrides,
    )


def _sign_up(net: Net, event: Any, name: str = "Mila Manager", email: str = "") -> Registration:
    manager = services.Manager(name, email or f"{name.split()[0].lower()}@bakkerij.example")
    return services.registration_create(actor=net.actor(net.employer), event=event, manager=manager)


# --- 3. the employer on an event page ------------------------------------------------------
def test_the_employers_way_back_is_its_own_trainings_page(net: Net) -> None:
    event = harrie_event(net)
    page = _as(net.employer).get(f"/netwerk/trainingen/{event.pk}/")
    main = _main(page)
    assert f'href="{EMPLOYER}" data-back>Trainingen voor leidinggevenden' in main
    assert 'href="/netwerk/trainingen/"' not in main
    assert _as(net.employer).get(EMPLOYER).status_code == 200
    professional = _main(_as(net.iris).get(f"/netwerk/trainingen/{event.pk}/"))
    assert 'href="/netwerk/trainingen/" data-back>Trainingen en werkateliers' in professional


def test_the_employer_sees_whom_it_signed_up_instead_of_meld_me_aan(net: Net) -> None:
    event = harrie_event(net)
    url = f"/netwerk/trainingen/{event.pk}/"
    before = _main(_as(net.employer).get(url))
    assert "Meld me aan" not in before
    assert f'href="{EMPLOYER}?bijeenkomst={event.pk}#aanmelden"' in before
    assert "Leidinggevenden of collega's aanmelden" in before
    # The employer signs himself up as one of the managers (as the demo does): by e-mail.
    _sign_up(net, event, name=net.employer.full_name, email=net.employer.email)
    _sign_up(net, event, name="Mila Manager")
    after = _main(_as(net.employer).get(url))
    assert "Meld me aan" not in after
    assert "U heeft 2 mensen aangemeld:" in after
    assert "Mila Manager" in after and net.employer.full_name in after
    assert "Nog iemand aanmelden" in after


def test_a_professional_signed_up_by_email_sees_it_instead_of_meld_me_aan(net: Net) -> None:
    event = plan(net)
    Registration.objects.create(
        event=event,
        user=None,
        name=net.iris.full_name,
        email=net.iris.email.upper(),
        organisation=net.world.org_a,
        status="registered",
        registered_by=net.iris,
    )
    page = _main(_as(net.iris).get(f"/netwerk/trainingen/{event.pk}/"))
    assert "Meld me aan" not in page and "Je bent aangemeld." in page


def test_the_employer_pages_say_u_and_the_audience_in_words(net: Net) -> None:
    event = harrie_event(net, audience="")
    _sign_up(net, event)
    pages = [
        _main(_as(net.employer).get(EMPLOYER)),
        _main(_as(net.employer).get(f"/netwerk/trainingen/{event.pk}/")),
    ]
    for page in pages:
        assert "werkgever_contactpersoon" not in page and "werkgever-contactpersoon" not in page
        assert "leidinggevenden en collega&#x27;s bij werkgevers" in page
        for je in (" je ", " jij ", " Je ", " jouw ", " je.", "Jij"):
            assert je not in page, je
    assert "Wie u heeft aangemeld" in pages[0] and "Zet in uw agenda" in pages[1]


def test_the_signup_form_starts_with_the_event_the_employer_came_from(net: Net) -> None:
    first, second = harrie_event(net), harrie_event(net, title="Harrie Helpt, voorjaar")
    page = _text(_as(net.employer).get(f"{EMPLOYER}?bijeenkomst={second.pk}"))
    assert f'<option value="{second.pk}" selected>' in page
    assert f'<option value="{first.pk}" selected>' not in page


def test_role_codes_the_organiser_typed_are_said_in_words(net: Net) -> None:
    event = plan(net, audience="ips_trajectbegeleider, klantmanager")
    row = selectors.upcoming_events(actor=net.actor(net.iris))[0]
    assert row.event == event
    assert row.audience == "IPS-trajectbegeleider, klantmanager"


# --- 4. more days ----------------------------------------------------------------------------
def test_every_day_of_a_two_day_training_is_on_its_page_and_in_its_calendar(net: Net) -> None:
    event = _two_days(net)
    assert EventDay.objects.filter(event=event).count() == 1
    page = _main(_as(net.employer).get(f"/netwerk/trainingen/{event.pk}/"))
    assert "2 dagen" in page
    assert "dinsdag 12 maart 2030, van 9.00 tot 16.00 uur" in page
    assert "dinsdag 19 maart 2030, van 9.00 tot 16.00 uur" in page
    response = _as(net.employer).get(f"/netwerk/trainingen/{event.pk}/agenda.ics")
    entries = Calendar.from_ical(response.content).walk("VEVENT")
    assert [e.decoded("DTSTART") for e in entries] == [
        datetime(2030, 3, 12, 8, 0, tzinfo=UTC),
        datetime(2030, 3, 19, 8, 0, tzinfo=UTC),
    ]
    assert [e.decoded("DTEND") for e in entries] == [
        datetime(2030, 3, 12, 15, 0, tzinfo=UTC),
        datetime(2030, 3, 19, 15, 0, tzinfo=UTC),
    ]
    assert [str(e["SUMMARY"]) for e in entries] == [
        "Harrie Helpt, dag 1 (dag 1 van 2)",
        "Harrie Helpt, dag 1 (dag 2 van 2)",
    ]
    uids = [str(e["UID"]) for e in entries]
    assert uids == [ics.event_uid(event), ics.event_uid(event, 2)] and len(set(uids)) == 2
    assert ics.when_text(event).startswith("2 dagen: dinsdag 12 maart 2030")


def test_the_list_shows_both_days_in_the_same_number_of_queries(net: Net) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert _as(net.iris).get("/netwerk/trainingen/").status_code == 200
        return len(captured)

    _two_days(net, title="Eerste")
    one = queries()
    for n in range(5):
        _two_days(net, title=f"Training {n}")
    assert queries() == one


def _form(event: Any = None, **values: str) -> dict[str, str]:
    data = {
        "kind": "training",
        "title": "Harrie Helpt",
        "description": "Twee dagen.",
        "audience": "",
        "region": "",
        "day": "2030-03-12",
        "starts": "09:00",
        "ends": "16:00",
        "place": "Werkgeversservicepunt, Utrecht",
        "online_url": "",
        "capacity": "14",
        **values,
    }
    return data


def test_the_organiser_plans_a_later_day_on_the_form(net: Net) -> None:
    http = _as(net.lead)
    data = _form(training=str(net.harrie.pk), day_2="2030-03-19", ends_2="12:30")
    response = http.post("/netwerk/trainingen/nieuw/", data)
    assert response.status_code == 302
    event = selectors.upcoming_events(actor=net.actor(net.lead))[0].event
    assert [(s.isoformat(), e.isoformat()) for s, e in ics.event_days(event)] == [
        ("2030-03-12T08:00:00+00:00", "2030-03-12T15:00:00+00:00"),
        ("2030-03-19T08:00:00+00:00", "2030-03-19T11:30:00+00:00"),  # its own end time
    ]
    edit = http.get(f"/netwerk/trainingen/{event.pk}/bewerken/")
    assert 'name="day_2" value="2030-03-19"' in _text(edit)


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"day_2": "2030-03-12"}, "day_2", "Kies voor dag 2 een datum na de dag ervoor."),
        ({"day_2": "2030-03-10"}, "day_2", "Kies voor dag 2 een datum na de dag ervoor."),
        ({"starts_2": "10:00"}, "day_2", "Vul de datum van dag 2 in."),
        (
            {"day_2": "2030-03-19", "starts_2": "12:00", "ends_2": "11:00"},
            "ends_2",
            "De eindtijd moet na de begintijd liggen.",
        ),
        (
            {"day_2": "2030-03-19", "day_3": "2030-03-19"},
            "day_3",
            "Kies voor dag 3 een datum na de dag ervoor.",
        ),
    ],
)
def test_a_later_day_that_cannot_be_is_refused_and_nothing_is_saved(
    net: Net, values: dict[str, str], field: str, message: str
) -> None:
    data = _form(training=str(net.harrie.pk), **values)
    response = _as(net.lead).post("/netwerk/trainingen/nieuw/", data)
    assert response.status_code == 400
    assert message in _text(response)
    assert not EventDay.objects.exists()
    assert not selectors.upcoming_events(actor=net.actor(net.lead))


def test_changing_the_days_is_an_edit_like_any_other(net: Net) -> None:
    event = _two_days(net)
    version = selectors.event_version(event)
    day_3 = timezone.make_aware(datetime(2030, 3, 26, 9, 0))
    details = services.EventDetails(
        kind=event.kind,
        training=net.harrie,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.starts_at + timedelta(hours=7),
        capacity=event.capacity,
        place=event.place,
        more_days=(
            (event.starts_at + timedelta(days=7), event.starts_at + timedelta(days=7, hours=7)),
            (day_3, day_3 + timedelta(hours=3)),
        ),
    )
    services.event_update(actor=net.actor(net.lead), event=event, version=version, details=details)
    assert len(ics.event_days(event)) == 3
    assert selectors.event_version(event) != version  # an old form is now a conflict


# --- 5. a full event --------------------------------------------------------------------------
def test_a_full_event_says_what_signing_up_does_and_how_many_wait(net: Net) -> None:
    event = plan(net, capacity=1)
    register(net, net.jan, event)
    card = _main(_as(net.iris).get(f"/netwerk/trainingen/{event.pk}/"))
    assert "Vol</span>: wie zich nu aanmeldt, komt op de wachtlijst <span" in card
    assert "<span data-waiting>(er wacht nog niemand)</span>" in card
    register(net, net.olaf, event)
    card = _main(_as(net.iris).get(f"/netwerk/trainingen/{event.pk}/"))
    assert "<span data-waiting>(er wacht al 1 persoon)</span>" in card
    register(net, net.iris, event)
    card = _main(_as(net.lead).get(f"/netwerk/trainingen/{event.pk}/"))
    assert "<span data-waiting>(er wachten al 2 mensen)</span>" in card
    assert "vol — wachtlijst" not in card


# --- 6. the teamleider's team page -----------------------------------------------------------
def test_the_team_page_keeps_signed_up_apart_from_still_needed(net: Net) -> None:
    event = plan(net, kind="training", training=net.ips, title="IPS basistraining")
    werkatelier = plan(net, title="Werkatelier")
    lead = net.actor(net.lead)
    services.registration_create(actor=lead, event=werkatelier, member=net.membership(net.iris))
    coverage = selectors.team_coverage(actor=lead)
    assert [row.membership.user for row in coverage.still_needed] == [net.iris]
    assert coverage.signed_up == []  # a werkatelier is not the training she needs
    services.registration_create(actor=lead, event=event, member=net.membership(net.iris))
    coverage = selectors.team_coverage(actor=lead)
    assert coverage.still_needed == []
    assert [r.event for r in coverage.signed_up[0].signed_up] == [event]
    page = _main(_as(net.lead).get("/netwerk/trainingen/mijn-team/"))
    needed = page[page.index("Wie heeft nog een training nodig") : page.index("data-coverage")]
    assert "data-still-needed" not in needed
    assert "Wie nog een training nodig heeft, is ervoor aangemeld." in needed
    signed = needed[needed.index("data-signed-up") :]
    assert "Iris de Vries" in signed and "IPS basistraining" in signed
    cell = page[page.index('data-training="ips-basistraining"') :][:200]
    assert "nog nodig, aangemeld" in cell and "werkpad-flag" not in cell


def test_a_team_member_who_followed_the_training_is_not_signed_up_again(net: Net) -> None:
    event = plan(net, kind="training", training=net.ips, title="IPS basistraining")
    lead = net.actor(net.lead)
    services.training_record(
        actor=lead,
        training=net.ips,
        completed_on=timezone.localdate() - timedelta(days=30),
        member=net.membership(net.iris),
    )
    before = audit_rows("network.registration.create")
    with pytest.raises(ValidationError) as refused:
        services.registration_create(actor=lead, event=event, member=net.membership(net.iris))
    [message] = refused.value.messages
    assert message.startswith("Iris de Vries heeft IPS basistraining al gevolgd (op ")
    assert message.endswith("Aanmelden is niet nodig; er is niets veranderd.")
    assert not Registration.objects.exists()
    assert audit_rows("network.registration.create") == before
    # On the page: the same refusal, and the others in the same post are signed up.
    response = _as(net.lead).post(
        "/netwerk/trainingen/mijn-team/aanmelden/",
        {"event": event.pk, "members": [net.membership(net.iris).pk, net.membership(net.jan).pk]},
        follow=True,
    )
    page = _text(response)
    assert "Iris de Vries heeft IPS basistraining al gevolgd" in page
    assert "Jan Jansen is aangemeld voor IPS basistraining." in page
    assert list(Registration.objects.values_list("user", flat=True)) == [net.jan.pk]
    # A werkatelier is no training: anyone may come again.
    werkatelier = plan(net, title="Werkatelier")
    services.registration_create(actor=lead, event=werkatelier, member=net.membership(net.iris))
    assert TrainingRecord.objects.count() == 1


# --- 11. afmelden asks first ------------------------------------------------------------------
def test_afmelden_asks_first_and_changes_nothing_until_confirmed(net: Net) -> None:
    event = plan(net)
    mine = register(net, net.iris, event)
    http = _as(net.iris)
    page = _main(http.get(f"/netwerk/trainingen/{event.pk}/"))
    cancel = f"/netwerk/trainingen/aanmeldingen/{mine.pk}/afmelden/"
    assert f'href="{cancel}" data-cancel-link>Afmelden' in page
    assert "<form" not in page.split("data-my-status")[1].split("</p>")[1][:200]
    ask = http.get(cancel)
    assert ask.status_code == 200
    asked = _main(ask)
    assert "Weet je zeker dat je je wilt afmelden?" in asked
    assert "Ja, afmelden" in asked and "Nee, niet afmelden" in asked
    assert Registration.objects.get().status == "registered"
    done = _text(http.post(cancel, {"next": f"/netwerk/trainingen/{event.pk}/"}, follow=True))
    assert "Je bent afgemeld voor" in done
    assert Registration.objects.get().status == "cancelled"
    again = _main(http.get(cancel))
    assert "Deze aanmelding was al afgemeld." in again and "Ja, afmelden" not in again


def test_the_employer_is_asked_with_u_and_comes_back_to_its_page(net: Net) -> None:
    registration = _sign_up(net, harrie_event(net))
    http = _as(net.employer)
    page = _main(http.get(EMPLOYER))
    cancel = f"/netwerk/trainingen/aanmeldingen/{registration.pk}/afmelden/"
    assert f'href="{cancel}?next=/netwerk/trainingen/werkgever/"' in page
    asked = _main(http.get(f"{cancel}?next={EMPLOYER}"))
    assert "Weet u zeker dat u Mila Manager wilt afmelden?" in asked
    assert f'name="next" value="{EMPLOYER}"' in asked
    response = http.post(cancel, {"next": EMPLOYER})
    assert response["Location"] == EMPLOYER
    assert Registration.objects.get().status == "cancelled"


def test_a_next_to_another_site_is_not_followed(net: Net) -> None:
    mine = register(net, net.iris, plan(net))
    cancel = f"/netwerk/trainingen/aanmeldingen/{mine.pk}/afmelden/"
    asked = _main(_as(net.iris).get(f"{cancel}?next=https://evil.example/"))
    assert "evil.example" not in asked


# --- 12. the employer's refusal is logged ----------------------------------------------------
def test_the_employers_attempt_at_another_training_is_a_logged_denial(net: Net) -> None:
    werkatelier = plan(net)
    manager = services.Manager("Mila Manager", "mila@bakkerij.example")
    with pytest.raises(Http404):
        services.registration_create(
            actor=net.actor(net.employer), event=werkatelier, manager=manager
        )
    row = AccessLogEntry.objects.get(event_code="denied.register_for_event")
    assert (row.user_id, row.outcome, row.object_id) == (
        net.employer.pk,
        "denied",
        str(werkatelier.pk),
    )
    assert not Registration.objects.exists()
    # Over HTTP the same: not there for the employer, and logged.
    response = _as(net.employer).post(f"/netwerk/trainingen/{werkatelier.pk}/aanmelden/")
    assert response.status_code == 404
    assert AccessLogEntry.objects.filter(event_code="denied.register_for_event").count() == 2


# --- 1. what an organiser writes is checked, and the refusal names the form ---------------------
def test_an_event_that_identifies_a_person_is_refused_naming_the_form(net: Net) -> None:
    data = _form(kind="werkatelier", description="Bel Sanne op 06-12345678 als je komt.")
    response = _as(net.lead).post("/netwerk/trainingen/nieuw/", data)
    assert response.status_code == 400
    page = _text(response)
    assert "«06-12345678» lijkt op een persoonlijk telefoonnummer" in page
    assert "Zet geen gegevens van cliënten in een training of bijeenkomst" in page
    assert not selectors.upcoming_events(actor=net.actor(net.lead))
    event = plan(net)
    with pytest.raises(ValidationError) as refused:
        services.event_cancel(
            actor=net.actor(net.lead), event=event, reason="Mail j.jansen@voorbeeld.nl"
        )
    assert "in een training of bijeenkomst" in refused.value.message_dict["reason"][0]
    event.refresh_from_db()
    assert event.cancelled_at is None
