"""The consent property test, extended with time (issue 11): random sequences of grant,
refer, accept, decline, record, change phase, withdraw, expire and team changes. After every
step, for the other organisation's professional, "in a list" ⇔ "its page opens" ⇔ "the policy
allows" ⇔ "it is in an e-mail or an export", for every record kind the issue names: referrals
with their reason and decline reason, trajectories, goals, meetings (their page and their
PDF), plan actions (in the plan and as a meeting's decisions), free-text notes and the
reasons of phase changes; and each of those agrees with what the generated history says
(computed from the steps alone, never by asking the policy). No e-mail ever carries a
record's text, and the client's own export holds every record of theirs.

The snapshot tests (test_consent_property.py, trajectories/tests/test_consent_categories.py)
passed while a referral stayed open to the ggz after the client withdrew: they never changed
consent after a referral was made. This one does nothing else."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import (
    Action,
    decide,
    get_for,
    readable_texts,
    text_readable,
    visible_to,
)
from werkpad.clients.models import Consent, DataCategory
from werkpad.clients.services import consent_record, consent_withdraw
from werkpad.organisations.models import Membership, OrganisationType, Role, Team
from werkpad.portal.export import build_export
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import selectors, services, views
from werkpad.trajectories.digest import _message, digest_for
from werkpad.trajectories.models import (
    Goal,
    Meeting,
    Note,
    PhaseChange,
    PlanAction,
    Referral,
    TeamMember,
    Trajectory,
)

CATEGORIES = [c.value for c in DataCategory]
COACH_ROLE = Role.IPS_TRAJECTBEGELEIDER
ROLES = ["", "", COACH_ROLE, Role.BEHANDELAAR]  # "" : the whole organisation
# The phases A moves its IPS trajectory between (closing it is another story).
OPEN_PHASES = ["aanmelding", "kennismaking", "zoeken", "plaatsing", "nazorg"]
# Who of A writes a phase change, and the category its reason gets after the author's role.
PHASE_AUTHORS = {"klantmanager": "reintegratie", "behandelaar": "behandeling"}


@dataclass
class ConsentSpec:
    pk: int
    categories: frozenset[str]
    role: str
    in_force: bool = True
    team: bool = False  # for the care team of A's trajectory, not for organisation B


@dataclass
class History:
    """What the steps so far imply; the expectations are computed from this alone."""

    consents: list[ConsentSpec] = field(default_factory=list)
    referrals: list[int] = field(default_factory=list)  # every referral made, A → B
    pending: int | None = None  # the referral waiting for a decision
    accepted: list[int] = field(default_factory=list)  # trajectories B started by accepting
    declined: list[int] = field(default_factory=list)  # referrals B declined (with a reason)
    referral_categories: dict[int, str] = field(default_factory=dict)  # the reason's
    on_team: bool = False  # B's coach on A's trajectory
    # A's records on its trajectory, by pk: their data category.
    notes: dict[int, str] = field(default_factory=dict)
    goals: dict[int, str] = field(default_factory=dict)
    meetings: dict[int, str] = field(default_factory=dict)
    actions: dict[int, str] = field(default_factory=dict)  # in the plan and meetings' decisions
    coach_actions: set[int] = field(default_factory=set)  # of those, B's coach does
    phase_changes: dict[int, str] = field(default_factory=dict)  # the reason's category

    def _covers(self, category: str, *, team: bool) -> bool:
        return any(
            c.in_force
            and c.team == team
            and category in c.categories
            and c.role in ("", COACH_ROLE)
            for c in self.consents
        )

    def coach_may(self, category: str) -> bool:
        """Through a consent for organisation B (a team's consent never counts here)."""
        return self._covers(category, team=False)

    def team_may(self, category: str) -> bool:
        """Through a consent for the care team of A's trajectory, while the coach is on it."""
        return self.on_team and self._covers(category, team=True)

    def organisation_may_be_referred_to(self) -> bool:
        return any(
            c.in_force and not c.team and "basis" in c.categories and c.role == ""
            for c in self.consents
        )

    def coach_sees_a_trajectory(self) -> bool:
        return self.on_team and (self.coach_may("basis") or self.team_may("basis"))

    def coach_sees_note(self, category: str) -> bool:
        return self.coach_sees_a_trajectory() and (
            self.coach_may(category) or self.team_may(category)
        )

    # A goal, a meeting, an action and a phase change's reason: the same rule as a note.
    coach_sees_record = coach_sees_note

    def coach_reads_referral_reason(self, category: str) -> bool:
        return self.coach_may("basis") and self.coach_may(category)

    def referrer_reads_decline_reason(self) -> bool:
        """A decline reason is B's text: A reads it only under the client's consent for A,
        which no step gives (the reason is asked for "zodat de verwijzer weet waarom")."""
        return False


class ConsentOverTime(RuleBasedStateMachine):
    """Gemeente A records the client and runs an IPS trajectory; ggz B has an IPS coach."""

    def __init__(self) -> None:
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        self.a = make_organisation("Gemeente A", OrganisationType.GEMEENTE)
        self.b = make_organisation("GGZ B")
        self.team_b = Team.objects.create(organisation=self.b, name="IPS-team B")
        self.klantmanager = make_user(organisation=self.a, role=Role.KLANTMANAGER, mfa=False)
        self.behandelaar = make_user(organisation=self.a, role=Role.BEHANDELAAR, mfa=False)
        self.coach = make_user(organisation=self.b, role=COACH_ROLE, mfa=False)
        Membership.objects.filter(user=self.coach).update(team=self.team_b)
        self.actor_a = actor_for_user(self.klantmanager)
        self.actor_b = actor_for_user(self.coach)
        self.authors = {
            "klantmanager": self.actor_a,
            "behandelaar": actor_for_user(self.behandelaar),
        }
        self.client_user = make_user(email="client@test.example")
        self.client = make_client(organisation=self.a, user=self.client_user)
        self.actor_client = actor_for_user(self.client_user)
        # The meeting PDF as the HTML WeasyPrint would print: the same content, a fraction
        # of the time.
        self.pdf = mock.patch(
            "werkpad.trajectories.pdf.render_pdf", lambda html: html.encode("utf-8")
        )
        self.pdf.start()
        self.trajectory = services.trajectory_start(
            actor=self.actor_a, client=self.client, trajectory_type="ips"
        )
        # Old enough to carry a caseload flag, so the digest has something to tell.
        Trajectory.objects.filter(pk=self.trajectory.pk).update(
            started_on=timezone.localdate() - timedelta(days=60)
        )
        self.trajectory.refresh_from_db()
        self.history = History()
        self.recorded = False  # a record was made since the client's export was checked
        self.requests = RequestFactory()

    def teardown(self) -> None:
        self.pdf.stop()
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)

    # --- Steps ---------------------------------------------------------------------------
    @rule(
        categories=st.sets(st.sampled_from(CATEGORIES), min_size=1),
        role=st.sampled_from(ROLES),
    )
    def grant(self, categories: set[str], role: str) -> None:
        def record() -> Consent:
            return consent_record(
                actor=self.actor_a,
                client=self.client,
                recipient=self.b,
                recipient_role=role,
                categories=sorted(categories),
                purpose="ips",
                valid_from=timezone.localdate(),
                valid_until=None,
            )

        sees_anyway = self.history.accepted or any(
            c.in_force and not c.team and "basis" in c.categories for c in self.history.consents
        )
        adds_nothing = any(
            c.in_force and not c.team and c.role == role and categories <= c.categories
            for c in self.history.consents
        )
        if adds_nothing or ("basis" not in categories and not sees_anyway):
            # A consent without basic data for an organisation that cannot see the client
            # opens nothing, so it is refused (issue 11, item 4); so is one that adds nothing
            # to one in force (withdrawn, it would leave the other open unnoticed).
            with pytest.raises(ValidationError):
                record()
            return
        consent = record()
        self.history.consents.append(ConsentSpec(consent.pk, frozenset(categories), role))

    @rule(
        categories=st.sets(st.sampled_from(CATEGORIES), min_size=1),
        role=st.sampled_from(ROLES),
    )
    def grant_team(self, categories: set[str], role: str) -> None:
        """A consent for the care team of A's trajectory (decision 0037): it reaches B's coach
        only while on that team, and never opens a referral or B's other trajectories. With
        the signed form, so treatment data for the team start at once."""

        def record() -> Consent:
            return consent_record(
                actor=self.actor_a,
                client=self.client,
                recipient=None,
                trajectory=self.trajectory,
                recipient_role=role,
                categories=sorted(categories),
                purpose="ips",
                valid_from=timezone.localdate(),
                valid_until=None,
                confirm_leaves_ggz=True,
                document=SimpleUploadedFile(
                    "getekend.pdf", b"%PDF-1.4 getekend", content_type="application/pdf"
                ),
            )

        adds_nothing = any(
            c.in_force and c.team and c.role == role and categories <= c.categories
            for c in self.history.consents
        )
        if adds_nothing:
            with pytest.raises(ValidationError):
                record()
            return
        consent = record()
        self.history.consents.append(
            ConsentSpec(consent.pk, frozenset(categories), role, team=True)
        )

    def _pending(self) -> int:
        assert self.history.pending is not None
        return self.history.pending

    def _in_force(self) -> list[ConsentSpec]:
        return [c for c in self.history.consents if c.in_force]

    @precondition(lambda self: self._in_force())
    @rule(index=st.integers(0, 10))
    def withdraw(self, index: int) -> None:
        spec = self._in_force()[index % len(self._in_force())]
        consent_withdraw(
            actor=self.actor_a,
            consent=Consent.objects.get(pk=spec.pk),
            reason="De cliënt wil het niet meer.",
        )
        spec.in_force = False

    @precondition(lambda self: self._in_force())
    @rule(index=st.integers(0, 10))
    def expire(self, index: int) -> None:
        """Time passes: the consent's last day was yesterday."""
        spec = self._in_force()[index % len(self._in_force())]
        today = timezone.localdate()
        Consent.objects.filter(pk=spec.pk).update(
            valid_from=today - timedelta(days=30), valid_until=today - timedelta(days=1)
        )
        spec.in_force = False

    @rule(category=st.sampled_from(CATEGORIES))
    def refer(self, category: str) -> None:
        allowed = self.history.pending is None and self.history.organisation_may_be_referred_to()
        try:
            referral = services.referral_create(
                actor=self.actor_a,
                client=self.client,
                route="ips",
                to_team=self.team_b,
                reason=f"verwijsreden {len(self.history.referrals)} over {category}",
                category=category,
            )
        except ValidationError:
            assert not allowed, "a referral the consent allows was refused"
            return
        assert allowed, "a referral was made without the consent for it"
        self.history.referrals.append(referral.pk)
        self.history.referral_categories[referral.pk] = category
        self.history.pending = referral.pk

    @precondition(lambda self: self.history.pending is not None)
    @rule()
    def decline(self) -> None:
        referral = Referral.objects.get(pk=self._pending())
        allowed = self.history.coach_may("basis")
        try:
            services.referral_decline(
                actor=self.actor_b,
                referral=referral,
                reason=f"afwijsreden {len(self.history.declined)}",
            )
        except (PermissionDenied, Http404):
            assert not allowed, "the coach could not decline a referral they may see"
            return
        assert allowed, "a referral was declined by someone who may not see it"
        self.history.declined.append(referral.pk)
        self.history.pending = None

    @precondition(lambda self: self.history.pending is not None)
    @rule()
    def accept(self) -> None:
        # The referral as the database has it, not as a page showed it: the service itself
        # must read consent now.
        referral = Referral.objects.get(pk=self._pending())
        allowed = self.history.coach_may("basis")
        try:
            trajectory = services.referral_accept(actor=self.actor_b, referral=referral)
        except PermissionDenied:
            assert not allowed, "the coach could not accept a referral they may see"
            return
        assert allowed, "a referral was accepted without the client's consent"
        self.history.accepted.append(trajectory.pk)
        self.history.pending = None

    @rule(category=st.sampled_from(CATEGORIES))
    def record(self, category: str) -> None:
        self.recorded = True
        note = services.note_add(
            actor=self.actor_a,
            trajectory=self.trajectory,
            category=category,
            text=f"notitie {len(self.history.notes)} over {category}",
            occurred_on=timezone.localdate(),
            confirm_wider=True,  # any category, as the author chose it (issue 11, item 4)
        )
        self.history.notes[note.pk] = category

    @rule(category=st.sampled_from(CATEGORIES), life_domain=st.sampled_from(["werk", "gezondheid"]))
    def record_goal(self, category: str, life_domain: str) -> None:
        self.recorded = True
        goal = services.goal_create(
            actor=self.actor_a,
            trajectory=self.trajectory,
            details=services.GoalDetails(
                category=category,
                life_domain=life_domain,
                own_words=f"doel {len(self.history.goals)} over {category}",
            ),
            confirm_wider=True,
        )
        self.history.goals[goal.pk] = category

    def _owner(self, coach: bool) -> Any:
        """B's coach does it while on the team (the digest then tells them), else A's."""
        return self.coach if coach and self.history.on_team else self.klantmanager

    @rule(category=st.sampled_from(CATEGORIES), coach=st.booleans())
    def record_action(self, category: str, coach: bool) -> None:
        self.recorded = True
        owner = self._owner(coach)
        action = services.action_create(
            actor=self.actor_a,
            trajectory=self.trajectory,
            description=f"actie {len(self.history.actions)} over {category}",
            owner=owner,
            due_on=timezone.localdate(),
            category=category,
            confirm_wider=True,
        )
        self.history.actions[action.pk] = category
        if owner == self.coach:
            self.history.coach_actions.add(action.pk)

    @rule(
        category=st.sampled_from(CATEGORIES),
        decided=st.sampled_from(["", *CATEGORIES]),  # "": the decision inherits
        coach=st.booleans(),
    )
    def record_meeting(self, category: str, decided: str, coach: bool) -> None:
        self.recorded = True
        owner = self._owner(coach)
        n = len(self.history.meetings)
        meeting = services.meeting_record(
            actor=self.actor_a,
            trajectory=self.trajectory,
            details=services.MeetingDetails(
                kind="driegesprek",
                held_on=timezone.localdate(),
                client_present=False,
                agenda=f"agenda {n} over {category}",
                summary=f"verslag {n} over {category}",
                category=category,
            ),
            participants=[self.klantmanager],
            decisions=[
                services.DecisionItem(
                    description=f"afspraak {n} over {decided or category}",
                    owner=owner,
                    due_on=timezone.localdate(),
                    category=decided,
                )
            ],
            confirm_wider=True,
        )
        self.history.meetings[meeting.pk] = category
        action = PlanAction.objects.get(meeting=meeting)
        assert action.category == (decided or category)
        self.history.actions[action.pk] = action.category
        if owner == self.coach:
            self.history.coach_actions.add(action.pk)

    @rule(author=st.sampled_from(sorted(PHASE_AUTHORS)), step=st.integers(1, len(OPEN_PHASES) - 1))
    def change_phase(self, author: str, step: int) -> None:
        self.recorded = True
        phases = OPEN_PHASES
        to_phase = phases[(phases.index(self.trajectory.phase) + step) % len(phases)]
        actor = self.authors[author]
        self.trajectory = services.trajectory_phase_change(
            actor=actor,
            trajectory=self.trajectory,
            version=self.trajectory.version,
            to_phase=to_phase,
            reason=f"fasereden {len(self.history.phase_changes)} van de {author}",
        )
        change = PhaseChange.objects.filter(trajectory=self.trajectory).latest("pk")
        assert change.category == PHASE_AUTHORS[author]
        self.history.phase_changes[change.pk] = PHASE_AUTHORS[author]

    @precondition(lambda self: not self.history.on_team)
    @rule()
    def team_add(self) -> None:
        services.team_member_add(
            actor=self.actor_a,
            trajectory=self.trajectory,
            membership=self.coach.memberships.get(),
        )
        self.history.on_team = True

    @precondition(lambda self: self.history.on_team)
    @rule()
    def team_end(self) -> None:
        member = TeamMember.objects.get(
            trajectory=self.trajectory, user=self.coach, ended_on__isnull=True
        )
        services.team_member_end(actor=self.actor_a, member=member)
        self.history.on_team = False

    # --- After every step --------------------------------------------------------------
    def _opens(self, lookup: Any) -> bool:
        try:
            lookup()
        except Http404:
            return False
        return True

    @invariant()
    def referrals_agree(self) -> None:
        h = self.history
        expected = set(h.referrals) if h.coach_may("basis") else set()
        received = selectors.referrals(actor=self.actor_b)[0]
        listed = {r.pk for r in received}
        opened = {}
        for pk in h.referrals:
            with contextlib.suppress(Http404):
                opened[pk] = selectors.referral_get(actor=self.actor_b, pk=pk)
        allowed = {
            pk
            for pk in h.referrals
            if decide(self.actor_b, Action.VIEW_REFERRAL, Referral.objects.get(pk=pk))
        }
        assert listed == set(opened) == allowed == expected, (listed, opened, allowed, expected)
        # Their reasons (free text with a category), in the list and on the page alike, and
        # B's own decline reasons.
        for referral in [*received, *opened.values()]:
            reads = h.coach_reads_referral_reason(h.referral_categories[referral.pk])
            assert text_readable(referral, "reason") == reads, referral.pk
            if referral.pk in h.declined:
                assert text_readable(referral, "decline_reason")
        for row in selectors.referrals(actor=self.actor_a)[1] if h.declined else []:
            assert text_readable(row.referral, "reason")  # A's own
            if row.referral.pk in h.declined:
                reads = h.referrer_reads_decline_reason()
                assert text_readable(row.referral, "decline_reason") == reads

    def _texts(self, model: Any, records: Any, field: str) -> dict[int, str]:
        return dict(model.objects.filter(pk__in=list(records)).values_list("pk", field))

    def _pdf(self, meeting_id: int) -> str | None:
        """The meeting's PDF as B's coach downloads it (its HTML), or None when refused."""
        url = reverse("trajectories:meeting_pdf", args=[self.trajectory.pk, meeting_id])
        request = self.requests.get(url)
        request.user = self.coach
        request.actor = self.actor_b  # type: ignore[attr-defined]
        try:
            response = views.meeting_pdf(request, self.trajectory.pk, meeting_id)
        except Http404:
            return None
        assert response.status_code == 200, response.status_code
        return response.content.decode()

    @invariant()
    def trajectory_records_agree(self) -> None:
        """The trajectory, and on it every record kind of A (notes, goals, meetings, actions,
        phase changes' reasons): in the plan or on the timeline ⇔ its page opens (a meeting's,
        and its PDF) ⇔ the policy allows ⇔ the history says so."""
        h = self.history
        sees = h.coach_sees_a_trajectory()
        listed = visible_to(self.actor_b, Trajectory.objects.filter(pk=self.trajectory.pk))
        opens = self._opens(
            lambda: get_for(
                self.actor_b,
                Action.VIEW_TRAJECTORY,
                Trajectory.objects.all(),
                pk=self.trajectory.pk,
            )
        )
        assert listed.exists() == opens == sees
        view = (
            selectors.trajectory_view(actor=self.actor_b, trajectory=self.trajectory)
            if sees
            else None
        )
        texts = (
            {e.text for e in selectors.timeline(actor=self.actor_b, trajectory=self.trajectory)}
            if sees
            else set()
        )
        # Goals, meetings and actions in the plan; notes and meetings on the timeline.
        for model, records, part, field_name in (
            (Note, h.notes, "", "text"),
            (Goal, h.goals, "goals", "own_words"),
            (Meeting, h.meetings, "meetings", "summary"),
            (PlanAction, h.actions, "actions", "description"),
        ):
            expected = {pk for pk, category in records.items() if h.coach_sees_record(category)}
            allowed = set(
                visible_to(self.actor_b, model.objects.filter(pk__in=list(records))).values_list(
                    "pk", flat=True
                )
            )
            shown = set(expected if not part else ())
            if part and view:
                shown = {r.pk for r in getattr(view, part)}
            assert shown == allowed == expected, (model.__name__, shown, allowed, expected)
            if model in (Note, Meeting):
                on_timeline = {
                    pk
                    for pk, text in self._texts(model, records, field_name).items()
                    if text in texts
                }
                assert on_timeline == expected, (model.__name__, on_timeline, expected)
        # A meeting's page and its PDF; the PDF lists exactly the decisions B may read.
        summaries = self._texts(Meeting, h.meetings, "summary")
        decisions = list(
            PlanAction.objects.filter(meeting_id__in=list(h.meetings)).values_list(
                "pk", "meeting_id", "description"
            )
        )
        for pk, category in h.meetings.items():
            expected_meeting = h.coach_sees_record(category)
            page = self._opens(
                lambda pk=pk: selectors.meeting_get(
                    actor=self.actor_b, trajectory=self.trajectory, pk=pk
                )
            )
            pdf = self._pdf(pk)
            assert page == (pdf is not None) == expected_meeting, (pk, page, pdf, category)
            if pdf is not None:
                assert summaries[pk] in pdf
                for action_pk, meeting_id, description in decisions:
                    if meeting_id == pk:
                        decided = h.actions[action_pk]
                        assert (description in pdf) == h.coach_sees_record(decided), action_pk
        # Every phase change is on the timeline of whoever sees the trajectory; its reason
        # only under consent for the reason's category.
        reasons = self._texts(PhaseChange, h.phase_changes, "reason")
        readable = {
            c.pk
            for c in readable_texts(
                self.actor_b,
                visible_to(self.actor_b, PhaseChange.objects.filter(pk__in=list(reasons))),
            )
            if text_readable(c, "reason")
        }
        expected = {pk for pk, category in h.phase_changes.items() if h.coach_sees_record(category)}
        on_timeline = {pk for pk, reason in reasons.items() if reason in texts}
        assert readable == on_timeline == expected, (readable, on_timeline, expected)

    def _all_texts(self) -> list[str]:
        h = self.history
        return [
            *self._texts(Note, h.notes, "text").values(),
            *self._texts(Goal, h.goals, "own_words").values(),
            *self._texts(Meeting, h.meetings, "summary").values(),
            *self._texts(Meeting, h.meetings, "agenda").values(),
            *self._texts(PlanAction, h.actions, "description").values(),
            *self._texts(PhaseChange, h.phase_changes, "reason").values(),
            *self._texts(Referral, h.referrals, "reason").values(),
            *self._texts(Referral, h.declined, "decline_reason").values(),
        ]

    @invariant()
    def the_digest_and_the_mail_agree(self) -> None:
        """The e-mail: the coach hears of A's trajectory (its flags, the coach's actions due)
        exactly while they see it; of the trajectories their organisation started, always
        (they are its own). No e-mail sent so far, nor the digest, carries a record's text."""
        h = self.history
        today = timezone.localdate()
        digest = digest_for(self.coach, today)
        told = {f.url.rstrip("/").rsplit("/", 1)[-1] for f in digest.flags} if digest else set()
        flagged = bool(selectors.flags_for(self.trajectory, today, ips_norms=True))
        assert (str(self.trajectory.pk) in told) == (h.coach_sees_a_trajectory() and flagged)
        for pk in h.accepted:
            started = Trajectory.objects.get(pk=pk)
            assert (str(pk) in told) == bool(selectors.flags_for(started, today, ips_norms=True))
        mine = f"/{self.trajectory.pk}/"
        due = [i for i in (digest.due_today if digest else []) if i.url.endswith(mine)]
        open_actions = PlanAction.objects.filter(
            pk__in=h.coach_actions, done_on__isnull=True
        ).count()
        assert len(due) == (open_actions if h.coach_sees_a_trajectory() else 0)
        bodies = [f"{m.subject}\n{m.body}" for m in mail.outbox]
        if digest:
            message = _message(digest)
            bodies.append(f"{message.subject}\n{message.body}")
        for text in self._all_texts():
            assert not any(text in body for body in bodies), text

    @precondition(lambda self: self.recorded)
    @invariant()
    def the_clients_export_holds_every_record(self) -> None:
        """The client's own export (AVG art. 15 and 20) holds every record about them, with
        its text, whatever the consent says (checked after a step that recorded something:
        consent does not change it)."""
        h = self.history
        self.recorded = False
        export = build_export(actor=self.actor_client, client=self.client)
        mine = next(t for t in export["trajectories"] if t["id"] == self.trajectory.pk)
        for part, key, model, records, field_name in (
            ("notes", "text", Note, h.notes, "text"),
            ("goals", "own_words", Goal, h.goals, "own_words"),
            ("meetings", "summary", Meeting, h.meetings, "summary"),
            ("actions", "description", PlanAction, h.actions, "description"),
        ):
            exported = {row[key] for row in mine[part]}
            assert exported == set(self._texts(model, records, field_name).values()), part


@pytest.mark.heavy
@pytest.mark.django_db
def test_consent_over_time_keeps_lists_pages_policy_and_mail_in_step() -> None:
    run_state_machine_as_test(
        ConsentOverTime,
        # Every step is followed by every check (about half a second on SQLite, most of it
        # the policy's queries): 12 sequences of 10 steps keep the module near a minute.
        settings=settings(
            max_examples=12,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )
