"""Conversations between a client and one member of their team: one transaction each,
checked by the access policy and written to the access log with the change.

A conversation carries a data category. The client chooses it; the policy's scope for threads
decides, with the client's consent, whether the professional may read it. A conversation the
professional could not read is refused before anything is saved. The other side hears of a
new message by an e-mail without its content, after the commit."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require, visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Membership
from werkpad.trajectories.digest import base_url
from werkpad.trajectories.models import TeamMember, Trajectory

from ..models import Message, Thread
from ..selectors.messages import category_in_plain_words

MAX_BODY = 5000
MAX_SUBJECT = 150


def _clean_body(body: str) -> str:
    text = (body or "").strip()
    if not text:
        raise ValidationError({"body": _("Schrijf je bericht.")})
    if len(text) > MAX_BODY:
        raise ValidationError(
            {
                "body": _(
                    "Je bericht is te lang: %(length)s tekens. Het mag %(max)s tekens zijn. "
                    "Maak het korter of stuur het in twee berichten."
                )
                % {"length": len(text), "max": MAX_BODY}
            }
        )
    return text


def _clean_subject(subject: str) -> str:
    text = " ".join((subject or "").split())
    if not text:
        raise ValidationError({"subject": _("Schrijf in een paar woorden waar het over gaat.")})
    if len(text) > MAX_SUBJECT:
        raise ValidationError(
            {
                "subject": _("Maak het onderwerp korter: hoogstens %(max)s tekens.")
                % {"max": MAX_SUBJECT}
            }
        )
    return text


def professional_reads(thread: Thread) -> bool:
    """Whether the professional the conversation is with sees it through the access policy
    (on the team, the trajectory visible, the client's consent covering its category) under
    one of their active memberships."""
    professional = thread.professional
    memberships = Membership.objects.filter(user_id=professional.pk, is_active=True)
    for membership_id in memberships.values_list("pk", flat=True):
        actor = actor_for_user(professional, membership_id=membership_id)
        if visible_to(actor, Thread.objects.filter(pk=thread.pk)).exists():
            return True
    return False


def thread_start(
    *,
    actor: Actor,
    trajectory: Trajectory,
    professional: User,
    category: str,
    subject: str,
    body: str,
) -> Thread:
    """The client starts a conversation with a member of the team of their running
    trajectory, about one kind of data. Refused (nothing saved) when that member may not read
    that kind of data, e.g. someone of another organisation without the client's consent."""
    decision = require(actor, Action.MESSAGE, trajectory)  # the client, on their own trajectory
    subject = _clean_subject(subject)
    text = _clean_body(body)
    if category not in DataCategory.values:
        raise ValidationError({"category": _("Kies waar je bericht over gaat.")})
    if trajectory.ended_on is not None:
        raise ValidationError(
            _("Dit traject is afgesloten. Stuur je bericht aan iemand van een lopend traject.")
        )
    member = (
        TeamMember.objects.filter(
            trajectory=trajectory, user_id=professional.pk, ended_on__isnull=True
        )
        .select_related("organisation")
        .first()
    )
    if member is None:
        raise ValidationError({"professional": _("Kies iemand die nu in je team zit.")})
    now = timezone.now()
    with transaction.atomic():
        thread = Thread.objects.create(
            trajectory=trajectory,
            professional=professional,
            # The organisation that runs the trajectory holds the conversation: another
            # organisation's member reads it only with the client's consent for its category.
            organisation_id=trajectory.organisation_id,
            category=category,
            subject=subject,
            last_message_at=now,
            client_read_at=now,
        )
        if not professional_reads(thread):
            raise ValidationError(  # rolls the new conversation back
                {
                    "category": _(
                        '%(name)s mag een bericht over "%(category)s" niet lezen. Je '
                        "toestemming voor %(organisation)s gaat niet over dit soort gegevens. "
                        'Kies iets anders bij "Waar gaat je bericht over?", of stuur je bericht '
                        'aan iemand anders uit je team. Onder "Mijn toestemmingen" zie je wie '
                        "wat mag zien."
                    )
                    % {
                        "name": professional.full_name,
                        "category": category_in_plain_words(category).lower(),
                        "organisation": member.organisation.name,
                    }
                }
            )
        message = Message.objects.create(thread=thread, author=_user(actor), body=text)
        _audit(
            actor,
            "portal.thread.create",
            AuditAction.CREATE,
            thread,
            decision,
            detail={"category": category, "professional": professional.pk},
        )
        _audit(actor, "portal.message.create", AuditAction.CREATE, message, decision)
        thread_id = thread.pk
        transaction.on_commit(lambda: send_new_message_mail(thread_id, to_client=False))
    return thread


def message_add(*, actor: Actor, thread: Thread, body: str) -> Message:
    """An answer in a conversation, by the client or by the professional it is with."""
    decision = require(actor, Action.MESSAGE, thread)
    # The decision knows whose conversation it is; the scope also checks the trajectory and
    # the consent, so a thread that did not come through the scope is refused here too.
    if not visible_to(actor, Thread.objects.filter(pk=thread.pk)).exists():
        raise PermissionDenied
    text = _clean_body(body)
    if actor.is_client and not professional_reads(thread):
        raise ValidationError(
            {
                "body": _(
                    "%(name)s kan dit gesprek nu niet meer lezen. Misschien zit %(name)s niet "
                    "meer in je team, of geldt je toestemming niet meer. Begin een nieuw gesprek "
                    "met iemand anders uit je team."
                )
                % {"name": thread.professional.full_name}
            }
        )
    now = timezone.now()
    own_read = "client_read_at" if actor.is_client else "professional_read_at"
    with transaction.atomic():
        message = Message.objects.create(thread=thread, author=_user(actor), body=text)
        Thread.objects.filter(pk=thread.pk).update(last_message_at=now, **{own_read: now})
        thread.last_message_at = now
        setattr(thread, own_read, now)
        _audit(actor, "portal.message.create", AuditAction.CREATE, message, decision)
        thread_id, to_client = thread.pk, not actor.is_client
        transaction.on_commit(lambda: send_new_message_mail(thread_id, to_client=to_client))
    return message


def thread_mark_read(*, actor: Actor, thread: Thread) -> None:
    """Opening a conversation marks it read for whoever opened it, up to the last message
    they were shown (a message that arrives meanwhile stays new)."""
    require(actor, Action.VIEW_OWN if actor.is_client else Action.MESSAGE, thread)
    field = "client_read_at" if actor.is_client else "professional_read_at"
    seen = thread.last_message_at
    unread = thread.unread_for_client if actor.is_client else thread.unread_for_professional
    if not unread:
        return
    not_yet = Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lt": seen})
    Thread.objects.filter(not_yet, pk=thread.pk).update(**{field: seen})
    setattr(thread, field, seen)


def send_new_message_mail(thread_id: int, *, to_client: bool) -> None:
    """Only that there is a new message, and a link: no content, no subject, and in the
    professional's mail the Werkpad number instead of the client's name."""
    thread = Thread.objects.select_related("professional", "trajectory__client__user").get(
        pk=thread_id
    )
    client = thread.trajectory.client
    if to_client:
        recipient = client.user
        template = "portal/email/message_client.txt"
        url = base_url() + reverse("portal:thread", args=[thread.pk])
    else:
        if not professional_reads(thread):  # consent is read when the mail goes, not before
            return
        recipient = thread.professional
        template = "portal/email/message_professional.txt"
        url = base_url() + reverse("portal:pro_thread", args=[thread.pk])
    if recipient is None or not recipient.email:
        return
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        body = render_to_string(template, {"url": url, "number": client.public_id})
        EmailMessage(
            subject=gettext("Je hebt een nieuw bericht in Werkpad"),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
        ).send()
