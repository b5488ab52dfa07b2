"""Seed the checklist for anti-discrimination interventions (seven questions)."""

from django.db import migrations

QUESTIONS = [
    ("probleem", "Is het probleem dat de interventie aanpakt helder omschreven?",
     "Welke vorm van discriminatie, bij wie en waar?"),
    ("doelen", "Zijn de doelen concreet en toetsbaar?",
     "Wat moet er na afloop anders zijn, en hoe ziet u dat?"),
    ("doelgroep", "Is duidelijk voor wie de interventie is?",
     "Zowel de einddoelgroep als de mensen die de aanpak uitvoeren."),
    ("middelen", "Is beschreven wat nodig is om de doelen te halen?",
     "Mensen, tijd, geld, materiaal en samenwerkingspartners."),
    ("kennis", "Sluit de aanpak aan bij wat bekend is over wat werkt?",
     "Is er gekeken naar onderzoek en ervaringen elders?"),
    ("mechanisme", "Is beschreven via welk werkzaam mechanisme de aanpak werkt?",
     "Bijvoorbeeld inleven, de sociale norm of contact tussen groepen."),
    ("evaluatie", "Is er een plan om te monitoren en te evalueren?",
     "Wat meet u, wanneer en wie doet dat?"),
]


def seed(apps, schema_editor):
    Question = apps.get_model("interventies", "ChecklistQuestion")
    for order, (key, question, help_text) in enumerate(QUESTIONS):
        Question.objects.get_or_create(
            key=key, defaults={"question": question, "help_text": help_text, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("interventies", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
