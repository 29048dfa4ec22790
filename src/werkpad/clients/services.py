"""Use cases that change client records: one transaction each, checked by the policy and
written to the access log with the record."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.policy import CONSENT_ROLES, Action, purposes_for, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.core.bsn import BSN_MESSAGE, BSN_PHONE_MESSAGE, is_bsn_like
from werkpad.core.crypto import encrypt, encrypt_bytes
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import Gemeente, Organisation, OrganisationType

from .contributions import CareTeam, works_with_client
from .documents import check_document
from .models import Client, ClientNumber, Consent, ConsentGrant, DataCategory, name_key


@dataclass(frozen=True, kw_only=True)
class ClientDetails:
    """What a professional records about a client (the form's cleaned data)."""

    full_name: str
    date_of_birth: date | None
    gemeente: Gemeente | None
    email: str = ""
    phone: str = ""
    preferred_language: str = "nl"
    client_number: str = ""  # the acting organisation's own number; stored encrypted

    def record_fields(self) -> dict[str, Any]:
        """The client's columns, with the search form of the name (an update bypasses
        ``Client.save``)."""
        fields = asdict(self)
        del fields["client_number"]
        return {**fields, "search_name": name_key(self.full_name)}

    def refuse_bsn(self) -> None:
        """Every entry point, not only the form: Werkpad stores no BSN (invariant 5)."""
        if is_bsn_like(self.client_number):
            raise ValidationError({"client_number": BSN_MESSAGE})
        if is_bsn_like(self.phone):
            raise ValidationError({"phone": BSN_PHONE_MESSAGE})


def client_create(*, actor: Actor, details: ClientDetails) -> Client:
    decision = require(actor, Action.CREATE_CLIENT)
    organisation = actor.organisation
    assert organisation is not None  # guaranteed by the policy
    details.refuse_bsn()
    with transaction.atomic():
        client = Client.objects.create(organisation=organisation, **details.record_fields())
        _set_client_number(actor, client, details.client_number)
        record(
            actor,
            event="client.create",
            action=AuditAction.CREATE,
            obj=client,
            basis=decision.basis,
        )
    return client


def client_update(*, actor: Actor, client: Client, version: int, details: ClientDetails) -> Client:
    decision = require(actor, Action.CHANGE_CLIENT, client)
    details.refuse_bsn()
    with transaction.atomic():
        old_email = (
            Client.objects.filter(pk=client.pk, version=version)
            .values_list("email", flat=True)
            .first()
        )
        email_changed = old_email is not None and old_email.lower() != details.email.lower()
        # Remember who pointed the record at a new address: they may not invite the client
        # to the portal for a while (portal.services.my_path.invitation_send).
        changed_by = {"email_changed_by": actor.user, "email_changed_at": timezone.now()}
        # Compare-and-set on the version: a concurrent edit makes this match no row.
        updated = Client.objects.filter(pk=client.pk, version=version).update(
            version=version + 1,
            **details.record_fields(),
            **(changed_by if email_changed else {}),
        )
        if not updated:
            raise StaleEditError(Client.objects.get(pk=client.pk))
        _set_client_number(actor, client, details.client_number)
        record(
            actor,
            event="client.update",
            action=AuditAction.UPDATE,
            obj=client,
            basis=decision.basis,
            detail={"email_changed": True} if email_changed else None,
        )
        if email_changed and old_email:
            # The old address hears of it, so a client whose address was changed behind
            # their back can ask their team.
            language = details.preferred_language or settings.LANGUAGE_CODE
            transaction.on_commit(lambda: _mail_email_changed(old_email, language))
    client.refresh_from_db()
    return client


def _mail_email_changed(email: str, language: str) -> None:
    """Nothing but the fact: no name, organisation or care words, since others may read an
    inbox."""
    with translation.override(language):
        send_mail(
            subject=render_to_string("clients/email/email_changed_subject.txt").strip(),
            message=render_to_string("clients/email/email_changed.txt"),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )


def _set_client_number(actor: Actor, client: Client, number: str) -> None:
    """The acting organisation's own number: set, replaced, or (empty) removed."""
    numbers = ClientNumber.objects.filter(client=client, organisation=actor.organisation)
    if not number:
        numbers.delete()
        return
    ClientNumber.objects.update_or_create(
        client=client, organisation=actor.organisation, defaults={"ciphertext": encrypt(number)}
    )


def consent_record(
    *,
    actor: Actor,
    client: Client,
    recipient: Organisation | None,
    recipient_role: str,
    categories: list[str],
    purpose: str,
    valid_from: date,
    valid_until: date | None,
    trajectory: CareTeam | None = None,
    document: UploadedFile | None = None,
    confirm_leaves_ggz: bool = False,
) -> Consent:
    """Recorded by a professional of the recording organisation with the client present, for
    an organisation or for the care team of one of the client's trajectories (``trajectory``,
    decision 0037). Treatment or belastbaarheid data for an organisation outside the ggz, or
    for a care team (whose members may come from anywhere, later too), needs an explicit
    confirmation, and starts only when the client confirms it in the portal unless the signed
    form is uploaded. The client is told of every consent recorded for them."""
    decision = require(actor, Action.MANAGE_CONSENTS, client)
    user, organisation = actor.user, actor.organisation
    assert user is not None and organisation is not None  # guaranteed by the policy
    to = _ConsentTarget(client=client, recipient=recipient, trajectory=trajectory)
    to.check()
    leaving = to.leaves_the_ggz(categories)
    _check_consent(to, recipient_role, categories, leaving, confirm_leaves_ggz)
    if trajectory is not None:  # the team's consent is for the purpose of its trajectory
        purpose = purposes_for(trajectory.type)[0]
    _check_not_already_given(to, recipient_role, purpose, categories)
    if leaving and document is None and client.user_id is None:
        # It would wait for a confirmation that can never come (found in a walk-through).
        raise ValidationError(
            {
                "document": _(
                    "De cliënt heeft nog geen account in Werkpad en kan deze toestemming daar "
                    "dus niet bevestigen. Voeg het ondertekende formulier toe, of nodig de "
                    "cliënt eerst uit voor Werkpad."
                )
            }
        )
    with transaction.atomic():
        consent = Consent.objects.create(
            client=client,
            recipient=recipient,
            trajectory=cast(Any, trajectory),  # a Trajectory: clients knows it as a CareTeam
            recipient_role=recipient_role,
            purpose=purpose,
            valid_from=valid_from,
            valid_until=valid_until,
            recorded_by=user,
            recorded_by_organisation=organisation,
            # Without the signed form, only the client's own word in the portal starts it.
            needs_client_confirmation=bool(leaving) and document is None,
            **_document_fields(document),
        )
        ConsentGrant.objects.bulk_create(
            ConsentGrant(consent=consent, category=category) for category in categories
        )
        record(
            actor,
            event="consent.record",
            action=AuditAction.CREATE,
            obj=consent,
            basis=decision.basis,
            detail={
                "recipient": recipient.pk if recipient else None,
                "trajectory": trajectory.pk if trajectory else None,
                "categories": sorted(categories),
            },
        )
        if client.email:
            email, language = client.email, client.preferred_language
            transaction.on_commit(lambda: _mail_consent_recorded(email, language))
    return consent


# Categories that leave the ggz when given to an organisation that is not a ggz.
CARE_CATEGORIES = (DataCategory.BEHANDELING, DataCategory.BELASTBAARHEID)


@dataclass(frozen=True, kw_only=True)
class _ConsentTarget:
    """Who a consent is for: an organisation, or the care team of one trajectory."""

    client: Client
    recipient: Organisation | None
    trajectory: CareTeam | None

    @property
    def name(self) -> str:
        if self.trajectory is not None:
            return str(
                _("het team van %(trajectory)s (%(organisation)s)")
                % {
                    "trajectory": self.trajectory.get_type_display(),
                    "organisation": self.trajectory.organisation.name,
                }
            )
        assert self.recipient is not None
        return self.recipient.name

    def check(self) -> None:
        if self.recipient is None and self.trajectory is None:
            raise ValidationError(
                {"recipient": _("Kies een organisatie of het team van een traject.")}
            )
        if self.recipient is not None and self.trajectory is not None:
            raise ValidationError(
                {"trajectory": _("Kies een organisatie óf het team van één traject, niet allebei.")}
            )
        trajectory = self.trajectory
        if trajectory is not None and (
            trajectory.client_id != self.client.pk or trajectory.is_closed
        ):
            raise ValidationError({"trajectory": _("Kies een lopend traject van deze cliënt.")})

    def leaves_the_ggz(self, categories: list[str]) -> list[str]:
        """The treatment categories the consent would let readers outside the ggz read: an
        organisation that is not a ggz, or a care team, which may hold such members now or
        later."""
        if self.recipient is not None and self.recipient.type == OrganisationType.GGZ:
            return []
        return [str(c.label) for c in CARE_CATEGORIES if c.value in categories]

    def sees_the_client_anyway(self) -> bool:
        """For a care team, a consent without basic data opens the granted categories to the
        members who see the trajectory anyway (its own organisation, at least)."""
        if self.trajectory is not None:
            return True
        assert self.recipient is not None
        return _sees_the_client_anyway(self.client, self.recipient)


def consent_check_fits(
    *,
    client: Client,
    recipient: Organisation,
    recipient_role: str,
    purpose: str,
    categories: list[str],
) -> None:
    """The rules a consent proposed to the client must meet as well as one recorded here:
    not for an employer, a role that works with the client, basic data unless the
    organisation sees the client anyway, and not a copy of one in force. The client gives it
    in the portal, which is their own confirmation of anything leaving the ggz."""
    to = _ConsentTarget(client=client, recipient=recipient, trajectory=None)
    _check_consent(to, recipient_role, categories, leaving=[], confirmed=True)
    _check_not_already_given(to, recipient_role, purpose, categories)


def _check_consent(
    to: _ConsentTarget,
    recipient_role: str,
    categories: list[str],
    leaving: list[str],
    confirmed: bool,
) -> None:
    errors: dict[str, str] = {}
    if "basis" not in categories and not to.sees_the_client_anyway():
        # Without basic data another organisation cannot see the record at all, so such a
        # consent would open nothing while looking as if it did.
        errors["categories"] = _(
            "Kies ook basisgegevens. Zonder basisgegevens ziet de organisatie het dossier "
            "helemaal niet, dus opent deze toestemming niets."
        )
    if to.recipient is not None and to.recipient.type == OrganisationType.EMPLOYER:
        errors["recipient"] = _(
            "Een werkgever ziet alleen wat de cliënt zelf kiest bij 'open zijn op werk'."
        )
    if recipient_role and recipient_role not in CONSENT_ROLES:
        errors["recipient_role"] = _(
            "Kies een rol die met de cliënt werkt. Een teamleider, regiocoördinator of "
            "functioneel beheerder ziet geen dossiers via een toestemming, alleen cijfers."
        )
    if leaving and not confirmed:
        errors["confirm_leaves_ggz"] = _(
            "Met deze toestemming gaan gegevens over %(what)s van de cliënt naar %(org)s, "
            "buiten de ggz. "
            "Bespreek dat met de cliënt en vink aan dat de cliënt dit weet. Zonder "
            "ondertekend formulier gaat de toestemming pas in als de cliënt die zelf "
            "bevestigt in Werkpad."
        ) % {"what": _join(leaving), "org": to.name}
    if errors:
        raise ValidationError(errors)


def _check_not_already_given(
    to: _ConsentTarget, recipient_role: str, purpose: str, categories: list[str]
) -> None:
    """A second consent that adds nothing to one in force would, once withdrawn, leave the
    client believing the data is closed while the first still opens it (walk-through)."""
    existing = (
        Consent.objects.active()
        .filter(
            client=to.client,
            recipient=to.recipient,
            trajectory=cast(Any, to.trajectory),
            recipient_role=recipient_role,
            purpose=purpose,
        )
        .prefetch_related("grants")
        .order_by("recorded_at")
    )
    for consent in existing:
        if set(categories) <= set(consent.categories):
            raise ValidationError(
                {
                    "categories": _(
                        "Deze toestemming is er al: vastgelegd op %(date)s en nog van "
                        "kracht. Wil je iets veranderen, trek die dan eerst in."
                    )
                    % {"date": formats.date_format(timezone.localtime(consent.recorded_at))}
                }
            )


def _join(labels: list[str]) -> str:
    if len(labels) == 2:  # behandeling and belastbaarheid: the most there are
        return _("%(first)s en %(second)s") % {"first": labels[0], "second": labels[1]}
    return labels[0]


def _sees_the_client_anyway(client: Client, recipient: Organisation) -> bool:
    """The recording organisation, one that runs a trajectory of the client, or one that
    already has the client's basic data under a consent in force: for them a consent without
    basic data still opens something (more categories, or what other organisations record on
    a shared trajectory). Whether it runs a trajectory the trajectories say
    (``clients.contributions``)."""
    if recipient.pk == client.organisation_id:
        return True
    if works_with_client(client=client, organisation=recipient):
        return True
    return (
        Consent.objects.active()
        .filter(client=client, recipient=recipient, grants__category="basis")
        .exists()
    )


def _mail_consent_recorded(email: str, language: str) -> None:
    """Nothing but the fact: no organisation, categories or care words, since others may
    read an inbox. The portal shows the rest."""
    with translation.override(language):
        send_mail(
            subject=render_to_string("clients/email/consent_recorded_subject.txt").strip(),
            message=render_to_string("clients/email/consent_recorded.txt"),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )


def _document_fields(document: UploadedFile | None) -> dict[str, Any]:
    if document is None:
        return {}
    # The type its bytes show, never the one the uploader's browser declared.
    content_type = check_document(document)
    return {
        "document_name": (document.name or "formulier")[-120:],
        "document_type": content_type,
        "document_ciphertext": encrypt_bytes(document.read()),
    }


def consent_withdraw(*, actor: Actor, consent: Consent, reason: str) -> Consent:
    """Takes effect at once for every page and list; the consent stays as history, with the
    professional's reason (the client, who is present, can ask for it in the portal)."""
    decision = require(actor, Action.MANAGE_CONSENTS, consent)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Schrijf op waarom de toestemming wordt ingetrokken.")})
    with transaction.atomic():
        updated = Consent.objects.filter(pk=consent.pk, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now(), withdrawn_by=actor.user, withdrawal_reason=reason[:500]
        )
        if updated:
            record(
                actor,
                event="consent.withdraw",
                action=AuditAction.UPDATE,
                obj=consent,
                basis=decision.basis,
            )
    consent.refresh_from_db()
    return consent
