"""Test setup shared by the whole suite.

`make test` runs pytest twice: on SQLite, then with VERBATIM_TEST_DATABASE=postgresql and
DATABASE_URL pointing at PostgreSQL, where only the tests that touch the database run again.
"""

import os

import pytest

ON_POSTGRES = os.environ.get("VERBATIM_TEST_DATABASE") == "postgresql"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _postgres_problem() -> str | None:
    """Return why PostgreSQL cannot be used for tests, or None when it can."""
    import psycopg

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"DATABASE_URL is not a PostgreSQL URL ({url!r})"
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"cannot connect to {url}: {exc}".strip()
    return None


def pytest_configure(config):
    if not ON_POSTGRES:
        return
    problem = _postgres_problem()
    if problem is None:
        return
    banner = "\n".join(["", "!" * 78, f"PostgreSQL tests NOT run: {problem}",
                        "Start PostgreSQL or set TEST_POSTGRES_URL.", "!" * 78, ""])
    if IN_CI:
        pytest.exit(banner + "\nCI=true: a missing PostgreSQL is a failure.", returncode=1)
    pytest.exit(banner, returncode=0)


def _uses_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or any(
        name in item.fixturenames for name in ("db", "transactional_db", "django_db_setup",
                                               "live_server")
    )


def pytest_collection_modifyitems(config, items):
    if not ON_POSTGRES:
        return
    keep = [item for item in items if _uses_database(item)]
    dropped = [item for item in items if not _uses_database(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def pytest_report_header(config):
    return f"database: {'PostgreSQL' if ON_POSTGRES else 'SQLite'}"
