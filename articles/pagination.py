"""Pagination whose count stops at a threshold, so a common word never counts 100,000 rows."""

from collections.abc import Callable

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    """A paginator that counts exactly up to COUNT_CAP and then says "more than COUNT_CAP"."""

    cap = COUNT_CAP

    def __init__(self, object_list, per_page, *, count_queryset=None, counter=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        # Counting the plain matches is cheaper than counting through a ranking join.
        self.count_queryset = object_list if count_queryset is None else count_queryset
        self.counter = counter  # a function of the cap, when counting needs no queryset

    @cached_property
    def count(self) -> int:
        if self.counter is not None:
            return self.counter(self.cap)
        return self.count_queryset.order_by()[: self.cap + 1].count()

    @property
    def count_is_exact(self) -> bool:
        return self.count <= self.cap


class IdListing:
    """An ordered result list known by its ids: only the rows of the page shown are read.

    `ids_between(start, stop)` gives the ids of a slice in order. When it gives fewer than asked
    and there is a `fallback` (an ordered queryset whose items past the known ids are the rest of
    the list, e.g. the newest-first matches after a sample of the newest), the slice is completed
    from it.
    """

    ordered = True

    def __init__(self, ids_between: Callable[[int, int], list[int]], queryset: QuerySet,
                 fallback: QuerySet | None = None) -> None:
        self.ids_between, self.queryset, self.fallback = ids_between, queryset, fallback

    def __getitem__(self, key: slice) -> list:
        start, stop = key.start or 0, key.stop
        ids = self.ids_between(start, stop)
        found = self.queryset.in_bulk(ids) if ids else {}
        rows = [found[pk] for pk in ids if pk in found]
        if self.fallback is not None and len(ids) < stop - start:
            rows += list(self.fallback[start + len(ids):stop])
        return rows
