"""The network search at scale (issue 15, item 4): p50/p95 of the search page's server time
and of the search itself, with N articles and M questions, on whatever DATABASE_URL points at
(SQLite by default), for queries in other word forms than the text.

    DATABASE_URL=... .venv/bin/python bench/search.py --articles 10000 --questions 50000

Builds a throw-away database (like bench/pages.py), so never point it at real data. The data
is invented from the demo's articles and questions, varied per row, reproducible (seed 15).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkpad.settings.demo")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")

import django  # noqa: E402
from benchdb import fresh_database  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

QUERIES = ("werkgevers", "re-integratie", "loonkostensubsidie bijstand", "IPS", "sleutelpersoon")
WORDS = [
    "werkgever",
    "werkgevers",
    "werkplek",
    "jobcoach",
    "proefplaatsing",
    "loonkostensubsidie",
    "bijstand",
    "uitkering",
    "reïntegratie",
    "re-integratie",
    "herstel",
    "behandeling",
    "stigma",
    "openheid",
    "collega",
    "leidinggevende",
    "ervaringsdeskundige",
    "participatie",
    "ladder",
    "werkfit",
    "dagbesteding",
    "scholing",
    "opleiding",
    "regio",
]


def _text(rng: random.Random, base: str, words: int) -> str:
    return base + " " + " ".join(rng.choice(WORDS) for _ in range(words))


def build(articles: int, questions: int) -> None:
    from werkpad.accounts.models import User
    from werkpad.demo.data import network as data
    from werkpad.network.models import Article, Category, DocumentKind, Question, SearchDocument
    from werkpad.network.search import normalise, scope_of, stemmed
    from werkpad.organisations.models import ArbeidsmarktRegio, Organisation

    rng = random.Random(15)  # noqa: S311 - reproducible invented data, not a secret
    regions = list(ArbeidsmarktRegio.objects.all())
    org = Organisation.objects.first()
    editor = User.objects.filter(kind="professional").first()
    assert org is not None and editor is not None
    categories = Category.values
    new_articles = [
        Article(
            category=rng.choice(categories),
            title=f"{spec.title} ({n})",
            summary=_text(rng, spec.summary, 30),
            source_title=spec.source_title,
            source_date=date(2024, 1, 1),
            region=rng.choice([None, *regions]),
            editor=editor,
        )
        for n, spec in ((n, data.ARTICLES[n % len(data.ARTICLES)]) for n in range(articles))
    ]
    Article.objects.bulk_create(new_articles, batch_size=2000)
    new_questions = [
        Question(
            asker=editor,
            organisation=org,
            category=rng.choice(categories),
            region=rng.choice([None, *regions]),
            title=f"{spec.title} ({n})",
            body=_text(rng, spec.body, 40),
        )
        for n, spec in ((n, data.QUESTIONS[n % len(data.QUESTIONS)]) for n in range(questions))
    ]
    Question.objects.bulk_create(new_questions, batch_size=2000)
    docs = [
        SearchDocument(
            kind=kind,
            object_id=obj.pk,
            region_id=obj.region_id,
            title=obj.title,
            text=normalise(f"{obj.title} {body}"),
            stemmed=stemmed(f"{obj.title} {body}"),
            scope=scope_of(obj.region),
        )
        for kind, rows, field in (
            (DocumentKind.ARTICLE, Article.objects.select_related("region"), "summary"),
            (DocumentKind.QUESTION, Question.objects.select_related("region"), "body"),
        )
        for obj in rows.iterator()
        for body in [getattr(obj, field)]
    ]
    # The demo's own articles and questions were indexed by the services: index all anew.
    SearchDocument.objects.filter(kind__in=[DocumentKind.ARTICLE, DocumentKind.QUESTION]).delete()
    SearchDocument.objects.bulk_create(docs, batch_size=2000)


def measure(http: Client, q: str, requests: int) -> tuple[float, float, int]:
    # The page's query count is asserted in the tests (constant in the number of results).
    response = http.get("/netwerk/zoeken/", {"q": q})
    assert response.status_code == 200
    hits = response.content.decode().count("data-hit=")
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        http.get("/netwerk/zoeken/", {"q": q})
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return statistics.median(timings), p95, hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--questions", type=int, default=50000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    from django.core.management import call_command

    from werkpad.accounts.models import User
    from werkpad.network.models import SearchDocument

    fresh_database()
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    start = time.perf_counter()
    build(args.articles, args.questions)
    built = time.perf_counter() - start
    print(
        f"database: {connection.vendor}; {SearchDocument.objects.count()} documents "
        f"({args.articles} articles, {args.questions} questions, built in {built:.0f} s)"
    )
    http = Client()
    http.force_login(User.objects.get(email="arbeidsdeskundige@uwv.demo.example"))
    for q in QUERIES:
        p50, p95, hits = measure(http, q, args.requests)
        print(f"  {q!r:32} hits={hits:2}  p50={p50:6.1f} ms  p95={p95:6.1f} ms")


if __name__ == "__main__":
    main()
