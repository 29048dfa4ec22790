"""Build each consent and scope filter once per request (issue 14: "the policy decides once
per request what the actor may see and reuses it"; decision 0042).

A page asks ``visible_to`` many times (the trajectory, its records, the timeline's
contributors, the panels), and each call used to build the same nested ``Exists`` filters
again: building them cost more than running them. Inside ``filters_reused()`` (every
request, through ``ActorMiddleware``) a builder marked ``@reused`` returns the filter it
built before for the same actor and arguments.

What is kept is an *expression*, never a result: the database is asked when the query runs,
so a consent withdrawn in the middle of a request still closes what the next query reads.
Django copies an expression when a query resolves it, so one filter serves many querysets.
Outside the block (tasks, commands, most tests) nothing is kept; a filter that embeds the
time (``granted_at <= now``) is therefore never reused beyond one request.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar, cast

from werkpad.access.actor import Actor

P = ParamSpec("P")
R = TypeVar("R")

_MISSING = object()
_FILTERS: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar(
    "werkpad_policy_filters", default=None
)


@contextmanager
def filters_reused() -> Iterator[None]:
    """Within the block, each ``@reused`` builder builds its filter once per actor and
    arguments. Blocks nest: an inner block keeps its own filters."""
    token = _FILTERS.set({})
    try:
        yield
    finally:
        _FILTERS.reset(token)


def _actor_key(actor: Actor) -> tuple[Any, ...]:
    # The user and the membership they act under decide every filter an actor gets.
    membership = actor.membership.pk if actor.membership is not None else None
    return (actor.user.pk if actor.user is not None else None, membership)


def reused(build: Callable[P, R]) -> Callable[P, R]:
    """Mark a filter builder whose first argument is the actor: inside ``filters_reused()``
    the same actor and arguments get the filter built before."""

    @functools.wraps(build)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        filters = _FILTERS.get()
        if filters is None:
            return build(*args, **kwargs)
        actor, *rest = args
        key = (build, _actor_key(actor), *rest, *sorted(kwargs.items()))  # type: ignore[arg-type]
        try:
            built = filters.get(key, _MISSING)
        except TypeError:  # an unhashable argument: build it every time
            return build(*args, **kwargs)
        if built is _MISSING:
            built = filters[key] = build(*args, **kwargs)
        return cast(R, built)

    return wrapper
