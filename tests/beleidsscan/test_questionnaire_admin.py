"""Editors edit the questions in the admin (the Questionnaire snippet); every change makes a
new version and scans keep theirs. Only Eindredacteur may edit."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from beleidsscan.services.questionnaire import Version

pytestmark = pytest.mark.django_db


def user_in(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@kennishub.example", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def edit_url(questionnaire):
    return f"/admin/snippets/beleidsscan/questionnaire/edit/{questionnaire.pk}/"


def form_data(questionnaire, change):
    rows = []
    for question in questionnaire.questions.order_by("sort_order"):
        row = {
            "id": question.pk,
            "key": question.key,
            "step": question.step_id,
            "text": question.text,
            "why": question.why,
            "weight": question.weight,
            "partly_points": question.partly_points,
            "domain": question.domain_id or "",
            "in_place": question.in_place,
            "action": question.action,
            "advice_no": question.advice_no,
            "advice_partly": question.advice_partly,
            "advice_unknown": question.advice_unknown,
        }
        row.update(change.get(question.key, {}))
        rows.append(row)
    return nested_form_data(
        {
            "title": questionnaire.title,
            "intro": questionnaire.intro,
            "is_active": "on",
            "questions": inline_formset(rows, initial=len(rows)),
        }
    )


def test_eindredacteur_edits_a_question_and_old_scans_keep_theirs(
    client, django_user_model, questionnaire, scan
):
    client.force_login(user_in(django_user_model, "eind", "Eindredacteur"))
    assert client.get(edit_url(questionnaire)).status_code == 200
    response = client.post(
        edit_url(questionnaire),
        form_data(questionnaire, {"s1-1": {"text": "Is er een nieuw beeld?", "weight": 3}}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert questionnaire.versions.count() == 2
    newest = Version.of(questionnaire.latest_version())
    assert newest.step(1).questions[0].text == "Is er een nieuw beeld?"
    assert newest.step(1).questions[0].weight == 3
    scan.refresh_from_db()
    assert Version.of(scan.version).step(1).questions[0].text == "Vraag s1-1?"


def test_weight_outside_one_to_three_is_refused(client, django_user_model, questionnaire):
    client.force_login(user_in(django_user_model, "eind", "Eindredacteur"))
    response = client.post(
        edit_url(questionnaire), form_data(questionnaire, {"s1-1": {"weight": 9}})
    )
    assert response.status_code == 200
    assert questionnaire.versions.count() == 1


@pytest.mark.parametrize("group", ["Redacteur", "Toetser"])
def test_others_cannot_edit_the_questions(client, django_user_model, questionnaire, group):
    client.force_login(user_in(django_user_model, "ander", group))
    response = client.get(edit_url(questionnaire))
    assert response.status_code in (302, 403)
    response = client.post(
        edit_url(questionnaire), form_data(questionnaire, {"s1-1": {"text": "Gehackt?"}})
    )
    assert questionnaire.versions.count() == 1
