"""Placeholder views: replaced by the implementation."""

from django.http import Http404, HttpRequest, HttpResponse


def groups(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def join(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def leave(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def share(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def facilitator_groups(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def facilitator_group(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
