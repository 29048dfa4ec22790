"""Every registry through which a context adds to a lower context's pages holds the
contributors it must (decision 0038; ``core/registry.py``). A registry fails loudly: a
contributor that is not registered (an ``AppConfig.ready()`` that lost a line) fails here,
instead of a page silently showing less.

A new registry is listed here with its contributors; a new contributor too."""

from __future__ import annotations

from importlib import import_module

import pytest

from werkpad.core.registry import REGISTRIES

# The modules that own a registry (imported, so a registry nobody fills is still seen).
OWNERS = (
    "werkpad.audit.lookups",
    "werkpad.accounts.home",
    "werkpad.clients.contributions",
    "werkpad.trajectories.contributions",
    "werkpad.employment.contributions",
)

# registry -> the contributors registered in it (``<context>.<what>``; a caseload flag by the
# name the caseload asks for), each by that context's ``AppConfig.ready()``.
EXPECTED: dict[str, frozenset[str]] = {
    # The access-log search finds a client by name and date of birth (audit.lookups).
    "audit.client_lookup": frozenset({"clients.by_name_and_birth"}),
    # The home page's cards (accounts.home), the worklist first (issue 13, item 1).
    "accounts.home": frozenset(
        {
            "accounts.access_log",
            "organisations.members",
            "clients.clients",
            "trajectories.worklist",
            "employment.signals",
            "network.questions",
        }
    ),
    # The client page and the consents (clients.contributions).
    "clients.page_sections": frozenset({"trajectories.trajectories_and_intakes"}),
    "clients.works_with_client": frozenset({"trajectories.runs_a_trajectory"}),
    "clients.care_teams": frozenset({"trajectories.care_teams"}),
    "clients.list_filters": frozenset(
        {"trajectories.trajectory", "employment.benefit", "employment.register"}
    ),
    # The trajectory's timeline and the caseload (trajectories.contributions).
    "trajectories.timeline": frozenset({"employment.work"}),
    "trajectories.caseload_flags": frozenset({"open_signal"}),
    "trajectories.digest_sections": frozenset({"network.questions"}),
    # The employer pages (employment.contributions).
    "employment.employer_placement": frozenset({"portal.disclosure"}),
}


def test_every_registry_is_listed_here() -> None:
    for owner in OWNERS:
        import_module(owner)
    assert set(REGISTRIES) == set(EXPECTED), (
        f"registries: {sorted(REGISTRIES)}; listed here: {sorted(EXPECTED)}. List a new "
        "registry in EXPECTED with the contributors it must hold."
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_registry_holds_its_contributors(name: str) -> None:
    for owner in OWNERS:
        import_module(owner)
    registered = REGISTRIES[name].names()
    missing, unexpected = EXPECTED[name] - registered, registered - EXPECTED[name]
    assert not missing, (
        f"{name} misses {', '.join(sorted(missing))}: the context's AppConfig.ready() no "
        "longer registers it, so its page would silently show less"
    )
    assert not unexpected, f"{name} holds {', '.join(sorted(unexpected))}: list it in EXPECTED"


def test_the_one_care_team_provider_answers() -> None:
    from werkpad.clients.contributions import CARE_TEAMS

    assert len(CARE_TEAMS.entries()) == 1, "the consent form needs exactly one provider"
