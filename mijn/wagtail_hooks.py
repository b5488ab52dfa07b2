"""The admin: editors see how many alerts people keep (a count only, never who or what)."""

from django.db.models import Count, Q
from wagtail import hooks
from wagtail.admin.site_summary import SummaryItem

from mijn.models import Alert


class AlertsSummaryItem(SummaryItem):
    order = 900
    template_name = "mijn/admin/site_summary_alerts.html"

    def get_context_data(self, parent_context):
        counts = Alert.objects.aggregate(
            total=Count("pk"), active=Count("pk", filter=Q(confirmed_at__isnull=False))
        )
        return {**counts, "waiting": counts["total"] - counts["active"]}


@hooks.register("construct_homepage_summary_items")
def add_alerts_summary_item(request, items):
    items.append(AlertsSummaryItem(request))
