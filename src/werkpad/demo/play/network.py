"""The regional network in the demo (issue 15): who is who in Midden-Utrecht with the key
persons, the Routekaart knowledge base written by the region's editors, readers' marks, and
the regional agreement. Articles are played through the knowledge services; the partners'
entries, whose functioneel beheerders are not demo users, are loaded as the organisations
handed them in, and then indexed for the search."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.accounts.models import ActorKind, User
from werkpad.network import search
from werkpad.network.models import (
    Agreement,
    AgreementPartner,
    AgreementTarget,
    Answer,
    Article,
    DirectoryEntry,
    Editor,
    Event,
    EventDay,
    EventKind,
    Feedback,
    KeyPerson,
    Offer,
    Question,
    Registration,
    RegistrationStatus,
    Training,
)
from werkpad.network.services.knowledge import ArticleText, article_create, article_feedback
from werkpad.network.services.questions import answer_create, answer_mark_helpful, question_ask
from werkpad.network.services.trainings import Manager, registration_create, training_record
from werkpad.organisations.models import (
    DEFAULT_DOMAIN,
    ArbeidsmarktRegio,
    Organisation,
    OrganisationType,
)
from werkpad.portal.models import PeerGroup, PeerGroupMembership
from werkpad.portal.services.groups import (
    NewGroup,
    group_facilitator_set,
    group_host_appoint,
    group_join,
    group_start,
    group_volunteer,
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
    _trainings(region)
    _questions(region)
    _peer_groups(region)


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


def _trainings(region: ArbeidsmarktRegio) -> None:
    """The trainings on offer (reference data), the region's sessions and werkateliers
    (created as their organisers planned them, past ones included), sign-ups through the
    service in the order of the table (so the full session has a waiting list), and who
    followed what."""
    if Training.objects.exists():
        return
    trainings = {
        spec.code: Training.objects.create(
            code=spec.code,
            title=spec.title,
            provider=spec.provider,
            summary=spec.summary,
            source_url=spec.source_url,
            duration=spec.duration,
            audience=",".join(spec.for_whom),
            required_for=",".join(spec.required_for),
            for_employers=spec.employers_can_join,
        )
        for spec in data.TRAININGS
    }
    for spec in data.SESSIONS:
        organiser = Organisation.objects.get(name=spec.organiser)
        planner = organiser.memberships.filter(is_active=True).order_by("pk").first()
        day = clock.ago(-spec.day)
        event = Event.objects.create(
            kind=EventKind.TRAINING if spec.training else EventKind.WERKATELIER,
            training=trainings[spec.training] if spec.training else None,
            title=spec.title,
            description=spec.description,
            region=region,
            starts_at=clock.at(day, spec.start.hour, spec.start.minute),
            duration_minutes=spec.minutes,
            place=spec.place,
            online_url=spec.online_link,
            capacity=spec.capacity,
            organiser=organiser,
            created_by=planner.user if planner else _user(data.REGIOCOORDINATOR),
        )
        for later in spec.later_days:
            EventDay.objects.create(
                event=event,
                starts_at=event.starts_at + timedelta(days=later),
                duration_minutes=spec.minutes,
            )
        for login in spec.registrations:
            user = _user(login)
            if spec.day >= 0 and user.kind == ActorKind.EMPLOYER:  # signs himself up as manager
                manager = Manager(name=user.full_name, email=user.email)
                registration_create(actor=actor_for_user(user), event=event, manager=manager)
            elif spec.day >= 0:
                registration_create(actor=actor_for_user(user), event=event)
            else:  # taken part already: the sign-ups as they were
                _took_part(event, user)
    for record in data.TRAINING_RECORDS:
        training_record(
            actor=actor_for_user(_user(record.user)),
            training=trainings[record.training],
            completed_on=clock.ago(record.days_ago),
        )


def _took_part(event: Event, user: User) -> None:
    membership = user.memberships.filter(is_active=True).select_related("organisation").first()
    assert membership is not None, user.email
    Registration.objects.create(
        event=event,
        user=user,
        name=user.full_name,
        email=user.email,
        organisation=membership.organisation,
        status=RegistrationStatus.REGISTERED,
        registered_by=user,
    )


def _questions(region: ArbeidsmarktRegio) -> None:
    """The questions between professionals, asked and answered through the services, then
    dated back; the helpful answer of the first became the article of the same subject."""
    if Question.objects.exists():
        return
    for spec in data.QUESTIONS:
        question = question_ask(
            actor=actor_for_user(_user(spec.asker)),
            category=str(spec.category),
            region=region if spec.region else None,
            title=spec.title,
            body=spec.body,
        )
        Question.objects.filter(pk=question.pk).update(
            created_at=clock.at(clock.ago(spec.days_ago))
        )
        for answer_spec in spec.answers:
            answer = answer_create(
                actor=actor_for_user(_user(answer_spec.author)),
                question=question,
                body=answer_spec.body,
            )
            moment = clock.at(clock.ago(answer_spec.days_ago), 14)
            Answer.objects.filter(pk=answer.pk).update(created_at=moment)
            if answer_spec.helpful:
                answer_mark_helpful(actor=actor_for_user(_user(spec.asker)), answer=answer)
                Answer.objects.filter(pk=answer.pk).update(helped_at=moment)
        if spec.article:
            Article.objects.filter(title=spec.article).update(from_question=question)


def _peer_groups(region: ArbeidsmarktRegio) -> None:
    """The peer-support groups run by their members (issue 15, item 7), played through the
    portal's services: the herstelacademie's ervaringsdeskundige starts each without
    facilitating it herself; in the Werkcafé, Sanne (a client who works) joins, offers to host
    and is made the host, so the group runs without a professional; the other group has a
    professional of Werkkracht who helps it start. Then dated back."""
    starter_ids = {spec.name: _user(spec.started_by).pk for spec in data.PEER_GROUPS}
    for spec in data.PEER_GROUPS:
        if PeerGroup.objects.filter(name=spec.name, started_by_id=starter_ids[spec.name]).exists():
            continue
        starter = actor_for_user(_user(spec.started_by))
        assert starter.organisation is not None and starter.organisation.name == spec.organisation
        assert spec.region == region.code
        group = group_start(
            actor=starter,
            new=NewGroup(
                name=spec.name,
                theme=spec.theme,
                description=spec.description,
                mode=spec.mode,
                place=spec.place,
                schedule=spec.schedule,
                region=region,
                is_open=spec.is_open,
            ),
            facilitate=False,
        )
        PeerGroup.objects.filter(pk=group.pk).update(created_at=clock.at(clock.ago(90)))
        if spec.professional:
            group_facilitator_set(actor=starter, group=group, professional=_user(spec.professional))
        if spec.host:
            host = actor_for_user(_user(spec.host))
            membership = group_join(actor=host, group=group)
            PeerGroupMembership.objects.filter(pk=membership.pk).update(
                joined_at=clock.at(clock.ago(80), 11)
            )
            group_volunteer(actor=host, membership=membership, offer=True)
            group.refresh_from_db()
            group_host_appoint(actor=starter, group=group, membership_id=membership.pk)
