"""`make bench`: import speed with extraction, on a fresh SQLite (or DATABASE_URL) archive.

Writes N variants of the 60 Wikinews texts to a temporary folder (each variant differs, so
nothing is skipped as unchanged), imports them through the real command path and prints
articles per second. Target (../shared/VISION.md): at least 300 articles/s with extraction.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "text"


def main(count: int = 3000) -> None:
    work = Path(tempfile.mkdtemp(prefix="verbatim-bench-"))
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from articles.importers import import_paths
    from articles.models import Article, Entity, Quote

    call_command("migrate", verbosity=0)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    files = work / "articles"
    files.mkdir()
    for i in range(count):
        title, _, body = texts[i % len(texts)].partition("\n")
        (files / f"{i:06d}.txt").write_text(f"{title} (variante {i})\n{body}\n\nRéf. {i}.\n",
                                             encoding="utf-8")
    started = time.perf_counter()
    report = import_paths([str(files)])
    elapsed = time.perf_counter() - started
    print(f"database: {django.db.connection.vendor}")
    print(report.summary())
    print(f"{count} articles in {elapsed:.1f} s: {count / elapsed:.0f} articles/s "
          f"(target >= 300); {Quote.objects.count()} quotes, {Entity.objects.count()} entities, "
          f"{Article.objects.count()} articles")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
