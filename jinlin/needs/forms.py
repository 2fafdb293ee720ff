from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from jinlin.core.forms import ModelChoiceField
from jinlin.core.widgets import DateTimeInput
from jinlin.members.models import Member
from jinlin.members.pickers import use_picker
from jinlin.needs.models import CATEGORIES, METRICS, Need
from jinlin.organizations.models import Organization

OWN_CATEGORY = "__own__"


class NeedForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=100)
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[*((k, v) for k, v in CATEGORIES.items()), (OWN_CATEGORY, _("Another…"))],
    )
    own_category = forms.CharField(
        label=_("Category of your own"),
        max_length=32,
        required=False,
        help_text=_("Only when you chose “Another…”."),
    )
    description = forms.CharField(
        label=_("What to do"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    place = forms.CharField(label=_("Place"), max_length=200)
    starts_at = forms.DateTimeField(
        label=_("Starts"),
        widget=DateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"), widget=DateTimeInput(), input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
    )
    slots = forms.IntegerField(
        label=_("Places"),
        min_value=1,
        max_value=10_000,
        initial=10,
        help_text=_("Claims beyond this wait on the waitlist."),
    )
    mode = forms.ChoiceField(
        label=_("Who answers"),
        choices=Need.Mode.choices,
        widget=forms.RadioSelect,
        initial=Need.Mode.OPEN,
    )
    unit = ModelChoiceField(
        label=_("Partner unit (for an order)"), queryset=Organization.objects.none(), required=False
    )
    team = ModelChoiceField(
        label=_("Or one of your teams (for an order)"),
        queryset=Organization.objects.none(),
        required=False,
    )
    metrics = forms.MultipleChoiceField(
        label=_("Outcomes to count"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=lambda: [  # in the reader's language: built when the form is shown
            (key, _("%(label)s (%(unit)s)") % {"label": label, "unit": unit})
            for key, (label, unit) in METRICS.items()
        ],
    )
    grace_minutes = forms.IntegerField(
        label=_("Sign-in grace (minutes)"), min_value=0, max_value=240, initial=30
    )

    def __init__(self, *args: Any, community: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["unit"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Organization.objects.filter(
            kind=Organization.Kind.UNIT, partnerships__community=community
        ).order_by("name")
        from jinlin.care.models import Team

        team_field = self.fields["team"]
        assert isinstance(team_field, forms.ModelChoiceField)
        team_field.queryset = Team.objects.filter(
            organization__path__startswith=community.path
        ).order_by("name")

    @classmethod
    def initial_for(cls, need: Need) -> dict[str, Any]:
        own = need.category not in CATEGORIES
        return {
            "title": need.title,
            "category": OWN_CATEGORY if own else need.category,
            "own_category": need.category if own else "",
            "description": need.description,
            "place": need.place,
            "starts_at": need.starts_at,
            "ends_at": need.ends_at,
            "slots": need.slots,
            "mode": need.mode,
            "unit": need.unit,
            "team": need.team,
            "metrics": need.metrics,
            "grace_minutes": need.grace_minutes,
        }

    def service_fields(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        own = data.pop("own_category", "")
        if data["category"] == OWN_CATEGORY:
            data["category"] = own
        return data


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=200)


class DispatchForm(forms.Form):
    members = forms.ModelMultipleChoiceField(
        label=_("Members to send"), queryset=Member.objects.none()
    )

    def __init__(self, *args: Any, candidates: QuerySet[Member], url: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        use_picker(self, "members", queryset=candidates, url=url)
