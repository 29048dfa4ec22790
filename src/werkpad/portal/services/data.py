"""Writes of the data part of the portal (issue 5, part C): the one-click question about
income, withdrawing a consent, deciding on a consent the team proposed, the team's proposal,
and requests to correct or erase data with their legal deadline. One transaction each,
checked by the access policy and written to the access log with the change.

E-mails never carry content: only that there is something to look at, and a link."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor, organisation_of, user_of
from werkpad.access.policy import Action, require
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.clients.models import (
    Client,
    Consent,
    ConsentGrant,
    ConsentPurpose,
    DataCategory,
)
from werkpad.clients.services import consent_check_fits
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import Membership, Organisation, Role
from werkpad.portal import income
from werkpad.portal.models import (
    ConsentProposal,
    DataRequest,
    ProposalStatus,
    RequestKind,
    RequestStatus,
    Thread,
)
from werkpad.portal.selectors.data import income_question_route
from werkpad.portal.services.messages import thread_start
from werkpad.trajectories.digest import base_url
from werkpad.trajectories.models import TeamMember


def one_month_after(day: date) -> date:
    """The same day one calendar month later, or that month's last day when it is shorter
    (31 January → 28 or 29 February): the deadline of AVG art. 12(3)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def _link(name: str, pk: int) -> str:
    return base_url() + reverse(name, args=[pk])


def _mail(user: User, subject: Promise, template: str, context: dict[str, object]) -> None:
    """A short mail without content, in the reader's language."""
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        body = render_to_string(template, {"user": user, **context})
        EmailMessage(
            subject=str(subject),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        ).send()


# --- A question about income, in one click ------------------------------------------------
@dataclass(frozen=True)
class QuestionSent:
    thread: Thread
    member: TeamMember
    to_handler: bool  # ``member`` works for the organisation that decides on the benefit
    consent: Consent | None = None  # the consent the client gave to let ``member`` read it


# What the client chooses when the deciding organisation may not read the question yet.
GIVE_CONSENT, ASK_ELSEWHERE = "toestemming", "anders"
# A consent the client gives to let the deciding organisation read the question: a year.
QUESTION_CONSENT_DAYS = 365


def _question_text(benefit: str) -> tuple[str, str]:
    info = income.BENEFIT_INFO.get(benefit)
    if info is None:
        return gettext("Vraag over mijn inkomen"), gettext(
            "Ik heb een vraag over wat werken betekent voor mijn inkomen. Ik heb de uitleg in "
            "Werkpad gelezen. Wil je contact met me opnemen om het samen te bekijken?"
        )
    subject = gettext("Vraag over mijn inkomen (%(benefit)s)") % {"benefit": info.name}
    body = gettext(
        "Ik heb een vraag over wat werken betekent voor mijn inkomen. Mijn uitkering: "
        "%(benefit)s. Ik heb de uitleg in Werkpad gelezen. Wil je contact met me opnemen om "
        "het samen te bekijken?"
    ) % {"benefit": info.name}
    return subject, body


def _consent_give(
    actor: Actor,
    *,
    client: Client,
    recipient: Organisation,
    recipient_role: str,
    purpose: str,
    valid_until: date | None,
    on_behalf_of: Organisation,
    categories: list[str],
    detail: dict[str, object],
) -> Consent:
    """A consent the client gives in the portal, from today, recorded as the client's own on
    behalf of ``on_behalf_of`` (the organisation that asked). Inside the caller's
    transaction; logged as ``portal.consent.grant``."""
    consent = Consent.objects.create(
        client=client,
        recipient=recipient,
        recipient_role=recipient_role,
        purpose=purpose,
        valid_from=timezone.localdate(),
        valid_until=valid_until,
        recorded_by=user_of(actor),
        recorded_by_organisation=on_behalf_of,
    )
    ConsentGrant.objects.bulk_create(
        ConsentGrant(consent=consent, category=c) for c in dict.fromkeys(categories)
    )
    record_decision(
        actor,
        "portal.consent.grant",
        AuditAction.CREATE,
        consent,
        require(actor, Action.CHANGE_OWN, consent),  # the client's own consent
        detail={**detail, "recipient": recipient.pk, "categories": sorted(set(categories))},
    )
    return consent


def _consent_for_question(actor: Actor, client: Client, member: TeamMember) -> Consent:
    """The client lets the deciding organisation read what concerns their re-integration
    (and, if it does not see their file otherwise, their basic data), for a year. The same
    rules as any consent the client gives (``consent_check_fits``); one transaction with the
    question."""
    trajectory = member.trajectory
    purpose = trajectory.type if trajectory.type in ConsentPurpose.values else ConsentPurpose.OTHER
    # Basic data too only where the organisation would otherwise not see the file at all
    # (``consent_check_fits`` refuses a consent that opens nothing).
    for categories in (
        [DataCategory.REINTEGRATIE.value],
        [DataCategory.BASIS.value, DataCategory.REINTEGRATIE.value],
    ):
        try:
            consent_check_fits(
                client=client,
                recipient=member.organisation,
                recipient_role="",
                purpose=purpose,
                categories=categories,
            )
            break
        except ValidationError as error:
            if "categories" not in getattr(error, "error_dict", {}) or len(categories) > 1:
                raise
    today = timezone.localdate()
    return _consent_give(
        actor,
        client=client,
        recipient=member.organisation,
        recipient_role="",
        purpose=purpose,
        valid_until=today + timedelta(days=QUESTION_CONSENT_DAYS),
        on_behalf_of=trajectory.organisation,
        categories=categories,
        detail={"via": "income_question"},
    )


def income_question_ask(
    *, actor: Actor, client: Client, benefit: str = "", choice: str = ""
) -> QuestionSent:
    """Starts a conversation about income with the team member who knows the benefit best:
    someone of the organisation that decides on it (UWV for WW and WIA, the gemeente for
    bijstand), else a klantmanager, the key person or a coach (``income_question_route``).
    When the deciding organisation is on the team but the client's consent does not let it
    read the question, nothing is sent until the client chooses: give that consent
    (``GIVE_CONSENT``) or ask someone else (``ASK_ELSEWHERE``). It goes through the messages
    part's ``thread_start``, so it is logged and the professional hears by e-mail, without
    content, that there is a message."""
    require(actor, Action.PORTAL)
    if benefit and benefit not in income.BENEFITS:
        raise ValidationError({"uitkering": _("Kies een uitkering uit de lijst.")})
    if choice not in ("", GIVE_CONSENT, ASK_ELSEWHERE):
        raise ValidationError({"keuze": _("Kies wie je vraag krijgt.")})
    route = income_question_route(actor=actor, client=client, benefit=benefit)
    if route.trajectory is None:
        raise ValidationError(
            _(
                "Je hebt nu geen traject met een team. Daarom is er nog niemand om je vraag "
                "aan te stellen. Bel of mail je gemeente of UWV: zij helpen je ook."
            )
        )
    to, to_handler = route.to, route.to_handler
    if route.blocked is not None and choice == GIVE_CONSENT:
        to, to_handler = route.blocked, True
    elif route.blocked is not None and choice == ASK_ELSEWHERE:
        to = route.fallback
    elif route.blocked is not None:
        raise ValidationError(
            {
                "keuze": _(
                    "%(organisation)s mag je vraag nu niet lezen. Kies of je %(organisation)s "
                    "toestemming geeft, of dat je je vraag aan iemand anders stelt."
                )
                % {"organisation": route.blocked.organisation.name}
            }
        )
    if to is None:
        raise ValidationError(
            _(
                "Er is nu niemand in je team die je vraag mag lezen. Bel of mail je gemeente of "
                "UWV: zij helpen je ook."
            )
        )
    subject, body = _question_text(benefit)
    consent = None
    with transaction.atomic():
        if to is route.blocked:
            consent = _consent_for_question(actor, client, to)
        thread = thread_start(
            actor=actor,
            trajectory=route.trajectory,
            professional=to.user,
            category=DataCategory.REINTEGRATIE,
            subject=subject,
            body=body,
        )
    return QuestionSent(thread=thread, member=to, to_handler=to_handler, consent=consent)


# --- Consents: withdraw, decide on a proposal, propose ------------------------------------
def consent_withdraw_by_client(*, actor: Actor, consent: Consent) -> Consent:
    """The client withdraws their consent. It takes effect at once on every page and list
    (the policy reads ``withdrawn_at``); the consent stays as history. As
    ``clients.services.consent_withdraw``, but on the client's own right."""
    decision = require(actor, Action.CHANGE_OWN, consent)
    if consent.withdrawn_at is not None:
        raise ValidationError(_("Deze toestemming heb je al ingetrokken."))
    if consent.valid_until is not None and consent.valid_until < timezone.localdate():
        raise ValidationError(_("Deze toestemming is al verlopen. Er is niets meer in te trekken."))
    with transaction.atomic():
        updated = Consent.objects.filter(pk=consent.pk, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now(), withdrawn_by=user_of(actor)
        )
        if not updated:
            raise ValidationError(_("Deze toestemming heb je al ingetrokken."))
        record_decision(
            actor,
            "portal.consent.withdraw",
            AuditAction.UPDATE,
            consent,
            decision,
            detail={"recipient": consent.recipient_id},
        )
    consent.refresh_from_db()
    return consent


def consent_confirm_by_client(*, actor: Actor, consent: Consent) -> Consent:
    """The client confirms a consent their team recorded that waits for them (treatment or
    belastbaarheid data leaving the ggz without a signed form): from now on it is in force
    (``Consent.objects.active()`` reads ``client_confirmed_at``)."""
    decision = require(actor, Action.CHANGE_OWN, consent)
    if not consent.awaits_client or consent.withdrawn_at is not None:
        raise ValidationError(_("Deze toestemming hoeft niet (meer) bevestigd te worden."))
    with transaction.atomic():
        updated = Consent.objects.filter(
            pk=consent.pk,
            needs_client_confirmation=True,
            client_confirmed_at__isnull=True,
            withdrawn_at__isnull=True,
        ).update(client_confirmed_at=timezone.now())
        if not updated:
            raise ValidationError(_("Deze toestemming hoeft niet (meer) bevestigd te worden."))
        record_decision(
            actor,
            "portal.consent.confirm",
            AuditAction.UPDATE,
            consent,
            decision,
            detail={"recipient": consent.recipient_id},
        )
    consent.refresh_from_db()
    return consent


GRANT, DECLINE = "grant", "decline"


def consent_proposal_decide(
    *, actor: Actor, proposal: ConsentProposal, decision: str
) -> ConsentProposal:
    """The client gives the consent their team proposed (it is recorded as theirs, on behalf
    of the proposing organisation) or declines it. A proposal is decided once."""
    allowed = require(actor, Action.CHANGE_OWN, proposal)
    if decision not in (GRANT, DECLINE):
        raise ValidationError({"decision": _("Kies ja of nee.")})
    if proposal.status != ProposalStatus.OPEN:
        raise ValidationError(_("Over dit voorstel heb je al gekozen."))
    today = timezone.localdate()
    if decision == GRANT and proposal.valid_until is not None and proposal.valid_until < today:
        raise ValidationError(
            _(
                "Dit voorstel is verlopen: de einddatum is al voorbij. Vraag je team om een "
                "nieuw voorstel."
            )
        )
    granted = decision == GRANT
    now = timezone.now()
    with transaction.atomic():
        claimed = ConsentProposal.objects.filter(pk=proposal.pk, status=ProposalStatus.OPEN).update(
            status=ProposalStatus.GRANTED if granted else ProposalStatus.DECLINED,
            decided_at=now,
        )
        if not claimed:
            raise ValidationError(_("Over dit voorstel heb je al gekozen."))
        if granted:
            consent = _consent_give(
                actor,
                client=proposal.client,
                recipient=proposal.recipient,
                recipient_role=proposal.recipient_role,
                purpose=proposal.purpose,
                valid_until=proposal.valid_until,
                on_behalf_of=proposal.proposed_by_organisation,
                categories=[c for c in proposal.categories if c in DataCategory.values],
                detail={"proposal": proposal.pk},
            )
            ConsentProposal.objects.filter(pk=proposal.pk).update(consent=consent)
        else:
            record_decision(actor, "portal.proposal.decline", AuditAction.UPDATE, proposal, allowed)
    proposal.refresh_from_db()
    return proposal


def consent_propose(
    *,
    actor: Actor,
    client: Client,
    recipient: Organisation,
    recipient_role: str,
    purpose: str,
    categories: list[str],
    valid_until: date | None,
    reason: str,
) -> ConsentProposal:
    """A professional proposes a consent; nothing is shared until the client gives it."""
    decision = require(actor, Action.PROPOSE_CONSENT, client)
    errors: dict[str, object] = {}
    if recipient_role and recipient_role not in Role.values:
        errors["recipient_role"] = _("Kies een rol uit de lijst.")
    if purpose not in ConsentPurpose.values:
        errors["purpose"] = _("Kies een doel uit de lijst.")
    if not categories or any(c not in DataCategory.values for c in categories):
        errors["categories"] = _("Kies minstens één soort gegevens.")
    if valid_until is not None and valid_until < timezone.localdate():
        errors["valid_until"] = _("Kies vandaag of een datum in de toekomst.")
    if not reason.strip():
        errors["reason"] = _("Vul dit veld in.")
    if errors:
        raise ValidationError(errors)
    # The same rules as a consent recorded with the client present (issue 11, item 4).
    consent_check_fits(
        client=client,
        recipient=recipient,
        recipient_role=recipient_role,
        purpose=purpose,
        categories=categories,
    )
    with transaction.atomic():
        proposal = ConsentProposal.objects.create(
            client=client,
            recipient=recipient,
            recipient_role=recipient_role,
            purpose=purpose,
            categories=list(dict.fromkeys(categories)),
            valid_until=valid_until,
            reason=reason.strip(),
            proposed_by=user_of(actor),
            proposed_by_organisation=organisation_of(actor),
        )
        record_decision(
            actor,
            "portal.proposal.create",
            AuditAction.CREATE,
            proposal,
            decision,
            detail={"recipient": recipient.pk, "categories": sorted(categories)},
        )
        client_user = client.user
        if client_user is not None and client_user.email:  # told, without content
            url = base_url() + reverse("portal:consents")
            transaction.on_commit(
                lambda: _mail(
                    client_user,
                    _("Werkpad: je team vraagt je toestemming"),
                    "portal/data/email_consent_proposed.txt",
                    {"url": url},
                )
            )
    return proposal


# --- Requests to correct or erase data ----------------------------------------------------
def _functioneel_beheerders(organisation_id: int) -> list[User]:
    memberships = Membership.objects.filter(
        organisation_id=organisation_id,
        role=Role.FUNCTIONEEL_BEHEERDER,
        is_active=True,
        user__is_active=True,
    ).select_related("user")
    return list({m.user_id: m.user for m in memberships}.values())


def data_request_create(*, actor: Actor, client: Client, kind: str, text: str) -> DataRequest:
    """A request to correct or erase data, for the organisation that recorded the client.
    Due in one month (AVG art. 12(3)); its functioneel beheerders hear of it by e-mail."""
    decision = require(actor, Action.CHANGE_OWN, client)
    errors: dict[str, object] = {}
    if kind not in RequestKind.values:
        errors["kind"] = _("Kies wat je wilt.")
    if not text.strip():
        errors["text"] = _("Vul dit veld in.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        request = DataRequest.objects.create(
            client=client,
            organisation_id=client.organisation_id,
            kind=kind,
            text=text.strip(),
            due_on=one_month_after(timezone.localdate()),
        )
        record_decision(
            actor,
            "portal.data_request.create",
            AuditAction.CREATE,
            request,
            decision,
            detail={"kind": kind, "due_on": request.due_on.isoformat()},
        )
        admins = _functioneel_beheerders(client.organisation_id)
        url = _link("portal:data_request_handle", request.pk)

        def tell_admins() -> None:
            for admin in admins:
                _mail(
                    admin,
                    _("Werkpad: een nieuw verzoek van een cliënt"),
                    "portal/data/email_data_request.txt",
                    {"url": url, "due_on": request.due_on},
                )

        transaction.on_commit(tell_admins)
    return request


def data_request_answer(
    *, actor: Actor, request: DataRequest, version: int, answer: str, done: bool
) -> DataRequest:
    """The functioneel beheerder answers a request and (when done) closes it. An answer
    written on an older version is refused. The client hears by e-mail, without content,
    when it is done."""
    decision = require(actor, Action.HANDLE_DATA_REQUESTS, request)
    if not answer.strip():
        raise ValidationError({"answer": _("Vul dit veld in.")})
    changes: dict[str, object] = {"answer": answer.strip(), "version": version + 1}
    closing = done and request.status != RequestStatus.DONE
    if closing:
        changes.update(
            status=RequestStatus.DONE, handled_by=user_of(actor), handled_at=timezone.now()
        )
    elif not done:
        changes.update(status=RequestStatus.OPEN, handled_by=None, handled_at=None)
    with transaction.atomic():
        updated = DataRequest.objects.filter(pk=request.pk, version=version).update(**changes)
        if not updated:
            raise StaleEditError(DataRequest.objects.get(pk=request.pk))
        record_decision(
            actor,
            "portal.data_request.answer",
            AuditAction.UPDATE,
            request,
            decision,
            detail={"done": done},
        )
        client_user = request.client.user
        if closing and client_user is not None and client_user.email:
            url = base_url() + reverse("portal:my_data")
            transaction.on_commit(
                lambda: _mail(
                    client_user,
                    _("Werkpad: er is antwoord op je verzoek"),
                    "portal/data/email_request_answered.txt",
                    {"url": url},
                )
            )
    request.refresh_from_db()
    return request
