"""Words about care and health that a note for the employer must not contain (issue 11, item
7): the employer learns nothing about the worker's care that the worker did not choose to
tell them themselves (in the portal, decision 0027). A short list of stems, matched at the
start of a word, so that inflections ("behandelingen", "therapeut") are caught too; it is a
safety net for the coach, not a filter the coach can rely on alone."""

from __future__ import annotations

import re

# Stems, lower case. A word starting with one of these is a care word.
CARE_STEMS: tuple[str, ...] = (
    "diagnos",
    "behandel",
    "medicatie",
    "medicijn",
    "psychiat",
    "psycholo",
    "opname",
    "opgenomen",
    "therap",
    "ggz",
    "crisis",
    "psychos",
    "psychot",
    "depressi",
    "stoornis",
    "kliniek",
    "klinisch",
    "verslav",
    "suïcid",
    "suicid",
    "zelfmoord",
    "bipolair",
    "schizo",
    "autis",
    "adhd",
    "ptss",
    "trauma",
    "huisarts",
    "ziekenhuis",
)

_PATTERN = re.compile(r"\b(" + "|".join(re.escape(s) for s in CARE_STEMS) + r")\w*", re.I)


def care_words_in(text: str) -> list[str]:
    """The care words in ``text``, as written, in order, each once."""
    found: list[str] = []
    for match in _PATTERN.finditer(text or ""):
        word = match.group(0)
        if word.lower() not in {f.lower() for f in found}:
            found.append(word)
    return found
