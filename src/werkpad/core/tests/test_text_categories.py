"""Every piece of free text that may hold client data has a data category (issue 11, item 2).

Walks every model of the Werkpad apps and finds every free-text field: a ``TextField``, a
``JSONField`` (lists and notes), and a ``CharField`` of 200 characters or more without
choices. Each must be declared in its model's ``TEXT_CATEGORIES``
(``werkpad.core.textcategories``) or be on ``NOT_CLIENT_TEXT`` below with the reason why it
needs no category. A new text field without either fails here.
"""

from __future__ import annotations

from django.apps import apps
from django.db import models

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import Parent, Row, declared, fixed_category, parent_model

# Free text that needs no data category, each with why. Keep the reason honest: "the client
# reads it" is not a reason; "nobody but X ever reads it" or "it is not about a client" is.
NOT_CLIENT_TEXT: dict[str, str] = {
    # Organisations, their teams and their professionals: not about a client.
    "organisations.organisation.name": "an organisation's name",
    "organisations.team.name": "a team's name",
    "organisations.membership.employer_email": "a professional's address for employers",
    "accounts.user.email": "the login address of an account (a client's is basic data on Client)",
    "accounts.user.full_name": "the name of an account, shown as author; a client's is on Client",
    "accounts.usersession.user_agent": "the browser of a session, for the user's own sessions page",
    # The access log is about access, read by the logbeheerder and the client it names.
    "audit.accesslogentry.user_display": "the access log's copy of who acted",
    "audit.accesslogentry.user_name": "the access log's copy of the actor's name at the time",
    "audit.accesslogentry.user_agent": "the access log's copy of the actor's browser",
    "audit.accesslogentry.detail": "the access log's detail: counts and codes, never record text",
    "access.breaktheglassgrant.reason": (
        "why a professional asked for temporary access: an access-log fact shown to the "
        "client and the logbeheerder, not a record in the file"
    ),
    # Read only by the one organisation it belongs to: no other organisation's scope has it.
    "clients.clientnumber.ciphertext": "an organisation's own number, for it alone (invariant 5)",
    "portal.datarequest.text": "a client's request to the one organisation holding the record",
    "portal.datarequest.answer": "that organisation's answer, to the client only",
    # Private to the client: the policy has no rule that lets anyone else read it.
    "portal.disclosureworksheet.what": "the client's private worksheet (nobody else reads it)",
    "portal.disclosureworksheet.when": "the client's private worksheet",
    "portal.disclosureworksheet.to_whom": "the client's private worksheet",
    "portal.disclosureworksheet.in_my_words": "the client's private worksheet",
    "portal.disclosureworksheet.script": "the client's private worksheet",
    "portal.disclosureworksheet.pros": "the client's private worksheet",
    "portal.disclosureworksheet.cons": "the client's private worksheet",
    "portal.disclosureworksheet.what_matters": "the client's private worksheet",
    # Structure, not text about the client.
    "trajectories.trajectory.own_phases": "the names of an own route's phases, set by the team",
    "portal.consentproposal.categories": "codes of data categories, not free text",
    # Employers and their jobs: employer data, shared by regional agreement (decision 0022).
    "employment.employer.name": "an employer's name",
    "employment.employer.locations": "an employer's other locations",
    "employment.employer.attitude": "the employer's attitude and motivation",
    "employment.employer.networks": "the employer's networks",
    "employment.employer.trainings": "trainings the employer followed",
    "employment.employer.sroi_note": "the employer's SROI obligations",
    "employment.contactperson.name": "a person at the employer",
    "employment.contactperson.function": "a person at the employer",
    "employment.contactperson.email": "a person at the employer",
    "employment.employercontact.with_whom": "whom the coach spoke to at the employer",
    "employment.vacancy.title": (
        "a job's title; a job created for one person is seen only by those who see that "
        "trajectory (policy._scope_vacancies)"
    ),
    "employment.vacancy.tasks": "a job's tasks (as the title)",
    "employment.vacancy.requirements": "a job's requirements (as the title)",
    "employment.vacancy.offers_note": "what the workplace offers (as the title)",
    "employment.vacancy.shifts": "the codes of a job's shifts (a list of choices, no free text)",
    # Peer groups are outside the file (decision 0030).
    "portal.peergroup.description": "what a peer group does",
    "portal.peergroup.place": "where a peer group meets",
}

# Whole models whose free text is never about a client, each with why. The regional network
# (issue 15) is organisation and public knowledge: nothing in it refers to a client record,
# and every text a professional posts there is checked for what identifies a person before it
# is stored (``network.services.checks``); a new field of these models is covered too.
NETWORK_KNOWLEDGE = "regional network: organisation and public knowledge, checked for client data"
NOT_CLIENT_MODELS: dict[str, str] = {
    f"network.{model}": NETWORK_KNOWLEDGE
    for model in (
        "directoryentry",
        "keyperson",
        "article",
        "articleversion",
        "articlefeedback",
        "question",
        "answer",
        "training",
        "event",
        "registration",
        "agreement",
        "agreementpartner",
        "agreementtarget",
        "searchdocument",
    )
}


def _werkpad_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if m.__module__.startswith("werkpad.")]


def _is_free_text(field: models.Field) -> bool:  # type: ignore[type-arg]
    if field.is_relation or field.choices:
        return False
    if isinstance(field, models.TextField | models.JSONField):
        return True
    return isinstance(field, models.CharField) and (field.max_length or 0) >= 200


def free_text_fields() -> list[tuple[type[models.Model], str]]:
    return [
        (model, field.name)
        for model in _werkpad_models()
        for field in model._meta.concrete_fields
        if _is_free_text(field)
    ]


def _key(model: type[models.Model], name: str) -> str:
    return f"{model._meta.label_lower}.{name}"


def _has_category(model: type[models.Model], attribute: str) -> bool:
    """A fixed category (a DataCategory value) or a field choosing from DataCategory."""
    fixed = fixed_category(model, attribute)
    if fixed is not None:
        return fixed in DataCategory.values
    try:
        field = model._meta.get_field(attribute)
    except Exception:
        return False
    choices = {value for value, _label in (getattr(field, "choices", None) or [])}
    return bool(choices) and choices <= set(DataCategory.values)


def test_every_free_text_field_has_a_category_or_a_reason_why_not() -> None:
    missing = [
        _key(model, name)
        for model, name in free_text_fields()
        if name not in declared(model)
        and _key(model, name) not in NOT_CLIENT_TEXT
        and model._meta.label_lower not in NOT_CLIENT_MODELS
    ]
    assert not missing, (
        "Free-text fields without a data category: declare them in the model's "
        "TEXT_CATEGORIES (werkpad.core.textcategories), or add them to NOT_CLIENT_TEXT with "
        f"the reason they hold no client data: {missing}"
    )


def test_every_declaration_names_a_real_text_field_and_category() -> None:
    problems = []
    for model in _werkpad_models():
        for name, spec in declared(model).items():
            where = _key(model, name)
            try:
                model._meta.get_field(name)
            except Exception:
                problems.append(f"{where}: no such field")
                continue
            if isinstance(spec, Row):
                if not _has_category(model, spec.attribute):
                    problems.append(f"{where}: {spec.attribute!r} is not a data category")
            elif isinstance(spec, Parent):
                try:
                    parent = parent_model(model, spec.path)
                except (LookupError, Exception):
                    problems.append(f"{where}: {spec.path!r} is not a relation")
                    continue
                if not _has_category(parent, "category"):
                    problems.append(f"{where}: {parent._meta.label} has no data category")
            elif spec not in DataCategory.values:
                problems.append(f"{where}: {spec!r} is not a data category")
    assert not problems, problems


def test_the_allow_list_has_no_stale_or_double_entries() -> None:
    fields = {_key(model, name): model for model, name in free_text_fields()}
    stale = [key for key in NOT_CLIENT_TEXT if key not in fields]
    double = [
        key
        for key, model in fields.items()
        if key in NOT_CLIENT_TEXT and key.rsplit(".", 1)[1] in declared(model)
    ]
    unexplained = [key for key, why in NOT_CLIENT_TEXT.items() if not why.strip()]
    assert not stale, f"allow-listed fields that are no free text (any more): {stale}"
    assert not double, f"both declared and allow-listed: {double}"
    assert not unexplained, unexplained
