"""The demo courses of the ADV Academie: real lessons and quizzes in plain Dutch (B1).

Each course: its page fields, taxonomy slugs, and modules with lessons (StreamField content)
and quizzes (questions with per-answer feedback). Loaded by academie/demo/courses.py.
"""

INDEX_INTRO = (
    "Cursussen voor medewerkers van antidiscriminatievoorzieningen, gemeenteambtenaren en "
    "raadsleden. Volg ze in uw eigen tempo en krijg een certificaat dat anderen kunnen controleren."
)


def p(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def ul(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def reflection(question, guidance=""):
    return (
        "reflection",
        {"question": question, "guidance": f"<p>{guidance}</p>" if guidance else ""},
    )


def case(title, situation, question, answer):
    return (
        "case",
        {"title": title, "situation": situation, "question": question, "model_answer": answer},
    )


def single(question, answers, explanation=""):
    return ("single_choice", _question(question, answers, explanation))


def multiple(question, answers, explanation=""):
    return ("multiple_choice", _question(question, answers, explanation))


def _question(question, answers, explanation):
    return {
        "question": question,
        "answers": [
            {"text": text, "correct": correct, "feedback": feedback}
            for text, correct, feedback in answers
        ],
        "explanation": f"<p>{explanation}</p>" if explanation else "",
    }


def lesson(slug, title, intro, body, minutes=15, required=True):
    return {
        "kind": "lesson",
        "slug": slug,
        "title": title,
        "intro": intro,
        "body": body,
        "duration_minutes": minutes,
        "required": required,
    }


def quiz(slug, title, intro, questions, pass_mark=70, max_attempts=3):
    return {
        "kind": "quiz",
        "slug": slug,
        "title": title,
        "intro": intro,
        "questions": questions,
        "pass_mark": pass_mark,
        "max_attempts": max_attempts,
    }


# --------------------------------------------------------------------------- course 1

BASICS = {
    "slug": "basiscursus-discriminatie-herkennen-en-melden",
    "title": "Basiscursus discriminatie herkennen en melden",
    "intro": (
        "Wat is discriminatie precies, wat zegt de wet en waarom is melden zo belangrijk? "
        "De basis voor iedereen die bij een antidiscriminatievoorziening of gemeente werkt."
    ),
    "learning_goals": (
        "<ul><li>U kunt uitleggen wat discriminatie is en wat het verschil is met een vooroordeel.</li>"
        "<li>U kent de discriminatiegronden uit de Grondwet en de gelijkebehandelingswetten.</li>"
        "<li>U weet waar iemand discriminatie kan melden en wat er met een melding gebeurt.</li>"
        "<li>U kunt een melding zo registreren dat die meetelt in de landelijke cijfers.</li></ul>"
    ),
    "course_format": "e-learning",
    "duration_hours": "4",
    "level": "basis",
    "audiences": ["adv-medewerker", "gemeenteambtenaar"],
    "domains": ["algemene-voorzieningen"],
    "steps": ["samenwerken-adv"],
    "trainers": [("Samira El Amrani", "trainer, ADV Academie")],
    "accreditation": "",
    "requires_approval": False,
    "in_order": False,
    "validity_months": None,
    "modules": [
        {
            "slug": "wat-is-discriminatie",
            "title": "Module 1: Wat is discriminatie?",
            "intro": "De begrippen en de wet: de basis voor elk gesprek over discriminatie.",
            "items": [
                lesson(
                    "wat-verstaan-we-onder-discriminatie",
                    "Wat verstaan we onder discriminatie?",
                    "Het verschil tussen een vooroordeel, ongelijke behandeling en discriminatie.",
                    [
                        p(
                            "Iedereen heeft vooroordelen. Dat is een mening over een groep mensen, "
                            "zonder dat u die mensen kent. Een vooroordeel alleen is nog geen "
                            "discriminatie. Het wordt discriminatie als iemand <strong>anders wordt "
                            "behandeld</strong> vanwege een kenmerk dat er niet toe doet, zoals "
                            "huidskleur, geloof, handicap of seksuele gerichtheid.",
                            "Discriminatie is dus iets wat mensen <em>doen</em>: iemand niet "
                            "aannemen, geen huurwoning geven, de toegang tot een club weigeren, "
                            "uitschelden of bedreigen.",
                        ),
                        h2("Direct en indirect onderscheid"),
                        p(
                            "Bij <strong>direct onderscheid</strong> wordt iemand openlijk anders "
                            "behandeld vanwege een persoonskenmerk. Bijvoorbeeld: een "
                            "uitzendbureau dat een werkgever belooft 'geen mensen met een "
                            "migratieachtergrond' te sturen.",
                            "Bij <strong>indirect onderscheid</strong> lijkt een regel voor "
                            "iedereen gelijk, maar pakt die voor een bepaalde groep slechter uit. "
                            "Bijvoorbeeld: een eis van 'perfect Nederlands' voor een baan waarvoor "
                            "dat niet nodig is. Indirect onderscheid mag alleen als er een goede "
                            "reden voor is en het middel passend en nodig is.",
                        ),
                        h2("Meer vormen"),
                        ul(
                            "<strong>Intimidatie</strong>: gedrag dat iemand kwetst of bang maakt "
                            "vanwege een persoonskenmerk.",
                            "<strong>Uitschelden en bedreigen</strong>: vaak ook strafbaar.",
                            "<strong>Opdracht tot discriminatie</strong>: iemand vragen om te "
                            "discrimineren is ook discriminatie.",
                        ),
                        reflection(
                            "Denk aan een situatie uit uw werk. Was er sprake van een vooroordeel, "
                            "van ongelijke behandeling of van allebei?",
                            "Let op wat er gebeurde, niet op wat iemand dacht. Discriminatie gaat "
                            "over het gevolg voor de ander.",
                        ),
                    ],
                    minutes=20,
                ),
                lesson(
                    "de-discriminatiegronden-in-de-wet",
                    "De discriminatiegronden in de wet",
                    "Welke persoonskenmerken de wet beschermt, en in welke wetten dat staat.",
                    [
                        p(
                            "Artikel 1 van de Grondwet zegt: iedereen die in Nederland is, moet in "
                            "gelijke gevallen gelijk worden behandeld. Discriminatie wegens "
                            "godsdienst, levensovertuiging, politieke gezindheid, ras, geslacht, "
                            "handicap, seksuele gerichtheid of op welke grond dan ook is niet "
                            "toegestaan. Handicap en seksuele gerichtheid staan er sinds 2023 "
                            "met zoveel woorden in.",
                        ),
                        h2("De gelijkebehandelingswetten"),
                        ul(
                            "<strong>Algemene wet gelijke behandeling (Awgb)</strong>: godsdienst, "
                            "levensovertuiging, politieke gezindheid, ras, geslacht (ook "
                            "genderidentiteit en -expressie), nationaliteit, seksuele gerichtheid "
                            "en burgerlijke staat. Geldt onder meer bij werk, onderwijs, wonen en "
                            "het aanbieden van goederen en diensten.",
                            "<strong>Wet gelijke behandeling op grond van handicap of chronische "
                            "ziekte</strong>.",
                            "<strong>Wet gelijke behandeling op grond van leeftijd bij de "
                            "arbeid</strong>.",
                            "Wetten over <strong>arbeidsduur</strong> (deeltijd) en "
                            "<strong>tijdelijke contracten</strong>.",
                        ),
                        p(
                            "Wie denkt dat hij ongelijk is behandeld, kan gratis een oordeel "
                            "vragen aan het <strong>College voor de Rechten van de Mens</strong>. "
                            "Zo'n oordeel is niet bindend, maar wordt meestal wel opgevolgd.",
                        ),
                        h2("Het strafrecht"),
                        p(
                            "Sommige vormen van discriminatie zijn een misdrijf. Denk aan "
                            "groepsbelediging, aanzetten tot haat of geweld, en discrimineren in "
                            "een ambt, beroep of bedrijf. Daarvoor kan iemand aangifte doen bij de "
                            "politie. Het Openbaar Ministerie beslist over vervolging.",
                        ),
                    ],
                    minutes=25,
                ),
                quiz(
                    "toets-discriminatie-herkennen",
                    "Toets: discriminatie herkennen",
                    "Vier vragen over de begrippen en de wet. U bent geslaagd met drie goede antwoorden.",
                    [
                        single(
                            "Wanneer is er sprake van discriminatie?",
                            [
                                (
                                    "Als iemand een vooroordeel heeft over een groep.",
                                    False,
                                    "Een vooroordeel is een gedachte. Discriminatie is een handeling.",
                                ),
                                (
                                    "Als iemand anders wordt behandeld vanwege een kenmerk dat er niet toe doet.",
                                    True,
                                    "Juist: het gaat om ongelijke behandeling zonder goede reden.",
                                ),
                                (
                                    "Alleen als iemand er aangifte van doet.",
                                    False,
                                    "Ook zonder aangifte of melding kan het discriminatie zijn.",
                                ),
                            ],
                            "Discriminatie is ongelijke behandeling vanwege een persoonskenmerk dat "
                            "niet relevant is.",
                        ),
                        single(
                            "Een woningcorporatie eist voor alle huurders 'een vaste baan van minimaal vijf jaar'. "
                            "Welke vorm van onderscheid kan dit zijn?",
                            [
                                (
                                    "Direct onderscheid",
                                    False,
                                    "De regel noemt geen persoonskenmerk; dan is het geen direct onderscheid.",
                                ),
                                (
                                    "Indirect onderscheid",
                                    True,
                                    "Ja: de regel geldt voor iedereen, maar kan voor sommige groepen slechter uitpakken.",
                                ),
                                (
                                    "Intimidatie",
                                    False,
                                    "Intimidatie is kwetsend of bedreigend gedrag; daar gaat het hier niet om.",
                                ),
                            ],
                        ),
                        multiple(
                            "Welke gronden staan in de Algemene wet gelijke behandeling?",
                            [
                                ("Godsdienst", True, "Klopt."),
                                ("Nationaliteit", True, "Klopt."),
                                (
                                    "Leeftijd",
                                    False,
                                    "Leeftijd staat in een aparte wet, en die geldt alleen bij werk.",
                                ),
                                ("Burgerlijke staat", True, "Klopt."),
                            ],
                        ),
                        single(
                            "Wat is een oordeel van het College voor de Rechten van de Mens?",
                            [
                                (
                                    "Een bindende uitspraak, zoals van een rechter.",
                                    False,
                                    "Het oordeel is niet bindend.",
                                ),
                                (
                                    "Een gratis, niet-bindend oordeel over gelijke behandeling.",
                                    True,
                                    "Juist. Het wordt meestal wel opgevolgd.",
                                ),
                                (
                                    "Een boete voor de organisatie die discrimineert.",
                                    False,
                                    "Het College legt geen boetes op.",
                                ),
                            ],
                        ),
                    ],
                    pass_mark=75,
                ),
            ],
        },
        {
            "slug": "melden-en-registreren",
            "title": "Module 2: Melden en registreren",
            "intro": "Waarom melden ertoe doet en hoe u een melding goed vastlegt.",
            "items": [
                lesson(
                    "waarom-melden-ertoe-doet",
                    "Waarom melden ertoe doet",
                    "De meeste mensen die discriminatie meemaken, melden het niet. Wat betekent dat?",
                    [
                        p(
                            "Veel mensen die discriminatie meemaken, melden het niet. Ze denken "
                            "dat het niets uitmaakt, ze weten niet waar ze terechtkunnen, of ze "
                            "zijn bang voor de gevolgen. Daardoor weten gemeenten en instanties "
                            "vaak niet wat er speelt.",
                            "Elke melding telt. Een melding helpt de melder zelf, maar laat ook "
                            "zien waar discriminatie voorkomt. Zo kan een gemeente gericht beleid "
                            "maken.",
                        ),
                        h2("Waar kan iemand terecht?"),
                        ul(
                            "<strong>De antidiscriminatievoorziening (ADV)</strong> in de regio: "
                            "luistert, registreert en helpt, gratis. Elke gemeente moet haar "
                            "inwoners toegang geven tot een ADV (Wet gemeentelijke "
                            "antidiscriminatievoorzieningen).",
                            "<strong>De politie</strong>: voor een melding of aangifte als het om een "
                            "strafbaar feit gaat.",
                            "<strong>Het College voor de Rechten van de Mens</strong>: voor een "
                            "oordeel over gelijke behandeling.",
                            "<strong>Meldpunt Internet Discriminatie (MiND)</strong>: voor "
                            "discriminatie op internet.",
                        ),
                        reflection(
                            "Weten de inwoners van uw gemeente waar zij discriminatie kunnen melden? "
                            "Hoe zou u dat kunnen nagaan?",
                        ),
                    ],
                ),
                lesson(
                    "een-melding-goed-registreren",
                    "Een melding goed registreren",
                    "Wat legt u vast, en waarom is dat belangrijk voor de landelijke cijfers?",
                    [
                        p(
                            "ADV's registreren elke melding op dezelfde manier. Zo kunnen de "
                            "cijfers van alle regio's bij elkaar worden opgeteld. Elk jaar "
                            "verschijnen die cijfers per gemeente en voor heel Nederland.",
                        ),
                        h2("Wat legt u vast?"),
                        ul(
                            "De <strong>grond</strong>: bijvoorbeeld herkomst, godsdienst of handicap.",
                            "Het <strong>terrein</strong>: bijvoorbeeld werk, wonen, onderwijs of de buurt.",
                            "De <strong>vorm</strong>: bijvoorbeeld ongelijke behandeling, "
                            "vijandige bejegening of geweld.",
                            "Wanneer en waar het gebeurde, en wat de melder wil.",
                        ),
                        p(
                            "U vraagt alleen wat nodig is en legt uit wat u met de gegevens doet. "
                            "Een melder mag anoniem blijven. De melding telt dan wel mee in de "
                            "cijfers.",
                        ),
                        case(
                            "Een anonieme melding",
                            "<p>Een vrouw belt. Ze vertelt dat haar zoon bij drie "
                            "sollicitaties is afgewezen, steeds nadat hij zijn naam had genoemd. "
                            "Ze wil haar naam niet geven en ook geen klacht indienen.</p>",
                            "Registreert u deze melding? En zo ja, wat legt u vast?",
                            "<p>Ja. Ook een anonieme melding telt mee. U legt de grond vast "
                            "(vermoedelijk herkomst), het terrein (arbeidsmarkt), de vorm "
                            "(ongelijke behandeling bij werving) en dat de melder geen verdere "
                            "actie wil. U vertelt de moeder welke hulp de ADV haar zoon kan "
                            "bieden, als hij dat later toch wil.</p>",
                        ),
                    ],
                    minutes=20,
                ),
                lesson(
                    "verdieping-discriminatie-online",
                    "Verdieping: discriminatie online",
                    "Extra les voor wie meer wil weten over discriminatie op internet.",
                    [
                        p(
                            "Discriminatie gebeurt ook online: in reacties, berichten en filmpjes. "
                            "Het Meldpunt Internet Discriminatie beoordeelt of een uiting strafbaar "
                            "is en vraagt platforms om haar te verwijderen.",
                            "Tip voor melders: maak een schermafbeelding met de datum en het "
                            "webadres, voordat de uiting verdwijnt.",
                        ),
                    ],
                    minutes=10,
                    required=False,
                ),
                quiz(
                    "toets-melden-en-registreren",
                    "Toets: melden en registreren",
                    "Drie vragen over melden en registreren.",
                    [
                        single(
                            "Waarom registreert een ADV ook een anonieme melding?",
                            [
                                (
                                    "Omdat de melding dan meetelt in de cijfers over discriminatie.",
                                    True,
                                    "Juist. Zo wordt zichtbaar wat er speelt.",
                                ),
                                (
                                    "Omdat de ADV anders de politie moet inschakelen.",
                                    False,
                                    "Een ADV schakelt de politie alleen in als de melder dat wil.",
                                ),
                                (
                                    "Dat hoeft niet: anonieme meldingen tellen niet.",
                                    False,
                                    "Ook anonieme meldingen tellen mee.",
                                ),
                            ],
                        ),
                        multiple(
                            "Wat legt u vast bij een melding?",
                            [
                                ("De discriminatiegrond", True, "Klopt."),
                                ("Het terrein, zoals werk of wonen", True, "Klopt."),
                                (
                                    "Het burgerservicenummer van de melder",
                                    False,
                                    "Dat is niet nodig. Vraag alleen wat nodig is.",
                                ),
                                ("Wat de melder wil", True, "Klopt."),
                            ],
                        ),
                        single(
                            "Iemand wordt op straat uitgescholden en bedreigd vanwege zijn geloof. "
                            "Waar kan hij aangifte doen?",
                            [
                                (
                                    "Bij de ADV",
                                    False,
                                    "De ADV helpt wel, maar neemt geen aangifte op.",
                                ),
                                ("Bij de politie", True, "Juist. Bedreigen is strafbaar."),
                                (
                                    "Bij het College voor de Rechten van de Mens",
                                    False,
                                    "Het College geeft oordelen over gelijke behandeling, maar neemt geen aangiftes op.",
                                ),
                            ],
                        ),
                    ],
                    pass_mark=66,
                ),
            ],
        },
    ],
}

# --------------------------------------------------------------------------- course 2

POLICY = {
    "slug": "lokaal-antidiscriminatiebeleid-maken",
    "title": "Lokaal antidiscriminatiebeleid maken",
    "intro": (
        "In zes stappen van verkenning tot evaluatie: zo maakt u als gemeente beleid tegen "
        "discriminatie dat past bij wat er lokaal speelt en dat werkt."
    ),
    "learning_goals": (
        "<ul><li>U weet welke zes stappen horen bij goed lokaal antidiscriminatiebeleid.</li>"
        "<li>U kunt samen met de ADV een beeld maken van wat er in uw gemeente speelt.</li>"
        "<li>U kunt doelen stellen die u later kunt meten.</li>"
        "<li>U kiest aanpakken waarvan bekend is dat ze werken, en vermijdt aanpakken die averechts werken.</li></ul>"
    ),
    "course_format": "blended",
    "duration_hours": "8",
    "level": "verdieping",
    "audiences": ["gemeenteambtenaar", "bestuurder"],
    "domains": ["arbeidsmarkt", "wonen", "onderwijs"],
    "steps": [
        "verkennen",
        "samenwerken-adv",
        "visie-en-draagvlak",
        "doelen-en-plan",
        "uitvoering",
        "evalueren",
    ],
    "trainers": [
        ("Joost de Vries", "beleidsadviseur, Kennishub Antidiscriminatie"),
        ("Fatma Yilmaz", "senior consulent, ADV"),
    ],
    "accreditation": "",
    "requires_approval": False,
    "in_order": False,
    "validity_months": None,
    "modules": [
        {
            "slug": "verkennen-en-samenwerken",
            "title": "Module 1: Verkennen en samenwerken",
            "intro": "Stap 1 en 2: weten wat er speelt, en samen optrekken met de ADV.",
            "items": [
                lesson(
                    "stap-1-verken-wat-er-lokaal-speelt",
                    "Stap 1: Verken wat er lokaal speelt",
                    "Cijfers en verhalen: zo krijgt u een beeld van discriminatie in uw gemeente.",
                    [
                        p(
                            "Goed beleid begint met weten wat er speelt. Gebruik daarvoor "
                            "verschillende bronnen, want geen enkele bron laat alles zien.",
                        ),
                        ul(
                            "De meldingen bij de ADV en de politie in uw gemeente.",
                            "Onderzoek onder inwoners, bijvoorbeeld een buurtmonitor.",
                            "Gesprekken met inwoners, sleutelfiguren en organisaties.",
                        ),
                        p(
                            "Let op: weinig meldingen betekent niet dat er weinig discriminatie is. "
                            "Het kan ook betekenen dat mensen de weg naar de ADV niet kennen.",
                        ),
                        reflection(
                            "Welke bron over discriminatie in uw gemeente kent u nog niet, en wie "
                            "zou u daarover kunnen vragen?",
                        ),
                    ],
                    minutes=30,
                ),
                lesson(
                    "stap-2-samenwerken-met-de-adv",
                    "Stap 2: Samenwerken met de ADV",
                    "De ADV is uw belangrijkste partner. Zo haalt u meer uit de samenwerking.",
                    [
                        p(
                            "De ADV kent de meldingen en de verhalen achter de cijfers. Spreek "
                            "daarom vaker af dan één keer per jaar bij het jaarverslag.",
                        ),
                        ul(
                            "Maak afspraken over de cijfers per gemeente en wat die betekenen.",
                            "Vraag de ADV mee te denken over doelen en aanpakken.",
                            "Zorg samen dat inwoners de ADV kennen: op de website, bij de balie "
                            "en via wijkteams.",
                        ),
                    ],
                    minutes=30,
                ),
            ],
        },
        {
            "slug": "van-visie-naar-uitvoering",
            "title": "Module 2: Van visie naar uitvoering",
            "intro": "Stap 3 tot en met 6: visie en draagvlak, doelen en plan, uitvoeren en evalueren.",
            "items": [
                lesson(
                    "stap-3-en-4-visie-doelen-en-plan",
                    "Stap 3 en 4: Visie, draagvlak, doelen en plan",
                    "Van een gedeelde visie naar doelen die u kunt meten.",
                    [
                        p(
                            "Een visie zegt waarom de gemeente discriminatie aanpakt en wat zij "
                            "wil bereiken. Maak die visie samen met inwoners, organisaties en de "
                            "raad. Dan is er draagvlak.",
                            "Maak daarna concrete doelen. Een goed doel zegt wat er over een "
                            "bepaalde tijd anders is, en hoe u dat meet.",
                        ),
                        case(
                            "Een vaag doel",
                            "<p>In een conceptnota staat: 'De gemeente zet zich in tegen "
                            "discriminatie op de woningmarkt.'</p>",
                            "Hoe maakt u hier een doel van dat u kunt meten?",
                            "<p>Bijvoorbeeld: 'In 2027 doen alle makelaars in de gemeente mee aan "
                            "een praktijktest. Bij een tweede test wijst geen enkele makelaar meer "
                            "een discriminerend verzoek van een verhuurder niet af.' Zo weet u "
                            "wat u meet en wanneer.</p>",
                        ),
                    ],
                    minutes=45,
                ),
                lesson(
                    "stap-5-en-6-uitvoeren-en-evalueren",
                    "Stap 5 en 6: Uitvoeren, evalueren en monitoren",
                    "Kies aanpakken die werken, en kijk of ze ook bij u werken.",
                    [
                        p(
                            "Kies bij voorkeur aanpakken waarvan bekend is dat ze werken. In de "
                            "interventiedatabase van de Kennishub ziet u per aanpak hoe sterk het "
                            "bewijs is. Sommige aanpakken kunnen zelfs averechts werken; de "
                            "database waarschuwt daarvoor.",
                            "Spreek vooraf af hoe u evalueert. Meet niet alleen wat u deed (het "
                            "aantal trainingen), maar vooral wat het opleverde.",
                        ),
                    ],
                    minutes=45,
                ),
                quiz(
                    "toets-beleid-in-zes-stappen",
                    "Toets: beleid in zes stappen",
                    "Drie vragen over de zes stappen.",
                    [
                        single(
                            "Er zijn in uw gemeente weinig meldingen. Wat betekent dat?",
                            [
                                (
                                    "Dat er weinig discriminatie is.",
                                    False,
                                    "Niet per se: veel mensen melden niet.",
                                ),
                                (
                                    "Dat kunt u niet zeker weten; misschien kennen inwoners de ADV niet.",
                                    True,
                                    "Juist. Gebruik daarom ook andere bronnen.",
                                ),
                            ],
                        ),
                        single(
                            "Welk doel kunt u het best meten?",
                            [
                                (
                                    "We zetten ons in tegen discriminatie.",
                                    False,
                                    "Dit zegt niet wat er anders moet zijn, en wanneer.",
                                ),
                                (
                                    "In 2027 kent de helft van de inwoners de ADV (nu een kwart).",
                                    True,
                                    "Ja: dit doel is concreet en meetbaar.",
                                ),
                                (
                                    "We organiseren veel activiteiten.",
                                    False,
                                    "Dit meet wat u doet, niet wat het oplevert.",
                                ),
                            ],
                        ),
                        multiple(
                            "Wat hoort bij goed evalueren?",
                            [
                                ("Vooraf afspreken wat u meet", True, "Klopt."),
                                (
                                    "Kijken naar het effect, niet alleen naar de activiteiten",
                                    True,
                                    "Klopt.",
                                ),
                                (
                                    "Pas aan het eind bedenken wat u wilde bereiken",
                                    False,
                                    "Dan weet u niet waarmee u vergelijkt.",
                                ),
                            ],
                        ),
                    ],
                ),
            ],
        },
    ],
}

# --------------------------------------------------------------------------- course 3

INTAKE = {
    "slug": "intake-en-klachtbehandeling",
    "title": "Intake en klachtbehandeling",
    "intro": (
        "Voor medewerkers van een antidiscriminatievoorziening. U leert het eerste gesprek met "
        "een melder. U leert wat klachtbehandeling kan doen. En u leert een gesprek leiden "
        "tussen de melder en de andere partij."
    ),
    "learning_goals": (
        "<ul><li>U voert het eerste gesprek zo dat de melder zich gehoord voelt.</li>"
        "<li>U vat kort samen wat er gebeurde en wat de melder wil.</li>"
        "<li>U kent de keuzes: advies geven, doorsturen, zelf iets doen, een gesprek leiden of "
        "naar de rechter.</li>"
        "<li>U bereidt een gesprek tussen twee partijen voor.</li></ul>"
    ),
    "course_format": "klassikaal",
    "duration_hours": "12",
    "level": "verdieping",
    "audiences": ["adv-medewerker"],
    "domains": [],
    "steps": ["samenwerken-adv"],
    "trainers": [("Marloes Bakker", "klachtbehandelaar en trainer, ADV")],
    "accreditation": (
        "<p>Deze cursus telt mee voor de eisen die ADV's aan hun klachtbehandelaars stellen. "
        "Het certificaat is twee jaar geldig.</p>"
    ),
    "requires_approval": True,
    "in_order": True,
    "validity_months": 24,
    "prerequisites": ["basiscursus-discriminatie-herkennen-en-melden"],
    "modules": [
        {
            "slug": "het-intakegesprek",
            "title": "Module 1: Het intakegesprek",
            "intro": "Luisteren, doorvragen en samenvatten.",
            "items": [
                lesson(
                    "voorbereiden-en-het-gesprek-openen",
                    "Voorbereiden en het gesprek openen",
                    "De eerste minuten bepalen of de melder zijn verhaal durft te vertellen.",
                    [
                        p(
                            "Veel melders hebben lang getwijfeld voordat ze contact opnamen. Begin "
                            "daarom met erkenning: fijn dat u belt. Leg kort uit wie u bent, wat de "
                            "ADV doet en dat het gesprek vertrouwelijk is.",
                        ),
                        ul(
                            "Neem de tijd en zorg voor een rustige plek.",
                            "Vraag of u aantekeningen mag maken.",
                            "Leg uit dat de melder zelf bepaalt wat er met de melding gebeurt.",
                        ),
                    ],
                    minutes=40,
                ),
                lesson(
                    "luisteren-doorvragen-en-samenvatten",
                    "Luisteren, doorvragen en samenvatten",
                    "Het verhaal van de melder, in zijn eigen woorden.",
                    [
                        p(
                            "Laat de melder eerst vertellen. Vraag daarna door met open vragen: "
                            "wat gebeurde er, wie waren erbij, wat deed dat met u? Vat tussendoor "
                            "samen. Zo weet de melder dat u het goed begrijpt.",
                            "Sluit af met de vraag wat de melder wil. Dat kan van alles zijn: "
                            "alleen registreren, een excuus, een gesprek, of juridische stappen.",
                        ),
                        case(
                            "De boze melder",
                            "<p>Een man is boos. Hij is bij een club geweigerd en zegt: 'Dit "
                            "gebeurt altijd, niemand doet er iets aan.'</p>",
                            "Hoe reageert u?",
                            "<p>U erkent zijn boosheid ('Ik hoor dat u dit vaker meemaakt en dat "
                            "u het zat bent'), zonder in discussie te gaan. Daarna vraagt u "
                            "rustig naar wat er deze keer gebeurde.</p>",
                        ),
                    ],
                    minutes=40,
                ),
                quiz(
                    "toets-het-intakegesprek",
                    "Toets: het intakegesprek",
                    "Twee vragen over het intakegesprek.",
                    [
                        single(
                            "Waarmee begint u een intakegesprek?",
                            [
                                (
                                    "Met de vraag of de melder bewijs heeft.",
                                    False,
                                    "Dat komt later. Begin met erkenning.",
                                ),
                                (
                                    "Met erkenning en uitleg over wat de ADV doet.",
                                    True,
                                    "Juist.",
                                ),
                            ],
                        ),
                        single(
                            "Wie bepaalt wat er met een melding gebeurt?",
                            [
                                ("De ADV", False, "De ADV adviseert, maar beslist niet."),
                                ("De melder", True, "Juist: de melder houdt de regie."),
                                ("De gemeente", False, "De gemeente beslist niet over meldingen."),
                            ],
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "klachtbehandeling",
            "title": "Module 2: Klachtbehandeling",
            "intro": "Van melding naar klacht: wat de ADV kan doen.",
            "items": [
                lesson(
                    "de-mogelijkheden-van-klachtbehandeling",
                    "Van melding naar klacht: de mogelijkheden",
                    "Advies, doorverwijzen, interveniëren, bemiddelen en juridische stappen.",
                    [
                        ul(
                            "<strong>Informatie en advies</strong>: wat zegt de wet, wat kan de melder doen?",
                            "<strong>Doorverwijzen</strong>: bijvoorbeeld naar de politie of een advocaat.",
                            "<strong>Interveniëren</strong>: een brief aan de wederpartij met het "
                            "verzoek om te reageren.",
                            "<strong>Bemiddelen</strong>: een gesprek tussen melder en wederpartij.",
                            "<strong>Juridische stappen begeleiden</strong>: een verzoek om een "
                            "oordeel bij het College, een aangifte of een procedure bij de rechter.",
                        ),
                    ],
                    minutes=45,
                ),
                lesson(
                    "bemiddelen-tussen-melder-en-wederpartij",
                    "Bemiddelen tussen melder en wederpartij",
                    "Hoor en wederhoor, en samen zoeken naar een oplossing.",
                    [
                        p(
                            "Bij bemiddeling hoort u beide partijen. Bereid het gesprek met allebei "
                            "apart voor. Spreek vooraf af wat het doel is: een excuus, uitleg, of "
                            "een afspraak voor de toekomst.",
                        ),
                        reflection(
                            "Wat doet u als de wederpartij in het gesprek zegt dat het 'maar een "
                            "grapje' was?",
                        ),
                    ],
                    minutes=45,
                ),
                quiz(
                    "toets-klachtbehandeling",
                    "Toets: klachtbehandeling",
                    "Twee vragen over klachtbehandeling.",
                    [
                        single(
                            "Wat is interveniëren?",
                            [
                                (
                                    "De wederpartij schriftelijk om een reactie vragen.",
                                    True,
                                    "Juist.",
                                ),
                                (
                                    "Aangifte doen namens de melder.",
                                    False,
                                    "Aangifte doet de melder zelf.",
                                ),
                            ],
                        ),
                        multiple(
                            "Wat hoort bij een goede bemiddeling?",
                            [
                                ("Beide partijen horen", True, "Klopt: hoor en wederhoor."),
                                ("Vooraf het doel afspreken", True, "Klopt."),
                                (
                                    "De wederpartij een boete opleggen",
                                    False,
                                    "Dat kan een ADV niet.",
                                ),
                            ],
                        ),
                    ],
                    max_attempts=2,
                ),
            ],
        },
    ],
}

# --------------------------------------------------------------------------- course 4

COUNCIL = {
    "slug": "de-rol-van-de-raad",
    "title": "De rol van de raad",
    "intro": (
        "Voor raadsleden: hoe u met uw kaderstellende, controlerende en "
        "volksvertegenwoordigende rol bijdraagt aan beleid tegen discriminatie."
    ),
    "learning_goals": (
        "<ul><li>U kent uw rollen als raadslid bij antidiscriminatiebeleid.</li>"
        "<li>U stelt het college goede vragen over het beleid.</li></ul>"
    ),
    "course_format": "e-learning",
    "duration_hours": "2",
    "level": "basis",
    "audiences": ["raadslid", "bestuurder"],
    "domains": [],
    "steps": ["visie-en-draagvlak", "evalueren"],
    "trainers": [("Peter Jansen", "oud-raadslid en trainer")],
    "accreditation": "",
    "requires_approval": False,
    "in_order": False,
    "validity_months": None,
    "modules": [
        {
            "slug": "uw-rollen-als-raadslid",
            "title": "Uw rollen als raadslid",
            "intro": "",
            "items": [
                lesson(
                    "kaderstellen-controleren-en-volksvertegenwoordigen",
                    "Kaderstellen, controleren en volksvertegenwoordigen",
                    "Drie rollen, en nog een vierde: de antenne in de samenleving.",
                    [
                        ul(
                            "<strong>Kaderstellend</strong>: u stelt de doelen en het budget vast.",
                            "<strong>Controlerend</strong>: u kijkt of het college doet wat is afgesproken.",
                            "<strong>Volksvertegenwoordigend</strong>: u brengt in wat inwoners meemaken.",
                            "<strong>Antenne</strong>: u signaleert wat er speelt, ook als het niet in de cijfers staat.",
                        ),
                    ],
                    minutes=30,
                ),
                lesson(
                    "goede-vragen-aan-het-college",
                    "Goede vragen aan het college",
                    "Vragen die laten zien of het beleid werkt.",
                    [
                        ul(
                            "Hoeveel meldingen kwamen er vorig jaar binnen, en wat deed de gemeente ermee?",
                            "Kennen inwoners de ADV? Hoe weten we dat?",
                            "Welke aanpakken gebruiken we, en hoe sterk is het bewijs dat ze werken?",
                            "Wanneer evalueren we, en wat meten we dan?",
                        ),
                    ],
                    minutes=30,
                ),
                quiz(
                    "toets-de-rol-van-de-raad",
                    "Toets: de rol van de raad",
                    "Twee vragen.",
                    [
                        single(
                            "U vraagt het college of het beleid de afgesproken doelen haalt. Welke rol is dat?",
                            [
                                ("Kaderstellend", False, "Kaders stelt u vooraf vast."),
                                ("Controlerend", True, "Juist."),
                                (
                                    "Volksvertegenwoordigend",
                                    False,
                                    "Daarbij brengt u in wat inwoners meemaken.",
                                ),
                            ],
                        ),
                        single(
                            "Welke vraag laat het best zien of het beleid werkt?",
                            [
                                (
                                    "Hoeveel folders zijn er verspreid?",
                                    False,
                                    "Dat meet activiteit, geen effect.",
                                ),
                                (
                                    "Kennen meer inwoners de ADV dan twee jaar geleden?",
                                    True,
                                    "Ja: dit gaat over effect.",
                                ),
                            ],
                        ),
                    ],
                ),
            ],
        },
    ],
}

# --------------------------------------------------------------------------- course 5 (short)

DESK = {
    "slug": "eerste-hulp-bij-een-melding-aan-de-balie",
    "title": "Eerste hulp bij een melding aan de balie",
    "intro": (
        "Een korte e-learning van een half uur voor medewerkers van de gemeente: wat doet u als "
        "een inwoner aan de balie of telefoon vertelt dat hij is gediscrimineerd?"
    ),
    "learning_goals": (
        "<ul><li>U reageert met erkenning als iemand discriminatie meldt.</li>"
        "<li>U verwijst goed door naar de ADV.</li></ul>"
    ),
    "course_format": "e-learning",
    "duration_hours": "0.5",
    "level": "basis",
    "audiences": ["gemeenteambtenaar"],
    "domains": ["algemene-voorzieningen"],
    "steps": ["samenwerken-adv"],
    "trainers": [("Samira El Amrani", "trainer, ADV Academie")],
    "accreditation": "",
    "requires_approval": False,
    "in_order": False,
    "validity_months": 12,
    "modules": [
        {
            "slug": "de-melding-aan-de-balie",
            "title": "De melding aan de balie",
            "intro": "",
            "items": [
                lesson(
                    "wat-doet-u-als-iemand-discriminatie-meldt",
                    "Wat doet u als iemand discriminatie meldt?",
                    "Luisteren, erkennen en doorverwijzen in drie stappen.",
                    [
                        p(
                            "Als iemand u vertelt dat hij is gediscrimineerd, is dat vaak een "
                            "grote stap. Hoe u reageert, bepaalt of hij verder durft te gaan.",
                        ),
                        ul(
                            "<strong>Luister</strong> en laat de inwoner uitpraten.",
                            "<strong>Erken</strong> wat hij meemaakte: 'Wat vervelend dat u dit is overkomen.'",
                            "<strong>Verwijs door</strong> naar de ADV en geef de contactgegevens mee. "
                            "Vraag of u mag helpen met het eerste contact.",
                        ),
                        p(
                            "Beoordeel niet zelf of het 'echt' discriminatie was. Dat zoekt de ADV "
                            "samen met de melder uit.",
                        ),
                    ],
                    minutes=15,
                ),
                quiz(
                    "toets-eerste-hulp-bij-een-melding",
                    "Toets: eerste hulp bij een melding",
                    "Twee vragen. U bent geslaagd als u beide goed heeft.",
                    [
                        single(
                            "Een inwoner vertelt aan de balie dat hij bij een sportclub is geweigerd vanwege "
                            "zijn huidskleur. Wat doet u eerst?",
                            [
                                (
                                    "Vragen of hij bewijs heeft.",
                                    False,
                                    "Dat voelt als wantrouwen. Luister en erken eerst.",
                                ),
                                (
                                    "Luisteren en erkennen wat hij meemaakte.",
                                    True,
                                    "Juist: zo voelt hij zich serieus genomen.",
                                ),
                                (
                                    "Uitleggen dat de gemeente daar niet over gaat.",
                                    False,
                                    "Verwijs liever door naar de ADV.",
                                ),
                            ],
                        ),
                        single(
                            "Naar wie verwijst u de inwoner door?",
                            [
                                (
                                    "Naar de antidiscriminatievoorziening (ADV)",
                                    True,
                                    "Juist: de ADV helpt gratis en registreert de melding.",
                                ),
                                (
                                    "Naar de sportclub zelf",
                                    False,
                                    "De inwoner hoeft dit niet alleen op te lossen.",
                                ),
                            ],
                        ),
                    ],
                    pass_mark=100,
                    max_attempts=0,
                ),
            ],
        },
    ],
}

COURSES = [BASICS, POLICY, INTAKE, COUNCIL, DESK]
