"""Demo raadsledentool at /raadsleden/: the roles, the quick-scan questions with their advice,
the do's and don'ts and the conversation starters (the texts: demo/data/raadsleden.py)."""

from handreikingen.demo.data.raadsleden import RAADSLEDEN
from handreikingen.models import CouncilToolPage, ScanQuestion
from hub.demo.registry import EXAMPLE_NOTICE, by_slug, demo_loader, publish_child
from hub.models import CouncilRole, Domain, PolicyStep


@demo_loader(order=25)
def load_council_tool(ctx):
    if CouncilToolPage.objects.exists():
        return
    data = RAADSLEDEN
    roles = by_slug(CouncilRole)
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
    publish_child(ctx.home, page)
    ctx.created.append(page)
