"""How employers reach the coach: a phone number and address the coach sets for employers, which
never reveal the care provider."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.organisations.models import (
    Membership,
    OrganisationType,
)

# --- How employers reach the coach ---------------------------------------------------------
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{8,18}[0-9]$")


def employer_contact_set(*, actor: Actor, phone: str, email: str) -> Membership:
    """The phone number and e-mail address employers see for this coach (under the
    membership the coach acts under), instead of the work address: that one's domain would
    tell the employer which care provider the worker is with. An address on the domain of
    the coach's own work address is refused for a ggz organisation."""
    decision = require(actor, Action.VIEW_JOB_DEVELOPMENT)
    phone = (phone or "").strip()
    email = (email or "").strip().lower()
    errors: dict[str, Any] = {}
    if phone and not _PHONE.match(phone):
        errors["phone"] = _("Vul een telefoonnummer in, bijvoorbeeld 06 12345678.")
    membership = actor.membership
    assert membership is not None  # guaranteed by the policy
    own_domain = user_of(actor).email.rpartition("@")[2].lower()
    if (
        email
        and membership.organisation.type == OrganisationType.GGZ
        and email.rpartition("@")[2] == own_domain
    ):
        errors["email"] = _(
            "Dit adres laat zien bij welke zorgaanbieder je werkt. Kies een adres dat de "
            "werkgever mag zien zonder dat, of laat het leeg en vul een telefoonnummer in."
        )
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        locked = Membership.objects.select_for_update().get(pk=membership.pk)
        locked.employer_phone = phone
        locked.employer_email = email
        locked.save(update_fields=["employer_phone", "employer_email"])
        record(
            actor,
            event="membership.employer_contact.update",
            action=AuditAction.UPDATE,
            obj=locked,
            basis=decision.basis,
        )
    return locked
