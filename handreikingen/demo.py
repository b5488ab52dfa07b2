"""Demo content: the six-step guide, a guide for staff who support the council, 16 good
practices of fictional municipalities and extra search synonyms (handreikingen/demo_data.py)."""

import re
from datetime import date

from handreikingen.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
)
from hub.demo.registry import EXAMPLE_NOTICE, demo_loader, ensure_child
from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    MunicipalitySize,
    PolicyStep,
    Province,
    SearchSynonym,
)
from interventies.models import InterventionPage

STEP_PREFIX = re.compile(r"^Stap \d+:\s*")  # the page shows the step number itself


def by_slug(model):
    return {term.slug: term for term in model.objects.all()}


def load_guide(ctx, index, data):
    audiences, domains, grounds = by_slug(Audience), by_slug(Domain), by_slug(DiscriminationGround)
    steps = by_slug(PolicyStep)
    existing = index.get_children().filter(slug=data["slug"]).first()
    if existing is not None:
        return
    guide = GuidePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        published_on=date.fromisoformat(data["published_on"]),
        revised_on=date.fromisoformat(data["revised_on"]),
        last_reviewed=date.fromisoformat(data["last_reviewed"]),
        body=[("paragraph", f"<p><em>{EXAMPLE_NOTICE}</em></p>")],
        is_example=True,
    )
    guide.audiences.set([audiences[s] for s in data["audiences"]])
    guide.domains.set([domains[s] for s in data["domains"]])
    guide.grounds.set([grounds[s] for s in data["grounds"]])
    index.refresh_from_db()
    index.add_child(instance=guide)
    guide.save_revision().publish()
    ctx.created.append(guide)
    for chapter_data in data["chapters"]:
        chapter, _created = ensure_child(
            guide,
            GuideChapterPage,
            chapter_data["slug"],
            title=STEP_PREFIX.sub("", chapter_data["title"]),
            step=steps.get(chapter_data["step"]) if chapter_data["step"] else None,
            intro=chapter_data["intro"],
            what_to_do=chapter_data["what_to_do"],
            questions=[("question", q) for q in chapter_data["questions"]],
            pitfalls=[("pitfall", p) for p in chapter_data["pitfalls"]],
            body=[("paragraph", paragraph) for paragraph in chapter_data["body"]],
        )
        ctx.created.append(chapter)


def load_practice(ctx, index, data, interventions):
    if index.get_children().filter(slug=data["slug"]).exists():
        return
    practice = GoodPracticePage(
        title=data["title"],
        slug=data["slug"],
        municipality=data["municipality"],
        province=Province.objects.get(slug=data["province"]),
        size=MunicipalitySize.objects.get(slug=data["size"]),
        year=data["year"],
        summary=data["summary"],
        what_they_did=data["what_they_did"],
        results=data["results"],
        lessons=data["lessons"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        last_reviewed=date.fromisoformat(data["last_reviewed"]),
        is_example=True,
    )
    practice.domains.set(Domain.objects.filter(slug__in=data["domains"]))
    practice.grounds.set(DiscriminationGround.objects.filter(slug__in=data["grounds"]))
    practice.policy_steps.set(PolicyStep.objects.filter(slug__in=data["steps"]))
    practice.interventions.set(
        [interventions[ref] for ref in data["interventions"] if ref in interventions]
    )
    index.refresh_from_db()
    index.add_child(instance=practice)
    practice.save_revision().publish()
    ctx.created.append(practice)


@demo_loader(order=20)
def load_guides_and_practices(ctx):
    from handreikingen.demo_data import GOOD_PRACTICES, GUIDES, SYNONYMS

    guides, created = ensure_child(
        ctx.home,
        GuideIndexPage,
        "handreikingen",
        title="Handreikingen",
        intro="Stap voor stap naar lokaal antidiscriminatiebeleid: handreikingen om mee te werken, ook als PDF.",
    )
    if created:
        ctx.created.append(guides)
    for data in GUIDES:
        load_guide(ctx, guides, data)

    practices, created = ensure_child(
        ctx.home,
        GoodPracticeIndexPage,
        "praktijkvoorbeelden",
        title="Praktijkvoorbeelden",
        intro="Zo pakken andere gemeenten het aan: wat ze deden, wat het opleverde en wat ze leerden.",
    )
    if created:
        ctx.created.append(practices)
    interventions = {p.external_id: p for p in InterventionPage.objects.filter(is_example=True)}
    for data in GOOD_PRACTICES:
        load_practice(ctx, practices, data, interventions)

    for term, alternatives in SYNONYMS:
        synonym, created = SearchSynonym.objects.get_or_create(
            term=term, defaults={"alternatives": ", ".join(alternatives)}
        )
        if created:
            ctx.created.append(synonym)


@demo_loader(order=25)
def load_council_tool(ctx):
    from handreikingen.models import CouncilToolPage, ScanQuestion
    from handreikingen.raadsleden_data import RAADSLEDEN
    from hub.models import CouncilRole

    if CouncilToolPage.objects.exists():
        return
    data = RAADSLEDEN
    roles = {role.slug: role for role in CouncilRole.objects.all()}
    steps = by_slug(PolicyStep)
    domains = by_slug(Domain)
    page = CouncilToolPage(
        title=data["title"],
        slug="raadsleden",
        intro=data["intro"],
        body=[("paragraph", f"<p><em>{EXAMPLE_NOTICE}</em></p>")],
        roles=[
            (
                "role",
                {
                    "role": roles[role["role"]],
                    "explanation": role["explanation"],
                    "examples": role["examples"],
                    "actions": role["actions"],
                    "instruments": role["instruments"],
                },
            )
            for role in data["roles"]
        ],
        dos=[("item", item) for item in data["dos"]],
        donts=[("item", item) for item in data["donts"]],
        conversation_starters=[("item", item) for item in data["conversation_starters"]],
    )
    page.questions = [
        ScanQuestion(
            key=question["key"],
            step=steps[question["step"]],
            domain=domains.get(question["domain"]) if question["domain"] else None,
            question=question["question"],
            help_text=question["help_text"],
            meaning_partly=question["meaning_partly"],
            meaning_no=question["meaning_no"],
            meaning_unknown=question["meaning_unknown"],
            college_questions=[("question", q) for q in question["college_questions"]],
            motion=question["motion"],
            written_questions=question["written_questions"],
            sort_order=order,
        )
        for order, question in enumerate(data["questions"])
    ]
    ctx.home.refresh_from_db()
    ctx.home.add_child(instance=page)
    page.save_revision().publish()
    ctx.created.append(page)
