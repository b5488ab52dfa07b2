"""Texts of the hub's demo pages: the home page's entry points and key figures, "Over de
Kennishub" and the privacy statement (all invented, marked as example content)."""

from hub.demo.registry import EXAMPLE_NOTICE


def link(url, text):
    return {"page": None, "url": url, "text": text}


def paragraph(html):
    return ("paragraph", html)


HOME_ENTRY_POINTS = [
    (
        "entry_point",
        {
            "audience": "Voor gemeenteambtenaren",
            "title": "Beleid maken dat werkt",
            "text": "Vind aanpakken waarvan bekend is dat ze werken, stap voor stap uitgelegd, met "
            "voorbeelden van gemeenten die u voorgingen.",
            "links": [
                link("/interventies/", "Wat werkt: de interventiedatabase"),
                link("/handreikingen/", "Handreiking in zes stappen"),
                link("/praktijkvoorbeelden/", "Praktijkvoorbeelden van gemeenten"),
                link("/masterclasses/", "Masterclasses in uw regio"),
            ],
        },
    ),
    (
        "entry_point",
        {
            "audience": "Voor ADV-medewerkers",
            "title": "Uw vak bijhouden in de ADV Academie",
            "text": "Volg cursussen over intake, registratie van meldingen en bemiddeling, in uw eigen "
            "tempo. Met een certificaat dat anderen kunnen controleren.",
            "links": [
                link("/academie/", "Cursussen van de ADV Academie"),
                link("/academie/mijn/", "Mijn academie: verder waar u was"),
            ],
        },
    ),
    (
        "entry_point",
        {
            "audience": "Voor raadsleden",
            "title": "In tien minuten van rol naar actie",
            "text": "Ontdek welke vragen u het college kunt stellen, check het beleid van uw gemeente en "
            "vind voorbeelden van moties.",
            "links": [
                link("/raadsleden/", "Naar de raadsledentool"),
                link("/praktijkvoorbeelden/", "Zo pakken andere gemeenten het aan"),
            ],
        },
    ),
]

HOME_KEY_FIGURES = [
    (
        "figure",
        {
            "figure": "35%",
            "text": "van de gemeenten heeft vastgesteld antidiscriminatiebeleid.",
            "source": "Monitor lokaal antidiscriminatiebeleid 2022",
        },
    ),
    (
        "figure",
        {
            "figure": "33%",
            "text": "van de gemeenten zonder beleid is ermee bezig (in 2017 was dat 13%).",
            "source": "Monitor lokaal antidiscriminatiebeleid 2022",
        },
    ),
    (
        "figure",
        {
            "figure": "6",
            "text": "stappen naar lokaal antidiscriminatiebeleid, van verkennen tot evalueren.",
            "source": "",
        },
    ),
]

ABOUT_BODY = [
    ("heading", {"text": "Waarom deze Kennishub?", "level": "h2"}),
    paragraph(
        "<p>Gemeenten hebben een belangrijke rol bij het voorkomen en bestrijden van discriminatie. "
        "Toch heeft maar ongeveer een derde van de gemeenten vastgesteld antidiscriminatiebeleid. "
        "Gemeenten noemen vooral een gebrek aan ondersteuning, tijd en kennis over wat werkt.</p>"
        "<p>De Kennishub brengt die kennis samen: aanpakken die werken of veelbelovend zijn, "
        "aanpakken die juist averechts kunnen werken, handreikingen, voorbeelden van andere "
        "gemeenten en trainingen voor ambtenaren en medewerkers van antidiscriminatievoorzieningen.</p>"
    ),
    (
        "quote",
        {
            "text": "We willen niet elke keer opnieuw het wiel uitvinden. Laat ons zien wat bij "
            "vergelijkbare gemeenten werkt.",
            "source": "Beleidsmedewerker van een middelgrote gemeente (voorbeeld)",
        },
    ),
    (
        "accordion",
        {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Is een gemeente verplicht om antidiscriminatiebeleid te hebben?",
                    "answer": "<p>Nee. Wel moet elke gemeente inwoners toegang geven tot een "
                    "antidiscriminatievoorziening (ADV). Die registreert meldingen en helpt mensen "
                    "die discriminatie meemaken. Hoe de gemeente verder beleid maakt, mag zij zelf bepalen.</p>",
                },
                {
                    "question": "Wat betekent de erkenning bij een interventie?",
                    "answer": "<p>De erkenning zegt hoe sterk het bewijs is dat een aanpak werkt: van 'goed "
                    "beschreven' tot 'effectief, sterke aanwijzingen'. Bij elke interventie leggen we "
                    "uit wat het niveau betekent.</p>",
                },
                {
                    "question": "Kost het iets om de Kennishub te gebruiken?",
                    "answer": "<p>Nee. Alle informatie is gratis. Voor de academie en masterclasses maakt u "
                    "een account of meldt u zich aan, ook dat is gratis.</p>",
                },
            ],
        },
    ),
    (
        "call_to_action",
        {
            "title": "Direct aan de slag?",
            "text": "Begin met de interventiedatabase: filter op uw domein en de "
            "discriminatiegrond waar u mee aan de slag wilt.",
            "link": link("/interventies/", "Bekijk wat werkt"),
        },
    ),
    paragraph(f"<p><em>{EXAMPLE_NOTICE}</em></p>"),
]

PRIVACY_BODY = [
    paragraph(
        "<p>De Kennishub verwerkt zo min mogelijk persoonsgegevens. Hieronder leest u welke "
        "gegevens we gebruiken, waarvoor en hoe lang we ze bewaren.</p>"
    ),
    ("heading", {"text": "Welke gegevens?", "level": "h2"}),
    paragraph(
        "<ul><li>Als u een account maakt: uw e-mailadres, naam en de voortgang van uw cursussen.</li>"
        "<li>Als u zich aanmeldt voor een masterclass: naam, e-mailadres, organisatie, gemeente, "
        "functie en eventuele wensen voor toegankelijkheid of dieet.</li>"
        "<li>Bij gebruik van de raadsledentool slaan we niets over u op.</li></ul>"
    ),
    ("heading", {"text": "Hoe lang bewaren we ze?", "level": "h2"}),
    paragraph(
        "<p>Gegevens van deelnemers aan een masterclass maken we zes maanden na de bijeenkomst "
        "anoniem. We houden alleen aantallen over voor statistiek. Uw account en certificaten "
        "bewaren we tot u uw account verwijdert.</p>"
    ),
    ("heading", {"text": "Uw rechten", "level": "h2"}),
    paragraph(
        "<p>In Mijn academie kunt u al uw gegevens downloaden en uw account verwijderen. Voor vragen "
        "kunt u contact met ons opnemen.</p>"
    ),
    paragraph(f"<p><em>{EXAMPLE_NOTICE}</em></p>"),
]
