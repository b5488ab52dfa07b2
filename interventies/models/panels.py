"""The editor's form of an intervention (InterventionPage.edit_handler): the six tabs of the
admin and the panels on each."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Page

CONTENT_PANELS = [
    *Page.content_panels,
    FieldPanel("summary"),
    FieldPanel("plain_summary"),
    FieldPanel("goal"),
    FieldPanel("target_group"),
    FieldPanel("approach"),
    MultiFieldPanel(
        [
            FieldPanel("mechanisms", widget=forms.CheckboxSelectMultiple),
            FieldPanel("mechanism_text"),
        ],
        heading=_("Werkzame elementen"),
    ),
    FieldPanel("rationale"),
]
EVIDENCE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel("evidence_level"),
            FieldRowPanel([FieldPanel("evidence_assessed_on"), FieldPanel("evidence_valid_until")]),
            FieldPanel("evidence_note"),
        ],
        heading=_("Erkenning"),
    ),
    MultiFieldPanel(
        [FieldPanel("backfire_risk"), FieldPanel("backfire_explanation")],
        heading=_("Averechts effect"),
    ),
    FieldPanel("research"),
    FieldPanel("sources"),
    InlinePanel("checklist_answers", heading=_("Checklist"), label=_("Antwoord")),
]
TAXONOMY_PANELS = [
    FieldPanel("grounds", widget=forms.CheckboxSelectMultiple),
    FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
    FieldPanel("policy_steps", widget=forms.CheckboxSelectMultiple),
    FieldPanel("municipal_roles", widget=forms.CheckboxSelectMultiple),
    FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
    FieldPanel("tags"),
    FieldPanel("related_interventions"),
]
EXECUTION_PANELS = [
    FieldRowPanel([FieldPanel("cost_category"), FieldPanel("duration")]),
    FieldPanel("suitable_sizes", widget=forms.CheckboxSelectMultiple),
    FieldPanel("preconditions"),
    MultiFieldPanel(
        [
            FieldPanel("provider"),
            FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
            FieldPanel("website"),
        ],
        heading=_("Aanbieder en contact"),
    ),
]
MANAGEMENT_PANELS = [
    FieldPanel("last_reviewed"),
    FieldPanel("external_id"),
    FieldPanel("is_example"),
]
EDIT_HANDLER = TabbedInterface(
    [
        ObjectList(CONTENT_PANELS, heading=_("Inhoud")),
        ObjectList(EVIDENCE_PANELS, heading=_("Bewijs en erkenning")),
        ObjectList(TAXONOMY_PANELS, heading=_("Indeling")),
        ObjectList(EXECUTION_PANELS, heading=_("Uitvoering")),
        ObjectList([*MANAGEMENT_PANELS, *Page.promote_panels], heading=_("Beheer")),
        ObjectList(Page.settings_panels, heading=_("Publicatie")),
    ]
)
