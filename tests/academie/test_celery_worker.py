"""A real Celery worker against Redis does the academy's background work: the enrolment
email, and the certificate PDF with its email.

Runs when CELERY_BROKER_URL is set (CI sets it for the PostgreSQL run); skipped otherwise.
"""

import os
import time

import pytest
from django.core import mail

from academie import services
from academie.models import Certificate
from hub import celery_app
from tests.academie.conftest import answers_for

pytestmark = pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL"),
    reason="CELERY_BROKER_URL is not set: no broker to run a real worker against",
)


def wait_for(condition, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_sends_the_emails_and_makes_the_certificate(make_course, user):
    from celery.contrib.testing.worker import start_worker

    course = make_course(lessons=1)
    celery_app.conf.task_always_eager = False
    queue_name = f"test-academie-{os.getpid()}-{time.time_ns()}"
    celery_app.conf.task_default_queue = queue_name
    try:
        with start_worker(
            celery_app, perform_ping_check=False, queues=[queue_name], shutdown_timeout=10
        ):
            enrolment, _created = services.enrol(
                user, course.page, participant_name="Fatima Bakker", organisation="Zwolle"
            )
            assert wait_for(lambda: any("ingeschreven" in m.subject for m in mail.outbox))
            services.complete_lesson(enrolment, course.lessons[0])
            services.submit_quiz(enrolment, course.quizzes[0], answers_for(course.quizzes[0]))
            assert wait_for(lambda: any("Gefeliciteerd" in m.subject for m in mail.outbox))
    finally:
        celery_app.conf.task_always_eager = True
        celery_app.conf.task_default_queue = "celery"
    certificate = Certificate.objects.get()
    assert certificate.pdf and certificate.completion_email_sent_at
    assert [m.to for m in mail.outbox if "Gefeliciteerd" in m.subject] == [[user.email]]
