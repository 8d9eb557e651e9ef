"""The machine twins of the pages: JSON bodies and streamed CSV files.

A list's JSON is `{"count", "results", "facets", "next", "previous"}`, the same parameters as its
page. A CSV streams every matching row, not one page, up to CSV_CAP rows; when more rows match,
the response says so in the `X-Verbatim-Truncated` header (the cap), so a script can tell.
"""

import csv
from collections.abc import Callable, Iterable

from django.http import JsonResponse, StreamingHttpResponse

CSV_CAP = 50_000
CSV_CHUNK = 1000


def json_response(data: dict, *, status: int = 200) -> JsonResponse:
    """Return `data` as UTF-8 JSON (accented names stay readable)."""
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def page_url(request, base: str, number: int) -> str:
    """Return the absolute URL of page `number` of `base` with the request's other parameters."""
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{base}?{query.urlencode()}")


def list_payload(request, base: str, page, results: list, facets: dict | None = None,
                 **extra) -> dict:
    """Return the JSON body of one page of a list."""
    return {
        "count": page.paginator.count,
        "results": results,
        "facets": facets or {},
        "next": page_url(request, base, page.next_page_number()) if page.has_next() else None,
        "previous": (page_url(request, base, page.previous_page_number())
                     if page.has_previous() else None),
        **extra,
    }


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def csv_response(filename: str, header: list[str], rows: Iterable[list],
                 *, truncated: bool, cap: int | None = None) -> StreamingHttpResponse:
    """Return a streamed CSV file of `rows` (already capped) under `header`."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # a BOM: spreadsheets then read the file as UTF-8
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if truncated:
        response["X-Verbatim-Truncated"] = str(cap or CSV_CAP)
    return response


def capped_rows(queryset, to_row: Callable, *, cap: int | None = None,
                enrich: Callable[[list], object] | None = None) -> tuple[Iterable, bool]:
    """Return (rows of at most `cap` (CSV_CAP) items of queryset, whether more matched).

    The queryset is read in chunks of CSV_CHUNK (prefetches run once per chunk, not per row);
    `enrich(items)` may add what the rows need to each chunk, in a query or two.
    """
    cap = CSV_CAP if cap is None else cap
    truncated = queryset.order_by()[cap:cap + 1].exists()
    items = queryset[:cap].iterator(chunk_size=CSV_CHUNK)

    def rows():
        chunk = []
        for item in items:
            chunk.append(item)
            if len(chunk) == CSV_CHUNK:
                yield from _rows(chunk)
                chunk = []
        yield from _rows(chunk)

    def _rows(chunk):
        if enrich is not None and chunk:
            enrich(chunk)
        return [to_row(item) for item in chunk]

    return rows(), truncated
