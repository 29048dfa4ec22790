"""How employers and clients reach the coach: a phone number and address the coach sets for
employers, which never reveal the care provider, and a phone number for the clients on the
coach's teams."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.core.phone import is_phone_number
from werkpad.organisations.models import (
    Membership,
    OrganisationType,
)

# --- How employers and clients reach the coach ---------------------------------------------


def employer_contact_set(
    *, actor: Actor, phone: str, email: str, client_phone: str | None = None
) -> Membership:
    """The phone number and e-mail address employers see for this coach (under the
    membership the coach acts under), instead of the work address: that one's domain would
    tell the employer which care provider the worker is with. An address on the domain of
    the coach's own work address is refused for a ggz organisation. ``client_phone`` is the
    number the clients on the coach's teams see (None: left as it is); it is checked like the
    number for employers. Nothing is saved when any of them is refused."""
    decision = require(actor, Action.VIEW_JOB_DEVELOPMENT)
    phone = (phone or "").strip()
    email = (email or "").strip().lower()
    errors: dict[str, Any] = {}
    if phone and not is_phone_number(phone):
        errors["phone"] = _("Vul een telefoonnummer in, bijvoorbeeld 06 12345678.")
    if client_phone is not None:
        client_phone = client_phone.strip()
        if client_phone and not is_phone_number(client_phone):
            errors["client_phone"] = _("Vul een telefoonnummer in, bijvoorbeeld 06 12345678.")
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
        client_changed = client_phone is not None and client_phone != locked.client_phone
        employer_changed = (phone, email) != (locked.employer_phone, locked.employer_email)
        locked.employer_phone = phone
        locked.employer_email = email
        fields = ["employer_phone", "employer_email"]
        if client_phone is not None:
            locked.client_phone = client_phone
            fields.append("client_phone")
        locked.save(update_fields=fields)
        if employer_changed or not client_changed:  # a save that changes nothing: as before
            record(
                actor,
                event="membership.employer_contact.update",
                action=AuditAction.UPDATE,
                obj=locked,
                basis=decision.basis,
            )
        if client_changed:
            record(
                actor,
                event="membership.client_contact.update",
                action=AuditAction.UPDATE,
                obj=locked,
                basis=decision.basis,
            )
    return locked
