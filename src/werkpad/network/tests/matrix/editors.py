"""Access-matrix rows of the knowledge base's editors (see __init__.py): only the region's
regiocoördinator names and removes them, and none of the personas is one (all test
organisations work in AM13), so every professional gets 403; clients and employers have no
part in the network (the page: 403; an editor place is outside their scope: 404). The
editor place is pro_own's, of AM13 (the directory part's set-up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, everyone

ON_PLACE = everyone(403, client=404, employer=404)

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "network:editors": {GET: everyone(403)},
    "network:editor_add": {GET: NOT_GET, POST: everyone(403)},
    "network:editor_remove": {GET: ON_PLACE, POST: ON_PLACE},
}

KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "network:editors": lambda w: {"code": "AM13"},
    "network:editor_add": lambda w: {"code": "AM13"},
    "network:editor_remove": lambda w: {"pk": w.network["editor"].pk},
}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}


def setup(world: Any) -> None:
    from werkpad.network.models import Editor
    from werkpad.organisations.models import ArbeidsmarktRegio

    if "editor" in world.network:
        return
    world.network["editor"], _created = Editor.objects.get_or_create(
        user=world.personas["pro_own"], region=ArbeidsmarktRegio.objects.get(code="AM13")
    )
