from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject

from .actor import actor_from_request
from .policy.memo import filters_reused


class ActorMiddleware:
    """Puts ``request.actor`` on every request; built lazily, so static files cost nothing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.actor = SimpleLazyObject(lambda: actor_from_request(request))  # type: ignore[attr-defined]
        with filters_reused():  # the policy builds each filter once per request
            return self.get_response(request)
