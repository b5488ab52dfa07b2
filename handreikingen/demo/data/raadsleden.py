"""Editorial content of the raadsledentool (/raadsleden/), `RAADSLEDEN` (data only, no imports).

The title, the intro, the four roles of a council member, twelve quick-scan questions (two per
policy step, in the order of the steps), the do's and don'ts of exploring discrimination and
questions to start the conversation in the council. Original texts in plain Dutch (B1) that
address the council member as "u". HTML fields: `explanation` and `meaning_*`; every other
text is plain text.
"""

RAADSLEDEN = {
    "title": "Raadsledentool antidiscriminatiebeleid",
    "intro": (
        "Met deze tool komt u als raadslid in tien minuten van uw rol naar concrete vragen en "
        "moties. Kies eerst de rol die bij u past. Beantwoord daarna twaalf korte vragen over het "
        "beleid van uw gemeente. U krijgt vragen voor het college, een voorbeeld van een motie en "
        "schriftelijke vragen die u zelf kunt aanpassen. Uw antwoorden worden nergens opgeslagen."
    ),
    "roles": [
        {
            "role": "antennerol",
            "explanation": (
                "<p>Als raadslid bent u de antenne van de gemeente. U hoort en ziet wat inwoners "
                "meemaken, ook als zij dat nooit melden. Zo merkt u op tijd waar discriminatie speelt "
                "en welke groepen er last van hebben.</p>"
                "<p>Wat u ophaalt, neemt u mee naar uw fractie en de raad. Het is de basis voor goede "
                "vragen aan het college.</p>"
            ),
            "examples": [
                "Praat met lokale belangenorganisaties over de discriminatie die hun achterban meemaakt.",
                "Ga op werkbezoek bij de antidiscriminatievoorziening (ADV) en vraag wat zij ziet in "
                "meldingen en gesprekken.",
                "Bezoek een buurthuis, een gebedshuis of een vereniging voor lhbtiq+-personen en "
                "vraag naar hun ervaringen.",
            ],
            "actions": [
                "Maak een lijstje van organisaties en groepen die u dit jaar wilt spreken.",
                "Vraag het college welke kennis de gemeente heeft over discriminatie in uw gemeente.",
                "Deel wat u hoort met uw fractie en breng het in bij de commissie.",
            ],
            "instruments": ["werkbezoek", "schriftelijke-vragen"],
        },
        {
            "role": "controlerende-rol",
            "explanation": (
                "<p>U controleert of het college en de wethouder doen wat is afgesproken. U kijkt of "
                "het beleid wordt uitgevoerd, of het geld goed wordt besteed en of de resultaten "
                "worden gehaald.</p>"
                "<p>Ontbreekt er iets, dan vraagt u het college om uitleg of om bij te sturen.</p>"
            ),
            "examples": [
                "Beoordeel hoe de samenwerking met de ADV loopt en wat die oplevert.",
                "Ga na of de doelen uit het antidiscriminatiebeleid zijn gehaald.",
                "Kijk in de begroting en de jaarrekening hoeveel geld er naar de aanpak van "
                "discriminatie gaat.",
            ],
            "actions": [
                "Stel schriftelijke vragen als u niet weet hoe het beleid wordt uitgevoerd.",
                "Vraag het college om elk jaar een verslag over de voortgang.",
                "Stel bij de begrotingsbehandeling vragen over het geld en de resultaten.",
            ],
            "instruments": ["schriftelijke-vragen", "begrotingsbehandeling", "motie"],
        },
        {
            "role": "initierende-rol",
            "explanation": (
                "<p>U komt zelf met voorstellen in de raad. Dat kan gaan over nieuw of beter beleid, "
                "nieuwe regels of een onderzoek. Zo zet u de aanpak van discriminatie op de agenda, "
                "ook als het college dat nog niet doet.</p>"
            ),
            "examples": [
                "Stel voor om onderzoek te doen naar de discriminatie die inwoners ervaren.",
                "Vraag met een motie om een eigen antidiscriminatieplan voor uw gemeente.",
                "Regel met een amendement geld in de begroting voor praktijktesten.",
            ],
            "actions": [
                "Zoek steun bij andere fracties voordat u een voorstel indient.",
                "Kijk in de interventiedatabase welke aanpakken werken, en welke niet.",
                "Schrijf een motie of initiatiefvoorstel met een duidelijke opdracht en een datum.",
            ],
            "instruments": ["motie", "amendement", "initiatiefvoorstel"],
        },
        {
            "role": "volksvertegenwoordiger",
            "explanation": (
                "<p>U vertegenwoordigt alle inwoners, ook groepen die minder vaak gehoord worden. U "
                "zorgt dat hun stem in de raad klinkt. En u laat zien dat discriminatie in uw "
                "gemeente niet wordt geaccepteerd.</p>"
            ),
            "examples": [
                "Nodig inwoners die discriminatie meemaken uit om in te spreken in de commissie.",
                "Spreek u in het openbaar uit als er een incident van discriminatie in uw gemeente is.",
                "Vertel inwoners waar zij discriminatie kunnen melden en hulp kunnen krijgen.",
            ],
            "actions": [
                "Organiseer samen met andere fracties een gesprek met inwoners over discriminatie.",
                "Zorg dat de raad zelf inclusief werkt, bijvoorbeeld met toegankelijke vergaderingen "
                "en stukken in begrijpelijke taal.",
                "Verwijs inwoners met een klacht door naar de ADV.",
            ],
            "instruments": ["werkbezoek", "motie"],
        },
    ],
    "questions": [
        # --- Step 1: verkennen ---------------------------------------------------------------
        {
            "key": "bronnen-lokaal-beeld",
            "step": "verkennen",
            "domain": None,
            "question": (
                "Gebruikt uw gemeente meer bronnen dan alleen meldcijfers om te weten welke "
                "discriminatie er speelt?"
            ),
            "help_text": (
                "Denk aan gesprekken met belangenorganisaties, onderzoek naar ervaringen van inwoners "
                "en praktijktesten. Meldcijfers alleen geven een te klein beeld."
            ),
            "meaning_partly": (
                "<p>Uw gemeente kijkt verder dan de meldcijfers, maar nog niet breed genoeg. Zo "
                "blijven groepen of terreinen buiten beeld. Zonder goed beeld kiest de gemeente "
                "makkelijk een aanpak die niet past.</p>"
            ),
            "meaning_no": (
                "<p>Uw gemeente gaat alleen af op meldcijfers, of kijkt er helemaal niet naar. Veel "
                "mensen melden discriminatie niet. Weinig meldingen betekent dus niet dat er weinig "
                "discriminatie is. Een goede verkenning is de basis voor beleid.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag de beleidsmedewerker of de griffie welke gegevens de gemeente gebruikt. "
                "Vraag ook de ADV wat zij met de gemeente deelt. Kijk of er een recente verkenning "
                "of een rapport over discriminatie in uw gemeente is.</p>"
            ),
            "college_questions": [
                "Welke bronnen gebruikt het college om te weten welke discriminatie er in onze "
                "gemeente speelt?",
                "Met welke belangen- en zelforganisaties heeft het college het afgelopen jaar "
                "gesproken over discriminatie?",
                "Is het college bereid een verkenning te laten doen met gesprekken, onderzoek naar "
                "ervaringen en praktijktesten?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- het beeld van discriminatie in [naam gemeente] vooral is gebaseerd op meldcijfers;\n"
                "- de meeste inwoners die discriminatie meemaken dit niet melden;\n"
                "\n"
                "overwegende dat:\n"
                "- goed beleid begint met een goed beeld van wat er lokaal speelt;\n"
                "- gesprekken met belangen- en zelforganisaties, onderzoek naar ervaringen en "
                "praktijktesten dat beeld veel vollediger maken;\n"
                "\n"
                "verzoekt het college:\n"
                "- binnen [aantal] maanden een verkenning te laten doen naar discriminatie in "
                "[naam gemeente], met gesprekken met belangen- en zelforganisaties, onderzoek naar "
                "ervaringen van inwoners en waar nodig praktijktesten;\n"
                "- de uitkomsten met de raad te bespreken en te gebruiken voor het "
                "antidiscriminatiebeleid;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over het beeld van discriminatie in [naam gemeente]\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "De fractie van [fractie] wil weten hoe het college zicht houdt op discriminatie in "
                "onze gemeente. Meldcijfers laten maar een deel zien, omdat veel inwoners "
                "discriminatie niet melden. Daarom stellen wij de volgende vragen.\n"
                "\n"
                "1. Welke bronnen gebruikt het college om te bepalen welke discriminatie er in "
                "[naam gemeente] speelt?\n"
                "2. Met welke belangen- en zelforganisaties heeft het college de afgelopen twee jaar "
                "gesproken over hun ervaringen met discriminatie?\n"
                "3. Heeft het college onderzoek naar ervaringen van inwoners of praktijktesten laten "
                "doen? Zo ja, wat kwam daaruit? Zo nee, waarom niet?\n"
                "4. Is het college bereid een brede verkenning te laten doen en de raad over de "
                "uitkomsten te informeren?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        {
            "key": "ervaringen-per-grond",
            "step": "verkennen",
            "domain": None,
            "question": (
                "Onderzoekt uw gemeente de ervaringen van inwoners met precieze vragen per "
                "discriminatiegrond?"
            ),
            "help_text": (
                "Een goede enquête vraagt niet alleen óf iemand is gediscrimineerd, maar ook waarom: "
                "bijvoorbeeld om herkomst, geloof, geslacht, handicap of leeftijd."
            ),
            "meaning_partly": (
                "<p>Er is wel onderzoek, maar de vragen zijn algemeen of niet alle gronden komen aan "
                "bod. Dan weet u niet welke groepen het meest met discriminatie te maken hebben, en "
                "waar. Gerichte maatregelen zijn dan lastig.</p>"
            ),
            "meaning_no": (
                "<p>Uw gemeente weet niet goed wat inwoners zelf meemaken. Juist hun ervaringen laten "
                "zien waar discriminatie zit, ook als niemand meldt. Met vragen per grond kunt u later "
                "ook meten of het beleid iets oplevert.</p>"
            ),
            "meaning_unknown": (
                "<p>Kijk of uw gemeente een inwonersenquête of een andere monitor heeft met vragen "
                "over discriminatie. Vraag de beleidsmedewerker of daarin ook naar de grond van "
                "discriminatie wordt gevraagd.</p>"
            ),
            "college_questions": [
                "Stelt de gemeente in haar onderzoek onder inwoners vragen over discriminatie, en "
                "vraagt zij daarbij naar de grond?",
                "Welke groepen krijgen volgens dat onderzoek het vaakst met discriminatie te maken, en "
                "op welke terreinen?",
                "Wil het college in het volgende onderzoek precieze vragen per grond opnemen, en ook "
                "letten op mensen die om meer redenen tegelijk worden gediscrimineerd?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- de gemeente inwoners niet of alleen in algemene termen vraagt naar hun ervaringen "
                "met discriminatie;\n"
                "- daardoor niet bekend is welke groepen in [naam gemeente] het meest met "
                "discriminatie te maken hebben;\n"
                "\n"
                "overwegende dat:\n"
                "- algemene vragen zonder de grond van discriminatie weinig zeggen;\n"
                "- mensen ook om meer redenen tegelijk gediscrimineerd kunnen worden;\n"
                "- groepen die vaak gediscrimineerd worden in enquêtes vaak minder goed bereikt worden;\n"
                "\n"
                "verzoekt het college:\n"
                "- in het eerstvolgende onderzoek onder inwoners precieze vragen over discriminatie "
                "per discriminatiegrond op te nemen, in overleg met de ADV en deskundigen;\n"
                "- daarnaast gesprekken of interviews te houden met groepen die in enquêtes weinig "
                "worden bereikt;\n"
                "- de uitkomsten voor [datum] met de raad te delen;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over onderzoek naar ervaringen met discriminatie\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Om discriminatie goed aan te pakken, moet de gemeente weten welke inwoners ermee te "
                "maken krijgen en waarom. De fractie van [fractie] heeft daarover de volgende "
                "vragen.\n"
                "\n"
                "1. Vraagt de gemeente in een enquête of monitor naar ervaringen van inwoners met "
                "discriminatie? Zo ja, in welk onderzoek en hoe vaak?\n"
                "2. Wordt daarbij gevraagd naar de grond van discriminatie, zoals herkomst, geloof, "
                "geslacht, seksuele gerichtheid, handicap of leeftijd?\n"
                "3. Hoe zorgt het college dat ook groepen die vaak gediscrimineerd worden goed worden "
                "bereikt?\n"
                "4. Is het college bereid om in het volgende onderzoek precieze vragen per grond op "
                "te nemen?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        # --- Step 2: samenwerken met de ADV -------------------------------------------------
        {
            "key": "adv-extra-afspraken",
            "step": "samenwerken-adv",
            "domain": None,
            "question": (
                "Heeft uw gemeente met de ADV afspraken gemaakt over meer dan de wettelijke taken?"
            ),
            "help_text": (
                "De ADV moet wettelijk inwoners helpen bij een klacht en klachten registreren. De "
                "gemeente kan ook vragen om bijvoorbeeld voorlichting, trainingen of advies."
            ),
            "meaning_partly": (
                "<p>Er zijn wat extra afspraken, maar ze zijn klein of niet vastgelegd. De ADV weet "
                "vaak goed wat er speelt en kan helpen om discriminatie te voorkomen. Die kennis "
                "blijft nu deels onbenut.</p>"
            ),
            "meaning_no": (
                "<p>De ADV doet alleen wat de wet vraagt: hulp bij klachten en registratie. Dat is "
                "belangrijk, maar het voorkomt geen discriminatie. Met extra afspraken kan de ADV ook "
                "voorlichting geven, trainen en de gemeente adviseren.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag het college naar de subsidie of de overeenkomst met de ADV. Daarin staat "
                "welke taken de ADV voor uw gemeente doet. U kunt het ook vragen tijdens een "
                "werkbezoek aan de ADV.</p>"
            ),
            "college_questions": [
                "Welke taken voert de ADV voor onze gemeente uit naast de wettelijke taken?",
                "Hoe beoordeelt het college de samenwerking met de ADV en wat die oplevert?",
                "Wat heeft de ADV nodig om in onze gemeente ook te werken aan het voorkomen van "
                "discriminatie?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- de ADV voor [naam gemeente] alleen de wettelijke taken uitvoert: bijstand bij "
                "klachten en registratie van klachten;\n"
                "\n"
                "overwegende dat:\n"
                "- de ADV veel kennis heeft van wat inwoners meemaken;\n"
                "- de ADV daarmee ook kan helpen om discriminatie te voorkomen, bijvoorbeeld met "
                "voorlichting, trainingen en advies;\n"
                "\n"
                "verzoekt het college:\n"
                "- met de ADV afspraken te maken over taken naast de wettelijke taken, zoals "
                "voorlichting, trainingen en advies aan de gemeente en haar partners;\n"
                "- hiervoor budget op te nemen in de begroting van [jaar];\n"
                "- de raad elk jaar te informeren over de resultaten van deze afspraken;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over de afspraken met de ADV\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Elke gemeente moet een antidiscriminatievoorziening (ADV) hebben. De fractie van "
                "[fractie] wil weten wat de ADV voor onze gemeente doet en wat dat oplevert.\n"
                "\n"
                "1. Welke afspraken heeft de gemeente met de ADV, en welke taken gaan verder dan de "
                "wettelijke taken?\n"
                "2. Hoeveel geld gaat er per jaar naar de ADV, en waaraan wordt dat besteed?\n"
                "3. Hoe beoordeelt het college de samenwerking met de ADV en de resultaten ervan?\n"
                "4. Is het college bereid met de ADV ook afspraken te maken over voorlichting, "
                "trainingen en advies?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        {
            "key": "adv-vindbaar",
            "step": "samenwerken-adv",
            "domain": None,
            "question": "Weten inwoners de ADV te vinden als zij discriminatie willen melden?",
            "help_text": (
                "Staat de ADV op de website van de gemeente? Is er een spreekuur in de buurt? Is de "
                "informatie er ook in eenvoudige taal en in andere talen?"
            ),
            "meaning_partly": (
                "<p>De ADV is wel te vinden, maar niet voor iedereen. Sommige groepen kennen de ADV "
                "niet of vinden de drempel te hoog. Zij krijgen dan geen hulp, en hun ervaringen "
                "komen niet in beeld.</p>"
            ),
            "meaning_no": (
                "<p>Als inwoners de ADV niet kennen, melden ze niet en krijgen ze geen hulp. De "
                "meldcijfers zijn dan nog lager dan de werkelijkheid. Bekendheid is nodig voor alles "
                "wat de ADV doet.</p>"
            ),
            "meaning_unknown": (
                "<p>Zoek zelf op de website van de gemeente naar 'discriminatie melden'. Vraag de ADV "
                "hoe bekend zij is. Vraag ook belangenorganisaties of hun achterban de ADV kent.</p>"
            ),
            "college_questions": [
                "Hoe zorgt het college ervoor dat alle inwoners weten waar zij discriminatie kunnen "
                "melden?",
                "Is bekend hoeveel inwoners de ADV kennen, ook in groepen die vaak met discriminatie "
                "te maken hebben?",
                "Is de informatie over melden ook goed te begrijpen voor mensen die moeite hebben met "
                "lezen of met de Nederlandse taal?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- veel inwoners van [naam gemeente] niet weten waar zij discriminatie kunnen melden;\n"
                "\n"
                "overwegende dat:\n"
                "- inwoners die de ADV niet kennen, geen hulp krijgen;\n"
                "- de meldcijfers daardoor een te klein beeld geven van discriminatie in onze "
                "gemeente;\n"
                "\n"
                "verzoekt het college:\n"
                "- samen met de ADV en belangenorganisaties een plan te maken om de ADV bekender te "
                "maken, vooral bij groepen die vaak met discriminatie te maken hebben;\n"
                "- informatie over melden te geven in eenvoudige taal en waar nodig in andere talen;\n"
                "- te onderzoeken of de ADV spreekuren kan houden op plekken waar inwoners al komen, "
                "zoals een wijkcentrum of de bibliotheek;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over de bekendheid van de ADV\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Inwoners die discriminatie meemaken, moeten weten waar zij terecht kunnen. De fractie "
                "van [fractie] heeft daarover de volgende vragen.\n"
                "\n"
                "1. Hoe informeert de gemeente inwoners over de mogelijkheid om discriminatie te melden "
                "bij de ADV?\n"
                "2. Is onderzocht hoe bekend de ADV is bij inwoners? Zo ja, wat was de uitkomst?\n"
                "3. Is de informatie over melden beschikbaar in eenvoudige taal en in andere talen?\n"
                "4. Welke stappen wil het college zetten om de ADV bekender te maken?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        # --- Step 3: visie en draagvlak -----------------------------------------------------
        {
            "key": "beleid-vastgesteld",
            "step": "visie-en-draagvlak",
            "domain": None,
            "question": "Heeft uw gemeente antidiscriminatiebeleid dat door de raad is vastgesteld?",
            "help_text": (
                "Het gaat om eigen beleid tegen discriminatie, met een visie. Dat kan een apart stuk "
                "zijn of een duidelijk deel van ander beleid, zoals een agenda voor inclusie."
            ),
            "meaning_partly": (
                "<p>Er staat wel iets op papier, bijvoorbeeld een paar zinnen in ander beleid of een "
                "plan dat de raad nooit heeft vastgesteld. Zo'n aanpak is kwetsbaar: hij hangt af van "
                "personen en kan zomaar verdwijnen.</p>"
            ),
            "meaning_no": (
                "<p>Uw gemeente heeft geen eigen beleid tegen discriminatie. Dat komt vaak voor. Maar "
                "zonder beleid zijn er geen gedeelde visie, doelen en afspraken. U kunt het college "
                "vragen om beleid te maken.</p>"
            ),
            "meaning_unknown": (
                "<p>Zoek in het raadsinformatiesysteem naar 'discriminatie', 'inclusie' of 'gelijke "
                "behandeling'. Vraag de griffie of de raad ooit zulk beleid heeft vastgesteld, en "
                "wanneer.</p>"
            ),
            "college_questions": [
                "Wanneer heeft de raad voor het laatst beleid tegen discriminatie vastgesteld, en is "
                "dat beleid nog actueel?",
                "Welke wethouder is verantwoordelijk voor de aanpak van discriminatie?",
                "Is het college bereid om binnen een jaar een antidiscriminatiebeleid aan de raad voor "
                "te leggen?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- [naam gemeente] geen door de raad vastgesteld antidiscriminatiebeleid heeft;\n"
                "\n"
                "overwegende dat:\n"
                "- discriminatie inwoners raakt in hun werk, wonen, onderwijs en dagelijks leven;\n"
                "- de gemeente meer kan doen dan de wettelijke taken van de ADV;\n"
                "- een vastgesteld beleid zorgt voor een gedeelde visie, doelen en afspraken;\n"
                "\n"
                "verzoekt het college:\n"
                "- uiterlijk [datum] een antidiscriminatiebeleid aan de raad voor te leggen, met een "
                "visie, concrete doelen, de rol van de ADV, de samenhang met ander beleid en een "
                "moment van evaluatie;\n"
                "- inwoners, belangen- en zelforganisaties en de ADV bij het maken van dit beleid te "
                "betrekken;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over antidiscriminatiebeleid\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Veel gemeenten hebben nog geen eigen beleid tegen discriminatie. De fractie van "
                "[fractie] wil weten hoe dat in onze gemeente is geregeld.\n"
                "\n"
                "1. Heeft [naam gemeente] een antidiscriminatiebeleid dat door de raad is vastgesteld? "
                "Zo ja, van wanneer is het?\n"
                "2. Welke wethouder is verantwoordelijk voor de aanpak van discriminatie?\n"
                "3. Zo nee, waarom niet, en is het college bereid zulk beleid op te stellen?\n"
                "4. Hoe wil het college inwoners en organisaties daarbij betrekken?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        {
            "key": "draagvlak-betrokkenen",
            "step": "visie-en-draagvlak",
            "domain": None,
            "question": (
                "Zijn inwoners en organisaties die met discriminatie te maken hebben betrokken bij de "
                "visie van de gemeente?"
            ),
            "help_text": (
                "Bijvoorbeeld via stadsgesprekken, dialoogsessies of gesprekken met belangen- en "
                "zelforganisaties, de ADV, scholen, werkgevers en de politie."
            ),
            "meaning_partly": (
                "<p>Er is met sommige partijen gepraat, maar niet met alle groepen. Vaak gebeurt dat "
                "in algemene inspraakorganen, waar gediscrimineerde groepen weinig aan tafel zitten. "
                "Dan mist de visie belangrijke ervaringen.</p>"
            ),
            "meaning_no": (
                "<p>De visie is gemaakt zonder de mensen om wie het gaat, of er is nog geen visie. Dan "
                "past het beleid minder goed bij wat er speelt. En partners voelen zich minder "
                "betrokken, terwijl u ze nodig hebt bij de uitvoering.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag het college met wie is gesproken bij het maken van het beleid. Vraag ook een "
                "paar lokale organisaties of zij zijn uitgenodigd en of zij zich herkennen in de "
                "visie.</p>"
            ),
            "college_questions": [
                "Met welke inwoners en organisaties heeft het college gesproken bij het maken van de "
                "visie op discriminatie?",
                "Hoe zorgt het college ervoor dat groepen die weinig gehoord worden toch meepraten?",
                "Hoe krijgt de aanpak van discriminatie een plek in alle programma's van de gemeente, "
                "ook in de begroting?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- inwoners en organisaties die met discriminatie te maken hebben nauwelijks zijn "
                "betrokken bij de visie van de gemeente;\n"
                "\n"
                "overwegende dat:\n"
                "- beleid beter werkt als het aansluit bij wat inwoners meemaken;\n"
                "- gediscrimineerde groepen in algemene inspraakorganen vaak weinig vertegenwoordigd "
                "zijn;\n"
                "- de gemeente partners nodig heeft om het beleid uit te voeren;\n"
                "\n"
                "verzoekt het college:\n"
                "- voor [datum] gesprekken te organiseren met inwoners, belangen- en "
                "zelforganisaties, de ADV en andere partners over de aanpak van discriminatie;\n"
                "- de uitkomsten te gebruiken voor de visie van de gemeente en ze met de raad te "
                "delen;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over draagvlak voor de aanpak van discriminatie\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Een aanpak van discriminatie werkt beter als de mensen om wie het gaat, meepraten. De "
                "fractie van [fractie] heeft daarover de volgende vragen.\n"
                "\n"
                "1. Met welke inwoners en organisaties heeft het college gesproken over de visie op "
                "discriminatie?\n"
                "2. Hoe heeft het college ervoor gezorgd dat ook groepen die vaak gediscrimineerd "
                "worden, zijn gehoord?\n"
                "3. Wat heeft het college met hun inbreng gedaan?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        # --- Step 4: doelen, plan en afstemming -----------------------------------------------
        {
            "key": "plan-met-doelen",
            "step": "doelen-en-plan",
            "domain": None,
            "question": "Heeft het beleid concrete doelen, een planning en een eigen budget?",
            "help_text": (
                "Concreet betekent: u kunt later nagaan of het doel is gehaald. Bijvoorbeeld: 'eind "
                "2027 heeft de gemeente met haar partners een code voor diversiteit vastgesteld'."
            ),
            "meaning_partly": (
                "<p>Er zijn doelen, maar ze zijn vaag, of er is geen planning of geld. Dan kunt u als "
                "raad moeilijk controleren wat er gebeurt. Vage doelen leiden vaak tot weinig "
                "actie.</p>"
            ),
            "meaning_no": (
                "<p>Zonder doelen, plan en budget blijft beleid bij goede bedoelingen. Een plan voor "
                "een aantal jaren met concrete doelen laat zien wat er wanneer gebeurt en wat het "
                "kost. Dan kunt u ook controleren.</p>"
            ),
            "meaning_unknown": (
                "<p>Kijk in het beleidsstuk of er doelen met een datum in staan. Zoek in de begroting "
                "naar geld voor de aanpak van discriminatie. Staat het er niet in, vraag het dan bij "
                "de begrotingsbehandeling.</p>"
            ),
            "college_questions": [
                "Welke concrete doelen heeft het college voor de aanpak van discriminatie, en wanneer "
                "moeten die gehaald zijn?",
                "Hoeveel geld staat er in de begroting voor de aanpak van discriminatie, naast het "
                "geld voor de ADV?",
                "Is er een plan voor meerdere jaren, en hoe hoort de raad hoe het ermee staat?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- het antidiscriminatiebeleid van [naam gemeente] geen concrete doelen, planning of "
                "eigen budget heeft;\n"
                "\n"
                "overwegende dat:\n"
                "- de raad zonder concrete doelen niet kan controleren of het beleid werkt;\n"
                "- een plan met doelen, planning en geld zorgt dat beleid ook wordt uitgevoerd;\n"
                "\n"
                "verzoekt het college:\n"
                "- uiterlijk [datum] een plan voor [aantal] jaar aan de raad voor te leggen met "
                "concrete doelen, een planning en de kosten;\n"
                "- het benodigde budget op te nemen in de begroting van [jaar];\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over doelen en budget voor de aanpak van "
                "discriminatie\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "De fractie van [fractie] wil kunnen nagaan of het antidiscriminatiebeleid werkt. "
                "Daarvoor zijn concrete doelen nodig. Wij hebben de volgende vragen.\n"
                "\n"
                "1. Welke concrete doelen heeft het college voor de aanpak van discriminatie, en "
                "wanneer moeten die gehaald zijn?\n"
                "2. Is er een plan voor meerdere jaren? Zo ja, hoe staat het met de uitvoering?\n"
                "3. Hoeveel geld is er de komende jaren voor de aanpak van discriminatie, naast het "
                "geld voor de ADV?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        {
            "key": "ander-beleid",
            "step": "doelen-en-plan",
            "domain": None,
            "question": "Is de aanpak van discriminatie ook opgenomen in ander beleid van de gemeente?",
            "help_text": (
                "Denk aan werk, onderwijs, wonen, zorg, sport en veiligheid. Maar ook aan inkoop en "
                "subsidies: stelt de gemeente daar eisen over gelijke behandeling?"
            ),
            "meaning_partly": (
                "<p>In sommige beleidsvelden is aandacht voor discriminatie, in andere niet. "
                "Discriminatie speelt op veel plekken tegelijk. Als het onderwerp bij één afdeling "
                "ligt, mist u kansen om het te voorkomen.</p>"
            ),
            "meaning_no": (
                "<p>De aanpak staat los van ander beleid. Toch heeft de gemeente veel invloed via haar "
                "andere taken, zoals subsidies, inkoop, onderwijs en wonen. Als die taken op elkaar "
                "aansluiten, wordt de aanpak sterker.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag het college in welke beleidsstukken discriminatie of gelijke behandeling "
                "staat. Kijk ook of de voorwaarden voor subsidies en het inkoopbeleid iets zeggen "
                "over inclusie.</p>"
            ),
            "college_questions": [
                "In welke beleidsvelden is de aanpak van discriminatie opgenomen, en in welke nog "
                "niet?",
                "Stelt de gemeente bij inkoop en subsidies eisen over gelijke behandeling en "
                "inclusie?",
                "Hoe werken de wethouders samen aan de aanpak van discriminatie?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- de aanpak van discriminatie in [naam gemeente] losstaat van ander beleid, zoals "
                "werk, onderwijs, wonen en zorg;\n"
                "\n"
                "overwegende dat:\n"
                "- discriminatie op veel terreinen tegelijk voorkomt;\n"
                "- de gemeente via inkoop en subsidies veel invloed heeft op organisaties in de "
                "gemeente;\n"
                "\n"
                "verzoekt het college:\n"
                "- de aanpak van discriminatie op te nemen in alle beleidsvelden waar dat past;\n"
                "- gelijke behandeling en inclusie als voorwaarde op te nemen bij inkoop en "
                "subsidies;\n"
                "- de raad voor [datum] te laten weten hoe dit is uitgewerkt;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over discriminatie in ander gemeentelijk beleid\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Discriminatie speelt op veel terreinen, van werk tot zorg. De fractie van [fractie] "
                "wil weten of de aanpak ook in ander beleid een plek heeft.\n"
                "\n"
                "1. In welke beleidsvelden is aandacht voor het voorkomen van discriminatie?\n"
                "2. Stelt de gemeente bij inkoop en subsidies eisen over gelijke behandeling en "
                "inclusie? Zo nee, waarom niet?\n"
                "3. Hoe stemmen de wethouders hun beleid af als het gaat om discriminatie?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        # --- Step 5: uitvoering -------------------------------------------------------------
        {
            "key": "gemeente-als-werkgever",
            "step": "uitvoering",
            "domain": "arbeidsmarkt",
            "question": (
                "Geeft de gemeente als werkgever zelf het goede voorbeeld bij werving en selectie?"
            ),
            "help_text": (
                "Bijvoorbeeld met vaste criteria bij sollicitaties, training voor selectiecommissies "
                "en een plek waar medewerkers discriminatie kunnen melden."
            ),
            "meaning_partly": (
                "<p>De gemeente doet wel iets, maar niet vast en niet overal. Een gemeente die zelf "
                "eerlijk werft en selecteert, is geloofwaardiger als zij andere werkgevers daarop "
                "aanspreekt.</p>"
            ),
            "meaning_no": (
                "<p>De gemeente let als werkgever niet apart op discriminatie. Dan kunnen sollicitanten "
                "en medewerkers ongelijk behandeld worden. En de gemeente mist de kans om andere "
                "werkgevers het goede voorbeeld te geven.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag de afdeling personeelszaken hoe werving en selectie gaan, en waar "
                "medewerkers discriminatie kunnen melden. Kijk ook in het sociaal jaarverslag van de "
                "gemeente.</p>"
            ),
            "college_questions": [
                "Wat doet de gemeente om discriminatie bij de werving en selectie van eigen personeel "
                "te voorkomen?",
                "Waar kunnen medewerkers van de gemeente terecht als zij op het werk discriminatie "
                "meemaken, en hoe vaak gebeurt dat?",
                "Hoe stimuleert het college andere werkgevers in onze gemeente om eerlijk te werven "
                "en te selecteren?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- discriminatie bij werving en selectie veel voorkomt;\n"
                "- niet bekend is hoe de gemeente [naam gemeente] als werkgever discriminatie "
                "voorkomt;\n"
                "\n"
                "overwegende dat:\n"
                "- de gemeente als werkgever het goede voorbeeld hoort te geven;\n"
                "- de gemeente pas geloofwaardig is bij andere werkgevers als zij dat zelf doet;\n"
                "\n"
                "verzoekt het college:\n"
                "- de eigen werving en selectie te laten onderzoeken op risico's van discriminatie;\n"
                "- op basis daarvan maatregelen te nemen en die voor [datum] met de raad te delen;\n"
                "- samen met werkgevers in de gemeente afspraken te maken over eerlijke werving en "
                "selectie;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over de gemeente als werkgever\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "De gemeente is ook werkgever. De fractie van [fractie] wil weten hoe de gemeente "
                "discriminatie bij haar eigen personeel voorkomt.\n"
                "\n"
                "1. Welke maatregelen neemt de gemeente om discriminatie bij werving en selectie te "
                "voorkomen?\n"
                "2. Zijn medewerkers die sollicitanten kiezen daarin getraind?\n"
                "3. Waar kunnen medewerkers discriminatie op het werk melden, en hoeveel meldingen "
                "waren er het afgelopen jaar?\n"
                "4. Hoe spreekt het college andere werkgevers in de gemeente aan op eerlijke werving "
                "en selectie?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        {
            "key": "woningmarkt",
            "step": "uitvoering",
            "domain": "wonen",
            "question": (
                "Pakt uw gemeente discriminatie op de woningmarkt aan, bijvoorbeeld bij het verhuren "
                "van woningen?"
            ),
            "help_text": (
                "Denk aan afspraken met verhuurders en makelaars, praktijktesten bij verhuur en "
                "informatie voor woningzoekenden over hun rechten."
            ),
            "meaning_partly": (
                "<p>Er gebeurt iets, maar niet vast, bijvoorbeeld één keer voorlichting. Wie wordt "
                "afgewezen, weet vaak niet dat discriminatie de reden was. Zonder toezicht en "
                "praktijktesten blijft het daardoor bestaan.</p>"
            ),
            "meaning_no": (
                "<p>De gemeente doet niets speciaals tegen discriminatie op de woningmarkt. Toch kan "
                "de gemeente hier veel doen: de Wet goed verhuurderschap verbiedt verhuurders te "
                "discrimineren, en de gemeente kan daarop toezien.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag het college hoe het toezicht op verhuurders is geregeld en of er meldingen "
                "over discriminatie bij verhuur binnenkomen. Vraag de ADV naar meldingen over "
                "wonen.</p>"
            ),
            "college_questions": [
                "Hoe houdt de gemeente toezicht op discriminatie bij het verhuren van woningen?",
                "Zijn er in onze gemeente praktijktesten gedaan bij verhuurders of makelaars? Zo ja, "
                "wat kwam daaruit?",
                "Hoeveel meldingen over discriminatie op de woningmarkt krijgen de gemeente en de "
                "ADV, en wat gebeurt daarmee?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- woningzoekenden kunnen worden afgewezen om bijvoorbeeld hun naam, herkomst of "
                "geloof;\n"
                "- de gemeente [naam gemeente] hier nog geen vaste aanpak voor heeft;\n"
                "\n"
                "overwegende dat:\n"
                "- discriminatie bij verhuur moeilijk te zien is voor wie het overkomt;\n"
                "- de Wet goed verhuurderschap verhuurders verbiedt te discrimineren en de gemeente "
                "hierop kan toezien;\n"
                "\n"
                "verzoekt het college:\n"
                "- praktijktesten te laten doen bij verhuurders en makelaars in [naam gemeente];\n"
                "- afspraken te maken met verhuurders en makelaars over eerlijke verhuur, en op te "
                "treden als die niet worden nagekomen;\n"
                "- woningzoekenden te informeren over hun rechten en over de ADV;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over discriminatie op de woningmarkt\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Discriminatie bij het zoeken naar een woning is vaak onzichtbaar. De fractie van "
                "[fractie] wil weten wat de gemeente ertegen doet.\n"
                "\n"
                "1. Hoe houdt de gemeente toezicht op discriminatie bij verhuur, ook op grond van de "
                "Wet goed verhuurderschap?\n"
                "2. Zijn er praktijktesten gedaan bij verhuurders of makelaars in [naam gemeente]? Zo "
                "ja, wat waren de uitkomsten?\n"
                "3. Hoeveel meldingen over discriminatie op de woningmarkt kwamen het afgelopen jaar "
                "binnen bij de gemeente en de ADV?\n"
                "4. Welke afspraken heeft de gemeente met verhuurders en makelaars over eerlijke "
                "verhuur?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        # --- Step 6: evalueren en monitoren -------------------------------------------------
        {
            "key": "beleid-geevalueerd",
            "step": "evalueren",
            "domain": None,
            "question": "Wordt het antidiscriminatiebeleid van uw gemeente geëvalueerd?",
            "help_text": (
                "Een evaluatie laat zien of de doelen zijn gehaald en of de maatregelen werken. Het "
                "helpt als vooraf is afgesproken wanneer en hoe dat gebeurt."
            ),
            "meaning_partly": (
                "<p>Er wordt wel iets bijgehouden, zoals het aantal activiteiten, maar niet wat het "
                "beleid oplevert. Dan weet niemand of het geld goed wordt besteed. Sommige aanpakken "
                "werken zelfs averechts; dat wilt u op tijd weten.</p>"
            ),
            "meaning_no": (
                "<p>Zonder evaluatie weet de raad niet of het beleid helpt, en kunt u niet goed "
                "bijsturen. Vraag het college om vooraf vast te leggen wanneer en hoe het beleid wordt "
                "geëvalueerd.</p>"
            ),
            "meaning_unknown": (
                "<p>Kijk in het beleidsstuk of er een evaluatie is afgesproken. Zoek in het "
                "raadsinformatiesysteem naar eerdere evaluaties. Of vraag het de wethouder in de "
                "commissie.</p>"
            ),
            "college_questions": [
                "Wanneer is het antidiscriminatiebeleid voor het laatst geëvalueerd, en wat waren de "
                "belangrijkste uitkomsten?",
                "Hoe meet het college of de maatregelen echt leiden tot minder discriminatie?",
                "Worden inwoners, organisaties en de ADV betrokken bij de evaluatie?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- het antidiscriminatiebeleid van [naam gemeente] niet wordt geëvalueerd;\n"
                "\n"
                "overwegende dat:\n"
                "- de raad zonder evaluatie niet weet of het beleid werkt;\n"
                "- sommige aanpakken van discriminatie averechts kunnen werken;\n"
                "- een evaluatie helpt om geld en menskracht goed in te zetten;\n"
                "\n"
                "verzoekt het college:\n"
                "- het antidiscriminatiebeleid uiterlijk [datum] te laten evalueren, met de "
                "ervaringen van inwoners, organisaties en de ADV;\n"
                "- de uitkomsten met de raad te bespreken en daarbij voorstellen te doen om het "
                "beleid bij te stellen;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over de evaluatie van het antidiscriminatiebeleid\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "De fractie van [fractie] wil weten of het antidiscriminatiebeleid werkt. Daarom "
                "stellen wij de volgende vragen.\n"
                "\n"
                "1. Is het antidiscriminatiebeleid geëvalueerd? Zo ja, wanneer, en wat waren de "
                "uitkomsten?\n"
                "2. Zo nee, wanneer wil het college het beleid laten evalueren?\n"
                "3. Hoe meet het college of de maatregelen leiden tot minder discriminatie?\n"
                "4. Betrekt het college inwoners, organisaties en de ADV bij de evaluatie?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
        {
            "key": "raad-geinformeerd",
            "step": "evalueren",
            "domain": None,
            "question": (
                "Krijgt de raad minstens één keer per jaar een verslag over de voortgang van het "
                "beleid?"
            ),
            "help_text": (
                "Bijvoorbeeld een brief aan de raad met de resultaten van het afgelopen jaar, de "
                "meldingen bij de ADV en wat er nog moet gebeuren."
            ),
            "meaning_partly": (
                "<p>De raad krijgt soms informatie, maar niet op een vast moment of niet volledig. "
                "Dan ziet u pas laat dat iets niet goed gaat. Een vast moment maakt uw controlerende "
                "rol makkelijker.</p>"
            ),
            "meaning_no": (
                "<p>De raad hoort niets over de voortgang. Zo kunt u uw controlerende rol niet goed "
                "uitvoeren. Een verslag per jaar laat zien wat er is bereikt en waar bijsturing nodig "
                "is.</p>"
            ),
            "meaning_unknown": (
                "<p>Vraag de griffie of er afspraken zijn over een verslag per jaar. Kijk ook in de "
                "jaarrekening of de aanpak van discriminatie daarin staat, met resultaten.</p>"
            ),
            "college_questions": [
                "Is het college bereid de raad elk jaar te informeren over de voortgang van het "
                "antidiscriminatiebeleid?",
                "Welke gegevens neemt het college daarin op, zoals de meldingen bij de ADV en de "
                "ervaringen van inwoners?",
                "Hoe gebruikt het college de resultaten om het beleid bij te stellen?",
            ],
            "motion": (
                "De raad van de gemeente [naam gemeente], in vergadering bijeen op [datum],\n"
                "\n"
                "constaterende dat:\n"
                "- de raad geen vast verslag krijgt over de voortgang van het "
                "antidiscriminatiebeleid;\n"
                "\n"
                "overwegende dat:\n"
                "- de raad het college moet kunnen controleren;\n"
                "- tijdig bijsturen alleen kan als de raad weet hoe het beleid loopt;\n"
                "\n"
                "verzoekt het college:\n"
                "- de raad elk jaar voor [maand] een verslag te sturen over de voortgang van het "
                "antidiscriminatiebeleid, met de doelen, de resultaten, de meldingen bij de ADV en "
                "de ervaringen van inwoners;\n"
                "- daarin ook aan te geven waar het beleid wordt bijgesteld;\n"
                "\n"
                "en gaat over tot de orde van de dag.\n"
                "\n"
                "[naam raadslid], [fractie]"
            ),
            "written_questions": (
                "Aan het college van burgemeester en wethouders van [naam gemeente]\n"
                "Van: [naam raadslid], [fractie]\n"
                "Datum: [datum]\n"
                "Onderwerp: schriftelijke vragen over de informatie aan de raad over het "
                "antidiscriminatiebeleid\n"
                "\n"
                "Geacht college,\n"
                "\n"
                "Om onze controlerende rol goed te doen, wil de fractie van [fractie] weten hoe het "
                "antidiscriminatiebeleid loopt. Wij hebben de volgende vragen.\n"
                "\n"
                "1. Wanneer heeft het college de raad voor het laatst geïnformeerd over de voortgang "
                "van het antidiscriminatiebeleid?\n"
                "2. Is het college bereid de raad daar elk jaar over te informeren?\n"
                "3. Wil het college daarin de doelen, de resultaten, de meldingen bij de ADV en de "
                "ervaringen van inwoners opnemen?\n"
                "\n"
                "Met vriendelijke groet,\n"
                "\n"
                "[naam raadslid]\n"
                "[fractie]"
            ),
        },
    ],
    "dos": [
        "Praat met belangenorganisaties en zelforganisaties van groepen die met discriminatie te "
        "maken hebben.",
        "Laat kwalitatief onderzoek doen: interviews en groepsgesprekken over wat inwoners "
        "meemaken.",
        "Gebruik enquêtes met precieze vragen over discriminatie, en vraag naar de grond: "
        "bijvoorbeeld herkomst, geloof, geslacht of handicap.",
        "Laat praktijktesten doen, bijvoorbeeld bij het verhuren van woningen of bij "
        "sollicitaties.",
        "Let op intersectionaliteit: mensen kunnen om meer redenen tegelijk worden gediscrimineerd, "
        "bijvoorbeeld om hun geslacht én hun herkomst.",
        "Vraag de ADV wat zij ziet en hoort, ook buiten de officiële meldingen om.",
    ],
    "donts": [
        "Ga niet alleen af op meldcijfers. De meeste mensen melden discriminatie niet, dus weinig "
        "meldingen zegt weinig.",
        "Stel in enquêtes geen algemene vragen over discriminatie zonder te vragen naar de grond "
        "van discriminatie.",
        "Haal uw informatie niet alleen op in algemene inspraakorganen. Groepen die gediscrimineerd "
        "worden, zijn daar vaak ondervertegenwoordigd.",
        "Kies geen aanpak alleen omdat die goed klinkt. Sommige aanpakken werken averechts; kijk "
        "eerst wat bekend is over wat werkt.",
    ],
    "conversation_starters": [
        "Wat vinden we belangrijk in de aanpak van discriminatie in onze gemeente?",
        "Welke kaders willen we als raad meegeven aan het college?",
        "Welke rol kan ieder van ons spelen in de aanpak van discriminatie?",
        "Wat hebben jullie nodig van de ADV?",
        "Wat hebben we als raad zelf nodig om inclusief te werken?",
        "Wat zouden de eerste stappen kunnen zijn?",
    ],
}
