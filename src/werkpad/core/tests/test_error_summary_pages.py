"""A refused form shows every error at once in one summary at its top (issue 13, item 5),
on real pages: a new client (text fields, a choice), the intake (field errors and the
intake's rules between fields in the same round), the client's pace (groups of radio
buttons), and a WGB referral accepted without duration or reason (the service's rule joins
the form's errors; of the page's two forms only the refused one shows a summary). Each link
goes to an input that is on the page, and the error stays at the field as well."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.organisations.models import Team
from werkpad.testing import ErrorSummary, error_summaries, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import Intake, Trajectory


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _summary(html: str) -> ErrorSummary:
    (summary,) = error_summaries(html)  # exactly one
    return summary


def _targets(summary: ErrorSummary) -> list[str]:
    return [href for href, _text in summary.links]


def _assert_links_reach_inputs(html: str, summary: ErrorSummary) -> None:
    """Every link goes to an input, select or textarea of the page, and that field still shows
    its own error (the summary adds to the inline errors, it does not replace them)."""
    for href, _text in summary.links:
        target = href.removeprefix("#")
        assert re.search(rf'<(input|select|textarea)\b[^>]*\bid="{re.escape(target)}"', html), href
        field_id = re.sub(r"_\d+$", "", target)  # a group's first choice: the group's error
        assert f'id="{field_id}_error"' in html, href


def test_a_refused_new_client_lists_every_field_error(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    url = reverse("clients:create")
    assert error_summaries(http.get(url).content.decode()) == []  # nothing refused yet
    response = http.post(url, {"email": "geen-adres", "phone": "12"})
    assert response.status_code == 400
    html = response.content.decode()
    summary = _summary(html)
    assert summary.heading == "Er is iets niet goed ingevuld"
    assert summary.messages == []
    assert summary.links == [
        ("#id_full_name", "Naam: Vul de naam in."),
        ("#id_email", "E-mailadres: Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
        ("#id_phone", "Telefoonnummer: Vul een telefoonnummer in, zoals 06 12345678."),
        ("#id_preferred_language", "Voorkeurstaal: Dit veld is verplicht."),
    ]
    _assert_links_reach_inputs(html, summary)


def test_the_intake_shows_field_errors_and_its_rules_between_fields_in_one_round(
    world: Any,
) -> None:
    """Work discussed without a wish or its meaning, 'not now' without a date to ask again:
    these rules of the intake used to come only after the empty required fields were filled."""
    url = reverse("trajectories:intake_record", args=[world.client_record.public_id])
    response = _as(world.personas["pro_own"]).post(
        url, {"work_discussed": "ja", "outcome": "niet_nu", "ladder_step": "9"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    summary = _summary(html)
    assert _targets(summary) == [
        "#id_held_on",  # required
        "#id_ladder_step",  # not a step of the ladder
        "#id_benefit_status",  # required
        "#id_work_wish",  # the intake's rule: needed once work is discussed
        "#id_work_meaning",  # the same rule
        "#id_ask_again_on",  # the rule of 'not now'
        "#id_reason",  # required
    ]
    links = dict(summary.links)
    assert links["#id_work_wish"] == (
        "Heeft de cliënt werkwensen?: Vul in of de cliënt werkwensen heeft."
    )
    assert links["#id_ask_again_on"] == (
        "Opnieuw vragen op: Kies een datum na de intake waarop je het opnieuw vraagt."
    )
    _assert_links_reach_inputs(html, summary)
    assert not Intake.objects.exists()


def test_the_pace_form_links_each_group_of_choices_to_its_first_radio_button(
    world: Any,
) -> None:
    http = _as(world.personas["client"])
    response = http.post(reverse("portal:pace"), {"note": "Even rust"})
    assert response.status_code == 400
    html = response.content.decode()
    summary = _summary(html)
    assert summary.links == [
        ("#id_pace_0", "Hoe snel wil je gaan?: Kies hoe snel je wilt gaan."),
        ("#id_need_0", "Wat heb je nu nodig?: Kies wat je nu nodig hebt."),
    ]
    assert re.search(r'<input type="radio" name="pace"[^>]*id="id_pace_0"', html)
    _assert_links_reach_inputs(html, summary)


def test_the_services_rule_joins_the_form_errors_and_only_the_refused_form_shows_it(
    world: Any,
) -> None:
    """A WGB referral accepted without duration and without a reason (the client has no UWV
    benefit): both errors come at once, the reason's from the trajectory service's rule.
    The page also holds the decline form, which shows no summary."""
    team = Team.objects.create(organisation=world.org_a, name="WGB-team A")
    receiver = make_user(organisation=world.org_a, full_name="Ontvanger WGB")
    receiver.memberships.update(team=team)
    referral = services.referral_create(
        actor=actor_for_user(world.personas["pro_own"]),
        client=world.client_record,
        route="wgb",
        to_team=team,
        reason="Werk en behandeling samen",
    )
    http = _as(receiver)
    url = reverse("trajectories:referral", args=[referral.pk])
    response = http.post(url, {"besluit": "accepteren"})
    assert response.status_code == 400
    html = response.content.decode()
    summary = _summary(html)  # one summary: the decline form was not refused
    assert _targets(summary) == ["#id_wgb_months", "#id_wgb_reason"]
    assert (
        "Uit de laatste intake blijkt geen UWV-uitkering" in dict(summary.links)["#id_wgb_reason"]
    )
    _assert_links_reach_inputs(html, summary)
    assert not Trajectory.objects.filter(type="wgb").exists()

    # Declining without a reason: now only the decline form shows its summary.
    html = http.post(url, {"besluit": "afwijzen"}).content.decode()
    assert _targets(_summary(html)) == ["#id_reason"]


def test_a_service_refusal_after_a_valid_form_is_in_the_summary(world: Any) -> None:
    """Starting WGB for a client without a UWV benefit, without duration or reason: the form
    is valid (both are asked only for WGB); the service refuses both fields at once and the
    view puts them on the form, so they are in its summary."""
    url = reverse("trajectories:start", args=[world.client_record.public_id])
    response = _as(world.personas["pro_own"]).post(url, {"trajectory_type": "wgb"})
    assert response.status_code == 400
    html = response.content.decode()
    summary = _summary(html)
    assert _targets(summary) == ["#id_wgb_months", "#id_wgb_reason"]
    _assert_links_reach_inputs(html, summary)
