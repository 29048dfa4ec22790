"""The one way a page handles a form post: validate, call the service, and answer 400 with the
messages on the form (nothing saved), 409 for a stale edit, or redirect after success."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest

from werkpad.core.conflicts import show_conflict
from werkpad.core.forms import StaleEditError


def actor_of(request: HttpRequest) -> Any:
    return request.actor  # type: ignore[attr-defined]


def posted(request: HttpRequest) -> Any:
    """The POST data, also when empty: an empty POST is a submitted form with errors."""
    return request.POST if request.method == "POST" else None


def put_on_form(form: Form, error: ValidationError) -> None:
    """A service's refusal, shown at the field it is about (or above the form)."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


@dataclass
class Submitted:
    """The outcome of a form post: the HTTP status to answer with, and whether (and what) the
    service saved."""

    status: int = 200
    saved: bool = False
    result: Any = None


def submit(
    request: HttpRequest, form: Form, save: Callable[[dict[str, Any]], Any], success: str | None
) -> Submitted:
    """For a POST: validate, call ``save`` with the cleaned data, and on success add the
    message. Bad input is a 400 with the messages on the form and nothing saved; a stale edit
    is a 409; a service's refusal goes on the field it is about."""
    if request.method != "POST":
        return Submitted()
    if not form.is_valid():
        return Submitted(400)
    try:
        result = save(form.cleaned_data)
    except StaleEditError as stale:
        show_conflict(form, stale)
        return Submitted(409)
    except ValidationError as error:
        put_on_form(form, error)
        return Submitted(400)
    if success:
        messages.success(request, success)
    return Submitted(302, saved=True, result=result)
