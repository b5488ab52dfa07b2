"""The lexicon for compound splitting: simple words of this field.

Words of the field that Dutch glues into compounds (FIELD_WORDS), plus, from the database,
the words of the taxonomy terms, the editors' search synonyms and the tags. Kept per process
and rebuilt when the content version changes (hub.versions), so a new tag or synonym counts
from the next search on; pages indexed before it keep their old search keys until they are
saved again or the index is rebuilt (`manage.py rebuild_search_index`).
"""

import time

from hub import versions
from hub.textsearch.analysis import Lexicon, content_words

# Simple words of anti-discrimination policy that appear as parts of compounds
# (arbeidsmarkt|discriminatie, huur|woning, deur|beleid, balie|medewerker, ...).
FIELD_WORDS = """
    aanpak aanbod aanbesteding aangifte achtergrond activiteit advies afspraak agent
    antidiscriminatie antidiscriminatievoorziening antisemitisme arbeid arbeidsmarkt
    arbeidsmigrant balie basis beeld beleid bemiddeling beperking beroep bescherming bestuur
    bewoner bewustwording bijeenkomst buurt campagne cijfers club college contact corporatie
    cultuur cursus debat deur dienst discriminatie diversiteit dossier dorp echt eis
    ervaring etniciteit evaluatie expert functie gebied gedrag geloof gelijk gemeente
    geslacht gesprek groep handicap herkomst horeca huidskleur huis huur inclusie inkoop
    integratie jeugd jongere kans kennis klacht klas kleur kracht leeftijd leerling leraar
    les lhbti lokaal maatschappij markt masterclass medewerker melding meld migrant moslim
    motie netwerk norm onderwijs onderzoek organisatie ouder ouderen overleg partner plan
    politie praktijk praktijktest privacy profiel profileren programma project raad
    racisme recht regio rol school selectie sociaal sport stage stap subsidie taal team
    test toegang toegankelijkheid toets training uitgaan uitvoering uitzend vakantie
    veiligheid verhuur verhuurder verkenning vereniging vertrouwen visie vluchteling
    voorlichting voorziening vrijwilliger wagen welzijn werk werkgever werknemer werving
    wijk woning woningmarkt woon woonwagen zorg
    samen leven tool raadslid raadsleden gast bureau makelaar scan ondernemer deskundige
    schok workshop dialoog tafel voetbal toernooi platteland model jaar maatje buur
    lessen leren klacht loket meldpunt hulp eerste bijstand registratie bewust
"""

# Parts that nearly every page of this site has: a compound's other parts say what it is
# about ("leeftijdsdiscriminatie" is about leeftijd), so a query does not require these.
GENERIC_PARTS = frozenset("discriminatie antidiscriminatie beleid gemeente lokaal".split())

LOCAL_SECONDS = 60
_memo = {}


def _database_words():
    from taggit.models import Tag

    from hub.faceting import synonyms, terms
    from hub.models import TAXONOMY_MODELS

    found = []
    for model in TAXONOMY_MODELS:
        for term in terms.for_model(model):
            found.extend(content_words(term.name))
    for word, alternatives in synonyms.synonyms().items():
        found.extend(content_words(word))
        for alternative in alternatives:
            found.extend(content_words(alternative))
    found.extend(
        word for name in Tag.objects.values_list("name", flat=True) for word in content_words(name)
    )
    return found


def lexicon():
    """The current Lexicon (FIELD_WORDS and the database's words)."""
    version = versions.content_version()
    memo = _memo.get("lexicon")
    now = time.monotonic()
    if memo is None or memo[0] != version or memo[1] < now:
        words = [*FIELD_WORDS.split(), *_database_words()]
        memo = (version, now + LOCAL_SECONDS, Lexicon.of(word for word in words if len(word) > 2))
        _memo["lexicon"] = memo
    return memo[2]


def clear_local():
    _memo.clear()
