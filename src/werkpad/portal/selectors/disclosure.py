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
from werkpad.audit.recorder import record, record_read
from werkpad.clients.models import Client
from werkpad.employment.models import Employer, Placement
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


def _current_choice(actor: Actor, client: Client, employer: Employer) -> EmployerDisclosure | None:
    """The choice in force for one employer: the newest row made for that employer."""
    return visible_to(
        actor, EmployerDisclosure.objects.filter(client=client, employer=employer)
    ).first()


def _my_employers(actor: Actor) -> list[Employer]:
    """The employers the client works for now (running placements): the choice is per
    employer, and only these can see one."""
    ids = visible_to(actor, Placement.objects.filter(ended_on__isnull=True)).values("employer_id")
    return list(Employer.objects.filter(pk__in=ids).order_by("name", "pk"))


@dataclass
class EmployerLine:
    """One employer the client works for, with what that employer sees now."""

    employer: Employer
    chosen: bool
    sentence: str


def employer_lines(actor: Actor, client: Client) -> list[EmployerLine]:
    """Per current employer: whether the client chose for them yet, and what they see."""
    employers = _my_employers(actor)
    newest: dict[int, EmployerDisclosure] = {}
    rows = visible_to(
        actor, EmployerDisclosure.objects.filter(client=client, employer__in=employers)
    )
    for row in rows:  # newest first (the model's ordering): keep the first per employer
        newest.setdefault(row.employer_id, row)  # type: ignore[arg-type]
    return [EmployerLine(e, e.pk in newest, employer_sentence(newest.get(e.pk))) for e in employers]


def employers_waiting(*, actor: Actor) -> list[Employer]:
    """For the client's start page: the employers the client has not chosen for yet (they
    see nothing until the client chooses). Reads only the client's own rows, which name no
    data beyond whether a choice exists; the list page logs the read when opened."""
    client = visible_to(actor, Client.objects.all()).first()
    if client is None:
        return []
    lines = employer_lines(actor, client)
    if lines:
        record(
            actor,
            event="portal.disclosure.employer.waiting_read",
            action=AuditAction.READ,
            obj=None,
            object_type="portal.employerdisclosure",
            client_pid=client.public_id,
            basis=Basis.SELF,
            detail={"count": len(lines)},
        )
    return [line.employer for line in lines if not line.chosen]


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
    employers: list[EmployerLine]

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
    record_read(
        actor, event="portal.disclosure.overview.read", obj=worksheet or client, decision=decision
    )
    return Overview(
        client=client,
        worksheet=worksheet,
        steps=steps,
        next_step=next((s.number for s in steps if not s.done), None),
        employers=employer_lines(actor, client),
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
    record_read(
        actor,
        event="portal.disclosure.worksheet.read",
        obj=worksheet or client,
        decision=decision,
        step=step,
    )
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
    employers: list[EmployerLine] = field(default_factory=list)


def disclosure_summary(*, actor: Actor) -> Summary:
    client = my_client(actor)
    worksheet, decision = _worksheet(actor, client)
    record_read(
        actor, event="portal.disclosure.summary.read", obj=worksheet or client, decision=decision
    )
    summary = Summary(
        client=client,
        worksheet=worksheet,
        employers=employer_lines(actor, client),
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
    employer: Employer  # the employer this choice is for
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


def _initial_choice(current: EmployerDisclosure | None) -> dict[str, Any]:
    """The choice in force for this employer; before the first choice, nothing ("niets", no
    needs). Never anything from the private worksheet: a "misschien" there is not a choice
    to share, and what the employer reads the client chooses and writes here on purpose."""
    if current is not None:
        return {
            "based_on": current.pk,
            "condition": current.condition,
            "condition_text": current.condition_text,
            "share_needs": current.share_needs,
            "needs_text": current.needs_text,
        }
    return {
        "based_on": 0,
        "condition": ConditionShared.NOTHING,
        "condition_text": "",
        "share_needs": False,
        "needs_text": "",
    }


@dataclass
class EmployerChoices:
    """The list page: every employer the client works for now, with what each sees."""

    client: Client
    lines: list[EmployerLine]


def employer_choices(*, actor: Actor) -> EmployerChoices:
    client = my_client(actor)
    decision = require(actor, Action.VIEW_OWN, client)
    lines = employer_lines(actor, client)
    record(
        actor,
        event="portal.disclosure.employer.list_read",
        action=AuditAction.READ,
        obj=None,
        object_type="portal.employerdisclosure",
        client_pid=client.public_id,
        basis=decision.basis,
        detail={"count": len(lines)},
    )
    return EmployerChoices(client=client, lines=lines)


def my_employer(*, actor: Actor, pk: int) -> Employer:
    """An employer the client works for now; 404 for any other (a former employer cannot
    be chosen for: it sees nothing any more)."""
    for employer in _my_employers(actor):
        if employer.pk == pk:
            return employer
    raise Http404


def employer_choice(*, actor: Actor, employer_pk: int) -> EmployerChoiceView:
    client = my_client(actor)
    employer = my_employer(actor=actor, pk=employer_pk)
    history = list(
        visible_to(actor, EmployerDisclosure.objects.filter(client=client, employer=employer))
    )
    current = history[0] if history else None
    decision = require(actor, Action.VIEW_OWN, current if current is not None else client)
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
        initial=_initial_choice(current),
        employer=employer,
        sentence=employer_sentence(current),
    )


# --- The team: what the worker shares with the employer -------------------------------------
def employer_choice_for_team(*, actor: Actor, placement: Placement) -> Preview | None:
    """For the coach's placement page: the worker's choice in force for this placement's
    employer, so nobody tells the
    employer more than the worker chose. Read through the policy's scope for the team (never
    the worksheet, which the team has no scope for); None for anyone outside it."""
    client = placement.trajectory.client
    choice = visible_to(
        actor,
        EmployerDisclosure.objects.filter(client_id=client.pk, employer_id=placement.employer_id),
    ).first()
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
