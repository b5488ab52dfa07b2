"""Demo good practices: the index at /praktijkvoorbeelden/ and practices of fictional
municipalities, linked to the demo interventions (loaded before them)."""

from datetime import date

from handreikingen.demo.data.practices import GOOD_PRACTICES
from handreikingen.models import GoodPracticeIndexPage, GoodPracticePage
from hub.demo.registry import demo_loader, publish_child
from hub.models import DiscriminationGround, Domain, MunicipalitySize, PolicyStep, Province
from interventies.models import InterventionPage


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
    publish_child(index, practice)
    ctx.created.append(practice)


@demo_loader(order=21)
def load_practices(ctx):
    practices = ctx.ensure_page(
        ctx.home,
        GoodPracticeIndexPage,
        "praktijkvoorbeelden",
        title="Praktijkvoorbeelden",
        intro="Zo pakken andere gemeenten het aan: wat ze deden, wat het opleverde en wat ze leerden.",
    )
    interventions = {p.external_id: p for p in InterventionPage.objects.filter(is_example=True)}
    for data in GOOD_PRACTICES:
        load_practice(ctx, practices, data, interventions)
