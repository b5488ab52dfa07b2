"""The demo accounts, in one place for every app's demo: editors, organiser, reviewer and trainee.

`load_demo` prints them with their password; the academy's demo gives the trainee a course in
progress, a certificate and a masterclass registration.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hub.demo.registry import demo_loader

DEMO_PASSWORD = "kennishub-demo-2026"  # noqa: S105 - printed on purpose, demo only
DEMO_ACCOUNTS = [
    # username, email, first name, last name, superuser, groups
    ("admin", "admin@kennishub.example", "Beheer", "Kennishub", True, []),
    ("redacteur", "redacteur@kennishub.example", "Ruben", "Redacteur", False, ["Redacteur"]),
    (
        "eindredacteur",
        "eindredacteur@kennishub.example",
        "Esra",
        "Eindredacteur",
        False,
        ["Eindredacteur"],
    ),
    (
        "academiebeheer",
        "academie@kennishub.example",
        "Anouk",
        "Academiebeheer",
        False,
        ["Academiebeheerder"],
    ),
    ("toetser", "toetser@kennishub.example", "Tessa", "Toetser", False, ["Toetser"]),
]

# The trainee of the academy demo ("Mijn academie"); made by the academy's own loader, which
# gives it a course in progress and a certificate.
TRAINEE = {
    "username": "deelnemer",
    "email": "deelnemer@kennishub.example",
    "first_name": "Daan",
    "last_name": "Deelnemer",
}
TRAINEE_ORGANISATION = "Gemeente Voorbeeldstad"


@demo_loader(order=0)
def load_accounts(ctx):
    User = get_user_model()
    for username, email, first, last, superuser, groups in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": email,
                "first_name": first,
                "last_name": last,
                "is_staff": True,
                "is_superuser": superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.set(Group.objects.filter(name__in=groups))
            ctx.created.append(user)
        from allauth.account.models import EmailAddress

        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
