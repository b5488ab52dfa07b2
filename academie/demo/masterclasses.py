"""Demo content of the masterclasses: the 2019 series "Effectief antidiscriminatiebeleid" in
five regions with its timed programme (all past, participants long anonymised), and an
upcoming series in 2027 with sessions in five regions plus one online: some nearly full, one
full with a waitlist (the texts and numbers are in academie/demo/data/masterclasses.py).
Demo participants have example.org addresses; the demo trainee "deelnemer" is registered for
one session, so it shows in Mijn academie.

Idempotent: a series that exists is left alone. No emails are sent: registrations are
written directly, not through the services.
"""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from academie.demo.data.masterclasses import (
    DESCRIPTION,
    FIRST_NAMES,
    INDEX_INTRO,
    LAST_NAMES,
    LEARNING_GOALS,
    MUNICIPALITIES,
    PROGRAMME_2019,
    PROGRAMME_2027,
    ROLES,
    SESSIONS_2019,
    SESSIONS_2027,
)
from academie.models import (
    MasterclassIndexPage,
    MasterclassPage,
    MasterclassRegistration,
    MasterclassSession,
    ParticipantRole,
    RegistrationStatus,
    SessionFormat,
)
from academie.models.masterclasses.sessions import AMSTERDAM
from academie.permissions import grant_course_manager_page_permissions
from hub.demo.accounts import TRAINEE, TRAINEE_ORGANISATION
from hub.demo.registry import demo_loader, ensure_child
from hub.models import Audience, PolicyStep


def _slug(text):
    return text.lower().replace(" ", "").replace("'", "")


def _person(number):
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES) + number) % len(LAST_NAMES)]
    municipality = MUNICIPALITIES[number % len(MUNICIPALITIES)]
    return {
        "name": f"{first} {last}",
        "email": f"{_slug(first)}.{_slug(last)}.{number}@example.org",
        "organisation": f"Gemeente {municipality}",
        "municipality": municipality,
        "role": ROLES[number % len(ROLES)],
    }


def _choice(workshop_round, workshop):
    """A workshop choice as a registration stores it."""
    return {
        "round": workshop_round.id,
        "round_title": workshop_round.title,
        "workshop": workshop.id,
        "workshop_title": workshop.title,
    }


def _series(index, slug, title, intro, programme):
    page, created = ensure_child(
        index,
        MasterclassPage,
        slug,
        title=title,
        intro=intro,
        learning_goals=LEARNING_GOALS,
        description=DESCRIPTION,
        programme=programme,
        organiser="Kennishub Antidiscriminatie, met de ADV's in de regio",
        is_example=True,
    )
    if created:
        page.audiences.set(
            Audience.objects.filter(slug__in=["gemeenteambtenaar", "bestuurder", "raadslid"])
        )
        page.policy_steps.set(PolicyStep.objects.all())
        page.save_revision().publish()
    return page, created


def load_2019(index, ctx):
    page, created = _series(
        index,
        "effectief-antidiscriminatiebeleid-2019",
        "Effectief antidiscriminatiebeleid (2019)",
        "Een middag over lokaal beleid tegen discriminatie dat werkt, in 2019 gehouden in vijf "
        "regio's. Gratis, voor gemeenten die al beleid hebben en gemeenten die nog zoeken.",
        PROGRAMME_2019,
    )
    if not created:
        return
    ctx.created.append(page)
    anonymised_at = datetime(2020, 6, 1, 9, 0, tzinfo=AMSTERDAM)
    for city, region, day, venue, street, postcode, registered, attended in SESSIONS_2019:
        session = MasterclassSession.objects.create(
            page=page,
            region=region,
            session_format=SessionFormat.ON_SITE,
            date=day,
            start_time=time(12, 30),
            end_time=time(17, 30),
            venue_name=venue,
            street_address=street,
            postcode=postcode,
            city=city,
            capacity=40,
            is_example=True,
            created_at=datetime.combine(day - timedelta(days=60), time(9), tzinfo=AMSTERDAM),
        )
        ctx.created.append(session)
        # Participants of 2019 were anonymised long ago: only the numbers remain.
        MasterclassRegistration.objects.bulk_create(
            MasterclassRegistration(
                session=session,
                status=RegistrationStatus.CONFIRMED,
                sequence=number + 1,
                municipality=MUNICIPALITIES[number % len(MUNICIPALITIES)],
                role=ROLES[number % len(ROLES)],
                created_at=session.created_at + timedelta(days=number % 30),
                confirmed_at=session.created_at + timedelta(days=number % 30),
                attended=number < attended,
                anonymised_at=anonymised_at,
            )
            for number in range(registered)
        )


def load_upcoming(index, ctx):
    page, created = _series(
        index,
        "effectief-antidiscriminatiebeleid-2027",
        "Effectief antidiscriminatiebeleid 2027",
        "De masterclass over lokaal beleid tegen discriminatie dat werkt, vernieuwd, met "
        "workshops over het actieplan, de ADV en de raad. In vijf regio's en één keer online.",
        PROGRAMME_2027,
    )
    if not created:
        return
    ctx.created.append(page)
    today = timezone.localdate()
    rounds = page.workshop_rounds()
    person = 0
    for (
        city,
        region,
        days,
        fmt,
        venue,
        street,
        postcode,
        capacity,
        confirmed,
        waitlist,
    ) in SESSIONS_2027:
        day = today + timedelta(days=days)
        session = MasterclassSession.objects.create(
            page=page,
            region=region,
            session_format=fmt,
            date=day,
            start_time=time(12, 30),
            end_time=time(17, 30),
            venue_name=venue,
            street_address=street,
            postcode=postcode,
            city=city,
            online_url="https://meet.example.org/masterclass-2027"
            if fmt == SessionFormat.ONLINE
            else "",
            capacity=capacity,
            registration_deadline=datetime.combine(
                day - timedelta(days=3), time(23, 59), tzinfo=AMSTERDAM
            ),
            notes=""
            if fmt == SessionFormat.ONLINE
            else "Parkeren kan in de garage naast het gebouw. Het station is op tien minuten lopen.",
            is_example=True,
        )
        ctx.created.append(session)
        now = timezone.now()
        registrations = []
        for sequence in range(1, confirmed + waitlist + 1):
            person += 1
            when = now - timedelta(days=20) + timedelta(minutes=37 * sequence)
            choices = [_choice(r, r.workshops[person % len(r.workshops)]) for r in rounds]
            registrations.append(
                MasterclassRegistration(
                    session=session,
                    status=RegistrationStatus.CONFIRMED
                    if sequence <= confirmed
                    else RegistrationStatus.WAITLISTED,
                    sequence=sequence,
                    workshop_choices=choices,
                    privacy_consent_at=when,
                    created_at=when,
                    confirmed_at=when + timedelta(minutes=5),
                    needs="Vegetarisch" if person % 6 == 0 else "",
                    **_person(person),
                )
            )
        MasterclassRegistration.objects.bulk_create(registrations)
    load_trainee_registration(page, rounds)


def load_trainee_registration(page, rounds):
    """The demo trainee is registered for the Zwolle session (see Mijn academie)."""
    trainee = get_user_model().objects.filter(username=TRAINEE["username"]).first()
    session = page.sessions.filter(city="Zwolle").first()
    if trainee is None or session is None:
        return
    if session.registrations.filter(email=trainee.email).exists():
        return
    now = timezone.now()
    last = session.registrations.order_by("-sequence").first()
    MasterclassRegistration.objects.create(
        session=session,
        user=trainee,
        status=RegistrationStatus.CONFIRMED,
        sequence=(last.sequence if last else 0) + 1,
        name=trainee.get_full_name(),
        email=trainee.email,
        organisation=TRAINEE_ORGANISATION,
        municipality="Voorbeeldstad",
        role=ParticipantRole.CIVIL_SERVANT,
        workshop_choices=[_choice(r, r.workshops[0]) for r in rounds],
        privacy_consent_at=now - timedelta(days=3),
        created_at=now - timedelta(days=3),
        confirmed_at=now - timedelta(days=3),
    )


@demo_loader(order=35)
def load_masterclasses(ctx):
    index = ctx.ensure_page(
        ctx.home, MasterclassIndexPage, "masterclasses", title="Masterclasses", intro=INDEX_INTRO
    )
    grant_course_manager_page_permissions(index)
    load_2019(index, ctx)
    load_upcoming(index, ctx)
