"""The client's own path (issue 5, part A): the team's invitation, accepting it, the offer of a
second factor, the start page, adding a goal or wish, marking an own action done, the pace
and the participatieladder. Thin views: the policy decides, services change, selectors read."""

from __future__ import annotations

from typing import Any

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required, login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, get_for, require
from werkpad.clients.models import DataCategory
from werkpad.core.submit import actor_of, posted, submit
from werkpad.portal.forms import my_path as forms
from werkpad.portal.models import INVITATION_VALID_FOR, PaceStatement
from werkpad.portal.selectors import consents as consent_selectors
from werkpad.portal.selectors import disclosure as disclosure_selectors
from werkpad.portal.selectors import invitations, pace_ladder, readers
from werkpad.portal.selectors import messages as message_selectors
from werkpad.portal.selectors import my_path as selectors
from werkpad.portal.selectors.invitations import InvitationProblem
from werkpad.portal.services import my_path as services
from werkpad.trajectories.models import PlanAction

T = "portal/my_path/"
# The backend that logs a user in after accepting: allauth's, the one that also serves the
# login page, so the session is valid for every later request.
LOGIN_BACKEND = "allauth.account.auth_backends.AuthenticationBackend"


# --- The team invites the client -----------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = actor_of(request)
    client = invitations.client_for_invite(actor=actor, public_id=public_id)
    form = forms.InviteForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.invitation_send(
            actor=actor, client=client, base_url=request.build_absolute_uri("/")
        ),
        _("De uitnodiging is verstuurd naar %(email)s. De link werkt %(days)d dagen.")
        % {"email": client.email, "days": INVITATION_VALID_FOR.days},
    )
    if done.saved:
        return redirect("clients:detail", public_id=client.public_id)
    status = invitations.invitation_status(actor=actor, client=client)
    context = {"client": client, "status": status, "form": form}
    return render(request, T + "invite.html", context, status=done.status)


# --- The client accepts --------------------------------------------------------------------
PROBLEM_STATUS = {
    InvitationProblem.UNKNOWN: 404,
    InvitationProblem.EXPIRED: 410,
    InvitationProblem.USED: 410,
    InvitationProblem.REVOKED: 410,
    InvitationProblem.ADDRESS_CHANGED: 410,
    InvitationProblem.TOO_MANY_ATTEMPTS: 410,
    InvitationProblem.HAS_ACCOUNT: 409,
    InvitationProblem.EMAIL_TAKEN: 409,
}


def _problem(request: HttpRequest, problem: InvitationProblem) -> HttpResponse:
    context = {"reason": problem.reason}
    return render(
        request, T + "accept_problem.html", context, status=PROBLEM_STATUS[problem.reason]
    )


# Public: the invitation link is opened before the client has an account.
@login_not_required
@require_http_methods(["GET", "POST"])
def accept(request: HttpRequest, token: str) -> HttpResponse:
    """Public: the link from the e-mail. Someone who is logged in is asked to log out first,
    so that nobody links a new account to the wrong session."""
    if request.user.is_authenticated:
        status = 409 if request.method == "POST" else 200
        return render(request, T + "accept_logged_in.html", status=status)
    try:
        invitation = invitations.invitation_by_token(token)
    except InvitationProblem as problem:
        return _problem(request, problem)
    asks_date_of_birth = invitation.client.date_of_birth is not None
    form = forms.AcceptForm(posted(request), asks_date_of_birth=asks_date_of_birth)
    try:
        done = submit(
            request,
            form,
            lambda d: services.invitation_accept(
                actor=actor_of(request),
                token=token,
                password=d["password1"],
                date_of_birth=d.get("date_of_birth"),
            ),
            None,
        )
    except InvitationProblem as problem:
        return _problem(request, problem)
    if done.saved:
        user = done.result
        login(request, user, backend=LOGIN_BACKEND)
        _remember_password_login(request, user)
        messages.success(request, _("Welkom bij Werkpad! Je account is klaar."))
        return redirect("portal:second_factor")
    return render(request, T + "accept.html", {"form": form}, status=done.status)


def _remember_password_login(request: HttpRequest, user: Any) -> None:
    """Tell allauth that this session began with a password, as its own login page does, so
    that setting up a second factor right now does not ask for the password again."""
    from allauth.account.internal.flows.login import record_authentication

    record_authentication(request, user, method="password", email=user.email)


# --- The second factor: offered, explained, not forced -------------------------------------
@login_required
@require_GET
def second_factor(request: HttpRequest) -> HttpResponse:
    require(actor_of(request), Action.PORTAL)
    context = {"has_factor": is_mfa_enabled(request.user, ["totp"])}
    return render(request, T + "second_factor.html", context)


# --- My path -------------------------------------------------------------------------------
@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    view = selectors.my_path(actor=actor)
    # A new employer sees nothing until the client chose for them: the start page asks.
    waiting = disclosure_selectors.employers_waiting(actor=actor)
    context = {
        "view": view,
        "employers_waiting": waiting,
        "consents_waiting": consent_selectors.waiting_for_me(actor=actor),
        "messages_waiting": message_selectors.unread_for_me(actor=actor),
    }
    return render(request, T + "home.html", context)


def _no_trajectory(request: HttpRequest, title: str) -> HttpResponse:
    """Nothing to add to without a running trajectory: said kindly; a post changes nothing."""
    status = 400 if request.method == "POST" else 200
    return render(request, T + "no_trajectory.html", {"title": title}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def goal_add(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    trajectories = selectors.running_trajectories(actor=actor)
    title = _("Een doel of wens toevoegen")
    if not trajectories:
        return _no_trajectory(request, title)
    form = forms.GoalProposeForm(posted(request), trajectories=trajectories)
    done = submit(
        request,
        form,
        lambda d: services.goal_propose(
            actor=actor,
            trajectory=form.trajectory_of(d),
            proposal=services.GoalProposal(
                own_words=d["own_words"], life_domain=d["life_domain"], kind=d["kind"]
            ),
        ),
        _("Dank je wel! Je team ziet je voorstel en bespreekt het met je."),
    )
    if done.saved:
        return redirect("portal:home")
    context = {
        "form": form,
        "title": title,
        "submit_label": _("Toevoegen"),
        # A goal about work is work data, any other re-integration data (services.goal_propose).
        "readers": readers.readers_of_my_writing(
            actor=actor,
            trajectories=trajectories,
            categories=(DataCategory.WERK, DataCategory.REINTEGRATIE),
        ),
    }
    return render(request, T + "goal_add.html", context, status=done.status)


@login_required
@require_POST
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.PORTAL)
    action, _decision = get_for(actor, Action.CHANGE_OWN, PlanAction.objects.all(), pk=pk)
    services.action_mark_done(actor=actor, action=action)
    messages.success(request, _("Goed gedaan! Je team ziet dat deze actie klaar is."))
    return redirect("portal:home")


@login_required
@require_POST
def action_undo(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.PORTAL)
    action, _decision = get_for(actor, Action.CHANGE_OWN, PlanAction.objects.all(), pk=pk)
    try:
        services.action_mark_undone(actor=actor, action=action)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(request, _("Teruggezet: de actie staat weer open."))
    return redirect("portal:home")


# --- My pace -------------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def pace(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    trajectories = selectors.running_trajectories(actor=actor)
    title = _("Mijn tempo")
    if not trajectories:
        return _no_trajectory(request, title)
    form = forms.PaceForm(posted(request), trajectories=trajectories)
    done = submit(
        request,
        form,
        lambda d: services.pace_statement_add(
            actor=actor,
            trajectory=form.trajectory_of(d),
            pace=d["pace"],
            need=d["need"],
            note=d["note"],
        ),
        _("Dank je wel. Je team ziet nu hoe snel je wilt gaan en wat je nodig hebt."),
    )
    if done.saved:
        return redirect("portal:pace")
    context = {
        "form": form,
        "title": title,
        "submit_label": _("Opslaan"),
        "view": pace_ladder.my_pace(actor=actor),
        "attention": [str(n) for n in pace_ladder.NEEDS_ATTENTION],
        "readers": readers.readers_of_my_writing(
            actor=actor, trajectories=trajectories, categories=(PaceStatement.category,)
        ),
    }
    return render(request, T + "pace.html", context, status=done.status)


# --- My ladder -----------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def ladder(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    trajectories = selectors.running_trajectories(actor=actor)
    title = _("Mijn participatieladder")
    if not trajectories:
        return _no_trajectory(request, title)
    view = pace_ladder.my_ladder(actor=actor)
    form = forms.LadderForm(posted(request), trajectories=trajectories, steps=view.steps)
    done = submit(
        request,
        form,
        lambda d: services.ladder_self_assess(
            actor=actor, trajectory=form.trajectory_of(d), step=d["step"], note=d["note"]
        ),
        None,
    )
    if done.saved:
        result = done.result
        if result.went_up:
            messages.success(request, _("Je bent een stap omhoog gegaan! Goed bezig."))
        elif result.went_down:
            messages.success(
                request,
                _(
                    "Opgeslagen. Je staat nu een stap lager. Dat mag: een stap terug hoort er "
                    "soms bij. Praat er gerust over met je team."
                ),
            )
        else:
            messages.success(request, _("Opgeslagen. Je team ziet nu hoe jij het ziet."))
        return redirect("portal:ladder")
    context = {"form": form, "title": title, "submit_label": _("Opslaan"), "view": view}
    return render(request, T + "ladder.html", context, status=done.status)
