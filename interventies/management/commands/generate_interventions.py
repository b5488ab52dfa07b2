"""Create N synthetic interventions quickly (bulk inserts), for benchmarks.

The pages are real, live InterventionPages with taxonomy and tags, marked as example content
and with an external id starting with "synth-". The search index is NOT updated: run
`manage.py update_index` afterwards (the benchmark times that step separately).
"""

import random
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page

from hub import versions
from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PolicyStep,
)
from interventies.models import (
    CostCategory,
    InterventionIndexPage,
    InterventionPage,
    InterventionTag,
)

ACTIONS = [
    "Praktijktest",
    "Training",
    "Dialoogtafel",
    "Campagne",
    "Gastles",
    "Buddyprogramma",
    "Meldpunt-actie",
    "Ervaringsonderzoek",
    "Netwerkaanpak",
    "Mentorproject",
    "Scan",
    "Leergang",
    "Workshop",
    "Convenant",
    "Monitor",
]
TOPICS = {
    "arbeidsmarkt": ["werving en selectie", "sollicitatie", "stageplekken", "de werkvloer"],
    "onderwijs": ["de klas", "stagebemiddeling", "het schoolplein", "studiekeuze"],
    "wonen": ["de woningmarkt", "verhuur", "woningcorporaties", "makelaars"],
    "wijk-en-buurt": ["de buurt", "buurthuizen", "burenruzies", "wijkteams"],
    "horeca-en-uitgaan": ["het deurbeleid", "uitgaan", "festivals", "cafés"],
    "veiligheid-en-politie": ["politiecontroles", "handhaving", "boa's", "aangifte doen"],
    "algemene-voorzieningen": ["het gemeenteloket", "subsidies", "uitkeringen", "dienstverlening"],
    "zorg": ["de huisartsenpraktijk", "jeugdhulp", "ouderenzorg", "wijkverpleging"],
    "sport-en-recreatie": ["de sportclub", "zwembaden", "het sportpark", "recreatie"],
    "openbare-ruimte": ["het openbaar vervoer", "de straat", "winkelcentra", "parken"],
    "online-en-media": ["sociale media", "online haat", "nieuwsberichten", "games"],
}
SENTENCES = [
    "Deelnemers leren signalen van discriminatie herkennen en bespreekbaar maken.",
    "De gemeente werkt samen met de antidiscriminatievoorziening en lokale organisaties.",
    "Ervaringsdeskundigen vertellen hun verhaal en gaan in gesprek met de groep.",
    "Na afloop meten we of de houding en het gedrag van deelnemers veranderd zijn.",
    "De aanpak richt zich op concrete afspraken die je kunt controleren.",
    "Medewerkers oefenen met lastige situaties in rollenspellen.",
    "Inwoners melden vaker discriminatie omdat ze weten waar ze terechtkunnen.",
    "Werkgevers en verhuurders krijgen een spiegel voorgehouden met praktijktesten.",
    "Scholen gebruiken lesmateriaal dat stereotypen doorbreekt.",
    "Het project verbindt groepen die elkaar anders weinig ontmoeten.",
    "Een stuurgroep bewaakt de voortgang en rapporteert aan de raad.",
    "De interventie is kort en goed in te passen in bestaand werk.",
]


class Command(BaseCommand):
    help = "Maak N synthetische interventies aan (voor benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, count, seed, **options):
        if count < 1:
            raise CommandError("Geef een aantal groter dan 0.")
        index = InterventionIndexPage.objects.first()
        if index is None:
            raise CommandError("Er is geen interventiedatabase-pagina. Draai eerst load_demo.")
        rng = random.Random(seed)
        with transaction.atomic():
            created = self.generate(index, count, rng)
        versions.bump_content()  # bulk inserts send no signals
        self.stdout.write(f"{created} synthetische interventies aangemaakt.")

    def generate(self, index, count, rng):  # noqa: C901
        index = Page.objects.select_for_update().get(pk=index.pk)
        content_type = ContentType.objects.get_for_model(InterventionPage)
        taxonomies = {
            "grounds": list(DiscriminationGround.objects.all()),
            "domains": list(Domain.objects.all()),
            "policy_steps": list(PolicyStep.objects.all()),
            "municipal_roles": list(MunicipalRole.objects.all()),
            "audiences": list(Audience.objects.all()),
            "mechanisms": list(Mechanism.objects.all()),
            "suitable_sizes": list(MunicipalitySize.objects.all()),
        }
        levels = list(EvidenceLevel.objects.all())
        tags = [
            Tag.objects.get_or_create(name=f"thema {n}", defaults={"slug": f"thema-{n}"})[0]
            for n in range(40)
        ]
        last = index.get_last_child()
        start = (Page._str2int(last.path[-Page.steplen :]) if last else 0) + 1
        existing = InterventionPage.objects.filter(external_id__startswith="synth-").count()
        now = timezone.now()
        costs = [value for value, _label in CostCategory.choices]

        pages, details, relations = [], [], []
        for offset in range(count):
            number = existing + offset + 1
            domain = rng.choice(taxonomies["domains"])
            topic = rng.choice(TOPICS.get(domain.slug, ["de gemeente"]))
            title = f"{rng.choice(ACTIONS)} over {topic} ({number})"
            slug = f"synthetisch-{number}"
            published = now - timedelta(days=rng.randint(0, 1500))
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=index.path + Page._int2str(start + offset).rjust(Page.steplen, "0"),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale_id=index.locale_id,
                )
            )
            chosen = {
                name: rng.sample(terms, k=min(len(terms), rng.randint(1, 3)))
                for name, terms in taxonomies.items()
            }
            chosen["domains"] = list({domain, *chosen["domains"]})
            summary = " ".join(rng.sample(SENTENCES, 3))
            details.append(
                {
                    "summary": f"Aanpak tegen discriminatie in {topic}. {summary}"[:600],
                    "goal": f"<p>{rng.choice(SENTENCES)}</p>",
                    "evidence_level_id": rng.choice(levels).pk,
                    "backfire_risk": rng.random() < 0.05,
                    "cost_category": rng.choice(costs),
                    "external_id": f"synth-{number}",
                    "last_reviewed": (now - timedelta(days=rng.randint(0, 700))).date(),
                }
            )
            relations.append((chosen, rng.sample(tags, k=rng.randint(1, 3))))

        Page.objects.bulk_create(pages, batch_size=500)
        children = []
        for page, fields in zip(pages, details, strict=True):
            child = InterventionPage(page_ptr_id=page.pk, **fields)
            if child.backfire_risk:
                child.backfire_explanation = "<p>Kan weerstand oproepen bij deelnemers.</p>"
            children.append(child)
        child_fields = [
            field
            for field in InterventionPage._meta.local_concrete_fields
            if field.name != "page_ptr"
        ]
        InterventionPage.objects.all()._batched_insert(
            children, [InterventionPage._meta.get_field("page_ptr"), *child_fields], batch_size=500
        )

        for name in taxonomies:
            through = getattr(InterventionPage, name).through
            source = InterventionPage._meta.get_field(name).m2m_field_name()
            target = InterventionPage._meta.get_field(name).m2m_reverse_field_name()
            through.objects.bulk_create(
                [
                    through(**{f"{source}_id": page.pk, f"{target}_id": term.pk})
                    for page, (chosen, _tags) in zip(pages, relations, strict=True)
                    for term in chosen[name]
                ],
                batch_size=1000,
            )
        InterventionTag.objects.bulk_create(
            [
                InterventionTag(content_object_id=page.pk, tag=tag)
                for page, (_chosen, page_tags) in zip(pages, relations, strict=True)
                for tag in page_tags
            ],
            batch_size=1000,
        )
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
        return count
