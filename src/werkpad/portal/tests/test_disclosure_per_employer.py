"""The disclosure choice is made per employer (issue 11, item 7): when a placement with a new
employer starts, that employer sees nothing until the worker chose for them, and the portal's
start page asks; a choice for one employer is never shown to another; a former employer can
no longer be chosen for; choices made before this change stay with the employers the client
worked for then."""

from __future__ import annotations

import importlib
from decimal import Decimal
from typing import Any

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.employment import services
from werkpad.employment.models import Employer, Placement
from werkpad.organisations.models import Gemeente, OrganisationType, Role
from werkpad.portal.models import EmployerDisclosure
from werkpad.portal.selectors.disclosure import employer_choice_for_team
from werkpad.portal.services.disclosure import employer_disclosure_choose
from werkpad.testing import make_organisation, make_user

NOTHING = "De medewerker heeft (nog) niets gedeeld over de gezondheid."
THAT = "De medewerker wil dat u weet dat er sprake is van een psychische kwetsbaarheid."
NEEDS = "Vaste begintijd en een rustige plek."
PROMPT = "Je hebt werk bij een nieuwe werkgever. Die ziet nu niets over je gezondheid."


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def choose(world: Any, employer: Employer, **choice: Any) -> EmployerDisclosure:
    values: dict[str, Any] = {
        "condition": "niets",
        "condition_text": "",
        "share_needs": False,
        "needs_text": "",
        **choice,
    }
    return employer_disclosure_choose(
        actor=actor_for_user(world.personas["client"]),
        client=world.client_record,
        employer=employer,
        **values,
    )


def second_job(world: Any) -> tuple[Employer, Placement, Any]:
    """Anna starts a second job, at Fietsenmaker Fiets, whose contact person logs in."""
    pro = actor_for_user(world.personas["pro_own"])
    account = make_organisation("Fietsenmaker (werkgever)", OrganisationType.EMPLOYER)
    boss = make_user(organisation=account, role=Role.WERKGEVER_CONTACTPERSOON, full_name="Fiets")
    employer = services.employer_create(
        actor=pro,
        details=services.EmployerDetails(
            name="Fietsenmaker Fiets", sector="horeca", gemeente=Gemeente.objects.get(code="GM0344")
        ),
    )
    Employer.objects.filter(pk=employer.pk).update(account=account)
    employer.refresh_from_db()
    placement = services.placement_record(
        actor=pro,
        trajectory=world.trajectory,
        details=services.PlacementDetails(
            employer=employer,
            job_title="Fietsenmaker",
            work_type="regulier",
            start_on=timezone.localdate(),
            hours_per_week=Decimal("8"),
            hourly_wage=Decimal("15.00"),
            contract_type="tijdelijk",
        ),
    )
    return employer, placement, boss


def employer_sees(http: HttpClient, placement: Placement) -> str:
    url = reverse("employment:employer_placement", args=[placement.pk])
    return http.get(url).content.decode()


def test_a_new_employer_sees_nothing_until_the_worker_chose_for_them(work_world: Any) -> None:
    choose(work_world, work_world.employer, condition="dat", share_needs=True, needs_text=NEEDS)
    employer, placement, boss = second_job(work_world)
    new_boss = as_user(boss)
    html = employer_sees(new_boss, placement)
    assert NOTHING in html and THAT not in html and NEEDS not in html
    [api] = new_boss.get(reverse("api:employer_placements")).json()
    assert api["shared"] == {"health": "niets", "health_text": "", "needs_text": ""}
    assert not visible_to(actor_for_user(boss), EmployerDisclosure.objects.all()).exists()
    assert not AccessLogEntry.objects.filter(
        event_code="employer_portal.disclosure.read", user_id=boss.pk
    ).exists()
    # The first employer keeps the choice made for it.
    assert THAT in employer_sees(as_user(work_world.personas["employer"]), work_world.placement)

    # Now she chooses for the new employer: it sees that choice, the first one is unchanged.
    choose(work_world, employer, condition="niets", share_needs=True, needs_text="Niet 's avonds.")
    html = employer_sees(new_boss, placement)
    assert "Niet &#x27;s avonds." in html and THAT not in html and NEEDS not in html
    first = employer_sees(as_user(work_world.personas["employer"]), work_world.placement)
    assert THAT in first and NEEDS in first and "avonds" not in first


def test_the_start_page_asks_for_each_employer_without_a_choice(work_world: Any) -> None:
    anna = as_user(work_world.personas["client"])
    home = reverse("portal:home")
    html = anna.get(home).content.decode()
    assert PROMPT in html and "Kies wat Bakkerij Brood mag zien" in html
    choose(work_world, work_world.employer, condition="dat")
    assert PROMPT not in anna.get(home).content.decode()
    employer, _placement, _boss = second_job(work_world)
    html = anna.get(home).content.decode()
    assert PROMPT in html
    assert reverse("portal:disclosure_employer", args=[employer.pk]) in html
    assert "Kies wat Bakkerij Brood mag zien" not in html
    row = AccessLogEntry.objects.filter(event_code="portal.disclosure.employer.waiting_read")
    assert row.filter(client_pid=work_world.client_record.public_id).exists()


def test_the_list_page_shows_what_each_employer_sees(work_world: Any) -> None:
    choose(work_world, work_world.employer, condition="dat")
    employer, _placement, _boss = second_job(work_world)
    html = as_user(work_world.personas["client"]).get(reverse("portal:disclosure_employers"))
    body = html.content.decode()
    bakkerij = body.split(f'data-employer="{work_world.employer.pk}"', 1)[1].split("</li>", 1)[0]
    fiets = body.split(f'data-employer="{employer.pk}"', 1)[1].split("</li>", 1)[0]
    assert "alleen dat je een psychische kwetsbaarheid hebt" in bakkerij
    assert "niets over je gezondheid" in fiets and "Kies nu wat deze werkgever mag zien" in fiets


def test_a_former_employer_cannot_be_chosen_for(work_world: Any) -> None:
    Placement.objects.filter(pk=work_world.placement.pk).update(ended_on=timezone.localdate())
    anna = as_user(work_world.personas["client"])
    url = reverse("portal:disclosure_employer", args=[work_world.employer.pk])
    assert anna.get(url).status_code == 404
    assert anna.post(url, {"condition": "dat", "go": "save"}).status_code == 404
    with pytest.raises(ValidationError):
        choose(work_world, work_world.employer, condition="dat")
    assert not EmployerDisclosure.objects.exists()


def test_the_team_sees_the_choice_for_the_placements_own_employer(work_world: Any) -> None:
    choose(work_world, work_world.employer, condition="dat")
    _employer, placement, _boss = second_job(work_world)
    coach = actor_for_user(work_world.personas["pro_own"])
    first = employer_choice_for_team(actor=coach, placement=work_world.placement)
    assert first is not None and first.health == "dat"
    assert employer_choice_for_team(actor=coach, placement=placement) is None


def test_choices_made_before_the_change_stay_with_the_employers_of_that_time(
    work_world: Any,
) -> None:
    employer, placement, _boss = second_job(work_world)
    Placement.objects.filter(pk=placement.pk).update(ended_on=timezone.localdate())
    legacy = EmployerDisclosure.objects.create(
        client=work_world.client_record, condition="dat", created_by=work_world.personas["client"]
    )
    migration = importlib.import_module("werkpad.portal.migrations.0003_disclosure_per_employer")
    migration.per_employer(apps, None)
    copies = EmployerDisclosure.objects.exclude(pk=legacy.pk)
    # One copy, for the employer of the running placement; none for the ended one.
    assert [(c.employer_id, c.condition, c.created_at) for c in copies] == [
        (work_world.employer.pk, "dat", legacy.created_at)
    ]
    assert not copies.filter(employer=employer).exists()
    assert THAT in employer_sees(as_user(work_world.personas["employer"]), work_world.placement)
