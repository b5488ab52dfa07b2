"""Demo intervention database: the index, the "wat werkt" dossier with a page per mechanism and
the example interventions (texts in interventies/demo/data), all marked as example content."""

from datetime import date, timedelta

from django.utils import timezone
from django.utils.text import slugify

from hub.demo.registry import EXAMPLE_NOTICE, by_slug, demo_loader, ensure_child
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
from interventies.demo.data.interventions import INTERVENTIONS
from interventies.demo.data.mechanisms import MECHANISM_PAGES
from interventies.models import (
    ChecklistAnswer,
    ChecklistQuestion,
    InterventionIndexPage,
    InterventionPage,
    MechanismIndexPage,
    MechanismPage,
)

INDEX_INTRO = (
    "Welke aanpakken tegen discriminatie werken, welke zijn veelbelovend en welke kunnen "
    "averechts uitpakken? Filter op discriminatiegrond, domein, beleidsstap en bewijskracht."
)

TAXONOMY_KEYS = [
    ("grounds", DiscriminationGround, "grounds"),
    ("domains", Domain, "domains"),
    ("steps", PolicyStep, "policy_steps"),
    ("roles", MunicipalRole, "municipal_roles"),
    ("audiences", Audience, "audiences"),
    ("mechanisms", Mechanism, "mechanisms"),
    ("sizes", MunicipalitySize, "suitable_sizes"),
]


def build_intervention(data, terms, questions):
    """An unsaved InterventionPage from one INTERVENTIONS entry (relations set in memory)."""
    page = InterventionPage(
        title=data["title"],
        slug=slugify(data["title"])[:80],
        external_id=data["external_id"],
        summary=data["summary"],
        plain_summary=data.get("plain_summary", ""),
        goal=data["goal"],
        target_group=data["target_group"],
        approach=[("paragraph", paragraph) for paragraph in data["approach"]],
        mechanism_text=data["mechanism_text"],
        rationale=data["rationale"],
        research=data["research"],
        sources=[("source", source) for source in data["sources"]],
        evidence_level=terms[EvidenceLevel][data["evidence"]],
        evidence_assessed_on=date.fromisoformat(data["assessed_on"])
        if data["assessed_on"]
        else None,
        evidence_valid_until=timezone.localdate() + timedelta(days=data["valid_until_in_days"])
        if "valid_until_in_days" in data
        else None,
        backfire_risk=data["backfire"],
        backfire_explanation=data["backfire_explanation"],
        cost_category=data["cost"],
        duration=data["duration"],
        preconditions=data["preconditions"],
        provider=data["provider"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        website=data["website"],
        last_reviewed=date.fromisoformat(data["last_reviewed"]),
        is_example=True,
    )
    for key, model, field in TAXONOMY_KEYS:
        getattr(page, field).set([terms[model][slug] for slug in data[key]])
    page.tags.set(data["tags"])
    page.checklist_answers = [
        ChecklistAnswer(question=questions[key], answer=answer)
        for key, answer in data["checklist"].items()
        if key in questions
    ]
    return page


@demo_loader(order=10)
def load_interventions(ctx):
    index = ctx.ensure_page(
        ctx.home,
        InterventionIndexPage,
        "interventies",
        title="Wat werkt: interventies tegen discriminatie",
        intro=INDEX_INTRO,
    )
    dossier = ctx.ensure_page(
        index,
        MechanismIndexPage,
        "wat-werkt",
        title="Wat werkt tegen discriminatie?",
        intro=(
            "Interventies werken via een beperkt aantal mechanismen. Per mechanisme leest u "
            "wat het bewijs is, waarom het werkt en wanneer het juist niet werkt."
        ),
        body=[("paragraph", f"<p><em>{EXAMPLE_NOTICE}</em></p>")],
    )
    mechanisms = by_slug(Mechanism)
    for slug, content in MECHANISM_PAGES.items():
        if MechanismPage.objects.filter(mechanism__slug=slug).exists():
            continue
        page, _ = ensure_child(dossier, MechanismPage, slug, mechanism=mechanisms[slug], **content)
        ctx.created.append(page)

    terms = {model: by_slug(model) for _k, model, _f in TAXONOMY_KEYS}
    terms[EvidenceLevel] = by_slug(EvidenceLevel)
    questions = {q.key: q for q in ChecklistQuestion.objects.all()}
    existing = set(InterventionPage.objects.values_list("external_id", flat=True))
    new_pages = {}
    for data in INTERVENTIONS:
        if data["external_id"] in existing:
            continue
        page = build_intervention(data, terms, questions)
        index.refresh_from_db()
        index.add_child(instance=page)
        new_pages[data["external_id"]] = (page, data)
    by_external_id = {p.external_id: p for p in InterventionPage.objects.filter(is_example=True)}
    for page, data in new_pages.values():
        page.related_interventions.set(
            [by_external_id[ref] for ref in data["related"] if ref in by_external_id]
        )
        page.save_revision().publish()
        ctx.created.append(page)
