"""Who may open residents' photos: a request's, its resident and the community's readers;
a fulfilled wish's, anyone once it is on the public wall, else those who reach the wish."""

from __future__ import annotations

from typing import Any

from jinlin.core.media import register_media
from jinlin.members import access
from jinlin.residents.access import wishes_visible
from jinlin.residents.models import Wish


def _request(user: Any, request: Any) -> bool:
    if request.requester_user_id is not None and request.requester_user_id == user.pk:
        return True
    return access.scope_of(user).covers(request.community, access.READ_ROLES)


def _wish(user: Any, wish: Any) -> bool:
    return wishes_visible(user).filter(pk=wish.pk).exists()


def _on_the_wall(wish: Any) -> bool:
    return wish.status == Wish.Status.CONFIRMED


def register_uploads() -> None:
    register_media("requests/", "residents.ResidentRequest", "photo", readable=_request)
    register_media(
        "wishes/", "residents.Wish", "fulfilled_photo", readable=_wish, public=_on_the_wall
    )
