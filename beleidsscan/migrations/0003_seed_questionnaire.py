"""Seed the questionnaire of the beleidsscan: 30 questions, five for each of the six policy
steps, and its frozen version 1.

Historical models do not run `Questionnaire.save()`, which freezes a version, so this
migration writes version 1 itself, in the shape of
`beleidsscan.services.questionnaire.snapshot()` (questions by step number, then sort order;
advice keyed by the answer values "nee", "gedeeltelijk", "weet-niet"). The question data is
kept here, frozen with the migration: editors change the questions in the admin afterwards.
"""

from django.db import migrations

TITLE = "Beleidsscan lokaal antidiscriminatiebeleid"
INTRO = (
    "Deze scan is voor gemeenten die willen weten waar hun antidiscriminatiebeleid staat: "
    "voor beleidsmedewerkers, bestuurders, raadsleden en medewerkers van de "
    "antidiscriminatievoorziening. U beantwoordt in ongeveer 20 minuten 30 vragen over de "
    "zes beleidsstappen en krijgt per stap een score, wat al staat en de volgende acties. "
    "Uw antwoorden worden bewaard met een privélink, zodat u later verder kunt gaan."
)

# step number, key, domain slug (or None), weight, points for "gedeeltelijk", and the texts.
QUESTIONS = [
    # 1. Verken wat er lokaal speelt
    {
        "step": 1,
        "key": "meldcijfers-besproken",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Heeft de gemeente het afgelopen jaar de meldcijfers over discriminatie van de "
            "antidiscriminatievoorziening (ADV) en de politie opgevraagd en besproken?"
        ),
        "why": (
            "De meldcijfers laten zien waarover inwoners klagen, op welke terreinen en om "
            "welke gronden. Ze zijn een eerste, snel beschikbare bron."
        ),
        "in_place": "De meldcijfers van de ADV en de politie zijn bekend en besproken.",
        "action": "Vraag de ADV en de politie om de meldcijfers van uw gemeente en bespreek ze.",
        "advice_no": (
            "Vraag de ADV om de cijfers van de laatste drie jaar. Bespreek ze met de ADV: "
            "wat valt op, en wat zegt het over uw gemeente?"
        ),
        "advice_partly": (
            "Kijk niet alleen naar het totaal. Vraag ook naar de gronden, de terreinen en "
            "hoe de meldingen zijn afgehandeld."
        ),
        "advice_unknown": (
            "Vraag het na bij de beleidsmedewerker die de ADV-subsidie regelt, of bij de ADV "
            "zelf. De ADV maakt elk jaar een overzicht per gemeente."
        ),
    },
    {
        "step": 1,
        "key": "lokaal-beeld",
        "domain": None,
        "weight": 3,
        "partly_points": 50,
        "text": (
            "Heeft de gemeente in de laatste drie jaar onderzocht welke discriminatie inwoners "
            "meemaken, bijvoorbeeld met een enquête met precieze vragen per "
            "discriminatiegrond?"
        ),
        "why": (
            "Veel mensen melden discriminatie niet. Eigen onderzoek laat zien wat meldcijfers "
            "missen."
        ),
        "in_place": "Er is een actueel beeld van de discriminatie die inwoners meemaken.",
        "action": (
            "Laat onderzoeken welke discriminatie inwoners meemaken, met precieze vragen per "
            "grond en per terrein."
        ),
        "advice_no": (
            "Begin klein: voeg in de eerstvolgende inwonersenquête vragen toe over ervaren "
            "discriminatie. Vraag per grond, zoals herkomst, handicap of seksuele gerichtheid."
        ),
        "advice_partly": (
            "Vul het beeld aan waar het dun is, bijvoorbeeld met gesprekken of een "
            "praktijktest op één terrein. Let ook op mensen die om meer dan één reden "
            "worden gediscrimineerd."
        ),
        "advice_unknown": (
            "Vraag de afdeling onderzoek en statistiek of er een enquête of onderzoek is "
            "gedaan. Ook de ADV weet dat vaak."
        ),
    },
    {
        "step": 1,
        "key": "gesprek-betrokken-groepen",
        "domain": None,
        "weight": 3,
        "partly_points": 50,
        "text": (
            "Heeft de gemeente zelf gesproken met groepen die discriminatie meemaken, "
            "bijvoorbeeld via belangenorganisaties en zelforganisaties?"
        ),
        "why": (
            "In gewone inspraakavonden zijn deze groepen vaak niet aanwezig. Gerichte "
            "gesprekken laten horen wat er echt speelt."
        ),
        "in_place": "De gemeente heeft gesproken met groepen die discriminatie meemaken.",
        "action": (
            "Organiseer gesprekken met belangenorganisaties en zelforganisaties over de "
            "discriminatie die hun achterban meemaakt."
        ),
        "advice_no": (
            "Vraag de ADV en het welzijnswerk welke organisaties u kunt uitnodigen. Ga bij hen "
            "op bezoek en luister vooral."
        ),
        "advice_partly": (
            "Kijk welke groepen nog niet aan tafel zaten, bijvoorbeeld mensen met een "
            "handicap, lhbtiq+-personen of jongeren. Nodig ook hen uit."
        ),
        "advice_unknown": (
            "Vraag het na bij collega's van participatie, welzijn of diversiteit. Zij weten "
            "meestal welke gesprekken er zijn geweest."
        ),
    },
    {
        "step": 1,
        "key": "terreinen-in-beeld",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Weet de gemeente op welke terreinen discriminatie in uw gemeente het meest "
            "voorkomt, zoals werk, wonen, onderwijs, uitgaan of de buurt?"
        ),
        "why": (
            "Discriminatie verschilt per terrein. Wie weet waar het speelt, kan daar gericht "
            "iets aan doen."
        ),
        "in_place": "Bekend is op welke terreinen discriminatie het meest voorkomt.",
        "action": (
            "Breng in kaart op welke terreinen discriminatie het meest voorkomt en kies waar u "
            "begint."
        ),
        "advice_no": (
            "Gebruik de meldcijfers per terrein als start. Vul ze aan met wat organisaties en "
            "inwoners vertellen."
        ),
        "advice_partly": (
            "Leg vast welke terreinen het belangrijkst zijn en waarom. Dan kunt u in stap 4 "
            "gericht doelen stellen."
        ),
        "advice_unknown": (
            "De ADV kan de meldingen per terrein voor u op een rij zetten. Vraag er ook naar "
            "bij de wijkteams."
        ),
    },
    {
        "step": 1,
        "key": "onderrapportage",
        "domain": None,
        "weight": 1,
        "partly_points": 50,
        "text": (
            "Houdt de gemeente er rekening mee dat veel mensen discriminatie niet melden, "
            "zodat de meldcijfers maar een deel laten zien?"
        ),
        "why": (
            "Weinig meldingen betekent niet dat er weinig discriminatie is. Vaak weten mensen "
            "niet waar ze kunnen melden, of denken ze dat het niet helpt."
        ),
        "in_place": "De gemeente leest de meldcijfers als een deel van het beeld.",
        "action": (
            "Bespreek met de ADV waarom mensen niet melden en lees de cijfers samen met "
            "andere bronnen."
        ),
        "advice_no": (
            "Trek geen conclusies uit alleen de meldcijfers. Een stijging kan ook betekenen "
            "dat de ADV beter bekend is."
        ),
        "advice_partly": (
            "Zet in beleidsstukken naast de cijfers altijd wat u weet uit gesprekken en onderzoek."
        ),
        "advice_unknown": (
            "Vraag de ADV hoe zij naar onderrapportage kijkt. Zij kan uitleggen wat de cijfers "
            "wel en niet zeggen."
        ),
    },
    # 2. Samenwerken met de ADV
    {
        "step": 2,
        "key": "adv-voorziening",
        "domain": None,
        "weight": 3,
        "partly_points": 30,
        "text": (
            "Kunnen inwoners met een klacht over discriminatie terecht bij een "
            "antidiscriminatievoorziening (ADV), zoals de Wet gemeentelijke "
            "antidiscriminatievoorzieningen (Wga) verplicht?"
        ),
        "why": (
            "Elke gemeente moet volgens de Wga zorgen voor een ADV. Dat is de basis van elk "
            "antidiscriminatiebeleid."
        ),
        "in_place": "Inwoners kunnen met klachten over discriminatie terecht bij een ADV.",
        "action": (
            "Zorg dat uw gemeente aangesloten is bij een ADV die voor uw inwoners bereikbaar is."
        ),
        "advice_no": (
            "Dit is een wettelijke plicht. Neem contact op met de ADV in uw regio of met "
            "buurgemeenten over aansluiten."
        ),
        "advice_partly": (
            "Kijk of de ADV goed bereikbaar is: telefonisch, online en met een spreekuur in of "
            "dicht bij uw gemeente."
        ),
        "advice_unknown": (
            "Vraag de beleidsmedewerker sociaal domein of welzijn. Of kijk op de website van "
            "de ADV in uw regio of uw gemeente erbij staat."
        ),
    },
    {
        "step": 2,
        "key": "adv-wettelijke-taken",
        "domain": None,
        "weight": 3,
        "partly_points": 50,
        "text": (
            "Zijn er schriftelijke afspraken met de ADV over de twee wettelijke taken: "
            "inwoners helpen bij klachten over discriminatie en alle meldingen registreren?"
        ),
        "why": (
            "De Wga noemt twee taken: klachtbehandeling en registratie. Met heldere afspraken "
            "weet iedereen wat de ADV doet en wat u ervan mag verwachten."
        ),
        "in_place": "De afspraken met de ADV over klachtbehandeling en registratie staan op papier.",
        "action": (
            "Leg in een overeenkomst of subsidiebeschikking vast wat de ADV doet voor "
            "klachtbehandeling en registratie."
        ),
        "advice_no": (
            "Maak samen met de ADV een overeenkomst voor meerdere jaren. Spreek ook af hoe de "
            "ADV jaarlijks verslag doet."
        ),
        "advice_partly": (
            "Controleer of beide taken erin staan en of de afspraken nog actueel zijn. Vul aan "
            "wat ontbreekt."
        ),
        "advice_unknown": (
            "Vraag de collega die de subsidie of het contract met de ADV beheert om de afspraken."
        ),
    },
    {
        "step": 2,
        "key": "adv-budget",
        "domain": None,
        "weight": 2,
        "partly_points": 30,
        "text": (
            "Geeft de gemeente de ADV minstens het bedrag per inwoner dat het Rijk hiervoor "
            "via het Gemeentefonds aan de gemeente geeft?"
        ),
        "why": (
            "Het Rijk geeft gemeenten geld per inwoner voor de wettelijke taken van de ADV. Dat "
            "geld komt niet altijd bij de ADV terecht."
        ),
        "in_place": "De ADV krijgt minstens het bedrag per inwoner dat het Rijk ervoor geeft.",
        "action": (
            "Reken uit hoeveel de gemeente per inwoner aan de ADV geeft en vergelijk het met "
            "het bedrag uit het Gemeentefonds."
        ),
        "advice_no": (
            "Bespreek met de wethouder en de ADV wat nodig is. Te weinig geld betekent vaak "
            "lange wachttijden of een slecht bereikbare ADV."
        ),
        "advice_partly": (
            "Maak een plan om het bedrag in een paar jaar te verhogen. Leg in de begroting "
            "vast welk deel naar de ADV gaat."
        ),
        "advice_unknown": (
            "Vraag de afdeling financiën wat de gemeente uit het Gemeentefonds krijgt voor de "
            "Wga, en de ADV wat zij van uw gemeente ontvangt."
        ),
    },
    {
        "step": 2,
        "key": "adv-extra-taken",
        "domain": None,
        "weight": 1,
        "partly_points": 50,
        "text": (
            "Zijn er afspraken met de ADV over taken buiten de wet, zoals voorlichting, "
            "preventie op scholen of advies over het beleid van de gemeente?"
        ),
        "why": (
            "De ADV kent de meldingen en de praktijk. Daardoor kan zij helpen om discriminatie "
            "te voorkomen, niet alleen om klachten te behandelen."
        ),
        "in_place": "De ADV doet ook extra taken, zoals voorlichting, preventie of advies.",
        "action": (
            "Bespreek met de ADV welke extra taken passen bij uw gemeente en leg ze vast, met "
            "het geld dat ervoor nodig is."
        ),
        "advice_no": (
            "Vraag de ADV wat zij aanbiedt. Veel ADV's geven voorlichting op scholen of "
            "trainingen aan professionals."
        ),
        "advice_partly": (
            "Kijk of de extra taken passen bij wat in uw gemeente speelt. Spreek af hoe u ziet "
            "wat ze opleveren."
        ),
        "advice_unknown": "Vraag de ADV welke diensten uw gemeente nu afneemt.",
    },
    {
        "step": 2,
        "key": "adv-overleg",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Praat de gemeente minstens twee keer per jaar met de ADV over de meldingen en wat "
            "die betekenen voor het beleid?"
        ),
        "why": (
            "Regelmatig overleg maakt de ADV een partner van de gemeente. Signalen uit "
            "klachten komen zo sneller in het beleid."
        ),
        "in_place": "De gemeente overlegt geregeld met de ADV over meldingen en beleid.",
        "action": (
            "Plan een vast overleg met de ADV, minstens twee keer per jaar, over signalen en "
            "beleid."
        ),
        "advice_no": (
            "Nodig de ADV uit voor een eerste gesprek. Vraag welke signalen zij ziet en wat de "
            "gemeente daarmee kan doen."
        ),
        "advice_partly": (
            "Maak het overleg vast en spreek af wie erbij zijn. Nodig soms ook collega's van "
            "andere beleidsterreinen uit."
        ),
        "advice_unknown": "Vraag het na bij de ADV: zij weet met wie in uw gemeente zij contact heeft.",
    },
    # 3. Visie en draagvlak
    {
        "step": 3,
        "key": "visie-vastgesteld",
        "domain": None,
        "weight": 3,
        "partly_points": 30,
        "text": (
            "Heeft de gemeenteraad een visie vastgesteld op de aanpak van discriminatie: "
            "waarom de gemeente dit doet en wat zij wil bereiken?"
        ),
        "why": (
            "Een visie van de raad geeft richting en houvast, ook als er een nieuw college "
            "komt. Zonder visie blijft het vaak bij losse acties."
        ),
        "in_place": "De raad heeft een visie op de aanpak van discriminatie vastgesteld.",
        "action": (
            "Schrijf samen met inwoners, organisaties en de ADV een visie op de aanpak van "
            "discriminatie en leg die voor aan de raad."
        ),
        "advice_no": (
            "Begin met een korte notitie: waarom, wat wilt u bereiken, en wie doet mee. "
            "Gebruik wat u in stap 1 hebt geleerd."
        ),
        "advice_partly": (
            "Staat de visie alleen in een ambtelijk stuk of in een breder programma? Laat de "
            "raad hem vaststellen, zodat hij echt gedragen wordt."
        ),
        "advice_unknown": (
            "Zoek in het raadsinformatiesysteem op 'discriminatie' of 'gelijke behandeling'. "
            "Of vraag het de griffie."
        ),
    },
    {
        "step": 3,
        "key": "bestuurlijk-trekker",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Heeft een wethouder of de burgemeester de aanpak van discriminatie duidelijk in "
            "de portefeuille en draagt hij of zij het onderwerp uit?"
        ),
        "why": (
            "Een bestuurder die het onderwerp trekt, zorgt voor aandacht, geld en "
            "samenwerking binnen en buiten het gemeentehuis."
        ),
        "in_place": "Een bestuurder heeft de aanpak van discriminatie in de portefeuille.",
        "action": (
            "Zorg dat de aanpak van discriminatie bij één bestuurder in de portefeuille staat."
        ),
        "advice_no": (
            "Bespreek met het college wie het onderwerp trekt. Leg het vast in de "
            "portefeuilleverdeling."
        ),
        "advice_partly": (
            "Vraag de bestuurder om het onderwerp zichtbaar uit te dragen, bijvoorbeeld bij "
            "een bijeenkomst of in een raadsbrief."
        ),
        "advice_unknown": "Kijk in de portefeuilleverdeling van het college op de website van de gemeente.",
    },
    {
        "step": 3,
        "key": "inwoners-betrokken",
        "domain": None,
        "weight": 3,
        "partly_points": 50,
        "text": (
            "Hebben inwoners, maatschappelijke organisaties en groepen die discriminatie "
            "meemaken meegedacht over de visie en de aanpak?"
        ),
        "why": (
            "Beleid dat samen met betrokkenen is gemaakt, sluit beter aan en krijgt meer "
            "steun. Het voorkomt ook beleid 'voor de vorm'."
        ),
        "in_place": "Inwoners en organisaties hebben meegedacht over de visie en de aanpak.",
        "action": (
            "Betrek inwoners, organisaties en groepen die discriminatie meemaken bij de visie, "
            "bijvoorbeeld met dialoogsessies."
        ),
        "advice_no": (
            "Organiseer een of meer gesprekken in de gemeente. Nodig organisaties uit die u in "
            "stap 1 sprak, en vraag wat zij belangrijk vinden."
        ),
        "advice_partly": (
            "Laat de deelnemers terugzien wat er met hun inbreng is gedaan. Vraag hen ook mee "
            "te doen bij de uitvoering."
        ),
        "advice_unknown": "Vraag het de collega die de visie of het beleidsstuk heeft geschreven.",
    },
    {
        "step": 3,
        "key": "raad-betrokken",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Weet de gemeenteraad wat er in de gemeente speelt rond discriminatie, "
            "bijvoorbeeld door een informatiebijeenkomst of een raadsbrief?"
        ),
        "why": (
            "Raadsleden horen signalen van inwoners, controleren het college en kunnen zelf "
            "voorstellen doen. Daarvoor hebben ze informatie nodig."
        ),
        "in_place": "De raad is op de hoogte van wat er speelt rond discriminatie.",
        "action": (
            "Organiseer een informatiebijeenkomst voor de raad met de ADV en inwoners die "
            "discriminatie meemaken."
        ),
        "advice_no": (
            "Stuur de raad een korte brief met de meldcijfers en wat u weet uit gesprekken. "
            "Bied een bijeenkomst aan met de ADV."
        ),
        "advice_partly": (
            "Maak het een vast moment, bijvoorbeeld als de ADV haar jaarcijfers heeft. Zo "
            "blijft de raad betrokken."
        ),
        "advice_unknown": "Vraag de griffie of de raad hierover is geïnformeerd of erover heeft gesproken.",
    },
    {
        "step": 3,
        "key": "draagvlak-organisatie",
        "domain": None,
        "weight": 1,
        "partly_points": 50,
        "text": (
            "Weten collega's van andere afdelingen dat de aanpak van discriminatie ook hun "
            "werk raakt, en steunen zij die?"
        ),
        "why": (
            "Discriminatie speelt bij werk, wonen, onderwijs en veiligheid. Zonder steun van "
            "die afdelingen blijft de aanpak klein."
        ),
        "in_place": "Ook andere afdelingen zien de aanpak van discriminatie als hun werk.",
        "action": (
            "Bespreek de aanpak in het managementteam en met collega's van werk, wonen, "
            "onderwijs en veiligheid."
        ),
        "advice_no": (
            "Laat in een teamoverleg zien wat discriminatie betekent voor het werk van de "
            "afdeling. Gebruik voorbeelden uit uw eigen gemeente."
        ),
        "advice_partly": (
            "Maak per afdeling een aanspreekpunt. Zo weet u wie u kunt betrekken als er iets "
            "speelt."
        ),
        "advice_unknown": (
            "Vraag een paar collega's van andere afdelingen hoe zij naar het onderwerp kijken."
        ),
    },
    # 4. Doelen, plan en afstemming met andere beleidsvelden
    {
        "step": 4,
        "key": "plan-met-doelen",
        "domain": None,
        "weight": 3,
        "partly_points": 30,
        "text": (
            "Is er een plan tegen discriminatie met doelen die concreet en meetbaar zijn en "
            "een datum hebben (SMART-doelen)?"
        ),
        "why": (
            "Met concrete doelen weet iedereen wat er moet gebeuren. En u kunt later zien of "
            "het gelukt is."
        ),
        "in_place": "Er is een plan tegen discriminatie met SMART-doelen.",
        "action": (
            "Maak een plan met een paar concrete doelen, bijvoorbeeld: 'Eind 2027 weet 60% "
            "van de inwoners waar ze discriminatie kunnen melden.'"
        ),
        "advice_no": (
            "Kies twee of drie doelen die passen bij wat u in stap 1 vond. Schrijf bij elk doel "
            "wat u doet, wie het doet en wanneer het klaar is."
        ),
        "advice_partly": (
            "Maak de doelen meetbaar: wat is er anders, bij wie, en wanneer? Een doel als "
            "'minder discriminatie' is te algemeen."
        ),
        "advice_unknown": "Vraag de beleidsmedewerker diversiteit of sociaal domein naar het plan.",
    },
    {
        "step": 4,
        "key": "budget-en-capaciteit",
        "domain": None,
        "weight": 3,
        "partly_points": 50,
        "text": (
            "Is er voor de aanpak van discriminatie geld in de begroting en tijd van "
            "medewerkers, voor langer dan één jaar?"
        ),
        "why": (
            "Gemeenten noemen een gebrek aan capaciteit als een van de redenen dat er geen "
            "beleid is. Zonder vaste tijd en geld stopt de aanpak snel."
        ),
        "in_place": "Er zijn geld en tijd van medewerkers voor de aanpak, voor meer jaren.",
        "action": (
            "Zet geld voor de aanpak van discriminatie in de begroting en wijs een medewerker "
            "aan met vaste uren."
        ),
        "advice_no": (
            "Kijk welk geld er al is, bijvoorbeeld het Rijksgeld voor preventie van "
            "discriminatie in het Gemeentefonds. Vraag uren voor een vaste trekker."
        ),
        "advice_partly": (
            "Maak het geld structureel, niet alleen voor één project of één jaar. Leg de uren "
            "vast in het jaarplan van de afdeling."
        ),
        "advice_unknown": (
            "Vraag de afdeling financiën of de begrotingscoördinator welk budget er is voor "
            "antidiscriminatie."
        ),
    },
    {
        "step": 4,
        "key": "afstemming-arbeidsmarkt",
        "domain": "arbeidsmarkt",
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Staat de aanpak van discriminatie op de arbeidsmarkt in het beleid voor werk en "
            "economie, bijvoorbeeld in afspraken met werkgevers over eerlijke werving?"
        ),
        "why": (
            "Discriminatie bij werk en stage komt veel voor. De gemeente kan werkgevers en "
            "het werkgeversservicepunt daarop aanspreken."
        ),
        "in_place": "Het beleid voor werk en economie besteedt aandacht aan discriminatie.",
        "action": (
            "Maak met werkgevers en het werkgeversservicepunt afspraken over eerlijke werving "
            "en selectie."
        ),
        "advice_no": (
            "Bespreek met de collega's van werk en economie hoe zij discriminatie kunnen "
            "meenemen, bijvoorbeeld in gesprekken met werkgevers."
        ),
        "advice_partly": (
            "Maak de afspraken concreet, bijvoorbeeld over anoniem solliciteren of gelijke "
            "kansen op stages."
        ),
        "advice_unknown": "Vraag de beleidsmedewerker werk en inkomen of economische zaken.",
    },
    {
        "step": 4,
        "key": "afstemming-onderwijs",
        "domain": "onderwijs",
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Zijn er afspraken met scholen over het voorkomen van discriminatie, bijvoorbeeld "
            "bij stages, in de lessen of in de sfeer op school?"
        ),
        "why": (
            "Jongeren maken discriminatie mee op school en bij stages. Scholen kunnen veel "
            "doen om dat te voorkomen."
        ),
        "in_place": "Er zijn afspraken met scholen over het voorkomen van discriminatie.",
        "action": (
            "Bespreek in het overleg met schoolbesturen hoe scholen discriminatie voorkomen, "
            "ook bij stages."
        ),
        "advice_no": (
            "Zet het onderwerp op de agenda van het overleg met schoolbesturen. Vraag de ADV "
            "wat zij scholen kan bieden."
        ),
        "advice_partly": (
            "Breid de afspraken uit naar stages en het mbo. Spreek af hoe scholen signalen "
            "doorgeven."
        ),
        "advice_unknown": "Vraag de beleidsmedewerker onderwijs of leerplicht.",
    },
    {
        "step": 4,
        "key": "afstemming-wonen",
        "domain": "wonen",
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Zijn er afspraken met woningcorporaties, makelaars of verhuurders over gelijke "
            "behandeling bij het huren en kopen van een woning?"
        ),
        "why": (
            "Op de woningmarkt worden mensen gediscrimineerd, bijvoorbeeld om hun naam of "
            "herkomst. De gemeente heeft hier taken en partners."
        ),
        "in_place": "Er zijn afspraken over gelijke behandeling op de woningmarkt.",
        "action": (
            "Neem gelijke behandeling op in de prestatieafspraken met corporaties en spreek "
            "verhuurders en makelaars erop aan."
        ),
        "advice_no": (
            "Zet discriminatie op de agenda van het overleg met corporaties. Kijk ook wat de "
            "gemeente kan doen met een verhuurvergunning."
        ),
        "advice_partly": (
            "Maak de afspraken controleerbaar, bijvoorbeeld met een praktijktest bij verhuurders."
        ),
        "advice_unknown": "Vraag de beleidsmedewerker wonen naar de prestatieafspraken.",
    },
    # 5. Uitvoering
    {
        "step": 5,
        "key": "melden-bekend",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Weten inwoners waar ze discriminatie kunnen melden? Bijvoorbeeld door informatie "
            "op de website, in de wijk, bij sportclubs en op scholen."
        ),
        "why": (
            "Veel mensen weten niet dat er een ADV is. Wie het niet weet, blijft met de "
            "ervaring zitten."
        ),
        "in_place": "Inwoners weten waar ze discriminatie kunnen melden.",
        "action": (
            "Maak samen met de ADV bekend waar inwoners discriminatie kunnen melden, in "
            "eenvoudige taal en op plekken waar ze komen."
        ),
        "advice_no": (
            "Zet de ADV duidelijk op de website van de gemeente. Vraag wijkteams, huisartsen "
            "en sportclubs om mensen door te verwijzen."
        ),
        "advice_partly": (
            "Richt u ook op groepen die weinig melden. Gebruik eenvoudige taal en plaatjes, "
            "en andere talen waar dat nodig is."
        ),
        "advice_unknown": (
            "Vraag de ADV of het aantal meldingen uit uw gemeente past bij de grootte van uw "
            "gemeente. Weinig meldingen kan betekenen dat de ADV onbekend is."
        ),
    },
    {
        "step": 5,
        "key": "interventies-bewezen",
        "domain": None,
        "weight": 3,
        "partly_points": 50,
        "text": (
            "Kiest de gemeente maatregelen die bewezen werken of veelbelovend zijn, "
            "bijvoorbeeld erkende interventies uit een databank?"
        ),
        "why": (
            "Niet elke aanpak helpt tegen discriminatie. Kennis over wat werkt voorkomt dat "
            "geld en tijd verloren gaan."
        ),
        "in_place": "De maatregelen zijn gekozen op basis van kennis over wat werkt.",
        "action": (
            "Zoek in de interventiedatabank maatregelen die passen bij uw doelen, en kies "
            "bij voorkeur erkende of goed onderbouwde aanpakken."
        ),
        "advice_no": (
            "Bekijk per doel welke interventies erkend zijn. Let op het niveau: goed "
            "beschreven, goed onderbouwd of effectief."
        ),
        "advice_partly": (
            "Vraag bij maatregelen zonder erkenning waarom ze zouden werken. Spreek af hoe u "
            "het effect gaat meten."
        ),
        "advice_unknown": "Vraag de uitvoerders van de maatregelen waarop hun aanpak is gebaseerd.",
    },
    {
        "step": 5,
        "key": "averechts-vermijden",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Let de gemeente erop dat maatregelen niet averechts werken, bijvoorbeeld door "
            "mensen niet bot te confronteren of groepen niet in een hokje te zetten?"
        ),
        "why": (
            "Sommige aanpakken roepen weerstand op of versterken juist vooroordelen. Dat is "
            "erger dan niets doen."
        ),
        "in_place": "Bij de keuze van maatregelen wordt gelet op averechtse effecten.",
        "action": (
            "Toets uw maatregelen aan de kennis over wat werkt en wat averechts werkt, "
            "bijvoorbeeld met een checklist voor interventies."
        ),
        "advice_no": (
            "Leg elke nieuwe maatregel naast een checklist voor antidiscriminatie-"
            "interventies. Vraag hulp van de ADV of een kennisinstituut."
        ),
        "advice_partly": (
            "Vraag deelnemers wat een activiteit met hen deed. Stop of pas aan wat weerstand "
            "oproept."
        ),
        "advice_unknown": (
            "Vraag de uitvoerders hoe zij voorkomen dat hun aanpak averechts werkt. Hebben ze "
            "geen antwoord, kijk dan samen naar wat werkt."
        ),
    },
    {
        "step": 5,
        "key": "gemeente-als-werkgever",
        "domain": "arbeidsmarkt",
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Geeft de gemeente als werkgever zelf het goede voorbeeld, met eerlijke werving en "
            "selectie en een veilige plek om discriminatie op het werk te melden?"
        ),
        "why": (
            "Een gemeente die anderen vraagt om gelijke kansen, moet dat zelf ook doen. Dat "
            "maakt het beleid geloofwaardig."
        ),
        "in_place": "De gemeente geeft als werkgever zelf het goede voorbeeld.",
        "action": (
            "Laat HR de werving en selectie toetsen op gelijke kansen en zorg voor een "
            "vertrouwenspersoon voor medewerkers."
        ),
        "advice_no": (
            "Bespreek met HR wat er al is. Begin met training voor wie sollicitatiegesprekken "
            "voert en een duidelijke meldroute."
        ),
        "advice_partly": (
            "Kijk ook naar doorstroming en de sfeer op de werkvloer, niet alleen naar werving. "
            "Vraag medewerkers naar hun ervaringen."
        ),
        "advice_unknown": "Vraag de afdeling HR of de vertrouwenspersoon van de gemeente.",
    },
    {
        "step": 5,
        "key": "samenwerking-politie",
        "domain": "veiligheid-en-politie",
        "weight": 1,
        "partly_points": 50,
        "text": (
            "Werkt de gemeente samen met politie, Openbaar Ministerie en ADV, bijvoorbeeld in "
            "het Regionaal Discriminatie Overleg?"
        ),
        "why": (
            "Bij discriminatie die strafbaar is, zijn politie en OM nodig. Samen zien de "
            "partners sneller wat er in de wijk speelt."
        ),
        "in_place": "De gemeente werkt samen met politie, OM en ADV.",
        "action": (
            "Neem deel aan het Regionaal Discriminatie Overleg of maak afspraken met de "
            "politie over signalen van discriminatie."
        ),
        "advice_no": (
            "Vraag de politie en de ADV wie er in uw regio deelneemt aan het overleg. Vraag of "
            "de gemeente kan aansluiten."
        ),
        "advice_partly": (
            "Spreek af hoe signalen uit het overleg bij de juiste afdeling van de gemeente komen."
        ),
        "advice_unknown": "Vraag de beleidsmedewerker openbare orde en veiligheid.",
    },
    # 6. Evalueren en monitoren
    {
        "step": 6,
        "key": "monitoring-cijfers",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Volgt de gemeente elk jaar de cijfers die bij de doelen horen, zoals meldingen, "
            "bereik van maatregelen en bekendheid van de ADV?"
        ),
        "why": (
            "Wie elk jaar dezelfde cijfers bekijkt, ziet of er iets verandert. Zo kunt u op "
            "tijd bijsturen."
        ),
        "in_place": "De gemeente volgt elk jaar de cijfers die bij de doelen horen.",
        "action": ("Kies per doel een paar cijfers en bekijk die elk jaar, samen met de ADV."),
        "advice_no": (
            "Begin met de jaarcijfers van de ADV en de politie. Voeg daarna cijfers toe over "
            "wat de maatregelen bereiken."
        ),
        "advice_partly": (
            "Zet de cijfers van meerdere jaren naast elkaar. Let op: meer meldingen kan ook "
            "betekenen dat mensen de ADV beter vinden."
        ),
        "advice_unknown": "Vraag de beleidsmedewerker of de afdeling onderzoek welke cijfers worden gevolgd.",
    },
    {
        "step": 6,
        "key": "monitoring-ervaringen",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Verzamelt de gemeente ook ervaringen van inwoners en partners, bijvoorbeeld met "
            "gesprekken of een enquête, en niet alleen cijfers?"
        ),
        "why": (
            "Cijfers vertellen niet alles. Ervaringen laten zien wat een maatregel betekent "
            "voor de mensen om wie het gaat."
        ),
        "in_place": "De gemeente verzamelt ook ervaringen van inwoners en partners.",
        "action": (
            "Vraag inwoners en partners elk jaar naar hun ervaringen, bijvoorbeeld in een "
            "gesprek of met een korte enquête."
        ),
        "advice_no": (
            "Organiseer één keer per jaar een gesprek met organisaties en inwoners over wat ze "
            "merken van de aanpak."
        ),
        "advice_partly": (
            "Zorg dat ook groepen die discriminatie meemaken aan het woord komen. Schrijf op "
            "wat u hoort en gebruik het."
        ),
        "advice_unknown": "Vraag de collega's die de maatregelen uitvoeren of zij ervaringen verzamelen.",
    },
    {
        "step": 6,
        "key": "evaluatie-gepland",
        "domain": None,
        "weight": 3,
        "partly_points": 30,
        "text": (
            "Is vooraf vastgelegd wanneer en hoe de aanpak wordt geëvalueerd: is gedaan wat "
            "was afgesproken, en heeft het effect?"
        ),
        "why": (
            "Een evaluatie laat zien wat werkt en wat niet. Als die vooraf is gepland, meet u "
            "vanaf het begin de goede dingen."
        ),
        "in_place": "De evaluatie van de aanpak is vooraf gepland.",
        "action": (
            "Leg in het plan vast wanneer u evalueert, wat u meet en wie de evaluatie doet."
        ),
        "advice_no": (
            "Spreek nu af wanneer u evalueert, bijvoorbeeld na twee jaar. Bepaal welke "
            "gegevens u daarvoor nu al moet verzamelen."
        ),
        "advice_partly": (
            "Kijk niet alleen of de maatregelen zijn uitgevoerd, maar ook of ze effect "
            "hebben. Laat zo nodig een onderzoeker meekijken."
        ),
        "advice_unknown": "Kijk in het plan of de visie of er een evaluatie is afgesproken.",
    },
    {
        "step": 6,
        "key": "raad-geinformeerd",
        "domain": None,
        "weight": 2,
        "partly_points": 50,
        "text": (
            "Krijgt de gemeenteraad minstens één keer per jaar een verslag over de aanpak van "
            "discriminatie en de resultaten?"
        ),
        "why": (
            "De raad controleert het college. Een vast verslag houdt het onderwerp op de "
            "agenda en maakt zichtbaar wat het oplevert."
        ),
        "in_place": "De raad krijgt elk jaar een verslag over de aanpak en de resultaten.",
        "action": (
            "Stuur de raad elk jaar een korte brief over de aanpak, de cijfers van de ADV en "
            "wat u bereikt hebt."
        ),
        "advice_no": (
            "Koppel het verslag aan de jaarcijfers van de ADV. Houd het kort: wat hebben we "
            "gedaan, wat zien we, wat gaan we doen."
        ),
        "advice_partly": (
            "Maak van het verslag een vast moment in de planning van de raad. Nodig de ADV uit "
            "om het toe te lichten."
        ),
        "advice_unknown": "Vraag de griffie of de raad de afgelopen jaren zo'n verslag heeft gekregen.",
    },
    {
        "step": 6,
        "key": "leren-van-anderen",
        "domain": None,
        "weight": 1,
        "partly_points": 50,
        "text": (
            "Deelt de gemeente ervaringen met andere gemeenten en leert zij van hen, "
            "bijvoorbeeld in de regio, in een masterclass of via goede voorbeelden?"
        ),
        "why": (
            "Andere gemeenten hebben vaak al gedaan wat u van plan bent. Van hun ervaringen "
            "leert u snel."
        ),
        "in_place": "De gemeente leert van andere gemeenten en deelt eigen ervaringen.",
        "action": (
            "Zoek twee gemeenten van uw grootte met een goede aanpak en vraag hoe zij het "
            "hebben gedaan."
        ),
        "advice_no": (
            "Bekijk goede voorbeelden van gemeenten van dezelfde grootte. Vraag de ADV welke "
            "gemeenten in de regio actief zijn."
        ),
        "advice_partly": (
            "Deel ook uw eigen ervaringen, ook wat niet lukte. Stel voor om in de regio "
            "samen op te trekken."
        ),
        "advice_unknown": "Vraag de ADV of de collega's die regionale overleggen bijwonen.",
    },
]


def seed(apps, schema_editor):
    Questionnaire = apps.get_model("beleidsscan", "Questionnaire")
    ScanQuestion = apps.get_model("beleidsscan", "ScanQuestion")
    QuestionnaireVersion = apps.get_model("beleidsscan", "QuestionnaireVersion")
    PolicyStep = apps.get_model("hub", "PolicyStep")
    Domain = apps.get_model("hub", "Domain")

    if Questionnaire.objects.filter(title=TITLE).exists():
        return
    steps = {step.number: step for step in PolicyStep.objects.all()}
    domains = {domain.slug: domain for domain in Domain.objects.all()}
    questionnaire = Questionnaire.objects.create(title=TITLE, intro=INTRO, is_active=True)
    created = []
    for order, item in enumerate(QUESTIONS):
        created.append(
            ScanQuestion.objects.create(
                questionnaire=questionnaire,
                sort_order=order,
                key=item["key"],
                step=steps[item["step"]],
                text=item["text"],
                why=item["why"],
                weight=item["weight"],
                partly_points=item["partly_points"],
                in_place=item["in_place"],
                action=item["action"],
                advice_no=item["advice_no"],
                advice_partly=item["advice_partly"],
                advice_unknown=item["advice_unknown"],
                domain=domains.get(item["domain"]) if item["domain"] else None,
            )
        )
    # Version 1, exactly as services.questionnaire.snapshot() would freeze it.
    created.sort(key=lambda question: (question.step.number, question.sort_order, question.pk))
    content = {
        "title": questionnaire.title,
        "intro": questionnaire.intro,
        "questions": [
            {
                "key": question.key,
                "step": {
                    "id": question.step_id,
                    "number": question.step.number,
                    "name": question.step.name,
                },
                "text": question.text,
                "why": question.why,
                "weight": question.weight,
                "partly_points": question.partly_points,
                "in_place": question.in_place,
                "action": question.action,
                "advice": {
                    "nee": question.advice_no,
                    "gedeeltelijk": question.advice_partly,
                    "weet-niet": question.advice_unknown,
                },
                "domain_id": question.domain_id,
            }
            for question in created
        ],
    }
    QuestionnaireVersion.objects.create(questionnaire=questionnaire, number=1, content=content)


def unseed(apps, schema_editor):
    Questionnaire = apps.get_model("beleidsscan", "Questionnaire")
    QuestionnaireVersion = apps.get_model("beleidsscan", "QuestionnaireVersion")
    questionnaires = Questionnaire.objects.filter(title=TITLE)
    # Versions are protected: a version that scans still use stops the reversal (PROTECT).
    QuestionnaireVersion.objects.filter(questionnaire__in=questionnaires).delete()
    questionnaires.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("beleidsscan", "0002_toetser_group"),
        ("hub", "0003_seed_taxonomy"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
