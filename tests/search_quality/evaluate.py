"""Measure search quality over the judged queries: recall@5 and MRR, and what fails.

recall@5: per query, the share of its expected pages that are among the first five results,
averaged over the queries. MRR: the mean of 1/rank of the page that should come first (0 when
it is not in the first 20). The site-wide search (/zoeken/) answers, as a visitor sees it.
"""

from dataclasses import dataclass, field

from django.test import RequestFactory

from tests.search_quality.judgements import JUDGEMENTS

TOP = 5
DEPTH = 20


@dataclass
class QueryResult:
    judgement: object
    slugs: list
    notices: list

    @property
    def recall(self):
        found = set(self.slugs[:TOP])
        return sum(1 for slug in self.judgement.expected if slug in found) / len(
            self.judgement.expected
        )

    @property
    def reciprocal_rank(self):
        try:
            return 1 / (self.slugs.index(self.judgement.first) + 1)
        except ValueError:
            return 0.0


@dataclass
class Report:
    backend: str
    results: list = field(default_factory=list)

    @property
    def recall_at_5(self):
        return sum(r.recall for r in self.results) / len(self.results)

    @property
    def mrr(self):
        return sum(r.reciprocal_rank for r in self.results) / len(self.results)

    def failures(self):
        return [r for r in self.results if r.recall < 1 or r.reciprocal_rank < 1]

    def by_kind(self):
        kinds = {}
        for result in self.results:
            kinds.setdefault(result.judgement.kind, []).append(result)
        return {
            kind: (
                sum(r.recall for r in rows) / len(rows),
                sum(r.reciprocal_rank for r in rows) / len(rows),
                len(rows),
            )
            for kind, rows in kinds.items()
        }

    def text(self, details=True):
        lines = [
            f"{self.backend}: recall@5 {self.recall_at_5:.3f}   MRR {self.mrr:.3f}   "
            f"({len(self.results)} queries)"
        ]
        for kind, (recall, mrr, count) in sorted(self.by_kind().items()):
            lines.append(f"  {kind or '-':<14} recall@5 {recall:.2f}  MRR {mrr:.2f}  ({count})")
        if details:
            for result in self.failures():
                j = result.judgement
                missing = [slug for slug in j.expected if slug not in result.slugs[:TOP]]
                lines.append(
                    f"  - {j.query!r}: rank of first {_rank(result)}, missing {missing}, "
                    f"top {result.slugs[:TOP]}"
                )
        return "\n".join(lines)


def _rank(result):
    return (
        result.slugs.index(result.judgement.first) + 1
        if result.judgement.first in result.slugs
        else "-"
    )


def search(query):
    """The slugs of the first DEPTH results of /zoeken/?q=query, and its notices."""
    from hub.sitesearch import SiteSearch

    request = RequestFactory().get("/zoeken/", {"q": query})
    state = SiteSearch(request).run()
    return [page.slug for page in state.results][:DEPTH], list(state.notices)


def evaluate(backend_name):
    report = Report(backend_name)
    for judgement in JUDGEMENTS:
        slugs, notices = search(judgement.query)
        report.results.append(QueryResult(judgement, slugs, notices))
    return report


def backend_name():
    from django.conf import settings
    from django.db import connection

    engine = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    if engine == "database":
        return f"database ({connection.vendor})"
    return engine
