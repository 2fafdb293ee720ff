"""Reads of the organization tree that other parts of Jinlin build on."""

from __future__ import annotations

from django.db.models import QuerySet

from jinlin.organizations.models import TreeMark


def tree_mark_row() -> QuerySet[TreeMark]:
    """The tree's one mark row, as a query (to be read alone, or inside another statement)."""
    return TreeMark.objects.filter(pk=1)


def tree_mark(using: str | None = None) -> int | None:
    """The tree's mark now (``TreeMark``): equal marks, read before and after, mean no
    organization was added, removed, moved or given a new centre in between. Read it *before*
    reading the tree, so that what is made from the tree is never kept under a mark newer than
    what it read. None when there is no mark (a database just flushed): then nothing may be
    reused."""
    return tree_mark_row().using(using).values_list("n", flat=True).first()
