"""Consent for the care team of one trajectory (issue 11, item 4; decision 0037): what one
member records in a granted category reaches the others, both ways, whatever their
organisation, for as long as they are on the team, and only them. Tried as a new user would:
what the UWV arbeidsdeskundige records on a ggz trajectory reaches the ggz behandelaar when
the client agreed, without a consent "for one's own organisation"."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access import policy
from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to, what_withdrawal_closes
from werkpad.clients.models import Client, Consent
from werkpad.clients.services import consent_record, consent_withdraw
from werkpad.organisations.models import Membership, OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import Note, TeamMember, Trajectory

TODAY = timezone.localdate


def _member(trajectory: Trajectory, user: Any, role: str) -> TeamMember:
    membership = Membership.objects.get(user=user)
    return TeamMember.objects.create(
        trajectory=trajectory,
        user=user,
        organisation=membership.organisation,
        role=role,
        started_on=TODAY(),
        added_by=user,
    )


@pytest.fixture
def ggz(db: Any) -> dict[str, Any]:
    """GGZ A runs an IPS trajectory with its coach and behandelaar on the team, and a UWV
    arbeidsdeskundige as a guest, who sees basic and re-integration data under the client's
    consent for UWV. Another coach of GGZ A is not on the team."""
    org_a = make_organisation("GGZ A")
    org_b = make_organisation("UWV B", OrganisationType.UWV)
    coach = make_user(organisation=org_a, full_name="Coach A")
    therapist = make_user(organisation=org_a, role=Role.BEHANDELAAR, full_name="Behandelaar A")
    other_coach = make_user(organisation=org_a, full_name="Collega A")
    ad = make_user(organisation=org_b, role=Role.ARBEIDSDESKUNDIGE, full_name="AD B")
    client_user = make_user(full_name="Cliënt")
    client = make_client(organisation=org_a, user=client_user)
    actor_a = actor_for_user(coach)
    trajectory = services.trajectory_start(actor=actor_a, client=client, trajectory_type="ips")
    _member(trajectory, therapist, Role.BEHANDELAAR)
    _member(trajectory, ad, Role.ARBEIDSDESKUNDIGE)
    consent_record(
        actor=actor_a,
        client=client,
        recipient=org_b,
        recipient_role="",
        categories=["basis", "reintegratie"],
        purpose="ips",
        valid_from=TODAY(),
        valid_until=None,
    )
    return {
        "a": org_a,
        "b": org_b,
        "coach": coach,
        "therapist": therapist,
        "other_coach": other_coach,
        "ad": ad,
        "client": client,
        "trajectory": trajectory,
    }


def _team_consent(world: dict[str, Any], categories: list[str], **kw: Any) -> Consent:
    form = SimpleUploadedFile("getekend.pdf", b"%PDF-1.4 getekend", content_type="application/pdf")
    return consent_record(
        actor=actor_for_user(world["coach"]),
        client=world["client"],
        recipient=None,
        trajectory=world["trajectory"],
        recipient_role=kw.pop("recipient_role", ""),
        categories=categories,
        purpose="anders",  # ignored: a team's consent is for its trajectory's purpose
        valid_from=TODAY(),
        valid_until=None,
        document=kw.pop("document", form),
        confirm_leaves_ggz=True,
        **kw,
    )


def _note(world: dict[str, Any], author: str, category: str, text: str) -> Note:
    return services.note_add(
        actor=actor_for_user(world[author]),
        trajectory=world["trajectory"],
        category=category,
        text=text,
        occurred_on=TODAY(),
        confirm_wider=True,
    )


def _reads(world: dict[str, Any], who: str, note: Note) -> bool:
    actor = actor_for_user(world[who])
    return visible_to(actor, Note.objects.filter(pk=note.pk)).exists()


def test_both_ways_for_the_team_only_and_withdrawn_at_once(ggz: dict[str, Any]) -> None:
    uwv_note = _note(ggz, "ad", "belastbaarheid", "Kan 4 uur per dag werken, met pauzes.")
    ggz_note = _note(ggz, "therapist", "behandeling", "Medicatie wordt afgebouwd.")
    # Without the team consent: UWV's belastbaarheid stays with UWV, the therapy with the ggz.
    assert not _reads(ggz, "therapist", uwv_note)
    assert not _reads(ggz, "ad", ggz_note)

    uwv_work = _note(ggz, "ad", "werk", "Belde met werkgever over proefplaatsing.")
    assert not _reads(ggz, "other_coach", uwv_work)
    consent = _team_consent(ggz, ["belastbaarheid", "behandeling", "werk"])
    assert consent.recipient is None and consent.purpose == "ips"
    assert _reads(ggz, "therapist", uwv_note)  # UWV -> ggz
    assert _reads(ggz, "ad", ggz_note)  # ggz -> UWV
    assert _reads(ggz, "coach", uwv_work)
    # A colleague of the ggz off the team gets nothing through a team's consent (work data
    # is not need-to-know, so only the team rule keeps this from them).
    assert not _reads(ggz, "other_coach", uwv_note)
    assert not _reads(ggz, "other_coach", uwv_work)
    # It is not a consent for an organisation: no referral to UWV or the ggz rests on it.
    assert not policy.client_consents_to(ggz["client"], ggz["a"], "belastbaarheid")

    consent_withdraw(
        actor=actor_for_user(ggz["coach"]), consent=consent, reason="De cliënt wil dit."
    )
    assert not _reads(ggz, "therapist", uwv_note)
    assert not _reads(ggz, "ad", ggz_note)


def test_a_later_member_reads_while_on_the_team_and_not_after(ggz: dict[str, Any]) -> None:
    """A gemeente's klantmanager with no consent for the gemeente: the team's consent for
    basic and work data opens the trajectory to them as soon as they join, and closes it
    when they leave."""
    org_c = make_organisation("Gemeente C", OrganisationType.GEMEENTE)
    km = make_user(organisation=org_c, role=Role.KLANTMANAGER, full_name="KM C")
    ggz["km"] = km
    note = _note(ggz, "coach", "werk", "Wil graag buiten werken.")
    _team_consent(ggz, ["basis", "werk"], document=None)  # no care data: no form needed
    actor = actor_for_user(km)
    trajectory = ggz["trajectory"]
    assert not visible_to(actor, Trajectory.objects.filter(pk=trajectory.pk)).exists()

    http = _login(km)
    pages = [
        reverse("trajectories:detail", args=[trajectory.pk]),
        reverse("clients:detail", args=[ggz["client"].public_id]),
    ]
    assert [http.get(url).status_code for url in pages] == [404, 404]
    member = _member(trajectory, km, Role.KLANTMANAGER)
    assert [http.get(url).status_code for url in pages] == [200, 200]
    assert visible_to(actor, Trajectory.objects.filter(pk=trajectory.pk)).exists()
    assert visible_to(actor, Client.objects.filter(pk=ggz["client"].pk)).exists()
    assert _reads(ggz, "km", note)
    seen = policy.team_members_who_see(TeamMember.objects.filter(trajectory=trajectory))
    assert member in seen
    readers = policy.team_members_who_would_read(trajectory, "werk", ggz["a"].pk)
    assert {m.user.full_name for m in readers} >= {"KM C", "Coach A"}
    assert "KM C" not in {
        m.user.full_name
        for m in policy.team_members_who_would_read(trajectory, "behandeling", ggz["a"].pk)
    }

    member.ended_on = TODAY()
    member.save()
    assert [http.get(url).status_code for url in pages] == [404, 404]
    assert not visible_to(actor, Trajectory.objects.filter(pk=trajectory.pk)).exists()
    assert not visible_to(actor, Client.objects.filter(pk=ggz["client"].pk)).exists()
    assert not _reads(ggz, "km", note)
    seen = policy.team_members_who_see(TeamMember.objects.filter(trajectory=trajectory))
    assert member not in seen


def test_a_role_limited_team_consent_reaches_that_role_only(ggz: dict[str, Any]) -> None:
    uwv_note = _note(ggz, "ad", "belastbaarheid", "Kan 4 uur per dag werken.")
    _team_consent(ggz, ["belastbaarheid"], recipient_role=Role.BEHANDELAAR)
    assert _reads(ggz, "therapist", uwv_note)
    assert not _reads(ggz, "coach", uwv_note)


def test_the_phase_change_reason_follows_the_team_consent(ggz: dict[str, Any]) -> None:
    from werkpad.trajectories.models import PhaseChange

    coach = actor_for_user(ggz["coach"])
    trajectory = ggz["trajectory"]
    change = PhaseChange.objects.create(
        trajectory=trajectory,
        from_phase=trajectory.phase,
        to_phase=trajectory.phase,
        changed_on=TODAY(),
        changed_by=ggz["therapist"],
        organisation=ggz["a"],
        reason="Opname, behandeling gaat voor.",
        category="behandeling",
    )

    def readable() -> bool:
        qs = policy.readable_texts(
            actor_for_user(ggz["ad"]), PhaseChange.objects.filter(pk=change.pk)
        )
        return policy.text_readable(qs.get(), "reason")

    assert not readable()
    _team_consent(ggz, ["behandeling"])
    assert readable()
    del coach


def test_recording_refuses_what_does_not_fit(ggz: dict[str, Any]) -> None:
    coach = actor_for_user(ggz["coach"])
    elsewhere = services.trajectory_start(
        actor=coach, client=make_client(organisation=ggz["a"]), trajectory_type="ips"
    )
    base: dict[str, Any] = {
        "actor": coach,
        "client": ggz["client"],
        "recipient_role": "",
        "categories": ["werk"],
        "purpose": "ips",
        "valid_from": TODAY(),
        "valid_until": None,
    }
    cases = [
        ({"recipient": None, "trajectory": None}, "recipient"),
        ({"recipient": ggz["b"], "trajectory": ggz["trajectory"]}, "trajectory"),
        ({"recipient": None, "trajectory": elsewhere}, "trajectory"),
        # Care data for a team (anyone may join it later) asks for the confirmation.
        (
            {"recipient": None, "trajectory": ggz["trajectory"], "categories": ["behandeling"]},
            "confirm_leaves_ggz",
        ),
    ]
    for overrides, field in cases:
        with pytest.raises(ValidationError) as refused:
            consent_record(**{**base, **overrides})
        assert field in refused.value.message_dict, (overrides, refused.value.message_dict)
    assert not Consent.objects.filter(trajectory__isnull=False).exists()
    # Without basic data a team consent still opens something (the team sees the trajectory).
    consent_record(**{**base, "recipient": None, "trajectory": ggz["trajectory"]})
    # A second one that adds nothing is refused, with the date of the first.
    with pytest.raises(ValidationError) as again:
        consent_record(**{**base, "recipient": None, "trajectory": ggz["trajectory"]})
    assert "is er al" in again.value.message_dict["categories"][0]


def _login(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def test_the_form_names_the_team_and_records_for_it(ggz: dict[str, Any]) -> None:
    http = _login(ggz["coach"])
    url = reverse("clients:consents", args=[ggz["client"].public_id])
    page = http.get(url).content.decode()
    assert "Het team van IPS bij GGZ A: nu" in page
    assert "AD B (arbeidsdeskundige, UWV B)" in page
    response = http.post(
        url,
        {
            "trajectory": ggz["trajectory"].pk,
            "categories": ["werk"],
            "purpose": "ips",
            "valid_from": TODAY().isoformat(),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    consent = Consent.objects.get(trajectory=ggz["trajectory"])
    page = http.get(url).content.decode()
    assert "het team van IPS (GGZ A)" in page
    # Both chosen: refused with a clear message, nothing recorded.
    response = http.post(
        url,
        {
            "recipient": ggz["b"].pk,
            "trajectory": ggz["trajectory"].pk,
            "categories": ["basis"],
            "purpose": "ips",
            "valid_from": TODAY().isoformat(),
        },
    )
    assert response.status_code == 400
    assert "niet allebei" in response.content.decode()
    assert Consent.objects.filter(trajectory=ggz["trajectory"]).count() == 1
    # The withdrawal page for UWV's consent says nothing stays open; a second one would.
    uwv = Consent.objects.get(recipient=ggz["b"])
    withdraw = reverse("clients:consent_withdraw", args=[ggz["client"].public_id, uwv.pk])
    assert "Er blijft een andere toestemming" not in http.get(withdraw).content.decode()
    consent_record(
        actor=actor_for_user(ggz["coach"]),
        client=ggz["client"],
        recipient=ggz["b"],
        recipient_role=Role.ARBEIDSDESKUNDIGE,
        categories=["basis"],
        purpose="ips",
        valid_from=TODAY(),
        valid_until=None,
    )
    page = http.get(withdraw).content.decode()
    assert "Er blijft een andere toestemming voor UWV B van kracht" in page
    assert "Zonder basisgegevens ziet UWV B het dossier niet meer" not in page
    del consent


def test_the_client_reads_whom_a_team_consent_is_for(ggz: dict[str, Any]) -> None:
    """The portal names the team, says later members are included, and a team consent with
    care data and no signed form waits for the client's own confirmation."""
    consent = _team_consent(ggz, ["belastbaarheid"], document=None)
    assert consent.awaits_client
    uwv_note = _note(ggz, "ad", "belastbaarheid", "Kan 4 uur per dag werken.")
    assert not _reads(ggz, "therapist", uwv_note)  # not before the client confirms
    http = _login(ggz["client"].user)
    page = http.get(reverse("portal:consents")).content.decode()
    assert "het team van IPS (GGZ A)" in page
    assert "ook wie er later bij komt" in page
    confirmed = http.post(reverse("portal:consent_confirm", args=[consent.pk]))
    assert confirmed.status_code == 302
    assert _reads(ggz, "therapist", uwv_note)


# --- Withdrawing says who loses what ------------------------------------------------------
# Found in a walk-through: the pages said "the team sees nothing any more" while most of the
# team kept access through their own organisation or another consent, and the client was never
# told who was on the team. The policy answers who stops reading what; the professional's and
# the client's withdrawal pages name them; a consent that waits for the client can be refused.


def _http_as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _losses(consent: Consent) -> dict[str, list[str]]:
    return {m.user.full_name: lost for m, lost in what_withdrawal_closes(consent)}


def test_the_policy_names_who_stops_reading_what(ggz: dict[str, Any]) -> None:
    consent = _team_consent(ggz, ["basis", "reintegratie", "behandeling"])
    # AD B keeps basic and re-integration data through the client's consent for UWV; the ggz
    # members keep the basic data of the trajectory their organisation runs.
    assert _losses(consent) == {
        "Coach A": ["reintegratie", "behandeling"],
        "Behandelaar A": ["reintegratie", "behandeling"],
        "AD B": ["behandeling"],
    }
    Consent.objects.filter(recipient=ggz["b"]).update(withdrawn_at=consent.recorded_at)
    assert _losses(consent)["AD B"] == ["basis", "reintegratie", "behandeling"]


def test_the_professionals_withdrawal_page_names_them(ggz: dict[str, Any]) -> None:
    consent = _team_consent(ggz, ["basis", "reintegratie", "behandeling"])
    url = reverse("clients:consent_withdraw", args=[ggz["client"].public_id, consent.pk])
    page = _http_as(ggz["coach"]).get(url).content.decode()
    assert (
        "AD B (arbeidsdeskundige, UWV B) ziet vanaf nu niet meer wat anderen vastleggen over: "
        "behandeling." in page
    )
    assert "Behandelaar A (behandelaar, GGZ A) ziet vanaf nu niet meer" in page
    assert "ziet het dossier niet meer" not in page  # the old overstatement


def test_the_client_sees_who_is_on_the_team_and_what_withdrawing_closes(
    ggz: dict[str, Any],
) -> None:
    consent = _team_consent(ggz, ["basis", "reintegratie", "behandeling"])
    client = _http_as(ggz["client"].user)
    listing = client.get(reverse("portal:consents")).content.decode()
    assert "Nu in het team" in listing
    assert "AD B (arbeidsdeskundige, UWV B)" in listing
    assert "werkt niet bij de ggz" in listing
    page = client.get(reverse("portal:consent_withdraw", args=[consent.pk])).content.decode()
    assert (
        "AD B (UWV B) ziet vanaf nu niet meer wat anderen over je opschrijven over: "
        "behandeling." in page
    )


def test_a_consent_that_waits_for_the_client_can_be_refused(ggz: dict[str, Any]) -> None:
    consent = _team_consent(ggz, ["basis", "behandeling"], document=None)
    assert consent.awaits_client
    client = _http_as(ggz["client"].user)
    home = client.get(reverse("portal:home")).content.decode()
    assert "data-consents-waiting" in home
    listing = client.get(reverse("portal:consents")).content.decode()
    assert "Nee, dit wil ik niet" in listing
    assert "AD B (UWV B)" in listing  # who outside the ggz would read the treatment data
    url = reverse("portal:consent_withdraw", args=[consent.pk])
    page = client.get(url).content.decode()
    assert "Zeg je nee, dan gaat ze niet in" in page
    assert "ziet vanaf nu niet meer" not in page  # it never started
    response = client.post(url, follow=True)
    assert "Je hebt nee gezegd." in response.content.decode()
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert "data-consents-waiting" not in client.get(reverse("portal:home")).content.decode()


def test_a_guest_is_told_what_is_hidden_not_that_nothing_is_there(ggz: dict[str, Any]) -> None:
    """AD B (UWV, consent for basic and re-integration data only) reads "nothing you may
    see" on the trajectory page, and is told a career profile exists instead of being offered
    to make a second one (found in a walk-through)."""
    from werkpad.employment.models import CareerProfile
    from werkpad.employment.services import ProfileDetails, career_profile_save

    career_profile_save(
        actor=actor_for_user(ggz["coach"]),
        trajectory=ggz["trajectory"],
        details=ProfileDetails(
            own_words="Iets in de groenvoorziening",
            work_kinds=[],
            sectors=[],
            avoid_kinds=[],
            avoid_sectors=[],
        ),
    )
    guest = _http_as(ggz["ad"])
    detail = guest.get(reverse("trajectories:detail", args=[ggz["trajectory"].pk]))
    assert "Geen acties die je mag zien." in detail.content.decode()
    url = reverse("employment:profile", args=[ggz["trajectory"].pk])
    page = guest.get(url).content.decode()
    assert "data-profile-hidden" in page and "Profiel maken" not in page
    assert guest.post(url, {"own_words": "Kantoor"}).status_code == 403
    assert CareerProfile.objects.filter(trajectory=ggz["trajectory"]).count() == 1
    owner = _http_as(ggz["coach"]).get(reverse("trajectories:detail", args=[ggz["trajectory"].pk]))
    assert "Geen acties die je mag zien." not in owner.content.decode()
