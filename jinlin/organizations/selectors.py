"""Reads of the organization tree that other parts of Jinlin build on."""

from __future__ import annotations

from jinlin.organizations.models import TreeMark


def tree_mark(using: str | None = None) -> int | None:
    """The tree's mark now (``TreeMark``): equal marks, read before and after, mean no
    organization was added, removed, moved or given a new centre in between. Read it *before*
    reading the tree, so that what is made from the tree is never kept under a mark newer than
    what it read. None when there is no mark (a database just flushed): then nothing may be
    reused."""
    return TreeMark.objects.using(using).filter(pk=1).values_list("n", flat=True).first()
