"""One error summary per refused form (issue 13, item 5): after a refused submit the top of
the form lists every error at once, the NL Design System and GOV.UK pattern.

The mechanism is the inclusion tag ``{% error_summary form %}`` (``core/templatetags/
werkpad.py``, template ``werkpad/error_summary.html``; ``werkpad/error_summary.js`` gives it
the focus). The generic form (``werkpad/form.html``) and allauth's fields
(``allauth/elements/fields.html``) carry it; a template that writes its own ``<form>`` must
call it itself.

This reads the template sources, without a browser or a database: every POST form in a
template under ``src/`` that renders a form field (``{% field … %}`` or Django's own
``as_p``/``as_div``/…) calls ``{% error_summary %}`` inside that form, before its first field;
a partial that renders fields for a form written elsewhere calls it before its first field.
The tests after it render the tag itself: links to each field's input (a group of radio
buttons or checkboxes: its first input), labelled with the field's label, and the errors
that belong to no field (or to a hidden field) as text. The pages' own tests are in
``test_error_summary_pages.py``; the browser test ``tests/browser/test_error_summary.py``."""

from __future__ import annotations

import re
from pathlib import Path

from django import forms
from django.template import Context, Template

from werkpad.testing import error_summaries

SRC = Path(__file__).resolve().parents[2]  # src/werkpad
SUMMARY = "{% error_summary "
# What renders an input of a Django form in a template.
FIELD = re.compile(r"{%\s*field\s|\.as_(?:p|div|table|ul)\b|{{\s*form\s*}}")
FORM = re.compile(r"<form\b(?P<attrs>[^>]*)>(?P<body>.*?)</form>", re.DOTALL | re.IGNORECASE)
POST = re.compile(r"""\bmethod\s*=\s*["']?post\b""", re.IGNORECASE)


def _templates() -> list[Path]:
    return sorted(p for p in SRC.rglob("templates/**/*.html") if "vendor" not in p.parts)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _problems(path: Path, root: Path = SRC) -> list[str]:
    """Where a template renders form fields without the summary above them."""
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(root)
    problems = []
    covered: list[tuple[int, int]] = []
    for form in FORM.finditer(text):
        covered.append(form.span())
        body = form.group("body")
        first_field = FIELD.search(body)
        if first_field is None or not POST.search(form.group("attrs")):
            continue
        summary = body.find(SUMMARY)
        if summary == -1 or summary > first_field.start():
            line = _line(text, form.start())
            problems.append(
                f"{name}:{line}: a POST form with fields has no {{% error_summary form %}} on top"
            )
    # A partial that renders the fields of a form written elsewhere (allauth's fields).
    outside = [m for m in FIELD.finditer(text) if not any(a <= m.start() < b for a, b in covered)]
    if outside and not 0 <= text.find(SUMMARY) < outside[0].start():
        line = _line(text, outside[0].start())
        problems.append(
            f"{name}:{line}: renders form fields without {{% error_summary form %}} above them"
        )
    return problems


def test_every_post_form_with_fields_shows_the_error_summary() -> None:
    templates = _templates()
    checked = {str(p.relative_to(SRC)) for p in templates if FIELD.search(p.read_text("utf-8"))}
    # The reader found the forms it must (a parser that finds nothing passes everything).
    assert {
        "templates/werkpad/form.html",
        "templates/allauth/elements/fields.html",
        "trajectories/templates/trajectories/intake_form.html",
        "trajectories/templates/trajectories/referral_detail.html",
        "portal/templates/portal/disclosure/step.html",
    } <= checked
    problems = [problem for path in templates for problem in _problems(path)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_form_without_the_summary(tmp_path: Path) -> None:
    """The structural check itself: a summary missing, or below the first field, is found."""
    cases = {
        "missing.html": '<form method="post">{% csrf_token %}{% field form.a %}</form>',
        "below.html": '<form method="POST">{% field form.a %}{% error_summary form %}</form>',
        "partial.html": "{% for f in form %}{% field f %}{% endfor %}",
        "good.html": '<form method="post">{% error_summary form %}{% field form.a %}</form>',
        "search.html": '<form method="get">{% field form.q %}</form>',
        "button.html": '<form method="post"><button type="submit">Ok</button></form>',
    }
    for file_name, text in cases.items():
        (tmp_path / file_name).write_text(text, encoding="utf-8")
    found = {file_name: _problems(tmp_path / file_name, tmp_path) for file_name in cases}
    assert {name for name, problems in found.items() if problems} == {
        "missing.html",
        "below.html",
        "partial.html",
    }


# --- The tag ---------------------------------------------------------------------------------
class _Form(forms.Form):
    name = forms.CharField(label="Naam", error_messages={"required": "Vul de naam in."})
    pace = forms.ChoiceField(
        label="Hoe snel",
        choices=[("rustig", "Rustig"), ("snel", "Snel")],
        widget=forms.RadioSelect,
        error_messages={"required": "Kies hoe snel."},
    )
    days = forms.MultipleChoiceField(
        label="Welke dagen",
        choices=[("ma", "maandag"), ("di", "dinsdag")],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Kies een dag."},
    )
    note = forms.CharField(label="Opmerking", required=False)
    version = forms.IntegerField(
        widget=forms.HiddenInput, error_messages={"required": "Laad de pagina opnieuw."}
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        self.add_error(None, "Dit kan nu niet.")
        return data


def _render(value: object) -> str:
    return Template("{% load werkpad %}{% error_summary value %}").render(Context({"value": value}))


def test_the_summary_links_every_field_error_to_its_input() -> None:
    form = _Form({"note": "iets"})
    assert not form.is_valid()
    (summary,) = error_summaries(_render(form))
    assert summary.heading == "Er is iets niet goed ingevuld"
    # A region named by its heading that the script can focus (and the tab order skips).
    assert summary.attrs["role"] == "region"
    assert summary.attrs["tabindex"] == "-1"
    assert summary.attrs["aria-labelledby"] == "error-summary-title"
    assert summary.attrs["id"] == "error-summary"
    # Errors of no field, and of the hidden version, are text: there is no input to go to.
    assert summary.messages == ["Dit kan nu niet.", "Laad de pagina opnieuw."]
    # One link per field, in the form's order; a group of choices links to its first input.
    assert summary.links == [
        ("#id_name", "Naam: Vul de naam in."),
        ("#id_pace_0", "Hoe snel: Kies hoe snel."),
        ("#id_days_0", "Welke dagen: Kies een dag."),
    ]


def test_a_form_that_was_not_refused_shows_no_summary() -> None:
    assert _render(_Form()).strip() == ""  # not submitted
    valid = _Form({"name": "Anna", "pace": "rustig", "days": ["ma"], "version": "1"})
    valid.clean = lambda: valid.cleaned_data  # type: ignore[method-assign]
    assert valid.is_valid()
    assert _render(valid).strip() == ""
    assert _render(None).strip() == ""
    assert _render([]).strip() == ""


def test_messages_of_no_form_and_a_prefixed_form() -> None:
    (summary,) = error_summaries(_render(["Deze groep is vol."]))
    assert summary.heading == "Dat lukte niet"
    assert summary.messages == ["Deze groep is vol."]
    assert summary.links == []
    # Two forms on one page keep their ids apart.
    form = _Form({}, prefix="accept")
    assert not form.is_valid()
    (summary,) = error_summaries(_render(form))
    assert summary.attrs["id"] == "accept-error-summary"
    assert summary.attrs["aria-labelledby"] == "accept-error-summary-title"
    assert summary.links[0] == ("#id_accept-name", "Naam: Vul de naam in.")


def test_the_script_is_loaded_with_the_pages_nonce() -> None:
    """The strict CSP runs only scripts with the page's nonce (no inline script)."""
    base = (SRC / "templates" / "base.html").read_text(encoding="utf-8")
    tag = (
        """<script src="{% static 'werkpad/error_summary.js' %}" """
        """nonce="{{ request.csp_nonce }}" defer></script>"""
    )
    assert tag in base
    assert (SRC / "static" / "werkpad" / "error_summary.js").is_file()
