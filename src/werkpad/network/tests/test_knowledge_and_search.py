"""The Routekaart knowledge base (issue 15, item 2) and the search in Dutch (item 4): editors
write and edit articles (versions kept), readers mark them helpful or outdated, and one
search finds other word forms ("werkgevers" finds "werkgever", "re-integratie" finds
"reïntegratie") on both databases, only in what the reader may see, with constant queries."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.core.forms import StaleEditError
from werkpad.network.models import Article, ArticleVersion, Editor, Feedback, SearchDocument
from werkpad.network.search import normalise, reindex_all, search
from werkpad.network.services.knowledge import (
    ArticleText,
    article_create,
    article_feedback,
    article_update,
)
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.testing import make_organisation, make_user

pytestmark = pytest.mark.django_db


def _region(code: str = "AM13") -> ArbeidsmarktRegio:
    return ArbeidsmarktRegio.objects.get(code=code)


def _editor(region: ArbeidsmarktRegio | None) -> Any:
    user = make_user(organisation=make_organisation("GGZ"), mfa=False, full_name="Eva Editor")
    Editor.objects.create(user=user, region=region)
    return actor_for_user(user)


def _text(title: str, summary: str, region: Any = None, **kw: Any) -> ArticleText:
    return ArticleText(
        category=kw.pop("category", "werkgevers-en-banen"),
        title=title,
        summary=summary,
        source_title="Samen voor de klant",
        source_date=date(2017, 4, 12),
        region=region,
        **kw,
    )


def test_an_editor_writes_and_edits_and_the_previous_text_is_kept() -> None:
    editor = _editor(_region())
    article = article_create(
        actor=editor, text=_text("Loonkostensubsidie", "Eerste tekst.", _region())
    )
    article_update(
        actor=editor,
        article=article,
        text=_text("Loonkostensubsidie", "Tweede tekst.", _region()),
        version=article.version,
    )

    article.refresh_from_db()
    assert (article.summary, article.version) == ("Tweede tekst.", 2)
    assert list(ArticleVersion.objects.values_list("number", "summary")) == [(1, "Eerste tekst.")]
    with pytest.raises(StaleEditError):
        article_update(actor=editor, article=article, text=_text("X", "Oud.", _region()), version=1)


def test_only_editors_of_the_region_write_there() -> None:
    editor = _editor(_region())
    with pytest.raises(PermissionDenied):  # a regional editor does not write nationally
        article_create(actor=editor, text=_text("Landelijk", "Tekst."))
    colleague = actor_for_user(make_user(organisation=make_organisation("UWV"), mfa=False))
    with pytest.raises(PermissionDenied):
        article_create(actor=colleague, text=_text("Regio", "Tekst.", _region()))
    assert not Article.objects.exists()


def test_the_regiocoordinator_edits_the_regions_articles() -> None:
    gemeente = make_organisation("Gemeente", OrganisationType.GEMEENTE)
    coordinator = make_user(organisation=gemeente, role=Role.REGIOCOORDINATOR, mfa=False)
    article = article_create(
        actor=actor_for_user(coordinator), text=_text("Werkatelier", "Tekst.", _region())
    )
    assert article.editor == coordinator


@pytest.mark.parametrize(
    ("summary", "reason"),
    [
        ("Mevrouw met bsn 111222333 zoekt werk.", "burgerservicenummer"),
        ("Geboren op 3-4-1985, zoekt werk.", "geboortedatum"),
        ("Mail haar op sanne.devries@example.com.", "e-mailadres"),
    ],
)
def test_an_article_that_identifies_a_person_is_refused(summary: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        article_create(actor=_editor(_region()), text=_text("Titel", summary, _region()))
    assert not Article.objects.exists()


def test_a_reader_marks_helpful_once_and_outdated_with_what_changed() -> None:
    article = article_create(actor=_editor(None), text=_text("IPS", "Tekst."))
    reader = actor_for_user(make_user(organisation=make_organisation("UWV"), mfa=False))

    assert article_feedback(actor=reader, article=article, kind=Feedback.HELPFUL)
    assert not article_feedback(actor=reader, article=article, kind=Feedback.HELPFUL)
    with pytest.raises(ValidationError, match="wat er veranderd is"):
        article_feedback(actor=reader, article=article, kind=Feedback.OUTDATED)
    assert article_feedback(
        actor=reader,
        article=article,
        kind=Feedback.OUTDATED,
        note="De regeling is per 2025 anders.",
    )
    assert article.feedback.count() == 2


# --- search ------------------------------------------------------------------------------------
def _search_world() -> tuple[Any, Any]:
    national = _editor(None)
    regional = _editor(_region())
    article_create(
        actor=national,
        text=_text("Werkgever zoekt personeel", "Een werkgever met een sociaal hart."),
    )
    article_create(
        actor=national,
        text=_text("Reïntegratie in Amsterdam", "Hoe de reïntegratie daar loopt."),
    )
    article_create(
        actor=regional,
        text=_text("Werkatelier Midden-Utrecht", "Voor werkgevers in de regio.", _region()),
    )
    reader = actor_for_user(make_user(organisation=make_organisation("UWV"), mfa=False))
    elsewhere = make_organisation("GGZ Noord")
    elsewhere.regions.set([_region("AM01")])
    far = actor_for_user(make_user(organisation=elsewhere, mfa=False))
    return reader, far


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("werkgevers", {"Werkgever zoekt personeel", "Werkatelier Midden-Utrecht"}),
        ("werkgever", {"Werkgever zoekt personeel", "Werkatelier Midden-Utrecht"}),
        ("re-integratie", {"Reïntegratie in Amsterdam"}),
        ("reintegratie", {"Reïntegratie in Amsterdam"}),
        ("REÏNTEGRATIE amsterdam", {"Reïntegratie in Amsterdam"}),
        ("toverstaf", set()),
    ],
)
def test_search_finds_other_dutch_word_forms(query: str, titles: set[str]) -> None:
    reader, _far = _search_world()
    assert {hit.title for hit in search(actor=reader, q=query)} == titles


def test_search_shows_only_what_the_reader_may_see() -> None:
    reader, far = _search_world()
    assert "Werkatelier Midden-Utrecht" in {h.title for h in search(actor=reader, q="werkgevers")}
    assert {h.title for h in search(actor=far, q="werkgevers")} == {"Werkgever zoekt personeel"}
    client_user = make_user(mfa=False)  # a client: no part in the network
    with pytest.raises(PermissionDenied):
        search(actor=actor_for_user(client_user), q="werkgevers")


def test_reindexing_gives_the_same_results() -> None:
    reader, _far = _search_world()
    before = [h.title for h in search(actor=reader, q="werkgever")]
    count = SearchDocument.objects.count()
    assert reindex_all() == count
    assert [h.title for h in search(actor=reader, q="werkgever")] == before


def test_the_search_page_runs_the_same_queries_for_1_and_12_results(client: Client) -> None:
    editor = _editor(None)
    user = make_user(organisation=make_organisation("UWV"))
    client.force_login(user)
    article_create(actor=editor, text=_text("Werkgevers 0", "Over werkgevers."))

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("network:search"), {"q": "werkgevers"})
        assert response.status_code == 200
        return len(queries)

    one = count()
    for n in range(1, 12):
        article_create(actor=editor, text=_text(f"Werkgevers {n}", "Over werkgevers."))
    assert count() == one


def test_a_too_long_search_is_refused_with_the_reason(client: Client) -> None:
    client.force_login(make_user(organisation=make_organisation("UWV")))
    response = client.get(reverse("network:search"), {"q": "werk " * 60})
    assert response.status_code == 400
    assert "hooguit 200 tekens" in response.content.decode()


def test_normalising_closes_hyphens_and_drops_accents() -> None:
    assert normalise("Re-integratie, reïntegratie en Reïntegratie!") == (
        "reintegratie reintegratie en reintegratie"
    )


def test_the_reindex_command_rebuilds_the_index() -> None:
    from io import StringIO

    from django.core.management import call_command

    reader, _far = _search_world()
    SearchDocument.objects.all().delete()
    assert search(actor=reader, q="werkgever") == []
    out = StringIO()
    call_command("reindex_network", stdout=out)
    assert out.getvalue().strip() == "3 documents indexed"
    assert len(search(actor=reader, q="werkgever")) == 2
