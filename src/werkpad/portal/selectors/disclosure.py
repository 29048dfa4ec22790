"""Reads of the disclosure decision aid, for the client only: their private worksheet, its
summary, and their choice of what the employer may see with its history. Every read writes
one access-log row (the client's own reads are in their own history too)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, Decision, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client
from werkpad.employment.models import Placement
from werkpad.portal.models import ConditionShared, DisclosureWorksheet, EmployerDisclosure
from werkpad.portal.services.disclosure import STEP_FIELDS, STEPS, ToWhom, What, When

STEP_TITLES = {
    1: gettext_lazy("Wat vertel ik misschien?"),
    2: gettext_lazy("Wanneer vertel ik het?"),
    3: gettext_lazy("Aan wie vertel ik het?"),
    4: gettext_lazy("Hoe zeg ik het?"),
    5: gettext_lazy("Wat levert het op, en wat niet?"),
    6: gettext_lazy("Wat vind ik belangrijk?"),
}


def my_client(actor: Actor) -> Client:
    """The client record of the client who is logged in (403 for anyone else)."""
    require(actor, Action.PORTAL)
    client = visible_to(actor, Client.objects.all()).first()
    if client is None:  # a client account without a record: nothing to show
        raise Http404
    return client


def _worksheet(actor: Actor, client: Client) -> tuple[DisclosureWorksheet | None, Decision]:
    """The client's worksheet (or none yet), and the decision to read it."""
    worksheet = visible_to(actor, DisclosureWorksheet.objects.filter(client=client)).first()
    decision = require(actor, Action.VIEW_OWN, worksheet if worksheet is not None else client)
    return worksheet, decision


def _log_read(
    actor: Actor, event: str, client: Client, obj: Any, decision: Decision, **detail: Any
) -> None:
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        obj=obj,
        object_type="" if obj is not None else "portal.disclosureworksheet",
        client_pid=client.public_id,
        basis=decision.basis,
        detail=detail,
    )


def _current_choice(actor: Actor, client: Client) -> EmployerDisclosure | None:
    return visible_to(actor, EmployerDisclosure.objects.filter(client=client)).first()


def step_done(worksheet: DisclosureWorksheet | None, step: int) -> bool:
    if worksheet is None:
        return False
    if step == STEPS[-1] and worksheet.finished_on:
        return True
    return any(getattr(worksheet, name) for name in STEP_FIELDS[step])


@dataclass
class StepState:
    number: int
    title: Any
    done: bool


def _steps(worksheet: DisclosureWorksheet | None) -> list[StepState]:
    return [StepState(n, STEP_TITLES[n], step_done(worksheet, n)) for n in STEPS]


def employer_sentence(choice: EmployerDisclosure | None) -> str:
    """The choice in force, in one sentence for the client."""
    condition = choice.condition if choice else ConditionShared.NOTHING
    needs = bool(choice and choice.share_needs)
    if condition == ConditionShared.THAT:
        if needs:
            return _(
                "Je werkgever ziet nu dat je een psychische kwetsbaarheid hebt (niet wat het "
                "is) en wat je nodig hebt op je werk."
            )
        return _(
            "Je werkgever ziet nu alleen dat je een psychische kwetsbaarheid hebt, niet wat het is."
        )
    if condition == ConditionShared.WHAT:
        if needs:
            return _(
                "Je werkgever ziet nu wat je hebt en wat je nodig hebt op je werk, in je eigen "
                "woorden."
            )
        return _("Je werkgever ziet nu wat je hebt, in je eigen woorden.")
    if needs:
        return _(
            "Je werkgever ziet nu alleen wat je nodig hebt op je werk, niets over je gezondheid."
        )
    return _("Je werkgever ziet nu niets over je gezondheid.")


# --- The start page ------------------------------------------------------------------------
@dataclass
class Overview:
    client: Client
    worksheet: DisclosureWorksheet | None
    steps: list[StepState]
    next_step: int | None  # the first step not done yet; None when all are done
    employer_sentence: str

    @property
    def started(self) -> bool:
        return self.worksheet is not None

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.steps if s.done)


def disclosure_overview(*, actor: Actor) -> Overview:
    client = my_client(actor)
    worksheet, decision = _worksheet(actor, client)
    steps = _steps(worksheet)
    _log_read(actor, "portal.disclosure.overview.read", client, worksheet, decision)
    return Overview(
        client=client,
        worksheet=worksheet,
        steps=steps,
        next_step=next((s.number for s in steps if not s.done), None),
        employer_sentence=employer_sentence(_current_choice(actor, client)),
    )


# --- One step of the worksheet -------------------------------------------------------------
@dataclass
class StepView:
    client: Client
    worksheet: DisclosureWorksheet | None
    number: int
    title: Any
    steps: list[StepState]
    initial: dict[str, Any]

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > STEPS[0] else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < STEPS[-1] else None

    @property
    def is_last(self) -> bool:
        return self.number == STEPS[-1]

    @property
    def intro_template(self) -> str:
        return f"portal/disclosure/_intro_{self.number}.html"


def _initial(worksheet: DisclosureWorksheet | None, step: int) -> dict[str, Any]:
    if worksheet is None:
        return {"version": 0}
    initial: dict[str, Any] = {n: getattr(worksheet, n) for n in STEP_FIELDS[step]}
    initial["version"] = worksheet.version
    if step == STEPS[-1]:
        initial["finished"] = worksheet.finished_on is not None
    return initial


def worksheet_step(*, actor: Actor, step: int) -> StepView:
    """One step of the client's worksheet; 404 for a step that does not exist."""
    client = my_client(actor)
    if step not in STEP_FIELDS:
        raise Http404
    worksheet, decision = _worksheet(actor, client)
    _log_read(actor, "portal.disclosure.worksheet.read", client, worksheet, decision, step=step)
    return StepView(
        client=client,
        worksheet=worksheet,
        number=step,
        title=STEP_TITLES[step],
        steps=_steps(worksheet),
        initial=_initial(worksheet, step),
    )


# --- The summary ---------------------------------------------------------------------------
def _labels(choices: Any, codes: list[str]) -> list[str]:
    return [str(choices(code).label) for code in codes if code in choices.values]


@dataclass
class Summary:
    client: Client
    worksheet: DisclosureWorksheet | None
    what: list[str] = field(default_factory=list)
    tells_nothing: bool = False
    when: list[str] = field(default_factory=list)
    never: bool = False
    to_whom: list[str] = field(default_factory=list)
    nobody: bool = False
    employer_sentence: str = ""


def disclosure_summary(*, actor: Actor) -> Summary:
    client = my_client(actor)
    worksheet, decision = _worksheet(actor, client)
    _log_read(actor, "portal.disclosure.summary.read", client, worksheet, decision)
    summary = Summary(
        client=client,
        worksheet=worksheet,
        employer_sentence=employer_sentence(_current_choice(actor, client)),
    )
    if worksheet is not None:
        summary.tells_nothing = worksheet.what == [What.NOTHING]
        summary.never = worksheet.when == [When.NEVER]
        summary.nobody = worksheet.to_whom == [ToWhom.NOBODY]
        summary.what = _labels(What, worksheet.what)
        summary.when = _labels(When, worksheet.when)
        summary.to_whom = _labels(ToWhom, worksheet.to_whom)
    return summary


# --- What the employer may see -------------------------------------------------------------
@dataclass(frozen=True)
class Preview:
    """What the employer pages show of a choice: the same fields as the employer's view of a
    placement (``employment.selectors.EmployerPlacement``), so one template shows both."""

    health: str
    health_text: str
    needs_text: str


def preview_of(choice: Any | None) -> Preview:
    if choice is None:
        return Preview(ConditionShared.NOTHING, "", "")
    return Preview(
        health=choice.condition,
        health_text=choice.condition_text if choice.condition == ConditionShared.WHAT else "",
        needs_text=choice.needs_text if choice.share_needs else "",
    )


@dataclass
class EmployerChoiceView:
    client: Client
    current: EmployerDisclosure | None
    history: list[EmployerDisclosure]
    initial: dict[str, Any]
    employers: list[str]  # where the client works now: the choice is for them
    sentence: str

    @property
    def preview(self) -> Preview:
        return preview_of(self.current)

    @property
    def history_lines(self) -> list[tuple[EmployerDisclosure, str]]:
        return [(row, history_line(row)) for row in self.history]


def history_line(choice: EmployerDisclosure) -> str:
    """One earlier choice, in a few words for the client's history."""
    if choice.condition == ConditionShared.THAT:
        line = _("alleen dat je een psychische kwetsbaarheid hebt")
    elif choice.condition == ConditionShared.WHAT:
        line = _("wat je hebt, in je eigen woorden")
    else:
        line = _("niets over je gezondheid")
    if choice.share_needs:
        return _("%(health)s, en wat je nodig hebt op je werk") % {"health": line}
    return line


def _initial_choice(
    current: EmployerDisclosure | None, worksheet: DisclosureWorksheet | None
) -> dict[str, Any]:
    """The choice in force; before the first choice, what the worksheet says the client might
    tell. The texts stay empty: what the employer reads, the client writes here on purpose,
    never copied from the private worksheet."""
    if current is not None:
        return {
            "based_on": current.pk,
            "condition": current.condition,
            "condition_text": current.condition_text,
            "share_needs": current.share_needs,
            "needs_text": current.needs_text,
        }
    what = set(worksheet.what) if worksheet else set()
    condition = ConditionShared.NOTHING
    if What.WHAT in what:
        condition = ConditionShared.WHAT
    elif What.THAT in what:
        condition = ConditionShared.THAT
    return {
        "based_on": 0,
        "condition": condition,
        "condition_text": "",
        "share_needs": What.NEEDS in what,
        "needs_text": "",
    }


def employer_choice(*, actor: Actor) -> EmployerChoiceView:
    client = my_client(actor)
    history = list(visible_to(actor, EmployerDisclosure.objects.filter(client=client)))
    current = history[0] if history else None
    decision = require(actor, Action.VIEW_OWN, current if current is not None else client)
    worksheet = (
        None
        if current is not None
        else visible_to(actor, DisclosureWorksheet.objects.filter(client=client)).first()
    )
    employers = sorted(
        set(
            visible_to(actor, Placement.objects.filter(ended_on__isnull=True)).values_list(
                "employer__name", flat=True
            )
        )
    )
    record(
        actor,
        event="portal.disclosure.employer.read",
        action=AuditAction.READ,
        obj=current,
        object_type="" if current is not None else "portal.employerdisclosure",
        client_pid=client.public_id,
        basis=decision.basis,
        detail={"count": len(history)},
    )
    return EmployerChoiceView(
        client=client,
        current=current,
        history=history,
        initial=_initial_choice(current, worksheet),
        employers=employers,
        sentence=employer_sentence(current),
    )


# --- The team: what the worker shares with the employer -------------------------------------
def employer_choice_for_team(*, actor: Actor, placement: Placement) -> Preview | None:
    """For the coach's placement page: the worker's choice in force, so nobody tells the
    employer more than the worker chose. Read through the policy's scope for the team (never
    the worksheet, which the team has no scope for); None for anyone outside it."""
    client = placement.trajectory.client
    choice = visible_to(actor, EmployerDisclosure.objects.filter(client_id=client.pk)).first()
    if choice is None:
        return None
    record(
        actor,
        event="portal.disclosure.employer.team_read",
        action=AuditAction.READ,
        obj=choice,
        client_pid=client.public_id,
        basis=Basis.TEAM,
    )
    return preview_of(choice)
