"""Demo content of the masterclasses: the 2019 series "Effectief antidiscriminatiebeleid" in
five regions with its timed programme (all past, participants long anonymised), and an
upcoming series in 2027 with sessions in five regions plus one online: some nearly full, one
full with a waitlist. Demo participants have example.org addresses; the demo trainee
"deelnemer" is registered for one session, so it shows in Mijn academie.

Idempotent: a series that exists is left alone. No emails are sent: registrations are
written directly, not through the services.
"""

from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from academie.models import (
    MasterclassIndexPage,
    MasterclassPage,
    MasterclassRegistration,
    MasterclassSession,
    ParticipantRole,
    Region,
    RegistrationStatus,
    SessionFormat,
)
from academie.models.masterclasses.sessions import AMSTERDAM
from academie.permissions import grant_course_manager_page_permissions
from hub.demo.accounts import TRAINEE, TRAINEE_ORGANISATION
from hub.demo.registry import EXAMPLE_NOTICE, demo_loader, ensure_child
from hub.models import Audience, PolicyStep

INDEX_INTRO = (
    "Gratis masterclasses voor gemeenten, in uw eigen regio. Een middag lang werkt u met "
    "collega's uit andere gemeenten en met de antidiscriminatievoorziening (ADV) aan lokaal "
    "beleid dat werkt."
)

LEARNING_GOALS = (
    "<ul><li>Wat werkt volgens onderzoek tegen discriminatie, en wat werkt averechts?</li>"
    "<li>Hoe u draagvlak maakt, in het college, de raad en de organisatie.</li>"
    "<li>Hoe u beleid samenhangend maakt, met doelen die u kunt volgen.</li>"
    "<li>Hoe u de ADV goed inzet, en inwoners en organisaties betrekt.</li></ul>"
)


def _time(text):
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def item(start, end, title, kind="onderdeel", speaker="", description=""):
    return (
        "item",
        {
            "start": _time(start),
            "end": _time(end),
            "title": title,
            "kind": kind,
            "speaker": speaker,
            "description": description,
        },
    )


PROGRAMME_2019 = [
    item("12:30", "13:00", "Lunch en ontvangst", kind="pauze"),
    item("13:00", "13:20", "Opening en introductie"),
    item("13:20", "13:50", "Stap 1: Verken wat er lokaal speelt"),
    item("13:50", "14:20", "Stap 2: Samenwerken met de ADV"),
    item("14:20", "15:00", "Stap 3: Visie en draagvlak"),
    item("15:00", "15:15", "Pauze", kind="pauze"),
    item(
        "15:15",
        "15:45",
        "Intermezzo: wat werkt?",
        description="Wat zegt onderzoek over de effectiviteit van aanpakken tegen discriminatie?",
    ),
    item("15:45", "16:15", "Stap 4: Doelen, plan en afstemming met andere beleidsvelden"),
    item("16:15", "16:40", "Stap 5 en 6: Uitvoeren, evalueren en monitoren"),
    item("16:40", "17:00", "Afsluiting"),
    item("17:00", "17:30", "Netwerkborrel", kind="pauze"),
]

PROGRAMME_2027 = [
    item("12:30", "13:00", "Lunch en ontvangst", kind="pauze"),
    item("13:00", "13:20", "Opening", speaker="Dagvoorzitter Noor Bakker"),
    item(
        "13:20",
        "13:50",
        "Stap 1: Verken wat er lokaal speelt",
        speaker="Karim El Idrissi, ADV-medewerker",
    ),
    item("13:50", "14:20", "Stap 2: Samenwerken met de ADV"),
    item("14:20", "15:00", "Stap 3: Visie en draagvlak"),
    item("15:00", "15:15", "Pauze", kind="pauze"),
    item(
        "15:15",
        "15:45",
        "Intermezzo: wat werkt, en wat werkt averechts?",
        speaker="Dr. Sanne de Vries, onderzoeker",
    ),
    (
        "workshops",
        {
            "start": _time("15:45"),
            "end": _time("16:15"),
            "title": "Workshopronde stap 4",
            "workshops": [
                {
                    "title": "Een actieplan dat past bij uw gemeente",
                    "speaker": "Lotte Jansen",
                    "description": "Van visie naar doelen en acties, met een voorbeeldplan.",
                },
                {
                    "title": "Afspraken met de ADV vastleggen",
                    "speaker": "Karim El Idrissi",
                    "description": "Wat staat in een goede samenwerkingsovereenkomst?",
                },
                {
                    "title": "Draagvlak in de raad",
                    "speaker": "Noor Bakker",
                    "description": "Hoe u raadsleden meeneemt, van motie tot begroting.",
                },
            ],
        },
    ),
    item("16:15", "16:40", "Stap 5 en 6: Uitvoeren, evalueren en monitoren"),
    item("16:40", "17:00", "Afsluiting"),
    item("17:00", "17:30", "Netwerkborrel", kind="pauze"),
]

DESCRIPTION = [
    (
        "paragraph",
        "<p>Gemeenten hebben veel ruimte om zelf beleid tegen discriminatie te maken. Maar "
        "hoe begint u, zeker in een kleinere gemeente? En welke aanpakken werken echt? In deze "
        "masterclass gaat u een middag aan de slag met de zes stappen uit de handreiking, met "
        "voorbeelden van andere gemeenten en de kennis uit de interventiedatabase.</p>",
    ),
    (
        "paragraph",
        "<p>De masterclass is voor gemeenten die al beleid hebben en voor gemeenten die nog "
        "zoeken. U werkt interactief, deelt voorbeelden en leert de ADV in uw regio kennen.</p>",
    ),
    ("paragraph", f"<p><em>{EXAMPLE_NOTICE}</em></p>"),
]

# city, region, date, venue, street, postcode, registered (confirmed), attended
SESSIONS_2019 = [
    (
        "Deventer",
        Region.NORTH_EAST,
        date(2019, 10, 29),
        "Etty Hillesum Centrum",
        "Roggestraat 3",
        "7411 CN",
        31,
        27,
    ),
    (
        "Franeker",
        Region.NORTH,
        date(2019, 11, 4),
        "Gemeente Waadhoeke, raadszaal van het gemeentehuis",
        "Harlingerweg 18",
        "8801 PA",
        22,
        19,
    ),
    (
        "Weert",
        Region.SOUTH_EAST,
        date(2019, 11, 5),
        "Zusters Birgittinessen, Abdij Maria Hart",
        "Maasstraat 17",
        "6001 EC",
        24,
        21,
    ),
    (
        "Goes",
        Region.SOUTH_WEST,
        date(2019, 11, 11),
        "Raadszaal van het stadskantoor",
        "M.A. de Ruijterlaan 2",
        "4461 HT",
        26,
        22,
    ),
    (
        "Bodegraven",
        Region.MIDDLE_WEST,
        date(2019, 11, 26),
        "Gemeentehuis Bodegraven-Reeuwijk",
        "Raadhuisplein 1",
        "2411 BV",
        35,
        30,
    ),
]

# city, region, days from today, format, venue, street, postcode, capacity, confirmed, waitlist
SESSIONS_2027 = [
    (
        "Zwolle",
        Region.NORTH_EAST,
        75,
        SessionFormat.ON_SITE,
        "Stadhuis Zwolle, Burgerzaal",
        "Grote Kerkplein 15",
        "8011 PK",
        30,
        27,
        0,
    ),
    (
        "Leeuwarden",
        Region.NORTH,
        82,
        SessionFormat.ON_SITE,
        "Stadskantoor, zaal De Waag",
        "Oldehoofsterkerkhof 2",
        "8911 DH",
        40,
        12,
        0,
    ),
    (
        "Utrecht",
        Region.MIDDLE,
        89,
        SessionFormat.ON_SITE,
        "Stadskantoor Utrecht, zaal 1",
        "Stadsplateau 1",
        "3521 AZ",
        25,
        25,
        4,
    ),
    (
        "Middelburg",
        Region.SOUTH_WEST,
        96,
        SessionFormat.ON_SITE,
        "Stadhuis Middelburg",
        "Markt 1",
        "4331 LK",
        30,
        9,
        0,
    ),
    (
        "Eindhoven",
        Region.SOUTH_EAST,
        103,
        SessionFormat.ON_SITE,
        "Stadhuis Eindhoven, raadzaal",
        "Stadhuisplein 10",
        "5611 EM",
        35,
        31,
        0,
    ),
    ("Online", Region.NATIONAL, 110, SessionFormat.ONLINE, "", "", "", 100, 18, 0),
]

FIRST_NAMES = [
    "Anna",
    "Bram",
    "Chaima",
    "Daan",
    "Eva",
    "Fatima",
    "Gijs",
    "Hanna",
    "Ilias",
    "Jasmijn",
    "Kees",
    "Lisa",
    "Mohamed",
    "Nina",
    "Omar",
    "Pien",
    "Ruben",
    "Sara",
    "Tim",
    "Yara",
]
LAST_NAMES = [
    "de Boer",
    "Yilmaz",
    "Visser",
    "Bakker",
    "el Amrani",
    "Smit",
    "Meijer",
    "de Graaf",
    "Mulder",
    "Koster",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
]
MUNICIPALITIES = [
    "Zwolle",
    "Kampen",
    "Deventer",
    "Leeuwarden",
    "Súdwest-Fryslân",
    "Utrecht",
    "Amersfoort",
    "Houten",
    "Middelburg",
    "Vlissingen",
    "Goes",
    "Eindhoven",
    "Helmond",
    "Weert",
    "Bodegraven-Reeuwijk",
]
ROLES = [
    ParticipantRole.CIVIL_SERVANT,
    ParticipantRole.CIVIL_SERVANT,
    ParticipantRole.CIVIL_SERVANT,
    ParticipantRole.ADV,
    ParticipantRole.COUNCIL,
    ParticipantRole.ADMINISTRATOR,
    ParticipantRole.CIVIL_SOCIETY,
]


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
            choices = [
                {
                    "round": workshop_round.id,
                    "round_title": workshop_round.title,
                    "workshop": workshop_round.workshops[person % len(workshop_round.workshops)].id,
                    "workshop_title": workshop_round.workshops[
                        person % len(workshop_round.workshops)
                    ].title,
                }
                for workshop_round in rounds
            ]
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
        workshop_choices=[
            {
                "round": workshop_round.id,
                "round_title": workshop_round.title,
                "workshop": workshop_round.workshops[0].id,
                "workshop_title": workshop_round.workshops[0].title,
            }
            for workshop_round in rounds
        ],
        privacy_consent_at=now - timedelta(days=3),
        created_at=now - timedelta(days=3),
        confirmed_at=now - timedelta(days=3),
    )


@demo_loader(order=35)
def load_masterclasses(ctx):
    index, created = ensure_child(
        ctx.home, MasterclassIndexPage, "masterclasses", title="Masterclasses", intro=INDEX_INTRO
    )
    if created:
        ctx.created.append(index)
    grant_course_manager_page_permissions(index)
    load_2019(index, ctx)
    load_upcoming(index, ctx)
