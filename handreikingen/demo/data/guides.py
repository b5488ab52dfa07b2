"""Demo content: two guides with their chapters, `GUIDES` (data only, no imports).

The guides are original texts based on general knowledge of local anti-discrimination policy.
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
