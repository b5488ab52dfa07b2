"""A real Celery worker against Redis does the academy's background work: the enrolment
email, and the certificate PDF with its email.

Runs when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run); skipped otherwise.
"""

import pytest
from django.core import mail

from academie import services
from academie.models import Certificate
from tests.academie.courses.helpers import answers_for
from tests.celery_worker import needs_broker, real_worker, wait_for

pytestmark = needs_broker


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_sends_the_emails_and_makes_the_certificate(make_course, user):
    course = make_course(lessons=1)
    with real_worker("academie"):
        enrolment, _created = services.enrol(
            user, course.page, participant_name="Fatima Bakker", organisation="Zwolle"
        )
        assert wait_for(lambda: any("ingeschreven" in m.subject for m in mail.outbox))
        services.complete_lesson(enrolment, course.lessons[0])
        services.submit_quiz(enrolment, course.quizzes[0], answers_for(course.quizzes[0]))
        assert wait_for(lambda: any("Gefeliciteerd" in m.subject for m in mail.outbox))
    certificate = Certificate.objects.get()
    assert certificate.pdf and certificate.completion_email_sent_at
    assert [m.to for m in mail.outbox if "Gefeliciteerd" in m.subject] == [[user.email]]
