"""Walk-through findings on what professionals write in the network (issue 15): the refusal
names the form the text was written on; a key person's other details (function, best
bereikbaar) are checked for client data like every text, the names of the writer's own
caseload included, and nothing is stored; a key person's desk number may be an 0800/0900
number or written "+31 (0)30 …", while the strict phone check elsewhere stays as it was."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.core.phone import is_phone_number
from werkpad.network.forms.directory import KeyPersonForm
from werkpad.network.identifying import Kind, Place, find_identifying
from werkpad.network.models import Article, DirectoryEntry, Editor, KeyPerson
from werkpad.network.services import checks
from werkpad.network.services import directory as directory_services
from werkpad.network.services.checks import refuse_identifying
from werkpad.network.services.knowledge import ArticleText, article_create
from werkpad.organisations.models import ArbeidsmarktRegio

pytestmark = pytest.mark.django_db

BSN = "123456782"  # passes the 11-proef


# --- the message names the form ------------------------------------------------------------
@pytest.mark.parametrize(
    ("place", "words"),
    [
        (Place.QUESTION, "in een vraag of antwoord"),
        (Place.ARTICLE, "in een artikel van de kennisbank"),
        (Place.FEEDBACK, "in een melding over een artikel"),
        (Place.ENTRY, "in de vermelding van je organisatie in wie is wie"),
        (Place.KEY_PERSON, "in de gegevens van een sleutelpersoon"),
        (Place.EVENT, "in een training of bijeenkomst"),
    ],
)
def test_the_refusal_names_the_form_it_is_on(place: Place, words: str) -> None:
    (finding,) = find_identifying(f"BSN {BSN}")
    message = finding.message_on(place)
    assert message.startswith(f"«{BSN}» lijkt op een burgerservicenummer")
    assert f"Zet geen gegevens van cliënten {words}: haal het nummer weg." in message
    if place != Place.QUESTION:
        assert "vraag of antwoord" not in message


def test_every_kind_of_finding_has_a_message_for_every_form() -> None:
    text = f"Sanne de Vries, geb. 3-4-1985, {BSN}, s.devries@voorbeeld.nl, 06-12345678"
    findings = find_identifying(text, names=["Sanne de Vries"], today=date(2026, 6, 1))
    assert {f.kind for f in findings} == set(Kind)
    for finding in findings:
        for place in Place:
            assert "%(" not in finding.message_on(place)


def test_refuse_identifying_says_the_place_per_field() -> None:
    with pytest.raises(ValidationError) as refused:
        refuse_identifying(actor=None, fields={"description": f"BSN {BSN}"}, place=Place.ENTRY)
    [message] = refused.value.message_dict["description"]
    assert "in de vermelding van je organisatie in wie is wie" in message


# --- key persons and the writer's caseload -------------------------------------------------
def _beheerder_with_entry(world: Any) -> tuple[Any, DirectoryEntry]:
    admin = actor_for_user(world.personas["admin_own"])
    entry = directory_services.directory_entry_save(
        actor=admin, text=directory_services.EntryText(description="Wij doen IPS.")
    )
    return admin, entry


def _person(**overrides: str) -> directory_services.KeyPersonText:
    values = {
        "topic": "ips",
        "name": "Kim Sleutel",
        "function": "IPS-trajectbegeleider",
        "phone": "030 210 01 00",
        "best_time": "di en do ochtend",
    }
    return directory_services.KeyPersonText(**{**values, **overrides})


@pytest.mark.parametrize(
    ("field", "text", "kind"),
    [
        ("best_time", "di ochtend; of via s.devries@voorbeeld.nl", "e-mailadres"),
        ("best_time", f"vraag naar dossier {BSN}", "burgerservicenummer"),
        ("function", "begeleidt nu Sanne de Vries", "naam uit je caseload"),
    ],
)
def test_a_key_persons_other_details_are_checked_and_nothing_is_stored(
    world: Any, monkeypatch: pytest.MonkeyPatch, field: str, text: str, kind: str
) -> None:
    admin, entry = _beheerder_with_entry(world)
    # The names of the writer's own caseload are checked too (here: one client).
    monkeypatch.setattr(checks, "caseload_names", lambda actor: ["Sanne de Vries"])
    before = AccessLogEntry.objects.count()
    with pytest.raises(ValidationError) as refused:
        directory_services.key_person_save(actor=admin, entry=entry, text=_person(**{field: text}))
    [message] = refused.value.message_dict[field]
    assert kind in message and "in de gegevens van een sleutelpersoon" in message
    assert not KeyPerson.objects.exists()
    assert AccessLogEntry.objects.count() == before


def test_a_key_persons_own_name_phone_and_email_are_how_to_reach_them(world: Any) -> None:
    admin, entry = _beheerder_with_entry(world)
    person = directory_services.key_person_save(
        actor=admin,
        entry=entry,
        text=_person(email="kim.sleutel@ggz.example", phone="06 12345678"),
    )
    assert (person.name, person.email) == ("Kim Sleutel", "kim.sleutel@ggz.example")


def test_the_key_person_page_shows_the_refusal_on_the_form(world: Any) -> None:
    _beheerder_with_entry(world)
    http = HttpClient()
    http.force_login(world.personas["admin_own"])
    response = http.post(
        "/netwerk/wie-is-wie/sleutelpersoon/",
        {
            "topic": "ips",
            "name": "Kim Sleutel",
            "function": "Trajectbegeleider",
            "phone": "030 210 01 00",
            "best_time": f"bel over {BSN}",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "in de gegevens van een sleutelpersoon" in body
    assert not KeyPerson.objects.exists()


def test_an_article_checks_the_names_of_the_editors_own_caseload(world: Any) -> None:
    """Anna Aalbers is on Pro Eigen's caseload; as an editor, Pro Eigen cannot name her."""
    region = ArbeidsmarktRegio.objects.get(code="AM13")
    Editor.objects.create(user=world.personas["pro_own"], region=region)
    text = ArticleText(
        category="werkgevers-en-banen",
        title="Een werkgever vertelt",
        summary="Anna Aalbers werkt nu bij de bakker.",
        source_title="Eigen ervaring",
        source_date=date(2025, 1, 1),
        region=region,
    )
    with pytest.raises(ValidationError) as refused:
        article_create(actor=actor_for_user(world.personas["pro_own"]), text=text)
    [message] = refused.value.message_dict["summary"]
    assert "naam uit je caseload" in message and "artikel van de kennisbank" in message
    assert not Article.objects.exists()


# --- desk numbers ---------------------------------------------------------------------------
DESK_NUMBERS = [
    "0800 1234",
    "0800-0113",
    "0800 123 4567",
    "0900 8844",
    "0900-123 45 67",
    "0909 1234",
    "088 123 45 67",
    "+31 (0)30 210 01 00",
    "0031 (0)30 210 01 00",
    "(030) 210 01 00",
    "030 210 01 00",
    "+31 30 210 01 00",
]
NOT_NUMBERS = [
    "0800",
    "0800 12",
    "0801 1234",
    "(0)30 210 01 00",
    "+31 (0)(0)30 210 01 00",
    "(030 210 01 00",
    "030 210 01 00 of 06",
    "bel me",
    "12345",
]


@pytest.mark.parametrize("number", DESK_NUMBERS)
def test_a_desk_number_is_accepted(number: str) -> None:
    assert is_phone_number(number, desk=True)


@pytest.mark.parametrize("number", NOT_NUMBERS)
def test_what_is_no_number_is_refused_also_for_a_desk(number: str) -> None:
    assert not is_phone_number(number, desk=True)


@pytest.mark.parametrize("number", ["0800 1234", "0900 8844", "+31 (0)30 210 01 00"])
def test_the_strict_check_elsewhere_stays_as_it_was(number: str) -> None:
    assert not is_phone_number(number)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("0800 1234", "0800 1234"),
        ("0900-123 45 67", "0900-123 45 67"),
        ("+31 (0)30 210 01 00", "+31 30 210 01 00"),
        ("(030) 210 01 00", "(030) 210 01 00"),
    ],
)
def test_the_key_person_form_takes_a_desk_number(typed: str, saved: str) -> None:
    form = KeyPersonForm({"topic": "ips", "name": "Kim", "function": "Balie", "phone": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["phone"] == saved


def test_the_key_person_form_refuses_a_non_number_in_dutch() -> None:
    form = KeyPersonForm({"topic": "ips", "name": "Kim", "function": "Balie", "phone": "0800"})
    assert not form.is_valid()
    assert form.errors["phone"] == [
        "Vul een telefoonnummer in als 030 123 45 67, +31 (0)30 123 45 67 of een 0800- of "
        "0900-nummer als 0800 1234."
    ]


def test_a_saved_desk_number_dials_without_the_trunk_zero(world: Any) -> None:
    admin, entry = _beheerder_with_entry(world)
    form = KeyPersonForm(
        {"topic": "ips", "name": "Kim", "function": "Balie", "phone": "+31 (0)30 210 01 00"}
    )
    assert form.is_valid()
    directory_services.key_person_save(
        actor=admin, entry=entry, text=_person(phone=form.cleaned_data["phone"])
    )
    http = HttpClient()
    http.force_login(world.personas["pro_own"])
    body = http.get(f"/netwerk/wie-is-wie/{entry.pk}/").content.decode()
    assert 'href="tel:+31302100100"' in body
