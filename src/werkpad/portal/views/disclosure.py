"""Placeholder views: replaced by the implementation."""

from django.http import Http404, HttpRequest, HttpResponse


def overview(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def step(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def summary(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def employer_choice(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
