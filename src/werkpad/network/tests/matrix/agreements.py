"""Access-matrix rows of the regional agreement (see __init__.py): every professional of the
region reads it; only the region's regiocoördinator changes it (set-up adds one, of B, as
persona-less: none of the personas may change it, so everyone else who sees it gets 403).
The set-up gives it a partner (A) and a target, whose pages (change, remove) follow the same
rule; clients and employers do not see them (404)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, everyone

READS = everyone(200, client=404, employer=404)
KEEPER_ONLY = everyone(403, client=404, employer=404)

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "network:agreements": {GET: everyone(200, client=403, employer=403)},
    "network:agreement": {GET: READS},
    "network:agreement_edit": {GET: KEEPER_ONLY, POST: KEEPER_ONLY},
    "network:agreement_target_add": {GET: NOT_GET, POST: KEEPER_ONLY},
    "network:agreement_document_attach": {GET: NOT_GET, POST: KEEPER_ONLY},
    # No document attached yet: nothing to download (404), for every reader alike.
    "network:agreement_document": {GET: everyone(404)},
    "network:agreement_partner_add": {GET: NOT_GET, POST: KEEPER_ONLY},
    "network:agreement_partner_edit": {GET: KEEPER_ONLY, POST: KEEPER_ONLY},
    "network:agreement_partner_remove": {GET: KEEPER_ONLY, POST: KEEPER_ONLY},
    "network:agreement_target_edit": {GET: KEEPER_ONLY, POST: KEEPER_ONLY},
    "network:agreement_target_remove": {GET: KEEPER_ONLY, POST: KEEPER_ONLY},
}

ON_PARTNER = ("network:agreement_partner_edit", "network:agreement_partner_remove")
ON_TARGET = ("network:agreement_target_edit", "network:agreement_target_remove")

KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    name: (lambda w: {"pk": w.network["agreement"].pk})
    for name in MATRIX
    if name != "network:agreements" and name not in ON_PARTNER + ON_TARGET
}
KWARGS.update({name: (lambda w: {"pk": w.network["partner"].pk}) for name in ON_PARTNER})
KWARGS.update({name: (lambda w: {"pk": w.network["target"].pk}) for name in ON_TARGET})
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}


def setup(world: Any) -> None:
    from werkpad.network.models import Agreement, AgreementPartner, AgreementTarget
    from werkpad.organisations.models import ArbeidsmarktRegio, Role
    from werkpad.testing import make_user

    if "agreement" in world.network:
        return
    keeper = make_user(organisation=world.org_b, role=Role.REGIOCOORDINATOR, mfa=False)
    world.network["agreement"] = Agreement.objects.create(
        region=ArbeidsmarktRegio.objects.get(code="AM13"),
        kind="samenwerkingsplan",
        title="Samen aan het werk",
        summary="Zorg en werk tegelijk.",
        starts_on=date(2026, 1, 1),
        review_on=date(2027, 1, 1),
        updated_by=keeper,
    )
    world.network["partner"] = AgreementPartner.objects.create(
        agreement=world.network["agreement"], organisation=world.org_a, tasks="IPS-trajecten."
    )
    world.network["target"] = AgreementTarget.objects.create(
        agreement=world.network["agreement"],
        text="Mensen met een psychische kwetsbaarheid aan het werk",
        population="cliënten van de ggz in de regio",
        percentage=40,
        due_on=date(2028, 1, 1),
    )
