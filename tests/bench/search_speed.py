"""`make bench-search`: full search responses at scale (default 100,000 articles).

Builds an archive of N articles from the seeds and the Wikinews texts (each a variant with its own
title, date, outlet and a few extra words, carrying the original's quotes and mentions), indexes
it, then times complete responses of /search/ and /search.json (results, count, facets,
snippets) through Django's test client. Targets (../shared/VISION.md): p95 <= 100 ms on SQLite,
<= 150 ms on PostgreSQL, for every kind of query.

    DATABASE_URL=... python -m tests.bench.search_speed [N]
Without DATABASE_URL it uses a temporary SQLite file; with a PostgreSQL URL the database must be
empty (it is migrated and filled). BENCH_REUSE=1 measures an archive that is already built
(e.g. BENCH_REUSE=1 DATABASE_URL=sqlite:////tmp/bench.sqlite3) without building it again.
"""

import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUERIES = [
    ("common word", {"q": "ukraine"}),
    ("very common word", {"q": "a"}),
    ("rare word", {"q": "Podoliak"}),
    ("two words", {"q": "defense aerienne"}),
    ("phrase", {"q": '"défense aérienne"'}),
    ("prefix", {"q": "nego*"}),
    ("or", {"q": "Bucarest OR Ramstein"}),
    ("exclusion", {"q": "otan -zelensky"}),
    ("word + date range", {"q": "otan", "date_from": "2022-01", "date_to": "2022-12"}),
    ("word + entity", {"q": "missile", "entity": "roumanie"}),
    ("speaker", {"speaker": "jens-stoltenberg"}),
    ("browse (no query)", {}),
    ("browse oldest", {"sort": "oldest"}),
    ("deep page", {"q": "ukraine", "page": "200"}),
    ("json twin", {"q": "ukraine", "_json": "1"}),
]
ROUNDS = 20  # after one warm-up request per query, not counted


def build(count: int) -> None:
    from django.db import transaction

    from articles import search
    from articles.importers import import_paths
    from articles.models import Article, Mention, Quote

    import_paths([str(ROOT / "fixtures" / "seeds"),
                  str(ROOT.parent / "shared" / "corpus" / "wikinews" / "text")])
    originals = list(Article.objects.prefetch_related("quotes", "mentions"))
    rows, quotes, mentions = [], [], []
    rng = random.Random(7)
    outlets = [f"Journal {i}" for i in range(25)]
    started = time.perf_counter()
    for i in range(count - len(originals)):
        base = originals[i % len(originals)]
        day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
        precision = rng.choice(["day"] * 8 + ["month", "unknown"])
        article = Article(
            title=f"{base.title} ({i})", text=base.text + f"\n\nDépêche {i} du {day:%d/%m/%Y}.",
            raw=base.raw, encoding=base.encoding, origin=f"bench/{i}.txt",
            sha256=f"{i:064x}", language=base.language, outlet=rng.choice(outlets),
            published=None if precision == "unknown" else day, date_precision=precision,
        )
        article.sync_date_span()
        rows.append((article, base))
    with transaction.atomic():
        for start in range(0, len(rows), 2000):
            chunk = rows[start:start + 2000]
            Article.objects.bulk_create([a for a, _ in chunk])
            for article, base in chunk:
                quotes.extend(Quote(article=article, speaker_id=q.speaker_id, text=q.text,
                                    start=q.start, end=q.end, cue=q.cue, kind=q.kind)
                              for q in base.quotes.all())
                mentions.extend(Mention(article=article, entity_id=m.entity_id, count=m.count)
                                for m in base.mentions.all())
            Quote.objects.bulk_create(quotes, batch_size=2000)
            Mention.objects.bulk_create(mentions, batch_size=2000)
            quotes, mentions = [], []
    print(f"built {Article.objects.count()} articles, {Quote.objects.count()} quotes, "
          f"{Mention.objects.count()} mentions in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    search.rebuild_index()
    print(f"indexed in {time.perf_counter() - started:.0f} s")


def measure() -> dict:
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    results = {}
    print(f"\n{connection.vendor}: full responses, {ROUNDS} rounds each after a warm-up (ms)")
    print(f"{'query':<22}{'p50':>8}{'p95':>8}{'max':>8}  count")
    for label, params in QUERIES:
        params = dict(params)
        path = "/search.json" if params.pop("_json", None) else "/search/"
        times = []
        client.get(path, params)
        for _ in range(ROUNDS):
            started = time.perf_counter()
            response = client.get(path, params)
            times.append(1000 * (time.perf_counter() - started))
            assert response.status_code == 200, (label, response.status_code)
        count = response.context["page"].paginator.count if response.context else "-"
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        results[label] = p95
        print(f"{label:<22}{statistics.median(times):8.1f}{p95:8.1f}{times[-1]:8.1f}  {count}")
    return results


def main(count: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="verbatim-search-bench-"))
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    if not os.environ.get("BENCH_REUSE"):
        build(count)
    results = measure()
    target = 100 if connection.vendor == "sqlite" else 150
    worst = max(results, key=results.get)
    print(f"\nworst p95: {results[worst]:.0f} ms ({worst}); target <= {target} ms: "
          f"{'met' if results[worst] <= target else 'NOT met'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
