"""Forms of trainings and werkateliers: plan or change a session, call it off, record a
training followed, register team members, sign up managers. Dutch messages; the rules that
need the database (a date in the past, fewer places than registered) are the services'."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, choice_field, date_field, text_field
from werkpad.organisations.models import ArbeidsmarktRegio, Membership

from ..ics import event_days, event_ends_at, when_text
from ..models import Event, EventKind, Training
from ..selectors.trainings import MAX_DAYS
from ..services.trainings import MAX_CAPACITY, EventDetails, Manager

UNKNOWN_TRAINING = _("Kies een training uit het trainingsaanbod.")
BAD_EMAIL = _("Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.")
BAD_URL = _("Vul een volledig webadres in, dat begint met https://.")


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.title} · {when_text(obj)}"


class MemberChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.user.full_name} · {obj.get_role_display()}"


class MemberChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.user.full_name} · {obj.get_role_display()}"


def _time_field(label: Any, *, required: bool = True, help_text: Any = "") -> forms.TimeField:
    return forms.TimeField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
        error_messages={
            "required": _("Vul een tijd in, zoals 09:30."),
            "invalid": _("Vul een tijd in, zoals 09:30."),
        },
    )


def _training_field(trainings: QuerySet[Training], *, required: bool) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=trainings,
        required=required,
        label=_("Training"),
        empty_label=_("Kies een training")
        if required
        else _("Geen: een werkatelier of bijeenkomst"),
        error_messages={"required": _("Kies een training."), "invalid_choice": UNKNOWN_TRAINING},
    )


class EventForm(UtrechtFormMixin, forms.Form):
    kind = choice_field(_("Soort"), [(value, capfirst(name)) for value, name in EventKind.choices])
    title = forms.CharField(
        label=_("Titel"), max_length=200, error_messages={"required": _("Vul een titel in.")}
    )
    description = text_field(_("Beschrijving"), required=False, rows=4, max_length=2000)
    audience = forms.CharField(
        label=_("Voor wie"),
        max_length=300,
        required=False,
        help_text=_("Bijvoorbeeld: IPS-trajectbegeleiders, klantmanagers en arbeidsdeskundigen."),
    )
    day = date_field(_("Datum"))
    starts = _time_field(_("Begintijd"))
    ends = _time_field(_("Eindtijd"))
    place = forms.CharField(
        label=_("Plaats"),
        max_length=300,
        required=False,
        help_text=_("Adres van de bijeenkomst. Laat leeg als het alleen online is."),
    )
    online_url = forms.URLField(
        label=_("Online via"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("De link om online mee te doen. Laat leeg als het alleen op locatie is."),
        error_messages={"invalid": BAD_URL},
    )
    capacity = forms.IntegerField(
        label=_("Aantal plaatsen"),
        min_value=1,
        max_value=MAX_CAPACITY,
        help_text=_("Wie zich aanmeldt als alle plaatsen bezet zijn, komt op de wachtlijst."),
        error_messages={
            "required": _("Vul het aantal plaatsen in."),
            "invalid": _("Vul het aantal plaatsen in als getal."),
            "min_value": _("Vul minstens 1 plaats in."),
            "max_value": _("Vul hoogstens %(limit_value)s plaatsen in."),
        },
    )
    field_order = (
        *("kind", "training", "title", "description", "audience", "region"),
        *("day", "starts", "ends"),
        *(f"{name}_{n}" for n in range(2, MAX_DAYS + 1) for name in ("day", "starts", "ends")),
    )

    def __init__(
        self,
        *args: Any,
        trainings: QuerySet[Training],
        regions: QuerySet[ArbeidsmarktRegio],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["training"] = _training_field(trainings, required=False)
        self.fields["region"] = forms.ModelChoiceField(
            queryset=regions,
            required=False,
            label=_("Regio"),
            empty_label=_("Landelijk"),
            error_messages={"invalid_choice": _("Kies een regio waar je organisatie werkt.")},
        )
        for n in range(2, MAX_DAYS + 1):  # the later days of a training of more days
            self.fields[f"day_{n}"] = date_field(
                _("Dag %(n)s: datum") % {"n": n},
                required=False,
                help_text=_("Alleen als het meer dagen duurt. Leeg: geen dag %(n)s.") % {"n": n}
                if n == 2
                else "",
            )
            self.fields[f"starts_{n}"] = _time_field(
                _("Dag %(n)s: begintijd") % {"n": n},
                required=False,
                help_text=_("Leeg: dezelfde tijd als de eerste dag."),
            )
            self.fields[f"ends_{n}"] = _time_field(
                _("Dag %(n)s: eindtijd") % {"n": n},
                required=False,
                help_text=_("Leeg: dezelfde tijd als de eerste dag."),
            )
        self.order_fields(self.field_order)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for n in range(2, MAX_DAYS + 1):
            times = data.get(f"starts_{n}") or data.get(f"ends_{n}")
            if times and not data.get(f"day_{n}") and f"day_{n}" not in self.errors:
                self.add_error(f"day_{n}", _("Vul de datum van dag %(n)s in.") % {"n": n})
        return data

    def more_days(self) -> tuple[tuple[datetime, datetime], ...]:
        """The later days as (start, end); a time left empty is the first day's."""
        data = self.cleaned_data
        days = []
        for n in range(2, MAX_DAYS + 1):
            if data.get(f"day_{n}"):
                starts = data.get(f"starts_{n}") or data["starts"]
                ends = data.get(f"ends_{n}") or data["ends"]
                days.append((_aware(data[f"day_{n}"], starts), _aware(data[f"day_{n}"], ends)))
        return tuple(days)

    def details(self) -> EventDetails:
        data = self.cleaned_data
        return EventDetails(
            kind=data["kind"],
            training=data.get("training"),
            title=data["title"],
            description=data.get("description") or "",
            audience=data.get("audience") or "",
            region=data.get("region"),
            starts_at=_aware(data["day"], data["starts"]),
            ends_at=_aware(data["day"], data["ends"]),
            place=data.get("place") or "",
            online_url=data.get("online_url") or "",
            capacity=data["capacity"],
            more_days=self.more_days(),
        )


def _aware(day: Any, at: time) -> datetime:
    return timezone.make_aware(datetime.combine(day, at))


class EventEditForm(EventForm):
    version = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("Dit formulier is niet volledig verstuurd. Laad de pagina opnieuw.")
        },
    )


def event_initial(event: Event, version: str) -> dict[str, Any]:
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event_ends_at(event))
    later: dict[str, Any] = {}
    for n, (day_start, day_end) in enumerate(event_days(event)[1:], start=2):
        later[f"day_{n}"] = timezone.localtime(day_start).date()
        later[f"starts_{n}"] = timezone.localtime(day_start).time()
        later[f"ends_{n}"] = timezone.localtime(day_end).time()
    return {
        **later,
        "kind": event.kind,
        "training": event.training_id,
        "title": event.title,
        "description": event.description,
        "audience": event.audience,
        "region": event.region_id,
        "day": start.date(),
        "starts": start.time(),
        "ends": end.time(),
        "place": event.place,
        "online_url": event.online_url,
        "capacity": event.capacity,
        "version": version,
    }


class CancelEventForm(UtrechtFormMixin, forms.Form):
    reason = text_field(
        _("Waarom gaat het niet door?"),
        required=False,
        max_length=500,
        help_text=_("Dit staat in de e-mail aan iedereen die zich heeft aangemeld."),
    )


class RecordTrainingForm(UtrechtFormMixin, forms.Form):
    completed_on = date_field(_("Gevolgd op"))

    def __init__(self, *args: Any, trainings: QuerySet[Training], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["training"] = _training_field(trainings, required=True)
        self.order_fields(["member", "training", "completed_on"])


class TeamRecordForm(RecordTrainingForm):
    def __init__(self, *args: Any, members: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["member"] = MemberChoice(
            queryset=members,
            label=_("Wie"),
            empty_label=_("Kies een teamlid"),
            error_messages={
                "required": _("Kies een teamlid."),
                "invalid_choice": _("Kies iemand uit je team."),
            },
        )
        self.order_fields(["member", "training", "completed_on"])


class TeamRegisterForm(UtrechtFormMixin, forms.Form):
    def __init__(
        self,
        *args: Any,
        events: QuerySet[Event],
        members: QuerySet[Membership],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["event"] = EventChoiceField(
            queryset=events,
            label=_("Training of werkatelier"),
            empty_label=_("Kies een bijeenkomst"),
            error_messages={
                "required": _("Kies een bijeenkomst."),
                "invalid_choice": _("Kies een bijeenkomst uit de lijst."),
            },
        )
        self.fields["members"] = MemberChoices(
            queryset=members,
            label=_("Wie meld je aan?"),
            widget=forms.CheckboxSelectMultiple,
            error_messages={
                "required": _("Kies minstens één teamlid."),
                "invalid_choice": _("Kies alleen mensen uit je team."),
                "invalid_pk_value": _("Kies alleen mensen uit je team."),
            },
        )


class ManagerForm(UtrechtFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={"required": _("Vul het e-mailadres in."), "invalid": BAD_EMAIL},
    )

    def __init__(self, *args: Any, events: QuerySet[Event], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["event"] = EventChoiceField(
            queryset=events,
            label=_("Training"),
            empty_label=_("Kies een training"),
            error_messages={
                "required": _("Kies een training."),
                "invalid_choice": _("Kies een training uit de lijst."),
            },
        )
        self.order_fields(["event", "name", "email"])

    def manager(self) -> Manager:
        return Manager(self.cleaned_data["name"], self.cleaned_data["email"])
