"""Conversations between a client and their team: the client's pages in the portal, and the
professional's pages on the trajectory. Thin views: permission is the policy's business; bad
input is a 400 with the message on the form and nothing saved."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.core.submit import actor_of, posted, submit
from werkpad.trajectories import selectors as trajectory_selectors

from ..forms import messages as forms
from ..selectors import messages as selectors
from ..selectors import readers
from ..services import messages as services


# --- The client ----------------------------------------------------------------------------
@login_required
@require_GET
def threads(request: HttpRequest) -> HttpResponse:
    rows = selectors.client_threads(actor=actor_of(request))
    return render(request, "portal/messages/threads.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def thread_new(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    members = selectors.team_to_message(actor=actor)
    shown = list(members)
    initial = {}
    wanted = request.GET.get("aan", "")
    if wanted.isdigit() and any(m.pk == int(wanted) for m in shown):
        initial["professional"] = int(wanted)
    form = forms.ThreadNewForm(posted(request), members=members, initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.thread_start(
            actor=actor,
            trajectory=d["professional"].trajectory,
            professional=d["professional"].user,
            category=d["category"],
            subject=d["subject"],
            body=d["body"],
        ),
        _("Je bericht is verstuurd. Je krijgt een e-mail als er een antwoord is."),
    )
    if done.saved:
        return redirect("portal:thread", pk=done.result.pk)
    selectors.log_team_read(actor=actor, members=shown)
    context = {
        "form": form,
        "has_team": bool(shown),
        # The reader is the one it is with; per member, the subjects the policy lets them read.
        "conversation_readers": readers.readers_of_new_thread(actor=actor, members=shown),
        "readers": _chosen_readers(actor, form),
    }
    return render(request, "portal/messages/thread_new.html", context, status=done.status)


def _chosen_readers(actor: Any, form: forms.ThreadNewForm) -> list[Any]:
    """On a form sent back, who would read the conversation as chosen (nobody chosen: none)."""
    chosen = getattr(form, "cleaned_data", {})
    if not form.is_bound or "professional" not in chosen or "category" not in chosen:
        return []
    return readers.readers_of_new_thread_to(
        actor=actor, member=chosen["professional"], category=chosen["category"]
    )


def _conversation(
    request: HttpRequest,
    conversation: Any,
    decision: Any,
    *,
    success: str,
    again: str,
    template: str,
    **extra: Any,
) -> HttpResponse:
    """One conversation, for either side: a reply (bad input: 400, nothing sent), then the
    messages, marked read for the one who reads them."""
    actor = actor_of(request)
    form = forms.ReplyForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.message_add(actor=actor, thread=conversation, body=d["body"]),
        success,
    )
    if done.saved:
        return redirect(again, pk=conversation.pk)
    view = selectors.thread_view(actor=actor, thread=conversation, decision=decision)
    services.thread_mark_read(actor=actor, thread=conversation)
    context = {"view": view, "form": form, **extra}
    return render(request, template, context, status=done.status)


@login_required
@require_http_methods(["GET", "POST"])
def thread(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    conversation, decision = selectors.thread_for_client(actor=actor, pk=pk)
    return _conversation(
        request,
        conversation,
        decision,
        success=_("Je bericht is verstuurd."),
        again="portal:thread",
        template="portal/messages/thread.html",
        readers=readers.readers_of_thread(actor=actor, thread=conversation),
    )


# --- The professional ----------------------------------------------------------------------
@login_required
@require_GET
def pro_threads(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = trajectory_selectors.trajectory_get(actor=actor, pk=pk)
    rows = selectors.trajectory_threads(actor=actor, trajectory=trajectory)
    context = {"t": trajectory, "rows": rows}
    return render(request, "portal/messages/pro_threads.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def pro_thread(request: HttpRequest, pk: int) -> HttpResponse:
    conversation, decision = selectors.thread_for_professional(actor=actor_of(request), pk=pk)
    return _conversation(
        request,
        conversation,
        decision,
        success=_("Je antwoord is verstuurd. De cliënt krijgt een e-mail zonder de inhoud."),
        again="portal:pro_thread",
        template="portal/messages/pro_thread.html",
        t=conversation.trajectory,
    )
