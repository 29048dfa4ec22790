"""Peer-support groups: the client's pages (join, leave, tell the team or not, offer to host,
and for the host: the members and the practicalities) and the professionals' pages (the
groups in the region, the groups they run, starting one). Thin views: permission is the
policy's business; refusals get a kind message."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, get_for, may, require
from werkpad.core.submit import actor_of, posted, submit

from .. import group_words
from ..forms import groups as forms
from ..models import PeerGroup, PeerGroupMembership
from ..selectors import groups as selectors
from ..services import groups as services


def _region_filter(request: HttpRequest) -> tuple[selectors.RegionChoice, forms.RegionFilterForm]:
    choice = selectors.chosen_region(actor=actor_of(request), value=request.GET.get("regio"))
    form = forms.RegionFilterForm({"regio": choice.value}, regions=selectors.all_regions())
    return choice, form


def _groups_page(request: HttpRequest, status: int = 200, **extra: Any) -> HttpResponse:
    choice, region_form = _region_filter(request)
    page = selectors.groups_page(actor=actor_of(request), region=choice.region)
    context = {
        "page": page,
        # Each card with what it tells this client about this group, as the group is now.
        "mine_cards": [(m, group_words.who_sees_your_offer(m.group)) for m in page.mine],
        "open_cards": [(g, group_words.who_sees_your_name(g)) for g in page.open_groups],
        "choice": choice,
        "region_form": region_form,
        **extra,
    }
    return render(request, "portal/groups/groups.html", context, status=status)


def _first_error(error: ValidationError) -> str:
    return str(error.messages[0])


def _refused_kindly(
    template: str, *, for_client: bool
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """A page of a group one no longer hosts (a client) or runs (a professional), reached
    with the back button or an old link: the same refusal (403) as before, with a page that
    says what changed and the way back, instead of the staff's "je rol geeft geen toegang".
    Anyone else gets the usual 403."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def refused(request: HttpRequest, pk: int) -> HttpResponse:
            try:
                return view(request, pk)
            except PermissionDenied:
                actor = actor_of(request)
                if not (actor.is_client if for_client else actor.is_professional):
                    raise
                return render(request, template, status=403)

        return refused

    return decorate


_no_longer_host = _refused_kindly("portal/groups/no_longer_host.html", for_client=True)
_no_longer_runs = _refused_kindly("portal/groups/no_longer_runs.html", for_client=False)


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
    messages.info(request, group_words.who_sees_your_name(group))
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


def _membership_choice(
    request: HttpRequest,
    pk: int,
    form_class: type[Form],
    save: Callable[[Any, PeerGroupMembership, dict[str, Any]], Any],
    error_key: str,
) -> tuple[PeerGroupMembership, HttpResponse | None]:
    """A member's choice about their own membership (share it, offer to host), posted from
    the groups page: saved, or the page again with the refusal on that group's card."""
    actor = actor_of(request)
    membership, _decision = selectors.membership_get(actor=actor, group_pk=pk)
    form = form_class(request.POST)
    done = submit(request, form, lambda d: save(actor, membership, d), None)
    if done.saved:
        return membership, None
    errors = [error for errors in form.errors.values() for error in errors]
    page = _groups_page(request, done.status, **{error_key: (membership.group_id, errors)})
    return membership, page


@login_required
@require_POST
def share(request: HttpRequest, pk: int) -> HttpResponse:
    membership, refused = _membership_choice(
        request,
        pk,
        forms.ShareForm,
        lambda actor, m, d: services.group_share(
            actor=actor, membership=m, share=d["share"] == forms.SHARE
        ),
        "share_error",
    )
    if refused is not None:
        return refused
    if membership.share_with_team:
        told = _(
            "Je team mag nu weten dat je meedoet met %(name)s. Je kunt dit altijd weer uitzetten."
        )
    else:
        told = _("Je team ziet nu niet meer dat je meedoet met %(name)s.")
    messages.success(request, told % {"name": membership.group.name})
    return redirect("portal:groups")


@login_required
@require_POST
def volunteer(request: HttpRequest, pk: int) -> HttpResponse:
    """The member offers to host the group, or takes the offer back."""
    membership, refused = _membership_choice(
        request,
        pk,
        forms.VolunteerForm,
        lambda actor, m, d: services.group_volunteer(
            actor=actor, membership=m, offer=d["offer"] == forms.YES
        ),
        "volunteer_error",
    )
    if refused is not None:
        return refused
    group = membership.group
    if membership.offers_to_host:
        told = " ".join(
            (
                _("Dank je wel! Je hebt aangeboden gastvrouw of gastheer te zijn van %(name)s.")
                % {"name": group.name},
                group_words.who_sees_your_offer(group),
                _(
                    "Word je gastvrouw of gastheer, dan staat je voornaam bij de groep. Je kunt "
                    "je aanbod altijd intrekken."
                ),
            )
        )
    else:
        told = _("Je hebt je aanbod ingetrokken om gastvrouw of gastheer te zijn van %(name)s.") % {
            "name": group.name
        }
    messages.success(request, told)
    return redirect("portal:groups")


# --- The host ------------------------------------------------------------------------------
def _host_page(
    request: HttpRequest, view: selectors.HostView, status: int = 200, **extra: Any
) -> HttpResponse:
    group = view.group
    form = extra.pop("form", None) or forms.PracticalitiesForm(
        initial={
            "description": group.description,
            "place": group.place,
            "schedule": group.schedule,
            "is_open": group.is_open,
            "version": group.version,
        }
    )
    volunteers = [m for m in view.members if m.offers_to_host and m.pk != group.host_id]
    context = {"view": view, "form": form, "volunteers": volunteers, **extra}
    return render(request, "portal/groups/host.html", context, status=status)


@login_required
@_no_longer_host
@require_http_methods(["GET", "POST"])
def host(request: HttpRequest, pk: int) -> HttpResponse:
    """The host's page: who takes part (first names, since when) and the practicalities."""
    actor = actor_of(request)
    view = selectors.hosted_group(actor=actor, pk=pk)
    if request.method == "GET":
        return _host_page(request, view)
    form = forms.PracticalitiesForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.group_update(
            actor=actor,
            group=view.group,
            practicalities=services.Practicalities(
                description=d["description"],
                place=d["place"],
                schedule=d["schedule"],
                is_open=d["is_open"],
            ),
            version=d["version"],
        ),
        _("De gegevens van de groep zijn opgeslagen."),
    )
    if done.saved:
        return redirect("portal:group_host", pk)
    return _host_page(request, view, done.status, form=form)


@login_required
@_no_longer_host
@require_POST
def host_hand(request: HttpRequest, pk: int) -> HttpResponse:
    """The host hands hosting to a member who offered."""
    actor = actor_of(request)
    require(actor, Action.PORTAL)
    group, _decision = get_for(actor, Action.HOST_PEER_GROUP, PeerGroup.objects.all(), pk=pk)
    form = forms.AppointForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(list(form.errors["membership"]))
        group = services.group_host_appoint(
            actor=actor, group=group, membership_id=form.cleaned_data["membership"]
        )
    except ValidationError as refused:
        view = selectors.hosted_group(actor=actor, pk=pk)
        return _host_page(request, view, 400, errors=[_first_error(refused)])
    messages.success(
        request,
        _(
            "%(name)s is nu gastvrouw of gastheer van %(group)s. Dank je wel voor wat je voor "
            "de groep hebt gedaan! Je doet gewoon mee."
        )
        % {"name": group.host_name, "group": group.name},
    )
    return redirect("portal:groups")


@login_required
@_no_longer_host
@require_POST
def host_stop(request: HttpRequest, pk: int) -> HttpResponse:
    """The host steps down, and stays a member."""
    actor = actor_of(request)
    require(actor, Action.PORTAL)
    group, _decision = get_for(actor, Action.HOST_PEER_GROUP, PeerGroup.objects.all(), pk=pk)
    try:
        services.group_host_step_down(actor=actor, group=group)
    except ValidationError as refused:
        messages.error(request, _first_error(refused))
        return redirect("portal:groups")
    messages.success(
        request,
        _(
            "Je bent geen gastvrouw of gastheer meer van %(group)s. Dank je wel! Je doet gewoon "
            "mee, en je ziet de lijst met deelnemers niet meer."
        )
        % {"group": group.name},
    )
    return redirect("portal:groups")


# --- The professionals ---------------------------------------------------------------------
@login_required
@require_GET
def facilitator_groups(request: HttpRequest) -> HttpResponse:
    """The groups in the region (who runs each), and the groups I run."""
    actor = actor_of(request)
    require(actor, Action.FACILITATE_GROUP)
    choice, region_form = _region_filter(request)
    page = selectors.professional_groups(actor=actor, region=choice.region)
    context = {
        "page": page,
        "choice": choice,
        "region_form": region_form,
        "may_start": may(actor, Action.START_PEER_GROUP),
    }
    return render(request, "portal/groups/facilitator_groups.html", context)


def _run_page(request: HttpRequest, pk: int, status: int = 200, **extra: Any) -> HttpResponse:
    view = selectors.run_group(actor=actor_of(request), pk=pk)
    form = extra.pop("facilitator_form", None)
    if form is None and view.candidates is not None:
        form = forms.FacilitatorForm(candidates=view.candidates)
    context = {"view": view, "facilitator_form": form, **extra}
    return render(request, "portal/groups/facilitator_group.html", context, status=status)


@login_required
@_no_longer_runs
@require_GET
def facilitator_group(request: HttpRequest, pk: int) -> HttpResponse:
    return _run_page(request, pk)


@login_required
@_no_longer_runs
@require_POST
def appoint_host(request: HttpRequest, pk: int) -> HttpResponse:
    """Who runs the group makes a member who offered the host (the host hands it on from
    their own page)."""
    actor = actor_of(request)
    group, _decision = get_for(actor, Action.RUN_PEER_GROUP, PeerGroup.objects.all(), pk=pk)
    form = forms.AppointForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(list(form.errors["membership"]))
        group = services.group_host_appoint(
            actor=actor, group=group, membership_id=form.cleaned_data["membership"]
        )
    except ValidationError as refused:
        return _run_page(request, pk, 400, errors=[_first_error(refused)])
    messages.success(
        request,
        _("%(name)s is nu gastvrouw of gastheer van %(group)s.")
        % {"name": group.host_name, "group": group.name},
    )
    return redirect("portal:facilitator_group", pk)


@login_required
@_no_longer_runs
@require_POST
def step_back(request: HttpRequest, pk: int) -> HttpResponse:
    """The professional facilitator steps back; the members run the group."""
    actor = actor_of(request)
    group, _decision = get_for(actor, Action.FACILITATE_GROUP, PeerGroup.objects.all(), pk=pk)
    try:
        services.group_step_back(actor=actor, group=group)
    except ValidationError as refused:
        return _run_page(request, pk, 400, errors=[_first_error(refused)])
    messages.success(
        request,
        _(
            "Je begeleidt %(group)s niet meer. De deelnemers draaien de groep nu zelf, met "
            "%(host)s als gastvrouw of gastheer."
        )
        % {"group": group.name, "host": group.host_name},
    )
    return redirect("portal:facilitator_groups")


@login_required
@_no_longer_runs
@require_POST
def facilitator_set(request: HttpRequest, pk: int) -> HttpResponse:
    """Who runs the group asks a professional to facilitate it again."""
    actor = actor_of(request)
    group, _decision = get_for(actor, Action.RUN_PEER_GROUP, PeerGroup.objects.all(), pk=pk)
    form = forms.FacilitatorForm(request.POST, candidates=selectors.facilitator_candidates(group))
    done = submit(
        request,
        form,
        lambda d: services.group_facilitator_set(
            actor=actor, group=group, professional=d["professional"]
        ),
        None,
    )
    if not done.saved:
        return _run_page(request, pk, done.status, facilitator_form=form)
    messages.success(
        request,
        _("%(name)s begeleidt %(group)s nu als professional.")
        % {"name": done.result.facilitator.full_name, "group": group.name},
    )
    return redirect("portal:facilitator_group", pk)


@login_required
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    """An ervaringsdeskundige, or a professional of a herstelacademie, starts a group."""
    actor = actor_of(request)
    require(actor, Action.START_PEER_GROUP)
    own = selectors.own_region(actor=actor)
    form = forms.StartForm(
        posted(request), initial={"region": own, "is_open": True, "facilitate": forms.NO}
    )
    done = submit(
        request,
        form,
        lambda d: services.group_start(
            actor=actor,
            new=services.NewGroup(
                name=d["name"],
                theme=d["theme"],
                description=d["description"],
                mode=d["mode"],
                place=d["place"],
                schedule=d["schedule"],
                region=d["region"],
                is_open=d["is_open"],
            ),
            facilitate=d["facilitate"] == forms.YES,
        ),
        None,
    )
    if done.saved:
        group = done.result
        if group.facilitator_id is None:
            told = _(
                "De groep %(name)s is gestart, zonder professionele begeleider. Deelnemers "
                "kunnen aanbieden de groep te hosten; jij maakt een van hen gastvrouw of "
                "gastheer."
            )
        else:
            told = _("De groep %(name)s is gestart. Jij begeleidt de groep.")
        messages.success(request, told % {"name": group.name})
        return redirect("portal:facilitator_group", group.pk)
    return render(request, "portal/groups/start.html", {"form": form}, status=done.status)
