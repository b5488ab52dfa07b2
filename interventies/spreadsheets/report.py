"""The report of an intervention import: every error with its row and column, and the pages
created, updated, left unchanged or saved as a draft."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.tabular import RowError, TableReport

__all__ = ["ImportReport", "RowError", "report_summary"]


@dataclass
class ImportReport(TableReport):
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    # Pages whose changes wait for someone who may publish (the user could not).
    drafts: list = field(default_factory=list)

    @property
    def draft_notice(self):
        return _("opgeslagen als concept; een eindredacteur moet publiceren")

    def clear_pages(self):
        for pages in (self.created, self.updated, self.unchanged, self.drafts):
            pages.clear()


def report_summary(report):
    """One sentence for the admin message and the command line."""
    summary = ngettext(
        "Import gelukt: %(created)s nieuw, %(updated)s bijgewerkt en %(unchanged)s ongewijzigd "
        "(%(rows)s rij).",
        "Import gelukt: %(created)s nieuw, %(updated)s bijgewerkt en %(unchanged)s ongewijzigd "
        "(%(rows)s rijen).",
        report.rows,
    ) % {
        "created": len(report.created),
        "updated": len(report.updated),
        "unchanged": len(report.unchanged),
        "rows": report.rows,
    }
    if report.drafts:
        summary += " " + ngettext(
            "%(count)s interventie is opgeslagen als concept; een eindredacteur moet publiceren.",
            "%(count)s interventies zijn opgeslagen als concept; een eindredacteur moet "
            "publiceren.",
            len(report.drafts),
        ) % {"count": len(report.drafts)}
    return summary
