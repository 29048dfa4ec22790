"""The editors of a region's knowledge base as its regiocoördinator keeps them (issue 15,
item 2): who they are and where they work. Organisation knowledge: not logged."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, may, require, visible_to
from werkpad.access.policy.rules.network import my_regions
from werkpad.organisations.models import ArbeidsmarktRegio, Membership, OrganisationType

from ..models import Editor


@dataclass
class EditorRow:
    editor: Editor
    organisations: list[str]  # where they work in the region


@dataclass
class EditorsPage:
    region: ArbeidsmarktRegio
    rows: list[EditorRow]


def editors_region(*, actor: Actor, code: str) -> ArbeidsmarktRegio:
    """A region of the actor's organisation whose editors the actor names: 404 for a region
    outside their werkgebied, 403 for a professional who does not coordinate it."""
    require(actor, Action.VIEW_NETWORK)
    region = ArbeidsmarktRegio.objects.filter(pk__in=my_regions(actor), code=code).first()
    if region is None:
        raise Http404
    require(actor, Action.MANAGE_EDITORS, Editor(region=region))
    return region


def editors_page(*, actor: Actor, code: str) -> EditorsPage:
    region = editors_region(actor=actor, code=code)
    editors = list(
        visible_to(actor, Editor.objects.filter(region=region))
        .select_related("user", "region")
        .order_by("user__full_name", "pk")
    )
    places = (
        Membership.objects.filter(
            user_id__in=[e.user_id for e in editors],
            is_active=True,
            organisation__regions=region,
        )
        .exclude(organisation__type=OrganisationType.EMPLOYER)
        .values_list("user_id", "organisation__name")
        .order_by("organisation__name")
    )
    where: dict[int, list[str]] = {}
    for user_id, name in places:
        if name not in where.setdefault(user_id, []):
            where[user_id].append(name)
    rows = [EditorRow(editor, where.get(editor.user_id, [])) for editor in editors]
    return EditorsPage(region, rows)


def editor_get(*, actor: Actor, pk: int) -> Editor:
    """One editor place, to remove: 404 outside the actor's regions, 403 for anyone but the
    region's regiocoördinator."""
    queryset = Editor.objects.select_related("user", "region")
    editor, _decision = get_for(actor, Action.MANAGE_EDITORS, queryset, pk=pk)
    return editor


def regions_to_keep(*, actor: Actor) -> list[ArbeidsmarktRegio]:
    """The regions whose editors the actor names (for the knowledge base's link)."""
    if not may(actor, Action.MANAGE_EDITORS):
        return []
    regions = ArbeidsmarktRegio.objects.filter(pk__in=my_regions(actor)).order_by("name")
    return [r for r in regions if may(actor, Action.MANAGE_EDITORS, Editor(region=r))]
