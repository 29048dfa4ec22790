"""Use cases of the client's own path (issue 5, part A): the team invites the client, the
client accepts and gets an account, proposes a goal or a wish, marks their own action done,
says how fast they want to go and where they stand on the participatieladder. One
transaction each, checked by the access policy and logged with the change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, Basis, require
from werkpad.accounts.models import ActorKind, User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client, DataCategory
from werkpad.portal.models import (
    INVITATION_MAX_ATTEMPTS,
    INVITATION_VALID_FOR,
    ClientInvitation,
    Need,
    Pace,
    PaceStatement,
    hash_token,
    new_token,
)
from werkpad.portal.selectors.invitations import InvitationProblem, check_invitation
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    GoalStatus,
    LadderAssessment,
    LadderStep,
    LifeDomain,
    Perspective,
    PlanAction,
    Trajectory,
)

OWN_WORDS_MAX = 500
# The professional who changed a client's e-mail address waits this long before they may
# invite the client to the portal; a colleague may do it at once (issue 11, item 10).
INVITE_AFTER_OWN_EMAIL_CHANGE = timedelta(days=14)
NOTE_MAX = 1000
GOAL, WISH = "doel", "wens"


# --- The invitation ------------------------------------------------------------------------
def invitation_send(*, actor: Actor, client: Client, base_url: str) -> ClientInvitation:
    """The team invites the client to the portal: a link that works for a week and once.
    An older invitation that was not used stops working. The e-mail goes out once the
    invitation is saved, in the client's language."""
    decision = require(actor, Action.INVITE_CLIENT, client)
    if client.user_id is not None:
        raise ValidationError(
            {
                "client": _(
                    "Deze cliënt heeft al een account voor het portaal. Uitnodigen is niet nodig."
                )
            }
        )
    _refuse_after_own_email_change(actor, client)
    email = client.email.strip()
    if not email:
        raise ValidationError(
            {
                "email": _(
                    "Er staat geen e-mailadres in het dossier. Vul eerst het e-mailadres van de "
                    "cliënt in; daar gaat de uitnodiging naartoe."
                )
            }
        )
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {
                "email": _(
                    "Dit e-mailadres hoort al bij een ander Werkpad-account. Vraag de cliënt om "
                    "een ander e-mailadres, of neem contact op met je functioneel beheerder."
                )
            }
        )
    token = new_token()
    now = timezone.now()
    with transaction.atomic():
        revoked = ClientInvitation.objects.filter(
            client=client, used_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=now)
        invitation = ClientInvitation.objects.create(
            client=client,
            email=email,
            token_hash=hash_token(token),
            created_by=_user(actor),
            organisation=_organisation(actor),
            expires_at=now + INVITATION_VALID_FOR,
        )
        _audit(
            actor,
            "portal.invitation.create",
            AuditAction.CREATE,
            invitation,
            decision,
            detail={"revoked": revoked},
        )
        link = base_url.rstrip("/") + reverse("portal:accept", kwargs={"token": token})
        language = client.preferred_language or settings.LANGUAGE_CODE
        transaction.on_commit(lambda: _mail_invitation(email, link, language))
    return invitation


def _refuse_after_own_email_change(actor: Actor, client: Client) -> None:
    """Whoever pointed the record at a new address cannot also send the link that claims the
    account: otherwise one insider could take over a client's portal with an address of
    their own. Another team member, who checks the address with the client, can."""
    changed = Client.objects.filter(pk=client.pk).values_list(
        "email_changed_by_id", "email_changed_at"
    )
    changed_by, changed_at = changed.get()
    if (
        changed_by is not None
        and changed_by == _user(actor).pk
        and changed_at is not None
        and changed_at > timezone.now() - INVITE_AFTER_OWN_EMAIL_CHANGE
    ):
        raise ValidationError(
            {
                "email": _(
                    "Je hebt het e-mailadres van deze cliënt zelf gewijzigd. Daarom stuurt een "
                    "collega uit het team de uitnodiging, nadat die het adres met de cliënt "
                    "heeft gecontroleerd. Na %(days)d dagen kun je het ook zelf."
                )
                % {"days": INVITE_AFTER_OWN_EMAIL_CHANGE.days}
            }
        )


def _mail_invitation(email: str, link: str, language: str) -> None:
    """The link and how long it works; no name, organisation or anything about care, since
    others may read an inbox."""
    with translation.override(language):
        context = {"link": link, "days": INVITATION_VALID_FOR.days}
        send_mail(
            subject=render_to_string("portal/email/invitation_subject.txt", context).strip(),
            message=render_to_string("portal/email/invitation.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )


def _check_date_of_birth(invitation: ClientInvitation, given: date | None) -> None:
    """When the record knows the date of birth, the person accepting must know it too: a
    link that reached the wrong mailbox then gives nobody the file. Wrong dates are counted
    (committed on their own, before the accept's transaction); at the limit the link stops
    working."""
    known = invitation.client.date_of_birth
    if known is None or given == known:
        return
    ClientInvitation.objects.filter(pk=invitation.pk).update(
        failed_attempts=F("failed_attempts") + 1
    )
    invitation.refresh_from_db(fields=["failed_attempts"])
    if invitation.failed_attempts >= INVITATION_MAX_ATTEMPTS:
        ClientInvitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
        raise InvitationProblem(InvitationProblem.TOO_MANY_ATTEMPTS)
    raise ValidationError(
        {
            "date_of_birth": _(
                "Deze geboortedatum past niet bij je dossier. Kijk nog eens goed. Lukt het "
                "niet? Vraag je team om hulp."
            )
        }
    )


def invitation_accept(
    *, actor: Actor, token: str, password: str, date_of_birth: date | None = None
) -> User:
    """The client sets a password: their account is made and linked to their record, and the
    invitation is used up. Refused (``InvitationProblem``) when the link is unknown, expired,
    used or revoked; the row lock makes a second accept at the same moment wait and then
    fail. A password the rules refuse is a ``ValidationError`` on ``password1``."""
    _check_date_of_birth(
        check_invitation(
            ClientInvitation.objects.select_related("client")
            .filter(token_hash=hash_token(token))
            .first()
        ),
        date_of_birth,
    )
    with transaction.atomic():
        invitation = ClientInvitation.objects.select_for_update().filter(
            token_hash=hash_token(token)
        )
        found = check_invitation(invitation.select_related("client").first())
        client = Client.objects.select_for_update().get(pk=found.client_id)
        candidate = User(
            email=found.email,
            full_name=client.full_name,
            kind=ActorKind.CLIENT,
            preferred_language=client.preferred_language,
        )
        try:
            password_validation.validate_password(password, user=candidate)
        except ValidationError as refused:
            raise ValidationError({"password1": refused.messages}) from refused
        used = ClientInvitation.objects.filter(
            pk=found.pk, used_at__isnull=True, revoked_at__isnull=True
        ).update(used_at=timezone.now())
        if not used:
            raise InvitationProblem(InvitationProblem.USED)
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    email=found.email,
                    password=password,
                    full_name=client.full_name,
                    kind=ActorKind.CLIENT,
                    preferred_language=client.preferred_language,
                    daily_digest=False,  # the digest is the professionals' (caseload, flags)
                )
        except IntegrityError as taken:  # the same address was registered a moment ago
            raise InvitationProblem(InvitationProblem.EMAIL_TAKEN) from taken
        linked = Client.objects.filter(pk=client.pk, user__isnull=True).update(user=user)
        if not linked:
            raise InvitationProblem(InvitationProblem.HAS_ACCOUNT)
        client.user = user
        record(
            actor_for_user(user, access_point=actor.access_point),
            event="portal.invitation.accept",
            action=AuditAction.CREATE,
            obj=client,
            basis=Basis.SELF,
            detail={"invitation": found.pk},
        )
    return user


# --- My goals and actions ------------------------------------------------------------------
def _check_running(trajectory: Trajectory) -> None:
    if trajectory.ended_on is not None:
        raise ValidationError(
            {"trajectory": _("Dit traject is afgesloten. Kies een traject dat nog loopt.")}
        )


@dataclass(frozen=True, kw_only=True)
class GoalProposal:
    own_words: str
    life_domain: str
    kind: str  # GOAL or WISH


def goal_propose(*, actor: Actor, trajectory: Trajectory, proposal: GoalProposal) -> Goal:
    """The client adds a goal or a wish in their own words. It is a proposal: the team sees
    it on the trajectory and talks it over with the client. Whether it is a goal or a wish is
    kept in the goal's first revision."""
    decision = require(actor, Action.CHANGE_OWN, trajectory)
    _check_running(trajectory)
    own_words = proposal.own_words.strip()
    errors: dict[str, str] = {}
    if not own_words:
        errors["own_words"] = _("Schrijf in je eigen woorden wat je wilt.")
    elif len(own_words) > OWN_WORDS_MAX:
        errors["own_words"] = _("Je tekst is te lang. Gebruik hoogstens %(max)d tekens.") % {
            "max": OWN_WORDS_MAX
        }
    if proposal.life_domain not in LifeDomain.values:
        errors["life_domain"] = _("Kies waar je doel of wens over gaat.")
    if proposal.kind not in (GOAL, WISH):
        errors["kind"] = _("Kies of het een doel of een wens is.")
    if errors:
        raise ValidationError(errors)
    category = (
        DataCategory.WERK if proposal.life_domain == LifeDomain.WORK else DataCategory.REINTEGRATIE
    )
    user = _user(actor)
    with transaction.atomic():
        goal = Goal.objects.create(
            trajectory=trajectory,
            organisation=trajectory.organisation,
            category=category,
            life_domain=proposal.life_domain,
            own_words=own_words,
            status=GoalStatus.PROPOSED,
            created_by=user,
        )
        GoalRevision.objects.create(
            goal=goal,
            version=1,
            snapshot={
                "category": str(category),
                "life_domain": proposal.life_domain,
                "own_words": own_words,
                "professional_text": "",
                "status": str(GoalStatus.PROPOSED),
                "target_date": None,
                "kind": proposal.kind,
                "source": "portal",
            },
            changed_by=user,
        )
        _audit(
            actor,
            "portal.goal.propose",
            AuditAction.CREATE,
            goal,
            decision,
            detail={"kind": proposal.kind},
        )
    return goal


def action_mark_done(*, actor: Actor, action: PlanAction) -> PlanAction:
    """The client marks an action they own as done (today)."""
    decision = require(actor, Action.CHANGE_OWN, action)
    with transaction.atomic():
        PlanAction.objects.filter(pk=action.pk, done_on__isnull=True).update(
            done_on=timezone.localdate()
        )
        _audit(actor, "portal.action.done", AuditAction.UPDATE, action, decision)
    action.refresh_from_db()
    return action


def action_mark_undone(*, actor: Actor, action: PlanAction) -> PlanAction:
    """The client takes back "Dit heb ik gedaan" on the day they ticked it (a slip of the
    thumb happens; issue 13, item 17). Later the team has seen it: the client tells them."""
    decision = require(actor, Action.CHANGE_OWN, action)
    with transaction.atomic():
        undone = PlanAction.objects.filter(pk=action.pk, done_on=timezone.localdate()).update(
            done_on=None
        )
        if not undone:
            raise ValidationError(
                _(
                    "Terugzetten kan alleen op de dag dat je het afvinkte. Is het toch niet "
                    "klaar? Zeg het je team in een bericht."
                )
            )
        _audit(actor, "portal.action.undone", AuditAction.UPDATE, action, decision)
    action.refresh_from_db()
    return action


# --- My pace -------------------------------------------------------------------------------
# "I want to go faster" does not go with a pause or "too fast, slower" (issue 13, item 17).
CONTRADICTS_FASTER = frozenset({Need.PAUSE, Need.SLOWER})


def pace_statement_add(
    *, actor: Actor, trajectory: Trajectory, pace: str, need: str, note: str = ""
) -> PaceStatement:
    """The client says how fast they want to go and what they need now. The newest statement
    is what the team sees on the trajectory; older ones stay as history."""
    decision = require(actor, Action.CHANGE_OWN, trajectory)
    _check_running(trajectory)
    errors: dict[str, str] = {}
    if pace not in Pace.values:
        errors["pace"] = _("Kies hoe snel je wilt gaan.")
    if need not in Need.values:
        errors["need"] = _("Kies wat je nu nodig hebt.")
    if len(note.strip()) > NOTE_MAX:
        errors["note"] = _("Je toelichting is te lang. Gebruik hoogstens %(max)d tekens.") % {
            "max": NOTE_MAX
        }
    if pace == Pace.FASTER and need in CONTRADICTS_FASTER:
        # Kindly, and in the client's words: both cannot be what they mean right now.
        errors["need"] = _(
            'Je koos "%(pace)s" en ook "%(need)s". Dat gaat niet goed samen. Kies wat nu het '
            "meest klopt; in de toelichting kun je zeggen wat je bedoelt."
        ) % {"pace": Pace(pace).label, "need": Need(need).label}
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        statement = PaceStatement.objects.create(
            trajectory=trajectory,
            organisation=trajectory.organisation,
            pace=pace,
            need=need,
            note=note.strip(),
            created_by=_user(actor),
        )
        _audit(
            actor,
            "portal.pace.create",
            AuditAction.CREATE,
            statement,
            decision,
            detail={"pace": pace, "need": need},
        )
    return statement


# --- My ladder -----------------------------------------------------------------------------
@dataclass(frozen=True)
class LadderResult:
    assessment: LadderAssessment
    previous_step: int | None

    @property
    def went_up(self) -> bool:
        return self.previous_step is not None and self.assessment.step > self.previous_step

    @property
    def went_down(self) -> bool:
        return self.previous_step is not None and self.assessment.step < self.previous_step


def ladder_self_assess(
    *, actor: Actor, trajectory: Trajectory, step: int, note: str = ""
) -> LadderResult:
    """The client's own view of where they stand on the participatieladder, beside the
    team's. Moving down is allowed: it is their view."""
    decision = require(actor, Action.CHANGE_OWN, trajectory)
    _check_running(trajectory)
    errors: dict[str, str] = {}
    if step not in LadderStep.values:
        errors["step"] = _("Kies een stap van 1 tot en met 6.")
    if len(note.strip()) > NOTE_MAX:
        errors["note"] = _("Je toelichting is te lang. Gebruik hoogstens %(max)d tekens.") % {
            "max": NOTE_MAX
        }
    if errors:
        raise ValidationError(errors)
    previous = (
        LadderAssessment.objects.filter(trajectory=trajectory, perspective=Perspective.CLIENT)
        .order_by("-assessed_on", "-created_at", "-id")
        .values_list("step", flat=True)
        .first()
    )
    with transaction.atomic():
        assessment = LadderAssessment.objects.create(
            trajectory=trajectory,
            organisation=trajectory.organisation,
            step=step,
            perspective=Perspective.CLIENT,
            assessed_on=timezone.localdate(),
            assessed_by=_user(actor),
            note=note.strip(),
        )
        _audit(
            actor,
            "portal.ladder.assess",
            AuditAction.CREATE,
            assessment,
            decision,
            detail={"step": step, "previous": previous},
        )
    return LadderResult(assessment=assessment, previous_step=previous)
