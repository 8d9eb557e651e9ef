"""Counting a page's database queries, for the tests that check they do not grow with the
archive."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, params=None) -> int:
    """The number of queries one successful GET of `url` makes."""
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params or {}).status_code == 200
    return len(context.captured_queries)
