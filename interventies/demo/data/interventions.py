"""Demo content: 36 example interventions, `INTERVENTIONS` (data only, no imports).

`valid_until_in_days` (optional) sets the end of the rating's validity that many days after
the day the demo is loaded, so the listing always has a rating that expires soon.

Every intervention, organisation, person and source in them is invented: realistic examples
for demos, development and tests. Nothing refers to real studies or real organisations; all
addresses and websites are on example.org.
"""

INTERVENTIONS = [
    {
        "external_id": "demo-001",
        "title": "Praktijktest bij verhuurmakelaars",
        "plain_summary": (
            "Iemand belt een makelaar en vraagt naar een huurhuis. Daarna belt iemand anders "
            "met een andere naam. Krijgen ze hetzelfde antwoord? Zo ziet de gemeente of een "
            "makelaar mensen ongelijk behandelt. Doet een makelaar het fout, dan volgt eerst "
            "een gesprek. Bij herhaling volgen maatregelen."
        ),
        "summary": (
            "De gemeente laat onderzoekers met fictieve huurders reageren op vrije huurwoningen. "
            "De ene kandidaat heeft een Nederlands klinkende naam, de andere een naam die wijst op "
            "een andere herkomst. Zo ziet u of makelaars mensen ongelijk behandelen. De gemeente "
            "bespreekt de uitkomsten met elke makelaar. Na een jaar volgt een nieuwe test."
        ),
        "goal": (
            "<p>Discriminatie bij de toegang tot huurwoningen zichtbaar maken en verminderen.</p>"
            "<ul><li>De gemeente weet hoe vaak makelaars kandidaten anders behandelen door hun naam.</li>"
            "<li>Makelaars maken afspraken over eerlijk selecteren.</li>"
            "<li>Bij de herhaaltest is het verschil tussen de kandidaten kleiner.</li></ul>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> woningzoekenden die kans lopen op discriminatie door "
            "hun herkomst of nationaliteit.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> verhuurmakelaars en particuliere verhuurders "
            "in de gemeente.</p>"
        ),
        "mechanism_text": (
            "<p>De test werkt vooral via de <strong>sociale norm</strong>. Makelaars weten dat er "
            "getest wordt en dat de gemeente gelijke behandeling verwacht. De gemeente legt de "
            "eigen uitkomsten aan elke makelaar voor. Dat is een vorm van <strong>confronteren</strong>, "
            "maar in een rustig gesprek en niet via de krant. Zo blijft er ruimte om te verbeteren.</p>"
        ),
        "rationale": (
            "<p>Meldingen laten maar een klein deel van de discriminatie op de woningmarkt zien. "
            "Veel mensen merken niet dat ze om hun naam zijn afgewezen. Een praktijktest meet wat "
            "mensen doen, niet wat ze zeggen. Daarom geeft de test bruikbare informatie voor beleid "
            "en toezicht.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn twee effectstudies gedaan in verschillende gemeenten. "
            "Bij de herhaaltest kregen kandidaten met een niet-Nederlandse naam vaker een uitnodiging "
            "voor een bezichtiging dan bij de eerste test. Het verschil werd kleiner, maar verdween "
            "niet helemaal.</p>"
        ),
        "preconditions": (
            "<ul><li>Een onderzoeksbureau met ervaring in praktijktesten.</li>"
            "<li>Een juridische toets vooraf, onder meer op privacy.</li>"
            "<li>Vooraf vastgelegde afspraken over wat de gemeente doet bij duidelijke discriminatie.</li>"
            "<li>Samenwerking met de ADV voor advies en nazorg.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente maakt samen met de ADV en een onderzoeksbureau een testplan. Daarin staat "
            "hoeveel reacties er komen, op welke woningen en met welke profielen.</p>",
            "<p>Onderzoekers reageren in paren op advertenties. De profielen zijn gelijk in inkomen, "
            "werk en gezin. Alleen de naam verschilt.</p>",
            "<p>De gemeente bespreekt de uitkomsten met elke makelaar apart. Makelaars met slechte "
            "uitkomsten krijgen een verbetertraject aangeboden.</p>",
            "<p>Na twaalf maanden volgt een herhaaltest. De gemeente deelt de algemene uitkomsten met "
            "de raad.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "nationaliteit"],
        "domains": ["wonen"],
        "steps": ["verkennen", "uitvoering", "evalueren"],
        "roles": ["regie", "aanjagen"],
        "audiences": ["gemeenteambtenaar", "adv-medewerker"],
        "mechanisms": ["sociale-norm", "confronteren-en-bewustwording"],
        "evidence": "effectief-goede",
        "assessed_on": "2024-03-12",
        "backfire": False,
        "cost": "hoog",
        "duration": "Testronde van drie maanden, herhaaltest na een jaar",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Bureau Eerlijk Huren (voorbeeld)",
        "contact_name": "Lotte Vermeulen",
        "contact_email": "l.vermeulen@example.org",
        "website": "https://example.org/praktijktest-huur",
        "tags": ["praktijktest", "huurwoning", "makelaar"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Herhaalde praktijktest op de huurmarkt in twee gemeenten (voorbeeldbron)",
                "author": "Onderzoeksgroep Voorbeeldstad",
                "year": 2023,
                "url": "https://example.org/bronnen/praktijktest-huurmarkt",
                "source_type": "effectstudie",
            },
            {
                "title": "Handleiding praktijktesten voor gemeenten (voorbeeldbron)",
                "author": "Bureau Eerlijk Huren (voorbeeld)",
                "year": 2021,
                "url": "https://example.org/bronnen/handleiding-praktijktesten",
                "source_type": "beschrijving",
            },
        ],
        "related": ["demo-002", "demo-006"],
        "last_reviewed": "2026-02-10",
    },
    {
        "external_id": "demo-002",
        "title": "Praktijktest bij uitzendbureaus en werkgevers",
        "plain_summary": (
            "Een uitzendbureau krijgt een verzoek: stuur geen mensen met een "
            "migratieachtergrond. Weigert het bureau? Dat wordt getest met nepverzoeken. Bureaus "
            "die het goed doen, krijgen een compliment. Bureaus die het fout doen, krijgen hulp "
            "en een nieuwe test."
        ),
        "summary": (
            "Testers vragen bij uitzendbureaus of een werkgever een kandidaat mag afwijzen om herkomst, "
            "leeftijd of geslacht. Ook sturen ze gelijke cv's met verschillende namen en leeftijden. De "
            "gemeente bespreekt de uitkomsten met de bureaus en biedt hulp bij verbeteren. Bureaus die "
            "meedoen, tekenen een verklaring dat zij discriminerende verzoeken weigeren."
        ),
        "goal": (
            "<p>Minder ongelijke behandeling bij werving en selectie via uitzendbureaus.</p>"
            "<ul><li>Uitzendbureaus weigeren discriminerende verzoeken van opdrachtgevers.</li>"
            "<li>Kandidaten met gelijke cv's krijgen even vaak een reactie.</li></ul>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> werkzoekenden met een migratieachtergrond, oudere "
            "werkzoekenden en vrouwen.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> intercedenten van uitzendbureaus en "
            "werkgevers met veel flexibele banen.</p>"
        ),
        "mechanism_text": (
            "<p>Intercedenten merken dat hun gedrag gezien wordt. Dat versterkt de <strong>sociale "
            "norm</strong> dat discriminerende verzoeken niet horen. In het gesprek achteraf worden zij "
            "met hun eigen uitkomsten <strong>geconfronteerd</strong>. Daarna oefenen zij hoe ze een "
            "verzoek van een opdrachtgever kunnen weigeren.</p>"
        ),
        "rationale": (
            "<p>Intercedenten staan soms onder druk van klanten. Ze willen de opdracht niet verliezen. "
            "Een duidelijke norm vanuit de gemeente en de branche maakt het makkelijker om nee te zeggen. "
            "Concrete oefening in die situatie helpt meer dan algemene voorlichting.</p>"
        ),
        "research": (
            "<p>Er is één fictieve effectstudie met een voor- en nameting. Na het traject weigerden meer "
            "intercedenten een discriminerend verzoek. Het effect op cv-reacties is nog niet stevig "
            "gemeten. Daarom staat de erkenning op eerste aanwijzingen.</p>"
        ),
        "preconditions": (
            "<ul><li>Steun van de regionale werkgeversorganisaties.</li>"
            "<li>Een ervaren testbureau en een duidelijke juridische basis.</li>"
            "<li>Ruimte voor een vervolggesprek met elk bureau.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente selecteert samen met de ADV uitzendbureaus in de regio. Bureaus weten dat er "
            "getest wordt, maar niet wanneer.</p>",
            "<p>Testers bellen als opdrachtgever en stellen een discriminerende vraag. Daarnaast sturen "
            "zij paren van gelijke cv's in.</p>",
            "<p>Elk bureau krijgt een eigen terugkoppeling en een korte training over het weigeren van "
            "verzoeken. Na een jaar wordt opnieuw getest.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "leeftijd", "geslacht", "arbeidsduur-contract"],
        "domains": ["arbeidsmarkt"],
        "steps": ["verkennen", "uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["werkgever", "gemeenteambtenaar"],
        "mechanisms": ["sociale-norm", "confronteren-en-bewustwording"],
        "evidence": "effectief-eerste",
        "assessed_on": "2022-09-05",
        "backfire": False,
        "cost": "hoog",
        "duration": "Eén testronde van vier maanden per jaar",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Stichting Werk Zonder Vooroordeel (voorbeeld)",
        "contact_name": "Ahmed el Idrissi",
        "contact_email": "a.elidrissi@example.org",
        "website": "https://example.org/praktijktest-werk",
        "tags": ["praktijktest", "uitzendbureau", "sollicitatie"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "deels",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Weigeren van discriminerende verzoeken: voor- en nameting (voorbeeldbron)",
                "author": "Lectoraat Arbeid en Gelijkheid (fictief)",
                "year": 2021,
                "url": "https://example.org/bronnen/weigeren-verzoeken",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-001", "demo-003", "demo-020"],
        "last_reviewed": "2026-03-18",
    },
    {
        "external_id": "demo-003",
        "title": "Anoniem solliciteren bij de gemeente als werkgever",
        "plain_summary": (
            "Bij de eerste selectie ziet de gemeente geen naam, leeftijd of foto van wie "
            "solliciteert. Zo kijkt de gemeente alleen naar wat iemand kan. Daarna volgt een "
            "gewoon gesprek."
        ),
        "summary": (
            "De gemeente haalt naam, leeftijd, foto en adres weg uit brieven en cv's in de eerste "
            "selectieronde. De selectiecommissie ziet alleen ervaring en vaardigheden. Zo geeft de "
            "gemeente zelf het goede voorbeeld. Het werkt het best samen met vaste selectiecriteria en "
            "een divers samengestelde commissie."
        ),
        "goal": (
            "<p>Eerlijke kansen in de eerste selectieronde voor alle sollicitanten bij de gemeente.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> sollicitanten die kans lopen op uitsluiting door naam, "
            "leeftijd of geslacht.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> leidinggevenden en HR-adviseurs van de "
            "gemeente.</p>"
        ),
        "mechanism_text": (
            "<p>Zonder naam en leeftijd hebben <strong>stereotypen</strong> minder kans om de eerste "
            "indruk te kleuren. Commissieleden worden zo uitgenodigd om flexibel te kijken naar wat "
            "iemand kan. De maatregel verandert niet direct wat mensen denken, maar wel de kans dat "
            "vooroordelen de keuze sturen.</p>"
        ),
        "rationale": (
            "<p>In de eerste ronde beslissen mensen snel. Dan spelen onbewuste vooroordelen een grote "
            "rol. Door informatie weg te laten die niets zegt over geschiktheid, krijgen meer "
            "kandidaten een eerlijke kans op een gesprek.</p>"
        ),
        "research": (
            "<p>De onderbouwing is goed uitgewerkt. Een fictieve pilot liet zien dat meer kandidaten met "
            "een migratieachtergrond werden uitgenodigd. Let op: in de gespreksronde is de "
            "anonimiteit weg. Daarom is training van de commissie nodig.</p>"
        ),
        "preconditions": (
            "<ul><li>Een sollicitatiesysteem dat gegevens automatisch kan afschermen.</li>"
            "<li>Vaste criteria die vooraf op papier staan.</li>"
            "<li>Afspraken over hoe de commissie in de gespreksronde werkt.</li></ul>"
        ),
        "approach": [
            "<p>HR past het sollicitatieformulier aan. Naam, geboortedatum, foto en adres komen in een "
            "apart deel dat de commissie pas later ziet.</p>",
            "<p>De commissie beoordeelt elke brief met dezelfde scorelijst. Zij noteert per criterium "
            "een score voordat ze de brieven bespreekt.</p>",
            "<p>HR houdt bij wie er doorstroomt naar de gesprekken. Elk halfjaar bekijkt de gemeente of "
            "de aanpak verschil maakt.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "geslacht", "leeftijd"],
        "domains": ["arbeidsmarkt"],
        "steps": ["uitvoering", "evalueren"],
        "roles": ["regie"],
        "audiences": ["werkgever", "bestuurder", "gemeenteambtenaar"],
        "mechanisms": ["counter-stereotypen"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2023-06-20",
        "backfire": False,
        "cost": "laag",
        "duration": "Doorlopend; evaluatie na één jaar",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Gemeente Voorbeeldstad, afdeling HR (voorbeeld)",
        "contact_name": "Mirjam Kuipers",
        "contact_email": "m.kuipers@example.org",
        "website": "https://example.org/anoniem-solliciteren",
        "tags": ["anoniem solliciteren", "werving", "goed werkgeverschap"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "deels",
            "mechanisme": "ja",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Pilot anoniem solliciteren bij een middelgrote gemeente (voorbeeldbron)",
                "author": "Adviesbureau Open Deur (fictief)",
                "year": 2022,
                "url": "https://example.org/bronnen/pilot-anoniem",
                "source_type": "evaluatie",
            },
        ],
        "related": ["demo-017", "demo-020"],
        "last_reviewed": "2026-01-22",
    },
    {
        "external_id": "demo-004",
        "title": "Mystery guests bij het deurbeleid van clubs en cafés",
        "summary": (
            "Paren van bezoekers met verschillende huidskleur proberen op dezelfde avond binnen te komen "
            "bij clubs en cafés. Zij letten op wat de portier zegt en doet. De gemeente en de ADV "
            "bespreken de uitkomsten met de uitbaters. Bij herhaalde weigering zonder goede reden kan de "
            "burgemeester de vergunning laten toetsen."
        ),
        "goal": (
            "<p>Minder ongelijke behandeling aan de deur van horecazaken.</p>"
            "<ul><li>Zicht op hoe vaak bezoekers met een donkere huidskleur worden geweigerd.</li>"
            "<li>Uitbaters en portiers passen hun deurbeleid aan.</li></ul>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> uitgaanspubliek, vooral jongeren van kleur.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> portiers, beveiligingsbedrijven en "
            "horeca-ondernemers.</p>"
        ),
        "mechanism_text": (
            "<p>De kans op een test maakt duidelijk dat de <strong>sociale norm</strong> geldt: "
            "iedereen moet op dezelfde manier worden beoordeeld. Doordat de gemeente en de branche "
            "samen optrekken, voelt de norm niet als een aanval van buiten.</p>"
        ),
        "rationale": (
            "<p>Weigeringen aan de deur worden weinig gemeld. Bezoekers weten vaak niet waarom ze niet "
            "binnen mogen. Een test met gelijke paren laat het verschil wel zien. Een duidelijke "
            "volgende stap bij slechte uitkomsten geeft de aanpak kracht.</p>"
        ),
        "research": (
            "<p>Een fictieve evaluatie in twee steden vond minder ongelijke weigeringen bij de tweede "
            "testronde. Er is nog geen vergelijking met steden zonder test. Het gaat dus om eerste "
            "aanwijzingen.</p>"
        ),
        "preconditions": (
            "<ul><li>Een getraind testteam met afspraken over veiligheid.</li>"
            "<li>Steun van de lokale horecavereniging.</li>"
            "<li>Een helder stappenplan voor de burgemeester bij herhaalde weigering.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente en de ADV kiezen samen met de horecavereniging welke zaken worden getest. "
            "Dat zijn zaken met een deurbeleid.</p>",
            "<p>Testparen gaan kort na elkaar naar binnen. Ze dragen vergelijkbare kleding en zijn even "
            "oud. Na afloop schrijven ze op wat er gebeurde.</p>",
            "<p>Elke zaak krijgt de eigen uitkomsten in een gesprek. Bij een tweede slechte uitkomst "
            "volgt een gesprek met de burgemeester.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "anti-zwart-racisme"],
        "domains": ["horeca-en-uitgaan"],
        "steps": ["verkennen", "uitvoering"],
        "roles": ["regie"],
        "audiences": ["adv-medewerker", "gemeenteambtenaar", "werkgever"],
        "mechanisms": ["sociale-norm"],
        "evidence": "effectief-eerste",
        "assessed_on": "2021-11-30",
        "backfire": False,
        "cost": "midden",
        "duration": "Zes testavonden per jaar",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Stichting Open Deur Uitgaan (voorbeeld)",
        "contact_name": "Jerrel Pinas",
        "contact_email": "j.pinas@example.org",
        "website": "https://example.org/mystery-guests",
        "tags": ["mystery guest", "deurbeleid", "uitgaan"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "deels",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Testen aan de deur: evaluatie in twee steden (voorbeeldbron)",
                "author": "Kenniscentrum Uitgaan (fictief)",
                "year": 2021,
                "url": "https://example.org/bronnen/testen-aan-de-deur",
                "source_type": "evaluatie",
            },
        ],
        "related": ["demo-005"],
        "last_reviewed": "2026-04-03",
    },
    {
        "external_id": "demo-005",
        "title": "Afspraken over eerlijk deurbeleid met horecaondernemers",
        "summary": (
            "De gemeente, de ADV en horecaondernemers maken samen afspraken over deurbeleid. Zaken "
            "maken hun toegangsregels openbaar. Portiers leggen een weigering altijd uit. Bezoekers "
            "kunnen een klacht indienen bij een onafhankelijk punt. Ook toegankelijkheid voor mensen met "
            "een beperking hoort bij de afspraken."
        ),
        "goal": (
            "<p>Duidelijke en eerlijke toegangsregels in het uitgaansleven, zodat bezoekers weten waar ze "
            "aan toe zijn.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> bezoekers van cafés en clubs, onder wie bezoekers van kleur "
            "en bezoekers met een beperking.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> horecaondernemers en portiers.</p>"
        ),
        "mechanism_text": (
            "<p>Openbare afspraken maken de <strong>sociale norm</strong> zichtbaar. Ondernemers spreken "
            "elkaar erop aan. Bezoekers kunnen zien welke zaken meedoen.</p>"
        ),
        "rationale": (
            "<p>Onduidelijke regels geven ruimte voor willekeur. Als de regels vooraf bekend zijn, is het "
            "moeilijker om mensen op uiterlijk te weigeren. Een klachtpunt geeft bezoekers een plek om "
            "naartoe te gaan.</p>"
        ),
        "research": (
            "<p>De aanpak is goed beschreven en in drie fictieve gemeenten uitgevoerd. Er is nog geen "
            "effectonderzoek. Het aantal klachten is wel bijgehouden.</p>"
        ),
        "preconditions": (
            "<ul><li>Een actieve horecavereniging.</li>"
            "<li>Een klachtpunt bij de ADV.</li>"
            "<li>Jaarlijkse bijeenkomst om de afspraken te bespreken.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente nodigt ondernemers, portiers en de ADV uit voor twee werksessies. Samen "
            "schrijven zij een korte set afspraken.</p>",
            "<p>Deelnemende zaken hangen de toegangsregels bij de ingang en op hun website. Portiers "
            "krijgen een korte instructie.</p>",
            "<p>Eens per jaar bespreken alle partijen de klachten en passen zij de afspraken zo nodig "
            "aan.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "handicap"],
        "domains": ["horeca-en-uitgaan"],
        "steps": ["samenwerken-adv", "uitvoering"],
        "roles": ["regie", "ondersteunen"],
        "audiences": ["werkgever", "gemeenteambtenaar", "adv-medewerker"],
        "mechanisms": ["sociale-norm"],
        "evidence": "goed-beschreven",
        "assessed_on": "2024-10-01",
        "backfire": False,
        "cost": "laag",
        "duration": "Twee werksessies en daarna één evaluatie per jaar",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Horeca Samen Sterk (voorbeeld)",
        "contact_name": "Wendy Bakker",
        "contact_email": "w.bakker@example.org",
        "website": "https://example.org/eerlijk-deurbeleid",
        "tags": ["deurbeleid", "horeca", "convenant"],
        "checklist": {
            "probleem": "ja",
            "doelen": "deels",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "deels",
            "mechanisme": "deels",
            "evaluatie": "nee",
        },
        "sources": [],
        "related": ["demo-004"],
        "last_reviewed": "2026-05-14",
    },
    {
        "external_id": "demo-006",
        "title": "Training eerlijk toewijzen voor medewerkers van woningcorporaties",
        "summary": (
            "Medewerkers van woningcorporaties volgen een praktische training over gelijke behandeling. "
            "Zij oefenen met lastige situaties aan de balie en bij bezichtigingen. Denk aan een "
            "huurder met een beperking, een alleenstaande ouder of een nieuwkomer. Ze leren hun eigen "
            "eerste indruk te toetsen en vaste afspraken te volgen."
        ),
        "goal": (
            "<p>Medewerkers behandelen woningzoekenden en huurders gelijk, ook in situaties waar ze zelf "
            "ruimte hebben om te kiezen.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> woningzoekenden en huurders.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> klantmedewerkers, consulenten en "
            "wijkbeheerders van corporaties.</p>"
        ),
        "mechanism_text": (
            "<p>Deelnemers oefenen met casussen waarin het beeld van een huurder niet klopt met de "
            "werkelijkheid. Dat stimuleert <strong>flexibel denken</strong>. Korte verhalen van huurders "
            "helpen bij <strong>inleven</strong>. De training vermijdt beschuldigingen en richt zich op "
            "wat medewerkers morgen anders kunnen doen.</p>"
        ),
        "rationale": (
            "<p>Medewerkers hebben bij urgentie, bemiddeling en overlast vaak beslisruimte. Daar kunnen "
            "vooroordelen meespelen. Concrete oefening en vaste criteria verkleinen die kans.</p>"
        ),
        "research": (
            "<p>De theorie achter de training is goed uitgewerkt. Een fictieve pilot bij twee "
            "corporaties liet zien dat medewerkers vaker de vaste criteria gebruikten. Er is nog geen "
            "effectstudie.</p>"
        ),
        "preconditions": (
            "<ul><li>Steun van de directie van de corporatie.</li>"
            "<li>Trainers met kennis van de woningmarkt.</li>"
            "<li>Vaste criteria voor toewijzing die medewerkers kunnen gebruiken.</li></ul>"
        ),
        "approach": [
            "<p>De training bestaat uit drie bijeenkomsten. In de eerste bijeenkomst kijken deelnemers "
            "naar hun eigen werkproces. Waar hebben zij keuzeruimte?</p>",
            "<p>In de tweede bijeenkomst oefenen zij met casussen en een acteur. In de derde "
            "bijeenkomst maken zij afspraken voor hun team.</p>",
            "<p>Na drie maanden volgt een terugkomdag. Teams bespreken wat lukt en wat niet.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "handicap", "burgerlijke-staat"],
        "domains": ["wonen"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["maatschappelijke-organisatie"],
        "mechanisms": ["counter-stereotypen", "inleven-en-empathie"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2025-02-17",
        "backfire": False,
        "cost": "midden",
        "duration": "Drie bijeenkomsten van drie uur en een terugkomdag",
        "sizes": ["20000-50000", "50000-100000"],
        "provider": "Stichting Gelijk Huren (voorbeeld)",
        "contact_name": "Peter van Dam",
        "contact_email": "p.vandam@example.org",
        "website": "https://example.org/eerlijk-toewijzen",
        "tags": ["woningcorporatie", "training", "toewijzing"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Keuzeruimte bij toewijzing: pilot bij twee corporaties (voorbeeldbron)",
                "author": "Stichting Gelijk Huren (voorbeeld)",
                "year": 2024,
                "url": "https://example.org/bronnen/keuzeruimte-toewijzing",
                "source_type": "evaluatie",
            },
        ],
        "related": ["demo-001"],
        "last_reviewed": "2026-06-01",
    },
    {
        "external_id": "demo-007",
        "title": "Meldcampagne ‘Zeg het ons’ met de antidiscriminatievoorziening",
        "summary": (
            "Veel inwoners melden discriminatie niet. Ze weten niet waar dat kan of denken dat het geen "
            "zin heeft. Met deze campagne maakt de gemeente samen met de ADV het meldpunt bekend. De "
            "campagne laat zien wat er met een melding gebeurt. Er zijn posters, berichten online en "
            "bezoeken aan buurthuizen en verenigingen."
        ),
        "goal": ("<p>Meer inwoners weten waar ze discriminatie kunnen melden en doen dat ook.</p>"),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> inwoners die discriminatie meemaken, onder wie "
            "LHBTIQ+-personen, mensen met een beperking en mensen met een migratieachtergrond.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> sleutelpersonen, buurtwerkers en "
            "zelforganisaties.</p>"
        ),
        "mechanism_text": (
            "<p>De campagne brengt de <strong>sociale norm</strong> over dat discriminatie niet normaal "
            "is en dat melden gewoon is. Ervaringsverhalen van inwoners laten zien dat melden iets "
            "oplevert.</p>"
        ),
        "rationale": (
            "<p>Meldcijfers laten maar een deel van de discriminatie zien. Wie weet dat er hulp is, meldt "
            "sneller. Sleutelpersonen bereiken groepen die posters niet zien.</p>"
        ),
        "research": (
            "<p>De campagne is goed beschreven. In een fictieve gemeente steeg het aantal meldingen in "
            "het jaar na de campagne. Let op: meer meldingen betekent niet dat er meer discriminatie "
            "is.</p>"
        ),
        "preconditions": (
            "<ul><li>Een ADV die de extra meldingen goed kan opvangen.</li>"
            "<li>Materiaal in eenvoudige taal en in meerdere talen.</li>"
            "<li>Goede afspraken tussen ADV, politie en gemeente over doorverwijzen.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente en de ADV kiezen samen de boodschap en de kanalen. Zij testen de teksten "
            "met inwoners die laaggeletterd zijn.</p>",
            "<p>Een medewerker van de ADV bezoekt buurthuizen, moskeeën, kerken, sportclubs en "
            "LHBTIQ+-groepen. Daar vertelt zij hoe melden werkt.</p>",
            "<p>Na afloop bekijken gemeente en ADV de meldcijfers en de reacties.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "seksuele-gerichtheid", "handicap"],
        "domains": ["algemene-voorzieningen", "online-en-media", "veiligheid-en-politie"],
        "steps": ["samenwerken-adv", "uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["inwoners", "adv-medewerker"],
        "mechanisms": ["sociale-norm"],
        "evidence": "goed-beschreven",
        "assessed_on": "2022-04-11",
        "backfire": False,
        "cost": "laag",
        "duration": "Campagne van acht weken, eens per twee jaar",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Meldpunt Regio Voorbeeld (voorbeeld)",
        "contact_name": "Fatma Yilmaz",
        "contact_email": "f.yilmaz@example.org",
        "website": "https://example.org/zeg-het-ons",
        "tags": ["melden", "campagne", "adv"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "deels",
            "mechanisme": "deels",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Meer meldingen na een lokale campagne (voorbeeldbron)",
                "author": "Meldpunt Regio Voorbeeld (voorbeeld)",
                "year": 2021,
                "url": "https://example.org/bronnen/meldcampagne",
                "source_type": "beschrijving",
            },
        ],
        "related": ["demo-008", "demo-036"],
        "last_reviewed": "2025-03-14",
    },
    {
        "external_id": "demo-008",
        "title": "Ervaringsonderzoek naar discriminatie per grond",
        "summary": (
            "De gemeente onderzoekt hoe inwoners discriminatie ervaren. Zij vraagt daarbij precies naar "
            "de grond, zoals herkomst, geloof, handicap of seksuele gerichtheid. Naast een enquête "
            "voert zij gesprekken met belangen- en zelforganisaties. Zo ziet de gemeente wat er lokaal "
            "speelt, ook als mensen niet melden."
        ),
        "goal": (
            "<p>Een betrouwbaar beeld van discriminatie in de gemeente, per grond en per domein, als "
            "basis voor beleid.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> alle inwoners, met extra aandacht voor groepen die vaak "
            "ondervertegenwoordigd zijn in onderzoek.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> beleidsmakers en de gemeenteraad.</p>"
        ),
        "mechanism_text": (
            "<p>Dit onderzoek is geen interventie die vooroordelen direct vermindert. Het is een "
            "verkenning. Het helpt u wel om een interventie te kiezen die past bij het probleem.</p>"
        ),
        "rationale": (
            "<p>Meldcijfers zeggen weinig over hoeveel discriminatie er is. Algemene vragen in een "
            "enquête ook niet. Als u vraagt naar concrete situaties en naar de grond, krijgt u een "
            "beter beeld. Gesprekken vullen de cijfers aan met ervaringen.</p>"
        ),
        "research": (
            "<p>De werkwijze is goed beschreven en in meerdere fictieve gemeenten gebruikt. Het is geen "
            "effectinterventie, dus er is geen effectonderzoek.</p>"
        ),
        "preconditions": (
            "<ul><li>Een onderzoeksbureau met ervaring in gevoelige onderwerpen.</li>"
            "<li>Vragenlijst in eenvoudige taal en in meerdere talen.</li>"
            "<li>Extra werving bij groepen die weinig meedoen aan onderzoek.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente stelt met de ADV een vragenlijst op. Die vraagt per situatie of iemand "
            "discriminatie heeft ervaren en om welke reden.</p>",
            "<p>Daarnaast voert een onderzoeker groepsgesprekken met belangen- en zelforganisaties. "
            "Denk aan organisaties van mensen met een beperking, LHBTIQ+-organisaties en "
            "religieuze gemeenschappen.</p>",
            "<p>De uitkomsten gaan naar de raad, samen met een voorstel voor prioriteiten. Na drie jaar "
            "herhaalt de gemeente het onderzoek.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "godsdienst", "handicap", "seksuele-gerichtheid", "leeftijd"],
        "domains": ["wijk-en-buurt", "algemene-voorzieningen", "zorg"],
        "steps": ["verkennen", "samenwerken-adv", "evalueren"],
        "roles": ["regie"],
        "audiences": ["gemeenteambtenaar", "raadslid", "adv-medewerker"],
        "mechanisms": [],
        "evidence": "goed-beschreven",
        "assessed_on": "2025-05-08",
        "backfire": False,
        "cost": "midden",
        "duration": "Ongeveer zes maanden; herhaling elke drie jaar",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Onderzoeksbureau Lokaal Inzicht (voorbeeld)",
        "contact_name": "Bram Hoekstra",
        "contact_email": "b.hoekstra@example.org",
        "website": "https://example.org/ervaringsonderzoek",
        "tags": ["onderzoek", "enquête", "verkenning"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "nee",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Vragen naar discriminatie: een modelvragenlijst (voorbeeldbron)",
                "author": "Onderzoeksbureau Lokaal Inzicht (voorbeeld)",
                "year": 2023,
                "url": "https://example.org/bronnen/modelvragenlijst",
                "source_type": "beschrijving",
            },
        ],
        "related": ["demo-036", "demo-007"],
        "last_reviewed": "2026-07-09",
    },
    {
        "external_id": "demo-009",
        "title": "Dialoogtafels over samenleven in de wijk",
        "summary": (
            "Inwoners met verschillende achtergronden, geloven en levensovertuigingen gaan in kleine "
            "groepen met elkaar in gesprek. Een getrainde gespreksleider zorgt dat iedereen aan bod "
            "komt. Het gaat om eigen ervaringen, niet om debat. De tafels vinden plaats in buurthuizen, "
            "bibliotheken en gebedshuizen."
        ),
        "goal": (
            "<p>Inwoners leren elkaar kennen, begrijpen elkaars ervaringen beter en spreken elkaar "
            "sneller aan bij uitsluiting.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> bewoners van een wijk.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> buurtwerkers, vrijwillige gespreksleiders en "
            "levensbeschouwelijke organisaties.</p>"
        ),
        "mechanism_text": (
            "<p>Deelnemers ontmoeten elkaar als gelijken, met een gezamenlijk doel en met steun van de "
            "gemeente. Dat zijn de voorwaarden voor positief <strong>contact tussen groepen</strong>. "
            "Door persoonlijke verhalen te delen, ontstaat <strong>inleving</strong>.</p>"
        ),
        "rationale": (
            "<p>Mensen met vooroordelen kennen de andere groep vaak niet persoonlijk. Een veilig gesprek "
            "in een kleine groep maakt die ontmoeting mogelijk. De gespreksleider voorkomt dat het "
            "gesprek een strijd wordt.</p>"
        ),
        "research": (
            "<p>De onderbouwing is uitgewerkt op basis van kennis over contact tussen groepen. Er zijn "
            "fictieve procesevaluaties; een effectstudie ontbreekt nog.</p>"
        ),
        "preconditions": (
            "<ul><li>Getrainde gespreksleiders.</li>"
            "<li>Een vaste, vertrouwde plek in de wijk.</li>"
            "<li>Werving via sleutelpersonen, zodat niet alleen de ‘bekende’ inwoners komen.</li></ul>"
        ),
        "approach": [
            "<p>Het buurtwerk werft deelnemers via sleutelpersonen en verenigingen. Elke tafel heeft "
            "acht tot twaalf deelnemers met verschillende achtergronden.</p>",
            "<p>Een tafel komt drie keer bij elkaar. Elke keer staat een vraag centraal, bijvoorbeeld: "
            "wanneer voelde u zich echt welkom in deze wijk?</p>",
            "<p>Na de laatste tafel bedenken deelnemers samen één kleine actie voor de wijk.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "godsdienst", "levensovertuiging"],
        "domains": ["wijk-en-buurt"],
        "steps": ["visie-en-draagvlak", "uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["inwoners", "maatschappelijke-organisatie"],
        "mechanisms": ["contact-tussen-groepen", "inleven-en-empathie"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2023-01-25",
        "backfire": False,
        "cost": "laag",
        "duration": "Drie avonden van twee uur, verspreid over zes weken",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Stichting Aan Tafel (voorbeeld)",
        "contact_name": "Ingrid Mulder",
        "contact_email": "i.mulder@example.org",
        "website": "https://example.org/dialoogtafels",
        "tags": ["dialoog", "wijk", "ontmoeting"],
        "checklist": {
            "probleem": "deels",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Gesprekken in de wijk: procesevaluatie (voorbeeldbron)",
                "author": "Stichting Aan Tafel (voorbeeld)",
                "year": 2022,
                "url": "https://example.org/bronnen/gesprekken-wijk",
                "source_type": "evaluatie",
            },
        ],
        "related": ["demo-010", "demo-025"],
        "last_reviewed": "2026-01-06",
    },
    {
        "external_id": "demo-010",
        "title": "Buurtbemiddeling bij conflicten met een discriminerend karakter",
        "summary": (
            "Bij burenruzies spelen soms scheldwoorden over herkomst, seksuele gerichtheid of "
            "woonwagenbewoners mee. Getrainde vrijwillige bemiddelaars gaan met beide partijen in "
            "gesprek. Zij werken samen met de ADV. Het doel is dat buren afspraken maken en elkaar "
            "weer groeten. Bij strafbare feiten verwijzen de bemiddelaars door."
        ),
        "goal": (
            "<p>Conflicten tussen buren met een discriminerend element oplossen voordat ze uit de hand "
            "lopen.</p>"
            "<ul><li>Buren maken concrete afspraken.</li>"
            "<li>Degene die is gediscrimineerd voelt zich gehoord.</li></ul>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> buren in een conflict waarin discriminatie een rol "
            "speelt.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> vrijwillige buurtbemiddelaars, "
            "wijkagenten en medewerkers van corporaties.</p>"
        ),
        "mechanism_text": (
            "<p>In het bemiddelingsgesprek vertellen beide partijen wat het conflict met hen doet. Dat "
            "helpt bij <strong>inleven</strong>. Het gesprek is een vorm van <strong>contact</strong> "
            "onder begeleiding, met gelijke spreektijd voor beide buren.</p>"
        ),
        "rationale": (
            "<p>Burenconflicten lopen vaak op als er niet gepraat wordt. Een neutrale bemiddelaar "
            "maakt een gesprek mogelijk. Extra training helpt bemiddelaars om discriminatie te "
            "herkennen en te benoemen, zonder partij te kiezen.</p>"
        ),
        "research": (
            "<p>Buurtbemiddeling in het algemeen is in fictieve studies goed onderzocht. Voor de variant "
            "met discriminatie is één kleine effectstudie gedaan. Die laat eerste aanwijzingen zien dat "
            "conflicten minder vaak terugkomen.</p>"
        ),
        "preconditions": (
            "<ul><li>Een bestaand project buurtbemiddeling.</li>"
            "<li>Extra training voor bemiddelaars door de ADV.</li>"
            "<li>Duidelijke afspraken over doorverwijzen bij bedreiging of geweld.</li></ul>"
        ),
        "approach": [
            "<p>Een melding komt binnen via de corporatie, de wijkagent of de ADV. Twee bemiddelaars "
            "voeren eerst apart een gesprek met elke partij.</p>",
            "<p>Daarna volgt een gezamenlijk gesprek. De bemiddelaars benoemen de discriminerende "
            "uitspraken en vragen wat die met de ander doen.</p>",
            "<p>Buren leggen hun afspraken op papier. Na zes weken belt een bemiddelaar om te horen hoe "
            "het gaat.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "seksuele-gerichtheid", "antiziganisme"],
        "domains": ["wijk-en-buurt", "wonen"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["inwoners", "adv-medewerker", "maatschappelijke-organisatie"],
        "mechanisms": ["inleven-en-empathie", "contact-tussen-groepen"],
        "evidence": "effectief-eerste",
        "assessed_on": "2024-07-02",
        "backfire": False,
        "cost": "laag",
        "duration": "Gemiddeld drie gesprekken in twee maanden",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Buurtbemiddeling Samen Verder (voorbeeld)",
        "contact_name": "Kees de Boer",
        "contact_email": "k.deboer@example.org",
        "website": "https://example.org/buurtbemiddeling",
        "tags": ["buurtbemiddeling", "burenruzie", "wijk"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "deels",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Bemiddelen bij discriminatie tussen buren (voorbeeldbron)",
                "author": "Werkplaats Wijkaanpak (fictief)",
                "year": 2023,
                "url": "https://example.org/bronnen/bemiddelen-discriminatie",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-009", "demo-029"],
        "last_reviewed": "2026-02-26",
    },
    {
        "external_id": "demo-011",
        "title": "Contactprogramma tussen basisscholen uit verschillende wijken",
        "summary": (
            "Twee basisscholen met een verschillende leerlingenpopulatie vormen een koppel. Groepen 6 en 7 "
            "werken een schooljaar lang samen aan projecten. Leerlingen zitten in gemengde teams en "
            "hebben een gezamenlijk doel. Leerkrachten bereiden de ontmoetingen samen voor. Ouders worden "
            "uitgenodigd bij de afsluiting."
        ),
        "goal": (
            "<p>Minder vooroordelen en meer vriendschappen tussen kinderen met verschillende "
            "achtergronden.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> leerlingen van groep 6 en 7.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> leerkrachten en schoolleiders.</p>"
        ),
        "mechanism_text": (
            "<p>Het programma volgt de voorwaarden voor goed <strong>contact tussen groepen</strong>: "
            "gelijke status in de teams, een gezamenlijk doel, samenwerking in plaats van competitie, "
            "en steun van school en ouders. Herhaald contact over een langere periode is daarbij "
            "belangrijk.</p>"
        ),
        "rationale": (
            "<p>Veel kinderen groeien op in een wijk waar weinig variatie is. Zonder contact blijven "
            "beelden over de ander bestaan. Jonge kinderen staan nog open voor nieuwe vriendschappen.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn drie effectstudies gedaan, waarvan één met een "
            "controlegroep. Leerlingen die meededen, noemden vaker een vriend van de andere school. Hun "
            "houding tegenover de andere groep werd positiever.</p>"
        ),
        "preconditions": (
            "<ul><li>Twee scholen die allebei echt mee willen doen.</li>"
            "<li>Vervoer tussen de scholen.</li>"
            "<li>Tijd voor leerkrachten om samen voor te bereiden.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente koppelt scholen en betaalt vervoer en coördinatie. Leerkrachten volgen samen "
            "een startbijeenkomst.</p>",
            "<p>De klassen ontmoeten elkaar acht keer, afwisselend op de ene en de andere school. "
            "Teams blijven het hele jaar hetzelfde.</p>",
            "<p>Het jaar eindigt met een presentatie voor ouders. Leerkrachten vullen een korte "
            "evaluatie in.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "godsdienst"],
        "domains": ["onderwijs"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen", "ondersteunen"],
        "audiences": ["school"],
        "mechanisms": ["contact-tussen-groepen"],
        "evidence": "effectief-goede",
        "assessed_on": "2023-10-16",
        "backfire": False,
        "cost": "midden",
        "duration": "Eén schooljaar, acht ontmoetingen van een dagdeel",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Stichting Schoolmaatjes (voorbeeld)",
        "contact_name": "Esther Smit",
        "contact_email": "e.smit@example.org",
        "website": "https://example.org/schoolmaatjes",
        "tags": ["basisschool", "ontmoeting", "samenwerken"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Schoolkoppels en vriendschappen: studie met controlegroep (voorbeeldbron)",
                "author": "Pedagogisch Lab Voorbeeld (fictief)",
                "year": 2022,
                "url": "https://example.org/bronnen/schoolkoppels",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-033", "demo-025"],
        "last_reviewed": "2026-03-30",
    },
    {
        "external_id": "demo-012",
        "title": "Gastlessen over antisemitisme door jonge rolmodellen",
        "summary": (
            "Jonge Joodse gastdocenten geven een les in het voortgezet onderwijs. Zij vertellen over hun "
            "eigen leven en beantwoorden vragen van leerlingen. Ook bespreken ze hoe antisemitisme er "
            "vandaag uitziet, bijvoorbeeld online. Leerlingen mogen alles vragen. De les gaat over het "
            "heden, niet alleen over de Tweede Wereldoorlog."
        ),
        "goal": (
            "<p>Leerlingen hebben minder vooroordelen over Joden en herkennen antisemitisme beter.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> leerlingen van 13 tot 17 jaar.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> docenten burgerschap en geschiedenis.</p>"
        ),
        "mechanism_text": (
            "<p>De gastdocenten passen niet in de beelden die leerlingen soms hebben. Dat werkt als "
            "<strong>counter-stereotype</strong>. Hun persoonlijke verhaal helpt leerlingen zich "
            "<strong>in te leven</strong>. Omdat de gastdocent jong is, voelt het contact dichtbij.</p>"
        ),
        "rationale": (
            "<p>Veel leerlingen hebben nooit een Joods persoon gesproken. Hun beeld komt uit nieuws, "
            "social media of geschiedenisboeken. Een echte ontmoeting maakt dat beeld rijker en "
            "persoonlijker.</p>"
        ),
        "research": (
            "<p>Een fictieve effectstudie met voor- en nameting liet minder negatieve uitspraken zien "
            "direct na de les. Effecten op langere termijn zijn nog niet gemeten.</p>"
        ),
        "preconditions": (
            "<ul><li>Goed getrainde gastdocenten, met steun na lastige lessen.</li>"
            "<li>Voorbereiding en nabespreking door de vaste docent.</li>"
            "<li>Een veilige sfeer in de klas; geen verplichte ‘debatvorm’.</li></ul>"
        ),
        "approach": [
            "<p>De docent bereidt de klas voor met een korte opdracht. Leerlingen schrijven anoniem "
            "vragen op.</p>",
            "<p>Twee gastdocenten geven een les van negentig minuten. Zij vertellen over hun leven en "
            "beantwoorden de vragen.</p>",
            "<p>In de week erna bespreekt de docent de les na. De klas kijkt samen naar voorbeelden "
            "van antisemitisme online.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["antisemitisme", "godsdienst"],
        "domains": ["onderwijs"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["school"],
        "mechanisms": ["counter-stereotypen", "inleven-en-empathie"],
        "evidence": "effectief-eerste",
        "assessed_on": "2025-04-22",
        "backfire": False,
        "cost": "laag",
        "duration": "Eén les van negentig minuten plus voorbereiding en nabespreking",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Stichting Ontmoet Mij (voorbeeld)",
        "contact_name": "Daniël Cohen",
        "contact_email": "d.cohen@example.org",
        "website": "https://example.org/gastles-antisemitisme",
        "tags": ["gastles", "antisemitisme", "voortgezet onderwijs"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Gastlessen en houding van leerlingen: voor- en nameting (voorbeeldbron)",
                "author": "Onderzoekscollectief Klas (fictief)",
                "year": 2024,
                "url": "https://example.org/bronnen/gastlessen-houding",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-013", "demo-032"],
        "last_reviewed": "2026-09-12",
    },
    {
        "external_id": "demo-013",
        "title": "Gastlessen over moslimdiscriminatie en vooroordelen",
        "summary": (
            "Moslimjongeren geven in duo's een gastles op middelbare scholen en mbo's. Zij vertellen over "
            "hun geloof, hun dagelijks leven en hun ervaringen met uitsluiting. Leerlingen stellen "
            "vragen en doen een korte opdracht over beelden in de media. De gastles sluit aan bij het "
            "vak burgerschap."
        ),
        "goal": (
            "<p>Leerlingen kennen minder vooroordelen over moslims en herkennen moslimdiscriminatie.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> leerlingen in het voortgezet onderwijs en mbo.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> docenten en mentoren.</p>"
        ),
        "mechanism_text": (
            "<p>Het persoonlijke verhaal van de gastdocenten helpt bij <strong>inleven</strong>. De "
            "open vragenronde is een korte vorm van <strong>contact</strong> in een veilige setting. "
            "De gastdocenten vermijden een beschuldigende toon.</p>"
        ),
        "rationale": (
            "<p>Beelden over moslims komen vaak uit nieuws over conflict en geweld. Een gesprek met "
            "leeftijdgenoten laat een ander, meer alledaags beeld zien.</p>"
        ),
        "research": (
            "<p>De onderbouwing is goed uitgewerkt en in een fictieve procesevaluatie getoetst. Er is "
            "nog geen effectstudie.</p>"
        ),
        "preconditions": (
            "<ul><li>Training en begeleiding van de gastdocenten.</li>"
            "<li>Een docent die de les voorbereidt en nabespreekt.</li>"
            "<li>Aandacht voor de veiligheid van gastdocenten bij vijandige reacties.</li></ul>"
        ),
        "approach": [
            "<p>De school vraagt de gastles aan. De docent krijgt een voorbereidende les mee.</p>",
            "<p>Twee gastdocenten geven de les. Zij beginnen met hun eigen verhaal en eindigen met een "
            "opdracht over krantenkoppen.</p>",
            "<p>De docent bespreekt de les na met de klas. De organisatie vraagt docent en leerlingen om "
            "een korte evaluatie.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["moslimdiscriminatie", "godsdienst"],
        "domains": ["onderwijs"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["school"],
        "mechanisms": ["inleven-en-empathie", "contact-tussen-groepen"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2021-03-09",
        "backfire": False,
        "cost": "laag",
        "duration": "Eén les van twee lesuren",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Jong en Gelovig in Gesprek (voorbeeld)",
        "contact_name": "Samira Bouzid",
        "contact_email": "s.bouzid@example.org",
        "website": "https://example.org/gastles-moslimdiscriminatie",
        "tags": ["gastles", "moslimdiscriminatie", "burgerschap"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "deels",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "nee",
        },
        "sources": [
            {
                "title": "Gastlessen door jongeren: procesevaluatie (voorbeeldbron)",
                "author": "Jong en Gelovig in Gesprek (voorbeeld)",
                "year": 2020,
                "url": "https://example.org/bronnen/gastlessen-jongeren",
                "source_type": "evaluatie",
            },
        ],
        "related": ["demo-012"],
        "last_reviewed": "2024-11-20",
    },
    {
        "external_id": "demo-014",
        "title": "LHBTIQ+-veilige sportclubs",
        "summary": (
            "Sportclubs werken aan een klimaat waarin lesbische, homo, bi, trans, intersekse en queer "
            "sporters zich veilig voelen. Trainers en bestuur volgen een korte training. De club maakt "
            "afspraken over gedrag op en naast het veld. Kleedkamers en teamindeling worden bekeken. Een "
            "vertrouwenspersoon is bekend bij alle leden."
        ),
        "goal": (
            "<p>LHBTIQ+-sporters voelen zich welkom en blijven sporten. Grapjes en scheldwoorden over "
            "seksuele gerichtheid en gender worden minder gebruikt.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> leden van sportclubs, vooral jonge LHBTIQ+-sporters.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> trainers, coaches, scheidsrechters en "
            "bestuursleden.</p>"
        ),
        "mechanism_text": (
            "<p>Trainers en aanvoerders bepalen voor een groot deel wat normaal is in een team. Als zij "
            "laten zien dat scheldwoorden niet kunnen, verandert de <strong>sociale norm</strong>. "
            "Zichtbare steun van het bestuur maakt de norm sterker.</p>"
        ),
        "rationale": (
            "<p>Veel LHBTIQ+-jongeren stoppen met sporten door een onveilig klimaat. Trainers grijpen "
            "vaak niet in omdat ze niet weten hoe. Concrete afspraken en oefenen helpen daarbij.</p>"
        ),
        "research": (
            "<p>De aanpak is goed onderbouwd met kennis over sociale normen in groepen. In dit fictieve "
            "voorbeeld loopt een effectstudie bij tien clubs.</p>"
        ),
        "preconditions": (
            "<ul><li>Een bestuur dat de aanpak steunt.</li>"
            "<li>Samenwerking met de sportbond en de lokale sportadviseur.</li>"
            "<li>Een vertrouwenspersoon binnen de club.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente benadert clubs via de sportraad. Het bestuur tekent een korte "
            "intentieverklaring.</p>",
            "<p>Trainers volgen een training van twee avonden. Zij oefenen met ingrijpen bij "
            "scheldwoorden in de kleedkamer en langs het veld.</p>",
            "<p>De club spreekt gedragsregels af en maakt die zichtbaar. Na een jaar vult een deel "
            "van de leden een korte vragenlijst in.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["seksuele-gerichtheid", "genderidentiteit"],
        "domains": ["sport-en-recreatie"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen", "ondersteunen"],
        "audiences": ["maatschappelijke-organisatie", "inwoners"],
        "mechanisms": ["sociale-norm"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2024-05-28",
        "backfire": False,
        "cost": "midden",
        "duration": "Eén jaar, met twee trainingsavonden en een evaluatie",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Sport Voor Iedereen (voorbeeld)",
        "contact_name": "Robin Visser",
        "contact_email": "r.visser@example.org",
        "website": "https://example.org/veilige-sportclub",
        "tags": ["sportclub", "lhbtiq+", "trainer"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Normen in het team: een overzicht (voorbeeldbron)",
                "author": "Kennisnetwerk Sport en Samenleving (fictief)",
                "year": 2023,
                "url": "https://example.org/bronnen/normen-in-het-team",
                "source_type": "literatuur",
            },
        ],
        "related": ["demo-025", "demo-028"],
        "last_reviewed": "2026-04-19",
    },
    {
        "external_id": "demo-015",
        "title": "Toegankelijkheidsscan met ervaringsdeskundigen",
        "summary": (
            "Inwoners met een beperking kijken samen met de gemeente of iedereen terecht kan in "
            "het gemeentehuis, op straat en op de website. Zij lopen routes en testen loketten en "
            "websites. Zij schrijven op waar ze vastlopen. Daarna maakt de gemeente een plan om "
            "het beter te maken. De inwoners krijgen een vergoeding."
        ),
        "goal": (
            "<p>Iedereen kan de gebouwen, straten en diensten van de gemeente gebruiken. Ook "
            "mensen met een beperking of een ziekte die niet overgaat.</p>"
        ),
        "target_group": (
            "<p><strong>Voor wie:</strong> inwoners met een beperking. Het kan gaan om het lichaam, "
            "om horen of zien, om leren of om de psyche.</p>"
            "<p><strong>Wie doet mee:</strong> ambtenaren van straten en pleinen, gebouwen, "
            "communicatie en de loketten.</p>"
        ),
        "mechanism_text": (
            "<p>Ambtenaren lopen mee met de inwoners. Zo zien ze zelf waar mensen vastlopen. Dat "
            "helpt bij <strong>inleven</strong>. Ze werken samen als gelijken. Dat maakt het "
            "<strong>contact</strong> beter.</p>"
        ),
        "rationale": (
            "<p>Een gebouw of website die niet goed te gebruiken is, sluit mensen buiten. Ook als "
            "niemand dat wil. Wie zelf een beperking heeft, ziet drempels die anderen missen. Samen "
            "kijken geeft betere oplossingen.</p>"
        ),
        "research": (
            "<p>De aanpak is goed beschreven. In twee verzonnen gemeenten leidde de scan tot echte "
            "aanpassingen. Of het werkt, is nog niet goed onderzocht.</p>"
        ),
        "preconditions": (
            "<ul><li>Geld voor een vergoeding aan de inwoners.</li>"
            "<li>Geld om na de scan dingen te verbeteren.</li>"
            "<li>Een vaste contactpersoon bij de gemeente.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente vraagt zes tot tien inwoners met verschillende beperkingen.</p>",
            "<p>Samen met ambtenaren testen zij drie dingen: het gemeentehuis, een winkelstraat "
            "en de website.</p>",
            "<p>De gemeente maakt een plan: wat eerst en wat later. Een jaar later kijken de "
            "inwoners opnieuw.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["handicap"],
        "domains": ["openbare-ruimte", "algemene-voorzieningen"],
        "steps": ["verkennen", "uitvoering"],
        "roles": ["regie"],
        "audiences": ["gemeenteambtenaar", "inwoners"],
        "mechanisms": ["inleven-en-empathie", "contact-tussen-groepen"],
        "evidence": "goed-beschreven",
        "assessed_on": "2024-01-15",
        # Days from the day the demo is loaded: a rating that expires soon (within 90 days).
        "valid_until_in_days": 45,
        "backfire": False,
        "cost": "laag",
        "duration": "Drie scandagen en een verbeterplan binnen drie maanden",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Panel Drempelvrij (voorbeeld)",
        "contact_name": "Marco Jansen",
        "contact_email": "m.jansen@example.org",
        "website": "https://example.org/toegankelijkheidsscan",
        "tags": ["toegankelijkheid", "ervaringsdeskundige", "scan"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "deels",
            "kennis": "deels",
            "mechanisme": "deels",
            "evaluatie": "deels",
        },
        "sources": [],
        "related": ["demo-026"],
        "last_reviewed": "2026-08-04",
    },
    {
        "external_id": "demo-016",
        "title": "Inclusief aanbesteden: eisen tegen discriminatie in inkoop",
        "summary": (
            "De gemeente neemt in aanbestedingen en subsidies eisen op over gelijke behandeling. "
            "Leveranciers laten zien hoe zij discriminatie voorkomen bij werving en op de werkvloer. "
            "Ook flexwerkers en mensen met een beperking tellen mee. De gemeente controleert steekproefsgewijs "
            "of de afspraken worden nagekomen."
        ),
        "goal": (
            "<p>Bedrijven en organisaties die voor de gemeente werken, voorkomen discriminatie in hun "
            "eigen organisatie.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> werknemers en sollicitanten bij leveranciers van de "
            "gemeente.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> inkopers, contractmanagers en leveranciers.</p>"
        ),
        "mechanism_text": (
            "<p>Door eisen te stellen laat de gemeente zien wat de <strong>norm</strong> is voor wie met "
            "haar zaken doet. Het werkmechanisme bij leveranciers is nog niet goed uitgewerkt.</p>"
        ),
        "rationale": (
            "<p>Gemeenten kopen veel in. Daarmee hebben zij invloed op hoe bedrijven werken. Eisen in "
            "contracten maken die invloed concreet.</p>"
        ),
        "research": (
            "<p>Deze aanpak is nog niet beoordeeld. Er zijn ervaringen uit fictieve gemeenten, maar geen "
            "onderzoek naar het effect op discriminatie.</p>"
        ),
        "preconditions": (
            "<ul><li>Kennis bij inkopers over gelijke behandeling.</li>"
            "<li>Eisen die passen bij de omvang van de opdracht.</li>"
            "<li>Capaciteit voor controle achteraf.</li></ul>"
        ),
        "approach": [
            "<p>Inkoop en beleid stellen samen een standaardtekst op voor aanbestedingen en "
            "subsidievoorwaarden.</p>",
            "<p>Leveranciers vullen een korte vragenlijst in over werving, klachten en "
            "vertrouwenspersonen.</p>",
            "<p>Contractmanagers bespreken de afspraken in het jaargesprek met de leverancier.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "handicap", "arbeidsduur-contract"],
        "domains": ["arbeidsmarkt"],
        "steps": ["doelen-en-plan", "uitvoering"],
        "roles": ["regie"],
        "audiences": ["gemeenteambtenaar", "werkgever", "bestuurder"],
        "mechanisms": ["sociale-norm"],
        "evidence": "niet-beoordeeld",
        "assessed_on": None,
        "backfire": False,
        "cost": "onbekend",
        "duration": "Doorlopend, vanaf de eerstvolgende aanbesteding",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Inkoopbureau Regio Voorbeeld (voorbeeld)",
        "contact_name": "Hanneke Prins",
        "contact_email": "h.prins@example.org",
        "website": "https://example.org/inclusief-aanbesteden",
        "tags": ["aanbesteden", "inkoop", "subsidie"],
        "checklist": {
            "probleem": "deels",
            "doelen": "deels",
            "doelgroep": "ja",
            "middelen": "onbekend",
            "kennis": "nee",
            "mechanisme": "nee",
            "evaluatie": "nee",
        },
        "sources": [],
        "related": ["demo-017"],
        "last_reviewed": "2025-12-08",
    },
    {
        "external_id": "demo-017",
        "title": "Diversiteitscode voor de gemeente en haar partners",
        "summary": (
            "De gemeente stelt samen met grote werkgevers, scholen en zorgorganisaties een "
            "diversiteitscode op. Daarin staan afspraken over eerlijke werving, een veilige werkvloer en "
            "klachten. Elke partner kiest drie concrete doelen. Eens per jaar bespreken de partners "
            "samen wat is bereikt."
        ),
        "goal": (
            "<p>Gemeente en partners nemen zichtbaar verantwoordelijkheid voor gelijke kansen in hun "
            "eigen organisatie.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> werknemers en sollicitanten bij de deelnemende "
            "organisaties.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> bestuurders, HR-managers en "
            "ondernemingsraden.</p>"
        ),
        "mechanism_text": (
            "<p>Een openbare code met bekende partners maakt de <strong>sociale norm</strong> zichtbaar. "
            "Organisaties leren van elkaar en spreken elkaar aan op hun doelen.</p>"
        ),
        "rationale": (
            "<p>Algemene intenties leiden zelden tot verandering. Concrete doelen per organisatie en "
            "een jaarlijks gesprek maken de afspraken controleerbaar.</p>"
        ),
        "research": (
            "<p>De werkwijze is goed beschreven. In een fictieve gemeente hebben twaalf partners de code "
            "getekend. Of de code discriminatie vermindert, is nog niet onderzocht.</p>"
        ),
        "preconditions": (
            "<ul><li>Een wethouder die de code trekt.</li>"
            "<li>Partners die zelf doelen kiezen, niet alleen tekenen.</li>"
            "<li>Een vaste coördinator bij de gemeente.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente organiseert een startbijeenkomst met bestuurders van partners. Samen "
            "bespreken zij een concepttekst.</p>",
            "<p>Elke partner kiest drie doelen, bijvoorbeeld over werving, leeftijd of "
            "toegankelijkheid van de werkplek.</p>",
            "<p>Eens per jaar is er een bijeenkomst waarin partners laten zien wat ze hebben gedaan.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "geslacht", "handicap", "leeftijd"],
        "domains": ["arbeidsmarkt", "zorg"],
        "steps": ["visie-en-draagvlak", "doelen-en-plan"],
        "roles": ["regie", "aanjagen"],
        "audiences": ["bestuurder", "werkgever"],
        "mechanisms": ["sociale-norm"],
        "evidence": "goed-beschreven",
        "assessed_on": "2025-09-03",
        "backfire": False,
        "cost": "laag",
        "duration": "Opstart in zes maanden; daarna een bijeenkomst per jaar",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Netwerk Inclusief Werkgeven (voorbeeld)",
        "contact_name": "Yvonne Willems",
        "contact_email": "y.willems@example.org",
        "website": "https://example.org/diversiteitscode",
        "tags": ["diversiteitscode", "werkgevers", "afspraken"],
        "checklist": {
            "probleem": "deels",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "deels",
            "mechanisme": "deels",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Een code met partners: werkwijze en ervaringen (voorbeeldbron)",
                "author": "Netwerk Inclusief Werkgeven (voorbeeld)",
                "year": 2024,
                "url": "https://example.org/bronnen/code-met-partners",
                "source_type": "beschrijving",
            },
        ],
        "related": ["demo-003", "demo-016"],
        "last_reviewed": "2026-10-02",
    },
    {
        "external_id": "demo-018",
        "title": "Online counter speech door getrainde vrijwilligers",
        "summary": (
            "Vrijwilligers leren rustig en feitelijk te reageren op haatberichten onder lokale nieuwsberichten "
            "en in buurtgroepen. Zij steunen degene die wordt aangevallen en spreken meelezers aan. Zij "
            "gaan niet in discussie met de schrijver zelf. Strafbare berichten melden zij bij het "
            "meldpunt en de politie."
        ),
        "goal": (
            "<p>Meer steunende reacties en minder haatberichten in lokale online ruimtes.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> meelezers in lokale online groepen en mensen die online "
            "worden aangevallen om hun geloof, herkomst of seksuele gerichtheid.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> vrijwilligers en beheerders van online "
            "groepen.</p>"
        ),
        "mechanism_text": (
            "<p>De meeste mensen lezen alleen mee. Als zij zien dat anderen haat afwijzen, verandert de "
            "<strong>sociale norm</strong> in de groep. Steunende reacties laten slachtoffers weten dat "
            "ze niet alleen staan.</p>"
        ),
        "rationale": (
            "<p>Haat online lijkt vaak normaler dan het is, omdat tegenstemmen stil blijven. Een paar "
            "rustige reacties kunnen die indruk veranderen.</p>"
        ),
        "research": (
            "<p>Een fictieve effectstudie in drie online groepen vond minder nieuwe haatberichten na "
            "steunende reacties. Het gaat om eerste aanwijzingen.</p>"
        ),
        "preconditions": (
            "<ul><li>Training en nazorg voor vrijwilligers.</li>"
            "<li>Afspraken met beheerders van groepen.</li>"
            "<li>Een snelle route om strafbare berichten te melden.</li></ul>"
        ),
        "approach": [
            "<p>Vrijwilligers volgen twee trainingsavonden. Zij oefenen met echte, geanonimiseerde "
            "voorbeelden.</p>",
            "<p>Een coördinator houdt lokale groepen in de gaten. Bij een golf van haat vraagt zij "
            "vrijwilligers om te reageren.</p>",
            "<p>Eens per maand is er een intervisie. Daar bespreken vrijwilligers wat ze meemaken.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "moslimdiscriminatie", "antisemitisme", "seksuele-gerichtheid"],
        "domains": ["online-en-media"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["inwoners", "maatschappelijke-organisatie"],
        "mechanisms": ["sociale-norm"],
        "evidence": "effectief-eerste",
        "assessed_on": "2025-06-30",
        "backfire": False,
        "cost": "midden",
        "duration": "Twee trainingsavonden en maandelijkse intervisie",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Stichting Tegengeluid Online (voorbeeld)",
        "contact_name": "Noor Hendriks",
        "contact_email": "n.hendriks@example.org",
        "website": "https://example.org/counter-speech",
        "tags": ["online", "haatberichten", "vrijwilligers"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "deels",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Tegenspraak in buurtgroepen: een veldexperiment (voorbeeldbron)",
                "author": "Mediawerkplaats Voorbeeld (fictief)",
                "year": 2024,
                "url": "https://example.org/bronnen/tegenspraak-buurtgroepen",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-023", "demo-030"],
        "last_reviewed": "2026-05-27",
    },
    {
        "external_id": "demo-019",
        "title": "Training voor boa's over etnisch profileren",
        "summary": (
            "Boa's volgen een praktijkgerichte training over staande houden en controleren. Zij leren "
            "hun keuze te baseren op gedrag en niet op uiterlijk. Na elke controle noteren zij de reden. "
            "Teamleiders bespreken die registratie elk kwartaal met het team. Jongeren uit de wijk "
            "vertellen in de training over hun ervaringen."
        ),
        "goal": (
            "<p>Boa's controleren op basis van objectieve redenen. Inwoners van kleur worden niet vaker "
            "zonder reden staande gehouden.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> inwoners, vooral jongeren van kleur.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> boa's en hun teamleiders.</p>"
        ),
        "mechanism_text": (
            "<p>Boa's oefenen met situaties waarin hun eerste indruk niet klopt. Dat traint "
            "<strong>flexibel denken</strong>. De registratie en het kwartaalgesprek houden hen een "
            "spiegel voor. Die <strong>confrontatie</strong> is feitelijk en gaat over het team, niet "
            "over één persoon.</p>"
        ),
        "rationale": (
            "<p>Onder tijdsdruk vertrouwen mensen op snelle inschattingen. Daar kunnen stereotypen in "
            "meespelen. Een vaste reden noteren en daar samen op terugkijken remt dat af.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn twee effectstudies gedaan. Na de training daalde het "
            "aandeel controles zonder duidelijke reden. Klachten over profileren namen af.</p>"
        ),
        "preconditions": (
            "<ul><li>Een eenvoudige registratie van controles.</li>"
            "<li>Teamleiders die het gesprek willen en kunnen voeren.</li>"
            "<li>Betrokkenheid van jongeren uit de wijk.</li></ul>"
        ),
        "approach": [
            "<p>Alle boa's volgen een training van twee dagen met casussen en rollenspellen. Op dag "
            "twee vertellen jongeren uit de wijk over hun ervaringen.</p>",
            "<p>Na elke controle noteren boa's kort de reden. Het systeem maakt er elk kwartaal een "
            "overzicht van.</p>",
            "<p>Teamleiders bespreken het overzicht met het team. Eens per jaar is er een gesprek met "
            "jongeren en de ADV.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "anti-zwart-racisme"],
        "domains": ["veiligheid-en-politie", "openbare-ruimte"],
        "steps": ["uitvoering", "evalueren"],
        "roles": ["regie"],
        "audiences": ["gemeenteambtenaar", "bestuurder"],
        "mechanisms": ["counter-stereotypen", "confronteren-en-bewustwording"],
        "evidence": "effectief-goede",
        "assessed_on": "2025-11-04",
        "backfire": False,
        "cost": "midden",
        "duration": "Training van twee dagen, daarna elk kwartaal een teamgesprek",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Opleidingscentrum Handhaving Voorbeeld (voorbeeld)",
        "contact_name": "Rachid Amrani",
        "contact_email": "r.amrani@example.org",
        "website": "https://example.org/boa-training",
        "tags": ["boa", "etnisch profileren", "handhaving"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Controleren met een reden: twee effectstudies (voorbeeldbron)",
                "author": "Lectoraat Openbare Orde (fictief)",
                "year": 2025,
                "url": "https://example.org/bronnen/controleren-met-reden",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-034"],
        "last_reviewed": "2026-11-10",
    },
    {
        "external_id": "demo-020",
        "title": "Leeftijdsbewuste werving bij lokale werkgevers",
        "summary": (
            "Lokale werkgevers passen hun vacatureteksten en selectie aan, zodat oudere kandidaten niet "
            "ongemerkt afvallen. Woorden als ‘jong team’ of ‘max. 5 jaar ervaring’ verdwijnen. "
            "Selecteurs oefenen met cv's van kandidaten van verschillende leeftijden. Oudere "
            "werknemers vertellen over hun werk als rolmodel."
        ),
        "goal": ("<p>Oudere werkzoekenden krijgen vaker een uitnodiging voor een gesprek.</p>"),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> werkzoekenden van 50 jaar en ouder, ook met een "
            "tijdelijk of flexibel contract.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> werkgevers, recruiters en HR-adviseurs.</p>"
        ),
        "mechanism_text": (
            "<p>Oudere werknemers die leergierig en digitaal vaardig zijn, passen niet in het bekende "
            "beeld. Zulke <strong>counter-stereotypen</strong> helpen selecteurs om anders te kijken. "
            "Een aangepaste vacaturetekst neemt drempels weg.</p>"
        ),
        "rationale": (
            "<p>Beelden over ouderen, zoals ‘duur’ of ‘minder flexibel’, spelen vaak onbewust mee. "
            "Die beelden kloppen meestal niet. Concrete oefening en voorbeelden maken dat zichtbaar.</p>"
        ),
        "research": (
            "<p>De onderbouwing is goed uitgewerkt. Een fictieve pilot bij acht werkgevers liet zien dat "
            "vacatureteksten neutraler werden. Effecten op aanname zijn nog niet onderzocht.</p>"
        ),
        "preconditions": (
            "<ul><li>Samenwerking met het werkgeversservicepunt.</li>"
            "<li>Werkgevers die hun eigen teksten willen laten bekijken.</li></ul>"
        ),
        "approach": [
            "<p>Het werkgeversservicepunt nodigt werkgevers uit voor een workshop. Zij nemen hun eigen "
            "vacatureteksten mee.</p>",
            "<p>Deelnemers herschrijven hun teksten en oefenen met het beoordelen van cv's.</p>",
            "<p>Na zes maanden kijkt het servicepunt samen met de werkgever naar de sollicitanten.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["leeftijd", "arbeidsduur-contract"],
        "domains": ["arbeidsmarkt"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["werkgever"],
        "mechanisms": ["counter-stereotypen"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2024-12-09",
        "backfire": False,
        "cost": "laag",
        "duration": "Eén workshop van een dagdeel en een terugkomgesprek",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Servicepunt Werk Regio Voorbeeld (voorbeeld)",
        "contact_name": "Gerard Koster",
        "contact_email": "g.koster@example.org",
        "website": "https://example.org/leeftijdsbewust-werven",
        "tags": ["leeftijd", "vacature", "werving"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "deels",
        },
        "sources": [],
        "related": ["demo-002", "demo-003"],
        "last_reviewed": "2026-06-23",
    },
    {
        "external_id": "demo-021",
        "title": "Eenmalige confronterende bewustwordingsworkshop",
        "summary": (
            "In een workshop van één middag worden deelnemers ingedeeld in groepen en ongelijk "
            "behandeld, zodat ze voelen hoe discriminatie is. Daarna volgt een korte nabespreking. De "
            "workshop wordt vaak ingezet bij ambtenaren en op scholen. Let op: deze vorm kan averechts "
            "werken. Lees de uitleg over het risico."
        ),
        "goal": (
            "<p>Deelnemers worden zich bewust van hun eigen vooroordelen en van hoe het voelt om "
            "buitengesloten te worden.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> medewerkers van de gemeente, leerlingen en "
            "studenten.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> leidinggevenden en docenten die de workshop "
            "inkopen.</p>"
        ),
        "mechanism_text": (
            "<p>De workshop leunt op <strong>confronteren</strong>: deelnemers worden met hun eigen "
            "gedrag of voordelen geconfronteerd. Dat kan werken, maar alleen als mensen zich daarna "
            "niet aangevallen voelen en tijd krijgen om het te verwerken.</p>"
        ),
        "rationale": (
            "<p>De gedachte is dat een sterke ervaring mensen wakker schudt. In de praktijk is één "
            "middag te kort om die ervaring goed te verwerken.</p>"
        ),
        "research": (
            "<p>De workshop is goed beschreven. Fictieve evaluaties laten gemengde uitkomsten zien. Een "
            "deel van de deelnemers werd bewuster. Een ander deel reageerde juist met weerstand.</p>"
        ),
        "preconditions": (
            "<ul><li>Zeer ervaren trainers.</li>"
            "<li>Vrijwillige deelname.</li>"
            "<li>Een vervolg in de weken erna.</li></ul>"
        ),
        "approach": [
            "<p>Deelnemers worden bij binnenkomst op een willekeurig kenmerk in groepen verdeeld. Eén "
            "groep krijgt voordelen, de andere groep niet.</p>",
            "<p>Na een uur stopt de oefening. In de nabespreking vertellen deelnemers wat ze voelden.</p>",
        ],
        "backfire_explanation": (
            "<p><strong>Wat kan er misgaan?</strong> Deelnemers voelen zich aangevallen of beschuldigd. "
            "Ze gaan zich verdedigen en zoeken redenen waarom het probleem niet over hen gaat. Na afloop "
            "kan de weerstand tegen het onderwerp groter zijn dan ervoor. Deelnemers die zelf "
            "discriminatie meemaken, kunnen oude pijn opnieuw beleven, zonder nazorg.</p>"
            "<p><strong>Wat kunt u beter doen?</strong></p>"
            "<ul><li>Kies voor een traject van meerdere bijeenkomsten met ruimte voor reflectie.</li>"
            "<li>Laat deelnemers zelf ontdekken, bijvoorbeeld met een casus uit hun eigen werk, in "
            "plaats van hen te overvallen.</li>"
            "<li>Koppel bewustwording aan concreet gedrag: wat doet u morgen anders?</li>"
            "<li>Zorg voor nazorg en een vervolg.</li></ul>"
        ),
        "grounds": ["herkomst"],
        "domains": ["onderwijs", "arbeidsmarkt"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["gemeenteambtenaar", "school"],
        "mechanisms": ["confronteren-en-bewustwording", "inleven-en-empathie"],
        "evidence": "goed-beschreven",
        "assessed_on": "2023-08-14",
        "backfire": True,
        "cost": "midden",
        "duration": "Eén middag van vier uur",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Trainingsbureau Spiegelbeeld (voorbeeld)",
        "contact_name": "Tom Verhoeven",
        "contact_email": "t.verhoeven@example.org",
        "website": "https://example.org/bewustwordingsworkshop",
        "tags": ["workshop", "bewustwording", "training"],
        "checklist": {
            "probleem": "deels",
            "doelen": "deels",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "nee",
            "mechanisme": "deels",
            "evaluatie": "nee",
        },
        "sources": [
            {
                "title": "Weerstand na bewustwordingstrainingen: een overzicht (voorbeeldbron)",
                "author": "Werkgroep Wat Werkt (fictief)",
                "year": 2022,
                "url": "https://example.org/bronnen/weerstand-na-training",
                "source_type": "literatuur",
            },
        ],
        "related": ["demo-024", "demo-034"],
        "last_reviewed": "2026-02-02",
    },
    {
        "external_id": "demo-022",
        "title": "Campagne ‘Wij zien geen kleur’",
        "summary": (
            "Een gemeentelijke campagne met posters en filmpjes benadrukt dat alle inwoners gelijk zijn "
            "en dat huidskleur of herkomst er niet toe doet. De boodschap is positief bedoeld. Toch kan "
            "zo'n kleurenblinde boodschap averechts werken. Ervaringen met discriminatie raken erdoor "
            "uit beeld."
        ),
        "goal": ("<p>Inwoners laten weten dat de gemeente iedereen gelijk wil behandelen.</p>"),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> alle inwoners.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> communicatieadviseurs van de gemeente.</p>"
        ),
        "mechanism_text": (
            "<p>De campagne wil de <strong>sociale norm</strong> van gelijkheid versterken. Maar de norm "
            "wordt gebracht als ‘verschil bestaat niet’. Daardoor sluit de boodschap niet aan bij wat "
            "veel inwoners meemaken.</p>"
        ),
        "rationale": (
            "<p>De gedachte is dat je vooroordelen verkleint door niet over verschillen te praten. "
            "Kennis over wat werkt wijst eerder de andere kant op.</p>"
        ),
        "research": (
            "<p>Deze campagne is niet beoordeeld. Er is geen onderzoek naar deze specifieke campagne. "
            "Algemene kennis over kleurenblinde boodschappen wijst op risico's.</p>"
        ),
        "preconditions": (
            "<ul><li>Test de boodschap vooraf met inwoners die discriminatie meemaken.</li></ul>"
        ),
        "approach": [
            "<p>De afdeling communicatie maakt posters en korte filmpjes met de slogan. Die worden "
            "verspreid in bushokjes en op sociale media.</p>",
            "<p>De campagne loopt zes weken. Er is geen vervolg en geen meting.</p>",
        ],
        "backfire_explanation": (
            "<p><strong>Wat kan er misgaan?</strong> Een boodschap dat ‘kleur niet bestaat’ ontkent de "
            "ervaringen van mensen die wel om hun huidskleur worden uitgesloten. Zij voelen zich niet "
            "gezien. Mensen die discrimineren horen juist dat er geen probleem is. Ook wordt het "
            "moeilijker om ongelijkheid te benoemen en te meten.</p>"
            "<p><strong>Wat kunt u beter doen?</strong></p>"
            "<ul><li>Erken dat verschillen er zijn en dat discriminatie voorkomt.</li>"
            "<li>Laat zien dat de meeste inwoners discriminatie afkeuren en wat zij doen als ze het zien.</li>"
            "<li>Maak de boodschap samen met inwoners die discriminatie meemaken.</li>"
            "<li>Koppel de campagne aan een concrete actie, zoals melden bij de ADV.</li></ul>"
        ),
        "grounds": ["herkomst", "anti-zwart-racisme"],
        "domains": ["openbare-ruimte", "online-en-media"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["inwoners", "gemeenteambtenaar"],
        "mechanisms": ["sociale-norm"],
        "evidence": "niet-beoordeeld",
        "assessed_on": None,
        "backfire": True,
        "cost": "midden",
        "duration": "Campagne van zes weken",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Reclamebureau Eenheid (voorbeeld)",
        "contact_name": "Linda Groen",
        "contact_email": "l.groen@example.org",
        "website": "https://example.org/campagne-geen-kleur",
        "tags": ["campagne", "kleurenblind", "communicatie"],
        "checklist": {
            "probleem": "nee",
            "doelen": "deels",
            "doelgroep": "nee",
            "middelen": "ja",
            "kennis": "nee",
            "mechanisme": "nee",
            "evaluatie": "nee",
        },
        "sources": [],
        "related": ["demo-035", "demo-007"],
        "last_reviewed": "2025-06-02",
    },
    {
        "external_id": "demo-023",
        "title": "Schokcampagne met beelden van extreem racisme",
        "summary": (
            "De campagne toont harde beelden en teksten van racistisch en antisemitisch geweld. Zo wil "
            "de gemeente inwoners laten schrikken. Maar de gemiddelde kijker herkent zichzelf niet in zulke "
            "extreme daders. Die denkt dan: dit gaat niet over mij. Alledaagse discriminatie blijft zo "
            "buiten beeld."
        ),
        "goal": ("<p>Inwoners laten zien hoe ernstig racisme en antisemitisme zijn.</p>"),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> alle inwoners, vooral jongeren.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> communicatieadviseurs en scholen die het "
            "materiaal gebruiken.</p>"
        ),
        "mechanism_text": (
            "<p>De campagne rekent op <strong>confronteren</strong> en schrik. Zij probeert ook "
            "<strong>inleven</strong> op te roepen met slachtoffers. Door de extreme voorbeelden voelt "
            "het publiek zich echter niet aangesproken.</p>"
        ),
        "rationale": (
            "<p>De gedachte is dat schokkende beelden blijven hangen en mensen tot nadenken zetten. Dat "
            "gebeurt wel, maar vaak niet op de manier die de makers willen.</p>"
        ),
        "research": (
            "<p>De campagne is goed beschreven. Een fictieve meting liet zien dat veel kijkers de "
            "campagne onthielden. Hun houding veranderde niet. Een deel vond het ‘overdreven’.</p>"
        ),
        "preconditions": (
            "<ul><li>Toets vooraf of de beelden slachtoffers niet opnieuw kwetsen.</li></ul>"
        ),
        "approach": [
            "<p>Een bureau maakt posters en video's met extreme voorbeelden van haat.</p>",
            "<p>De beelden worden online en in de openbare ruimte verspreid, soms ook in de klas.</p>",
        ],
        "backfire_explanation": (
            "<p><strong>Wat kan er misgaan?</strong> Extreme voorbeelden maken de afstand tot de kijker "
            "groot. Mensen denken: zo ben ik niet, dus ik hoef niets te doen. Kleine, dagelijkse vormen "
            "van uitsluiting lijken daardoor onschuldig. Herhaald tonen van geweld kan bovendien "
            "slachtoffers opnieuw raken en sommige kijkers juist afstompen.</p>"
            "<p><strong>Wat kunt u beter doen?</strong></p>"
            "<ul><li>Laat herkenbare, alledaagse situaties zien, zoals een afwijzing bij een sollicitatie.</li>"
            "<li>Toon wat omstanders kunnen doen en dat veel mensen dat al doen.</li>"
            "<li>Werk met persoonlijke verhalen die inleven mogelijk maken zonder te choqueren.</li></ul>"
        ),
        "grounds": ["herkomst", "antisemitisme"],
        "domains": ["online-en-media", "openbare-ruimte"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["inwoners", "school"],
        "mechanisms": ["confronteren-en-bewustwording", "inleven-en-empathie"],
        "evidence": "goed-beschreven",
        "assessed_on": "2022-11-21",
        "backfire": True,
        "cost": "hoog",
        "duration": "Campagne van vier weken",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Mediabureau Wakker (voorbeeld)",
        "contact_name": "Sander Vos",
        "contact_email": "s.vos@example.org",
        "website": "https://example.org/schokcampagne",
        "tags": ["campagne", "schokeffect", "racisme"],
        "checklist": {
            "probleem": "deels",
            "doelen": "deels",
            "doelgroep": "deels",
            "middelen": "ja",
            "kennis": "nee",
            "mechanisme": "nee",
            "evaluatie": "deels",
        },
        "sources": [
            {
                "title": "Onthouden, maar niet veranderd: meting na een campagne (voorbeeldbron)",
                "author": "Mediabureau Wakker (voorbeeld)",
                "year": 2022,
                "url": "https://example.org/bronnen/meting-campagne",
                "source_type": "evaluatie",
            },
        ],
        "related": ["demo-035", "demo-018"],
        "last_reviewed": "2026-01-15",
    },
    {
        "external_id": "demo-024",
        "title": "Verplichte diversiteitstraining met nadruk op schuld",
        "summary": (
            "Alle medewerkers van een organisatie moeten een diversiteitstraining volgen. De training "
            "legt de nadruk op wat medewerkers fout doen en wat ze moeten laten. Deelnemers weten na "
            "afloop meer over discriminatie. Maar hun houding wordt soms negatiever. De verplichting en "
            "de schuldvraag roepen weerstand op."
        ),
        "goal": (
            "<p>Medewerkers weten wat discriminatie is en behandelen collega's en klanten gelijk.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> klanten en collega's die discriminatie meemaken.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> alle medewerkers en leidinggevenden.</p>"
        ),
        "mechanism_text": (
            "<p>De training gebruikt <strong>confronteren</strong> met regels en fouten. Kennis over "
            "wetten en begrippen neemt toe. Maar mensen die zich gedwongen en beschuldigd voelen, "
            "verzetten zich tegen de boodschap.</p>"
        ),
        "rationale": (
            "<p>De organisatie wil iedereen bereiken en kiest daarom voor een verplichting. Zij gaat "
            "ervan uit dat kennis vanzelf tot ander gedrag leidt.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn twee effectstudies gedaan. Beide vonden meer kennis direct "
            "na de training. Eén studie vond ook meer weerstand en minder steun voor "
            "diversiteitsbeleid na zes maanden.</p>"
        ),
        "preconditions": (
            "<ul><li>Een leiding die zelf meedoet en het gesprek voorleeft.</li></ul>"
        ),
        "approach": [
            "<p>HR plant voor alle medewerkers een verplichte training van een dag. Aanwezigheid wordt "
            "gecontroleerd.</p>",
            "<p>De trainer behandelt wetten, begrippen en voorbeelden van fout gedrag. Er is weinig "
            "ruimte voor eigen vragen.</p>",
        ],
        "backfire_explanation": (
            "<p><strong>Wat kan er misgaan?</strong> Als medewerkers zich gedwongen voelen en de training "
            "klinkt als een beschuldiging, gaan ze in de verdediging. Ze vinden het onderwerp dan "
            "vervelend en houden meer afstand. De kennis neemt wel toe, maar houding en gedrag kunnen "
            "juist verslechteren. Collega's die discriminatie meemaken, merken dat het gesprek "
            "daarna moeilijker wordt.</p>"
            "<p><strong>Wat kunt u beter doen?</strong></p>"
            "<ul><li>Maak deelname vrijwillig of bied keuze uit vormen.</li>"
            "<li>Richt de training op gezamenlijke doelen, zoals goede dienstverlening, niet op schuld.</li>"
            "<li>Combineer training met structurele maatregelen, zoals vaste selectiecriteria.</li>"
            "<li>Laat leidinggevenden het gesprek in hun eigen team voeren.</li></ul>"
        ),
        "grounds": ["herkomst", "geslacht", "seksuele-gerichtheid"],
        "domains": ["arbeidsmarkt"],
        "steps": ["uitvoering"],
        "roles": ["regie"],
        "audiences": ["werkgever", "gemeenteambtenaar", "bestuurder"],
        "mechanisms": ["confronteren-en-bewustwording"],
        "evidence": "effectief-eerste",
        "assessed_on": "2021-06-07",
        "backfire": True,
        "cost": "hoog",
        "duration": "Eén verplichte trainingsdag",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Academie Verplicht Divers (voorbeeld)",
        "contact_name": "Jolanda Schouten",
        "contact_email": "j.schouten@example.org",
        "website": "https://example.org/verplichte-training",
        "tags": ["training", "diversiteit", "verplicht"],
        "checklist": {
            "probleem": "deels",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "nee",
            "mechanisme": "nee",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Kennis omhoog, draagvlak omlaag? Twee metingen (voorbeeldbron)",
                "author": "Instituut voor Organisatiegedrag (fictief)",
                "year": 2020,
                "url": "https://example.org/bronnen/kennis-draagvlak",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-021", "demo-003"],
        "last_reviewed": "2026-03-05",
    },
    {
        "external_id": "demo-025",
        "title": "Competitief voetbaltoernooi tussen wijken",
        "summary": (
            "Teams uit verschillende wijken spelen tegen elkaar in een toernooi. De teams zijn per wijk "
            "samengesteld, dus vaak per groep. Het idee is dat sport mensen verbindt. Maar bij strijd "
            "tussen groepen en ongelijke omstandigheden kan het contact de spanning juist vergroten."
        ),
        "goal": (
            "<p>Jongeren uit verschillende wijken ontmoeten elkaar en krijgen meer begrip voor "
            "elkaar.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> jongeren van 12 tot 18 jaar uit verschillende wijken.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> jongerenwerkers en sportverenigingen.</p>"
        ),
        "mechanism_text": (
            "<p>Het toernooi wil <strong>contact tussen groepen</strong> bevorderen. Maar de voorwaarden "
            "voor goed contact ontbreken: de groepen staan tegenover elkaar in plaats van naast elkaar, "
            "en er is geen gezamenlijk doel.</p>"
        ),
        "rationale": (
            "<p>Sport trekt veel jongeren en is laagdrempelig. De theorie over contact tussen groepen is "
            "goed, maar de vorm van dit toernooi past er niet bij.</p>"
        ),
        "research": (
            "<p>De onderbouwing over contact is goed uitgewerkt. Uit fictieve observaties blijkt dat "
            "incidenten tussen teams vaker voorkwamen bij toernooien met teams per wijk.</p>"
        ),
        "preconditions": (
            "<ul><li>Ervaren scheidsrechters en begeleiders.</li>"
            "<li>Duidelijke gedragsregels.</li></ul>"
        ),
        "approach": [
            "<p>Het jongerenwerk stelt per wijk een team samen. De teams spelen in poules en daarna in "
            "een knock-outfase.</p>",
            "<p>De winnaar krijgt een beker. Na afloop is er een gezamenlijke barbecue.</p>",
        ],
        "backfire_explanation": (
            "<p><strong>Wat kan er misgaan?</strong> Als groepen als tegenstanders tegenover elkaar "
            "staan, wordt het ‘wij tegen zij’-gevoel sterker. Verlies wordt snel uitgelegd als "
            "oneerlijkheid van de andere groep. Als de ene wijk betere velden of trainers heeft, is het "
            "contact ook nog ongelijk. Zo kunnen vooroordelen en spanningen toenemen.</p>"
            "<p><strong>Wat kunt u beter doen?</strong></p>"
            "<ul><li>Stel gemengde teams samen met spelers uit verschillende wijken.</li>"
            "<li>Geef teams een gezamenlijk doel, zoals samen een toernooi organiseren.</li>"
            "<li>Zorg voor gelijke omstandigheden en steun van begeleiders.</li>"
            "<li>Laat jongeren elkaar vaker ontmoeten, niet maar één dag.</li></ul>"
        ),
        "grounds": ["herkomst", "antiziganisme"],
        "domains": ["sport-en-recreatie", "wijk-en-buurt"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["inwoners", "maatschappelijke-organisatie"],
        "mechanisms": ["contact-tussen-groepen"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2020-09-28",
        "backfire": True,
        "cost": "laag",
        "duration": "Eén toernooidag per jaar",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Jongerenwerk De Trap (voorbeeld)",
        "contact_name": "Mohamed Chaouch",
        "contact_email": "m.chaouch@example.org",
        "website": "https://example.org/wijktoernooi",
        "tags": ["sport", "jongeren", "toernooi"],
        "checklist": {
            "probleem": "deels",
            "doelen": "deels",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "deels",
            "mechanisme": "nee",
            "evaluatie": "nee",
        },
        "sources": [],
        "related": ["demo-011", "demo-014"],
        "last_reviewed": "2026-07-21",
    },
    {
        "external_id": "demo-026",
        "title": "Simulatie-oefening ‘Een dag met een beperking’",
        "summary": (
            "Deelnemers zitten een uur in een rolstoel of lopen met een blinddoek door het gemeentehuis. "
            "Zo zouden ze moeten voelen hoe het is om een beperking te hebben. In de praktijk ervaren "
            "ze vooral schrik en onhandigheid. Dat versterkt het beeld dat leven met een beperking "
            "zielig en zwaar is."
        ),
        "goal": (
            "<p>Medewerkers en leerlingen begrijpen beter wat mensen met een beperking meemaken.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> mensen met een beperking.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> ambtenaren, leerlingen en medewerkers van "
            "zorg en welzijn.</p>"
        ),
        "mechanism_text": (
            "<p>De oefening probeert <strong>inleven</strong> op te roepen door de ervaring na te bootsen. "
            "Maar een uur simulatie lijkt niet op het dagelijks leven van iemand die eraan gewend is.</p>"
        ),
        "rationale": (
            "<p>De gedachte is dat zelf ervaren beter werkt dan erover horen. Voor beperkingen geldt dat "
            "minder, omdat de simulatie vooral het begin laat zien, niet het gewone leven.</p>"
        ),
        "research": (
            "<p>Deze oefening is niet beoordeeld. Er is geen onderzoek naar deze vorm in Nederlandse "
            "gemeenten. Ervaringsdeskundigen zijn er vaak kritisch over.</p>"
        ),
        "preconditions": (
            "<ul><li>Betrek ervaringsdeskundigen bij elke oefening over beperkingen.</li></ul>"
        ),
        "approach": [
            "<p>Deelnemers krijgen een rolstoel, blinddoek of koptelefoon en doen een uur lang gewone "
            "taken.</p>",
            "<p>Daarna volgt een korte nabespreking over wat ze moeilijk vonden.</p>",
        ],
        "backfire_explanation": (
            "<p><strong>Wat kan er misgaan?</strong> Deelnemers voelen vooral angst en onmacht. Ze "
            "denken daarna dat mensen met een beperking minder kunnen dan ze echt kunnen. Medelijden "
            "kan toenemen en respect afnemen. Ook blijft de aandacht bij het ‘probleem’ van de persoon, "
            "niet bij de drempels in de omgeving.</p>"
            "<p><strong>Wat kunt u beter doen?</strong></p>"
            "<ul><li>Laat mensen met een beperking zelf vertellen en meedenken, als gelijke partner.</li>"
            "<li>Kijk samen naar drempels in gebouwen en diensten, bijvoorbeeld met een "
            "toegankelijkheidsscan.</li>"
            "<li>Laat zien wat mensen met een beperking allemaal doen en kunnen.</li></ul>"
        ),
        "grounds": ["handicap"],
        "domains": ["onderwijs", "algemene-voorzieningen", "zorg"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen"],
        "audiences": ["gemeenteambtenaar", "school"],
        "mechanisms": ["inleven-en-empathie"],
        "evidence": "niet-beoordeeld",
        "assessed_on": None,
        "backfire": True,
        "cost": "laag",
        "duration": "Eén dagdeel",
        "sizes": ["tot-20000", "20000-50000"],
        "provider": "Belevingscentrum Anders Kijken (voorbeeld)",
        "contact_name": "Anouk Peters",
        "contact_email": "a.peters@example.org",
        "website": "https://example.org/simulatie-beperking",
        "tags": ["beperking", "simulatie", "empathie"],
        "checklist": {
            "probleem": "deels",
            "doelen": "deels",
            "doelgroep": "deels",
            "middelen": "ja",
            "kennis": "nee",
            "mechanisme": "nee",
            "evaluatie": "nee",
        },
        "sources": [],
        "related": ["demo-015"],
        "last_reviewed": "2025-12-19",
    },
    {
        "external_id": "demo-027",
        "title": "Werkmaatjes: nieuwkomers en werknemers samen aan de slag",
        "summary": (
            "Nieuwkomers met een verblijfsvergunning worden gekoppeld aan een werknemer bij een lokaal "
            "bedrijf. Zij trekken een halfjaar samen op. Het maatje helpt met het netwerk, de "
            "werkcultuur en sollicitaties. Ook collega's leren de nieuwkomer kennen. Zo verdwijnen "
            "vooroordelen aan beide kanten."
        ),
        "goal": (
            "<p>Nieuwkomers vinden sneller werk. Werknemers en werkgevers hebben minder vooroordelen over "
            "nieuwkomers.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> nieuwkomers en statushouders die werk zoeken.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> werknemers en werkgevers in de regio.</p>"
        ),
        "mechanism_text": (
            "<p>Maatje en nieuwkomer werken als gelijken aan een gezamenlijk doel. Dat is positief "
            "<strong>contact tussen groepen</strong>. De nieuwkomer past vaak niet in het beeld dat "
            "collega's hadden, wat werkt als <strong>counter-stereotype</strong>.</p>"
        ),
        "rationale": (
            "<p>Werkgevers kennen nieuwkomers vaak alleen uit het nieuws. Persoonlijk contact laat "
            "zien wat iemand kan. Het netwerk van het maatje opent deuren die anders dicht blijven.</p>"
        ),
        "research": (
            "<p>Een fictieve effectstudie vond dat deelnemers vaker werk vonden dan een vergelijkbare "
            "groep. Maatjes werden positiever over nieuwkomers.</p>"
        ),
        "preconditions": (
            "<ul><li>Een coördinator die koppels goed matcht en begeleidt.</li>"
            "<li>Werkgevers die werknemers tijd geven.</li></ul>"
        ),
        "approach": [
            "<p>De coördinator voert een intake met nieuwkomer en maatje en maakt een koppel op basis "
            "van beroep en interesses.</p>",
            "<p>Koppels spreken minstens twee keer per maand af. Er zijn drie groepsbijeenkomsten.</p>",
            "<p>Na zes maanden volgt een afsluiting met een gesprek over de volgende stap.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["nationaliteit", "herkomst"],
        "domains": ["arbeidsmarkt"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["werkgever", "inwoners"],
        "mechanisms": ["contact-tussen-groepen", "counter-stereotypen"],
        "evidence": "effectief-eerste",
        "assessed_on": "2025-08-18",
        "backfire": False,
        "cost": "midden",
        "duration": "Zes maanden per koppel",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Stichting Werkmaatje (voorbeeld)",
        "contact_name": "Eline Dekker",
        "contact_email": "e.dekker@example.org",
        "website": "https://example.org/werkmaatjes",
        "tags": ["nieuwkomers", "maatje", "werk"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Maatjes en werk: vergelijkend onderzoek (voorbeeldbron)",
                "author": "Onderzoekscentrum Integratie Voorbeeld (fictief)",
                "year": 2024,
                "url": "https://example.org/bronnen/maatjes-werk",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-002"],
        "last_reviewed": "2026-08-29",
    },
    {
        "external_id": "demo-028",
        "title": "Roze zorg: LHBTIQ+-vriendelijke ouderenzorg",
        "summary": (
            "Zorgorganisaties werken eraan dat oudere lesbische, homo, bi en trans cliënten zich veilig "
            "voelen. Medewerkers volgen een training met verhalen van oudere LHBTIQ+-personen. De "
            "organisatie bekijkt haar formulieren en activiteiten. Na een toets krijgt de locatie een "
            "zichtbaar keurmerk."
        ),
        "goal": (
            "<p>Oudere LHBTIQ+-cliënten kunnen zichzelf zijn in de zorg en worden niet buitengesloten "
            "door medewerkers of medebewoners.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> oudere LHBTIQ+-personen die thuiszorg krijgen of in een "
            "verpleeghuis wonen.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> zorgmedewerkers, teamleiders en "
            "activiteitenbegeleiders.</p>"
        ),
        "mechanism_text": (
            "<p>Persoonlijke verhalen van oudere LHBTIQ+-personen helpen medewerkers om zich <strong>in "
            "te leven</strong>. Verhalen die ingaan tegen bekende beelden, bijvoorbeeld over trans "
            "ouderen, dagen <strong>stereotypen</strong> uit.</p>"
        ),
        "rationale": (
            "<p>Veel oudere LHBTIQ+-personen hebben hun hele leven moeten verbergen wie ze zijn. In de "
            "zorg zijn ze afhankelijk van anderen. Een open klimaat voorkomt dat ze weer in de kast "
            "gaan.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn drie effectstudies gedaan. Cliënten op locaties met "
            "keurmerk voelden zich vaker veilig. Medewerkers gaven aan beter te weten hoe ze een "
            "gesprek kunnen voeren.</p>"
        ),
        "preconditions": (
            "<ul><li>Steun van de directie en de cliëntenraad.</li>"
            "<li>Tijd voor teamtraining.</li>"
            "<li>Jaarlijkse hertoets voor het keurmerk.</li></ul>"
        ),
        "approach": [
            "<p>De locatie doet een nulmeting met een korte vragenlijst onder medewerkers en "
            "cliënten.</p>",
            "<p>Teams volgen twee trainingsbijeenkomsten. Een oudere LHBTIQ+-vrijwilliger vertelt over "
            "zijn of haar leven.</p>",
            "<p>De locatie past formulieren en activiteiten aan. Een toetser beoordeelt de locatie voor "
            "het keurmerk.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["seksuele-gerichtheid", "genderidentiteit", "leeftijd"],
        "domains": ["zorg"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen", "aanjagen"],
        "audiences": ["maatschappelijke-organisatie"],
        "mechanisms": ["inleven-en-empathie", "counter-stereotypen"],
        "evidence": "effectief-goede",
        "assessed_on": "2022-02-14",
        "backfire": False,
        "cost": "midden",
        "duration": "Traject van negen maanden per locatie",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Stichting Zorg in Kleur (voorbeeld)",
        "contact_name": "Henk Bosman",
        "contact_email": "h.bosman@example.org",
        "website": "https://example.org/roze-zorg",
        "tags": ["ouderenzorg", "lhbtiq+", "keurmerk"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Veilig oud worden: drie studies naar een zorgkeurmerk (voorbeeldbron)",
                "author": "Kennisgroep Zorg en Diversiteit (fictief)",
                "year": 2021,
                "url": "https://example.org/bronnen/veilig-oud-worden",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-014"],
        "last_reviewed": "2026-04-28",
    },
    {
        "external_id": "demo-029",
        "title": "Samen werken aan woonwagenbeleid met woonwagenbewoners",
        "summary": (
            "De gemeente maakt nieuw beleid voor woonwagenstandplaatsen samen met woonwagenbewoners. "
            "Er zijn gesprekken op de locaties en een werkgroep met bewoners, corporatie en gemeente. "
            "Bewoners denken mee over wachtlijsten en nieuwe plaatsen. Zo werkt de gemeente aan "
            "vertrouwen en aan beleid dat recht doet aan de woonwagencultuur."
        ),
        "goal": (
            "<p>Beleid voor standplaatsen dat woonwagenbewoners niet uitsluit, en meer vertrouwen tussen "
            "bewoners en gemeente.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> woonwagenbewoners, Sinti en Roma in de gemeente.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> beleidsmakers wonen, de woningcorporatie en "
            "raadsleden.</p>"
        ),
        "mechanism_text": (
            "<p>In de werkgroep werken bewoners en ambtenaren als gelijken samen aan een gezamenlijk "
            "doel. Dat is <strong>contact tussen groepen</strong> onder goede voorwaarden. Het helpt om "
            "wederzijds wantrouwen te verminderen.</p>"
        ),
        "rationale": (
            "<p>Woonwagenbewoners hebben vaak ervaren dat er over hen werd besloten zonder hen. Beleid dat "
            "samen wordt gemaakt, past beter en wordt beter gedragen.</p>"
        ),
        "research": (
            "<p>De werkwijze is goed beschreven op basis van ervaringen in fictieve gemeenten. Er is geen "
            "effectonderzoek.</p>"
        ),
        "preconditions": (
            "<ul><li>Tijd om vertrouwen op te bouwen, ook buiten kantooruren.</li>"
            "<li>Een vaste contactpersoon bij de gemeente.</li>"
            "<li>Bestuurlijke bereidheid om echt iets te doen met de inbreng.</li></ul>"
        ),
        "approach": [
            "<p>Ambtenaren bezoeken alle woonwagenlocaties en praten met bewoners. Zij vragen wat er "
            "beter moet.</p>",
            "<p>Een werkgroep met bewoners, corporatie en gemeente schrijft samen een concept voor nieuw "
            "beleid.</p>",
            "<p>De raad bespreekt het concept met bewoners erbij. Na een jaar kijkt de werkgroep wat er "
            "is gebeurd.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["antiziganisme", "herkomst"],
        "domains": ["wonen", "wijk-en-buurt"],
        "steps": ["visie-en-draagvlak", "doelen-en-plan"],
        "roles": ["regie"],
        "audiences": ["gemeenteambtenaar", "raadslid", "inwoners"],
        "mechanisms": ["contact-tussen-groepen"],
        "evidence": "goed-beschreven",
        "assessed_on": "2023-04-04",
        "backfire": False,
        "cost": "laag",
        "duration": "Ongeveer een jaar tot nieuw beleid",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Adviesbureau Open Erf (voorbeeld)",
        "contact_name": "Johan Wagenaar",
        "contact_email": "j.wagenaar@example.org",
        "website": "https://example.org/woonwagenbeleid",
        "tags": ["woonwagen", "standplaatsen", "participatie"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "deels",
            "kennis": "deels",
            "mechanisme": "deels",
            "evaluatie": "deels",
        },
        "sources": [],
        "related": ["demo-010"],
        "last_reviewed": "2025-09-30",
    },
    {
        "external_id": "demo-030",
        "title": "Afspraken over respectvol debat en bescherming tegen intimidatie",
        "summary": (
            "Raad, college en inwoners maken afspraken over hoe zij met elkaar praten, ook als zij het "
            "sterk oneens zijn. Niemand wordt uitgesloten of bedreigd om politieke of levensbeschouwelijke "
            "ideeën. De gemeente biedt steun aan raadsleden en inwoners die online worden "
            "geïntimideerd. Er is een vast meldpunt."
        ),
        "goal": (
            "<p>Een open debat in de gemeente, waarin mensen niet worden uitgesloten of bedreigd om hun "
            "politieke of levensbeschouwelijke overtuiging.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> inwoners en volksvertegenwoordigers.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> raadsleden, fractievoorzitters, griffie en "
            "burgemeester.</p>"
        ),
        "mechanism_text": (
            "<p>Openbare afspraken en voorbeeldgedrag van de raad maken de <strong>sociale norm</strong> "
            "zichtbaar. Het mechanisme is aannemelijk, maar nog niet onderzocht.</p>"
        ),
        "rationale": (
            "<p>Intimidatie van mensen om hun politieke mening neemt toe, vooral online. Dat schaadt het "
            "debat en houdt mensen weg uit de politiek. De raad kan zelf het goede voorbeeld geven.</p>"
        ),
        "research": (
            "<p>Deze aanpak is niet beoordeeld. Er zijn geen gegevens over het effect.</p>"
        ),
        "preconditions": (
            "<ul><li>Steun van alle fracties.</li>"
            "<li>Een duidelijke route voor melden en steun.</li></ul>"
        ),
        "approach": [
            "<p>De griffie organiseert een gesprek met alle fracties en een paar inwoners over de "
            "omgangsvormen.</p>",
            "<p>De raad stelt de afspraken vast en maakt ze openbaar. De burgemeester wijst een "
            "aanspreekpunt aan.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["politieke-gezindheid", "levensovertuiging"],
        "domains": ["online-en-media", "openbare-ruimte"],
        "steps": ["visie-en-draagvlak"],
        "roles": ["aanjagen"],
        "audiences": ["raadslid", "bestuurder"],
        "mechanisms": ["sociale-norm"],
        "evidence": "niet-beoordeeld",
        "assessed_on": None,
        "backfire": False,
        "cost": "onbekend",
        "duration": "Twee bijeenkomsten en een raadsbesluit",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Griffiersnetwerk Voorbeeld (voorbeeld)",
        "contact_name": "Marleen van Leeuwen",
        "contact_email": "m.vanleeuwen@example.org",
        "website": "https://example.org/respectvol-debat",
        "tags": ["raad", "intimidatie", "debat"],
        "checklist": {
            "probleem": "deels",
            "doelen": "deels",
            "doelgroep": "ja",
            "middelen": "onbekend",
            "kennis": "nee",
            "mechanisme": "deels",
            "evaluatie": "nee",
        },
        "sources": [],
        "related": ["demo-018"],
        "last_reviewed": "2026-09-25",
    },
    {
        "external_id": "demo-031",
        "title": "Werkgeversgesprekken over zwangerschap en ouderschap",
        "summary": (
            "Veel vrouwen krijgen bij zwangerschap geen nieuw contract of worden gepasseerd voor "
            "promotie. De gemeente organiseert met het werkgeversservicepunt kleine gesprekken met "
            "werkgevers. Een jurist en een ervaringsdeskundige vertellen wat wel en niet mag. Werkgevers "
            "maken een concreet plan voor hun eigen bedrijf."
        ),
        "goal": (
            "<p>Werkgevers kennen de regels en behandelen zwangere werknemers en ouders gelijk.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> zwangere vrouwen, jonge ouders en alleenstaande "
            "ouders.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> werkgevers en leidinggevenden in het mkb.</p>"
        ),
        "mechanism_text": (
            "<p>De ervaringsdeskundige laat zien wat ongelijke behandeling met iemand doet. Dat helpt "
            "werkgevers zich <strong>in te leven</strong>. Het gesprek tussen werkgevers onderling maakt "
            "de <strong>sociale norm</strong> zichtbaar.</p>"
        ),
        "rationale": (
            "<p>Veel werkgevers weten niet precies wat de wet zegt. Sommigen zien ouderschap als risico. "
            "Een gesprek met collega-werkgevers komt beter aan dan een folder.</p>"
        ),
        "research": (
            "<p>De onderbouwing is goed uitgewerkt. Een fictieve pilot met vijftig werkgevers liet meer "
            "kennis zien. Effect op gedrag is nog niet onderzocht.</p>"
        ),
        "preconditions": (
            "<ul><li>Een jurist met kennis van gelijke behandeling.</li>"
            "<li>Een ervaringsdeskundige die haar verhaal wil delen.</li></ul>"
        ),
        "approach": [
            "<p>Het servicepunt nodigt werkgevers uit voor een ontbijtsessie van twee uur, met "
            "maximaal twaalf deelnemers.</p>",
            "<p>Na het verhaal en de uitleg maken werkgevers in tweetallen een kort plan.</p>",
            "<p>Na drie maanden belt het servicepunt om te horen wat er van het plan terecht is "
            "gekomen.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["geslacht", "burgerlijke-staat", "arbeidsduur-contract"],
        "domains": ["arbeidsmarkt"],
        "steps": ["uitvoering"],
        "roles": ["aanjagen", "ondersteunen"],
        "audiences": ["werkgever"],
        "mechanisms": ["inleven-en-empathie", "sociale-norm"],
        "evidence": "goed-onderbouwd",
        "assessed_on": "2025-03-31",
        "backfire": False,
        "cost": "laag",
        "duration": "Ontbijtsessie van twee uur en een belronde na drie maanden",
        "sizes": ["tot-20000", "20000-50000", "50000-100000"],
        "provider": "Ondernemersnetwerk Gelijk Werk (voorbeeld)",
        "contact_name": "Sabine Maas",
        "contact_email": "s.maas@example.org",
        "website": "https://example.org/zwangerschap-werk",
        "tags": ["zwangerschap", "werkgevers", "ouderschap"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "deels",
            "evaluatie": "deels",
        },
        "sources": [],
        "related": ["demo-020", "demo-017"],
        "last_reviewed": "2026-10-14",
    },
    {
        "external_id": "demo-032",
        "title": "Rolmodellen in de klas: beroepen zonder hokjes",
        "summary": (
            "Professionals die niet passen in het bekende beeld van hun beroep komen in de klas. Denk aan "
            "een vrouwelijke lasser, een mannelijke verpleegkundige of een ingenieur in een rolstoel. "
            "Leerlingen doen opdrachten met hen. Zo leren ze dat een beroep niet vastligt door "
            "geslacht, herkomst of beperking."
        ),
        "goal": ("<p>Leerlingen hebben minder vaste beelden over wie welk beroep kan doen.</p>"),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> leerlingen van groep 7 en 8 en de onderbouw van het "
            "voortgezet onderwijs.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> leerkrachten en decanen.</p>"
        ),
        "mechanism_text": (
            "<p>Het programma zet <strong>counter-stereotypen</strong> in: voorbeelden die ingaan tegen "
            "bestaande beelden. Door herhaling en verschillende voorbeelden leren kinderen "
            "<strong>flexibeler te denken</strong> over groepen.</p>"
        ),
        "rationale": (
            "<p>Kinderen nemen vroeg beelden over wie bij welk beroep hoort. Die beelden beïnvloeden "
            "hun eigen keuzes en hun oordeel over anderen. Echte voorbeelden werken beter dan "
            "uitleg.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn vier effectstudies gedaan, waaronder twee met een "
            "controlegroep. De effecten op stereotiepe beelden waren na een jaar nog zichtbaar.</p>"
        ),
        "preconditions": (
            "<ul><li>Een pool van rolmodellen met verschillende achtergronden.</li>"
            "<li>Meerdere bezoeken per schooljaar, niet één keer.</li></ul>"
        ),
        "approach": [
            "<p>De school kiest vier rolmodellen verspreid over het jaar.</p>",
            "<p>Elk rolmodel doet een praktische opdracht met de klas. Leerlingen bereiden vragen "
            "voor.</p>",
            "<p>Aan het eind van het jaar maken leerlingen een poster over een beroep dat hen "
            "verraste.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["geslacht", "herkomst", "handicap"],
        "domains": ["onderwijs", "arbeidsmarkt"],
        "steps": ["uitvoering"],
        "roles": ["ondersteunen"],
        "audiences": ["school"],
        "mechanisms": ["counter-stereotypen"],
        "evidence": "effectief-sterke",
        "assessed_on": "2024-09-10",
        "backfire": False,
        "cost": "laag",
        "duration": "Vier bezoeken van een uur verspreid over een schooljaar",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Stichting Beroep Zonder Hokjes (voorbeeld)",
        "contact_name": "Karin Brouwer",
        "contact_email": "k.brouwer@example.org",
        "website": "https://example.org/rolmodellen",
        "tags": ["rolmodel", "beroepen", "basisschool"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Rolmodellen en stereotiepe beelden bij kinderen (voorbeeldbron)",
                "author": "Pedagogisch Lab Voorbeeld (fictief)",
                "year": 2023,
                "url": "https://example.org/bronnen/rolmodellen-kinderen",
                "source_type": "effectstudie",
            },
            {
                "title": "Overzicht: tegenvoorbeelden in het onderwijs (voorbeeldbron)",
                "author": "Werkgroep Wat Werkt (fictief)",
                "year": 2022,
                "url": "https://example.org/bronnen/tegenvoorbeelden-onderwijs",
                "source_type": "literatuur",
            },
        ],
        "related": ["demo-012", "demo-033"],
        "last_reviewed": "2026-05-06",
    },
    {
        "external_id": "demo-033",
        "title": "Samenwerkend leren in gemengde groepen",
        "summary": (
            "Leerlingen werken in vaste, gemengde groepjes aan opdrachten. Elk groepslid heeft een eigen "
            "stukje kennis dat de anderen nodig hebben. Niemand kan de opdracht alleen afmaken. Zo "
            "hebben leerlingen elkaar echt nodig. Docenten krijgen een korte training in deze werkvorm."
        ),
        "goal": (
            "<p>Betere relaties en minder vooroordelen tussen leerlingen met verschillende "
            "achtergronden in dezelfde klas.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> leerlingen in gemengde klassen in het basis- en "
            "voortgezet onderwijs.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> docenten.</p>"
        ),
        "mechanism_text": (
            "<p>De werkvorm maakt leerlingen van elkaar afhankelijk voor een gezamenlijk doel. Iedereen "
            "heeft een gelijke rol. Daarmee voldoet het <strong>contact tussen groepen</strong> aan de "
            "belangrijkste voorwaarden. Samenwerking vervangt competitie.</p>"
        ),
        "rationale": (
            "<p>Ook in gemengde klassen zitten leerlingen vaak in eigen groepjes. Samenwerken met een "
            "echte taakverdeling doorbreekt dat. Het past bovendien in gewone lessen.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn meerdere studies met controlegroepen gedaan. Leerlingen "
            "kozen vaker klasgenoten met een andere achtergrond als vriend. Ook de leerprestaties "
            "gingen niet achteruit.</p>"
        ),
        "preconditions": (
            "<ul><li>Docenten die getraind zijn in de werkvorm.</li>"
            "<li>Minstens een paar maanden toepassen, meerdere keren per week.</li></ul>"
        ),
        "approach": [
            "<p>Docenten volgen een training van een dag. Zij maken samen opdrachten voor hun eigen "
            "vak.</p>",
            "<p>De klas werkt een periode van tien weken twee keer per week in vaste groepjes.</p>",
            "<p>Een coach bezoekt elke docent twee keer en geeft feedback.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "godsdienst"],
        "domains": ["onderwijs"],
        "steps": ["uitvoering", "doelen-en-plan"],
        "roles": ["ondersteunen"],
        "audiences": ["school"],
        "mechanisms": ["contact-tussen-groepen"],
        "evidence": "effectief-sterke",
        "assessed_on": "2023-11-27",
        "backfire": False,
        "cost": "midden",
        "duration": "Tien weken, twee lessen per week",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Onderwijsbureau Samen Slim (voorbeeld)",
        "contact_name": "Femke van der Heijden",
        "contact_email": "f.vanderheijden@example.org",
        "website": "https://example.org/samenwerkend-leren",
        "tags": ["onderwijs", "samenwerken", "klas"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Afhankelijk van elkaar: studies met controlegroepen (voorbeeldbron)",
                "author": "Onderzoeksgroep Klas en Samenleving (fictief)",
                "year": 2022,
                "url": "https://example.org/bronnen/afhankelijk-van-elkaar",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-011", "demo-032"],
        "last_reviewed": "2026-06-15",
    },
    {
        "external_id": "demo-034",
        "title": "Perspectief nemen voor baliemedewerkers van de gemeente",
        "summary": (
            "Baliemedewerkers en klantmanagers doen korte oefeningen waarin ze zich verplaatsen in "
            "inwoners. Ze lezen echte, anonieme verhalen en schrijven vanuit het perspectief van de "
            "inwoner. Daarna bespreken ze in het team hoe ze hun werk kunnen aanpassen. De "
            "oefeningen komen elke maand terug in het teamoverleg."
        ),
        "goal": (
            "<p>Inwoners met een andere herkomst of nationaliteit worden aan de balie en door "
            "klantmanagers gelijkwaardig en respectvol behandeld.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> inwoners die gebruikmaken van gemeentelijke diensten.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> baliemedewerkers en klantmanagers werk en "
            "inkomen.</p>"
        ),
        "mechanism_text": (
            "<p>Schrijven vanuit het perspectief van een ander is een beproefde vorm van <strong>inleven "
            "en perspectief nemen</strong>. Door korte, herhaalde oefeningen blijft het effect beter "
            "hangen dan bij één training.</p>"
        ),
        "rationale": (
            "<p>In druk werk zien medewerkers een dossier in plaats van een mens. Korte oefeningen "
            "brengen de persoon weer in beeld. Het team bespreekt daarna wat dat betekent voor hun "
            "werk.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn vier effectstudies gedaan, waarvan drie met een "
            "controlegroep. Klanten gaven vaker aan dat ze zich serieus genomen voelden.</p>"
        ),
        "preconditions": (
            "<ul><li>Een teamleider die de oefeningen begeleidt.</li>"
            "<li>Vijftien minuten per teamoverleg.</li></ul>"
        ),
        "approach": [
            "<p>De teamleider volgt een korte instructie. Zij krijgt een set verhalen en "
            "oefeningen.</p>",
            "<p>Elke maand doet het team één oefening van vijftien minuten. Daarna volgt een kort "
            "gesprek over het eigen werk.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "nationaliteit"],
        "domains": ["algemene-voorzieningen"],
        "steps": ["uitvoering"],
        "roles": ["regie"],
        "audiences": ["gemeenteambtenaar"],
        "mechanisms": ["inleven-en-empathie"],
        "evidence": "effectief-sterke",
        "assessed_on": "2022-06-01",
        "backfire": False,
        "cost": "laag",
        "duration": "Vijftien minuten per maand, minstens een jaar",
        "sizes": ["tot-20000", "20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Bureau Andermans Schoenen (voorbeeld)",
        "contact_name": "Wouter Kramer",
        "contact_email": "w.kramer@example.org",
        "website": "https://example.org/perspectief-nemen",
        "tags": ["dienstverlening", "balie", "empathie"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Korte oefeningen in perspectief nemen: vier studies (voorbeeldbron)",
                "author": "Instituut voor Publieke Dienstverlening (fictief)",
                "year": 2021,
                "url": "https://example.org/bronnen/perspectief-nemen",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-019", "demo-021"],
        "last_reviewed": "2025-01-15",
    },
    {
        "external_id": "demo-035",
        "title": "Normcampagne ‘De meeste buren grijpen in’",
        "summary": (
            "De gemeente laat uit eigen onderzoek zien dat de meeste inwoners discriminatie afkeuren en "
            "iets doen als ze het zien. De campagne toont gewone buren die ingrijpen op straat, in de "
            "bus of online. Er is een korte uitleg over wat u kunt doen als omstander. De campagne "
            "verwijst naar de ADV."
        ),
        "goal": ("<p>Meer inwoners grijpen in of bieden steun als zij discriminatie zien.</p>"),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> inwoners als omstander.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> communicatieadviseurs, buurtwerkers en "
            "vervoerders.</p>"
        ),
        "mechanism_text": (
            "<p>Mensen volgen graag wat anderen doen. De campagne maakt zichtbaar dat ingrijpen de "
            "<strong>sociale norm</strong> is. Zij laat het positieve gedrag zien in plaats van het "
            "probleem.</p>"
        ),
        "rationale": (
            "<p>Omstanders denken vaak dat anderen niets doen, en doen dan zelf ook niets. Juiste "
            "informatie over wat de meeste mensen vinden en doen, kan die drempel verlagen.</p>"
        ),
        "research": (
            "<p>In dit fictieve voorbeeld zijn vijf studies gedaan, waarvan drie veldexperimenten. "
            "Inwoners die de campagne zagen, gaven vaker aan te zullen ingrijpen. In een experiment "
            "grepen zij ook vaker echt in.</p>"
        ),
        "preconditions": (
            "<ul><li>Eigen, actuele cijfers over de houding van inwoners.</li>"
            "<li>Herkenbare situaties uit de eigen gemeente.</li>"
            "<li>Een duidelijke verwijzing naar de ADV.</li></ul>"
        ),
        "approach": [
            "<p>De gemeente vraagt in een enquête naar houding en gedrag van inwoners. De uitkomsten "
            "vormen de basis voor de boodschap.</p>",
            "<p>Een bureau maakt posters en korte filmpjes met inwoners. De campagne loopt in de bus, "
            "in buurthuizen en online.</p>",
            "<p>Na de campagne meet de gemeente opnieuw.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "seksuele-gerichtheid", "godsdienst"],
        "domains": ["openbare-ruimte", "wijk-en-buurt"],
        "steps": ["uitvoering", "evalueren"],
        "roles": ["aanjagen"],
        "audiences": ["inwoners", "gemeenteambtenaar"],
        "mechanisms": ["sociale-norm"],
        "evidence": "effectief-sterke",
        "assessed_on": "2026-01-19",
        "backfire": False,
        "cost": "hoog",
        "duration": "Campagne van tien weken met een voor- en nameting",
        "sizes": ["50000-100000", "vanaf-100000"],
        "provider": "Stichting Omstanders Doen Mee (voorbeeld)",
        "contact_name": "Iris Meijer",
        "contact_email": "i.meijer@example.org",
        "website": "https://example.org/meeste-buren",
        "tags": ["campagne", "omstanders", "sociale norm"],
        "checklist": {
            "probleem": "ja",
            "doelen": "ja",
            "doelgroep": "ja",
            "middelen": "ja",
            "kennis": "ja",
            "mechanisme": "ja",
            "evaluatie": "ja",
        },
        "sources": [
            {
                "title": "Omstanders en normen: veldexperimenten in drie steden (voorbeeldbron)",
                "author": "Lab Sociale Normen (fictief)",
                "year": 2025,
                "url": "https://example.org/bronnen/omstanders-normen",
                "source_type": "effectstudie",
            },
        ],
        "related": ["demo-022", "demo-023", "demo-007"],
        "last_reviewed": "2026-11-03",
    },
    {
        "external_id": "demo-036",
        "title": "Lokaal dashboard met discriminatiecijfers",
        "summary": (
            "De gemeente en de ADV maken samen een eenvoudig dashboard. Daarop staan meldingen bij de "
            "ADV en de politie, per grond en per domein, plus de uitkomsten van ervaringsonderzoek. "
            "De raad gebruikt het dashboard om het beleid te volgen. Een toelichting legt uit wat de "
            "cijfers wel en niet zeggen."
        ),
        "goal": (
            "<p>Raad en college kunnen het antidiscriminatiebeleid volgen en bijsturen op basis van "
            "actuele cijfers.</p>"
        ),
        "target_group": (
            "<p><strong>Einddoelgroep:</strong> inwoners, die baat hebben bij beter beleid.</p>"
            "<p><strong>Intermediaire doelgroep:</strong> raadsleden, beleidsmakers en de ADV.</p>"
        ),
        "mechanism_text": (
            "<p>Dit is een hulpmiddel voor monitoring, geen interventie die vooroordelen vermindert.</p>"
        ),
        "rationale": (
            "<p>Zonder cijfers is het lastig om beleid te evalueren. Meldcijfers alleen zijn niet "
            "genoeg: daarom combineert het dashboard meerdere bronnen.</p>"
        ),
        "research": ("<p>Niet beoordeeld. Dit is een monitoringsinstrument.</p>"),
        "preconditions": (
            "<ul><li>Afspraken met de ADV en de politie over het delen van gegevens.</li>"
            "<li>Aandacht voor privacy bij kleine aantallen.</li>"
            "<li>Jaarlijkse actualisatie.</li></ul>"
        ),
        "approach": [
            "<p>Gemeente en ADV kiezen samen welke cijfers op het dashboard komen.</p>",
            "<p>Een analist maakt het dashboard en schrijft een toelichting in eenvoudige taal.</p>",
            "<p>Elk jaar bespreekt de raad het dashboard, samen met de ADV.</p>",
        ],
        "backfire_explanation": "",
        "grounds": ["herkomst", "handicap", "seksuele-gerichtheid", "godsdienst", "leeftijd"],
        "domains": ["veiligheid-en-politie", "algemene-voorzieningen"],
        "steps": ["evalueren", "samenwerken-adv", "verkennen"],
        "roles": ["regie"],
        "audiences": ["raadslid", "gemeenteambtenaar", "adv-medewerker"],
        "mechanisms": [],
        "evidence": "niet-beoordeeld",
        "assessed_on": None,
        "backfire": False,
        "cost": "onbekend",
        "duration": "Opzet in drie maanden; jaarlijkse update",
        "sizes": ["20000-50000", "50000-100000", "vanaf-100000"],
        "provider": "Data Lokaal (voorbeeld)",
        "contact_name": "Jeroen Smits",
        "contact_email": "j.smits@example.org",
        "website": "https://example.org/dashboard",
        "tags": ["monitoring", "cijfers", "raad"],
        "checklist": {
            "probleem": "ja",
            "doelen": "deels",
            "doelgroep": "ja",
            "middelen": "deels",
            "kennis": "onbekend",
            "mechanisme": "nee",
            "evaluatie": "ja",
        },
        "sources": [],
        "related": ["demo-008", "demo-007"],
        "last_reviewed": "2026-02-18",
    },
]
