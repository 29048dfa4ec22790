"""The editors of a region's knowledge base, kept by its regiocoördinator: the list with the
form to name one, and removing one in two steps (a page asks "Weet je het zeker?", its
button removes; no script needed). Thin views: the policy decides, services change."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.core.submit import actor_of, submit

from ..forms.editors import EditorForm
from ..selectors import editors as selectors
from ..services import editors as services


def _page(request: HttpRequest, code: str, form: EditorForm, status: int = 200) -> HttpResponse:
    page = selectors.editors_page(actor=actor_of(request), code=code)
    context = {"page": page, "form": form}
    return render(request, "network/knowledge/editors.html", context, status=status)


@login_required
@require_GET
def editors(request: HttpRequest, code: str) -> HttpResponse:
    return _page(request, code, EditorForm())


@login_required
@require_POST
def editor_add(request: HttpRequest, code: str) -> HttpResponse:
    actor = actor_of(request)
    region = selectors.editors_region(actor=actor, code=code)
    form = EditorForm(request.POST)

    def save(data: dict[str, Any]) -> Any:
        return services.editor_add(actor=actor, region=region, email=data["email"])

    result = submit(request, form, save, None)
    if result.saved:
        messages.success(
            request,
            _("%(name)s is nu redacteur van de kennisbank van %(region)s.")
            % {"name": result.result.user.full_name, "region": region.name},
        )
        return redirect("network:editors", region.code)
    return _page(request, code, form, result.status)


@login_required
@require_http_methods(["GET", "POST"])
def editor_remove(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    editor = selectors.editor_get(actor=actor, pk=pk)
    region = editor.region
    if region is None:  # the national editors are not kept here (the policy says so too)
        raise Http404
    if request.method == "GET":
        return render(request, "network/knowledge/editor_remove.html", {"editor": editor})
    services.editor_remove(actor=actor, editor=editor)
    messages.success(
        request,
        _("%(name)s is geen redacteur van %(region)s meer.")
        % {"name": editor.user.full_name, "region": region.name},
    )
    return redirect("network:editors", region.code)
