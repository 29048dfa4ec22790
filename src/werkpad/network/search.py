"""Search in Dutch over the regional network (issue 15, item 4; decision 0044).

Text is normalised the same way when it is indexed and when it is asked for: lower case,
accents dropped ("reïntegratie" → "reintegratie") and a hyphen inside a word closed
("re-integratie" → "reintegratie"), so both spellings meet. Then each database stems it:
PostgreSQL with its ``dutch`` text-search configuration, SQLite with the Snowball Dutch
stemmer (the same algorithm) over an FTS5 index, so "werkgevers" finds "werkgever" on both.
Results are ranked (``ts_rank`` / ``bm25``) and come only from what the reader may see: the
documents of their regions and the national ones. Each result shows an excerpt of its text
with the words that matched, cut in Python from the text as it was written (``body``) on both
databases, so the page needs no query more per result.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer
from django.db import connection
from django.urls import reverse

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require
from werkpad.access.policy.rules.network import regions_readable

from .models import Article, DirectoryEntry, DocumentKind, Question, SearchDocument

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"(?<=\w)-(?=\w)")
MAX_RESULTS = 20
NATIONAL = "nl"


def normalise(text: str) -> str:
    """Lower case, no accents, hyphens inside words closed, one space between words."""
    decomposed = unicodedata.normalize("NFKD", _HYPHENATED.sub("", text.lower()))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    return snowballstemmer.stemmer("dutch")


def stemmed(text: str) -> str:
    return " ".join(_stemmer().stemWords(normalise(text).split()))


# --- indexing ----------------------------------------------------------------------------------
def _store(kind: str, object_id: int, regions: list[Any], title: str, body: str) -> None:
    """One document per region (none: national), replacing what was indexed before."""
    SearchDocument.objects.filter(kind=kind, object_id=object_id).delete()
    readable = " ".join(body.split())
    text = normalise(f"{title} {body}")
    words = stemmed(f"{title} {body}")
    SearchDocument.objects.bulk_create(
        SearchDocument(
            kind=kind,
            object_id=object_id,
            region=region,
            title=title,
            text=text,
            stemmed=words,
            body=readable,
            scope=scope_of(region),
        )
        for region in regions
    )


def scope_of(region: Any) -> str:
    """The word for who finds a document: "nl" (national) or the region's code."""
    return region.code.lower() if region is not None else NATIONAL


def index_article(article: Article) -> None:
    body = f"{article.summary} {article.source_title} {' '.join(article.tag_list)}"
    _store(DocumentKind.ARTICLE, article.pk, [article.region], article.title, body)


def index_question(question: Question) -> None:
    answers = " ".join(question.answers.values_list("body", flat=True))
    body = f"{question.body} {answers}"
    _store(DocumentKind.QUESTION, question.pk, [question.region], question.title, body)


def index_entry(entry: DirectoryEntry) -> None:
    organisation = entry.organisation
    offers = " ".join(str(o.get_offering_display()) for o in entry.offers.all())
    people = " ".join(f"{p.name} {p.function}" for p in entry.key_persons.all())
    body = f"{organisation.get_type_display()} {entry.description} {offers} {people}"
    regions: list[Any] = [None] if entry.national else list(organisation.regions.all())
    _store(DocumentKind.ENTRY, entry.pk, regions, organisation.name, body)


def reindex_all() -> int:
    SearchDocument.objects.all().delete()
    for article in Article.objects.all():
        index_article(article)
    for question in Question.objects.prefetch_related("answers"):
        index_question(question)
    entries = DirectoryEntry.objects.select_related("organisation").prefetch_related(
        "offers", "key_persons", "organisation__regions"
    )
    for entry in entries:
        index_entry(entry)
    return SearchDocument.objects.count()


# --- asking ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """A stretch of an excerpt: a word that matched the search (``match``), or the text
    between. The template escapes both and marks the matches."""

    text: str
    match: bool = False


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    region: str  # the region's name, or "" for national
    excerpt: tuple[Piece, ...] = ()

    @property
    def kind_label(self) -> str:
        return str(DocumentKind(self.kind).label)


_URL_NAMES = {
    DocumentKind.ARTICLE: "network:article",
    DocumentKind.QUESTION: "network:question",
    DocumentKind.ENTRY: "network:entry",
}


def search(*, actor: Actor, q: str, limit: int = MAX_RESULTS) -> list[Hit]:
    """The best documents for ``q`` that the actor may see, best first. Two queries: the
    reader's regions, then the ranked documents of those regions and the nation."""
    require(actor, Action.VIEW_NETWORK)
    words = normalise(q).split()
    if not words:
        return []
    regions = [region for region in regions_readable(actor) if region is not None]
    ids = _ranked_ids(words, regions, limit * 2)
    rows = SearchDocument.objects.filter(pk__in=ids).select_related("region")
    found = {d.pk: d for d in rows}
    hits: list[Hit] = []
    shown: set[tuple[str, int]] = set()
    for pk in ids:
        doc = found[pk]
        if (doc.kind, doc.object_id) in shown:  # one hit per object, also with two regions
            continue
        shown.add((doc.kind, doc.object_id))
        url = reverse(_URL_NAMES[DocumentKind(doc.kind)], args=[doc.object_id])
        region = doc.region.name if doc.region else ""
        hits.append(Hit(doc.kind, doc.title, url, region, excerpt(doc.body, words)))
        if len(hits) == limit:
            break
    return hits


# --- excerpts ----------------------------------------------------------------------------------
EXCERPT_CHARS = 220  # about two lines
_WORDS_BEFORE = 6  # words shown before the first match
_SCANNED_CHARS = 4000  # a match further on shows the start: enough for a long answer thread
_TOKEN = re.compile(r"\w+(?:[-'\u2019]\w+)*")


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return " ".join(_stemmer().stemWords(normalise(word).split()))


def excerpt(body: str, words: list[str], *, length: int = EXCERPT_CHARS) -> tuple[Piece, ...]:
    """About ``length`` characters of ``body`` around the first word that matches one of
    ``words`` (the search, normalised), each match marked; the start of ``body`` when only
    the title matched. A word matches in the same way as the search: normalised and stemmed
    alike ("werkgevers" marks "werkgever", "re-integratie" marks "reïntegratie")."""
    if not body:
        return ()
    wanted = {_stem(word) for word in words}
    tokens = list(_TOKEN.finditer(body, 0, _SCANNED_CHARS))
    first = next((i for i, t in enumerate(tokens) if _stem(t.group()) in wanted), 0)
    start = tokens[max(first - _WORDS_BEFORE, 0)].start() if tokens else 0
    end = min(start + length, len(body))
    window = [t for t in tokens if start <= t.start() and t.end() <= end]
    if end < len(body) and window:  # end at the end of a word, not in the middle of one
        end = window[-1].end()
    pieces: list[Piece] = [Piece("… ")] if start > 0 else []
    at = start
    for token in window:
        if _stem(token.group()) in wanted:
            pieces += [Piece(body[at : token.start()]), Piece(token.group(), match=True)]
            at = token.end()
    pieces.append(Piece(body[at:end]))
    if end < len(body):
        pieces.append(Piece(" …"))
    return tuple(piece for piece in pieces if piece.text)


def _ranked_ids(words: list[str], regions: list[Any], limit: int) -> list[int]:
    if connection.vendor == "postgresql":
        return _ranked_ids_postgresql(words, regions, limit)
    return _ranked_ids_sqlite(words, regions, limit)


def _ranked_ids_postgresql(words: list[str], regions: list[Any], limit: int) -> list[int]:
    """The stored ``dutch`` vector (migration 0002) matched and ranked, in the reader's
    regions and the nation."""
    region_ids = [region.pk for region in regions] or [0]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM network_searchdocument, plainto_tsquery('dutch', %s) AS query "
            "WHERE document @@ query AND (region_id IS NULL OR region_id = ANY(%s)) "
            "ORDER BY ts_rank(document, query) DESC, id LIMIT %s",
            [" ".join(words), region_ids, limit],
        )
        return [row[0] for row in cursor.fetchall()]


def _ranked_ids_sqlite(words: list[str], regions: list[Any], limit: int) -> list[int]:
    """FTS5 with the words (stemmed) and the reader's scopes in one match, so the region is
    filtered inside the index before ``bm25`` ranks. Each word is quoted: only letters and
    digits are left after ``normalise``."""
    terms = " AND ".join(f'"{w}"' for w in _stemmer().stemWords(words))
    scopes = " OR ".join(f'"{scope_of(region)}"' for region in [None, *regions])
    match = f"stemmed : ({terms}) AND scope : ({scopes})"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM network_search_fts WHERE network_search_fts MATCH %s "
            "ORDER BY rank, rowid LIMIT %s",
            [match, limit],
        )
        return [row[0] for row in cursor.fetchall()]
