"""Demo search synonyms: terms that widen a search (e.g. "werk" also finds "arbeidsmarkt")."""

from handreikingen.demo.data.synonyms import SYNONYMS
from hub.demo.registry import demo_loader
from hub.models import SearchSynonym


@demo_loader(order=22)
def load_synonyms(ctx):
    for term, alternatives in SYNONYMS:
        synonym, created = SearchSynonym.objects.get_or_create(
            term=term, defaults={"alternatives": ", ".join(alternatives)}
        )
        if created:
            ctx.created.append(synonym)
