"""Judged Dutch queries over the demo content: what a municipal official, an ADV employee or a
council member types, and the pages that must come up.

Each judgement names the pages (by slug) that a good answer shows in the first five results
(`expected`) and the one that should come first (`first`, one of them). The pages were judged
by reading them: they are about what the query asks, whatever words they use. Kinds: plural and
singular, verb forms, compounds both ways, typos, several words, names of grounds and domains,
council-member wording.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Judgement:
    query: str
    expected: tuple
    first: str
    kind: str = ""
    note: str = ""
    tags: tuple = field(default_factory=tuple)


J = Judgement

JUDGEMENTS = [
    # --- singular, plural and other word forms
    J("stage", ("verkennen",), "verkennen", "vorm", "the chapter speaks of 'stages'"),
    J("stages", ("verkennen",), "verkennen", "vorm"),
    J(
        "huurwoning",
        ("polderhaven-praktijktest-huurwoningen", "praktijktest-bij-verhuurmakelaars"),
        "polderhaven-praktijktest-huurwoningen",
        "vorm",
    ),
    J(
        "huurwoningen",
        ("polderhaven-praktijktest-huurwoningen", "praktijktest-bij-verhuurmakelaars"),
        "polderhaven-praktijktest-huurwoningen",
        "vorm",
    ),
    J(
        "woningcorporatie",
        ("training-eerlijk-toewijzen-voor-medewerkers-van-woningcorporaties",),
        "training-eerlijk-toewijzen-voor-medewerkers-van-woningcorporaties",
        "vorm",
    ),
    J(
        "gastles",
        (
            "gastlessen-over-antisemitisme-door-jonge-rolmodellen",
            "gastlessen-over-moslimdiscriminatie-en-vooroordelen",
        ),
        "gastlessen-over-antisemitisme-door-jonge-rolmodellen",
        "vorm",
    ),
    J(
        "basisschool",
        ("contactprogramma-tussen-basisscholen-uit-verschillende-wijken",),
        "contactprogramma-tussen-basisscholen-uit-verschillende-wijken",
        "vorm",
    ),
    J(
        "baliemedewerker",
        (
            "perspectief-nemen-voor-baliemedewerkers-van-de-gemeente",
            "eerste-hulp-bij-een-melding-aan-de-balie",
        ),
        "perspectief-nemen-voor-baliemedewerkers-van-de-gemeente",
        "vorm",
    ),
    J(
        "sportclub",
        ("lhbtiq-veilige-sportclubs", "veluwerade-veilige-sportclubs"),
        "lhbtiq-veilige-sportclubs",
        "vorm",
    ),
    J(
        "verhuurder",
        ("polderhaven-praktijktest-huurwoningen", "scheldekerke-woningmarkt-arbeidsmigranten"),
        "polderhaven-praktijktest-huurwoningen",
        "vorm",
    ),
    J(
        "werkgever",
        (
            "praktijktest-bij-uitzendbureaus-en-werkgevers",
            "dommelbeek-werkgevers-eerlijke-werving",
            "leeftijdsbewuste-werving-bij-lokale-werkgevers",
        ),
        "praktijktest-bij-uitzendbureaus-en-werkgevers",
        "vorm",
    ),
    J(
        "sollicitatie",
        ("anoniem-solliciteren-bij-de-gemeente-als-werkgever",),
        "anoniem-solliciteren-bij-de-gemeente-als-werkgever",
        "vorm",
    ),
    J(
        "evalueren",
        ("evalueren", "oosterlaak-dashboard-en-evaluatie"),
        "evalueren",
        "vorm",
    ),
    J(
        "aanbesteding",
        ("inclusief-aanbesteden-eisen-tegen-discriminatie-in-inkoop",),
        "inclusief-aanbesteden-eisen-tegen-discriminatie-in-inkoop",
        "vorm",
    ),
    # --- compounds: the compound finds its parts, the parts find the compound
    J(
        "arbeidsmarktdiscriminatie",
        (
            "praktijktest-bij-uitzendbureaus-en-werkgevers",
            "anoniem-solliciteren-bij-de-gemeente-als-werkgever",
            "dommelbeek-werkgevers-eerlijke-werving",
        ),
        "praktijktest-bij-uitzendbureaus-en-werkgevers",
        "samenstelling",
    ),
    J(
        "woningmarktdiscriminatie",
        ("polderhaven-praktijktest-huurwoningen", "praktijktest-bij-verhuurmakelaars"),
        "polderhaven-praktijktest-huurwoningen",
        "samenstelling",
    ),
    J(
        "leeftijdsdiscriminatie",
        (
            "leeftijdsbewuste-werving-bij-lokale-werkgevers",
            "dommelbeek-werkgevers-eerlijke-werving",
        ),
        "leeftijdsbewuste-werving-bij-lokale-werkgevers",
        "samenstelling",
    ),
    J(
        "huur woning",
        ("polderhaven-praktijktest-huurwoningen", "praktijktest-bij-verhuurmakelaars"),
        "polderhaven-praktijktest-huurwoningen",
        "samenstelling",
    ),
    J(
        "discriminatie op de arbeidsmarkt",
        (
            "praktijktest-bij-uitzendbureaus-en-werkgevers",
            "anoniem-solliciteren-bij-de-gemeente-als-werkgever",
        ),
        "praktijktest-bij-uitzendbureaus-en-werkgevers",
        "samenstelling",
    ),
    J(
        "discriminatie op de woningmarkt",
        (
            "polderhaven-praktijktest-huurwoningen",
            "praktijktest-bij-verhuurmakelaars",
            "scheldekerke-woningmarkt-arbeidsmigranten",
        ),
        "polderhaven-praktijktest-huurwoningen",
        "samenstelling",
    ),
    J(
        "deur beleid horeca",
        (
            "afspraken-over-eerlijk-deurbeleid-met-horecaondernemers",
            "duinwijck-eerlijk-deurbeleid",
            "mystery-guests-bij-het-deurbeleid-van-clubs-en-cafes",
        ),
        "afspraken-over-eerlijk-deurbeleid-met-horecaondernemers",
        "samenstelling",
    ),
    # --- typos
    J(
        "antisemtisme",
        (
            "gastlessen-over-antisemitisme-door-jonge-rolmodellen",
            "stichtwerve-scholen-antisemitisme-moslimdiscriminatie",
        ),
        "gastlessen-over-antisemitisme-door-jonge-rolmodellen",
        "tikfout",
    ),
    J(
        "deurbelied",
        (
            "afspraken-over-eerlijk-deurbeleid-met-horecaondernemers",
            "duinwijck-eerlijk-deurbeleid",
        ),
        "afspraken-over-eerlijk-deurbeleid-met-horecaondernemers",
        "tikfout",
    ),
    J(
        "praktijtest",
        ("praktijktest-bij-verhuurmakelaars", "praktijktest-bij-uitzendbureaus-en-werkgevers"),
        "praktijktest-bij-verhuurmakelaars",
        "tikfout",
    ),
    J(
        "buurtbemidelling",
        ("buurtbemiddeling-bij-conflicten-met-een-discriminerend-karakter",),
        "buurtbemiddeling-bij-conflicten-met-een-discriminerend-karakter",
        "tikfout",
    ),
    J(
        "woonwagenbewonders",
        ("samen-werken-aan-woonwagenbeleid-met-woonwagenbewoners",),
        "samen-werken-aan-woonwagenbeleid-met-woonwagenbewoners",
        "tikfout",
    ),
    # --- several words, as people ask
    J(
        "wat werkt tegen discriminatie bij sollicitaties",
        (
            "anoniem-solliciteren-bij-de-gemeente-als-werkgever",
            "praktijktest-bij-uitzendbureaus-en-werkgevers",
        ),
        "anoniem-solliciteren-bij-de-gemeente-als-werkgever",
        "vraag",
    ),
    J(
        "hoe pak ik etnisch profileren aan",
        ("training-voor-boas-over-etnisch-profileren", "maasterveld-boas-etnisch-profileren"),
        "training-voor-boas-over-etnisch-profileren",
        "vraag",
    ),
    J(
        "samenwerken met de antidiscriminatievoorziening",
        ("samenwerken-adv", "brakelo-regionale-adv-afspraken"),
        "samenwerken-adv",
        "vraag",
    ),
    J(
        "beleid monitoren met cijfers",
        (
            "lokaal-dashboard-met-discriminatiecijfers",
            "oosterlaak-dashboard-en-evaluatie",
            "evalueren",
        ),
        "lokaal-dashboard-met-discriminatiecijfers",
        "vraag",
    ),
    J(
        "beleid voor een kleine gemeente",
        ("wolderum-verkenning-kleine-gemeente", "brakelo-regionale-adv-afspraken"),
        "wolderum-verkenning-kleine-gemeente",
        "vraag",
    ),
    J(
        "haat op sociale media tegengaan",
        ("online-counter-speech-door-getrainde-vrijwilligers", "hoogmeer-online-tegenspraak"),
        "online-counter-speech-door-getrainde-vrijwilligers",
        "vraag",
    ),
    J(
        "welke aanpak werkt averechts",
        (
            "verplichte-diversiteitstraining-met-nadruk-op-schuld",
            "schokcampagne-met-beelden-van-extreem-racisme",
            "eenmalige-confronterende-bewustwordingsworkshop",
        ),
        "verplichte-diversiteitstraining-met-nadruk-op-schuld",
        "vraag",
    ),
    J(
        "een melding van discriminatie aannemen aan de balie",
        ("eerste-hulp-bij-een-melding-aan-de-balie",),
        "eerste-hulp-bij-een-melding-aan-de-balie",
        "vraag",
    ),
    # --- grounds and domains by name
    J(
        "antisemitisme",
        (
            "gastlessen-over-antisemitisme-door-jonge-rolmodellen",
            "stichtwerve-scholen-antisemitisme-moslimdiscriminatie",
        ),
        "gastlessen-over-antisemitisme-door-jonge-rolmodellen",
        "grond",
    ),
    J(
        "moslimdiscriminatie",
        (
            "gastlessen-over-moslimdiscriminatie-en-vooroordelen",
            "stichtwerve-scholen-antisemitisme-moslimdiscriminatie",
        ),
        "gastlessen-over-moslimdiscriminatie-en-vooroordelen",
        "grond",
    ),
    J(
        "handicap",
        (
            "toegankelijkheidsscan-met-ervaringsdeskundigen",
            "eskerveen-toegankelijkheidsscan",
        ),
        "toegankelijkheidsscan-met-ervaringsdeskundigen",
        "grond",
    ),
    J(
        "seksuele gerichtheid ouderen",
        ("roze-zorg-lhbtiq-vriendelijke-ouderenzorg", "marrewald-roze-ouderenzorg"),
        "roze-zorg-lhbtiq-vriendelijke-ouderenzorg",
        "grond",
    ),
    J(
        "horeca en uitgaan",
        (
            "afspraken-over-eerlijk-deurbeleid-met-horecaondernemers",
            "duinwijck-eerlijk-deurbeleid",
            "mystery-guests-bij-het-deurbeleid-van-clubs-en-cafes",
        ),
        "afspraken-over-eerlijk-deurbeleid-met-horecaondernemers",
        "domein",
    ),
    J(
        "onderwijs",
        (
            "contactprogramma-tussen-basisscholen-uit-verschillende-wijken",
            "stichtwerve-scholen-antisemitisme-moslimdiscriminatie",
            "rolmodellen-in-de-klas-beroepen-zonder-hokjes",
        ),
        "contactprogramma-tussen-basisscholen-uit-verschillende-wijken",
        "domein",
    ),
    J(
        "arbeidsmigranten",
        ("scheldekerke-woningmarkt-arbeidsmigranten",),
        "scheldekerke-woningmarkt-arbeidsmigranten",
        "domein",
    ),
    # --- council members
    J(
        "motie indienen",
        ("motie-en-vragen", "veenstervaart-motie-dialoogtafels"),
        "motie-en-vragen",
        "raad",
    ),
    J(
        "schriftelijke vragen aan het college",
        ("motie-en-vragen",),
        "motie-en-vragen",
        "raad",
    ),
    J(
        "controlerende rol van de raad",
        ("rollen", "de-rol-van-de-raad", "raad-ondersteunen"),
        "rollen",
        "raad",
    ),
    J(
        "raadsleden",
        ("raadsleden", "raad-ondersteunen", "de-rol-van-de-raad"),
        "raadsleden",
        "raad",
    ),
    # --- the academy
    J(
        "klachtbehandeling",
        ("intake-en-klachtbehandeling",),
        "intake-en-klachtbehandeling",
        "academie",
    ),
    J(
        "cursus beleid maken",
        ("lokaal-antidiscriminatiebeleid-maken",),
        "lokaal-antidiscriminatiebeleid-maken",
        "academie",
    ),
    J(
        "masterclass",
        ("effectief-antidiscriminatiebeleid-2027",),
        "effectief-antidiscriminatiebeleid-2027",
        "academie",
    ),
]
