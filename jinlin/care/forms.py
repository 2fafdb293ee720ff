from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.care.models import Household, ServicePoint, Team, Visit, Zone
from jinlin.core.forms import ModelChoiceField
from jinlin.core.http import set_choices_queryset
from jinlin.core.sql import named_ids
from jinlin.core.widgets import DateInput
from jinlin.members.models import Member, Registration
from jinlin.members.pickers import use_picker
from jinlin.organizations.models import Organization

# A community's registered members are named by id up to this many (beyond, a subquery).
REGISTERED_LISTED = 5000


def community_members(community: Organization) -> Any:
    """Members who live in, or are registered with, the community. The registered are named
    by id, read first: an OR over the join to registrations (undone by a DISTINCT) read a
    city's million members for every search of the picker (65 ms), where the two indexes
    find a community's few hundred."""
    from django.db.models import Q

    registered = Registration.objects.filter(
        community=community, status=Registration.Status.CONFIRMED, member__isnull=False
    ).values_list("member_id", flat=True)
    return Member.objects.filter(
        Q(community=community) | Q(pk__in=named_ids(registered, REGISTERED_LISTED))
    ).order_by("name")


def use_member_picker(form: forms.BaseForm, name: str, community: Organization) -> None:
    """Choose among the community's members by searching, not from a list of all of them."""
    use_picker(
        form,
        name,
        queryset=community_members(community),
        url=reverse("care-member-pick", args=[community.pk]),
    )


class TeamForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("of a thing", "Name"), max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), choices=Team.Kind.choices)
    custom_kind = forms.CharField(label=_("Kind of your own"), max_length=30, required=False)
    leader = ModelChoiceField(
        label=_("Leader"), queryset=Member.objects.none(), required=False
    )
    members = forms.ModelMultipleChoiceField(
        label=pgettext_lazy("of a team", "Members"), queryset=Member.objects.none(), required=False
    )

    def __init__(self, *args: Any, community: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        use_member_picker(self, "leader", community)
        use_member_picker(self, "members", community)


class BuildingForm(forms.Form):
    compound = forms.CharField(label=_("Compound (小区)"), max_length=100, required=False)
    name = forms.CharField(
        label=_("Building"), max_length=50, widget=forms.TextInput(attrs={"placeholder": "3号楼"})
    )
    entrances = forms.CharField(
        label=_("Entrances"), max_length=300, help_text=_("Separated by commas, e.g. 1单元, 2单元")
    )
    address = forms.CharField(label=_("Address"), max_length=200, required=False)


class HouseholdForm(forms.Form):
    head_name = forms.CharField(label=_("Head of household"), max_length=50)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    address = forms.CharField(label=_("Address"), max_length=200)
    entrance = ModelChoiceField(
        label=_("Entrance"), queryset=Organization.objects.none(), required=False
    )
    size = forms.IntegerField(label=_("People"), min_value=1, max_value=30, initial=1)
    tags = forms.MultipleChoiceField(
        label=_("Special groups"),
        choices=Household.Tag.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, community: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from jinlin.care.models import Entrance

        entrances = Entrance.objects.filter(building__community=community)
        set_choices_queryset(self, "entrance", entrances.select_related("building"))


class PairingForm(forms.Form):
    member = ModelChoiceField(label=_("Member"), queryset=Member.objects.none())
    cadence_days = forms.TypedChoiceField(
        label=_("Visit every"),
        coerce=int,
        initial=30,
        choices=[(7, _("week")), (14, _("two weeks")), (30, _("month")), (90, _("quarter"))],
    )

    def __init__(self, *args: Any, community: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_choices_queryset(self, "member", community_members(community))


class VisitForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput(), initial=timezone.localdate)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=Visit.Kind.choices,
        widget=forms.RadioSelect,
        initial=Visit.Kind.CALL,
    )
    note = forms.CharField(
        label=_("How it went"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    need_raised = forms.CharField(label=_("Anything they need?"), required=False, max_length=300)
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )


class ZoneForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("of a thing", "Name"), max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), choices=Zone.Kind.choices)
    organization = ModelChoiceField(
        label=_("Responsible organization"), queryset=Organization.objects.none(), required=False
    )
    member = ModelChoiceField(
        label=_("Or a responsible member"), queryset=Member.objects.none(), required=False
    )
    shape = forms.CharField(
        label=pgettext_lazy("of a zone: its coordinates", "Points"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("longitude,latitude; longitude,latitude; … (a line, or a ring for an area)"),
    )
    description = forms.CharField(label=_("Description"), max_length=300, required=False)

    def __init__(self, *args: Any, community: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from django.db.models import Q

        responsible = Organization.objects.filter(
            Q(pk=community.pk)
            | Q(path__startswith=community.path, kind="unit")
            | Q(partnerships__community=community)
        )
        set_choices_queryset(self, "organization", responsible.distinct().order_by("name"))
        use_member_picker(self, "member", community)


class ServicePointForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("of a thing", "Name"), max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), choices=ServicePoint.Kind.choices)
    address = forms.CharField(label=_("Address"), max_length=200)
    longitude = forms.DecimalField(
        label=_("Longitude"), max_digits=9, decimal_places=6, required=False
    )
    latitude = forms.DecimalField(
        label=_("Latitude"), max_digits=9, decimal_places=6, required=False
    )
    opening_hours = forms.CharField(label=_("Opening hours"), max_length=100, required=False)
    services = forms.CharField(label=_("Services"), max_length=300, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
