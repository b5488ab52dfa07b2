"""Demo content: the "wat werkt" dossier, one page per working mechanism, `MECHANISM_PAGES`
(data only, no imports; invented like the interventions).
"""

MECHANISM_PAGES = {
    "inleven-en-empathie": {
        "title": "Inleven en empathie",
        "intro": (
            "Wie zich kan verplaatsen in een ander, oordeelt minder snel. Interventies met dit "
            "mechanisme helpen mensen om de wereld even door de ogen van een ander te zien."
        ),
        "evidence": (
            "<p>Oefeningen in perspectief nemen verminderen in veel studies vooroordelen, vooral als ze "
            "kort zijn en vaker terugkomen. Persoonlijke verhalen van mensen die discriminatie "
            "meemaken, werken beter dan algemene uitleg.</p>"
            "<p>Het effect van één losse oefening is vaak klein en verdwijnt snel. Herhaling en een "
            "koppeling aan het eigen werk maken het sterker.</p>"
        ),
        "why_it_works": (
            "<p>Als mensen zich inleven, zien ze de ander als persoon en niet als lid van een groep. "
            "Ze voelen meer betrokkenheid en zijn eerder bereid om iets te doen.</p>"
            "<ul><li>Persoonlijke verhalen maken een abstract probleem concreet.</li>"
            "<li>Perspectief nemen vermindert het automatische ‘wij en zij’-denken.</li>"
            "<li>Empathie helpt omstanders om in te grijpen.</li></ul>"
        ),
        "when_it_fails": (
            "<ul><li><strong>Simulaties</strong>, zoals een uur met een blinddoek lopen, roepen vooral "
            "angst en medelijden op. Mensen gaan de ander dan onderschatten.</li>"
            "<li><strong>Gedwongen inleven</strong> in een groep waar mensen zich al aangevallen voelen, "
            "leidt tot weerstand.</li>"
            "<li><strong>Alleen leed tonen</strong> maakt de ander tot slachtoffer. Laat ook kracht en "
            "gewoon leven zien.</li>"
            "<li>Deelnemers die zelf discriminatie meemaken, kunnen geraakt worden. Zorg voor "
            "nazorg.</li></ul>"
        ),
    },
    "sociale-norm": {
        "title": "Sociale norm veranderen",
        "intro": (
            "Mensen letten sterk op wat anderen in hun omgeving vinden en doen. Als duidelijk is dat "
            "discriminatie niet geaccepteerd wordt, gedragen mensen zich daarnaar."
        ),
        "evidence": (
            "<p>Interventies die laten zien wat de meeste mensen echt vinden en doen, hebben in "
            "verschillende studies effect op gedrag. Dat geldt voor campagnes, maar ook voor afspraken "
            "in teams, clubs en bedrijven.</p>"
            "<p>Het effect is het grootst als de norm komt van mensen of organisaties die de doelgroep "
            "belangrijk vindt, zoals een trainer, leidinggevende of branchevereniging.</p>"
        ),
        "why_it_works": (
            "<p>De meeste mensen willen erbij horen. Ze passen hun gedrag aan aan wat zij denken dat "
            "normaal is. Vaak denken mensen dat anderen toleranter zijn tegenover discriminatie dan "
            "echt zo is. Juiste informatie corrigeert dat beeld.</p>"
            "<p>Een zichtbare norm geeft ook steun aan wie wil ingrijpen. Die weet dan dat hij of zij "
            "er niet alleen voor staat.</p>"
        ),
        "when_it_fails": (
            "<ul><li><strong>Het probleem groot maken</strong> (‘iedereen discrimineert’) kan de "
            "verkeerde norm versterken: het lijkt dan normaal.</li>"
            "<li><strong>Kleurenblinde boodschappen</strong> (‘wij zien geen verschil’) ontkennen "
            "ervaringen met discriminatie en laten mensen die discrimineren vrij.</li>"
            "<li>Een norm die alleen van bovenaf komt, zonder steun van de groep zelf, wordt snel "
            "genegeerd.</li>"
            "<li>Afspraken zonder controle of gevolg verliezen na een tijd hun kracht.</li></ul>"
        ),
    },
    "confronteren-en-bewustwording": {
        "title": "Confronteren en bewustwording",
        "intro": (
            "Mensen zijn zich vaak niet bewust van hun eigen vooroordelen. Confronteren kan helpen, "
            "maar alleen als het zorgvuldig gebeurt. Anders werkt het juist averechts."
        ),
        "evidence": (
            "<p>De uitkomsten zijn gemengd. Feitelijke terugkoppeling over het eigen gedrag, zoals na "
            "een praktijktest, kan gedrag veranderen. Dat geldt vooral als er daarna een concreet "
            "verbeterplan is.</p>"
            "<p>Trainingen die mensen met hun vooroordelen confronteren, vergroten vaak wel de kennis. "
            "Het effect op houding en gedrag is wisselend en soms negatief.</p>"
        ),
        "why_it_works": (
            "<p>Wie ziet dat het eigen gedrag niet past bij de eigen waarden, wil dat meestal "
            "herstellen. Dat werkt het best als mensen zelf de ruimte krijgen om te veranderen.</p>"
            "<ul><li>Gebruik feiten en cijfers over de eigen organisatie.</li>"
            "<li>Bied direct een handelingsperspectief.</li>"
            "<li>Bespreek het in een veilige, niet-beschuldigende sfeer.</li></ul>"
        ),
        "when_it_fails": (
            "<ul><li><strong>Beschuldigen</strong> maakt mensen defensief. Ze zoeken redenen waarom het "
            "niet over hen gaat en de weerstand groeit.</li>"
            "<li><strong>Eenmalige schokkende workshops</strong> geven geen tijd om te verwerken en "
            "laten deelnemers achter met boosheid of schaamte.</li>"
            "<li><strong>Verplichte trainingen</strong> met nadruk op schuld kunnen de steun voor "
            "diversiteitsbeleid verkleinen.</li>"
            "<li><strong>Schokcampagnes met extreme voorbeelden</strong> maken dat de gewone kijker "
            "zich niet aangesproken voelt.</li></ul>"
        ),
    },
    "counter-stereotypen": {
        "title": "Counter-stereotypen en flexibel denken",
        "intro": (
            "Stereotypen zijn vaste beelden over groepen. Voorbeelden die daar niet in passen, helpen "
            "mensen om flexibeler te denken en elkaar als individu te zien."
        ),
        "evidence": (
            "<p>Herhaald contact met tegenvoorbeelden, zoals rolmodellen in de klas, vermindert "
            "stereotiepe beelden. Bij kinderen zijn de effecten in meerdere studies ook op langere "
            "termijn zichtbaar.</p>"
            "<p>Maatregelen die de invloed van stereotypen op beslissingen verkleinen, zoals anoniem "
            "solliciteren en vaste criteria, hebben effect op uitkomsten in selectie.</p>"
        ),
        "why_it_works": (
            "<p>Ons brein gebruikt stereotypen om snel te oordelen. Een tegenvoorbeeld verrast en zet "
            "aan tot nadenken. Door veel verschillende voorbeelden leert iemand dat een groep niet uit "
            "één type bestaat.</p>"
            "<p>Door informatie weg te laten of beslissingen te structureren, krijgen vooroordelen minder "
            "ruimte, ook als iemand ze nog heeft.</p>"
        ),
        "when_it_fails": (
            "<ul><li>Eén enkel tegenvoorbeeld wordt gezien als ‘uitzondering op de regel’. Dan blijft "
            "het stereotype juist bestaan.</li>"
            "<li>Als een rolmodel onrealistisch succesvol is, kan het de kloof groter laten lijken.</li>"
            "<li>Stereotypen steeds opnoemen om ze te ontkrachten, kan ze per ongeluk versterken.</li>"
            "<li>Anonimiseren helpt alleen in de eerste ronde. Zonder vaste criteria komt het "
            "vooroordeel in het gesprek alsnog terug.</li></ul>"
        ),
    },
    "contact-tussen-groepen": {
        "title": "Contact tussen groepen",
        "intro": (
            "Mensen die elkaar persoonlijk kennen, hebben minder vooroordelen over elkaars groep. Maar "
            "niet elk contact werkt: de voorwaarden bepalen of het helpt of schaadt."
        ),
        "evidence": (
            "<p>Contact tussen groepen is een van de best onderzochte manieren om vooroordelen te "
            "verminderen. Het effect is het sterkst als aan vaste voorwaarden is voldaan en het contact "
            "vaker plaatsvindt.</p>"
            "<p>Ook vriendschap met iemand uit een andere groep, of weten dat een vriend zo'n "
            "vriendschap heeft, vermindert vooroordelen.</p>"
        ),
        "why_it_works": (
            "<p>Door contact leren mensen de ander kennen, verdwijnt angst en groeit begrip. De "
            "belangrijkste voorwaarden zijn:</p>"
            "<ul><li>Gelijke status binnen de situatie.</li>"
            "<li>Een gezamenlijk doel.</li>"
            "<li>Samenwerking in plaats van competitie.</li>"
            "<li>Steun van leiding, school of gemeente.</li></ul>"
        ),
        "when_it_fails": (
            "<ul><li><strong>Competitie tussen groepen</strong>, zoals een toernooi met teams per wijk, "
            "versterkt het ‘wij tegen zij’-gevoel.</li>"
            "<li><strong>Ongelijke omstandigheden</strong> bevestigen bestaande beelden over wie "
            "‘boven’ en ‘onder’ staat.</li>"
            "<li><strong>Eenmalig of gedwongen contact</strong> kan spanning en onzekerheid juist "
            "vergroten.</li>"
            "<li>Een negatieve ervaring in het contact kan vooroordelen versterken. Goede begeleiding is "
            "daarom nodig.</li></ul>"
        ),
    },
}
