"""Page permissions of the Academiebeheerder group on the course catalogue."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from academie import conf

MANAGER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def grant_course_manager_page_permissions(index_page):
    """Let the Academiebeheerders write and publish courses below `index_page` (idempotent)."""
    group, _created = Group.objects.get_or_create(name=conf.manager_group())
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=MANAGER_PAGE_PERMISSIONS
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=index_page, permission=permission
        )
