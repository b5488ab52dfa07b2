"""Fictieve voorbeeldinhoud voor de handreikingen, praktijkvoorbeelden en zoeksynoniemen.

Alle gemeenten, personen, cijfers en resultaten in de praktijkvoorbeelden zijn verzonnen.
Ze dienen alleen als realistisch voorbeeld voor demo's, ontwikkeling en tests.
E-mailadressen staan op example.org. De handreikingen zijn eigen teksten, gebaseerd op
algemene kennis over lokaal antidiscriminatiebeleid.

Dit bestand bevat alleen data (geen imports):

- ``GUIDES``: twee handreikingen met hoofdstukken.
- ``GOOD_PRACTICES``: praktijkvoorbeelden van fictieve gemeenten.
- ``SYNONYMS``: (term, [alternatieven]) om zoekvragen te verbreden.
"""

GUIDES = [
    {
        "slug": "zes-stappen",
        "title": "Lokaal antidiscriminatiebeleid in zes stappen",
        "intro": (
            "Deze handreiking helpt u stap voor stap bij het maken van lokaal antidiscriminatiebeleid. "
            "U leest hoe u verkent wat er in uw gemeente speelt en hoe u samenwerkt met de "
            "antidiscriminatievoorziening (ADV). Daarna komen visie, doelen, uitvoering en evaluatie aan "
            "bod. Bij elke stap vindt u vragen om te stellen, valkuilen en verwijzingen naar "
            "interventies en praktijkvoorbeelden."
        ),
        "audiences": ["gemeenteambtenaar", "adv-medewerker", "bestuurder"],
        "domains": [],
        "grounds": [],
        "published_on": "2025-02-10",
        "revised_on": "2026-09-15",
        "last_reviewed": "2026-10-01",
        "chapters": [
            {
                "slug": "waarom",
                "title": "Waarom lokaal antidiscriminatiebeleid?",
                "step": None,
                "intro": (
                    "Elke gemeente moet inwoners toegang geven tot een antidiscriminatievoorziening. "
                    "Beleid gaat verder: u voorkomt discriminatie en steunt inwoners die het meemaken. "
                    "Hier leest u waarom dat loont en welke rol de gemeente kan kiezen."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li>Zoek uit of uw gemeente al antidiscriminatiebeleid heeft en wat erin staat.</li>"
                    "<li>Kies welke rol past: <strong>aanjagen</strong>, <strong>ondersteunen en "
                    "faciliteren</strong> of <strong>regie voeren</strong>. Vaak is het een mix.</li>"
                    "<li>Zorg dat één wethouder het onderwerp in portefeuille heeft.</li>"
                    "<li>Maak tijd en geld vrij voor ten minste één vaste beleidsmedewerker.</li>"
                    "<li>Lees de zes stappen in deze handreiking en bepaal waar u nu staat.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Heeft onze gemeente een vastgesteld antidiscriminatiebeleid, en van wanneer is het?",
                    "Welke wettelijke taken voert de ADV voor ons uit, en wat doen we daarnaast zelf?",
                    "Welke rol kiezen we: aanjagen, ondersteunen en faciliteren of regie voeren?",
                    "Wie in het college is verantwoordelijk voor de aanpak van discriminatie?",
                    "Hoe geeft de gemeente als werkgever, opdrachtgever en dienstverlener zelf het goede voorbeeld?",
                ],
                "pitfalls": [
                    "Denken dat de ADV genoeg is en dat eigen beleid daarom niet nodig is.",
                    "Het onderwerp bij één medewerker neerleggen zonder opdracht, tijd of budget.",
                    "Pas in actie komen als er een incident in het nieuws is.",
                ],
                "body": [
                    "<p>Iedere gemeente is wettelijk verplicht om een antidiscriminatievoorziening (ADV) te "
                    "hebben. De ADV helpt inwoners onafhankelijk bij klachten over discriminatie en "
                    "registreert die klachten. Een eigen antidiscriminatiebeleid is niet verplicht. Volgens "
                    "de landelijke monitor van 2022 had ongeveer een derde van de gemeenten zo'n beleid. "
                    "Wel gaven steeds meer andere gemeenten aan dat ze ermee bezig waren.</p>",
                    "<p>Met beleid kiest de gemeente zelf waar zij voor staat. U legt een visie vast, stemt "
                    "beleidsterreinen op elkaar af en spreekt af wie wat doet. U zorgt voor overleg in de "
                    "regio, maakt afspraken met de uitvoerders en wisselt kennis uit met andere gemeenten, "
                    "de provincie en het Rijk. En u laat als organisatie zelf zien hoe het moet.</p>",
                    "<p>De gemeente kan drie rollen spelen. Als <strong>aanjager</strong> zet u onderwerpen "
                    "op de agenda. Met <strong>ondersteunen en faciliteren</strong> helpt u initiatieven van "
                    "anderen met geld, ruimte of kennis. Bij <strong>regie voeren</strong> stuurt u de "
                    "samenwerking en bewaakt u de resultaten.</p>",
                    "<p>De zes stappen in deze handreiking volgen elkaar logisch op, maar in de praktijk "
                    "lopen ze vaak door elkaar. Begin daar waar uw gemeente nu staat. Heeft u al een plan, "
                    "maar weet u niet of het werkt? Ga dan direct naar de stap over evalueren.</p>",
                ],
            },
            {
                "slug": "verkennen",
                "title": "Stap 1: Verken wat er lokaal speelt",
                "step": "verkennen",
                "intro": (
                    "Goed beleid begint bij kennis over uw eigen gemeente. Welke inwoners maken "
                    "discriminatie mee, waar gebeurt het en om welke reden? In deze stap verzamelt u die "
                    "kennis, zo dat u ook groepen bereikt die zelden van zich laten horen."
                ),
                "what_to_do": (
                    "<p><strong>Doen</strong></p>"
                    "<ul>"
                    "<li>Ga in gesprek met <strong>belangenorganisaties en zelforganisaties</strong>, zoals "
                    "een lhbti-vereniging, een moskeebestuur, een joodse gemeente, een cliëntenraad of een "
                    "ouderenbond. Zij horen ervaringen die nooit bij een meldpunt terechtkomen.</li>"
                    "<li>Laat <strong>kwalitatief onderzoek</strong> doen naar ervaringen: interviews en "
                    "groepsgesprekken waarin mensen hun verhaal kunnen vertellen.</li>"
                    "<li>Gebruik <strong>enquêtes met precieze vragen</strong>: wat gebeurde er, waar, door "
                    "wie en om welke discriminatiegrond?</li>"
                    "<li>Zet <strong>praktijktesten</strong> in, bijvoorbeeld bij verhuurders, "
                    "uitzendbureaus of het deurbeleid van clubs. Zo meet u wat mensen doen, niet wat ze "
                    "zeggen.</li>"
                    "<li>Let op <strong>intersectionaliteit</strong>: iemand kan om meer dan één reden "
                    "worden uitgesloten, bijvoorbeeld als oudere vrouw met een hoofddoek of als jonge "
                    "zwarte man met een beperking.</li>"
                    "</ul>"
                    "<p><strong>Niet doen</strong></p>"
                    "<ul>"
                    "<li>Ga niet alleen af op <strong>meldcijfers</strong>. De meeste mensen melden "
                    "discriminatie niet.</li>"
                    "<li>Stel in een bewonersenquête geen <strong>algemene vraag</strong> over "
                    "discriminatie zonder te vragen naar de grond. Dan weet u niet wie het raakt en "
                    "kunt u er weinig mee.</li>"
                    "<li>Haal informatie niet alleen op in <strong>algemene inspraakorganen</strong>. "
                    "Groepen die discriminatie meemaken, zitten daar vaak niet of nauwelijks.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Welke groepen in onze gemeente lopen het meeste risico op discriminatie?",
                    "Op welke terreinen en bij welke gronden horen we signalen, en waar horen we juist niets?",
                    "Welke belangen- en zelforganisaties zijn er in onze gemeente, en hebben we hen al gesproken?",
                    "Wat ziet de ADV in de meldingen uit onze gemeente, en wat blijft volgens de ADV onder de radar?",
                    "Waar kan een praktijktest ons iets leren dat een enquête niet laat zien?",
                    "Hoe houden we rekening met inwoners die om meer dan één reden worden uitgesloten?",
                ],
                "pitfalls": [
                    "Weinig meldingen lezen als weinig discriminatie.",
                    "Eén algemene enquêtevraag over discriminatie stellen, zonder te vragen naar de grond.",
                    "Alleen de vaste adviesraden en inspraakavonden raadplegen, waar gediscrimineerde groepen vaak ontbreken.",
                    "Mensen om hun verhaal vragen en daarna niets meer van u laten horen.",
                ],
                "body": [
                    "<p>Meldcijfers van de ADV en de politie zijn een goed begin, maar ze laten maar een "
                    "klein deel zien. Veel mensen weten niet waar ze kunnen melden, denken dat het niets "
                    "oplevert of zijn gewend geraakt aan uitsluiting. Een stijging van het aantal meldingen "
                    "kan zelfs betekenen dat inwoners de ADV beter weten te vinden. Gebruik de cijfers dus "
                    "als één bron naast andere.</p>",
                    "<p>Combineer daarom verschillende bronnen. Gesprekken met zelforganisaties geven "
                    "verhalen en context. Een enquête met precieze vragen per grond laat zien hoe vaak iets "
                    "voorkomt. Een praktijktest toont wat er werkelijk gebeurt, bijvoorbeeld bij de toegang "
                    "tot huurwoningen of stages. Samen geven deze bronnen een beeld waarop u kunt bouwen.</p>",
                    "<p>Denk bij het uitnodigen na over drempels. Organiseer gesprekken op plekken waar "
                    "mensen al komen, zoals een buurthuis, een gebedshuis of een sportclub. Zorg voor een "
                    "tolk of eenvoudige taal als dat nodig is, en voor een toegankelijke ruimte. Vertel "
                    "vooraf wat u met de verhalen doet en koppel later terug wat eruit is gekomen.</p>",
                    "<p>Is uw gemeente klein? Dan heeft u misschien te weinig meldingen om iets over trends "
                    "te zeggen. Werk dan samen met buurgemeenten en de ADV in de regio, en gebruik "
                    "regionale cijfers naast een paar goede gesprekken met inwoners en organisaties.</p>",
                ],
            },
            {
                "slug": "samenwerken-adv",
                "title": "Stap 2: Werk samen met de ADV",
                "step": "samenwerken-adv",
                "intro": (
                    "De antidiscriminatievoorziening (ADV) is uw belangrijkste partner. Zij kent de "
                    "meldingen, de ervaringen van inwoners en de netwerken in de regio. In deze stap maakt "
                    "u duidelijke afspraken over taken, geld en informatie."
                ),
                "what_to_do": (
                    "<ol>"
                    "<li>Plan ten minste twee keer per jaar een overleg met de ADV, ook op bestuurlijk "
                    "niveau.</li>"
                    "<li>Leg de afspraken vast in een subsidiebeschikking of overeenkomst. Maak onderscheid "
                    "tussen de wettelijke taken (onafhankelijke bijstand en registratie van klachten) en "
                    "extra taken zoals voorlichting, trainingen en advies over beleid.</li>"
                    "<li>Spreek af welke cijfers u elk jaar krijgt: aantallen per grond, per terrein, de "
                    "aard van de klacht en hoe de klacht is afgehandeld.</li>"
                    "<li>Bespreek de bereikbaarheid: is er een spreekuur in uw gemeente, is de website "
                    "toegankelijk en in eenvoudige taal, en kunnen mensen ook bellen of langskomen?</li>"
                    "<li>Betrek de ADV vanaf het begin bij de verkenning en bij het schrijven van uw "
                    "beleid.</li>"
                    "<li>Controleer of het geld dat het Rijk via het Gemeentefonds geeft voor de ADV, ook "
                    "echt bij de ADV terechtkomt.</li>"
                    "</ol>"
                ),
                "questions": [
                    "Welke taken voert de ADV nu voor ons uit, en welke extra taken willen we erbij?",
                    "Komt het geld dat we van het Rijk krijgen voor de ADV volledig bij de ADV terecht?",
                    "Hoe goed kunnen inwoners de ADV vinden en bereiken, ook als ze minder goed lezen of een beperking hebben?",
                    "Welke cijfers krijgen we elk jaar, en kunnen we die per grond en per terrein bekijken?",
                    "Welke rol krijgt de ADV in elk domein van ons plan?",
                ],
                "pitfalls": [
                    "De ADV alleen zien als klachtenloket en niet als adviseur bij beleid.",
                    "Extra taken vragen zonder extra geld of tijd.",
                    "Geen vaste afspraken maken over de rapportage, zodat cijfers elk jaar anders zijn opgebouwd.",
                    "Vergeten dat de ADV onafhankelijk is en ook kritisch moet kunnen zijn over de gemeente zelf.",
                ],
                "body": [
                    "<p>De ADV heeft twee wettelijke taken: inwoners onafhankelijk bijstaan bij klachten over "
                    "discriminatie, en die klachten registreren. Veel ADV's doen meer, zoals voorlichting op "
                    "scholen, trainingen voor professionals en advies aan de gemeente. Die extra taken zijn "
                    "niet vanzelfsprekend. Spreek ze uitdrukkelijk af en geef er geld en tijd voor.</p>",
                    "<p>Het Rijk geeft gemeenten via het Gemeentefonds een bedrag per inwoner voor de "
                    "wettelijke taken van de ADV, en een apart bedrag voor het voorkomen van discriminatie. "
                    "Uit landelijke gegevens blijkt dat dit geld niet overal bij de ADV terechtkomt. Het is "
                    "aan de gemeente om dat te regelen.</p>",
                    "<p>Geef de ADV een duidelijke rol in uw plan. Bijvoorbeeld: de ADV adviseert over "
                    "praktijktesten op de woningmarkt, geeft trainingen aan baliemedewerkers en maakt elk "
                    "jaar een rapportage voor de raad. Zo weet iedereen wat hij van de ander kan "
                    "verwachten.</p>",
                ],
            },
            {
                "slug": "visie-en-draagvlak",
                "title": "Stap 3: Bepaal een visie en bouw draagvlak",
                "step": "visie-en-draagvlak",
                "intro": (
                    "Een visie zegt waarom de gemeente zich inzet tegen discriminatie, wat zij wil bereiken "
                    "en hoe. Draagvlak zorgt dat die visie niet in een la verdwijnt. U bouwt het samen met "
                    "inwoners, organisaties, collega's en de raad."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li>Schrijf de visie op aan de hand van vier vragen: <strong>waarom</strong> doen we "
                    "dit, wat is onze <strong>ambitie</strong>, <strong>hoe</strong> pakken we het aan en "
                    "<strong>wat</strong> gaan we concreet doen?</li>"
                    "<li>Organiseer gesprekken in de stad of het dorp, zoals dialoogsessies met inwoners "
                    "die discriminatie meemaken en met organisaties die met hen werken.</li>"
                    "<li>Betrek collega's van andere afdelingen: wonen, werk en inkomen, onderwijs, "
                    "veiligheid, sport en zorg.</li>"
                    "<li>Organiseer vroeg een werksessie met de raad, zodat raadsleden kunnen meedenken "
                    "voordat het plan klaar is.</li>"
                    "<li>Verbind de visie met beleid dat er al is, zoals regenboogbeleid, de lokale "
                    "inclusieagenda voor mensen met een beperking en het beleid voor nieuwkomers.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Waarom vindt onze gemeente de aanpak van discriminatie belangrijk, in onze eigen woorden?",
                    "Wie hebben we gesproken, en wiens stem ontbreekt nog?",
                    "Welke bestaande plannen raken aan discriminatie, en hoe sluiten we daarop aan?",
                    "Hoe nemen we de raad mee voordat het college een besluit neemt?",
                    "Hoe zorgen we dat de eigen organisatie, van baliemedewerker tot directie, de visie kent en draagt?",
                ],
                "pitfalls": [
                    "Een visie met mooie woorden ('iedereen hoort erbij') maar zonder keuzes.",
                    "Draagvlak alleen zoeken bij mensen en organisaties die het al met u eens zijn.",
                    "De eigen organisatie vergeten, terwijl de gemeente zelf het goede voorbeeld moet geven.",
                    "Inwoners laten meepraten terwijl de keuzes eigenlijk al zijn gemaakt.",
                ],
                "body": [
                    "<p>Een goede visie is kort en duidelijk. Ze laat zien dat de gemeente discriminatie "
                    "serieus neemt, welke groepen en terreinen voorrang krijgen en welke rol de gemeente "
                    "zelf pakt. Gebruik de uitkomsten van de verkenning: zo sluit de visie aan bij wat "
                    "inwoners echt meemaken.</p>",
                    "<p>Draagvlak ontstaat als mensen zich herkennen in het verhaal en zien dat er iets met "
                    "hun inbreng gebeurt. Nodig daarom niet alleen de bekende partners uit. Vraag ook "
                    "ondernemers, sportclubs, verhuurders, scholen en jongeren. Laat in het verslag zien wat "
                    "u met hun ideeën doet, en ook wat niet en waarom.</p>",
                    "<p>Draagvlak in de eigen organisatie is minstens zo belangrijk. Antidiscriminatie is "
                    "geen taak van één afdeling. Als het onderdeel wordt van alle programma's en van de "
                    "begroting, blijft het ook overeind als de wethouder of de beleidsmedewerker "
                    "vertrekt.</p>",
                ],
            },
            {
                "slug": "doelen-en-plan",
                "title": "Stap 4: Doelen, plan en afstemming met ander beleid",
                "step": "doelen-en-plan",
                "intro": (
                    "Nu maakt u de visie concreet. U kiest doelen die u kunt controleren, maakt een "
                    "meerjarenplan per domein en zorgt dat antidiscriminatie een plek krijgt in ander beleid "
                    "en in de begroting."
                ),
                "what_to_do": (
                    "<ol>"
                    "<li>Kies de domeinen waar u mee begint, bijvoorbeeld arbeidsmarkt, onderwijs, wonen, "
                    "wijken, horeca, veiligheid en algemene voorzieningen. Gebruik de verkenning om keuzes "
                    "te maken.</li>"
                    "<li>Formuleer per domein doelen met een einddatum. Bijvoorbeeld: <em>eind 2028 hebben "
                    "de gemeente en haar vaste partners een diversiteitscode ondertekend</em>, of <em>eind "
                    "2028 is inclusie een voorwaarde bij inkoop en bij subsidies</em>.</li>"
                    "<li>Maak een meerjarenplan van drie tot vier jaar, met per jaar de activiteiten, de "
                    "trekker en het budget.</li>"
                    "<li>Leg per domein de rol van de ADV vast.</li>"
                    "<li>Kies maatregelen op basis van kennis over wat werkt. Kijk in de interventiedatabase "
                    "en let op aanpakken met een risico op averechts effect.</li>"
                    "<li>Zorg dat het plan terugkomt in andere programma's en in de begroting, en stem af "
                    "met buurgemeenten en de regio.</li>"
                    "</ol>"
                ),
                "questions": [
                    "Welke twee of drie domeinen pakken we als eerste aan, en waarom juist die?",
                    "Hoe weten we aan het eind van het plan of we een doel hebben gehaald?",
                    "Welke afdeling is trekker per domein, en welk budget hoort daarbij?",
                    "Welke maatregelen in ons plan zijn onderbouwd, en welke hebben een risico op averechts effect?",
                    "Waar in het beleid voor wonen, werk, onderwijs en veiligheid komt antidiscriminatie terug?",
                ],
                "pitfalls": [
                    "Doelen die niemand kan controleren, zoals 'meer bewustwording'.",
                    "Alles tegelijk willen, zodat niets goed van de grond komt.",
                    "Een apart plan dat los staat van wonen, werk, onderwijs en veiligheid.",
                    "Maatregelen kiezen omdat ze aanspreken, zonder te kijken of ze werken of juist averechts uitpakken.",
                ],
                "body": [
                    "<p>Werken per domein helpt om het overzichtelijk te houden. Per domein beschrijft u wat "
                    "er speelt, wat u wilt bereiken, wie er meedoet en wat het kost. Zo ziet ook de raad "
                    "waar het geld naartoe gaat. Gemeenten die zo werken, noemen vaak een vaste "
                    "opbouw: waarom, ambitie, hoe en wat.</p>",
                    "<p>Goede doelen zijn concreet en hebben een datum. 'Discriminatie tegengaan op de "
                    "woningmarkt' is een richting, geen doel. 'Eind 2028 hebben alle verhuurmakelaars in de "
                    "gemeente meegedaan aan een praktijktest en het verbetergesprek' is wel een doel. U kunt "
                    "het controleren en erover rapporteren.</p>",
                    "<p>Antidiscriminatie raakt veel andere beleidsterreinen. Maak afspraken met de "
                    "collega's die daarover gaan. Denk aan inclusie als criterium bij aanbesteding, "
                    "afspraken met woningcorporaties in de prestatieafspraken, of eisen over deurbeleid in "
                    "de horecavergunning.</p>",
                ],
            },
            {
                "slug": "uitvoering",
                "title": "Stap 5: Voer het plan uit",
                "step": "uitvoering",
                "intro": (
                    "In de uitvoering werkt u met veel partners: scholen, werkgevers, verhuurders, "
                    "sportclubs, horeca en de ADV. U zorgt voor genoeg capaciteit, bewaakt de kwaliteit en "
                    "geeft als gemeente zelf het goede voorbeeld."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li>Geef elke maatregel een trekker, een planning en een budget.</li>"
                    "<li>Check de voorwaarden van een interventie: is er training nodig, materiaal, een "
                    "vaste uitvoerder? Sla die voorwaarden niet over.</li>"
                    "<li>Begin waar nodig met een proef in één wijk of bij een paar partners, en breid uit "
                    "als het werkt.</li>"
                    "<li>Pak de eigen organisatie aan: eerlijke werving en selectie, training voor "
                    "medewerkers aan de balie en inclusief aanbesteden.</li>"
                    "<li>Vertel inwoners waar en hoe ze discriminatie kunnen melden, in eenvoudige taal en "
                    "via kanalen die zij gebruiken.</li>"
                    "<li>Houd onderweg bij wat u doet en wat u ziet gebeuren. Dat heeft u nodig voor "
                    "stap 6.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Wie is trekker van elke maatregel, en heeft die persoon daar ook tijd voor?",
                    "Voeren we de interventie uit zoals bedoeld, met de training en materialen die erbij horen?",
                    "Welke partners doen mee, en welke afspraken hebben we over terugkoppeling?",
                    "Hoe weten inwoners dat ze discriminatie kunnen melden, en bij wie?",
                    "Wat doen we als een maatregel onderweg niet blijkt te werken?",
                ],
                "pitfalls": [
                    "Een eenmalige campagne of workshop zien als de oplossing.",
                    "Aanpakken kiezen waarvan bekend is dat ze averechts kunnen werken, zoals schokbeelden of trainingen die vooral schuld oproepen.",
                    "Partners laten uitvoeren zonder afspraken over doelen en terugkoppeling.",
                    "De eigen gemeentelijke organisatie overslaan.",
                ],
                "body": [
                    "<p>Uitvoeren is meer dan een lijst activiteiten afwerken. Een interventie werkt vaak "
                    "alleen als u haar uitvoert zoals bedoeld. Dat vraagt een goed getrainde uitvoerder, "
                    "genoeg tijd en herhaling. Eén gastles of één campagne verandert zelden iets aan gedrag. "
                    "Een reeks contactmomenten of een vaste afspraak met werkgevers doet dat vaker wel.</p>",
                    "<p>Sommige aanpakken klinken goed, maar kunnen averechts werken. Een confronterende "
                    "workshop kan weerstand oproepen. Een campagne met schokkende beelden kan vooroordelen "
                    "juist versterken. Kijk daarom in de interventiedatabase naar de waarschuwingen bij "
                    "zulke aanpakken, en vraag de ADV om advies.</p>",
                    "<p>De gemeente is zelf werkgever, opdrachtgever en dienstverlener. Ook daar kan "
                    "discriminatie voorkomen. Door zelf eerlijk te werven, medewerkers te trainen en bij "
                    "inkoop eisen te stellen, laat u zien dat u meent wat u van anderen vraagt.</p>",
                ],
            },
            {
                "slug": "evalueren",
                "title": "Stap 6: Evalueer en monitor",
                "step": "evalueren",
                "intro": (
                    "Werkt de aanpak? Door te meten en te evalueren leert u wat u kunt houden, aanpassen of "
                    "stoppen. U laat de raad en inwoners zien wat het beleid oplevert, ook als iets niet "
                    "werkte."
                ),
                "what_to_do": (
                    "<ol>"
                    "<li>Bepaal bij de start welke gegevens u nodig heeft om te zien of een doel is "
                    "gehaald.</li>"
                    "<li>Combineer bronnen: cijfers van de ADV en de politie, een herhaling van het "
                    "ervaringsonderzoek en, waar dat kan, een herhaalde praktijktest.</li>"
                    "<li>Stuur de raad elk jaar een korte voortgangsrapportage.</li>"
                    "<li>Plan een evaluatie halverwege en aan het eind van het meerjarenplan. Laat de "
                    "eindevaluatie waar mogelijk onafhankelijk uitvoeren.</li>"
                    "<li>Bespreek de uitkomsten met de organisaties en inwoners die hebben meegedaan.</li>"
                    "<li>Pas het plan aan op basis van wat u leert.</li>"
                    "</ol>"
                ),
                "questions": [
                    "Welke doelen hebben we gehaald, welke niet, en waarom niet?",
                    "Hoe verklaren we een stijging of daling van het aantal meldingen?",
                    "Wat zeggen inwoners en organisaties zelf over wat er is veranderd?",
                    "Welke maatregelen stoppen we, en welke breiden we uit?",
                    "Hoe laten we de raad ook zien wat niet werkte?",
                ],
                "pitfalls": [
                    "Een stijging van meldingen alleen als slecht nieuws zien. Vaak weten inwoners de ADV juist beter te vinden.",
                    "Alleen tellen wat er is gedaan, zoals het aantal bijeenkomsten, en niet wat het heeft opgeleverd.",
                    "Tegenvallende uitkomsten weglaten uit de rapportage.",
                    "Pas aan het eind bedenken hoe u gaat meten.",
                ],
                "body": [
                    "<p>Monitoren is volgen wat er gebeurt, bijvoorbeeld met een jaarlijks overzicht van "
                    "meldingen per grond en terrein. Evalueren is op een vast moment kijken of een aanpak "
                    "zijn doel heeft bereikt, en waarom wel of niet. U heeft beide nodig.</p>",
                    "<p>Een lokaal dashboard met cijfers helpt om trends te zien. Zet er altijd uitleg bij. "
                    "Cijfers zonder uitleg leiden snel tot verkeerde conclusies, zeker in een kleine "
                    "gemeente met weinig meldingen.</p>",
                    "<p>Wees eerlijk over wat niet lukte. Een raad die ziet dat het college leert van "
                    "tegenvallers, geeft eerder steun voor een volgende stap. En andere gemeenten kunnen "
                    "leren van uw ervaringen. Deel ze daarom ook als praktijkvoorbeeld.</p>",
                ],
            },
            {
                "slug": "tot-slot",
                "title": "Tot slot: blijven leren",
                "step": None,
                "intro": (
                    "Antidiscriminatiebeleid is nooit af. De samenleving verandert, en nieuwe vormen van "
                    "uitsluiting komen op. In dit laatste hoofdstuk leest u hoe u blijft leren, samen met "
                    "andere gemeenten, de ADV en inwoners."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li>Sluit aan bij een netwerk van beleidsmedewerkers uit andere gemeenten.</li>"
                    "<li>Volg een masterclass of een cursus van de academie, en nodig collega's van andere "
                    "afdelingen uit om mee te gaan.</li>"
                    "<li>Bekijk praktijkvoorbeelden van gemeenten van dezelfde grootte of uit dezelfde "
                    "provincie.</li>"
                    "<li>Deel uw eigen ervaringen als praktijkvoorbeeld, ook wat niet werkte.</li>"
                    "<li>Plan elk jaar een moment om het plan met de ADV en partners door te lopen.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Met welke gemeenten in onze regio kunnen we kennis en kosten delen?",
                    "Welke nieuwe signalen horen we die nog niet in ons plan staan?",
                    "Wie in onze organisatie heeft scholing nodig om dit werk goed te doen?",
                    "Welke ervaring uit onze gemeente kan andere gemeenten helpen?",
                ],
                "pitfalls": [
                    "Het plan na vaststelling als afgerond beschouwen.",
                    "Alle kennis bij één persoon laten, zodat die verdwijnt bij vertrek.",
                    "Alleen succesverhalen delen, zodat anderen dezelfde fouten maken.",
                ],
                "body": [
                    "<p>Gemeenten hoeven het wiel niet zelf uit te vinden. In de interventiedatabase vindt u "
                    "aanpakken met hun onderbouwing en bewijskracht. Bij de praktijkvoorbeelden leest u hoe "
                    "andere gemeenten het deden, en wat ze de volgende keer anders zouden doen.</p>",
                    "<p>Leg kennis vast in de organisatie. Zorg voor een overdrachtsdocument, betrek meer "
                    "collega's bij het werk en maak antidiscriminatie onderdeel van het inwerkprogramma. "
                    "Zo blijft het beleid staan, ook als mensen vertrekken.</p>",
                ],
            },
        ],
    },
    {
        "slug": "raad-ondersteunen",
        "title": "De raad ondersteunen bij antidiscriminatiebeleid",
        "intro": (
            "Raadsleden spelen een belangrijke rol bij de aanpak van discriminatie. Zij horen wat er "
            "speelt, controleren het college en doen zelf voorstellen. Deze handreiking is voor "
            "griffiers, fractieondersteuners en beleidsmedewerkers die raadsleden daarbij helpen. U "
            "leest hoe u de raad goed informeert en hoe u helpt bij een motie of schriftelijke vragen."
        ),
        "audiences": ["gemeenteambtenaar", "raadslid", "bestuurder"],
        "domains": [],
        "grounds": [],
        "published_on": "2025-06-02",
        "revised_on": "2026-05-20",
        "last_reviewed": "2026-10-20",
        "chapters": [
            {
                "slug": "rollen",
                "title": "De vier rollen van de raad",
                "step": None,
                "intro": (
                    "Een raadslid kan op vier manieren bijdragen aan de aanpak van discriminatie: als "
                    "antenne, als controleur, als initiatiefnemer en als volksvertegenwoordiger. Als u "
                    "weet welke rol een raadslid wil spelen, kunt u gerichter helpen."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li><strong>Antennerol</strong>: help raadsleden signalen op te halen, bijvoorbeeld "
                    "met een werkbezoek aan een zelforganisatie of de ADV.</li>"
                    "<li><strong>Controlerende rol</strong>: zorg dat raadsleden de juiste stukken hebben "
                    "om het college te bevragen over uitvoering en resultaten.</li>"
                    "<li><strong>Initiërende rol</strong>: ondersteun bij een motie, amendement, "
                    "initiatiefvoorstel of een voorstel voor onderzoek.</li>"
                    "<li><strong>Volksvertegenwoordiger</strong>: help raadsleden ook groepen te horen die "
                    "zelden naar de raad komen.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Welke rol wil dit raadslid of deze fractie nu vooral spelen?",
                    "Welke informatie heeft het raadslid al, en wat ontbreekt nog?",
                    "Is er al beleid waaraan de raad het college kan houden?",
                    "Wie in de ambtelijke organisatie kan het raadslid verder helpen?",
                ],
                "pitfalls": [
                    "Alle raadsleden dezelfde informatie geven, terwijl hun vraag verschilt.",
                    "De grens tussen ondersteunen en politiek sturen vergeten.",
                    "Alleen aandacht geven aan het onderwerp als er een incident is geweest.",
                ],
                "body": [
                    "<p>De vier rollen lopen in elkaar over. Een raadslid dat in gesprek gaat met een "
                    "belangenorganisatie (antenne), kan daarna vragen stellen aan het college (controle) "
                    "en een motie indienen (initiatief). Help raadsleden om die lijn vast te houden, zodat "
                    "een signaal niet blijft hangen.</p>",
                    "<p>Als ondersteuner bent u neutraal. U helpt met feiten, procedures en contacten, niet "
                    "met een politiek standpunt. Leg dus ook uit wat er al gebeurt, en welke keuzes er "
                    "nog open liggen.</p>",
                ],
            },
            {
                "slug": "signalen-ophalen",
                "title": "Horen wat er speelt: antenne en volksvertegenwoordiger",
                "step": "verkennen",
                "intro": (
                    "Raadsleden willen weten wat inwoners meemaken. U kunt helpen door gesprekken te "
                    "organiseren met groepen die discriminatie meemaken, en door te zorgen dat die "
                    "gesprekken veilig en goed voorbereid zijn."
                ),
                "what_to_do": (
                    "<ol>"
                    "<li>Maak een overzicht van belangen- en zelforganisaties in de gemeente, en van de "
                    "ADV in de regio.</li>"
                    "<li>Organiseer een werkbezoek of ronde tafel op een plek waar mensen zich thuis "
                    "voelen.</li>"
                    "<li>Bereid de gesprekspartners voor: wat kan de raad wel en niet doen?</li>"
                    "<li>Vraag door op concrete situaties: waar gebeurde het, en om welke reden?</li>"
                    "<li>Zorg voor een kort verslag en laat de deelnemers weten wat de raad ermee doet.</li>"
                    "</ol>"
                ),
                "questions": [
                    "Welke groepen hebben we als raad de afgelopen jaren niet of nauwelijks gesproken?",
                    "Wat merken inwoners van discriminatie op het werk, bij het zoeken naar huurwoningen of op straat?",
                    "Weten inwoners waar ze discriminatie kunnen melden, en doen ze dat ook?",
                    "Wat verwachten organisaties van de raad?",
                ],
                "pitfalls": [
                    "Alleen de vaste adviesraden of een algemene inspraakavond gebruiken, waar gediscrimineerde groepen vaak ontbreken.",
                    "Verwachtingen wekken die de raad niet kan waarmaken.",
                    "Persoonlijke verhalen zonder toestemming in een openbaar stuk gebruiken.",
                ],
                "body": [
                    "<p>Veel discriminatie wordt niet gemeld. Raadsleden die zelf met mensen praten, horen "
                    "verhalen die niet in de cijfers staan. Een gesprek met een lhbti-vereniging, een "
                    "moskee, een joodse gemeenschap of een cliëntenraad levert vaak meer op dan een "
                    "algemene informatieavond.</p>",
                    "<p>Let op veiligheid en privacy. Sommige mensen willen hun verhaal vertellen, maar "
                    "niet met hun naam. Spreek vooraf af wat openbaar wordt. Vertel ook eerlijk wat de raad "
                    "kan doen: vragen stellen, voorstellen doen en het college controleren, maar geen "
                    "individuele klachten afhandelen. Daarvoor is de ADV er.</p>",
                ],
            },
            {
                "slug": "raad-informeren",
                "title": "De raad goed informeren",
                "step": "evalueren",
                "intro": (
                    "Om het college te kunnen controleren, heeft de raad goede informatie nodig. Hoe staat "
                    "het met het beleid, wat doet de ADV en wat laten de cijfers zien? U helpt om die "
                    "informatie helder en eerlijk aan te bieden."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li>Zorg voor een jaarlijkse raadsinformatiebrief over de aanpak van discriminatie, "
                    "met de jaarcijfers van de ADV en de politie.</li>"
                    "<li>Leg bij cijfers altijd uit wat ze wel en niet zeggen.</li>"
                    "<li>Organiseer een informatiebijeenkomst met de ADV, bijvoorbeeld na de publicatie van "
                    "de jaarcijfers.</li>"
                    "<li>Maak een overzicht van het beleid per domein: wat is er afgesproken, wat is "
                    "gedaan, wat is het resultaat?</li>"
                    "<li>Gebruik eenvoudige taal en een korte samenvatting bovenaan.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Welke doelen heeft het college gesteld, en hoe staat het daarmee?",
                    "Hoe werkt de samenwerking met de ADV, en wat heeft die opgeleverd?",
                    "Wat laten de cijfers zien per grond en per terrein, en wat missen we?",
                    "Welke maatregelen werkten niet, en wat doet het college daarmee?",
                    "Komt het geld voor de ADV en voor preventie ook echt daar terecht?",
                ],
                "pitfalls": [
                    "Alleen aantallen meldingen geven, zonder uitleg.",
                    "Dikke rapporten zonder samenvatting, die niemand leest.",
                    "Tegenvallers weglaten, waardoor de raad niet kan bijsturen.",
                ],
                "body": [
                    "<p>De controlerende rol begint bij goede informatie. Een raad die weet welke doelen "
                    "het college heeft gesteld, kan gericht vragen stellen. Heeft de gemeente nog geen "
                    "doelen? Dan is dat zelf al informatie die de raad moet kennen.</p>",
                    "<p>Meldcijfers zijn lastig te lezen. Meer meldingen kan betekenen dat er meer "
                    "discriminatie is, maar ook dat inwoners de ADV beter weten te vinden. Vraag de ADV om "
                    "een korte toelichting bij de cijfers, en zet die in de brief aan de raad.</p>",
                    "<p>Nodig de ADV ook uit om zelf aan de raad te vertellen wat zij ziet. Dat helpt "
                    "raadsleden om de samenwerking en de resultaten van de ADV te beoordelen.</p>",
                ],
            },
            {
                "slug": "motie-en-vragen",
                "title": "Een motie of schriftelijke vragen voorbereiden",
                "step": "doelen-en-plan",
                "intro": (
                    "Wil een raadslid zelf iets in gang zetten? Dan zijn schriftelijke vragen, een motie of "
                    "een initiatiefvoorstel de gebruikelijke middelen. U helpt om ze goed te onderbouwen en "
                    "zo te formuleren dat het college er echt mee aan de slag kan."
                ),
                "what_to_do": (
                    "<ol>"
                    "<li>Help het raadslid het probleem scherp te krijgen: wat is er aan de hand, bij wie "
                    "en waar?</li>"
                    "<li>Zoek uit wat er al is: bestaand beleid, eerdere moties, afspraken met de ADV.</li>"
                    "<li>Kies het middel. <strong>Schriftelijke vragen</strong> zijn geschikt om informatie "
                    "te krijgen. Een <strong>motie</strong> vraagt het college om iets te doen. Een "
                    "<strong>amendement</strong> past een voorstel aan, bijvoorbeeld de begroting.</li>"
                    "<li>Formuleer een concreet verzoek met een termijn, zoals: laat voor 1 juli een "
                    "ervaringsonderzoek doen met vragen per discriminatiegrond.</li>"
                    "<li>Verwijs naar maatregelen die bewezen werken, en vermijd aanpakken met een risico "
                    "op averechts effect.</li>"
                    "<li>Denk mee over steun van andere fracties.</li>"
                    "</ol>"
                ),
                "questions": [
                    "Wat wil het raadslid precies bereiken: informatie, een onderzoek of een nieuw beleid?",
                    "Is er al een motie of toezegging over dit onderwerp?",
                    "Wat is de kern van het verzoek, in één zin?",
                    "Wanneer en hoe wil de raad horen wat het college met het verzoek heeft gedaan?",
                    "Welke interventies of praktijkvoorbeelden kunnen het voorstel onderbouwen?",
                ],
                "pitfalls": [
                    "Een motie die zo algemeen is dat het college er alles of niets mee kan.",
                    "Een maatregel voorstellen die goed klinkt maar averechts kan werken, zoals een schokcampagne.",
                    "Geen termijn noemen, waardoor het verzoek blijft liggen.",
                    "Schriftelijke vragen stellen waarvan het antwoord al in een openbaar stuk staat.",
                ],
                "body": [
                    "<p>Een goede motie heeft een duidelijke opbouw. Onder 'overwegende dat' staat wat er "
                    "aan de hand is, met een bron. Onder 'verzoekt het college' staat wat het college moet "
                    "doen en wanneer. Hoe concreter het verzoek, hoe beter de raad later kan controleren "
                    "of het is uitgevoerd.</p>",
                    "<p>Voorbeelden van verzoeken: laat een praktijktest doen op de woningmarkt, maak een "
                    "meerjarenplan met doelen per domein, of breng het spreekuur van de ADV naar de "
                    "gemeente. In de interventiedatabase en bij de praktijkvoorbeelden vindt u aanpakken "
                    "die u in de toelichting kunt noemen.</p>",
                    "<p>Bij schriftelijke vragen geldt: vraag naar feiten en plannen, niet naar meningen. "
                    "Eén onderwerp per vraag werkt het beste. Zo krijgt het raadslid een antwoord waar het "
                    "verder mee kan.</p>",
                ],
            },
            {
                "slug": "raadsgesprek",
                "title": "Een goed gesprek in de raad organiseren",
                "step": "visie-en-draagvlak",
                "intro": (
                    "Een informele werksessie helpt raadsleden om samen na te denken over de aanpak van "
                    "discriminatie, los van het politieke debat. U organiseert de sessie, nodigt de ADV uit "
                    "en zorgt voor goede vragen."
                ),
                "what_to_do": (
                    "<ul>"
                    "<li>Plan de sessie vroeg, voordat het college een plan vaststelt.</li>"
                    "<li>Begin met een korte uitleg over de taken van de gemeente en de ADV, en over de "
                    "zes stappen van lokaal beleid.</li>"
                    "<li>Laat een ervaringsdeskundige of een zelforganisatie iets vertellen.</li>"
                    "<li>Werk in kleine groepen met een paar open vragen.</li>"
                    "<li>Sluit af met afspraken over de eerste stappen en wie wat doet.</li>"
                    "</ul>"
                ),
                "questions": [
                    "Wat vinden raadsleden het belangrijkst in de aanpak van discriminatie in onze gemeente?",
                    "Welke richting of kaders wil de raad het college meegeven?",
                    "Welke rol kan ieder raadslid zelf spelen?",
                    "Wat heeft de raad nodig van de ADV?",
                    "Wat heeft de raad zelf nodig om inclusief te werken?",
                    "Wat kunnen de eerste stappen zijn?",
                ],
                "pitfalls": [
                    "Een sessie die alleen uit presentaties bestaat, zonder gesprek.",
                    "Geen vervolg: de opbrengst verdwijnt in een verslag dat niemand meer leest.",
                    "Alleen de raadsleden uitnodigen die het onderwerp al belangrijk vinden.",
                ],
                "body": [
                    "<p>Een werksessie is geen debat. Er worden geen besluiten genomen, dus raadsleden "
                    "kunnen vrijer meedenken. Dat helpt om draagvlak te bouwen over partijgrenzen heen. "
                    "Vraag een onafhankelijke gespreksleider als dat kan.</p>",
                    "<p>Vergeet de vraag niet wat de raad zelf nodig heeft. Ook in de raad en de "
                    "ambtelijke organisatie kan uitsluiting voorkomen, bijvoorbeeld in de omgang met "
                    "elkaar of bij de toegankelijkheid van vergaderingen. Een raad die zelf inclusief werkt, "
                    "is geloofwaardiger.</p>",
                    "<p>Zet de opbrengst op papier en stuur die binnen twee weken naar alle raadsleden en "
                    "het college. Koppel het aan concrete vervolgstappen, zoals een verkenning, een "
                    "motie of een vervolgsessie.</p>",
                ],
            },
        ],
    },
]


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


SYNONYMS = [
    ("discrimineren", ["discriminatie", "discriminerend", "uitsluiting"]),
    (
        "woningmarkt",
        ["wonen", "woning", "woningen", "huur", "verhuur", "verhuurders", "huurwoningen"],
    ),
    ("werk", ["arbeidsmarkt", "werkgever", "sollicitatie", "solliciteren", "werving"]),
    ("lhbti", ["lhbtiq", "homo", "lesbisch", "biseksueel", "transgender", "regenboog", "seksuele"]),
    ("racisme", ["discriminatie", "herkomst", "huidskleur", "etnisch", "afkomst"]),
    ("beperking", ["handicap", "gehandicapt", "toegankelijkheid", "chronisch", "ziekte"]),
    ("ouderen", ["leeftijd", "senioren", "oudere", "leeftijdsdiscriminatie"]),
    ("antisemitisme", ["jodenhaat", "joods", "joden"]),
    ("moslimhaat", ["moslimdiscriminatie", "islamofobie", "moslims", "moslim"]),
    ("adv", ["antidiscriminatievoorziening", "meldpunt", "discriminatiemeldpunt"]),
    ("melden", ["melding", "meldingen", "meldpunt", "klacht"]),
    ("school", ["onderwijs", "scholen", "leerlingen", "klas"]),
    ("uitgaan", ["horeca", "deurbeleid", "clubs", "portiers"]),
    ("sport", ["sportclub", "sportvereniging", "recreatie"]),
    ("raadslid", ["raadsleden", "gemeenteraad", "raad", "motie"]),
    ("online", ["internet", "media", "haatberichten"]),
    ("politie", ["veiligheid", "profileren", "boa", "handhaving"]),
    ("zorg", ["welzijn", "jeugdhulp", "ouderenzorg", "thuiszorg"]),
]
