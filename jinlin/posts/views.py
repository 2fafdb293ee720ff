"""岗位认领: the public list of posts and holders, members applying, communities deciding."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.core.errors import ServiceError
from jinlin.core.http import param_id, redirect_back
from jinlin.members import access as member_access
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from jinlin.posts import services
from jinlin.posts.access import applications_visible
from jinlin.posts.models import CATEGORIES, SKILLS, Application, Post


def _holders() -> Prefetch:
    return Prefetch(
        "applications",
        to_attr="holders",
        queryset=Application.objects.filter(status__in=Application.HOLDING).select_related(
            "member"
        ),
    )


def post_list(request: HttpRequest) -> HttpResponse:
    """Public: the posts, their places and who holds them (公示). Members also apply here."""
    posts = (
        Post.objects.filter(status=Post.Status.OPEN)
        .select_related("community", "community__parent")
        .prefetch_related(_holders())
    )
    every = request.GET.get("community") == "all"
    community = None if every else param_id(request, "community")
    if community is None and not every and request.user.is_authenticated:
        own = Member.objects.filter(pk=member_access.member_id_of(request.user) or 0).first()
        community = own.community_id if own else None
    if community is not None:
        posts = posts.filter(community_id=community)
    member = None
    mine: dict[int, Application] = {}
    if request.user.is_authenticated:
        member_id = member_access.member_id_of(request.user)
        if member_id:
            member = Member.objects.get(pk=member_id)
            mine = {
                a.post_id: a
                for a in Application.objects.filter(member=member, status__in=Application.ACTIVE)
            }
    rows = [(p, mine.get(p.pk)) for p in posts]
    communities = (
        Organization.objects.filter(posts__status=Post.Status.OPEN).distinct().order_by("code")
    )
    return render(
        request,
        "posts/list.html",
        {
            "rows": rows,
            "member": member,
            "communities": communities,
            "community": community,
        },
    )


@login_required
@require_POST
def post_apply(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post, pk=pk)
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise PermissionDenied
    try:
        services.post_apply(
            post=post,
            member=Member.objects.get(pk=member_id),
            note=request.POST.get("note", ""),
            by=request.user,
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Applied; the community will decide."))
    return redirect("post-list")


@login_required
@require_POST
def post_leave(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(applications_visible(request.user), pk=pk)
    try:
        services.application_leave(application=application, by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Asked to leave; the community will confirm."))
    return redirect("post-list")


@login_required
def my_skills(request: HttpRequest) -> HttpResponse:
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise PermissionDenied
    member = Member.objects.get(pk=member_id)
    if request.method == "POST":
        try:
            services.member_set_skills(
                member=member, skills=request.POST.getlist("skills"), by=request.user
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Skills saved; matching posts will find you first."))
            return redirect_back(request, "my-skills")
    return render(request, "posts/my_skills.html", {"member": member, "skills": SKILLS})


@login_required
def post_manage(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    mine = member_access.scope_of(request.user).community_admin_ids
    if not mine:
        raise PermissionDenied(_("Community admins set posts."))
    post = get_object_or_404(Post, pk=pk, community_id__in=mine) if pk else None
    if request.method == "POST" and request.POST.get("action") == "save":
        community = Organization.objects.filter(
            pk=param_id(request, "community") or 0, pk__in=mine
        ).first()
        try:
            if community is None:
                raise PermissionDenied
            post = services.post_save(
                community=community,
                post=post,
                title=request.POST.get("title", ""),
                category=request.POST.get("category", ""),
                places=request.POST.get("places"),
                skills_wanted=request.POST.getlist("skills_wanted"),
                description=request.POST.get("description", ""),
                schedule=request.POST.get("schedule", ""),
                by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Saved."))
            return redirect("post-manage-one", pk=post.pk)
    posts = (
        Post.objects.filter(community_id__in=mine)
        .prefetch_related(_holders())
        .annotate(
            waiting=Count(
                "applications",
                filter=Q(
                    applications__status__in=[
                        Application.Status.PENDING,
                        Application.Status.LEAVING,
                    ]
                ),
            )
        )
    )
    applications = []
    if post is not None:
        pending = list(
            post.applications.filter(
                status__in=[Application.Status.PENDING, Application.Status.LEAVING]
            ).select_related("member")
        )
        applications = services.suggested_order(post, pending)
        labels, wanted = dict(SKILLS), set(post.skills_wanted or [])
        for a in applications:
            a.skill_rows = [  # type: ignore[attr-defined]
                (labels.get(s, s), s in wanted) for s in a.member.skills or []
            ]
    return render(
        request,
        "posts/manage.html",
        {
            "posts": posts,
            "post": post,
            "applications": applications,
            "categories": CATEGORIES,
            "skills": SKILLS,
            "communities": Organization.objects.filter(pk__in=mine),
            "wanted": set(post.skills_wanted or []) if post else set(),
        },
    )


@login_required
@require_POST
def application_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    application = get_object_or_404(
        applications_visible(request.user).select_related("post"), pk=pk
    )
    try:
        if decision == "approve":
            services.application_approve(application=application, by=request.user)
        elif decision == "decline":
            services.application_decline(
                application=application, reason=request.POST.get("reason", ""), by=request.user
            )
        elif decision in ("leave-approve", "leave-decline"):
            services.application_leave_decide(
                application=application, approve=decision == "leave-approve", by=request.user
            )
        else:
            raise Http404
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Saved."))
    return redirect("post-manage-one", pk=application.post_id)
