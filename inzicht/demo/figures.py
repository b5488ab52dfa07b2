from hub.demo.registry import EXAMPLE_NOTICE, demo_loader, publish_child
from inzicht.demo.generate import generate
from inzicht.demo.municipalities import MUNICIPALITIES
from inzicht.models import Dataset, FiguresPage

YEARS = list(range(2018, 2026))


@demo_loader(order=40)
def load_figures(ctx):
    if not Dataset.objects.filter(slug="voorbeeld-adv").exists():
        count = generate(MUNICIPALITIES, YEARS)
        ctx.log(f"Voorbeeldcijfers: {len(MUNICIPALITIES)} gemeenten, {count} cijfers.")
        ctx.created.append("voorbeeldcijfers")
    if not FiguresPage.objects.exists():
        page = FiguresPage(
            title="Discriminatiecijfers",
            slug="cijfers",
            intro=(
                "Hoeveel meldingen van discriminatie zijn er in uw gemeente? Vergelijk met "
                "gemeenten van dezelfde grootte en met heel Nederland, en zie wat u kunt doen."
            ),
            body=[("paragraph", f"<p><em>{EXAMPLE_NOTICE}</em></p>")],
        )
        publish_child(ctx.home, page)
        ctx.created.append(page)
