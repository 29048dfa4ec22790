"""Staff terms never reach the client (issue 13, item 17): "loopbaanprofiel", "CORAL",
"face-to-face" and "trede" are the professionals' words; a client reads "werkwensen en cv",
"keuzehulp", "stap" (the cited trial's decision aid keeps its name, CORAL.NL). Every page of
the client's portal without an id in its address, and the client's own PDF of their data, are
read as the client sees them (the visible text, not the markup) with the work world's data on
them: a career profile, a placement, a goal, a meeting."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import URLPattern, reverse

from werkpad.portal import urls as portal_urls

# CORAL.NL, the decision aid of the cited trial, may be named where its result is quoted
# (test_decision_aid_claims); "CORAL" on its own is the professionals' shorthand.
STAFF_TERMS = re.compile(r"\b(loopbaanprofiel\w*|coral(?!\.nl)|face-to-face|treden?)\b", re.I)


class _Text(HTMLParser):
    """The text a reader sees: no tags, no attributes, no script or style."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def _client_pages() -> list[str]:
    """The portal's pages for the client that need no id (the others show the same words)."""
    staff_only = {
        "data_requests",
        "facilitator_groups",
        "group_start",
        "export_pdf",
        "export_json",
    }
    return [
        f"portal:{p.name}"
        for p in portal_urls.urlpatterns
        if isinstance(p, URLPattern)
        and p.name
        and not p.pattern.regex.groups
        and p.name not in staff_only
    ]


@pytest.fixture
def anna(work_world: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(work_world.personas["client"])
    return http


def test_the_reader_sees_text_not_markup() -> None:
    text = visible_text('<p data-coral-result class="x">Een stap</p><script>trede</script>')
    assert text.strip() == "Een stap"
    assert STAFF_TERMS.search("Trede 3 en je loopbaanprofiel")
    assert STAFF_TERMS.search("het CORAL-gesprek") and not STAFF_TERMS.search("CORAL.NL")
    assert not STAFF_TERMS.search("Stap 3 en je werkwensen")


def test_the_pages_are_found() -> None:
    pages = _client_pages()
    assert {"portal:home", "portal:ladder", "portal:pace", "portal:disclosure"} <= set(pages)


@pytest.mark.parametrize("name", _client_pages())
def test_no_staff_term_on_a_client_page(anna: HttpClient, name: str) -> None:
    response = anna.get(reverse(name))
    if response.status_code != 200:  # POST-only, or a step that needs an earlier one
        assert response.status_code in (302, 405), (name, response.status_code)
        return
    found = STAFF_TERMS.findall(visible_text(response.content.decode()))
    assert not found, f"{name} shows {sorted(set(found))}"


def test_no_staff_term_in_the_clients_pdf(
    anna: HttpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []

    def keep(html: str) -> bytes:
        rendered.append(html)
        return b"%PDF-1.7"

    monkeypatch.setattr("werkpad.trajectories.pdf.render_pdf", keep)
    assert anna.get(reverse("portal:export_pdf")).status_code == 200
    [html] = rendered
    assert "werkwensen" in html.lower()  # the career profile is in it, in the client's words
    found = STAFF_TERMS.findall(visible_text(html))
    assert not found, f"the client's PDF shows {sorted(set(found))}"
    # Whose view a ladder step is, in her words (the walk-through found "(professional)").
    assert "(professional)" not in html and "zoals je team het ziet" in html
