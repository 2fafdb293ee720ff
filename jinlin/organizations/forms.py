from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.core.forms import ModelChoiceField
from jinlin.organizations.models import Organization

Kind = Organization.Kind


class OrganizationForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("of a thing", "Name"), max_length=100)
    subkind = forms.ChoiceField(label=_("Type"), choices=Organization.Subkind.choices)
    code = forms.CharField(
        label=_("Code"), max_length=32, required=False, help_text=_("Leave empty to have one made.")
    )
    address = forms.CharField(label=_("Address"), max_length=200, required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=20, required=False)
    head = forms.CharField(
        label=_("Person in charge (负责人)"), max_length=50, required=False,
        help_text=_("Printed on the certificates the organization issues."),
    )  # fmt: skip
    brand = forms.CharField(
        label=_("Brand (一支部一品牌)"), max_length=50, required=False,
        help_text=_("A party branch's named brand of service, e.g. 红色物业先锋岗."),
    )  # fmt: skip
    brand_note = forms.CharField(label=_("What the brand stands for"), max_length=300,
                                 required=False)  # fmt: skip

    def __init__(self, *args: Any, kinds: Sequence[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kinds is not None and Organization.Kind.BRANCH not in kinds:
            del self.fields["brand"], self.fields["brand_note"]
        if kinds is not None:
            allowed = {sub for kind in kinds for sub in Organization.SUBKINDS_OF_KIND[kind]}
            self.fields["subkind"].choices = [  # type: ignore[attr-defined]
                (value, label) for value, label in Organization.Subkind.choices if value in allowed
            ]

    @staticmethod
    def kind_of_subkind(subkind: str) -> str:
        for kind, subkinds in Organization.SUBKINDS_OF_KIND.items():
            if subkind in subkinds:
                return kind
        return ""


class SealForm(forms.Form):
    seal = forms.FileField(
        label=_("Electronic seal"),
        help_text=_("A PNG picture of the seal on a transparent ground, at least 200 pixels "
                    "on each side; printed on the certificates the organization issues."),
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg"}),
    )  # fmt: skip


class PartnershipForm(forms.Form):
    partner = ModelChoiceField(label=_("Partner"), queryset=Organization.objects.none())
    note = forms.CharField(label=_("Note"), max_length=200, required=False)

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(forms.ModelChoiceField, self.fields["partner"])
        if organization.kind == Kind.UNIT:
            field.label = _("Community")
            field.queryset = (
                Organization.objects.filter(kind=Kind.COMMUNITY)
                .exclude(partner_units__unit=organization)
                .order_by("path")
            )
        else:
            field.label = _("Unit")
            field.queryset = (
                Organization.objects.filter(kind=Kind.UNIT)
                .exclude(partnerships__community=organization)
                .order_by("name")
            )
