"""The regional network in the demo (issue 15): who is who in Midden-Utrecht with the key
persons, the Routekaart knowledge base written by the region's editors, readers' marks, and
the regional agreement. Articles are played through the knowledge services; the partners'
entries, whose functioneel beheerders are not demo users, are loaded as the organisations
handed them in, and then indexed for the search."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.accounts.models import User
from werkpad.network import search
from werkpad.network.models import (
    Agreement,
    AgreementPartner,
    AgreementTarget,
    Article,
    DirectoryEntry,
    Editor,
    Feedback,
    KeyPerson,
    Offer,
)
from werkpad.network.services.knowledge import ArticleText, article_create, article_feedback
from werkpad.organisations.models import (
    DEFAULT_DOMAIN,
    ArbeidsmarktRegio,
    Organisation,
    OrganisationType,
)

from .. import clock
from ..data import network as data
from ..data.people import REGION


def seed_network() -> None:
    """Adds what is missing and changes nothing that exists."""
    region = ArbeidsmarktRegio.objects.get(code=REGION)
    _directory(region)
    _articles(region)
    _agreement(region)


def _user(email: str) -> User:
    return User.objects.get(email=email)


def _directory(region: ArbeidsmarktRegio) -> None:
    for spec in data.DIRECTORY:
        if spec.type == OrganisationType.EMPLOYER:
            continue  # employers have their own relations (job development)
        organisation, _created = Organisation.objects.get_or_create(
            name=spec.organisation,
            defaults={
                "type": spec.type,
                "domain": DEFAULT_DOMAIN[OrganisationType(spec.type)],
            },
        )
        organisation.regions.add(region)
        if DirectoryEntry.objects.filter(organisation=organisation).exists():
            continue
        entry = DirectoryEntry.objects.create(
            organisation=organisation,
            description=spec.description,
            phone=spec.contact.phone,
            email=spec.contact.email,
            website=spec.website,
            confirmed_at=timezone.now() - timedelta(days=30 * spec.confirmed_months_ago),
        )
        Offer.objects.bulk_create(Offer(entry=entry, offering=code) for code in spec.offers)
        for person in spec.key_persons:
            user = _user(person.user) if person.user else None
            KeyPerson.objects.create(
                entry=entry,
                topic=person.topic,
                user=user,
                name=user.full_name if user else person.name,
                function=person.function,
                phone=person.reach.phone,
                email=person.reach.email,
                best_time=person.reach.best_time,
            )
        search.index_entry(entry)


def _articles(region: ArbeidsmarktRegio) -> None:
    for spec in data.ARTICLES:
        if Article.objects.filter(title=spec.title).exists():
            continue
        article_region = region if spec.region else None
        editor = _user(spec.editor)
        # The region's editors (named by its regiocoördinator) and the national ones.
        Editor.objects.get_or_create(user=editor, region=article_region)
        article = article_create(
            actor=actor_for_user(editor),
            text=ArticleText(
                category=str(spec.category),
                title=spec.title,
                summary=spec.summary,
                source_title=spec.source_title,
                source_url=spec.source_url,
                source_date=spec.source_date,
                region=article_region,
                tags=spec.tags,
            ),
        )
        if spec.outdated_hint:
            reader = actor_for_user(_user(data.AD))
            article_feedback(
                actor=reader,
                article=article,
                kind=Feedback.OUTDATED,
                note="De app bestaat niet meer; vragen stel je nu hier in Werkpad.",
            )


def _agreement(region: ArbeidsmarktRegio) -> None:
    spec = data.AGREEMENT
    if Agreement.objects.filter(region=region, title=spec.title).exists():
        return
    funding = "\n".join(f"{f.organisation}: {f.arrangement} ({f.rule})" for f in spec.funding)
    agreement = Agreement.objects.create(
        region=region,
        kind=spec.kind,
        title=spec.title,
        summary=(
            "De partners in Midden-Utrecht werken samen aan werk voor mensen met psychische "
            "kwetsbaarheid: zorg en werk tegelijk, met één aanspreekpunt per organisatie."
        ),
        funding=funding,
        starts_on=clock.ago(-spec.start_day),
        review_on=clock.ago(-spec.review_day),
        updated_by=_user(data.REGIOCOORDINATOR),
    )
    for task in spec.tasks:
        organisation = Organisation.objects.filter(name=task.organisation).first()
        if organisation is not None:
            AgreementPartner.objects.create(
                agreement=agreement, organisation=organisation, tasks=task.does
            )
    agreement.key_persons.set(KeyPerson.objects.filter(user__email__in=spec.key_persons))
    for target in spec.targets:
        AgreementTarget.objects.create(
            agreement=agreement,
            text=target.text,
            population=target.population,
            percentage=target.percentage,
            count=target.number,
            due_on=clock.ago(-target.by_day),
        )
