from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.core.forms import ModelChoiceField
from jinlin.core.widgets import DateInput
from jinlin.organizations.models import Organization

Kind = Organization.Kind


class SignInForm(forms.Form):
    username = forms.CharField(
        label=_("Username or phone"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class CommunityChoiceForm(forms.Form):
    """Pick a street or town, then one of its communities or villages."""

    street = ModelChoiceField(
        label=_("Street / town"),
        queryset=Organization.objects.filter(kind=Kind.STREET).order_by("code"),
        required=False,
    )
    community = ModelChoiceField(
        label=_("Community / village"),
        queryset=Organization.objects.filter(kind=Kind.COMMUNITY).order_by("code"),
        error_messages={
            "required": _("Choose your community."),
            "invalid_choice": _("That community does not exist."),
        },
    )

    def __init__(self, *args: Any, street: Organization | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if street is not None:
            self.fields["community"].queryset = Organization.objects.filter(  # type: ignore[attr-defined]
                parent=street, kind=Kind.COMMUNITY
            ).order_by("code")
        self.fields["street"].widget.attrs.update(
            {
                "hx-get": reverse_lazy("community-options"),
                "hx-target": "#id_community",
                "hx-trigger": "change",
            }
        )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        widget=forms.TextInput(attrs={"placeholder": _("e.g. does not live in this community")}),
        error_messages={"required": _("Say why; the member will see it.")},
    )


class MemberForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("of a person", "Name"), max_length=50)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "numeric"}),
    )
    id_number = forms.CharField(
        label=_("ID number"),
        max_length=20,
        required=False,
        help_text=_("Optional. Stored, never shown in full. Leave empty to keep the stored one."),
    )
    is_party_member = forms.BooleanField(label=_("Party member"), required=False, initial=True)
    in_service = forms.BooleanField(label=_("In service (在职)"), required=False, initial=True)
    branch = ModelChoiceField(
        label=_("Party branch"),
        queryset=Organization.objects.none(),
        required=False,
    )
    community = ModelChoiceField(
        label=_("Residential community"),
        queryset=Organization.objects.none(),
        required=False,
    )

    def __init__(self, *args: Any, organizations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        orgs = organizations if organizations is not None else Organization.objects.all()
        self.fields["branch"].queryset = orgs.filter(kind=Kind.BRANCH)  # type: ignore[attr-defined]
        self.fields["community"].queryset = orgs.filter(  # type: ignore[attr-defined]
            kind=Kind.COMMUNITY
        )


class FileEntryForm(forms.Form):
    """A training, an award or a complaint for the member's volunteer file."""

    kind = forms.ChoiceField(label=_("Kind"), choices=())
    title = forms.CharField(
        label=_("What"), max_length=200,
        help_text=_("The training's subject, the award's name, or what the complaint says."),
    )  # fmt: skip
    by_whom = forms.CharField(
        label=_("Held, given or made by"), max_length=100, required=False,
        help_text=_("Who held the training, gave the award or complained (blank: us)."),
    )  # fmt: skip
    date = forms.DateField(label=_("Date"), widget=DateInput())
    hours = forms.DecimalField(
        label=_("Hours of training"), required=False, min_value=0, max_digits=6,
        decimal_places=1,
    )  # fmt: skip
    handling = forms.CharField(
        label=_("How the complaint was handled"), max_length=300, required=False,
        help_text=_("Blank while it is being looked into."),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from jinlin.members.models import FileEntry

        kind = self.fields["kind"]
        assert isinstance(kind, forms.ChoiceField)
        kind.choices = FileEntry.Kind.choices
