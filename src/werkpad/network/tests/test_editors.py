"""The editors of a region's knowledge base (issue 15, items 2 and 6): the regiocoördinator
names a professional of an organisation in the region and removes one (after a confirmation
page); the editor's right to edit the region's articles comes and goes with the place, at
once. Anyone else is refused (403 in the region, 404 outside it); bad input changes nothing
and says why in Dutch; both changes are in the access log."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import Action, may
from werkpad.audit.models import AccessLogEntry
from werkpad.network.models import Article, Editor
from werkpad.network.services.editors import editor_add, editor_remove
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.testing import demo_region, make_organisation, make_user

pytestmark = pytest.mark.django_db


def _elsewhere(name: str, org_type: str = OrganisationType.GGZ) -> Any:
    """An organisation that works in Groningen (AM01) only."""
    organisation = make_organisation(name, org_type)
    organisation.regions.set([ArbeidsmarktRegio.objects.get(code="AM01")])
    return organisation


@pytest.fixture
def region() -> ArbeidsmarktRegio:
    return demo_region()


@pytest.fixture
def coordinator(region: ArbeidsmarktRegio) -> Any:
    gemeente = make_organisation("Gemeente Utrecht", OrganisationType.GEMEENTE)
    return make_user(organisation=gemeente, role=Role.REGIOCOORDINATOR, full_name="Rita Regio")


@pytest.fixture
def colleague() -> Any:
    """A professional of a ggz in the region, to be named an editor."""
    return make_user(
        organisation=make_organisation("GGZ Centraal"),
        full_name="Eva Redacteur",
        email="eva@ggzcentraal.test",
    )


@pytest.fixture
def article(region: ArbeidsmarktRegio, coordinator: Any) -> Article:
    return Article.objects.create(
        category="stigma",
        title="Openheid op het werk",
        summary="Wat je wel of niet vertelt, beslis je zelf.",
        source_title="Phrenos",
        source_date=date(2024, 1, 1),
        region=region,
        editor=coordinator,
    )


def _article_post(article: Article, summary: str) -> dict[str, Any]:
    return {
        "category": article.category,
        "title": article.title,
        "summary": summary,
        "source_title": article.source_title,
        "source_url": "",
        "source_date": "2024-01-01",
        "region": article.region_id,
        "tags": "",
        "version": article.version,
    }


def test_named_edits_at_once_and_removed_is_refused_at_once(
    client: Client, coordinator: Any, colleague: Any, article: Article
) -> None:
    """The sequence the issue asks for: named, edits an article, removed, 403."""
    edit_url = reverse("network:article_edit", args=[article.pk])
    client.force_login(colleague)
    assert client.get(edit_url).status_code == 403

    client.force_login(coordinator)
    response = client.post(
        reverse("network:editor_add", args=["AM13"]), {"email": "Eva@GGZCentraal.test "}
    )
    assert response.status_code == 302
    place = Editor.objects.get(user=colleague)
    assert place.region_id == article.region_id
    page = client.get(reverse("network:editors", args=["AM13"])).content.decode()
    assert "Eva Redacteur is nu redacteur van de kennisbank van Midden-Utrecht." in page
    assert "Eva Redacteur" in page and "GGZ Centraal" in page

    client.force_login(colleague)
    assert client.get(edit_url).status_code == 200
    response = client.post(edit_url, _article_post(article, "Bijgewerkt door de redactie."))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.summary == "Bijgewerkt door de redactie."

    client.force_login(coordinator)
    remove_url = reverse("network:editor_remove", args=[place.pk])
    confirm = client.get(remove_url)
    assert confirm.status_code == 200
    assert "Weet je zeker dat Eva Redacteur geen redacteur van Midden-Utrecht meer is?" in (
        confirm.content.decode()
    )
    assert Editor.objects.filter(pk=place.pk).exists()  # asking changes nothing
    response = client.post(remove_url)
    assert response.status_code == 302
    assert response["Location"] == reverse("network:editors", args=["AM13"])
    assert not Editor.objects.filter(user=colleague).exists()

    client.force_login(colleague)
    assert client.get(edit_url).status_code == 403
    response = client.post(edit_url, _article_post(article, "Nog een keer."))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.summary == "Bijgewerkt door de redactie."
    assert not may(actor_for_user(colleague), Action.EDIT_ARTICLE, article)


def test_naming_and_removing_are_in_the_access_log(coordinator: Any, colleague: Any) -> None:
    actor = actor_for_user(coordinator)
    place = editor_add(actor=actor, region=demo_region(), email=colleague.email)
    editor_remove(actor=actor, editor=place)
    events = list(
        AccessLogEntry.objects.filter(event_code__startswith="network.editor")
        .order_by("pk")
        .values_list("event_code", flat=True)
    )
    assert events == ["network.editor.create", "network.editor.delete"]


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("nobody", "Bij de organisaties in Midden-Utrecht werkt geen professional met dit"),
        ("elsewhere", "Bij de organisaties in Midden-Utrecht werkt geen professional met dit"),
        ("employer", "Bij de organisaties in Midden-Utrecht werkt geen professional met dit"),
        ("client", "Bij de organisaties in Midden-Utrecht werkt geen professional met dit"),
        ("inactive", "Bij de organisaties in Midden-Utrecht werkt geen professional met dit"),
        ("already", "Eva Redacteur is al redacteur van Midden-Utrecht."),
        ("not an address", "Vul een e-mailadres in als naam@organisatie.nl."),
        ("empty", "Vul het e-mailadres van je collega in."),
    ],
)
def test_only_a_professional_of_the_region_is_named(
    client: Client, coordinator: Any, colleague: Any, who: str, message: str
) -> None:
    emails = {"nobody": "niemand@nergens.test", "not an address": "eva-at-ggz", "empty": ""}
    if who == "elsewhere":
        user = make_user(organisation=_elsewhere("GGZ Groningen"))
        emails[who] = user.email
    elif who == "employer":
        bakery = make_organisation("Bakkerij Brood", OrganisationType.EMPLOYER)
        emails[who] = make_user(organisation=bakery, role=Role.WERKGEVER_CONTACTPERSOON).email
    elif who == "client":
        emails[who] = make_user(mfa=False).email
    elif who == "inactive":
        user = make_user(organisation=make_organisation("UWV Utrecht"))
        user.memberships.update(is_active=False)
        emails[who] = user.email
    elif who == "already":
        Editor.objects.create(user=colleague, region=demo_region())
        emails[who] = colleague.email
    before = Editor.objects.count()
    client.force_login(coordinator)
    response = client.post(reverse("network:editor_add", args=["AM13"]), {"email": emails[who]})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Editor.objects.count() == before
    assert not AccessLogEntry.objects.filter(event_code="network.editor.create").exists()


def test_the_refusal_does_not_tell_whether_an_address_exists(coordinator: Any) -> None:
    actor = actor_for_user(coordinator)
    outside = make_user(organisation=_elsewhere("GGZ Groningen"))
    messages = []
    for email in ("niemand@nergens.test", outside.email):
        with pytest.raises(ValidationError) as refused:
            editor_add(actor=actor, region=demo_region(), email=email)
        messages.append(refused.value.message_dict["email"])
    assert messages[0] == messages[1]


def test_others_are_refused(client: Client, coordinator: Any, colleague: Any) -> None:
    """A professional of the region who is not its regiocoördinator: 403; a regiocoördinator
    of another region: 404 (the region and its editors are outside their scope); a client
    and an employer have no part in the network."""
    place = Editor.objects.create(user=colleague, region=demo_region())
    page = reverse("network:editors", args=["AM13"])
    add = reverse("network:editor_add", args=["AM13"])
    remove = reverse("network:editor_remove", args=[place.pk])

    teamleider = make_user(organisation=make_organisation("UWV"), role=Role.TEAMLEIDER)
    client.force_login(teamleider)
    assert client.get(page).status_code == 403
    assert client.post(add, {"email": colleague.email}).status_code == 403
    assert client.get(remove).status_code == 403
    assert client.post(remove).status_code == 403

    other = make_user(
        organisation=_elsewhere("Gemeente Groningen", OrganisationType.GEMEENTE),
        role=Role.REGIOCOORDINATOR,
    )
    client.force_login(other)
    assert client.get(page).status_code == 404
    assert client.post(add, {"email": colleague.email}).status_code == 404
    assert client.get(remove).status_code == 404
    assert client.post(remove).status_code == 404
    assert client.get(reverse("network:editors", args=["AM01"])).status_code == 200

    client.force_login(make_user(mfa=False))  # a client
    assert client.get(page).status_code == 403
    assert client.post(remove).status_code == 404

    assert Editor.objects.filter(pk=place.pk).exists()
    with pytest.raises(PermissionDenied):
        editor_remove(actor=actor_for_user(teamleider), editor=place)
    with pytest.raises(PermissionDenied):
        editor_add(actor=actor_for_user(teamleider), region=demo_region(), email="x@y.nl")
    assert Editor.objects.filter(pk=place.pk).exists()


def test_a_national_editor_is_not_kept_here(coordinator: Any, colleague: Any) -> None:
    place = Editor.objects.create(user=colleague, region=None)
    with pytest.raises(PermissionDenied):
        editor_remove(actor=actor_for_user(coordinator), editor=place)


def test_the_knowledge_base_links_the_coordinator_to_the_editors(
    client: Client, coordinator: Any, colleague: Any
) -> None:
    link = reverse("network:editors", args=["AM13"])
    client.force_login(coordinator)
    assert link in client.get(reverse("network:articles")).content.decode()
    client.force_login(colleague)
    assert link not in client.get(reverse("network:articles")).content.decode()


def test_an_unknown_region_code_is_not_found(client: Client, coordinator: Any) -> None:
    client.force_login(coordinator)
    assert client.get(reverse("network:editors", args=["AM99"])).status_code == 404


def test_the_article_form_offers_only_where_the_writer_edits(
    client: Client, region: ArbeidsmarktRegio, colleague: Any, article: Article
) -> None:
    """A walk-through found a regional editor offered "Heel Nederland" by default: saving it
    gave "Geen toegang" and lost the text. Now the form offers only the editor's regions,
    and a choice outside them is a form error that keeps what was typed."""
    Editor.objects.create(user=colleague, region=region)
    client.force_login(colleague)
    url = reverse("network:article_create")
    page = client.get(url).content.decode()
    assert "Heel Nederland" not in page and "Midden-Utrecht" in page
    typed = {**_article_post(article, "Een samenvatting die blijft staan."), "region": ""}
    typed.pop("version")
    response = client.post(url, typed)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Kies een regio uit de lijst." in page
    assert "Een samenvatting die blijft staan." in page
    assert Article.objects.count() == 1  # only the fixture's

    Editor.objects.create(user=colleague, region=None)  # a national editor too: both offered
    page = client.get(url).content.decode()
    assert "Heel Nederland" in page and "Midden-Utrecht" in page
