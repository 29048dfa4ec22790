"""My consents over HTTP: what the page tells, withdrawing (at once, for the other
organisation too), deciding on the team's proposals, the team's proposal form and panel,
another client's ids (404), bad input (400, nothing saved) and a fixed number of queries."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent, ConsentGrant
from werkpad.organisations.models import OrganisationType
from werkpad.portal.models import ConsentProposal, ProposalStatus
from werkpad.testing import make_organisation, make_user

CONSENTS = reverse("portal:consents")


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _consent(client: Any, recipient: Any, by: Any, *categories: str, **fields: Any) -> Consent:
    fields.setdefault("valid_from", date(2026, 1, 1))
    consent = Consent.objects.create(
        client=client,
        recipient=recipient,
        purpose="ips",
        recorded_by=by,
        recorded_by_organisation=client.organisation,
        **fields,
    )
    for category in categories or ("basis",):
        ConsentGrant.objects.create(consent=consent, category=category)
    return consent


def _proposal(client: Any, recipient: Any, by: Any, **fields: Any) -> ConsentProposal:
    values: dict[str, Any] = {
        "purpose": "ips",
        "categories": ["basis", "werk"],
        "reason": "Dan kan je klantmanager meedenken over een proefplaatsing.",
    }
    values.update(fields)
    return ConsentProposal.objects.create(
        client=client,
        recipient=recipient,
        proposed_by=by,
        proposed_by_organisation=client.organisation,
        **values,
    )


@pytest.fixture
def anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


@pytest.fixture
def bert(world: Any) -> Any:
    """Bert Bakker, organisation B's client, with a portal account, a consent and a proposal
    of his own."""
    record = world.other_client_record
    record.user = make_user(full_name="Bert Bakker", kind="client")
    record.save(update_fields=["user"])
    pro_b = world.personas["pro_other"]
    record.consent = _consent(record, world.org_a, pro_b, "basis")
    record.proposal = _proposal(record, world.org_a, pro_b)
    return record


def _sees_anna(world: Any, persona: str) -> bool:
    actor = actor_for_user(world.personas[persona])
    return visible_to(actor, Client.objects.filter(pk=world.client_record.pk)).exists()


# --- The page -----------------------------------------------------------------------------
def test_the_page_explains_every_consent_and_proposal(world: Any, anna: HttpClient) -> None:
    _proposal(world.client_record, world.org_b, world.personas["pro_own"])
    page = anna.get(CONSENTS).content.decode()
    assert f'data-consent="{world.consent.pk}"' in page
    assert "Gemeente Derde (C)" in page
    assert "Zonder deze gegevens kan een organisatie je dossier helemaal niet zien." in page
    assert "hulp bij het vinden en houden van betaald werk" in page  # the purpose, explained
    assert "1 januari 2026" in page
    assert "Geldt nu" in page
    assert "Mag UWV West (B) je gegevens zien?" in page
    assert "Wat voor werk je wilt" in page  # the proposed category "werk", explained
    assert AccessLogEntry.objects.filter(event_code="portal.consent.list").exists()


def test_the_history_keeps_withdrawn_expired_and_decided(world: Any, anna: HttpClient) -> None:
    pro = world.personas["pro_own"]
    old = _consent(world.client_record, world.org_b, pro, valid_until=date(2026, 2, 1))
    gone = _consent(world.client_record, world.org_b, pro, withdrawn_at=timezone.now())
    declined = _proposal(world.client_record, world.org_b, pro, status=ProposalStatus.DECLINED)
    ConsentProposal.objects.filter(pk=declined.pk).update(decided_at=timezone.now())
    page = anna.get(CONSENTS).content.decode()
    history = page[page.index("data-history") :]
    assert f'data-consent="{old.pk}" data-state="verlopen"' in history
    assert f'data-consent="{gone.pk}" data-state="ingetrokken"' in history
    assert f'data-proposal="{declined.pk}"' in history
    assert "Je zei nee op" in history


def test_another_clients_consents_are_not_shown(world: Any, anna: HttpClient, bert: Any) -> None:
    page = anna.get(CONSENTS).content.decode()
    assert f'data-consent="{bert.consent.pk}"' not in page
    assert f'data-proposal="{bert.proposal.pk}"' not in page


def test_the_page_runs_the_same_queries_with_1_and_20(world: Any, anna: HttpClient) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert anna.get(CONSENTS).status_code == 200
        return len(queries)

    one = count()
    pro = world.personas["pro_own"]
    for n in range(19):
        _consent(world.client_record, world.org_b, pro, "basis", "werk")
        _proposal(world.client_record, world.org_b, pro, reason=f"Voorstel {n}")
    assert count() == one


# --- Withdrawing ----------------------------------------------------------------------------
def test_withdrawing_asks_first_and_takes_effect_at_once(world: Any, anna: HttpClient) -> None:
    """Organisation B sees Anna's record through her consent; after she withdraws it, B's
    professional no longer sees it, on the very next request."""
    consent = _consent(world.client_record, world.org_b, world.personas["pro_own"], "basis")
    assert _sees_anna(world, "pro_other")
    url = reverse("portal:consent_withdraw", args=[consent.pk])
    confirm = anna.get(url).content.decode()
    assert "kan deze gegevens vanaf nu niet meer zien" in confirm
    assert "Ja, trek mijn toestemming in" in confirm
    assert _sees_anna(world, "pro_other")  # looking at the question changes nothing
    response = anna.post(url)
    assert response.status_code == 302
    assert response["Location"] == CONSENTS
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert consent.withdrawn_by == world.personas["client"]
    assert not _sees_anna(world, "pro_other")
    assert AccessLogEntry.objects.filter(
        event_code="portal.consent.withdraw", object_id=str(consent.pk)
    ).exists()


def test_withdrawing_twice_is_refused(world: Any, anna: HttpClient) -> None:
    url = reverse("portal:consent_withdraw", args=[world.consent.pk])
    anna.post(url)
    world.consent.refresh_from_db()
    first = world.consent.withdrawn_at
    response = anna.post(url)
    assert response.status_code == 400
    assert "Deze toestemming heb je al ingetrokken." in response.content.decode()
    world.consent.refresh_from_db()
    assert world.consent.withdrawn_at == first


def test_an_expired_consent_cannot_be_withdrawn(world: Any, anna: HttpClient) -> None:
    old = _consent(
        world.client_record,
        world.org_b,
        world.personas["pro_own"],
        valid_until=timezone.localdate() - timedelta(days=1),
    )
    response = anna.post(reverse("portal:consent_withdraw", args=[old.pk]))
    assert response.status_code == 400
    assert "al verlopen" in response.content.decode()
    old.refresh_from_db()
    assert old.withdrawn_at is None


def test_another_clients_consent_is_a_404(world: Any, anna: HttpClient, bert: Any) -> None:
    url = reverse("portal:consent_withdraw", args=[bert.consent.pk])
    assert anna.get(url).status_code == 404
    assert anna.post(url).status_code == 404
    bert.consent.refresh_from_db()
    assert bert.consent.withdrawn_at is None


# --- Deciding on a proposal -----------------------------------------------------------------
def test_granting_a_proposal_records_the_consent_as_the_clients(
    world: Any, anna: HttpClient
) -> None:
    until = timezone.localdate() + timedelta(days=90)
    proposal = _proposal(
        world.client_record, world.org_b, world.personas["pro_own"], valid_until=until
    )
    assert not _sees_anna(world, "pro_other")
    url = reverse("portal:proposal_decide", args=[proposal.pk])
    assert "Ja, ik geef toestemming" in anna.get(url).content.decode()
    response = anna.post(url, {"decision": "grant"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.GRANTED
    assert proposal.decided_at is not None
    consent = proposal.consent
    assert consent is not None
    assert consent.client == world.client_record and consent.recipient == world.org_b
    assert consent.recorded_by == world.personas["client"]
    assert consent.recorded_by_organisation == world.org_a
    assert consent.valid_from == timezone.localdate() and consent.valid_until == until
    assert sorted(consent.categories) == ["basis", "werk"]
    assert _sees_anna(world, "pro_other")
    assert AccessLogEntry.objects.filter(
        event_code="portal.consent.grant", object_id=str(consent.pk)
    ).exists()


def test_declining_shares_nothing(world: Any, anna: HttpClient) -> None:
    proposal = _proposal(world.client_record, world.org_b, world.personas["pro_own"])
    before = Consent.objects.count()
    anna.post(reverse("portal:proposal_decide", args=[proposal.pk]), {"decision": "decline"})
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DECLINED and proposal.consent is None
    assert Consent.objects.count() == before
    assert not _sees_anna(world, "pro_other")


def test_a_decided_proposal_cannot_be_decided_again(world: Any, anna: HttpClient) -> None:
    proposal = _proposal(world.client_record, world.org_b, world.personas["pro_own"])
    url = reverse("portal:proposal_decide", args=[proposal.pk])
    anna.post(url, {"decision": "decline"})
    before = Consent.objects.count()
    response = anna.post(url, {"decision": "grant"})
    assert response.status_code == 400
    assert "Over dit voorstel heb je al gekozen." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DECLINED
    assert Consent.objects.count() == before


@pytest.mark.parametrize(
    ("data", "message"),
    [({}, "Kies ja of nee."), ({"decision": "misschien"}, "Kies ja of nee.")],
    ids=["empty", "unknown"],
)
def test_a_bad_decision_saves_nothing(
    world: Any, anna: HttpClient, data: dict[str, str], message: str
) -> None:
    proposal = _proposal(world.client_record, world.org_b, world.personas["pro_own"])
    before = Consent.objects.count()
    response = anna.post(reverse("portal:proposal_decide", args=[proposal.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.OPEN
    assert Consent.objects.count() == before


def test_an_expired_proposal_cannot_be_granted(world: Any, anna: HttpClient) -> None:
    proposal = _proposal(
        world.client_record,
        world.org_b,
        world.personas["pro_own"],
        valid_until=timezone.localdate() - timedelta(days=1),
    )
    response = anna.post(
        reverse("portal:proposal_decide", args=[proposal.pk]), {"decision": "grant"}
    )
    assert response.status_code == 400
    assert "Dit voorstel is verlopen" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.OPEN


def test_another_clients_proposal_is_a_404(world: Any, anna: HttpClient, bert: Any) -> None:
    url = reverse("portal:proposal_decide", args=[bert.proposal.pk])
    assert anna.get(url).status_code == 404
    assert anna.post(url, {"decision": "grant"}).status_code == 404
    bert.proposal.refresh_from_db()
    assert bert.proposal.status == ProposalStatus.OPEN


# --- The team proposes --------------------------------------------------------------------
def _propose_url(world: Any) -> str:
    return reverse("portal:consent_propose", args=[world.client_record.public_id])


def _propose_data(world: Any, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "recipient": world.org_b.pk,
        "recipient_role": "arbeidsdeskundige",
        "purpose": "ips",
        "categories": ["basis", "belastbaarheid"],
        "valid_until": (timezone.localdate() + timedelta(days=180)).isoformat(),
        "reason": "De arbeidsdeskundige kan dan kijken hoeveel uur je kunt werken.",
    }
    data.update(changes)
    return data


def test_a_professional_proposes_and_the_client_sees_it(
    world: Any, anna: HttpClient, django_capture_on_commit_callbacks: Any
) -> None:
    from django.core import mail

    pro = _as(world.personas["pro_own"])
    with django_capture_on_commit_callbacks(execute=True):
        response = pro.post(_propose_url(world), _propose_data(world))
    assert response.status_code == 302
    [told] = [m for m in mail.outbox if m.to == [world.personas["client"].email]]
    assert "/mijn/toestemmingen/" in told.body  # a link, and nothing about the proposal
    assert world.org_b.name not in told.body and "belastbaarheid" not in told.body
    proposal = ConsentProposal.objects.get()
    assert proposal.client == world.client_record
    assert proposal.recipient == world.org_b and proposal.recipient_role == "arbeidsdeskundige"
    assert proposal.categories == ["basis", "belastbaarheid"]
    assert proposal.proposed_by == world.personas["pro_own"]
    assert proposal.proposed_by_organisation == world.org_a
    assert proposal.status == ProposalStatus.OPEN
    assert not _sees_anna(world, "pro_other")  # nothing is shared until Anna says yes
    page = anna.get(CONSENTS).content.decode()
    assert f'data-proposal="{proposal.pk}"' in page
    assert "De arbeidsdeskundige kan dan kijken" in page


def _employer(world: Any) -> int:
    return int(world.employer_org.pk)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reason": "  "}, "Vul dit veld in."),
        ({"categories": []}, "Kies minstens één soort gegevens."),
        ({"recipient": ""}, "Kies een organisatie."),
        ({"purpose": "reclame"}, "Kies een doel uit de lijst."),
        ({"recipient_role": "koning"}, "Kies een rol uit de lijst."),
        ({"valid_until": "2020-01-01"}, "Kies vandaag of een datum in de toekomst."),
        ({"valid_until": "morgen"}, "Vul een datum in als 31-12-2026."),
        ({"recipient": "employer"}, "Kies een organisatie uit de lijst."),
    ],
    ids=["no-reason", "no-categories", "no-org", "purpose", "role", "past", "bad-date", "employer"],
)
def test_a_bad_proposal_saves_nothing(world: Any, changes: dict[str, Any], message: str) -> None:
    if changes.get("recipient") == "employer":
        changes = {"recipient": _employer(world)}
    response = _as(world.personas["pro_own"]).post(
        _propose_url(world), _propose_data(world, **changes)
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ConsentProposal.objects.exists()


def test_a_proposal_meets_the_rules_of_a_recorded_consent(world: Any) -> None:
    """Issue 11, item 4: a proposal without basic data for an organisation that does not see
    the client, for a teamleider, or that repeats a consent in force, is refused."""
    pro = _as(world.personas["pro_own"])
    cases = [
        ({"categories": ["belastbaarheid"]}, "Kies ook basisgegevens."),
        ({"recipient_role": "teamleider"}, "Kies een rol uit de lijst."),
    ]
    for changes, message in cases:
        response = pro.post(_propose_url(world), _propose_data(world, **changes))
        assert response.status_code == 400, changes
        assert message in response.content.decode()
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        recipient_role="arbeidsdeskundige",
        purpose="ips",
        valid_from=timezone.localdate(),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    for category in ("basis", "belastbaarheid"):
        ConsentGrant.objects.create(consent=consent, category=category)
    response = pro.post(_propose_url(world), _propose_data(world))
    assert response.status_code == 400
    assert "Deze toestemming is er al" in response.content.decode()
    assert not ConsentProposal.objects.exists()


def test_the_panel_shows_open_proposals_to_those_who_may_propose(world: Any) -> None:
    _proposal(world.client_record, world.org_b, world.personas["pro_own"])
    detail = reverse("clients:detail", args=[world.client_record.public_id])
    page = _as(world.personas["pro_own"]).get(detail).content.decode()
    assert "Toestemming voorstellen" in page
    assert _propose_url(world) in page
    assert "UWV West (B): basisgegevens, werk" in page
    own = _as(world.personas["client"]).get(detail)
    assert own.status_code == 200
    assert _propose_url(world) not in own.content.decode()


def test_a_professional_of_another_organisation_with_consent_may_propose(world: Any) -> None:
    """Organisation B, which Anna gave basic-data consent, may ask her for more."""
    _consent(world.client_record, world.org_b, world.personas["pro_own"], "basis")
    third = make_organisation("Re-integratie Derde", OrganisationType.REINTEGRATION)
    response = _as(world.personas["pro_other"]).post(
        _propose_url(world), _propose_data(world, recipient=third.pk, recipient_role="")
    )
    assert response.status_code == 302
    proposal = ConsentProposal.objects.get()
    assert proposal.proposed_by_organisation == world.org_b
