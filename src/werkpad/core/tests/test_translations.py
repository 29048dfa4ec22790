"""The English catalogue: every Dutch msgid has a finished translation that keeps its
placeholders, the compiled catalogue matches the .po file, and switching language works."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils import translation

PO_PATH = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES" / "django.po"

_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")\s*$')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_PLACEHOLDER = re.compile(r"%\((\w+)\)[a-z]")


@dataclass
class Entry:
    line: int
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None


def _unquote(token: str) -> str:
    token = token.strip()
    if len(token) < 2 or not (token.startswith('"') and token.endswith('"')):
        raise ValueError(f"Not a quoted PO string: {token!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), token[1:-1])


def parse_po(text: str) -> list[Entry]:
    """A small PO reader: comments and flags, msgctxt, msgid, msgid_plural, msgstr and
    msgstr[n], each possibly continued on following quoted lines. Obsolete (#~) entries
    are skipped."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None
    pending_flags: set[str] = set()

    def finish() -> None:
        nonlocal current, target
        if current is not None:
            entries.append(current)
        current, target = None, None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if current is not None and target is not None and not line.startswith("#~"):
                # A comment after the strings starts a new entry.
                finish()
            if line.startswith("#,"):
                pending_flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            continue
        if line.startswith('"'):
            if current is None or target is None:
                raise ValueError(f"line {number}: continuation without a keyword")
            value = _unquote(line)
            key, index = target
            if key == "msgstr":
                current.msgstr[index or 0] += value
            else:
                setattr(current, key, (getattr(current, key) or "") + value)
            continue
        match = _KEYWORD.match(line)
        if match is None:
            raise ValueError(f"line {number}: cannot parse {raw!r}")
        keyword, index_text, quoted = match.groups()
        value = _unquote(quoted)
        if keyword in ("msgctxt", "msgid") and current is not None and current.msgstr:
            finish()
        if current is None:
            current = Entry(line=number, flags=pending_flags)
            pending_flags = set()
        if keyword.startswith("msgstr"):
            index = int(index_text) if index_text is not None else 0
            current.msgstr[index] = value
            target = ("msgstr", index)
        else:
            setattr(current, keyword, value)
            target = (keyword, None)
    finish()
    return entries


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _entries() -> list[Entry]:
    return parse_po(PO_PATH.read_text(encoding="utf-8"))


def _messages() -> list[Entry]:
    return [e for e in _entries() if not e.is_header]


def _id(entry: Entry) -> str:
    return f"line {entry.line}: {entry.msgid[:50]}"


# --- the parser itself --------------------------------------------------------------------

SAMPLE = r"""# header
#, fuzzy
msgid ""
msgstr ""
"Language: en\n"

#: a.py:1
#, python-format
msgid ""
"Hallo %(name)s, "
"welkom."
msgstr "Hello %(name)s, "
"welcome."

#, fuzzy, python-format
msgid "%(n)s regel"
msgid_plural "%(n)s regels"
msgstr[0] "%(n)s line"
msgstr[1] ""
"%(n)s lines"

#~ msgid "oud"
#~ msgstr "old"
"""


def test_the_parser_reads_continuations_plurals_and_flags() -> None:
    header, single, plural = parse_po(SAMPLE)
    assert header.is_header
    assert header.msgstr[0] == "Language: en\n"
    assert "fuzzy" in header.flags
    assert single.msgid == "Hallo %(name)s, welkom."
    assert single.msgstr == {0: "Hello %(name)s, welcome."}
    assert single.flags == {"python-format"}
    assert plural.msgid_plural == "%(n)s regels"
    assert plural.msgstr == {0: "%(n)s line", 1: "%(n)s lines"}
    assert plural.flags == {"fuzzy", "python-format"}


# --- the catalogue ------------------------------------------------------------------------


def test_the_catalogue_exists_and_has_entries() -> None:
    assert PO_PATH.is_file()
    assert len(_messages()) > 100


def test_the_header_declares_english_and_its_plural_forms() -> None:
    header = next(e for e in _entries() if e.is_header)
    assert "fuzzy" not in header.flags
    fields = dict(line.split(": ", 1) for line in header.msgstr[0].splitlines() if ": " in line)
    assert fields["Language"] == "en"
    assert fields["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert "charset=UTF-8" in fields["Content-Type"]


def test_msgids_are_unique() -> None:
    keys = [(e.msgctxt, e.msgid) for e in _messages()]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates


def untranslated(entries: list[Entry]) -> list[str]:
    """Every entry that is fuzzy, lacks a plural form or has an empty translation, one line
    each, naming the line in django.po and the msgid."""
    problems = []
    for entry in entries:
        if "fuzzy" in entry.flags:
            problems.append(f"{_id(entry)}: fuzzy")
        expected_forms = [0, 1] if entry.msgid_plural is not None else [0]
        if sorted(entry.msgstr) != expected_forms:
            problems.append(f"{_id(entry)}: msgstr forms {sorted(entry.msgstr)}")
        for form, text in sorted(entry.msgstr.items()):
            if not text.strip():
                problems.append(f"{_id(entry)}: msgstr[{form}] is empty")
    return problems


def lost_placeholders(entries: list[Entry]) -> list[str]:
    """Every translation whose %(name)s placeholders differ from its msgid's."""
    problems = []
    for entry in entries:
        checks = [(0, entry.msgid)]
        if entry.msgid_plural is not None:
            checks += [(form, entry.msgid_plural) for form in sorted(entry.msgstr) if form > 0]
        for form, source in checks:
            want, got = _placeholders(source), _placeholders(entry.msgstr.get(form, ""))
            if got != want:
                problems.append(f"{_id(entry)}: msgstr[{form}] has {got}, msgid has {want}")
    return problems


def _report(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what} in {PO_PATH.name}:\n" + "\n".join(problems)


# One test per check over the whole catalogue (not one per entry): a failure lists every
# entry at once.
def test_every_entry_is_translated_and_not_fuzzy() -> None:
    problems = untranslated(_messages())
    assert not problems, _report(problems, "entries missing or fuzzy")


def test_every_translation_keeps_its_placeholders() -> None:
    problems = lost_placeholders(_messages())
    assert not problems, _report(problems, "translations that lose placeholders")


BROKEN = r"""msgid "Ja"
msgstr "Yes"

#, fuzzy
msgid "Nee"
msgstr "No"

msgid "Misschien"
msgstr ""

msgid "%(n)s regel"
msgid_plural "%(n)s regels"
msgstr[0] "%(n)s line"

#, python-format
msgid "Hallo %(name)s"
msgstr "Hello %(naam)s"
"""


def test_the_checks_name_every_bad_entry_at_once() -> None:
    """The two catalogue checks report all entries in one message, not the first only."""
    entries = parse_po(BROKEN)
    assert untranslated(entries) == [
        "line 5: Nee: fuzzy",
        "line 8: Misschien: msgstr[0] is empty",
        "line 11: %(n)s regel: msgstr forms [0]",
    ]
    assert lost_placeholders(entries) == [
        "line 16: Hallo %(name)s: msgstr[0] has ['naam'], msgid has ['name']",
    ]


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    """A stale django.mo (the .po edited but not compiled) shows up here."""
    stale = []
    with translation.override("en"):
        for entry in _messages():
            if entry.msgctxt is not None:
                continue
            if entry.msgid_plural is None:
                got = [translation.gettext(entry.msgid)]
                want = [entry.msgstr[0]]
            else:
                got = [translation.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
                want = [entry.msgstr[0], entry.msgstr[1]]
            if got != want:
                stale.append(entry.msgid)
    assert not stale, "Run compilemessages -l en; out of date: " + repr(stale[:5])


# --- switching language -------------------------------------------------------------------

REQUIRED = {
    "Vul je naam in.": "Enter your name.",
    "Inloggen is tijdelijk geblokkeerd": "Signing in is temporarily blocked",
    "Naar de inhoud": "Skip to content",
    "Je sessie is verlopen. Log opnieuw in om verder te gaan. Wat je net had ingevuld, "
    "bewaren we voor je.": "Your session has expired. Sign in again to continue. "
    "We have kept what you had just entered.",
    "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en breng je "
    "wijziging opnieuw aan.": "Someone else changed this in the meantime. "
    "Look at the new details and make your change again.",
    "Nederlands": "Dutch",
    "English": "English",
}


def test_english_and_dutch_for_the_name_field() -> None:
    with translation.override("en"):
        assert translation.gettext("Vul je naam in.") == "Enter your name."
    with translation.override("nl"):
        assert translation.gettext("Vul je naam in.") == "Vul je naam in."


@pytest.mark.parametrize(("dutch", "english"), REQUIRED.items())
def test_required_translations(dutch: str, english: str) -> None:
    with translation.override("en"):
        assert translation.gettext(dutch) == english
    if dutch == "English":
        # Not Dutch text: Django's own nl catalogue turns it into "Engels".
        return
    with translation.override("nl"):
        assert translation.gettext(dutch) == dutch


def test_plural_forms_switch_on_the_count() -> None:
    with translation.override("en"):
        one = translation.ngettext("%(counter)s cliënt", "%(counter)s cliënten", 1)
        many = translation.ngettext("%(counter)s cliënt", "%(counter)s cliënten", 3)
    assert one % {"counter": 1} == "1 client"
    assert many % {"counter": 3} == "3 clients"
