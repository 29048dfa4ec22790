"""Access-matrix rows of the network's start page, who is who, the knowledge base and the
search (see __init__.py).

Every professional of the region reads (all test organisations work in AM13); clients and
employers have no part in the network: pages answer 403, records 404 (outside their scope).
An organisation's entry is changed by its own functioneel beheerder only; a beheerder of
another organisation sees the entry (an insider without the right: 403). Articles are written
by a region's editors: set-up makes pro_own an editor of AM13 (the questions part counts on
it too: an editor turns a question into an article)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, everyone, only

PROFESSIONALS = everyone(200, client=403, employer=403)
# A record of the network: every professional reads it, outside the scope it does not exist.
READS = everyone(200, client=404, employer=404)
ADMIN_OWN = only({"admin_own": 200, "admin_other": 200}, 403)  # B's beheerder: B's entry
KEY_PERSON = everyone(403, client=404, employer=404, admin_own=200)

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "network:home": {GET: PROFESSIONALS},
    "network:directory": {GET: PROFESSIONALS},
    "network:entry": {GET: READS},
    "network:own_entry": {
        GET: ADMIN_OWN,
        POST: only({"admin_own": 400, "admin_other": 400}, 403),  # empty form
    },
    # B has no entry yet: its beheerder is told there is nothing to confirm (400).
    "network:confirm_entry": {
        GET: NOT_GET,
        POST: only({"admin_own": 302, "admin_other": 400}, 403),
    },
    "network:key_person_add": {
        GET: only({"admin_own": 200, "admin_other": 302}, 403),  # B: write the entry first
        POST: only({"admin_own": 400, "admin_other": 302}, 403),
    },
    "network:key_person_edit": {GET: KEY_PERSON, POST: {**KEY_PERSON, "admin_own": 400}},
    "network:key_person_delete": {GET: NOT_GET, POST: {**KEY_PERSON, "admin_own": 302}},
    "network:articles": {GET: PROFESSIONALS},
    "network:article": {GET: READS},
    "network:article_versions": {GET: READS},
    "network:article_create": {
        GET: only({"pro_own": 200}, 403),
        POST: only({"pro_own": 400}, 403),
    },
    "network:article_edit": {
        GET: everyone(403, client=404, employer=404, pro_own=200),
        POST: everyone(403, client=404, employer=404, pro_own=400),
    },
    "network:article_helpful": {GET: NOT_GET, POST: everyone(302, client=404, employer=404)},
    "network:article_outdated": {GET: NOT_GET, POST: everyone(400, client=404, employer=404)},
    "network:search": {GET: PROFESSIONALS},
}

KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "network:entry": lambda w: {"pk": w.network["entry"].pk},
    "network:key_person_edit": lambda w: {"pk": w.network["key_person"].pk},
    "network:key_person_delete": lambda w: {"pk": w.network["key_person"].pk},
    "network:article": lambda w: {"pk": w.network["article"].pk},
    "network:article_versions": lambda w: {"pk": w.network["article"].pk},
    "network:article_edit": lambda w: {"pk": w.network["article"].pk},
    "network:article_helpful": lambda w: {"pk": w.network["article"].pk},
    "network:article_outdated": lambda w: {"pk": w.network["article"].pk},
}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}


def setup(world: Any) -> None:
    """Organisation A's entry with a key person, and an article of AM13 that pro_own (an
    editor of AM13) keeps."""
    from werkpad.network.models import Article, DirectoryEntry, Editor, KeyPerson
    from werkpad.organisations.models import ArbeidsmarktRegio
    from werkpad.testing import make_user

    if "entry" in world.network:
        return
    region = ArbeidsmarktRegio.objects.get(code="AM13")
    entry = DirectoryEntry.objects.create(
        organisation=world.org_a, description="GGZ met een IPS-team.", phone="030 123 45 67"
    )
    world.network["entry"] = entry
    world.network["key_person"] = KeyPerson.objects.create(
        entry=entry, topic="ips", name="Sleutel Persoon", function="IPS-coach"
    )
    Editor.objects.create(user=world.personas["pro_own"], region=region)
    # Written by a colleague of A before pro_own kept it (the page names who wrote it last).
    writer = make_user(organisation=world.org_a, full_name="Redacteur Regio", mfa=False)
    world.network["article"] = Article.objects.create(
        category="stigma",
        title="Openheid op het werk",
        summary="Wat je wel of niet vertelt, beslis je zelf.",
        source_title="Phrenos",
        source_date=date(2024, 1, 1),
        region=region,
        editor=writer,
    )
