"""Seed search synonyms that the Dutch stemmer cannot work out itself; editors add more."""

from django.db import migrations

from hub.migration_utils import grant

SYNONYMS = [
    ("discrimineren", "discriminatie, discriminerend, gediscrimineerd"),
    ("woningmarkt", "wonen, woning, woningen, huur, huren, verhuur, verhuurders"),
    ("werk", "arbeidsmarkt, werkgever, werkgevers, sollicitatie, solliciteren"),
    ("racisme", "herkomst, huidskleur, racistisch"),
    ("lhbti", "lhbtiq, seksuele gerichtheid, genderidentiteit, homo, transgender"),
    ("beperking", "handicap, chronische ziekte, toegankelijkheid"),
    ("ouderen", "leeftijd, leeftijdsdiscriminatie"),
    ("jongeren", "leeftijd, jeugd, school"),
    ("melden", "melding, meldingen, meldpunt, adv"),
    ("geloof", "godsdienst, religie"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("hub", "SearchSynonym")
    for term, alternatives in SYNONYMS:
        Synonym.objects.get_or_create(term=term, defaults={"alternatives": alternatives})
    for group in ("Redacteur", "Eindredacteur"):
        grant(
            apps,
            group,
            "hub",
            ["view_searchsynonym", "add_searchsynonym", "change_searchsynonym", "delete_searchsynonym",
             "view_zeroresultquery"],
        )


class Migration(migrations.Migration):
    dependencies = [("hub", "0006_search_synonyms_and_log")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
