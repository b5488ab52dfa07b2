"""Demo content: good practices of fictional municipalities, `GOOD_PRACTICES` (data only, no
imports).

Every municipality, person, figure and result in them is invented: realistic examples for
demos, development and tests. Email addresses are on example.org.
"""

GOOD_PRACTICES = [
    {
        "slug": "dijkwerve-meerjarenplan-per-domein",
        "title": "Meerjarenplan per domein met harde afspraken",
        "municipality": "Gemeente Dijkwerve",
        "province": "zuid-holland",
        "size": "vanaf-100000",
        "year": 2023,
        "domains": [
            "arbeidsmarkt",
            "onderwijs",
            "wonen",
            "wijk-en-buurt",
            "horeca-en-uitgaan",
            "veiligheid-en-politie",
            "algemene-voorzieningen",
        ],
        "grounds": [
            "herkomst",
            "moslimdiscriminatie",
            "antisemitisme",
            "seksuele-gerichtheid",
            "handicap",
        ],
        "steps": ["verkennen", "visie-en-draagvlak", "doelen-en-plan"],
        "summary": (
            "Dijkwerve begon met stadsgesprekken en dialoogsessies in alle wijken. Daarna maakte de "
            "gemeente een meerjarenplan voor 2024 tot en met 2027, met zeven domeinen en per domein "
            "concrete doelen. De ADV heeft in elk domein een vaste rol. Het plan is onderdeel van alle "
            "programma's en staat in de begroting."
        ),
        "what_they_did": (
            "<p>In 2023 organiseerde de gemeente twaalf stadsgesprekken en zes dialoogsessies met "
            "zelforganisaties, onder meer met een moskeevereniging, een joodse stichting, een "
            "lhbti-vereniging en de cliëntenraad. De ADV leidde de gesprekken samen met de gemeente.</p>"
            "<p>Op basis daarvan schreef de gemeente een meerjarenplan per domein: arbeidsmarkt, "
            "onderwijs, wonen, wijken, horeca, veiligheid en algemene voorzieningen. Elk domein heeft "
            "een trekker, een budget en doelen met een datum. Voorbeelden:</p>"
            "<ul>"
            "<li>Eind 2027 hebben de gemeente en haar tien grootste partners een diversiteitscode "
            "vastgesteld.</li>"
            "<li>Eind 2027 is inclusie een criterium bij aanbesteding en bij alle subsidieregelingen.</li>"
            "<li>Eind 2026 heeft elke middelbare school een vast programma tegen antisemitisme en "
            "moslimdiscriminatie.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Halverwege 2026 stond de diversiteitscode: zeven van de tien partners hadden getekend. "
            "Inclusie is een criterium bij twee van de vijf subsidieregelingen. Bij aanbesteding lukte "
            "het nog niet: inkopers vonden de eisen lastig te toetsen. De gemeente werkt nu aan een "
            "eenvoudiger set eisen.</p>"
            "<p>Het schoolprogramma liep vertraging op. Twee scholen vonden de gastlessen te zwaar "
            "naast hun eigen lesprogramma. De stadsgesprekken bereikten vooral mensen die al actief "
            "waren; jongeren kwamen nauwelijks.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Doelen met een datum maken de voortgangsrapportage aan de raad veel concreter.</li>"
            "<li>Betrek inkopers vanaf het begin als u inclusie wilt meenemen bij aanbesteding.</li>"
            "<li>Voor jongeren werken gesprekken op school of bij de sportclub beter dan een "
            "stadsgesprek.</li>"
            "<li>Een vaste rol voor de ADV per domein voorkomt dat iedereen op de ADV wacht.</li>"
            "</ul>"
        ),
        "contact_name": "Sanne de Wit",
        "contact_email": "s.dewit@example.org",
        "interventions": ["demo-017", "demo-016", "demo-012"],
        "last_reviewed": "2026-03-12",
    },
    {
        "slug": "vechtmark-programma-gelijke-kansen",
        "title": "Programma per domein met een duidelijke rol voor de ADV",
        "municipality": "Gemeente Vechtmark",
        "province": "overijssel",
        "size": "50000-100000",
        "year": 2024,
        "domains": ["arbeidsmarkt", "wonen", "zorg", "sport-en-recreatie"],
        "grounds": ["herkomst", "seksuele-gerichtheid", "genderidentiteit", "handicap", "leeftijd"],
        "steps": ["samenwerken-adv", "doelen-en-plan", "evalueren"],
        "summary": (
            "Vechtmark maakte een meerjarenplan tegen discriminatie voor vier jaar en verbond het met het "
            "bestaande regenboogbeleid en de inclusieagenda. Per domein staat beschreven waarom de "
            "gemeente iets doet, wat de ambitie is, hoe het gebeurt en wat er concreet komt. De ADV "
            "kreeg een eigen opdracht met extra geld."
        ),
        "what_they_did": (
            "<p>De gemeente bracht drie bestaande plannen samen in één programma: regenboogbeleid, de "
            "inclusieagenda voor mensen met een beperking en een plan voor de arbeidsmarkt. Per domein "
            "koos de gemeente één of twee doelen, bijvoorbeeld:</p>"
            "<ul>"
            "<li>Eind 2027 hebben we een diversiteitscode met de twintig grootste werkgevers, en weegt "
            "inclusie mee bij aanbesteding en subsidies.</li>"
            "<li>Eind 2027 heeft elke sportvereniging met meer dan 200 leden een vertrouwenspersoon "
            "die is getraind in discriminatie en lhbti-acceptatie.</li>"
            "</ul>"
            "<p>De ADV kreeg naast de wettelijke taken drie extra opdrachten: advies bij het programma, "
            "trainingen voor verenigingen en een jaarlijkse rapportage per domein voor de raad.</p>"
        ),
        "results": (
            "<p>Na twee jaar hadden veertien werkgevers de code getekend. Bij sportclubs ging het "
            "sneller dan verwacht: 60 procent van de grote clubs heeft een getrainde "
            "vertrouwenspersoon. De rapportage per domein wordt door de raad goed gebruikt.</p>"
            "<p>Wat niet werkte: de doelen voor zorg waren te vaag geformuleerd. Daardoor was na twee "
            "jaar niet te zeggen of er iets was veranderd. De gemeente heeft die doelen herschreven.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Samenvoegen van losse plannen scheelt overleg en maakt de samenhang zichtbaar.</li>"
            "<li>Geef de ADV extra geld bij extra taken; anders gaat het ten koste van de hulp aan "
            "melders.</li>"
            "<li>Formuleer ook in moeilijke domeinen zoals zorg een doel dat u kunt meten.</li>"
            "</ul>"
        ),
        "contact_name": "Erik Hofstede",
        "contact_email": "e.hofstede@example.org",
        "interventions": ["demo-017", "demo-014", "demo-028"],
        "last_reviewed": "2026-06-04",
    },
    {
        "slug": "polderhaven-praktijktest-huurwoningen",
        "title": "Praktijktest bij verhuurders van vrije huurwoningen",
        "municipality": "Gemeente Polderhaven",
        "province": "flevoland",
        "size": "50000-100000",
        "year": 2022,
        "domains": ["wonen"],
        "grounds": ["herkomst", "nationaliteit"],
        "steps": ["verkennen", "uitvoering", "evalueren"],
        "summary": (
            "In Polderhaven kwamen signalen binnen dat woningzoekenden met een niet-Nederlandse naam "
            "zelden een bezichtiging kregen. De gemeente liet een praktijktest doen bij makelaars en "
            "particuliere verhuurders op de woningmarkt. Na de gesprekken met verhuurders volgde een "
            "jaar later een herhaaltest."
        ),
        "what_they_did": (
            "<p>Een onderzoeksbureau reageerde met fictieve kandidaten op 240 advertenties voor vrije "
            "huurwoningen. De kandidaten waren gelijk in inkomen, werk en gezin; alleen de naam "
            "verschilde. De ADV adviseerde over de opzet en de juridische toets.</p>"
            "<p>De gemeente sprak daarna elk makelaarskantoor apart over de eigen uitkomsten. "
            "Kantoren met grote verschillen kregen een training over eerlijk selecteren aangeboden. "
            "De algemene uitkomsten gingen naar de raad, zonder namen van kantoren.</p>"
        ),
        "results": (
            "<p>In de eerste test kreeg een kandidaat met een Marokkaans klinkende naam in 27 procent "
            "van de gevallen geen reactie, terwijl de andere kandidaat wel werd uitgenodigd. In de "
            "herhaaltest was dat 15 procent. Het verschil werd kleiner, maar bleef bestaan.</p>"
            "<p>Kleine particuliere verhuurders zonder makelaar waren moeilijk te bereiken. Zij "
            "kwamen niet naar de gesprekken en bleven in de herhaaltest het slechtst scoren.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Een rustig gesprek per kantoor werkt beter dan publiceren in de krant.</li>"
            "<li>Leg vooraf vast wat u doet bij duidelijke discriminatie.</li>"
            "<li>Zoek voor particuliere verhuurders een andere ingang, bijvoorbeeld via een "
            "verhuurdersvereniging of de nieuwe regels voor goed verhuurderschap.</li>"
            "</ul>"
        ),
        "contact_name": "Yasmina el Idrissi",
        "contact_email": "y.elidrissi@example.org",
        "interventions": ["demo-001"],
        "last_reviewed": "2026-01-20",
    },
    {
        "slug": "scheldekerke-woningmarkt-arbeidsmigranten",
        "title": "Afspraken met verhuurders over arbeidsmigranten en jongeren",
        "municipality": "Gemeente Scheldekerke",
        "province": "zeeland",
        "size": "20000-50000",
        "year": 2024,
        "domains": ["wonen", "arbeidsmarkt"],
        "grounds": ["nationaliteit", "herkomst", "leeftijd"],
        "steps": ["samenwerken-adv", "uitvoering"],
        "summary": (
            "Op de krappe woningmarkt van Scheldekerke werden arbeidsmigranten en jongeren vaak "
            "geweigerd voor huurwoningen. De gemeente maakte met de woningcorporatie, particuliere "
            "verhuurders, uitzendbureaus en de ADV een convenant over eerlijk verhuren. Er kwam een "
            "vast spreekuur van de ADV in het gemeentehuis."
        ),
        "what_they_did": (
            "<p>De ADV merkte dat meldingen over de woningmarkt vooral kwamen van arbeidsmigranten uit "
            "Midden- en Oost-Europa en van jongeren onder de 25. Samen met de gemeente nodigde de ADV "
            "verhuurders en uitzendbureaus uit voor drie werksessies.</p>"
            "<p>Dat leidde tot een convenant. Verhuurders spreken af dat zij vooraf duidelijke "
            "selectie-eisen publiceren en niet selecteren op nationaliteit of leeftijd. De "
            "woningcorporatie trainde haar medewerkers in eerlijk toewijzen. De ADV houdt elke "
            "dinsdag spreekuur, ook in het Pools en het Roemeens.</p>"
        ),
        "results": (
            "<p>Twintig verhuurders tekenden het convenant, samen goed voor ongeveer de helft van de "
            "particuliere huurwoningen. Het aantal meldingen over wonen steeg van 9 naar 23 per jaar. "
            "De ADV ziet dat vooral als teken dat mensen het spreekuur weten te vinden.</p>"
            "<p>Of verhuurders zich aan het convenant houden, is nog niet gemeten. Een praktijktest "
            "is gepland voor 2026. Twee grote verhuurders wilden niet tekenen.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Een spreekuur in de eigen taal verlaagt de drempel om te melden sterk.</li>"
            "<li>Een convenant zonder controle zegt nog weinig; plan de meting meteen mee.</li>"
            "<li>Uitzendbureaus zijn een belangrijke partner, omdat zij vaak zelf huisvesting regelen.</li>"
            "</ul>"
        ),
        "contact_name": "Pieter Kodde",
        "contact_email": "p.kodde@example.org",
        "interventions": ["demo-006", "demo-001"],
        "last_reviewed": "2026-09-02",
    },
    {
        "slug": "wolderum-verkenning-kleine-gemeente",
        "title": "Een verkenning in een kleine plattelandsgemeente",
        "municipality": "Gemeente Wolderum",
        "province": "groningen",
        "size": "tot-20000",
        "year": 2021,
        "domains": ["wijk-en-buurt", "zorg", "algemene-voorzieningen"],
        "grounds": ["handicap", "leeftijd", "seksuele-gerichtheid", "herkomst"],
        "steps": ["verkennen", "samenwerken-adv"],
        "summary": (
            "Wolderum heeft weinig meldingen van discriminatie. Toch wilde de gemeente weten of "
            "inwoners het meemaken. Met de regionale ADV voerde de gemeente gesprekken met "
            "zelforganisaties en zette een korte enquête uit met vragen per discriminatiegrond. Dat "
            "leverde een ander beeld op dan de meldcijfers."
        ),
        "what_they_did": (
            "<p>De gemeente en de ADV voerden vijftien gesprekken: met de cliëntenraad, een "
            "ouderenvereniging, een groep statushouders, een regionale lhbti-groep en mantelzorgers. "
            "De gesprekken waren in dorpshuizen en bij mensen thuis.</p>"
            "<p>Daarnaast kwam er een enquête in het inwonerspanel. Die vroeg niet alleen óf iemand "
            "discriminatie had meegemaakt, maar ook waar, door wie en om welke reden. Er was een "
            "papieren versie en hulp bij het invullen in de bibliotheek.</p>"
        ),
        "results": (
            "<p>Eén op de acht deelnemers had in het afgelopen jaar discriminatie meegemaakt. Het "
            "ging vooral om handicap en leeftijd, bijvoorbeeld bij de toegang tot voorzieningen en in "
            "de zorg. Slechts enkelen hadden dat gemeld.</p>"
            "<p>Het inwonerspanel bestaat vooral uit oudere, autochtone inwoners. Statushouders en "
            "jongeren deden nauwelijks mee aan de enquête. Hun ervaringen kwamen alleen uit de "
            "gesprekken.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Weinig meldingen betekent niet weinig discriminatie.</li>"
            "<li>Een bestaand inwonerspanel is handig, maar bereikt niet iedereen. Combineer het met "
            "gesprekken.</li>"
            "<li>Een kleine gemeente kan veel leren van de regionale cijfers en kennis van de ADV.</li>"
            "</ul>"
        ),
        "contact_name": "Hilde Bosma",
        "contact_email": "h.bosma@example.org",
        "interventions": ["demo-008"],
        "last_reviewed": "2026-02-16",
    },
    {
        "slug": "marrewald-roze-ouderenzorg",
        "title": "Lhbti-vriendelijke ouderenzorg in de dorpen",
        "municipality": "Gemeente Marrewâld",
        "province": "fryslan",
        "size": "tot-20000",
        "year": 2025,
        "domains": ["zorg"],
        "grounds": ["seksuele-gerichtheid", "genderidentiteit", "leeftijd"],
        "steps": ["visie-en-draagvlak", "uitvoering"],
        "summary": (
            "Oudere lhbti's in Marrewâld vertelden dat zij zich in de thuiszorg en het verpleeghuis "
            "weer gingen verstoppen. De gemeente nam het onderwerp op in haar visie op zorg en "
            "ondersteunde twee zorgaanbieders bij een traject om lhbti-vriendelijk te worden."
        ),
        "what_they_did": (
            "<p>Na een bijeenkomst met een regionale vereniging van oudere lhbti's besloot de gemeente "
            "om seksuele en genderdiversiteit op te nemen in de visie op zorg en welzijn. De raad nam "
            "daarover een motie aan.</p>"
            "<p>Twee zorgaanbieders startten met subsidie van de gemeente een traject. Medewerkers "
            "volgden trainingen, cliënten met een lhbti-achtergrond vertelden hun verhaal, en de "
            "intake werd aangepast zodat mensen zelf kunnen aangeven met wie zij samenleven.</p>"
        ),
        "results": (
            "<p>Beide aanbieders ronden het traject in 2026 af. Medewerkers zeggen dat ze zich zekerder "
            "voelen in gesprekken over relaties en identiteit. Een cliënt vertelde dat zij nu voor het "
            "eerst haar partner openlijk meeneemt naar de dagbesteding.</p>"
            "<p>De thuiszorg deed niet mee: de aanbieder had geen ruimte voor trainingen door "
            "personeelstekort. De gemeente zoekt een lichtere vorm, zoals korte teamgesprekken.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Verhalen van oudere lhbti's zelf overtuigen zorgmedewerkers meer dan cijfers.</li>"
            "<li>Een motie van de raad gaf het onderwerp gewicht bij de zorgaanbieders.</li>"
            "<li>Houd rekening met werkdruk in de zorg en bied ook korte vormen aan.</li>"
            "</ul>"
        ),
        "contact_name": "Durk Hoekstra",
        "contact_email": "d.hoekstra@example.org",
        "interventions": ["demo-028"],
        "last_reviewed": "2026-05-11",
    },
    {
        "slug": "eskerveen-toegankelijkheidsscan",
        "title": "Toegankelijkheidsscan met ervaringsdeskundigen",
        "municipality": "Gemeente Eskerveen",
        "province": "drenthe",
        "size": "20000-50000",
        "year": 2020,
        "domains": ["openbare-ruimte", "algemene-voorzieningen"],
        "grounds": ["handicap", "leeftijd"],
        "steps": ["verkennen", "uitvoering"],
        "summary": (
            "Eskerveen liet het gemeentehuis, de bibliotheek, het zwembad en het centrum doorlichten "
            "door inwoners met een beperking. Zij keken naar drempels, bewegwijzering, websites en de "
            "manier waarop medewerkers met hen omgingen. De gemeente maakte daarna een verbeterplan."
        ),
        "what_they_did": (
            "<p>Tien ervaringsdeskundigen, onder wie mensen in een rolstoel, blinde en slechtziende "
            "inwoners en mensen met een verstandelijke beperking, bezochten samen met een ambtenaar "
            "acht openbare gebouwen en de winkelstraat. Ook testten zij de website en de digitale "
            "formulieren van de gemeente.</p>"
            "<p>Hun bevindingen kwamen in een openbaar rapport met een lijst van verbeterpunten. Per "
            "punt staat wie het oppakt en wanneer.</p>"
        ),
        "results": (
            "<p>Van de 64 verbeterpunten waren er na twee jaar 41 opgelost, zoals een hellingbaan bij "
            "de bibliotheek en formulieren in eenvoudige taal. Baliemedewerkers kregen een korte "
            "training over bejegening.</p>"
            "<p>De winkelstraat bleef een probleem: ondernemers vonden aanpassingen te duur en de "
            "gemeente had geen budget voor een subsidie. Ook zijn nog niet alle digitale formulieren "
            "toegankelijk.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Ervaringsdeskundigen zien dingen die een checklist mist, vooral in de omgang.</li>"
            "<li>Een openbare lijst met trekkers en data helpt om voortgang te houden.</li>"
            "<li>Betrek ondernemers eerder en zoek samen naar geld voor aanpassingen.</li>"
            "</ul>"
        ),
        "contact_name": "Marleen Wubs",
        "contact_email": "m.wubs@example.org",
        "interventions": ["demo-015", "demo-034"],
        "last_reviewed": "2025-03-04",
    },
    {
        "slug": "veluwerade-veilige-sportclubs",
        "title": "Sportclubs werken aan een veilig klimaat voor lhbti's",
        "municipality": "Gemeente Veluwerade",
        "province": "gelderland",
        "size": "20000-50000",
        "year": 2023,
        "domains": ["sport-en-recreatie"],
        "grounds": ["seksuele-gerichtheid", "genderidentiteit"],
        "steps": ["uitvoering", "evalueren"],
        "summary": (
            "Na homofobe spreekkoren bij een jeugdwedstrijd nam Veluwerade contact op met de "
            "sportverenigingen. Zes clubs deden mee aan een traject om een veilige plek te worden "
            "voor lhbti-sporters. De gemeente koppelde een deel van de sportsubsidie aan het "
            "traject en liet het na twee jaar evalueren."
        ),
        "what_they_did": (
            "<p>De gemeente vroeg de sportbuurtcoaches om de clubs te benaderen. Zes clubs stelden "
            "een gedragscode op, trainden trainers en scheidsrechters en wezen een "
            "vertrouwenspersoon aan. Spelers bedachten zelf hoe ze reageren op kwetsende "
            "spreekkoren.</p>"
            "<p>Clubs die meededen, kregen een extra bedrag uit de sportsubsidie. Na twee jaar "
            "onderzocht een student van de hogeschool wat het had opgeleverd, met een enquête onder "
            "leden en gesprekken met bestuurders.</p>"
        ),
        "results": (
            "<p>Bij vijf van de zes clubs zeiden leden vaker dat zij iets zeggen als een ander een "
            "kwetsende opmerking maakt. Trainers weten beter hoe ze kunnen ingrijpen. Eén club stopte "
            "halverwege omdat het bestuur wisselde.</p>"
            "<p>Het aantal meldingen bij de ADV over sport bleef laag. De evaluatie was klein en had "
            "geen vergelijkingsgroep, dus harde conclusies over effect zijn er niet.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Laat spelers en trainers zelf meedenken; dat werkt beter dan een code van bovenaf.</li>"
            "<li>Een subsidieprikkel helpt om clubs over de streep te trekken.</li>"
            "<li>Leg het traject vast in het beleid van de club, zodat het een bestuurswissel "
            "overleeft.</li>"
            "</ul>"
        ),
        "contact_name": "Ronald Verbeek",
        "contact_email": "r.verbeek@example.org",
        "interventions": ["demo-014"],
        "last_reviewed": "2026-07-08",
    },
    {
        "slug": "stichtwerve-scholen-antisemitisme-moslimdiscriminatie",
        "title": "Scholen samen tegen antisemitisme en moslimdiscriminatie",
        "municipality": "Gemeente Stichtwerve",
        "province": "utrecht",
        "size": "50000-100000",
        "year": 2024,
        "domains": ["onderwijs", "online-en-media"],
        "grounds": ["antisemitisme", "moslimdiscriminatie", "godsdienst"],
        "steps": ["visie-en-draagvlak", "uitvoering"],
        "summary": (
            "Na spanningen op scholen en online rond conflicten in het Midden-Oosten vroegen docenten "
            "in Stichtwerve om hulp. De gemeente bracht scholen, een joodse organisatie, een "
            "moskeekoepel en de ADV samen. Zij maakten afspraken en een lesprogramma dat beide vormen "
            "van discriminatie bespreekt."
        ),
        "what_they_did": (
            "<p>De gemeente organiseerde eerst drie gesprekken met schoolleiders, docenten, leerlingen "
            "en ouders. Daaruit kwam een gezamenlijke verklaring: op school is ruimte voor verschil "
            "van mening, maar niet voor haat tegen joden of moslims.</p>"
            "<p>Daarna kwamen er gastlessen door jonge rolmodellen, zowel joods als moslim, en een "
            "training voor docenten over het begeleiden van moeilijke gesprekken in de klas. De ADV "
            "gaf uitleg over melden, ook van online haat.</p>"
        ),
        "results": (
            "<p>Vijf van de zeven middelbare scholen deden mee. Docenten zeggen dat ze moeilijke "
            "gesprekken minder vaak uit de weg gaan. Leerlingen waardeerden vooral de gastlessen met "
            "rolmodellen van hun eigen leeftijd.</p>"
            "<p>Twee scholen stapten na de eerste les uit, omdat ouders bezwaar maakten. Online "
            "incidenten bleven voorkomen; de scholen hebben daar weinig zicht op.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Behandel antisemitisme en moslimdiscriminatie allebei serieus, zonder ze tegen "
            "elkaar af te zetten.</li>"
            "<li>Betrek ouders vooraf, niet pas als er onrust is.</li>"
            "<li>Docenten hebben meer aan een goede training dan aan een losse gastles.</li>"
            "</ul>"
        ),
        "contact_name": "Noor Haddou",
        "contact_email": "n.haddou@example.org",
        "interventions": ["demo-012", "demo-013", "demo-033"],
        "last_reviewed": "2026-10-05",
    },
    {
        "slug": "duinwijck-eerlijk-deurbeleid",
        "title": "Eerlijk deurbeleid in het uitgaansgebied",
        "municipality": "Gemeente Duinwijck",
        "province": "noord-holland",
        "size": "50000-100000",
        "year": 2019,
        "domains": ["horeca-en-uitgaan", "veiligheid-en-politie"],
        "grounds": ["herkomst", "anti-zwart-racisme"],
        "steps": ["verkennen", "uitvoering"],
        "summary": (
            "Jongeren in Duinwijck klaagden dat zij met een donkere huidskleur vaak niet binnen kwamen "
            "bij clubs aan de boulevard. De gemeente liet mystery guests het deurbeleid testen en "
            "maakte daarna afspraken met de horeca. De afspraken kwamen ook in de vergunning."
        ),
        "what_they_did": (
            "<p>Op twaalf uitgaansavonden probeerden koppels van testbezoekers binnen te komen bij "
            "acht clubs. De koppels waren gelijk gekleed en even oud; alleen hun huidskleur en "
            "herkomst verschilden.</p>"
            "<p>Met de uitkomsten ging de gemeente in gesprek met de horecavereniging. Samen maakten "
            "zij afspraken over zichtbare huisregels, training van portiers en een klachtenregeling. "
            "De burgemeester nam de afspraken op als voorwaarde in de exploitatievergunning.</p>"
        ),
        "results": (
            "<p>Bij de eerste test werden testbezoekers van kleur bij vijf van de acht clubs vaker "
            "geweigerd. Bij een herhaling na anderhalf jaar was dat nog bij twee clubs het geval.</p>"
            "<p>De klachtenregeling werd weinig gebruikt; jongeren wisten er niet van. Het "
            "personeelsverloop bij beveiligingsbedrijven was groot, waardoor getrainde portiers snel "
            "weer weg waren.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Een vergunningsvoorwaarde geeft afspraken meer kracht.</li>"
            "<li>Train portiers steeds opnieuw en maak afspraken met de beveiligingsbedrijven zelf.</li>"
            "<li>Maak een klachtenregeling bekend via de kanalen die jongeren gebruiken.</li>"
            "</ul>"
        ),
        "contact_name": "Jeroen Blom",
        "contact_email": "j.blom@example.org",
        "interventions": ["demo-004", "demo-005"],
        "last_reviewed": "2024-06-18",
    },
    {
        "slug": "dommelbeek-werkgevers-eerlijke-werving",
        "title": "Lokale werkgevers en eerlijke werving voor elke leeftijd",
        "municipality": "Gemeente Dommelbeek",
        "province": "noord-brabant",
        "size": "vanaf-100000",
        "year": 2022,
        "domains": ["arbeidsmarkt"],
        "grounds": ["leeftijd", "herkomst", "handicap"],
        "steps": ["samenwerken-adv", "uitvoering"],
        "summary": (
            "Werkzoekenden boven de 55 en jongeren met een migratieachtergrond kwamen in Dommelbeek "
            "moeilijk aan werk. De gemeente, het werkgeversservicepunt en de ADV startten een aanpak "
            "voor eerlijke werving. De gemeente begon bij zichzelf met anoniem solliciteren."
        ),
        "what_they_did": (
            "<p>De ADV liet zien dat meldingen over werk vooral gingen over leeftijd en herkomst. "
            "Het werkgeversservicepunt ging langs bij zestig mkb-bedrijven met een korte scan van "
            "hun vacatureteksten en selectie.</p>"
            "<p>Werkgevers konden meedoen aan een workshop over leeftijdsbewust werven. De gemeente "
            "voerde zelf anoniem solliciteren in voor alle vacatures tot en met schaal 10, en liet "
            "een uitzendbureau testen met een praktijktest.</p>"
        ),
        "results": (
            "<p>Dertig werkgevers pasten hun vacatureteksten aan, bijvoorbeeld door woorden als "
            "'jong team' te schrappen. Bij de gemeente steeg het aandeel sollicitanten boven de 50 "
            "dat op gesprek kwam.</p>"
            "<p>De workshop trok vooral werkgevers die al positief waren. Werkgevers die "
            "problemen hadden met inclusie, kwamen meestal niet. Het effect van de aanpak op "
            "daadwerkelijke aanstellingen is niet gemeten.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Laat de gemeente als werkgever het goede voorbeeld geven; dat maakt het gesprek met "
            "anderen makkelijker.</li>"
            "<li>Een bezoek aan de werkgever bereikt meer dan een uitnodiging voor een workshop.</li>"
            "<li>Spreek vooraf af hoe u het effect op aanstellingen gaat meten.</li>"
            "</ul>"
        ),
        "contact_name": "Inge van Dongen",
        "contact_email": "i.vandongen@example.org",
        "interventions": ["demo-020", "demo-003", "demo-002"],
        "last_reviewed": "2026-04-22",
    },
    {
        "slug": "maasterveld-boas-etnisch-profileren",
        "title": "Boa's leren werken zonder etnisch profileren",
        "municipality": "Gemeente Maasterveld",
        "province": "limburg",
        "size": "50000-100000",
        "year": 2021,
        "domains": ["veiligheid-en-politie", "openbare-ruimte"],
        "grounds": ["herkomst", "anti-zwart-racisme"],
        "steps": ["uitvoering", "evalueren"],
        "summary": (
            "Jongeren in twee wijken van Maasterveld voelden zich vaak zonder reden aangesproken door "
            "handhavers. De gemeente trainde alle boa's in professioneel controleren en liet "
            "registreren waarom iemand werd aangesproken. Na een jaar volgde een evaluatie met de "
            "jongeren zelf."
        ),
        "what_they_did": (
            "<p>Alle 34 boa's volgden een training van drie dagdelen over vooroordelen, "
            "professioneel handelen en het uitleggen van een controle. Daarna noteerden zij bij elke "
            "staande houding kort de reden.</p>"
            "<p>Jongerenwerkers organiseerden gesprekken tussen boa's en jongeren uit de wijken. Na "
            "een jaar bekeek de gemeente de registraties en sprak zij opnieuw met jongeren.</p>"
        ),
        "results": (
            "<p>Boa's zeggen dat ze bewuster kiezen wie ze aanspreken. De registraties lieten zien "
            "dat het aantal controles zonder duidelijke reden daalde.</p>"
            "<p>De jongeren merkten weinig verschil. Het vertrouwen in handhaving bleef laag. Ook "
            "werd de registratie na een half jaar minder goed ingevuld. De politie deed niet mee, "
            "terwijl jongeren geen verschil maken tussen boa's en agenten.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Een training alleen is niet genoeg; registratie en terugkoppeling houden het levend.</li>"
            "<li>Betrek de politie vanaf het begin.</li>"
            "<li>Vertrouwen herstellen kost jaren en vraagt om steeds terugkerend contact.</li>"
            "</ul>"
        ),
        "contact_name": "Luc Hermans",
        "contact_email": "l.hermans@example.org",
        "interventions": ["demo-019"],
        "last_reviewed": "2024-11-20",
    },
    {
        "slug": "hoogmeer-online-tegenspraak",
        "title": "Vrijwilligers geven tegenspraak bij online haat",
        "municipality": "Gemeente Hoogmeer",
        "province": "noord-holland",
        "size": "vanaf-100000",
        "year": 2025,
        "domains": ["online-en-media"],
        "grounds": ["moslimdiscriminatie", "antisemitisme", "seksuele-gerichtheid"],
        "steps": ["uitvoering", "evalueren"],
        "summary": (
            "Op lokale Facebookgroepen en onder nieuwsberichten in Hoogmeer verschenen veel haatdragende "
            "reacties over moslims, joden en lhbti's. De gemeente trainde vrijwilligers om rustig en "
            "feitelijk te reageren. Ook maakte zij afspraken met beheerders van lokale groepen en "
            "met de lokale omroep."
        ),
        "what_they_did": (
            "<p>Veertig vrijwilligers volgden een training in het geven van tegenspraak: niet in "
            "discussie gaan met de schrijver, maar steun geven aan wie wordt aangevallen en de "
            "meelezers aanspreken. Een coördinator van de bibliotheek begeleidt de groep.</p>"
            "<p>De gemeente sprak met de beheerders van de vijf grootste lokale groepen en met de "
            "lokale omroep over huisregels en het verwijderen van strafbare berichten. De ADV legde "
            "uit hoe je online discriminatie meldt.</p>"
        ),
        "results": (
            "<p>Drie van de vijf groepen hebben nu duidelijke huisregels en een beheerder die "
            "ingrijpt. Volgens een telling van de ADV daalde het aantal haatdragende reacties in die "
            "groepen.</p>"
            "<p>Na een half jaar was de helft van de vrijwilligers gestopt. Zij vonden het werk zwaar "
            "en kregen zelf soms bedreigingen. De gemeente heeft nu vaste nagesprekken en een "
            "kleinere, vaste groep.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Zorg voor goede begeleiding en nazorg van vrijwilligers.</li>"
            "<li>Beheerders van lokale groepen zijn een belangrijke en vaak vergeten partner.</li>"
            "<li>Meet vooraf hoe het online klimaat is, zodat u verschil kunt zien.</li>"
            "</ul>"
        ),
        "contact_name": "Fatma Yilmaz",
        "contact_email": "f.yilmaz@example.org",
        "interventions": ["demo-018", "demo-007"],
        "last_reviewed": "2026-08-14",
    },
    {
        "slug": "brakelo-regionale-adv-afspraken",
        "title": "Kleine gemeente maakt heldere afspraken met de regionale ADV",
        "municipality": "Gemeente Brakelo",
        "province": "gelderland",
        "size": "tot-20000",
        "year": 2024,
        "domains": ["algemene-voorzieningen"],
        "grounds": ["herkomst", "handicap", "leeftijd", "nationaliteit"],
        "steps": ["samenwerken-adv", "doelen-en-plan"],
        "summary": (
            "Brakelo werkte al jaren met de regionale ADV, maar wist niet wat die voor de gemeente "
            "deed. De gemeente maakte nieuwe afspraken over taken, geld, bereikbaarheid en "
            "rapportage. Ook de eigen balie ging aan de slag met eerlijke dienstverlening."
        ),
        "what_they_did": (
            "<p>De beleidsmedewerker ging samen met drie buurgemeenten om tafel met de ADV. Zij "
            "legden de wettelijke taken en vier extra taken vast in een nieuwe subsidiebeschikking. "
            "De gemeente verhoogde de bijdrage, zodat het geld van het Rijk helemaal bij de ADV "
            "terechtkomt.</p>"
            "<p>De ADV houdt nu eens per maand spreekuur in het gemeentehuis en levert elk jaar "
            "cijfers per grond en terrein voor Brakelo. De baliemedewerkers van de gemeente kregen "
            "een training over gelijke behandeling.</p>"
        ),
        "results": (
            "<p>Het spreekuur wordt goed bezocht, vooral door ouderen en mensen met een beperking. "
            "De raad kreeg voor het eerst cijfers over de eigen gemeente.</p>"
            "<p>De cijfers zijn zo klein dat trends nauwelijks te zien zijn. De buurgemeenten "
            "werken daarom aan een gezamenlijke regionale rapportage. Eén buurgemeente wilde de "
            "bijdrage niet verhogen.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Trek samen op met buurgemeenten; dat geeft meer gewicht bij de ADV.</li>"
            "<li>Leg extra taken vast, met het geld dat erbij hoort.</li>"
            "<li>Bij kleine aantallen zegt een verhaal soms meer dan een cijfer.</li>"
            "</ul>"
        ),
        "contact_name": "Gert Jan Lammers",
        "contact_email": "g.lammers@example.org",
        "interventions": ["demo-034", "demo-007"],
        "last_reviewed": "2025-12-09",
    },
    {
        "slug": "veenstervaart-motie-dialoogtafels",
        "title": "Van motie naar dialoogtafels in de wijk",
        "municipality": "Gemeente Veenstervaart",
        "province": "drenthe",
        "size": "tot-20000",
        "year": 2026,
        "domains": ["wijk-en-buurt", "openbare-ruimte"],
        "grounds": ["moslimdiscriminatie", "godsdienst", "herkomst"],
        "steps": ["visie-en-draagvlak", "verkennen"],
        "summary": (
            "Na bekladding van een moskee in Veenstervaart nam de raad een motie aan voor een "
            "antidiscriminatievisie. De gemeente begon met dialoogtafels in de wijken en gesprekken "
            "met de moskee, kerken en buurtverenigingen. De visie wordt samen met inwoners "
            "geschreven."
        ),
        "what_they_did": (
            "<p>De motie vroeg het college om binnen een jaar met een visie te komen. De griffie "
            "organiseerde eerst een werksessie voor raadsleden met de ADV. Daarna hield de gemeente "
            "zes dialoogtafels in buurthuizen, met een getrainde gespreksleider.</p>"
            "<p>Bij de tafels zaten buren, leden van de moskee en van twee kerken, jongeren en de "
            "wijkagent. Het ging over samenleven, over wat mensen meemaken en over wat zij van de "
            "gemeente verwachten.</p>"
        ),
        "results": (
            "<p>De tafels leverden concrete ideeën op, zoals een gezamenlijke buurtdag en een "
            "duidelijke reactie van de burgemeester bij incidenten. Moslimvrouwen vertelden over "
            "opmerkingen op straat die nooit werden gemeld.</p>"
            "<p>Het lukte niet om mensen te bereiken die kritisch waren over de moskee; zij kwamen "
            "niet. De visie is nog niet af, omdat de gesprekken meer tijd kostten dan gepland.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Een motie geeft ambtenaren een duidelijke opdracht en tijdpad.</li>"
            "<li>Een getrainde gespreksleider is nodig bij gevoelige onderwerpen.</li>"
            "<li>Plan ruim; draagvlak bouwen gaat niet in een paar maanden.</li>"
            "</ul>"
        ),
        "contact_name": "Anouk Mulder",
        "contact_email": "a.mulder@example.org",
        "interventions": ["demo-009", "demo-035"],
        "last_reviewed": "2026-11-02",
    },
    {
        "slug": "oosterlaak-dashboard-en-evaluatie",
        "title": "Evaluatie van vijf jaar beleid met een lokaal dashboard",
        "municipality": "Gemeente Oosterlaak",
        "province": "noord-brabant",
        "size": "vanaf-100000",
        "year": 2025,
        "domains": ["veiligheid-en-politie", "algemene-voorzieningen", "wonen", "arbeidsmarkt"],
        "grounds": ["herkomst", "handicap", "leeftijd", "seksuele-gerichtheid", "godsdienst"],
        "steps": ["evalueren", "doelen-en-plan"],
        "summary": (
            "Oosterlaak liet haar antidiscriminatiebeleid na vijf jaar onafhankelijk evalueren. Ook "
            "kwam er een openbaar dashboard met cijfers van de ADV en de politie, met uitleg. De "
            "uitkomsten vormden de basis voor een nieuw plan met minder, maar scherpere doelen, "
            "ook voor de woningmarkt."
        ),
        "what_they_did": (
            "<p>Een extern bureau onderzocht welke doelen uit het vorige plan waren gehaald. Het "
            "bureau sprak met partners, las de rapportages en herhaalde het ervaringsonderzoek uit "
            "2020.</p>"
            "<p>Samen met de ADV bouwde de gemeente een dashboard met meldingen per grond, terrein "
            "en wijk. Bij elke grafiek staat uitleg over wat de cijfers wel en niet zeggen.</p>"
        ),
        "results": (
            "<p>Van de 22 doelen uit het oude plan waren er 9 gehaald. Veel doelen bleken niet "
            "meetbaar. Het ervaringsonderzoek liet zien dat ervaren discriminatie bij het zoeken naar "
            "huurwoningen en werk niet was gedaald.</p>"
            "<p>Het nieuwe plan heeft acht doelen, elk met een meetmoment. Op de woningmarkt komt er "
            "een praktijktest bij verhuurders. Het dashboard leverde in de raad eerst discussie op "
            "over een stijging van meldingen; de uitleg van de ADV hielp om die goed te duiden.</p>"
        ),
        "lessons": (
            "<ul>"
            "<li>Een eerlijke evaluatie met tegenvallers geeft de raad vertrouwen in het nieuwe plan.</li>"
            "<li>Zet bij cijfers altijd uitleg, zeker in een openbaar dashboard.</li>"
            "<li>Minder doelen, die wel meetbaar zijn, werken beter dan een lange lijst.</li>"
            "</ul>"
        ),
        "contact_name": "Bas Jansen",
        "contact_email": "b.jansen@example.org",
        "interventions": ["demo-036", "demo-008", "demo-001"],
        "last_reviewed": "2026-11-10",
    },
]
