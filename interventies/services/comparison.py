"""Compare up to three interventions side by side (/interventies/vergelijk/?id=…&id=…).

The ids come from a link anyone can edit: every value is checked, and only live, public
interventions below the database's index page (so of the request's site) are shown. What
was left out is told in Dutch notices; nothing about an unknown, draft or private page is
shown, not even whether it exists.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.querysets import public_filter
from interventies.models import ChecklistAnswer, ChecklistQuestion, InterventionPage
from interventies.services.shortlist import parse_id

MAX_COMPARED = 3
# Values of `id` read at all: a link with hundreds of them is cut short here.
MAX_VALUES_READ = 20
# Words of the approach shown in the table; the page has the rest.
APPROACH_WORDS = 60


@dataclass
class Comparison:
    pages: list = field(default_factory=list)
    # (question, [answer or None per page]) for every checklist question
    checklist: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    # The ids of the compared pages, for the link to this comparison.
    ids: list = field(default_factory=list)

    @property
    def ready(self):
        return len(self.pages) >= 2


def _approach_text(page):
    """The approach as plain text, cut to APPROACH_WORDS words."""
    parts = page.approach.stream_block.get_searchable_content(page.approach)
    text = " ".join(strip_tags(str(part)) for part in parts if part)
    return Truncator(" ".join(text.split())).words(APPROACH_WORDS)


def clean_ids(values):
    """(unique valid ids, at most MAX_COMPARED, in their order; notices) for the raw `id`
    values of a request."""
    notices = []
    values = list(values)
    if len(values) > MAX_VALUES_READ:
        values = values[:MAX_VALUES_READ]
    parsed = [parse_id(value) for value in values]
    invalid = sum(1 for pk in parsed if pk is None)
    ids = []
    for pk in parsed:
        if pk is not None and pk not in ids:
            ids.append(pk)
    duplicates = len(parsed) - invalid - len(ids)
    if invalid:
        notices.append(
            ngettext(
                "Eén nummer in de link is geen geldig nummer van een interventie. "
                "Dat hebben we overgeslagen.",
                "%(count)d nummers in de link zijn geen geldige nummers van een interventie. "
                "Die hebben we overgeslagen.",
                invalid,
            )
            % {"count": invalid}
        )
    if duplicates:
        notices.append(
            _("Een interventie stond meer dan één keer in de link. We tonen haar één keer.")
        )
    if len(ids) > MAX_COMPARED:
        notices.append(
            _(
                "U kunt maximaal %(max)d interventies tegelijk vergelijken. "
                "We tonen de eerste %(max)d."
            )
            % {"max": MAX_COMPARED}
        )
        ids = ids[:MAX_COMPARED]
    return ids, notices


def compare(index_page, values):
    """The comparison for the raw `id` values of a request, below `index_page` (the live
    InterventionIndexPage that answers the request). A fixed number of queries, whatever
    the ids."""
    ids, notices = clean_ids(values)
    found = {}
    if ids:
        found = (
            InterventionPage.objects.live()
            .descendant_of(index_page)
            .filter(public_filter(), pk__in=ids)
            .select_related("evidence_level")
            .prefetch_related(
                "audiences",
                "suitable_sizes",
                Prefetch(
                    "checklist_answers",
                    queryset=ChecklistAnswer.objects.order_by(),
                    to_attr="compared_answers",
                ),
            )
            .in_bulk()
        )
    missing = len([pk for pk in ids if pk not in found])
    if missing:
        notices.append(
            ngettext(
                "Eén interventie uit de link kunnen we niet vinden. Misschien is ze verwijderd "
                "of niet meer openbaar.",
                "%(count)d interventies uit de link kunnen we niet vinden. Misschien zijn ze "
                "verwijderd of niet meer openbaar.",
                missing,
            )
            % {"count": missing}
        )
    pages = [found[pk] for pk in ids if pk in found]
    for page in pages:
        page.compared_approach = _approach_text(page)
    checklist = []
    if len(pages) >= 2:
        answers = [
            {answer.question_id: answer for answer in page.compared_answers} for page in pages
        ]
        checklist = [
            (question, [by_question.get(question.pk) for by_question in answers])
            for question in ChecklistQuestion.objects.all()
        ]
    return Comparison(pages=pages, checklist=checklist, notices=notices, ids=[p.pk for p in pages])
