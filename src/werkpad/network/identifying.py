"""Refusing text that identifies a person in what professionals write in the regional network.

Professionals ask each other questions across organisations (issue 15, after the "Many" app),
and no client data may go in them, nor in articles, directory entries, key persons' details or
trainings: before such a text is stored, ``find_identifying`` looks for what would identify a
person, and the text is refused with each finding's Dutch message (``message_on`` names the
form it was written on), never stored. The rules are narrow, so that ordinary professional
text passes:

- BSN: 9 digits, or 8 (a BSN whose leading 0 was dropped; not when the 8 start with 0), with
  at most one space, dot or hyphen between two digits ("123 456 782", "1234.56.782"), that
  pass the 11-proef. Not: a number failing it (an order number), digits of a longer number
  (10+ digits, "12.345.678,90"), an amount after "€", an IBAN, a number written as a date.
- Date of birth: a full date that exists (3-4-1985, 03.04.1985, 3/4/1985, 1985-04-03,
  "3 april 1985", "3 apr. 1985"; no two-digit years) from 1900 on, refused when EITHER it
  lies 14 years or more before today (to the day), OR "geboren", "geb." or "geboortedatum"
  stands at most three words before it (then any date up to today). A bare year or "april
  1985" passes, and so do "per 1 januari 2024" and a meeting to come; a law "sinds 1 april
  2002" is refused (the message says to write the month and year only).
- E-mail: any address but a mailbox of a desk (info@, helpdesk.impuls@: ``_ROLE_MAILBOXES``).
- Phone: a Dutch number of ten digits (0 or +31/0031, optionally "(0)", then nine) written
  with spaces, hyphens or "(030)". Not: organisation numbers (0800, 0900, 0906, 0909, 088),
  112, 0800-0113 (too short), years, postcodes, amounts, article numbers.
- Name: each full name of the writer's own caseload, case- and accent-insensitive, between
  word boundaries (a hyphen counts as a space): the full name ("Sanne de Vries"), the given
  name(s) with the last name without tussenvoegsel ("Sanne Vries"), and "de Vries" when the
  last name has at least 4 letters. Never a given name alone or a last name without its
  tussenvoegsel alone (a colleague may share it); a one-word name is not matched at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.core.bsn import passes_elfproef


class Kind(StrEnum):
    BSN = "bsn"
    DATE_OF_BIRTH = "date_of_birth"
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"


class Place(StrEnum):
    """The form a text is written on: the refusal names it."""

    QUESTION = "question"
    ARTICLE = "article"
    FEEDBACK = "feedback"
    ENTRY = "entry"
    KEY_PERSON = "key_person"
    EVENT = "event"
    AGREEMENT = "agreement"


# Translators: the end of "Zet geen gegevens van cliënten in …", naming the form.
_PLACES = {
    Place.QUESTION: _("een vraag of antwoord"),
    Place.ARTICLE: _("een artikel van de kennisbank"),
    Place.FEEDBACK: _("een melding over een artikel"),
    Place.ENTRY: _("de vermelding van je organisatie in wie is wie"),
    Place.KEY_PERSON: _("de gegevens van een sleutelpersoon"),
    Place.EVENT: _("een training of bijeenkomst"),
    Place.AGREEMENT: _("de regionale afspraak"),
}

# Translators: %(fragment)s is the text as the professional wrote it; %(place)s names the
# form (see above: "een vraag of antwoord", "een artikel van de kennisbank", …).
_MESSAGES = {
    Kind.BSN: _(
        "«%(fragment)s» lijkt op een burgerservicenummer (het klopt met de elfproef). Zet "
        "geen gegevens van cliënten in %(place)s: haal het nummer weg."
    ),
    Kind.DATE_OF_BIRTH: _(
        "«%(fragment)s» kan een geboortedatum zijn (een volledige datum van 14 jaar of langer "
        "geleden, of met 'geboren' ervoor). Zet geen gegevens van cliënten in %(place)s: haal "
        "de datum weg, of noem alleen maand en jaar als het om een wet of regeling gaat."
    ),
    Kind.EMAIL: _(
        "«%(fragment)s» lijkt op een persoonlijk e-mailadres. Zet geen gegevens van cliënten "
        "in %(place)s: haal het adres weg (een algemeen adres zoals info@ mag wel)."
    ),
    Kind.PHONE: _(
        "«%(fragment)s» lijkt op een persoonlijk telefoonnummer. Zet geen gegevens van "
        "cliënten in %(place)s: haal het nummer weg (een algemeen nummer met 0800, 0900 of 088 "
        "mag wel)."
    ),
    Kind.NAME: _(
        "«%(fragment)s» is een naam uit je caseload. Zet geen gegevens van cliënten in "
        "%(place)s: haal de naam weg en schrijf bijvoorbeeld 'mijn cliënt'."
    ),
}


@dataclass(frozen=True)
class Finding:
    kind: Kind
    fragment: str  # as it stands in the text: text[start:end]
    start: int
    end: int

    @property
    def message(self) -> str:
        """The reason, for a question or an answer (``message_on`` for another form)."""
        return self.message_on(Place.QUESTION)

    def message_on(self, place: Place) -> str:
        """The reason and what to do, naming the form the text was written on."""
        return str(_MESSAGES[self.kind]) % {"fragment": self.fragment, "place": _PLACES[place]}


def find_identifying(
    text: str, *, names: Iterable[str] = (), today: date | None = None
) -> list[Finding]:
    """What in ``text`` looks like it identifies a person, in the order it stands there.
    ``names``: the full names of the writer's own caseload; ``today`` for the date rule."""
    today = today or timezone.localdate()
    dates = list(_written_dates(text))
    ibans = [m.span() for m in _IBAN.finditer(text)]
    found = [
        *_bsns(text, not_judged=ibans + [m.span() for m, _day in dates]),
        *_birth_dates(text, dates, today),
        *_emails(text),
        *_phones(text, not_judged=ibans),
        *_names(text, names),
    ]
    return _without_overlaps(found)


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per stretch of text: the one that starts first, then the longest (an
    e-mail address wins over the phone number in it)."""
    order = list(Kind)
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.start - f.end, order.index(f.kind))):
        if not kept or finding.start >= kept[-1].end:
            kept.append(finding)
    return kept


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


_IBAN = re.compile(
    r"(?<!\w)[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?!\w)", re.IGNORECASE
)

# --- BSN ------------------------------------------------------------------------------------

# 8 or 9 digits with at most one separator between two digits; not after another digit (with
# or without a separator: "06 12345678" is a phone number) nor after "€", and not followed by
# more digits ("1234567820", "12.345.678,90").
_BSN_CANDIDATE = re.compile(
    r"(?<![\d€])(?<!\d[\s.,\-])(?<!€\s)\d(?:[\s.\-]?\d){7,8}(?![\s.,\-]?\d)"
)


def _bsns(text: str, not_judged: list[tuple[int, int]]) -> Iterator[Finding]:
    for match in _BSN_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 8:
            if digits.startswith("0"):
                continue
            digits = "0" + digits  # the leading 0 people drop
        if passes_elfproef(digits) and not _overlaps(match.span(), not_judged):
            yield Finding(Kind.BSN, match.group(), *match.span())


# --- dates of birth ---------------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NOT_AFTER_DIGITS = r"(?<!\d)(?<!\d[-/.])"
_DATE_PATTERNS = (
    re.compile(  # 3-4-1985, 03/04/1985, 03.04.1985: the same separator twice
        _NOT_AFTER_DIGITS + r"(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
        r"(?P<year>\d{4})(?!\d)"
    ),
    re.compile(_NOT_AFTER_DIGITS + r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(  # 3 april 1985, 3 apr. 1985
        rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_WORD})(?:\.\s*|\s+)(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
)
# A birth word, then at most three words, right before the date.
_BIRTH_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:geboren|geboortedatum|geb)(?![a-z])\W*(?:\w+\W+){0,3}$", re.IGNORECASE
)
_BIRTH_WORD_REACH = 60  # characters before a date searched for a birth word
_YOUNGEST_AGE = 14


def _written_dates(text: str) -> Iterator[tuple[re.Match[str], date | None]]:
    """Everything written as a full date, with the day it names (None for 31-02-1985)."""
    for match in (m for pattern in _DATE_PATTERNS for m in pattern.finditer(text)):
        month = match["month"]
        number = int(month) if month.isdigit() else _MONTHS[month.lower()]
        try:
            yield match, date(int(match["year"]), number, int(match["day"]))
        except ValueError:
            yield match, None


def _birth_dates(
    text: str, dates: list[tuple[re.Match[str], date | None]], today: date
) -> Iterator[Finding]:
    oldest_age_day = _years_before(today, _YOUNGEST_AGE)
    for match, day in dates:
        if day is None or day.year < 1900 or day > today:
            continue
        start = match.start()
        if day <= oldest_age_day or _BIRTH_WORD_BEFORE.search(
            text, max(0, start - _BIRTH_WORD_REACH), start
        ):
            yield Finding(Kind.DATE_OF_BIRTH, match.group(), *match.span())


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)  # 29 February


# --- e-mail addresses -------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}(?!\w)", re.I)
# Mailboxes of an organisation or a desk, never of a client.
_ROLE_MAILBOXES = frozenset(
    {"info", "contact", "helpdesk", "servicedesk", "support", "secretariaat", "receptie",
     "klantenservice", "administratie", "noreply", "no-reply"}
)  # fmt: skip


def _emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        local = match.group().split("@", 1)[0].casefold()
        if re.split(r"[.+_]", local)[0] not in _ROLE_MAILBOXES:  # helpdesk.impuls@ is a desk
            yield Finding(Kind.EMAIL, match.group(), *match.span())


# --- phone numbers ----------------------------------------------------------------------------

# The trunk 0 (or +31/0031, optionally with "(0)") and nine digits, with a space, hyphen or
# the closing bracket of "(030)" between digits; not inside a word or a longer number.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s\-]?(?:\(0\)[\s\-]?)?|\(?0)"
    r"[1-9](?:(?:\)\s?|\s?-\s?|\s)?\d){8}(?![\s\-]?\d)"
)
_ORGANISATION_PREFIXES = ("0800", "0900", "0906", "0909", "088")


def _phones(text: str, not_judged: list[tuple[int, int]]) -> Iterator[Finding]:
    for match in _PHONE.finditer(text):
        national = "0" + re.sub(r"\D", "", match.group())[-9:]
        if not national.startswith(_ORGANISATION_PREFIXES) and not _overlaps(
            match.span(), not_judged
        ):
            yield Finding(Kind.PHONE, match.group(), *match.span())


# --- names from the caseload -----------------------------------------------------------------

_TUSSENVOEGSELS = frozenset(
    {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "uit", "aan",
     "la", "le", "du", "da", "di", "el", "al", "von"}
)  # fmt: skip
_SHORTEST_LAST_NAME_ALONE = 4


def _names(text: str, names: Iterable[str]) -> Iterator[Finding]:
    patterns = [pattern for name in names for pattern in _name_patterns(name)]
    if not patterns:
        return
    folded, origin = _folded(text)
    for pattern in patterns:
        for match in pattern.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # an accent written as a separate character belongs to the name
            yield Finding(Kind.NAME, text[start:end], start, end)


def _name_patterns(full_name: str) -> list[re.Pattern[str]]:
    """The ways of writing a caseload name that are matched (see the module docstring)."""
    words = _folded(full_name)[0].split()
    if len(words) < 2:
        return []
    first = next((i for i in range(1, len(words) - 1) if words[i] in _TUSSENVOEGSELS), None)
    variants = [words]
    if first is not None:
        last = first
        while last < len(words) - 1 and words[last] in _TUSSENVOEGSELS:
            last += 1
        given, tussenvoegsel, core = words[:first], words[first:last], words[last:]
        variants.append(given + core)
        if sum(ch.isalpha() for ch in "".join(core)) >= _SHORTEST_LAST_NAME_ALONE:
            variants.append(tussenvoegsel + core)
    return [_phrase(variant) for variant in variants]


def _phrase(words: list[str]) -> re.Pattern[str]:
    parts = [re.escape(part) for word in words for part in word.split("-") if part]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)")


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` in lower case without accents, and for each of its characters the index of
    the character in ``text`` it came from (folding may drop or add characters)."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded in _fold(char):
            chars.append(folded)
            origin.append(index)
    return "".join(chars), origin


def _fold(char: str) -> str:
    if char in "\u2018\u2019`":  # curly apostrophes (in 't Veld) as straight
        return "'"
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
