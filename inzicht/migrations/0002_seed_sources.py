"""The sources and natures of incidents that Dutch discrimination reports use, the area
"Nederland", and the permissions of the editors on the figures."""

from django.db import migrations

from hub.migration_utils import grant

SOURCES = [
    ("adv", "Antidiscriminatievoorzieningen", "meldingen",
     "Meldingen en klachten bij de antidiscriminatievoorzieningen (ADV's) in het werkgebied."),
    ("politie", "Politie", "registraties",
     "Discriminatie-incidenten die de politie registreerde, ook als er geen aangifte is gedaan."),
    ("crm", "College voor de Rechten van de Mens", "verzoeken om een oordeel",
     "Verzoeken om een oordeel over ongelijke behandeling."),
    ("mid", "Meldpunt Internet Discriminatie", "meldingen",
     "Meldingen van discriminerende uitingen op internet."),
]
NATURES = [
    ("ongelijke-behandeling", "Ongelijke behandeling"),
    ("vijandige-bejegening", "Vijandige bejegening"),
    ("bedreiging", "Bedreiging"),
    ("geweld", "Geweld"),
    ("overig", "Overig"),
]


def forwards(apps, schema_editor):
    Source = apps.get_model("inzicht", "Source")
    Nature = apps.get_model("inzicht", "Nature")
    Area = apps.get_model("inzicht", "Area")
    for order, (slug, name, counted_as, description) in enumerate(SOURCES):
        Source.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "counted_as": counted_as, "description": description,
                      "sort_order": order},
        )
    for order, (slug, name) in enumerate(NATURES):
        Nature.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})
    Area.objects.get_or_create(kind="nederland", slug="nederland", defaults={"name": "Nederland"})
    for group in ("Redacteur", "Eindredacteur"):
        grant(apps, group, "inzicht", ["view_dataset", "view_importlog", "view_area"])
    grant(apps, "Eindredacteur", "inzicht",
          ["add_dataset", "change_dataset", "delete_dataset", "add_area", "change_area"])


class Migration(migrations.Migration):
    dependencies = [("inzicht", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
