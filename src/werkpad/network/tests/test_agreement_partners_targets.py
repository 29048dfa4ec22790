"""The regional agreement's partners and targets (issue 15, item 6): the regiocoördinator
changes what a partner does ("wie doet wat") and its key persons, adds a partner working in
the region, removes one after a confirmation page, and changes or removes a target. Two
people editing the same partner or target never overwrite each other; bad input and text
that identifies a person are refused in Dutch with nothing changed; every change is in the
access log; anyone else is refused (403 in the region, 404 outside it)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.core.forms import StaleEditError
from werkpad.network.models import (
    Agreement,
    AgreementPartner,
    AgreementTarget,
    DirectoryEntry,
    KeyPerson,
)
from werkpad.network.services.agreements import (
    PartnerText,
    TargetText,
    agreement_partner_add,
    agreement_partner_remove,
    agreement_partner_update,
    agreement_target_remove,
    agreement_target_update,
)
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.testing import make_organisation, make_user

pytestmark = pytest.mark.django_db

BSN = "111222333"  # passes the 11-proef


@pytest.fixture
def agreement() -> Agreement:
    gemeente = make_organisation("Gemeente Utrecht", OrganisationType.GEMEENTE)
    keeper = make_user(organisation=gemeente, role=Role.REGIOCOORDINATOR, full_name="Rita Regio")
    return Agreement.objects.create(
        region=ArbeidsmarktRegio.objects.get(code="AM13"),
        kind="samenwerkingsplan",
        title="Samen aan het werk",
        summary="Zorg en werk tegelijk.",
        starts_on=date(2026, 1, 1),
        review_on=date(2027, 1, 1),
        updated_by=keeper,
    )


@pytest.fixture
def ggz() -> Any:
    return make_organisation("GGZ Centraal")


@pytest.fixture
def partner(agreement: Agreement, ggz: Any) -> AgreementPartner:
    return AgreementPartner.objects.create(
        agreement=agreement, organisation=ggz, tasks="Levert IPS-trajectbegeleiders."
    )


@pytest.fixture
def key_persons(ggz: Any) -> list[KeyPerson]:
    entry = DirectoryEntry.objects.create(organisation=ggz, description="GGZ met IPS.")
    return [
        KeyPerson.objects.create(entry=entry, topic="ips", name="Ies Ips", function="IPS-coach"),
        KeyPerson.objects.create(entry=entry, topic="wgb", name="Wim Wgb", function="SPV"),
    ]


@pytest.fixture
def target(agreement: Agreement) -> AgreementTarget:
    return AgreementTarget.objects.create(
        agreement=agreement,
        text="Mensen met autisme aan het werk helpen",
        population="mensen met autisme in de regio",
        percentage=80,
        due_on=date(2028, 1, 1),
    )


def _keeper(agreement: Agreement) -> Any:
    return actor_for_user(agreement.updated_by)


def _events(prefix: str) -> list[str]:
    rows = AccessLogEntry.objects.filter(event_code__startswith=prefix).order_by("pk")
    return list(rows.values_list("event_code", flat=True))


def _target_post(target: AgreementTarget, **changes: Any) -> dict[str, Any]:
    data = {
        "text": target.text,
        "population": target.population,
        "percentage": target.percentage or "",
        "count": target.count or "",
        "due_on": target.due_on.isoformat(),
        "version": target.version,
    }
    data.update(changes)
    return data


# --- A partner: wie doet wat and the key persons ------------------------------------------------
def test_the_coordinator_changes_tasks_and_key_persons(
    client: Client, agreement: Agreement, partner: AgreementPartner, key_persons: list[KeyPerson]
) -> None:
    url = reverse("network:agreement_partner_edit", args=[partner.pk])
    client.force_login(agreement.updated_by)
    page = client.get(url).content.decode()
    assert "Ies Ips, IPS-coach" in page and "Wim Wgb, SPV" in page
    response = client.post(
        url,
        {
            "tasks": "IPS en WGB voor de hele regio.",
            "key_persons": [key_persons[0].pk],
            "version": 1,
        },
    )
    assert response.status_code == 302
    partner.refresh_from_db()
    assert (partner.tasks, partner.version) == ("IPS en WGB voor de hele regio.", 2)
    assert list(agreement.key_persons.all()) == [key_persons[0]]

    # The other key person instead: the first leaves the agreement.
    client.post(url, {"tasks": partner.tasks, "key_persons": [key_persons[1].pk], "version": 2})
    assert list(agreement.key_persons.all()) == [key_persons[1]]
    read = client.get(reverse("network:agreement", args=[agreement.pk])).content.decode()
    assert "IPS en WGB voor de hele regio." in read and "Wim Wgb" in read
    assert _events("network.agreement.partner") == ["network.agreement.partner.update"] * 2
    agreement.refresh_from_db()
    assert agreement.version == 1  # an open form for the agreement's text is not stale


def test_a_partner_without_key_persons_says_where_to_add_them(
    client: Client, agreement: Agreement, partner: AgreementPartner
) -> None:
    client.force_login(agreement.updated_by)
    page = client.get(reverse("network:agreement_partner_edit", args=[partner.pk]))
    assert "GGZ Centraal heeft nog geen sleutelpersonen in wie is wie." in page.content.decode()


def test_another_organisations_key_person_is_refused(
    agreement: Agreement, partner: AgreementPartner
) -> None:
    uwv = make_organisation("UWV Utrecht", OrganisationType.UWV)
    entry = DirectoryEntry.objects.create(organisation=uwv, description="UWV.")
    theirs = KeyPerson.objects.create(entry=entry, topic="wgb", name="Ut Uwv", function="AD")
    text = PartnerText(tasks="Anders.", key_persons=(theirs,))
    with pytest.raises(ValidationError, match="Kies sleutelpersonen van GGZ Centraal zelf"):
        agreement_partner_update(actor=_keeper(agreement), partner=partner, text=text, version=1)
    partner.refresh_from_db()
    assert (partner.tasks, partner.version) == ("Levert IPS-trajectbegeleiders.", 1)
    assert not agreement.key_persons.exists()


def test_a_key_person_not_offered_is_refused_on_the_page(
    client: Client, agreement: Agreement, partner: AgreementPartner, key_persons: list[KeyPerson]
) -> None:
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_partner_edit", args=[partner.pk]),
        {"tasks": "Anders.", "key_persons": ["999999"], "version": 1},
    )
    assert response.status_code == 400
    assert "Kies sleutelpersonen uit de lijst." in response.content.decode()
    partner.refresh_from_db()
    assert partner.tasks == "Levert IPS-trajectbegeleiders."


def test_a_stale_partner_edit_is_refused_and_shows_the_conflict(
    client: Client, agreement: Agreement, partner: AgreementPartner
) -> None:
    agreement_partner_update(
        actor=_keeper(agreement),
        partner=partner,
        text=PartnerText(tasks="Eerst opgeslagen."),
        version=1,
    )
    with pytest.raises(StaleEditError):
        agreement_partner_update(
            actor=_keeper(agreement), partner=partner, text=PartnerText(tasks="X"), version=1
        )
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_partner_edit", args=[partner.pk]),
        {"tasks": "Later, op de oude versie.", "version": 1},
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "Iemand anders heeft dit intussen gewijzigd" in page
    assert "Eerst opgeslagen." in page and "Later, op de oude versie." in page
    partner.refresh_from_db()
    assert (partner.tasks, partner.version) == ("Eerst opgeslagen.", 2)


def test_a_key_person_changed_meanwhile_shows_in_the_conflict_and_is_not_lost(
    client: Client, agreement: Agreement, partner: AgreementPartner, key_persons: list[KeyPerson]
) -> None:
    """A walk-through found a key person ticked in another tab silently undone: the
    comparison showed the tasks only and said the input matched."""
    ies, wim = key_persons
    same_tasks = partner.tasks
    agreement_partner_update(
        actor=_keeper(agreement),
        partner=partner,
        text=PartnerText(tasks=same_tasks, key_persons=(ies,)),
        version=1,
    )
    client.force_login(agreement.updated_by)
    url = reverse("network:agreement_partner_edit", args=[partner.pk])
    response = client.post(url, {"tasks": same_tasks, "key_persons": [wim.pk], "version": 1})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Ies Ips" in page and "Wim Wgb" in page  # saved now beside what was ticked
    assert "is gelijk aan wat er nu staat" not in page
    assert list(agreement.key_persons.all()) == [ies]  # nothing was overwritten


@pytest.mark.parametrize(
    ("tasks", "message"),
    [
        ("", "Vul dit veld in."),
        ("   ", "Vul dit veld in."),
        (f"Belt de cliënt met BSN {BSN}.", "lijkt op een burgerservicenummer"),
        ("Mail jan.jansen@gmail.com voor de intake.", "lijkt op een persoonlijk e-mailadres"),
        ("x" * 1001, "Zorg dat deze waarde niet meer dan 1000 tekens bevat"),
    ],
)
def test_bad_tasks_are_refused_in_dutch(
    client: Client, agreement: Agreement, partner: AgreementPartner, tasks: str, message: str
) -> None:
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_partner_edit", args=[partner.pk]),
        {"tasks": tasks, "version": 1},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    if "lijkt op" in message:
        assert "de regionale afspraak" in page  # the message names the form
    partner.refresh_from_db()
    assert (partner.tasks, partner.version) == ("Levert IPS-trajectbegeleiders.", 1)
    assert not _events("network.agreement.partner")


# --- Adding and removing a partner --------------------------------------------------------------
def test_a_partner_of_the_region_is_added(client: Client, agreement: Agreement) -> None:
    uwv = make_organisation("UWV Utrecht", OrganisationType.UWV)
    client.force_login(agreement.updated_by)
    edit = client.get(reverse("network:agreement_edit", args=[agreement.pk])).content.decode()
    assert "UWV Utrecht" in edit
    response = client.post(
        reverse("network:agreement_partner_add", args=[agreement.pk]),
        {"organisation": uwv.pk, "tasks": "Arbeidsdeskundigen in de WGB-teams."},
    )
    added = AgreementPartner.objects.get(agreement=agreement, organisation=uwv)
    assert response.status_code == 302
    assert response["Location"] == reverse("network:agreement_partner_edit", args=[added.pk])
    assert added.tasks == "Arbeidsdeskundigen in de WGB-teams."
    assert _events("network.agreement.partner") == ["network.agreement.partner.create"]


@pytest.mark.parametrize("who", ["elsewhere", "employer", "already"])
def test_only_an_organisation_of_the_region_joins_once(
    client: Client, agreement: Agreement, partner: AgreementPartner, who: str
) -> None:
    if who == "elsewhere":
        organisation = make_organisation("GGZ Groningen")
        organisation.regions.set([ArbeidsmarktRegio.objects.get(code="AM01")])
        message = "GGZ Groningen werkt niet in Midden-Utrecht."
    elif who == "employer":
        organisation = make_organisation("Bakkerij Brood", OrganisationType.EMPLOYER)
        message = "Bakkerij Brood werkt niet in Midden-Utrecht."
    else:
        organisation = partner.organisation
        message = "GGZ Centraal is al partner in deze afspraak."
    with pytest.raises(ValidationError, match=message):
        agreement_partner_add(
            actor=_keeper(agreement), agreement=agreement, organisation=organisation, tasks="X"
        )
    # On the page the organisation is not offered: a forged choice is refused as well.
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_partner_add", args=[agreement.pk]),
        {"organisation": organisation.pk, "tasks": "Doet mee."},
    )
    assert response.status_code == 400
    assert "Kies een organisatie die in de regio werkt en nog geen partner is." in (
        response.content.decode()
    )
    assert list(agreement.partners.all()) == [partner]
    assert not _events("network.agreement.partner")


def test_adding_refuses_empty_and_identifying_tasks(client: Client, agreement: Agreement) -> None:
    uwv = make_organisation("UWV Utrecht", OrganisationType.UWV)
    client.force_login(agreement.updated_by)
    url = reverse("network:agreement_partner_add", args=[agreement.pk])
    response = client.post(url, {"organisation": uwv.pk, "tasks": ""})
    assert response.status_code == 400
    assert "Vul dit veld in." in response.content.decode()
    response = client.post(url, {"organisation": uwv.pk, "tasks": "Bel 06 12345678 voor Jan."})
    assert response.status_code == 400
    assert "lijkt op een persoonlijk telefoonnummer" in response.content.decode()
    assert not agreement.partners.exists()


def test_a_partner_is_removed_after_confirmation(
    client: Client, agreement: Agreement, partner: AgreementPartner, key_persons: list[KeyPerson]
) -> None:
    other = AgreementPartner.objects.create(
        agreement=agreement, organisation=make_organisation("UWV Utrecht"), tasks="WGB."
    )
    agreement.key_persons.add(*key_persons)
    url = reverse("network:agreement_partner_remove", args=[partner.pk])
    client.force_login(agreement.updated_by)
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Weet je zeker dat GGZ Centraal geen partner meer is in Samen aan het werk?" in (
        confirm.content.decode()
    )
    assert AgreementPartner.objects.filter(pk=partner.pk).exists()  # asking changes nothing
    response = client.post(url)
    assert response.status_code == 302
    assert list(agreement.partners.all()) == [other]
    assert not agreement.key_persons.exists()  # its key persons left with it
    assert KeyPerson.objects.count() == 2  # they stay in who is who
    assert _events("network.agreement.partner") == ["network.agreement.partner.delete"]
    assert client.post(url).status_code == 404  # gone: a second click finds nothing


# --- A target ------------------------------------------------------------------------------------
def test_the_coordinator_changes_a_target(
    client: Client, agreement: Agreement, target: AgreementTarget
) -> None:
    url = reverse("network:agreement_target_edit", args=[target.pk])
    client.force_login(agreement.updated_by)
    assert client.get(url).status_code == 200
    data = _target_post(
        target, text="Meer mensen aan betaald werk", percentage="", count="120", due_on="2029-06-30"
    )
    response = client.post(url, data)
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.text, target.percentage, target.count, target.due_on, target.version) == (
        "Meer mensen aan betaald werk",
        None,
        120,
        date(2029, 6, 30),
        2,
    )
    assert _events("network.agreement.target") == ["network.agreement.target.update"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"percentage": "80", "count": "12"}, "Vul een percentage of een aantal in, niet allebei."),
        ({"percentage": "", "count": ""}, "Vul een percentage of een aantal in."),
        ({"due_on": "01-01-2020"}, "Kies een datum op of na de ingangsdatum van de afspraak"),
        ({"percentage": "120"}, "Een percentage ligt tussen 1 en 100."),
        ({"percentage": "0"}, "Een percentage ligt tussen 1 en 100."),
        ({"percentage": "veel"}, "Vul een heel getal in."),
        ({"percentage": "", "count": "0"}, "Vul een aantal van 1 of meer in."),
        ({"due_on": "morgen"}, "Vul een datum in als 31-12-2026."),
        ({"text": ""}, "Beschrijf het doel."),
        ({"population": ""}, "Zeg voor wie."),
        ({"population": f"cliënt {BSN}"}, "lijkt op een burgerservicenummer"),
        ({"version": ""}, "Dit formulier is niet volledig verstuurd."),
    ],
)
def test_a_bad_target_is_refused_in_dutch(
    client: Client,
    agreement: Agreement,
    target: AgreementTarget,
    changes: dict[str, str],
    message: str,
) -> None:
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_target_edit", args=[target.pk]), _target_post(target, **changes)
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    target.refresh_from_db()
    assert (target.percentage, target.count, target.version) == (80, None, 1)
    assert not _events("network.agreement.target")


def test_a_stale_target_edit_is_refused(
    client: Client, agreement: Agreement, target: AgreementTarget
) -> None:
    first = TargetText(
        text=target.text, population=target.population, due_on=date(2028, 6, 1), percentage=70
    )
    agreement_target_update(actor=_keeper(agreement), target=target, text=first, version=1)
    with pytest.raises(StaleEditError):
        agreement_target_update(actor=_keeper(agreement), target=target, text=first, version=1)
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_target_edit", args=[target.pk]),
        _target_post(target, percentage="90", version=1),
    )
    assert response.status_code == 409
    target.refresh_from_db()
    assert (target.percentage, target.version) == (70, 2)


def test_a_target_is_removed_after_confirmation(
    client: Client, agreement: Agreement, target: AgreementTarget
) -> None:
    url = reverse("network:agreement_target_remove", args=[target.pk])
    client.force_login(agreement.updated_by)
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Weet je zeker dat je dit doel uit de afspraak wilt halen?" in confirm.content.decode()
    assert AgreementTarget.objects.filter(pk=target.pk).exists()
    assert client.post(url).status_code == 302
    assert not agreement.targets.exists()
    assert _events("network.agreement.target") == ["network.agreement.target.delete"]


# --- Who may --------------------------------------------------------------------------------------
def test_others_are_refused(
    client: Client, agreement: Agreement, partner: AgreementPartner, target: AgreementTarget
) -> None:
    """A professional of the region who is not its regiocoördinator: 403; a regiocoördinator
    of another region and a client: 404. Nothing changes."""
    urls = [
        ("get", reverse("network:agreement_partner_edit", args=[partner.pk])),
        ("post", reverse("network:agreement_partner_edit", args=[partner.pk])),
        ("get", reverse("network:agreement_partner_remove", args=[partner.pk])),
        ("post", reverse("network:agreement_partner_remove", args=[partner.pk])),
        ("post", reverse("network:agreement_partner_add", args=[agreement.pk])),
        ("get", reverse("network:agreement_target_edit", args=[target.pk])),
        ("post", reverse("network:agreement_target_edit", args=[target.pk])),
        ("get", reverse("network:agreement_target_remove", args=[target.pk])),
        ("post", reverse("network:agreement_target_remove", args=[target.pk])),
    ]
    teamleider = make_user(organisation=make_organisation("UWV"), role=Role.TEAMLEIDER)
    groningen = make_organisation("Gemeente Groningen", OrganisationType.GEMEENTE)
    groningen.regions.set([ArbeidsmarktRegio.objects.get(code="AM01")])
    elsewhere = make_user(organisation=groningen, role=Role.REGIOCOORDINATOR)
    for user, expected in ((teamleider, 403), (elsewhere, 404), (make_user(), 404)):
        client.force_login(user)
        for method, url in urls:
            data = {"tasks": "Overgenomen.", "version": 1}
            assert getattr(client, method)(url, data).status_code == expected, (user, url)
    with pytest.raises(PermissionDenied):
        agreement_partner_remove(actor=actor_for_user(teamleider), partner=partner)
    with pytest.raises(PermissionDenied):
        agreement_target_remove(actor=actor_for_user(teamleider), target=target)
    partner.refresh_from_db()
    assert partner.tasks == "Levert IPS-trajectbegeleiders."
    assert agreement.targets.filter(pk=target.pk).exists()
    assert not _events("network.agreement.partner") + _events("network.agreement.target")
