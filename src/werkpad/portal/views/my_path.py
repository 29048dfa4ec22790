"""Placeholder views: replaced by the implementation."""

from django.http import Http404, HttpRequest, HttpResponse


def invite(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def accept(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def second_factor(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def home(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def goal_add(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def action_done(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def pace(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def ladder(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
