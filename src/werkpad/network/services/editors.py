"""The editors of a region's knowledge base (issue 15, item 2; decision 0043): the region's
regiocoördinator names a professional of an organisation in the region, and removes one.
An editor place is what ``EDIT_ARTICLE`` reads, so a removal takes the right away at once.
One transaction each, checked by the policy, written to the access log."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require
from werkpad.accounts.models import ActorKind, User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.organisations.models import ArbeidsmarktRegio, Membership, OrganisationType

from ..models import Editor


def professional_in(region: ArbeidsmarktRegio, email: str) -> User | None:
    """The active professional with this e-mail address who works at an organisation in the
    region (not an employer), or None. Who may be named an editor."""
    address = email.strip().lower()
    if not address:
        return None
    works_here = Membership.objects.filter(is_active=True, organisation__regions=region).exclude(
        organisation__type=OrganisationType.EMPLOYER
    )
    return (
        User.objects.filter(
            email=address,
            kind=ActorKind.PROFESSIONAL,
            is_active=True,
            pk__in=works_here.values("user_id"),
        )
        .distinct()
        .first()
    )


def editor_add(*, actor: Actor, region: ArbeidsmarktRegio, email: str) -> Editor:
    """Name the professional with this e-mail address an editor of the region's knowledge
    base. Refused (nothing stored) when nobody of an organisation in the region has it, or
    when they already are an editor; the message does not say which address exists."""
    decision = require(actor, Action.MANAGE_EDITORS, Editor(region=region))
    user = professional_in(region, email)
    if user is None:
        raise ValidationError(
            {
                "email": _(
                    "Bij de organisaties in %(region)s werkt geen professional met dit "
                    "e-mailadres. Vraag je collega naar het e-mailadres waarmee die inlogt bij "
                    "Werkpad."
                )
                % {"region": region.name}
            }
        )
    already = _("%(name)s is al redacteur van %(region)s.") % {
        "name": user.full_name,
        "region": region.name,
    }
    if Editor.objects.filter(user=user, region=region).exists():
        raise ValidationError({"email": already})
    try:
        with transaction.atomic():
            editor = Editor.objects.create(user=user, region=region)
            record_decision(
                actor,
                "network.editor.create",
                AuditAction.CREATE,
                editor,
                decision,
                detail={"region": region.code},
            )
    except IntegrityError as exc:  # named by someone else at the same moment
        raise ValidationError({"email": already}) from exc
    return editor


def editor_remove(*, actor: Actor, editor: Editor) -> None:
    """The editor no longer keeps the region's knowledge base: from the next request on they
    cannot edit its articles (``EDIT_ARTICLE`` asks for the place). Their articles stay."""
    decision = require(actor, Action.MANAGE_EDITORS, editor)
    with transaction.atomic():
        record_decision(
            actor,
            "network.editor.delete",
            AuditAction.DELETE,
            editor,
            decision,
            detail={"region": editor.region.code if editor.region else ""},
        )
        editor.delete()
