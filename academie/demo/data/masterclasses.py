"""The demo masterclasses: the texts, the timed programmes of 2019 and 2027, the sessions
of each series and the made-up participants (example.org addresses). Loaded by
academie/demo/masterclasses.py."""

from datetime import date, time

from academie.models import ParticipantRole, Region, SessionFormat
from hub.demo.registry import EXAMPLE_NOTICE

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
