"""Placeholder views: replaced by the implementation."""

from django.http import Http404, HttpRequest, HttpResponse


def threads(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def thread_new(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def thread(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def pro_threads(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def pro_thread(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
