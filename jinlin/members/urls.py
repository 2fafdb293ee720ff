from django.contrib.auth import views as auth_views
from django.urls import path

from jinlin.members import views

urlpatterns = [
    path("signin/", views.signin, name="login"),
    path("signout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", views.account, name="account"),
    path("account/consent/", views.account_consent, name="account-consent"),
    path("account/elder-mode/", views.elder_mode, name="elder-mode"),
    path("account/data.xlsx", views.account_data, name="account-data"),
    path("account/delete/", views.account_delete, name="account-delete"),
    path("account/second-factor/", views.mfa_setup, name="mfa-setup"),
    path("signin/code/", views.mfa_verify, name="mfa-verify"),
    path("privacy/", views.privacy, name="privacy"),
    path("account/devices/revoke/", views.account_token_revoke, name="account-token-revoke"),
    path(
        "account/password/",
        auth_views.PasswordChangeView.as_view(
            template_name="members/password_change.html", success_url="/account/"
        ),
        name="password-change",
    ),
    path("me/registration/", views.my_registration, name="my-registration"),
    path("me/registration/communities/", views.community_options, name="community-options"),
    path("unit/registration/", views.unit_registration, name="unit-registration"),
    path("registrations/", views.registration_list, name="registration-list"),
    path("registrations/figures/", views.registration_stats, name="registration-stats"),
    path(
        "registrations/confirm/",
        views.registrations_confirm,
        name="registrations-confirm",
    ),
    path(
        "registrations/<registration:pk>/withdraw/",
        views.registration_withdraw,
        name="registration-withdraw",
    ),
    path(
        "registrations/<registration:pk>/<registration_decision:decision>/",
        views.registration_decide,
        name="registration-decide",
    ),
    path("members/", views.member_list, name="member-list"),
    path("members/new/", views.member_create, name="member-create"),
    path("members/<member:pk>/", views.member_detail, name="member-detail"),
    path("members/<member:pk>/file/", views.member_file, name="member-file"),
    path("me/file/", views.my_file, name="my-file"),
]
