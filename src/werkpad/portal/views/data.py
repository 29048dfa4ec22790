"""Placeholder views: replaced by the implementation."""

from django.http import Http404, HttpRequest, HttpResponse


def income(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def income_question(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def consents(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def consent_withdraw(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def proposal_decide(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def consent_propose(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def access_log(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def my_data(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def export_json(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def export_pdf(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def data_request(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def data_requests(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def data_request_handle(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
