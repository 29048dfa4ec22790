from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkpad.access.actor import ACTIVE_MEMBERSHIP_SESSION_KEY
from werkpad.access.policy import Action, get_for, require
from werkpad.core.conflicts import show_conflict
from werkpad.core.forms import StaleEditError

from . import selectors, services
from .forms import MemberInviteForm, MembershipEditForm
from .models import Membership


@login_required
@require_http_methods(["GET", "POST"])
def choose_membership(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    require(actor, Action.CHOOSE_MEMBERSHIP)
    if request.method == "POST":
        chosen = services.membership_choose(
            actor=actor, membership_id=request.POST.get("membership", "")
        )
        if chosen is None:
            messages.error(request, _("Kies een van je eigen rollen."))
            return render(request, "organisations/choose_membership.html", status=400)
        request.session[ACTIVE_MEMBERSHIP_SESSION_KEY] = chosen.pk
        messages.success(
            request,
            _("Je werkt nu als %(role)s bij %(org)s.")
            % {"role": chosen.get_role_display(), "org": chosen.organisation.name},
        )
        return redirect("home")
    return render(request, "organisations/choose_membership.html")


@login_required
@require_http_methods(["GET"])
def member_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    members = selectors.member_list(actor=request.actor, query=query)  # type: ignore[attr-defined]
    return render(request, "organisations/member_list.html", {"members": members, "q": query})


@login_required
@require_http_methods(["GET", "POST"])
def member_invite(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    selectors.member_list(actor=actor)  # the same policy gate as the list: 403 when not allowed
    form = MemberInviteForm(request.POST or None, organisation=actor.organisation)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.member_invite(
                    actor=actor,
                    base_url=request.build_absolute_uri("/").rstrip("/"),
                    **form.cleaned_data,
                )
            except ValidationError as error:
                _attach_errors(form, error)
            else:
                messages.success(
                    request, _("%(name)s is toegevoegd.") % {"name": form.cleaned_data["full_name"]}
                )
                return redirect("organisations:member_list")
        status = 400
    return render(request, "organisations/member_invite.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    membership, _decision = get_for(
        actor, Action.CHANGE_MEMBER, Membership.objects.select_related("user", "team"), pk=pk
    )
    initial = {
        "role": membership.role,
        "team": membership.team,
        "is_key_person": membership.is_key_person,
        "is_active": membership.is_active,
        "version": membership.version,
    }
    form = MembershipEditForm(
        request.POST or None, initial=initial, organisation=actor.organisation
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.membership_update(actor=actor, membership=membership, **form.cleaned_data)
            except StaleEditError as stale:
                show_conflict(form, stale)
                status = 409
            except ValidationError as error:
                _attach_errors(form, error)
            except ValueError:
                form.add_error("is_active", _("Je kunt je eigen lidmaatschap niet uitzetten."))
            else:
                messages.success(request, _("Het lidmaatschap is bijgewerkt."))
                return redirect("organisations:member_list")
    context = {"form": form, "membership": membership}
    return render(request, "organisations/member_edit.html", context, status=status)


def _attach_errors(form: MemberInviteForm | MembershipEditForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
