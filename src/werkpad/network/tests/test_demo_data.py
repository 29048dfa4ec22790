"""The regional network's demo content (issue 15) holds together: every Routekaart category has
articles, every source address comes from the domain sources, every person is a demo person,
the full session has a waiting list and the IPS team shows a training gap."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from werkpad.access.roles import Role
from werkpad.demo.data import network
from werkpad.demo.data.network import (
    AGREEMENT,
    ARTICLES,
    DIRECTORY,
    PEER_GROUPS,
    QUESTIONS,
    SESSIONS,
    TRAINING_RECORDS,
    TRAININGS,
    ArticleCategory,
)
from werkpad.demo.data.people import DEMO_USERS, GGZ, IPS_TEAM, ORGANISATIONS, REGION, UWV
from werkpad.portal.models import GroupMode

pytestmark = pytest.mark.db_independent

# Where the demo's sources are: the hosts REFERENCE.md (§1.5, §3, §8) and the seeds cite,
# checked by hand against those files on 2026-12-07. A new source host is a reviewed change.
SOURCE_HOSTS = frozenset(
    {
        "arbeidsdeskundigen.nl",
        "cedris.nl",
        "docplayer.nl",
        "fdocuments.nl",
        "kenniscentrumphrenos.nl",
        "mijn.bsl.nl",
        "techniekpact.nl",
        "wetten.overheid.nl",
        "wspregiozwolle.nl",
        "www.gtb.be",
        "www.kwaliteitsontwikkelingggz.nl",
        "www.movisie.nl",
        "www.noloc.nl",
        "www.oval.nl",
        "www.rijksoverheid.nl",
        "www.samenvoordeklant.nl",
        "www.trimbos.nl",
        "zoek.officielebekendmakingen.nl",
    }
)
# The seed texts that name no address of their own, by their title (seeds 000, 003, 004).
SEED_TITLES = (
    "Begeleiding naar werk voor mensen met psychische kwetsbaarheid",
    "Het belang van werken en ontwikkelen voor herstel van mensen met psychische aandoeningen",
    "Hoe krijgen we psychisch kwetsbare mensen aan het werk?",
)
# Seed 000, word for word.
SEED_000_TARGET = "80% van de mensen met autisme aan het werk helpen"
URL = re.compile(r"https?://[^\s'\")]+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DEMO_DOMAIN = ".demo.example"
DEMO_LOGINS = {user.email for user in DEMO_USERS}


def _strings(value: object) -> Iterator[str]:
    """Every string inside the demo tables: dataclasses, tuples and dicts, all the way down."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


ALL_TABLES = (ARTICLES, DIRECTORY, TRAININGS, SESSIONS, TRAINING_RECORDS, AGREEMENT, QUESTIONS,
              PEER_GROUPS)  # fmt: skip


def _user_references() -> Iterator[tuple[str, str]]:
    """(where, login) for every field that names a Werkpad user."""
    for article in ARTICLES:
        yield f"article {article.title}", article.editor
    for entry in DIRECTORY:
        for person in entry.key_persons:
            if person.user is not None:
                yield f"key person of {entry.organisation}", person.user
    for session in SESSIONS:
        for login in session.registrations:
            yield f"session {session.key}", login
    for record in TRAINING_RECORDS:
        yield f"training record {record.training}", record.user
    for login in AGREEMENT.key_persons:
        yield "agreement", login
    for question in QUESTIONS:
        yield f"question {question.title}", question.asker
        for answer in question.answers:
            yield f"answer to {question.title}", answer.author
    for group in PEER_GROUPS:
        for login in (group.started_by, group.host, group.professional):
            if login is not None:
                yield f"peer group {group.name}", login


def test_every_routekaart_category_has_at_least_three_articles() -> None:
    per_category = Counter(article.category for article in ARTICLES)

    assert [c for c in ArticleCategory if per_category[c] < 3] == []
    assert set(network.CATEGORY_LABELS) == set(ArticleCategory)


def test_every_source_address_is_on_a_host_the_domain_sources_cite() -> None:
    cited = [article.source_url for article in ARTICLES if article.source_url]
    cited += [training.source_url for training in TRAININGS]
    cited += [funding.source_url for funding in AGREEMENT.funding if funding.source_url]

    assert [url for url in cited if urlparse(url).hostname not in SOURCE_HOSTS] == []
    # Every other address in the tables is an invented demo address.
    others = {url for url in URL.findall("\n".join(_strings(ALL_TABLES))) if url not in cited}
    assert [url for url in others if DEMO_DOMAIN not in url.split("/")[2]] == []


def test_an_article_without_an_address_names_a_seed_by_its_title() -> None:
    without_url = [article for article in ARTICLES if not article.source_url]

    assert without_url
    for article in without_url:
        assert article.source_title.rsplit(" (", 1)[0] in SEED_TITLES, article.title


def test_the_agreement_quotes_seed_000_word_for_word() -> None:
    quoted = [target for target in AGREEMENT.targets if target.quote]

    assert [target.percentage for target in quoted] == [80]
    assert quoted[0].quote == SEED_000_TARGET
    assert quoted[0].quote in quoted[0].text


def test_every_person_named_is_a_demo_person() -> None:
    assert [(where, login) for where, login in _user_references() if login not in DEMO_LOGINS] == []


def test_every_other_email_address_is_an_invented_demo_address() -> None:
    addresses = set(EMAIL.findall("\n".join(_strings(ALL_TABLES))))

    assert [a for a in addresses - DEMO_LOGINS if not a.endswith(DEMO_DOMAIN)] == []


def test_a_small_session_is_full_and_has_a_waiting_list() -> None:
    full = [s for s in SESSIONS if len(s.registrations) > s.capacity]

    assert [(s.capacity, len(set(s.registrations))) for s in full] == [(2, 3)]


def test_an_ips_trajectbegeleider_of_the_ips_team_lacks_the_required_training() -> None:
    required = {t.code for t in TRAININGS if Role.IPS_TRAJECTBEGELEIDER in t.required_for}
    followed = {(record.user, record.training) for record in TRAINING_RECORDS}
    coaches = [
        user.email
        for user in DEMO_USERS
        if user.role == Role.IPS_TRAJECTBEGELEIDER and user.team == IPS_TEAM
    ]

    assert required == {network.IPS_BASISTRAINING}
    assert coaches
    assert any((coach, code) not in followed for coach in coaches for code in required)


def test_codes_are_ones_the_engineer_can_store() -> None:
    roles = {role.value for role in Role}
    training_codes = {training.code for training in TRAININGS}
    session_roles = {role for session in SESSIONS for role in session.for_whom}
    training_roles = {r for t in TRAININGS for r in (*t.for_whom, *t.required_for)}

    assert session_roles | training_roles <= roles
    assert {record.training for record in TRAINING_RECORDS} <= training_codes
    assert {s.training for s in SESSIONS if s.training is not None} <= training_codes
    assert {group.mode for group in PEER_GROUPS} <= set(GroupMode.values)
    types = network.EXISTING_ORGANISATION_TYPES | network.NEW_ORGANISATION_TYPES
    assert {entry.type for entry in DIRECTORY} <= types
    assert {o for e in DIRECTORY for o in e.offers} <= network.OFFERINGS
    assert {p.topic for e in DIRECTORY for p in e.key_persons} <= network.OFFERINGS


def test_the_directory_answers_the_issues_example() -> None:
    by_name = {entry.organisation: entry for entry in DIRECTORY}
    uwv_wgb = [p for p in by_name[UWV].key_persons if p.topic == "wgb"]

    assert {name for name, _type in ORGANISATIONS} <= set(by_name)
    assert [p.user for p in uwv_wgb] == [network.AD]
    assert "ips" in {p.topic for p in by_name[GGZ].key_persons}
    assert [e.confirmed_months_ago for e in DIRECTORY if e.confirmed_months_ago > 5] == [8]
    # A key person without an account has a name of their own.
    assert all(p.user or p.name for e in DIRECTORY for p in e.key_persons)


def test_the_helpful_answer_becomes_an_article_and_articles_are_regional_or_national() -> None:
    titles = {article.title for article in ARTICLES}
    turned = [q for q in QUESTIONS if q.article]

    assert [q.article in titles for q in turned] == [True]
    assert any(answer.helpful for answer in turned[0].answers)
    assert 3 <= sum(article.region == REGION for article in ARTICLES) <= 4
    assert [a.title for a in ARTICLES if a.outdated_hint] != []


def test_the_search_demo_finds_different_word_forms() -> None:
    summaries = [article.summary.lower() for article in ARTICLES]

    for form in ("werkgevers", "re-integratie", "reïntegratie"):
        assert any(form in summary for summary in summaries), form
    assert any(re.search(r"\bwerkgever\b", s) and "werkgevers" not in s for s in summaries)


def test_people_sign_up_for_sessions_meant_for_their_role() -> None:
    role_of = {user.email: user.role for user in DEMO_USERS}

    assert [
        (session.key, login)
        for session in SESSIONS
        for login in session.registrations
        if role_of[login] not in session.for_whom
    ] == []


def test_questions_between_professionals_hold_no_client_data() -> None:
    client_names = {user.full_name for user in DEMO_USERS if user.role is None}
    texts = [q.body for q in QUESTIONS] + [a.body for q in QUESTIONS for a in q.answers]

    # No phone, client or file numbers and no dates (a version such as "CORAL 2.0" is fine).
    numbers = re.compile(r"\d{3,}|\d{1,2}[-/]\d{1,2}|\d \d")
    assert [text for text in texts if numbers.search(text)] == []
    assert [(name, text) for name in client_names for text in texts if name in text] == []
