"""Peer-support groups: the client's page (join, leave, tell the team or not) and the
facilitator's pages (their groups and who takes part). Thin views: permission is the policy's
business; refusals get a kind message."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from werkpad.core.submit import actor_of, submit

from ..forms import groups as forms
from ..selectors import groups as selectors
from ..services import groups as services


def _groups_page(request: HttpRequest, status: int = 200, **extra: Any) -> HttpResponse:
    page = selectors.groups_page(actor=actor_of(request))
    return render(request, "portal/groups/groups.html", {"page": page, **extra}, status=status)


# --- The client ----------------------------------------------------------------------------
@login_required
@require_GET
def groups(request: HttpRequest) -> HttpResponse:
    return _groups_page(request)


@login_required
@require_POST
def join(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    if selectors.my_membership(actor=actor, group_pk=pk) is not None:
        messages.info(request, _("Je doet al mee met deze groep. Er is niets veranderd."))
        return redirect("portal:groups")
    try:
        group, _decision = selectors.group_to_join(actor=actor, pk=pk)
    except PermissionDenied:
        return render(request, "portal/groups/closed.html", status=403)
    try:
        services.group_join(actor=actor, group=group)
    except services.AlreadyMember as already:
        messages.info(request, already.messages[0])
        return redirect("portal:groups")
    except ValidationError as refused:
        messages.error(request, refused.messages[0])
        return redirect("portal:groups")
    messages.success(
        request,
        _(
            "Je doet mee met %(name)s. Fijn dat je er bent! Je team ziet dit niet, tenzij je "
            "dat zelf kiest. Stoppen kan altijd."
        )
        % {"name": group.name},
    )
    return redirect("portal:groups")


@login_required
@require_POST
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    membership, _decision = selectors.membership_get(actor=actor, group_pk=pk)
    services.group_leave(actor=actor, membership=membership)
    messages.success(
        request,
        _("Je doet niet meer mee met %(name)s. Je bent altijd welkom om terug te komen.")
        % {"name": membership.group.name},
    )
    return redirect("portal:groups")


@login_required
@require_POST
def share(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    membership, _decision = selectors.membership_get(actor=actor, group_pk=pk)
    form = forms.ShareForm(request.POST)
    done = submit(
        request,
        form,
        lambda d: services.group_share(
            actor=actor, membership=membership, share=d["share"] == forms.SHARE
        ),
        None,
    )
    if not done.saved:
        errors = [error for errors in form.errors.values() for error in errors]
        return _groups_page(request, done.status, share_error=(membership.group_id, errors))
    if membership.share_with_team:
        told = _(
            "Je team mag nu weten dat je meedoet met %(name)s. Je kunt dit altijd weer uitzetten."
        )
    else:
        told = _("Je team ziet nu niet meer dat je meedoet met %(name)s.")
    messages.success(request, told % {"name": membership.group.name})
    return redirect("portal:groups")


# --- The facilitator -----------------------------------------------------------------------
@login_required
@require_GET
def facilitator_groups(request: HttpRequest) -> HttpResponse:
    groups = selectors.facilitated_groups(actor=actor_of(request))
    return render(request, "portal/groups/facilitator_groups.html", {"groups": groups})


@login_required
@require_GET
def facilitator_group(request: HttpRequest, pk: int) -> HttpResponse:
    view = selectors.facilitated_group(actor=actor_of(request), pk=pk)
    return render(request, "portal/groups/facilitator_group.html", {"view": view})
