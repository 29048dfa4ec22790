from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from .forms import AccessLogSearchForm
from .selectors import access_log_search

EXPORT_COLUMNS = [
    "occurred_at", "event_code", "action", "outcome", "user_display", "responsible_user_id",
    "organisation_id", "role", "client_pid", "object_type", "object_id", "basis", "consent_id",
    "ip_address", "user_agent", "hash",
]  # fmt: skip


@login_required
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = AccessLogSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    status = 400 if form.is_bound and not form.is_valid() else 200
    entries = access_log_search(actor=request.actor, filters=filters)  # type: ignore[attr-defined]
    page = Paginator(entries.select_related(None), 50).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    return render(request, "audit/search.html", context, status=status)


# A cell starting with one of these is a formula to a spreadsheet (CSV injection, OWASP):
# the user agent, names and object ids can be chosen by whoever caused the log row.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """A leading quote makes the spreadsheet show the text instead of running it."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _Echo:
    def write(self, value: str) -> str:
        return value


@login_required
@require_GET
def export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = AccessLogSearchForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return render(request, "audit/search.html", {"form": form, "page": None}, status=400)
    filters = form.cleaned_data if form.is_bound else {}
    entries = access_log_search(actor=request.actor, filters=filters, export=True)  # type: ignore[attr-defined]
    writer = csv.writer(_Echo())
    rows = (
        writer.writerow([_csv_cell(getattr(e, c)) for c in EXPORT_COLUMNS])
        for e in entries.iterator(chunk_size=2000)
    )
    response = StreamingHttpResponse(
        (line for part in ([writer.writerow(EXPORT_COLUMNS)], rows) for line in part),
        content_type="text/csv; charset=utf-8",
    )
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="toegangslog-{stamp}.csv"'
    return response
