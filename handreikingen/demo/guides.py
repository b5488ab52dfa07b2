"""Demo guides: the guide index with the six-step guide and the guide for council staff."""

import re
from datetime import date

from handreikingen.demo.data.guides import GUIDES
from handreikingen.models import GuideChapterPage, GuideIndexPage, GuidePage
from hub.demo.registry import (
    EXAMPLE_NOTICE,
    by_slug,
    demo_loader,
    ensure_child,
    publish_child,
)
from hub.models import Audience, DiscriminationGround, Domain, PolicyStep

STEP_PREFIX = re.compile(r"^Stap \d+:\s*")  # the page shows the step number itself


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
    publish_child(index, guide)
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


@demo_loader(order=20)
def load_guides(ctx):
    guides = ctx.ensure_page(
        ctx.home,
        GuideIndexPage,
        "handreikingen",
        title="Handreikingen",
        intro="Stap voor stap naar lokaal antidiscriminatiebeleid: handreikingen om mee te werken, ook als PDF.",
    )
    for data in GUIDES:
        load_guide(ctx, guides, data)
