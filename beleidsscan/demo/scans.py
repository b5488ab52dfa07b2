"""Example scans (voorbeeldscans) of twelve demo municipalities of every size, on the newest
version of the current questionnaire, plus one scan of Zwolle a year earlier, so that the
progress between two scans shows.

The answers are made up but deterministic: each scan has a profile per policy step (stevig, op
weg, nog niet gestart) and random.Random(seed) draws answers until the step's score has the
intended label. Demo scans have no owner and no private links; each has a fixed public id, so
a second run finds them and changes nothing.
"""

import random
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from beleidsscan.models import Questionnaire, ReviewComment, Scan, ScanStatus
from beleidsscan.services.questionnaire import Version
from beleidsscan.services.scoring import maturity, step_score
from hub.demo.registry import demo_loader
from hub.models import Domain, PolicyStep
from inzicht.models import Area, AreaKind, Population
from inzicht.services.loading import Vocabulary

NAMESPACE = uuid.UUID("6f1d9a52-5b0e-4c61-9a43-0d7c1e2b8a10")

# Profile letters per step 1..6: S stevig, O op weg, N nog niet gestart.
PROFILES = {"S": "stevig", "O": "op-weg", "N": "niet-gestart"}
# Chances of ja / gedeeltelijk / nee / weet ik niet for each profile.
CHANCES = {
    "stevig": (0.75, 0.2, 0.05, 0.0),
    "op-weg": (0.3, 0.45, 0.15, 0.1),
    "niet-gestart": (0.05, 0.15, 0.55, 0.25),
}
ANSWERS = ("ja", "gedeeltelijk", "nee", "weet-niet")

SUBMITTED = "ingediend"
ADVISED = "advies-gegeven"

# label (stable id), municipality slug, role, profile, status, days ago, focus domain slugs
SCANS = [
    ("utrecht", "utrecht", "beleidsmedewerker", "SSSSOS", None, 12, ["arbeidsmarkt", "wonen"]),
    ("groningen", "groningen", "adv-medewerker", "SSOSOO", None, 20, ["onderwijs"]),
    ("nijmegen", "nijmegen", "beleidsmedewerker", "SOSOOO", ADVISED, 75, ["wonen"]),
    ("zwolle-vorig-jaar", "zwolle", "beleidsmedewerker", "ONNNNN", None, 410, []),
    ("zwolle", "zwolle", "beleidsmedewerker", "OSOOON", None, 30, ["arbeidsmarkt"]),
    ("leeuwarden", "leeuwarden", "bestuurder", "OOONON", None, 41, []),
    ("helmond", "helmond", "beleidsmedewerker", "OSNONN", SUBMITTED, 9, ["onderwijs"]),
    ("gouda", "gouda", "raadslid", "SOOONO", None, 55, ["horeca-en-uitgaan"]),
    ("assen", "assen", "beleidsmedewerker", "NONNNN", None, 63, []),
    ("woerden", "woerden", "beleidsmedewerker", "OONNON", None, 88, ["wijk-en-buurt"]),
    ("harderwijk", "harderwijk", "adv-medewerker", "NSNNNN", None, 17, []),
    ("winterswijk", "winterswijk", "bestuurder", "NONNNN", None, 101, []),
    ("texel", "texel", "beleidsmedewerker", "ONNNNN", None, 6, ["sport-en-recreatie"]),
]
PREVIOUS = {"zwolle": "zwolle-vorig-jaar"}

SUBMISSION_NOTE = (
    "Wij werken aan een nieuw plan tegen discriminatie en willen graag weten waar we het "
    "eerst mee aan de slag moeten."
)
ADVICE = (
    "Uw gemeente staat stevig bij het verkennen van wat er speelt en bij de visie. Maak nu "
    "de doelen concreet en meetbaar, en leg vast hoe en wanneer u evalueert. Zo kunt u de "
    "raad over twee jaar laten zien wat de aanpak oplevert."
)
COMMENTS = {
    4: (
        "Het plan noemt veel acties maar weinig doelen. Kies twee of drie doelen die passen bij "
        "de meldingen over wonen, en schrijf erbij wanneer ze bereikt moeten zijn."
    ),
    6: (
        "Er is nog geen evaluatie gepland. Spreek nu af wat u meet, zodat u over twee jaar kunt "
        "zien of de maatregelen effect hebben."
    ),
}


def public_id(label):
    return uuid.uuid5(NAMESPACE, f"beleidsscan-demo:{label}")


def answers_for(version, profile, seed):
    """Answers for every question, so that each step gets the label of its profile letter."""
    rng = random.Random(seed)
    answers = {}
    for step, letter in zip(version.steps, profile, strict=True):
        wanted = PROFILES[letter]
        for _attempt in range(200):
            drawn = {
                question.key: rng.choices(ANSWERS, weights=CHANCES[wanted])[0]
                for question in step.questions
            }
            score = step_score(step, drawn).score
            if maturity(score)[0] == wanted:
                break
        answers.update(drawn)
    return answers


def size_of(area, vocabulary):
    population = Population.objects.filter(area=area).order_by("-year").first()
    return vocabulary.size_for(population.inhabitants if population else None)


@demo_loader(order=45)
def load_scans(ctx):
    questionnaire = Questionnaire.objects.current()
    version_row = questionnaire.latest_version() if questionnaire else None
    if version_row is None:
        return
    labels = [item[0] for item in SCANS]
    existing = set(
        Scan.objects.filter(public_id__in=[public_id(label) for label in labels]).values_list(
            "public_id", flat=True
        )
    )
    if len(existing) == len(labels):
        return
    version = Version.of(version_row)
    municipalities = {
        area.slug: area
        for area in Area.objects.filter(
            kind=AreaKind.MUNICIPALITY, slug__in={item[1] for item in SCANS}
        )
    }
    vocabulary = Vocabulary.load()
    domains = {domain.slug: domain for domain in Domain.objects.all()}
    steps = {step.number: step for step in PolicyStep.objects.all()}
    reviewer = get_user_model().objects.filter(username="admin").first()
    now = timezone.now().replace(microsecond=0)
    made = {}
    with transaction.atomic():
        for index, (label, slug, role, profile, status, days, focus) in enumerate(SCANS):
            area = municipalities.get(slug)
            if area is None or public_id(label) in existing:
                continue
            created_at = now - timedelta(days=days)
            finished_at = created_at + timedelta(days=1 + index % 3, hours=2)
            scan = Scan(
                public_id=public_id(label),
                version=version_row,
                municipality=area,
                size=size_of(area, vocabulary),
                role=role,
                answers=answers_for(version, profile, seed=f"{label}-{index}"),
                status=ScanStatus.CONCEPT,
                created_at=created_at,
                finished_at=finished_at,
                last_activity_at=finished_at,
            )
            if status in (SUBMITTED, ADVISED):
                scan.status = status
                scan.submitted_at = finished_at + timedelta(days=1)
                scan.submission_note = SUBMISSION_NOTE
                scan.last_activity_at = scan.submitted_at
            if status == ADVISED:
                scan.reviewer = reviewer
                scan.review_started_at = scan.submitted_at + timedelta(days=3)
                scan.advised_at = scan.submitted_at + timedelta(days=14)
                scan.advice = ADVICE
                scan.last_activity_at = scan.advised_at
            previous = PREVIOUS.get(label)
            if previous is not None:
                scan.previous = (
                    made.get(previous) or Scan.objects.filter(public_id=public_id(previous)).first()
                )
            scan.save()
            scan.focus_domains.set([domains[item] for item in focus if item in domains])
            if status == ADVISED:
                for number, text in COMMENTS.items():
                    ReviewComment.objects.create(
                        scan=scan, step=steps[number], text=text, updated_at=scan.advised_at
                    )
            made[label] = scan
            ctx.created.append(scan)
