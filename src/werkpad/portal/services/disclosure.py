"""Writes of the disclosure decision aid: the client's private worksheet (after CORAL,
REFERENCE.md §3) and their choice of what the employer may see.

The worksheet is saved one step at a time and created on the first save; an edit made on an
older version is refused (the client may have it open in two windows). The employer choice
is append-only: every save is a new row, and the newest row is in force at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import TextChoices
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.clients.models import Client
from werkpad.core.forms import StaleEditError
from werkpad.employment.models import Employer, Placement
from werkpad.portal.models import ConditionShared, DisclosureWorksheet, EmployerDisclosure

TEXT_MAX = 2000  # a worksheet answer: room for a few paragraphs, not a document
EMPLOYER_TEXT_MAX = 1000  # what the employer reads: short on purpose


class What(TextChoices):
    """What the client might tell (step 1)."""

    NOTHING = "niets", _("Niets")
    THAT = "dat", _("Dat ik een psychische kwetsbaarheid heb, maar niet wat het is")
    WHAT = "wat", _("Wat ik heb, in mijn eigen woorden")
    NEEDS = "nodig", _("Wat ik nodig heb op mijn werk")


class When(TextChoices):
    """When the client might tell it (step 2)."""

    APPLICATION = "sollicitatie", _("Als ik solliciteer, in mijn brief of cv")
    INTERVIEW = "gesprek", _("In het sollicitatiegesprek")
    OFFER = "aanbod", _("Als ik de baan heb gekregen, voordat ik begin")
    STARTED = "gestart", _("Als ik al een tijdje aan het werk ben")
    NEVER = "nooit", _("Nooit")


class ToWhom(TextChoices):
    """To whom (step 3)."""

    MANAGER = "leidinggevende", _("Mijn leidinggevende (mijn baas)")
    HR = "hr", _("Personeelszaken (HR)")
    COLLEAGUES = "collegas", _("Collega's")
    NOBODY = "niemand", _("Niemand")


# The fields each step of the worksheet saves, in order. Step 6 also finishes it.
STEP_FIELDS: dict[int, tuple[str, ...]] = {
    1: ("what",),
    2: ("when",),
    3: ("to_whom",),
    4: ("in_my_words", "script"),
    5: ("pros", "cons"),
    6: ("what_matters",),
}
STEPS = tuple(STEP_FIELDS)
LAST_STEP = STEPS[-1]

# A choice that excludes all others: "nothing", "never", "nobody".
_EXCLUSIVE = {
    "what": (
        What.NOTHING,
        _(
            "Je koos 'Niets' en ook iets anders. Dat kan niet allebei. Kies alleen 'Niets', "
            "of kies wat je misschien wel vertelt."
        ),
    ),
    "when": (
        When.NEVER,
        _(
            "Je koos 'Nooit' en ook een moment. Dat kan niet allebei. Kies alleen 'Nooit', "
            "of kies wanneer je het misschien vertelt."
        ),
    ),
    "to_whom": (
        ToWhom.NOBODY,
        _(
            "Je koos 'Niemand' en ook mensen. Dat kan niet allebei. Kies alleen 'Niemand', "
            "of kies aan wie je het misschien vertelt."
        ),
    ),
}
_CHOICES: dict[str, type[TextChoices]] = {"what": What, "when": When, "to_whom": ToWhom}


class WorksheetChanged(StaleEditError):
    """The worksheet is the client's own: a stale edit comes from another window of theirs."""

    message = _(
        "Je hebt dit werkblad intussen ergens anders veranderd, bijvoorbeeld in een ander "
        "venster. Hieronder zie je wat nu bewaard is. Vul je wijziging opnieuw in."
    )


def _checked_choices(field: str, values: Iterable[str]) -> list[str]:
    """The codes in the order of the choices (so the summary reads the same every time);
    an exclusive choice together with another one is a contradiction."""
    choices = _CHOICES[field]
    given = set(values)
    unknown = given - set(choices.values)
    if unknown:
        raise ValidationError({field: _("Kies uit de keuzes op deze pagina.")})
    exclusive, message = _EXCLUSIVE[field]
    if exclusive in given and len(given) > 1:
        raise ValidationError({field: message})
    return [code for code in choices.values if code in given]


def _checked_text(field: str, value: str, limit: int = TEXT_MAX) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(
            {field: _("Dit is te lang. Gebruik hoogstens %(limit)s tekens.") % {"limit": limit}}
        )
    return text


def _cleaned_answers(step: int, answers: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for field in STEP_FIELDS[step]:
        value = answers.get(field)
        if field in _CHOICES:
            cleaned[field] = _checked_choices(field, value or [])
        else:
            cleaned[field] = _checked_text(field, value or "")
    return cleaned


def worksheet_save_step(
    *,
    actor: Actor,
    client: Client,
    step: int,
    version: int,
    answers: dict[str, Any],
    finished: bool | None = None,
) -> DisclosureWorksheet:
    """Saves one step of the client's worksheet. ``version`` is the version the client saw,
    0 when there was no worksheet yet (it is created now). ``finished`` (the last step only)
    marks the worksheet finished today, or not finished.

    Refused with ``ValidationError`` on a contradiction (nothing saved) and with
    ``WorksheetChanged`` when the worksheet changed since ``version``."""
    if step not in STEP_FIELDS:
        raise ValueError(f"unknown step {step}")
    changes = _cleaned_answers(step, answers)
    with transaction.atomic():
        worksheet = DisclosureWorksheet.objects.select_for_update().filter(client=client).first()
        if worksheet is None:
            if version != 0:
                raise WorksheetChanged
            decision = require(actor, Action.CHANGE_OWN, client)
            worksheet = DisclosureWorksheet(client=client, version=1, **changes)
            if finished:
                worksheet.finished_on = timezone.localdate()
            try:
                with transaction.atomic():
                    worksheet.save()
            except IntegrityError as exc:  # created in another window a moment ago
                raise WorksheetChanged from exc
            audit_action = AuditAction.CREATE
            event = "portal.disclosure.worksheet.create"
        else:
            decision = require(actor, Action.CHANGE_OWN, worksheet)
            if worksheet.version != version:
                raise WorksheetChanged
            for name, value in changes.items():
                setattr(worksheet, name, value)
            update_fields = [*changes, "version", "updated_at"]
            if finished is not None:
                if not finished:
                    worksheet.finished_on = None
                elif worksheet.finished_on is None:
                    worksheet.finished_on = timezone.localdate()
                update_fields.append("finished_on")
            worksheet.version = version + 1
            worksheet.save(update_fields=update_fields)
            audit_action = AuditAction.UPDATE
            event = "portal.disclosure.worksheet.update"
        # The step, never the answers: the log is read by the organisation's log keeper.
        record_decision(actor, event, audit_action, worksheet, decision, detail={"step": step})
    return worksheet


# --- What the employer may see -------------------------------------------------------------
@dataclass(frozen=True)
class EmployerChoice:
    condition: str
    condition_text: str
    share_needs: bool
    needs_text: str


def employer_choice_check(
    *, condition: str, condition_text: str, share_needs: bool, needs_text: str
) -> EmployerChoice:
    """The choice as it will be saved, or ``ValidationError`` on the field it is about. A text
    is kept only with its choice: a client who chooses to share nothing need not empty the
    boxes first (the preview shows exactly what the employer will read)."""
    if condition not in ConditionShared.values:
        raise ValidationError({"condition": _("Kies wat je werkgever mag zien.")})
    condition_text = _checked_text("condition_text", condition_text, EMPLOYER_TEXT_MAX)
    needs_text = _checked_text("needs_text", needs_text, EMPLOYER_TEXT_MAX)
    if condition != ConditionShared.WHAT:
        condition_text = ""
    if not share_needs:
        needs_text = ""
    errors: dict[str, Any] = {}
    if condition == ConditionShared.WHAT and not condition_text:
        errors["condition_text"] = _(
            "Je koos 'Wat ik heb, in mijn eigen woorden'. Schrijf dan hier wat je werkgever "
            "mag lezen."
        )
    if share_needs and not needs_text:
        errors["needs_text"] = _(
            "Je wilt delen wat je nodig hebt. Schrijf dan hier wat je werkgever mag lezen."
        )
    if errors:
        raise ValidationError(errors)
    return EmployerChoice(condition, condition_text, share_needs, needs_text)


def employer_disclosure_choose(
    *,
    actor: Actor,
    client: Client,
    employer: Employer,
    condition: str,
    condition_text: str,
    share_needs: bool,
    needs_text: str,
    based_on: int | None = None,
) -> EmployerDisclosure:
    """A new choice of what one employer may see. It is a new row (the old ones stay as the
    client's history) and it is in force at once: that employer's pages read the newest row
    made for it; other employers see nothing of it. Only for an employer the client works
    for now (``ValidationError`` otherwise). ``based_on`` is the choice in force when the
    form was opened (0: none yet); a choice made in the meantime (another window) is not
    silently replaced: ``StaleEditError``."""
    choice = employer_choice_check(
        condition=condition,
        condition_text=condition_text,
        share_needs=share_needs,
        needs_text=needs_text,
    )
    with transaction.atomic():
        decision = require(actor, Action.CHANGE_OWN, client)
        Client.objects.select_for_update().filter(pk=client.pk).first()  # one choice at a time
        works_there = Placement.objects.filter(
            trajectory__client=client, employer=employer, ended_on__isnull=True
        ).exists()
        if not works_there:
            raise ValidationError(
                _("Je werkt nu niet bij deze werkgever. Je kunt alleen kiezen voor je werkgever.")
            )
        if based_on is not None:
            newest = (
                EmployerDisclosure.objects.filter(client=client, employer=employer)
                .order_by("-created_at", "-id")
                .values_list("pk", flat=True)
                .first()
            )
            if (newest or 0) != based_on:
                raise StaleEditError
        disclosure = EmployerDisclosure.objects.create(
            client=client,
            employer=employer,
            condition=choice.condition,
            condition_text=choice.condition_text,
            share_needs=choice.share_needs,
            needs_text=choice.needs_text,
            created_by=user_of(actor),
        )
        # Not what was chosen: the log keeper of the organisation reads the log.
        record_decision(
            actor, "portal.disclosure.employer.create", AuditAction.CREATE, disclosure, decision
        )
    return disclosure
