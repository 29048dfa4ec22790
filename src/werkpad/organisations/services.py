"""Use cases of memberships: a functioneel beheerder managing the users and memberships of
their own organisation, and anyone choosing which of their own memberships they act under."""

from __future__ import annotations

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require
from werkpad.accounts.models import ActorKind, User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.core.forms import StaleEditError

from .models import Membership, OrganisationType, Role, Team

ADDRESS_TAKEN = _(
    "Dit e-mailadres is al in gebruik bij Werkpad en kan niet voor jouw organisatie worden "
    "gebruikt. Gebruik een ander e-mailadres."
)


def member_invite(
    *,
    actor: Actor,
    email: str,
    full_name: str,
    role: str,
    team: Team | None,
    is_key_person: bool,
    base_url: str,
) -> Membership:
    """Adds a user (new or existing) to the beheerder's organisation and, for a new user,
    e-mails a link to choose a password."""
    require(actor, Action.MANAGE_MEMBERS)
    organisation = actor.organisation
    assert organisation is not None  # guaranteed by the policy
    kind = (
        ActorKind.EMPLOYER
        if organisation.type == OrganisationType.EMPLOYER
        else ActorKind.PROFESSIONAL
    )
    with transaction.atomic():
        user = User.objects.filter(email__iexact=email).first()
        is_new = user is None
        if user is not None and user.kind != kind:
            # One answer for every address that cannot join, whatever account it has: a
            # beheerder must not learn that an address belongs to a client (or an employer).
            raise ValidationError({"email": ADDRESS_TAKEN})
        if user is None:
            user = User.objects.create_user(email=email, full_name=full_name, kind=kind)
        membership = Membership(
            user=user, organisation=organisation, team=team, role=role, is_key_person=is_key_person
        )
        membership.full_clean()
        membership.save()
        record(
            actor,
            event="membership.create",
            action=AuditAction.CREATE,
            obj=membership,
            basis="role",
            detail={"role": role, "new_user": is_new},
        )
        if is_new:
            transaction.on_commit(lambda: _send_invitation(user, organisation.name, base_url))
    return membership


def _send_invitation(user: User, organisation_name: str, base_url: str) -> None:
    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    with translation.override(user.preferred_language):
        context = {"user": user, "organisation": organisation_name, "link": base_url + path}
        send_mail(
            subject=render_to_string("organisations/email/invitation_subject.txt", context).strip(),
            message=render_to_string("organisations/email/invitation.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )


def membership_update(
    *,
    actor: Actor,
    membership: Membership,
    version: int,
    role: str,
    team: Team | None,
    is_key_person: bool,
    is_active: bool,
) -> Membership:
    require(actor, Action.CHANGE_MEMBER, membership)
    if membership.user_id == actor.user.pk and not is_active:  # type: ignore[union-attr]
        raise ValueError("own_membership")
    candidate = Membership(
        pk=membership.pk,
        user_id=membership.user_id,
        organisation_id=membership.organisation_id,
        role=role,
        team=team,
        is_key_person=is_key_person,
        is_active=is_active,
    )
    candidate._state.adding = False  # an existing row: its own id is no conflict
    candidate.full_clean(exclude=["user"], validate_unique=True)
    with transaction.atomic():
        updated = Membership.objects.filter(pk=membership.pk, version=version).update(
            role=role,
            team=team,
            is_key_person=is_key_person,
            is_active=is_active,
            version=version + 1,
        )
        if not updated:
            raise StaleEditError(Membership.objects.get(pk=membership.pk))
        membership.refresh_from_db()
        record(
            actor,
            event="membership.update",
            action=AuditAction.UPDATE,
            obj=membership,
            basis="role",
            detail={"role": role, "is_active": is_active, "is_key_person": is_key_person},
        )
    return membership


__all__ = ["Role", "member_invite", "membership_update"]


def membership_choose(*, actor: Actor, membership_id: str) -> Membership | None:
    """Act under another of one's own memberships; ``None`` when it is not one of them."""
    require(actor, Action.CHOOSE_MEMBERSHIP)
    chosen = next((m for m in actor.memberships if str(m.pk) == membership_id), None)
    if chosen is not None:
        record(
            Actor(
                user=actor.user,
                membership=chosen,
                memberships=actor.memberships,
                access_point=actor.access_point,
            ),
            event="account.membership_chosen",
            action=AuditAction.LOGIN,
            obj=chosen,
        )
    return chosen
