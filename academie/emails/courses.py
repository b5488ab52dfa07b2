"""The emails about courses: enrolments, requests, completion and certificates. They are
written to the outbox (hub.outbox.queue_email) by the services, in the transaction of the
change that causes them; the services make sure each is queued once."""

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from academie import conf
from academie.emails.language import in_dutch
from hub.outbox import queue_email


def _send(to, subject, template, context, category, related=None):
    body = render_to_string(
        f"academie/email/{template}.txt",
        {"site_url": conf.site_url(), "issuer": conf.certificate_issuer(), **context},
    )
    return queue_email(
        to=to,
        subject=str(subject),
        body_text=body,
        category=f"academie:{category}",
        related=related,
    )


def _to_participant(enrolment, subject, template, category, **context):
    """An email to the participant about their enrolment: the subject names the course, the
    body gets the enrolment and the course's address."""
    return _send(
        enrolment.user.email,
        subject % {"course": enrolment.course.title},
        template,
        {"enrolment": enrolment, "course_url": conf.absolute_url(enrolment.course.url), **context},
        category,
        related=enrolment,
    )


@in_dutch
def enrolment_confirmed(enrolment):
    return _to_participant(
        enrolment,
        _("U bent ingeschreven voor %(course)s"),
        "enrolment_confirmed",
        "inschrijving",
        dashboard_url=conf.absolute_url(reverse("academie:dashboard")),
    )


@in_dutch
def enrolment_refused(enrolment):
    return _to_participant(
        enrolment, _("Uw aanvraag voor %(course)s"), "enrolment_refused", "afwijzing"
    )


@in_dutch
def managers_new_request(enrolment):
    """Tell every active Academiebeheerder that someone asks to join a course."""
    managers = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=conf.manager_group())
        .exclude(email="")
        .distinct()
    )
    subject = _("Nieuwe aanvraag voor %(course)s") % {"course": enrolment.course.title}
    admin_url = conf.absolute_url(reverse("academie_enrolments:index")) + "?status=aangevraagd"
    return [
        _send(
            manager.email,
            subject,
            "manager_new_request",
            {"enrolment": enrolment, "admin_url": admin_url},
            "aanvraag",
            related=enrolment,
        )
        for manager in managers
    ]


@in_dutch
def course_completed(certificate):
    subject = _("Gefeliciteerd: u heeft %(course)s afgerond") % {"course": certificate.course_title}
    return _send(
        certificate.user.email,
        subject,
        "course_completed",
        {
            "certificate": certificate,
            "download_url": conf.absolute_url(certificate.get_download_path()),
            "verification_url": certificate.get_verification_url(),
            "dashboard_url": conf.absolute_url(reverse("academie:dashboard")),
        },
        "certificaat",
        related=certificate.user,
    )


@in_dutch
def certificate_expiring(certificate):
    subject = _("Uw certificaat %(course)s verloopt binnenkort") % {
        "course": certificate.course_title
    }
    return _send(
        certificate.user.email,
        subject,
        "certificate_expiring",
        {
            "certificate": certificate,
            "verification_url": certificate.get_verification_url(),
            "catalogue_url": conf.absolute_url("/academie/"),
        },
        "herinnering",
        related=certificate.user,
    )
