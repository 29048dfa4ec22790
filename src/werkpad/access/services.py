"""Break the glass (decision 0033): a professional asks for temporary access to a client's
need-to-know records (treatment, belastbaarheid) outside the care team, with a reason."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client

from .actor import Actor, organisation_of, user_of
from .breakglass import BASIS, grant_detail
from .models import BreakTheGlassGrant
from .policy import Action, active_break_the_glass, on_client_care_team, require

REASON_MIN_LENGTH = 10
REASON_MAX_LENGTH = 1000


def break_the_glass_hours() -> int:
    return int(getattr(settings, "WERKPAD_BREAK_THE_GLASS_HOURS", 4))


def break_the_glass_grant(*, actor: Actor, client: Client, reason: str) -> BreakTheGlassGrant:
    """Grants the actor, for their organisation, access to ``client``'s need-to-know records
    for ``WERKPAD_BREAK_THE_GLASS_HOURS``. The grant and its log row (basis
    ``break_the_glass``, the reason in the detail) commit together; every later row of the
    actor about this client carries the grant until it expires."""
    decision = require(actor, Action.BREAK_THE_GLASS, client)
    reason = " ".join(reason.split())
    if len(reason) < REASON_MIN_LENGTH:
        raise ValidationError(
            {
                "reason": _(
                    "Schrijf op waarom je deze gegevens nu nodig hebt, in minstens %(n)s tekens."
                )
                % {"n": REASON_MIN_LENGTH}
            }
        )
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": _("Houd de reden korter dan %(n)s tekens.") % {"n": REASON_MAX_LENGTH}}
        )
    if on_client_care_team(actor, client):
        raise ValidationError(
            _("Je zit in het team van deze cliënt: je ziet deze gegevens al, zonder extra toegang.")
        )
    current = active_break_the_glass(actor, client)
    if current is not None:
        until = date_format(timezone.localtime(current.expires_at), "j F Y, H:i")
        raise ValidationError(_("Je hebt al tijdelijke toegang, tot %(until)s.") % {"until": until})
    now = timezone.now()
    with transaction.atomic():
        grant = BreakTheGlassGrant.objects.create(
            user=user_of(actor),
            organisation=organisation_of(actor),
            client=client,
            reason=reason,
            granted_at=now,
            expires_at=now + timedelta(hours=break_the_glass_hours()),
        )
        record(
            actor,
            event="breakglass.grant",
            action=AuditAction.CREATE,
            obj=grant,
            basis=BASIS,
            consent_id=decision.consent_id,
            detail=grant_detail(grant),
        )
    return grant
