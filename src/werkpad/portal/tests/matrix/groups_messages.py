"""Access-matrix rows of the messages and the peer-support groups (see __init__.py).

The objects: a conversation between Anna and Pro Eigen on her IPS trajectory, and a peer
group of organisation A that Pro Eigen started and facilitates and Anna takes part in and
hosts; Cor (organisation B's client, no login) takes part too and offered to host. The group
is closed to new members, so another client does not have it in scope at all (404), the same
as a group that does not exist (``test_isolation``); Anna, already in it, is told so kindly.
No persona may start a group (none is an ervaringsdeskundige or of a herstelacademie)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, only

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}

CLIENT_ONLY = only({"client": 200}, 403)  # the client's own pages: 403 for everyone else
# A professional page on Anna's trajectory: her organisation's professional; the functioneel
# beheerder and Anna herself are insiders without the right (403); the rest 404.
ON_TRAJECTORY = only({"pro_own": 200, "admin_own": 403, "client": 403}, 404)

MATRIX.update(
    {
        "portal:threads": {GET: CLIENT_ONLY},
        "portal:thread_new": {GET: CLIENT_ONLY, POST: only({"client": 302}, 403)},
        "portal:thread": {GET: CLIENT_ONLY, POST: only({"client": 302}, 403)},
        "portal:pro_threads": {GET: {**ON_TRAJECTORY, "guest": 200}},  # its own (none)
        # The conversation is with Pro Eigen: nobody else has it in scope. Anna reaches it,
        # but answers on her own page, not on the professional's (403).
        "portal:pro_thread": {
            GET: only({"pro_own": 200, "client": 403}, 404),
            POST: only({"pro_own": 302, "client": 403}, 404),
        },
        "portal:groups": {GET: CLIENT_ONLY},
        "portal:group_join": {GET: NOT_GET, POST: only({"client": 302}, 403)},
        "portal:group_leave": {GET: NOT_GET, POST: only({"client": 302}, 403)},
        "portal:group_share": {GET: NOT_GET, POST: only({"client": 302}, 403)},
        "portal:group_volunteer": {GET: NOT_GET, POST: only({"client": 302}, 403)},
        # Anna hosts the group: her page of its members and practicalities.
        "portal:group_host": {GET: CLIENT_ONLY, POST: only({"client": 302}, 403)},
        "portal:group_host_hand": {GET: NOT_GET, POST: only({"client": 302}, 403)},
        "portal:group_host_stop": {GET: NOT_GET, POST: only({"client": 302}, 403)},
        "portal:group_start": {GET: only({}, 403), POST: only({}, 403)},
        # Pro Eigen runs the group; their beheerder sees it exists (403); Anna is in it (403);
        # nobody else has the closed group in scope (404).
        "portal:group_appoint_host": {
            GET: NOT_GET,
            POST: only({"pro_own": 302, "admin_own": 403, "client": 403}, 404),
        },
        "portal:group_step_back": {
            GET: NOT_GET,
            POST: only({"pro_own": 302, "admin_own": 403, "client": 403}, 404),
        },
        # The group has a facilitator already: Pro Eigen is told so (400), nothing changes.
        "portal:group_facilitator": {
            GET: NOT_GET,
            POST: only({"pro_own": 400, "admin_own": 403, "client": 403}, 404),
        },
        # Every professional has the page of the groups they facilitate (maybe none).
        "portal:facilitator_groups": {
            GET: only({"pro_own": 200, "admin_own": 200, "pro_other": 200, "admin_other": 200}, 403)
        },
        # Pro Eigen facilitates it; their organisation's functioneel beheerder sees that it
        # exists (403); Anna takes part in it (403); nobody else has it in scope (404).
        "portal:facilitator_group": {
            GET: only({"pro_own": 200, "admin_own": 403, "client": 403}, 404)
        },
    }
)

KWARGS.update(
    {
        "portal:thread": lambda w: {"pk": w.portal["thread"].pk},
        "portal:pro_thread": lambda w: {"pk": w.portal["thread"].pk},
        "portal:pro_threads": lambda w: {"pk": w.trajectory.pk},
        **{
            f"portal:{name}": lambda w: {"pk": w.portal["peer_group"].pk}
            for name in (
                "group_join",
                "group_leave",
                "group_share",
                "group_volunteer",
                "group_host",
                "group_host_hand",
                "group_host_stop",
                "facilitator_group",
                "group_appoint_host",
                "group_step_back",
                "group_facilitator",
            )
        },
    }
)

POST_DATA.update(
    {
        "portal:thread_new": lambda w: {
            "professional": w.team_member.pk,
            "category": "werk",
            "subject": "Vraag over mijn rooster",
            "body": "Mag ik op vrijdag vrij?",
        },
        "portal:thread": lambda w: {"body": "Dank je wel!"},
        "portal:pro_thread": lambda w: {"body": "Graag gedaan."},
        "portal:group_share": lambda w: {"share": "ja"},
        "portal:group_volunteer": lambda w: {"offer": "ja"},
        "portal:group_host": lambda w: {
            "description": "We praten over werk en herstel.",
            "place": "Herstelhuis, Utrecht",
            "schedule": "Elke woensdag 14.00 tot 15.30 uur",
            "is_open": "on",
            "version": w.portal["peer_group"].version,
        },
        "portal:group_host_hand": lambda w: {"membership": w.portal["peer_volunteer"].pk},
        "portal:group_appoint_host": lambda w: {"membership": w.portal["peer_volunteer"].pk},
        "portal:group_facilitator": lambda w: {"professional": w.personas["pro_own"].pk},
        "portal:group_start": lambda w: {
            "name": "Nieuwe groep",
            "theme": "Werk",
            "description": "Samen praten over werk.",
            "mode": "locatie",
            "place": "Utrecht",
            "schedule": "Maandag 10.00 uur",
            "region": w.org_a.regions.get().pk,
            "facilitate": "nee",
        },
    }
)


def setup(world: Any) -> None:
    """Adds the objects these URLs need to ``world.portal``: a conversation and a group."""
    from werkpad.portal.models import GroupMode, Message, PeerGroup, PeerGroupMembership, Thread
    from werkpad.testing import make_client

    professional = world.personas["pro_own"]
    thread = Thread.objects.create(
        trajectory=world.trajectory,
        professional=professional,
        organisation=world.trajectory.organisation,
        category="werk",
        subject="Sollicitatie bij de bakkerij",
    )
    Message.objects.create(
        thread=thread, author=world.personas["client"], body="Hoe ging het gesprek?"
    )
    group = PeerGroup.objects.create(
        organisation=world.org_a,
        facilitator=professional,
        started_by=professional,
        name="Werk en herstel",
        theme="Werken met een psychische kwetsbaarheid",
        description="We delen ervaringen met werk zoeken en werk houden.",
        mode=GroupMode.ON_SITE,
        place="Herstelhuis, Utrecht",
        schedule="Elke dinsdag 14.00 tot 15.30 uur",
        is_open=False,
    )
    membership = PeerGroupMembership.objects.create(
        group=group, client=world.client_record, offers_to_host=True
    )
    # Not Bert: the isolation test gives him a login and must find him outside the group.
    volunteer = PeerGroupMembership.objects.create(
        group=group,
        client=make_client(organisation=world.org_b, full_name="Cor Claassen"),
        offers_to_host=True,
    )
    PeerGroup.objects.filter(pk=group.pk).update(host=membership, host_name="Anna")
    group.refresh_from_db()
    world.portal.update(
        thread=thread, peer_group=group, peer_membership=membership, peer_volunteer=volunteer
    )
