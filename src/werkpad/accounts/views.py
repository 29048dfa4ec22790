"""Home, own account, sessions and language. Thin: policy and services decide."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required, login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.core.conflicts import show_conflict
from werkpad.core.forms import StaleEditError

from . import selectors, services
from .forms import ProfileForm
from .middleware import LAST_SEEN
from .pending import take_pending_post


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    require(actor, Action.VIEW_HOME)
    if actor.is_client:  # a client's start is their own path in the portal
        return redirect("portal:home")
    context = selectors.home_context(actor=actor)
    return render(request, context["template"], context)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    require(actor, Action.MANAGE_OWN_ACCOUNT)
    user = request.user
    status = 200
    if request.method == "POST":
        form = ProfileForm(request.POST, professional=actor.is_professional)
        if form.is_valid():
            try:
                services.profile_update(
                    actor=actor,
                    user=user,  # type: ignore[arg-type]
                    version=form.cleaned_data["version"],
                    full_name=form.cleaned_data["full_name"],
                    preferred_language=form.cleaned_data["preferred_language"],
                    daily_digest=form.cleaned_data.get("daily_digest", False),
                )
            except StaleEditError as stale:
                show_conflict(form, stale)
                status = 409
            else:
                translation.activate(form.cleaned_data["preferred_language"])
                messages.success(request, _("Je gegevens zijn opgeslagen."))
                return redirect("profile")
        else:
            status = 400
    else:
        initial = {
            "full_name": user.full_name,  # type: ignore[union-attr]
            "preferred_language": user.preferred_language,  # type: ignore[union-attr]
            "daily_digest": user.daily_digest,  # type: ignore[union-attr]
            "version": user.version,  # type: ignore[union-attr]
        }
        pending = take_pending_post(request)
        if pending:
            # Input typed before the session ended: show it again to check and save.
            initial.update({k: v[0] for k, v in pending.items() if k in ProfileForm.base_fields})
            messages.info(
                request,
                _("Je sessie was verlopen. We hebben je invoer bewaard: controleer hem en sla op."),
            )
        form = ProfileForm(initial=initial, professional=actor.is_professional)
    return render(request, "accounts/profile.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def sessions(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    require(actor, Action.MANAGE_OWN_ACCOUNT)
    if request.method == "POST":
        services.sessions_end_all(actor=actor, user=request.user)  # type: ignore[arg-type]
        logout(request)
        return HttpResponseRedirect(reverse("account_login") + "?ended=1")
    context = {
        "sessions": selectors.session_list(user=request.user),  # type: ignore[arg-type]
        "current_key": request.session.session_key,
    }
    return render(request, "accounts/sessions.html", context)


@login_required
@require_POST
def session_renew(request: HttpRequest) -> HttpResponse:
    """The idle dialog's "continue": any request renews the session; this one says so."""
    return JsonResponse({"renewed": True, "idle_seconds": settings.WERKPAD_SESSION_IDLE_SECONDS})


@login_required
@require_GET
def session_status(request: HttpRequest) -> HttpResponse:
    """Seconds left before the idle limit, without counting as activity."""
    import time

    last_seen = request.session.get(LAST_SEEN, time.time())
    left = settings.WERKPAD_SESSION_IDLE_SECONDS - (time.time() - last_seen)
    return JsonResponse({"seconds_left": max(0, int(left))})


# Public: the language switch is on the login page too.
@login_not_required
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch language; a logged-in user's choice is kept on their account."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    if language not in dict(settings.LANGUAGES):
        return HttpResponse(_("Onbekende taal."), status=400)
    if request.user.is_authenticated:
        services.language_set(actor=request.actor, language=language)  # type: ignore[attr-defined]
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response
