"""A functioneel beheerder manages users and memberships of their own organisation only."""

from __future__ import annotations

from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse

from werkpad.accounts.models import ActorKind, User
from werkpad.audit.models import AccessLogEntry
from werkpad.organisations.models import Membership, OrganisationType, Role, Team
from werkpad.testing import make_organisation, make_user


def _as(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_list_shows_only_the_own_organisation(world: Any) -> None:
    body = _as(world.personas["admin_own"]).get(reverse("organisations:member_list")).content
    assert b"Pro Eigen" in body
    assert b"Pro Ander" not in body


def test_the_list_can_be_searched(world: Any) -> None:
    client = _as(world.personas["admin_own"])
    body = client.get(reverse("organisations:member_list"), {"q": "pro eig"}).content
    assert b"Pro Eigen" in body
    assert b"Beheer Eigen" not in body


def test_inviting_a_new_colleague_sends_a_password_link(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    team = Team.objects.create(organisation=world.org_a, name="IPS-team Zuid")
    client = _as(world.personas["admin_own"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("organisations:member_invite"),
            {
                "email": "Nieuwe.Collega@GGZ.example",
                "full_name": "Nieuwe Collega",
                "role": Role.BEHANDELAAR,
                "team": team.pk,
                "is_key_person": "on",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(email="nieuwe.collega@ggz.example")
    assert user.kind == ActorKind.PROFESSIONAL
    assert not user.has_usable_password()
    membership = user.memberships.get()
    assert (
        membership.organisation,
        membership.role,
        membership.team,
        membership.is_key_person,
    ) == (
        world.org_a,
        Role.BEHANDELAAR,
        team,
        True,
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuwe.collega@ggz.example"]
    assert "GGZ Oost (A)" in message.subject
    assert "/accounts/password/reset/key/" in message.body
    entry = AccessLogEntry.objects.get(event_code="membership.create")
    assert entry.organisation_id == world.org_a.pk
    assert entry.user_id == world.personas["admin_own"].pk


def test_the_password_link_works(world: Any, django_capture_on_commit_callbacks: Any) -> None:
    client = _as(world.personas["admin_own"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("organisations:member_invite"),
            {"email": "nieuw@ggz.example", "full_name": "Nieuw", "role": Role.JOBCOACH},
        )
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password/reset/key/" in line)
    path = link[link.index("/accounts/") :]
    visitor = Client()
    page = visitor.get(path, follow=True)
    assert page.status_code == 200
    response = visitor.post(
        page.redirect_chain[-1][0] if page.redirect_chain else path,
        {"password1": "een-nieuw-sterk-wachtwoord", "password2": "een-nieuw-sterk-wachtwoord"},
    )
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@ggz.example")
    assert user.check_password("een-nieuw-sterk-wachtwoord")
    assert AccessLogEntry.objects.filter(event_code="account.password_changed", user=user).exists()


def test_bad_input_gets_dutch_messages_and_changes_nothing(world: Any) -> None:
    client = _as(world.personas["admin_own"])
    before = Membership.objects.count()
    response = client.post(
        reverse("organisations:member_invite"),
        {"email": "geen-adres", "full_name": "", "role": "koning"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vul een geldig e-mailadres in" in body
    assert "Vul de naam in." in body
    assert "Selecteer een geldige keuze" in body
    assert Membership.objects.count() == before
    assert not mail.outbox


def test_a_team_of_another_organisation_is_refused(world: Any) -> None:
    foreign_team = Team.objects.create(organisation=world.org_b, name="Team B")
    response = _as(world.personas["admin_own"]).post(
        reverse("organisations:member_invite"),
        {
            "email": "x@ggz.example",
            "full_name": "X",
            "role": Role.JOBCOACH,
            "team": foreign_team.pk,
        },
    )
    assert response.status_code == 400
    assert not User.objects.filter(email="x@ggz.example").exists()


def test_a_client_account_cannot_be_made_a_professional(world: Any) -> None:
    client_user = world.personas["client"]
    response = _as(world.personas["admin_own"]).post(
        reverse("organisations:member_invite"),
        {"email": client_user.email, "full_name": "X", "role": Role.JOBCOACH},
    )
    assert response.status_code == 400
    assert "is al in gebruik bij Werkpad" in response.content.decode()
    assert not client_user.memberships.exists()


def test_the_same_role_twice_is_refused(world: Any) -> None:
    pro = world.personas["pro_own"]
    response = _as(world.personas["admin_own"]).post(
        reverse("organisations:member_invite"),
        {"email": pro.email, "full_name": pro.full_name, "role": Role.IPS_TRAJECTBEGELEIDER},
    )
    assert response.status_code == 400
    assert pro.memberships.count() == 1


def test_an_employer_gets_only_the_employer_role(world: Any) -> None:
    employer_admin = make_user(
        organisation=make_organisation(org_type=OrganisationType.EMPLOYER),
        role=Role.WERKGEVER_CONTACTPERSOON,
    )
    # Employer users are no beheerders: the employer pages come with the placement issue.
    assert _as(employer_admin).get(reverse("organisations:member_invite")).status_code == 403
    from werkpad.organisations.forms import MemberInviteForm

    form = MemberInviteForm(organisation=world.employer_org)
    assert [value for value, _label in form.fields["role"].choices] == [
        Role.WERKGEVER_CONTACTPERSOON
    ]


def test_editing_a_membership(world: Any) -> None:
    membership = world.own_membership
    response = _as(world.personas["admin_own"]).post(
        reverse("organisations:member_edit", args=[membership.pk]),
        {"role": Role.TEAMLEIDER, "team": "", "is_key_person": "on", "is_active": "", "version": 1},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert (
        membership.role,
        membership.is_key_person,
        membership.is_active,
        membership.version,
    ) == (
        Role.TEAMLEIDER,
        True,
        False,
        2,
    )
    assert AccessLogEntry.objects.filter(event_code="membership.update").count() == 1


def test_a_stale_edit_is_refused(world: Any) -> None:
    membership = world.own_membership
    admin = world.personas["admin_own"]
    url = reverse("organisations:member_edit", args=[membership.pk])
    data = {"role": Role.JOBCOACH, "team": "", "is_active": "on", "version": 1}
    assert _as(admin).post(url, data).status_code == 302
    stale = _as(admin).post(url, {**data, "role": Role.BEHANDELAAR})
    assert stale.status_code == 409
    assert "Iemand anders heeft dit intussen gewijzigd" in stale.content.decode()
    membership.refresh_from_db()
    assert membership.role == Role.JOBCOACH


def test_a_beheerder_cannot_switch_off_their_own_membership(world: Any) -> None:
    admin = world.personas["admin_own"]
    own = admin.memberships.get()
    response = _as(admin).post(
        reverse("organisations:member_edit", args=[own.pk]),
        {"role": Role.FUNCTIONEEL_BEHEERDER, "team": "", "is_active": "", "version": own.version},
    )
    assert response.status_code == 400
    own.refresh_from_db()
    assert own.is_active


def test_another_organisations_beheerder_gets_404_and_is_logged(world: Any) -> None:
    membership = world.own_membership
    response = _as(world.personas["admin_other"]).post(
        reverse("organisations:member_edit", args=[membership.pk]),
        {"role": Role.JOBCOACH, "team": "", "is_active": "on", "version": 1},
    )
    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.role == Role.IPS_TRAJECTBEGELEIDER
    denied = AccessLogEntry.objects.get(event_code="denied.change_member")
    assert denied.outcome == "denied"
    assert denied.user_id == world.personas["admin_other"].pk
    assert denied.object_id == str(membership.pk)
