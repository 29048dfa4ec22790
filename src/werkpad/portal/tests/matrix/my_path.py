"""Access-matrix rows of the client's own path (see __init__.py): the team's invitation, the
public link that accepts it, the offered second factor, the start page, goals, own actions,
pace and ladder.

* ``portal:invite`` is on Anna's record: her organisation's professional may (Anna already
  has an account, so the post is refused with a message: 400), its functioneel beheerder
  and Anna herself are insiders without the right (403), the rest 404.
* ``portal:accept`` is public: anyone may open the link; someone who is logged in is asked
  to log out first (200, and 409 for a post, which changes nothing). The invitation is for
  Carla, a client of organisation A without an account; an anonymous post with a good
  password makes her account (302 to the second-factor page).
* The client's own pages are for a client only (403 for the rest); an empty post is a 400.
* ``portal:action_done`` marks Anna's own action done (302); ``portal:action_undo`` takes it
  back on the same day, and otherwise says why not (302 either way, with a message)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.utils import timezone

from werkpad.access.tests.matrix_helpers import GET, LOGIN, PERSONAS, POST, only

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "portal:invite": {  # the guest sees Anna's record (consent) but does not invite her
        GET: only({"pro_own": 200, "admin_own": 403, "client": 403, "guest": 403}, 404),
        POST: only({"pro_own": 400, "admin_own": 403, "client": 403, "guest": 403}, 404),
    },
    "portal:accept": {
        GET: {p: 200 for p in PERSONAS},
        POST: {**{p: 409 for p in PERSONAS}, "anonymous": 302},
    },
    "portal:second_factor": {GET: only({"client": 200}, 403)},
    "portal:home": {GET: only({"client": 200}, 403)},
    "portal:goal_add": {GET: only({"client": 200}, 403), POST: only({"client": 400}, 403)},
    "portal:action_done": {
        GET: {**{p: 405 for p in PERSONAS}, "anonymous": LOGIN},
        POST: only({"client": 302}, 403),
    },
    "portal:action_undo": {
        GET: {**{p: 405 for p in PERSONAS}, "anonymous": LOGIN},
        POST: only({"client": 302}, 403),
    },
    "portal:pace": {GET: only({"client": 200}, 403), POST: only({"client": 400}, 403)},
    "portal:ladder": {GET: only({"client": 200}, 403), POST: only({"client": 400}, 403)},
}

# Tests that walk every URL without this set-up (the second-factor enforcement) still get an
# address: a made-up token and the world's action.
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "portal:invite": lambda w: {"public_id": w.client_record.public_id},
    "portal:accept": lambda w: {"token": w.portal.get("invitation_token", "geen-uitnodiging")},
    "portal:action_done": lambda w: {"pk": w.portal.get("own_action", w.action).pk},
    "portal:action_undo": lambda w: {"pk": w.portal.get("own_action", w.action).pk},
}

POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {
    "portal:accept": lambda w: {
        "password1": "mijn eigen lange wachtzin",
        "password2": "mijn eigen lange wachtzin",
    },
}


def setup(world: Any) -> None:
    """Adds the objects these URLs need to ``world.portal``: an open invitation for Carla (a
    client of organisation A without an account) and an action Anna owns herself."""
    from werkpad.portal.models import ClientInvitation, hash_token, new_token
    from werkpad.testing import make_client
    from werkpad.trajectories.models import PlanAction

    carla = make_client(organisation=world.org_a, full_name="Carla Claes")
    carla.email = "carla@voorbeeld.example"
    carla.save(update_fields=["email"])
    token = new_token()
    ClientInvitation.objects.create(
        client=carla,
        email=carla.email,
        token_hash=hash_token(token),
        created_by=world.personas["pro_own"],
        organisation=world.org_a,
        expires_at=timezone.now() + timedelta(days=7),
    )
    world.portal["invitation_token"] = token
    world.portal["own_action"] = PlanAction.objects.create(
        trajectory=world.trajectory,
        organisation=world.org_a,
        category="reintegratie",
        description="Mijn cv afmaken",
        owner=world.client_record.user,
        due_on=timezone.localdate() + timedelta(days=7),
    )
