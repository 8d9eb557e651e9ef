"""The same queries give the same articles on SQLite and on PostgreSQL.

Runs in the PostgreSQL pass of `make test`: it searches the PostgreSQL test database here and a
fresh SQLite database in a subprocess, over the seeds and the 60 Wikinews articles.
"""

import json
import subprocess
import sys

import pytest
from django.db import connection

from tests.conftest import ON_POSTGRES
from tests.parity import CORPORA, FILTERED, QUERIES, ROOT, load_corpora, run_all

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not ON_POSTGRES, reason="parity is checked in the PostgreSQL pass"),
    pytest.mark.skipif(not CORPORA[1].is_dir(), reason="../shared/corpus is not beside the checkout"),
]


def test_same_results_on_both_databases(tmp_path):
    assert connection.vendor == "postgresql"
    assert len(QUERIES) + len(FILTERED) >= 50
    out = tmp_path / "sqlite.json"
    subprocess.run([sys.executable, "-m", "tests.parity", f"sqlite:///{tmp_path / 'p.sqlite3'}",
                    str(out)], cwd=ROOT, check=True, timeout=600)
    on_sqlite = json.loads(out.read_text(encoding="utf-8"))
    load_corpora()
    on_postgres = run_all()
    differing = {q: (on_sqlite[q], r) for q, r in on_postgres.items() if on_sqlite[q] != r}
    assert differing == {}
    # The comparison means something: most queries find articles, some find none.
    assert sum(1 for r in on_postgres.values() if r) >= 45
    assert json.loads('{"q": "xyzzy"}') and on_postgres['{"q": "xyzzy"}'] == []
