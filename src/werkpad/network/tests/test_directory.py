"""Who is who in the region (issue 15, item 1): a professional finds the key person for a
topic in a few clicks; each organisation's functioneel beheerder keeps its own entry; an
entry not confirmed for six months is marked as possibly outdated; bad input changes nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.core.forms import StaleEditError
from werkpad.network.models import DirectoryEntry, KeyPerson
from werkpad.network.selectors.directory import DirectoryFilter, directory
from werkpad.network.services.directory import (
    EntryText,
    KeyPersonText,
    directory_entry_confirm,
    directory_entry_save,
    key_person_save,
)
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.testing import make_organisation, make_user

pytestmark = pytest.mark.django_db


def _uwv_with_wgb_key_person() -> tuple[Any, Any]:
    uwv = make_organisation("UWV Utrecht", OrganisationType.UWV)
    admin = make_user(organisation=uwv, role=Role.FUNCTIONEEL_BEHEERDER, mfa=False)
    actor = actor_for_user(admin)
    entry = directory_entry_save(
        actor=actor,
        text=EntryText(description="Uitkeringen en re-integratie.", offerings=("wgb",)),
    )
    key_person_save(
        actor=actor,
        entry=entry,
        text=KeyPersonText(
            topic="wgb",
            name="Ingrid Visser",
            function="arbeidsdeskundige",
            phone="088 898 92 94",
            best_time="di en do ochtend",
        ),
    )
    return uwv, entry


def test_a_professional_finds_the_key_person_for_wgb_at_uwv() -> None:
    _uwv_with_wgb_key_person()
    ggz = make_organisation("GGZ", OrganisationType.GGZ)
    asker = actor_for_user(make_user(organisation=ggz, role=Role.BEHANDELAAR, mfa=False))

    page = directory(
        actor=asker, filter=DirectoryFilter(topic="wgb", organisation_type=OrganisationType.UWV)
    )

    assert [e.organisation.name for e in page.entries] == ["UWV Utrecht"]
    assert [(p.name, p.phone) for p in page.key_persons] == [("Ingrid Visser", "088 898 92 94")]


def test_the_search_page_answers_in_two_clicks(client: Client) -> None:
    _uwv_with_wgb_key_person()
    ggz = make_organisation("GGZ", OrganisationType.GGZ)
    client.force_login(make_user(organisation=ggz, role=Role.BEHANDELAAR))

    html = client.get(reverse("network:directory"), {"onderwerp": "wgb", "soort": "uwv"})
    assert html.status_code == 200
    body = html.content.decode()
    assert "Ingrid Visser" in body and "di en do ochtend" in body
    assert 'href="tel:' in body


def test_another_region_does_not_see_a_regional_entry_but_sees_a_national_one() -> None:
    _uwv, entry = _uwv_with_wgb_key_person()
    elsewhere = make_organisation("GGZ Noord", OrganisationType.GGZ)
    elsewhere.regions.set([ArbeidsmarktRegio.objects.get(code="AM01")])
    far = actor_for_user(make_user(organisation=elsewhere, mfa=False))

    assert directory(actor=far, filter=DirectoryFilter()).entries == []
    DirectoryEntry.objects.filter(pk=entry.pk).update(national=True)
    assert [e.pk for e in directory(actor=far, filter=DirectoryFilter()).entries] == [entry.pk]


def test_only_the_own_beheerder_changes_the_entry() -> None:
    _uwv, entry = _uwv_with_wgb_key_person()
    colleague = make_user(organisation=entry.organisation, role=Role.ARBEIDSDESKUNDIGE, mfa=False)
    other_admin = make_user(
        organisation=make_organisation("Gemeente"), role=Role.FUNCTIONEEL_BEHEERDER, mfa=False
    )
    for user in (colleague, other_admin):
        with pytest.raises(PermissionDenied):
            key_person_save(
                actor=actor_for_user(user),
                entry=entry,
                text=KeyPersonText(topic="ips", name="X", function="Y", phone="0301234567"),
            )
    assert KeyPerson.objects.filter(entry=entry).count() == 1


def test_an_entry_unconfirmed_for_six_months_is_possibly_outdated_until_confirmed() -> None:
    _uwv, entry = _uwv_with_wgb_key_person()
    assert not entry.possibly_outdated
    DirectoryEntry.objects.filter(pk=entry.pk).update(
        confirmed_at=timezone.now() - timedelta(days=200)
    )
    entry.refresh_from_db()
    assert entry.possibly_outdated

    admin = entry.organisation.memberships.get(role=Role.FUNCTIONEEL_BEHEERDER).user
    directory_entry_confirm(actor=actor_for_user(admin), entry=entry)

    assert not entry.possibly_outdated
    assert AccessLogEntry.objects.filter(event_code="network.directory.confirm").count() == 1


def test_a_stale_edit_is_refused_and_changes_nothing() -> None:
    _uwv, entry = _uwv_with_wgb_key_person()
    admin = actor_for_user(entry.organisation.memberships.get().user)
    text = EntryText(description="Nieuwe tekst.", offerings=("wgb",))
    directory_entry_save(actor=admin, text=text, version=entry.version)

    with pytest.raises(StaleEditError):
        directory_entry_save(actor=admin, text=EntryText(description="Oud."), version=1)
    entry.refresh_from_db()
    assert entry.description == "Nieuwe tekst."


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"description": ""}, "description", "Vul dit veld in."),
        ({"phone": "bel me"}, "phone", "Vul een telefoonnummer in"),
        ({"email": "geen-adres"}, "email", "Vul een e-mailadres in"),
        ({"offerings": ["toveren"]}, "offerings", "Kies een van de mogelijkheden"),
        ({"description": "Bel mevrouw op 06-12345678."}, "description", "telefoonnummer"),
    ],
)
def test_bad_input_on_the_entry_is_refused_in_dutch_and_nothing_is_saved(
    client: Client, data: dict[str, Any], field: str, message: str
) -> None:
    org = make_organisation("GGZ")
    client.force_login(make_user(organisation=org, role=Role.FUNCTIONEEL_BEHEERDER))
    form = {"description": "Wij bieden IPS.", "offerings": ["ips"], "phone": "", **data}

    response = client.post(reverse("network:own_entry"), form)

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert not DirectoryEntry.objects.exists()


def test_a_key_person_needs_a_way_to_reach_them() -> None:
    _uwv, entry = _uwv_with_wgb_key_person()
    admin = actor_for_user(entry.organisation.memberships.get().user)
    with pytest.raises(ValidationError, match="telefoonnummer of e-mailadres"):
        key_person_save(
            actor=admin, entry=entry, text=KeyPersonText(topic="ips", name="A", function="B")
        )


def test_the_directory_runs_the_same_queries_for_1_and_15_organisations() -> None:
    viewer = actor_for_user(make_user(organisation=make_organisation("GGZ"), mfa=False))

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            directory(actor=viewer, filter=DirectoryFilter(topic="wgb"))
        return len(queries)

    _uwv_with_wgb_key_person()
    one = count()
    for _ in range(14):
        _uwv_with_wgb_key_person()
    assert count() == one
