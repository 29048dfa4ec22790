"""One form of address on professional pages (issue 13, item 17): Werkpad says "je" to the
professionals who work with it and "u" only to employers, on the employer's own pages and in
the instruments guide's employer voice. This reads every user-facing Dutch string in the
templates (``{% translate %}`` and ``{% blocktranslate %}``) and in the Python sources
(``_("...")`` and ``gettext``), outside the employer's pages and the client portal (which
says "je" too, checked by its own tests), and fails on "u" or "uw" used as a form of
address. Without a browser, in a second."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2]  # src/werkpad

# Where "u" is right: the employer's own pages and what only employers read.
EMPLOYER_TEMPLATES = re.compile(
    r"(employment/templates/employment/(employer_[a-z_]+|_coach_contact|_instrument_explained)"
    r"|accounts/templates/accounts/home_employer|network/templates/network/trainings/employer)"
    r"\.html$"
)
EMPLOYER_PYTHON = (
    "employment/views/employer_pages.py",  # the employer's own pages
    "employment/instruments.py",  # two voices: Voiced(professional=..., employer=...)
)
FORMAL = re.compile(r"(?<![\w-])(u|uw|U|Uw)(?![\w-])")
TEMPLATE_STRINGS = re.compile(
    r"{%\s*translate\s+\"([^\"]*)\"([^%]*)%}"
    r"|{%\s*blocktranslate([^%]*)%}(.*?){%\s*(?:plural|endblocktranslate)",
    re.S,
)
# A string in a template that serves both (a shared error page, a page with an employer's
# branch) speaks to the employer when it carries this translation context.
EMPLOYER_CONTEXT = 'context "werkgever"'
PYTHON_STRINGS = re.compile(r"\b(?:_|gettext|gettext_lazy|ngettext)\(\s*((?:\"[^\"]*\"\s*)+)")


def _formal_words(text: str) -> list[str]:
    text = re.sub(r"{{[^}]*}}|%\([a-z_]+\)s", "", text)  # variables are not words
    return FORMAL.findall(text)


def _templates() -> list[Path]:
    return [
        p
        for p in SRC.rglob("templates/**/*.html")
        if "/tests/" not in str(p)
        and "/portal/" not in str(p.relative_to(SRC))
        and not EMPLOYER_TEMPLATES.search(str(p.relative_to(SRC)))
    ]


def _python() -> list[Path]:
    return [
        p
        for p in SRC.rglob("*.py")
        if "/tests/" not in str(p)
        and "/migrations/" not in str(p)
        and not str(p.relative_to(SRC)).startswith("portal/")
        and str(p.relative_to(SRC)) not in EMPLOYER_PYTHON
    ]


def test_professional_templates_say_je() -> None:
    found = []
    for path in _templates():
        for match in TEMPLATE_STRINGS.finditer(path.read_text()):
            text = match.group(1) or match.group(4) or ""
            options = match.group(2) or match.group(3) or ""
            if EMPLOYER_CONTEXT not in options and _formal_words(text):
                found.append(f"{path.relative_to(SRC)}: {text[:80]!r}")
    assert not found, "'u' on a professional page:\n" + "\n".join(found)


def test_professional_messages_in_python_say_je() -> None:
    found = []
    for path in _python():
        for match in PYTHON_STRINGS.finditer(path.read_text()):
            text = "".join(re.findall(r"\"([^\"]*)\"", match.group(1)))
            if _formal_words(text):
                found.append(f"{path.relative_to(SRC)}: {text[:80]!r}")
    assert not found, "'u' in a message for professionals:\n" + "\n".join(found)


def test_the_check_finds_a_formal_address() -> None:
    """The guard itself: it sees "u" and "uw" as words, not inside other words or names."""
    assert _formal_words("Wilt u uw gegevens controleren?") == ["u", "uw"]
    assert _formal_words("Uw vacatures") == ["Uw"]
    assert _formal_words("uur, uw-, UWV, u-bocht, {{ u.name }}, %(u)s") == []


def test_only_the_employer_context_lets_u_through() -> None:
    """A shared template marks what it says to an employer with the "werkgever" context."""
    template = (
        '{% translate "Wilt u verder?" context "werkgever" %}'
        '{% blocktranslate context "werkgever" with n=x %}U heeft {{ n }}{% endblocktranslate %}'
        '{% translate "Wilt u verder?" %}'
    )
    unmarked = [
        (m.group(1) or m.group(4))
        for m in TEMPLATE_STRINGS.finditer(template)
        if EMPLOYER_CONTEXT not in (m.group(2) or m.group(3) or "")
    ]
    assert unmarked == ["Wilt u verder?"]


def test_djangos_own_password_messages_say_je_too() -> None:
    """Django's Dutch catalogue says "Uw wachtwoord …"; Werkpad's nl catalogue overrides
    those messages (the walk-through found "Uw" beside Werkpad's "Je" on the password page)."""
    from django.contrib.auth import password_validation
    from django.utils import translation

    with translation.override("nl"):
        texts = " ".join(password_validation.password_validators_help_texts())
        refused = []
        for password in ("12345678901234", "wachtwoord"):
            try:
                password_validation.validate_password(password)
            except Exception as error:
                refused.append(" ".join(getattr(error, "messages", [])))
    assert "Je wachtwoord" in texts + " ".join(refused)
    assert not _formal_words(texts + " " + " ".join(refused)), texts
