"""The write path: every format in, cleaned and dated, nothing lost, nothing twice."""

import datetime
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.curation import set_quote_status
from articles.exporters import iter_lines
from articles.importers import import_paths
from articles.models import Alias, Article, Entity, Quote

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "text"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


DATELINE = re.compile(rf"\s*(\d{{1,2}})(?:er)? ({'|'.join(MONTHS)}) (\d{{4}})\b", re.IGNORECASE)


def seed(prefix: str) -> Article:
    return Article.objects.get(origin__startswith=f"fixtures/seeds/{prefix}_")


@pytest.fixture
def seeds():
    report = import_paths([str(SEEDS)])
    assert (report.imported, report.rejected) == (5, [])


def test_seed_dates_have_their_precision(seeds):
    assert seed("000").published_label in {"2022-12", "2022-12-30"}
    a001 = seed("001")
    assert (a001.published_label, a001.date_precision) == ("2022-11-29", "day")
    assert a001.published_time == datetime.time(13, 23)
    assert (seed("002").published_label, seed("002").date_precision) == ("2023-01", "month")
    assert (seed("003").published_label, seed("003").date_precision) == ("2022-11", "month")
    a004 = seed("004")
    assert (a004.published, a004.date_precision) == (None, "unknown")


def test_seed_titles_given_or_derived(seeds):
    a002 = seed("002")
    assert a002.title == ("Guerre en Ukraine : le secrétaire général de l’Otan promet "
                          "« davantage d’armes lourdes » livrées à Kiev.")
    assert not a002.title_derived
    assert not a002.text.startswith("Guerre en Ukraine")
    a000 = seed("000")
    assert a000.title_derived
    assert a000.title.startswith("La guerre en Ukraine continue de faire la une des journaux")
    for article in Article.objects.all():
        assert not re.search(r"\[ad_\d\]|Source link|photo_camera|^date \d|Plus dans", article.title)


def test_seed_debris_is_gone_and_paragraphs_kept(seeds):
    for article in Article.objects.all():
        for debris in ["[ad_1]", "[ad_2]", "Source link", "photo_camera", "Plus dans Politique",
                       "Sergei SUPINSKY / AFP", " date 2022", "Statut :"]:
            assert debris not in article.text, (article.origin, debris)
        assert "\n\n\n" not in article.text and article.text == article.text.strip()
    assert seed("004").text.count("\n\n") >= 10
    assert "Plus de 120 missiles ont été lancés" in seed("000").text


def test_seed_raw_is_kept_byte_for_byte(seeds):
    for path in SEEDS.iterdir():
        article = Article.objects.get(origin=f"fixtures/seeds/{path.name}")
        assert article.raw.encode(article.encoding) == path.read_bytes()
    assert {a.language for a in Article.objects.all()} == {"fr"}


def test_seeds_produce_one_stoltenberg(seeds):
    assert list(Entity.objects.filter(name__icontains="stoltenberg").values_list(
        "name", flat=True)) == ["Jens Stoltenberg"]
    assert Quote.objects.filter(speaker__name="Jens Stoltenberg").count() >= 20


def test_reimport_is_idempotent(seeds):
    counts = (Article.objects.count(), Quote.objects.count(), Entity.objects.count(),
              Alias.objects.count())
    again = import_paths([str(SEEDS), str(SEEDS / "000_ce57545e4ecc47e0.txt")])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 6)
    assert counts == (Article.objects.count(), Quote.objects.count(), Entity.objects.count(),
                      Alias.objects.count())


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="../shared/corpus is not beside the checkout")
def test_wikinews_titles_and_day_dates():
    report = import_paths([str(WIKINEWS)])
    assert (report.imported, report.rejected) == (60, [])
    for path in sorted(WIKINEWS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        article = Article.objects.get(origin=str(path.resolve()))
        assert article.title == lines[0].strip(), path.name
        datelines = (DATELINE.match(line) for line in lines[1:])
        day, month, year = next(m for m in datelines if m).groups()
        expected = datetime.date(int(year), MONTHS.index(month.lower()) + 1, int(day))
        assert (article.published, article.date_precision) == (expected, "day"), path.name
        assert article.language == "fr"


def test_changed_file_updates_but_keeps_curated_fields(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Premier titre\n\nLe corps de l'article, assez long pour compter ici.\n")
    import_paths([str(path)])
    article = Article.objects.get()
    article.title = "Titre choisi par un curateur"
    article.mark_curated(["title"])
    article.save()
    path.write_text("Nouveau titre\n\nLe corps de l'article, corrigé par la source elle-même.\n")
    report = import_paths([str(path)])
    assert report.updated == 1
    article.refresh_from_db()
    assert article.title == "Titre choisi par un curateur"
    assert not article.title_derived
    assert "corrigé par la source" in article.text
    assert Article.objects.count() == 1


def hostile_files(tmp_path) -> dict[str, bytes]:
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n \r\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "debris.txt": b"[ad_1]\nSource link -15\n[ad_2]\n",
        "cp1252.txt": ("Réunion à Bruxelles\n\nLe secrétaire général a déclaré : « Nous "
                       "sommes prêts à aider l’Ukraine cet été. »\n").encode("cp1252"),
        "bom-crlf.txt": b"\xef\xbb\xbf" + "Titre à la une\r\n\r\nPremier paragraphe ici, "
                        "avec des accents éè.\r\nSecond paragraphe.\r\n".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return files


def test_hostile_files(tmp_path):
    files = hostile_files(tmp_path)
    report = import_paths([str(tmp_path)])
    reasons = {Path(r.name).name: r.reason for r in report.rejected}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("not text")
    assert reasons["debris.txt"].startswith("nothing left after cleaning")
    assert report.imported == 2
    legacy = Article.objects.get(origin__endswith="cp1252.txt")
    assert legacy.encoding == "cp1252" and "l’Ukraine cet été" in legacy.text
    assert legacy.raw.encode(legacy.encoding) == files["cp1252.txt"]
    bom = Article.objects.get(origin__endswith="bom-crlf.txt")
    assert bom.title == "Titre à la une" and "\r" not in bom.text and "\ufeff" not in bom.text
    assert bom.raw.encode(bom.encoding) == files["bom-crlf.txt"]


def test_a_twenty_megabyte_file_imports_whole(tmp_path):
    paragraph = ("Le secrétaire général de l’OTAN, Jens Stoltenberg, a déclaré que l’alliance "
                 "soutiendra l’Ukraine aussi longtemps qu’il le faudra. ") * 4
    body = "\n\n".join(paragraph for _ in range(20 * 1024 * 1024 // len(paragraph.encode())))
    path = tmp_path / "huge.txt"
    path.write_text("Un très long article\n\n" + body, encoding="utf-8")
    report = import_paths([str(path)])
    assert (report.imported, report.rejected) == (1, [])
    article = Article.objects.get()
    assert article.title == "Un très long article"
    assert len(article.raw.encode()) == path.stat().st_size


HTML_PAGE = """<!doctype html><html lang="fr"><head>
<meta charset="utf-8"><title>Stoltenberg à Kiev | Le Quotidien</title>
<meta property="og:title" content="Stoltenberg à Kiev pour rencontrer Zelensky">
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2023-09-28T13:23:00+02:00">
<meta name="author" content="Claire Dupont">
<link rel="canonical" href="https://quotidien.example/monde/stoltenberg-kiev">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Stoltenberg à Kiev pour rencontrer Zelensky</h1>
<p>Le secrétaire général de l'OTAN, Jens Stoltenberg, a fait un voyage surprise à Kiev pour
rencontrer le président ukrainien Volodymyr Zelensky et discuter de la contre-offensive.</p>
<p>« Chaque mètre regagné par les forces ukrainiennes est un mètre perdu par la Russie », a
déclaré Jens Stoltenberg lors d'une conférence de presse conjointe dans la capitale.</p>
<p>Zelensky a quant à lui souligné la nécessité de renforcer les défenses aériennes du pays
pour faire face aux attaques russes répétées contre les infrastructures énergétiques.</p>
</article><footer>© 2023 Le Quotidien</footer></body></html>"""


def test_html_page(tmp_path):
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    report = import_paths([str(tmp_path / "page.html")])
    assert (report.imported, report.rejected) == (1, [])
    article = Article.objects.get()
    assert article.title == "Stoltenberg à Kiev pour rencontrer Zelensky"
    assert (article.published_label, article.date_precision) == ("2023-09-28", "day")
    assert article.outlet == "Le Quotidien" and article.author == "Claire Dupont"
    assert article.origin == "https://quotidien.example/monde/stoltenberg-kiev"
    assert "Accueil" not in article.text and "mètre perdu par la Russie" in article.text
    assert article.raw == HTML_PAGE
    quote = Quote.objects.get(kind="full")
    assert quote.speaker.name == "Jens Stoltenberg"


def test_html_short_first_paragraph_stays_in_the_body(tmp_path):
    page = HTML_PAGE.replace("<article><h1>Stoltenberg à Kiev pour rencontrer Zelensky</h1>",
                             "<article><h1>Stoltenberg à Kiev pour rencontrer Zelensky</h1>"
                             "<p>Visite surprise dans la capitale ukrainienne</p>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    import_paths([str(tmp_path / "page.html")])
    article = Article.objects.get()
    assert article.title == "Stoltenberg à Kiev pour rencontrer Zelensky"
    assert article.text.startswith("Visite surprise dans la capitale ukrainienne")


def write_warc(path: Path, pages: list[tuple[str, str, int, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for url, body, status, ctype in pages:
            headers = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                               http_headers=headers)
            writer.write_record(record)


def test_warc_pages_become_articles(tmp_path):
    second = HTML_PAGE.replace("Stoltenberg à Kiev pour rencontrer Zelensky",
                               "Zelensky reçoit Stoltenberg").replace(
        "2023-09-28T13:23:00+02:00", "2023-09-29").replace("stoltenberg-kiev", "zelensky-recoit")
    no_date = HTML_PAGE.replace('<meta property="article:published_time" '
                                'content="2023-09-28T13:23:00+02:00">', "").replace(
        "Stoltenberg à Kiev pour rencontrer Zelensky", "Sans date").replace(
        "stoltenberg-kiev", "sans-date").replace("© 2023 Le Quotidien", "")
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        ("https://quotidien.example/monde/stoltenberg-kiev", HTML_PAGE, 200, "text/html"),
        ("https://quotidien.example/logo.png", "PNG", 200, "image/png"),
        ("https://quotidien.example/missing", "<html>404</html>", 404, "text/html"),
        ("https://quotidien.example/monde/zelensky-recoit", second, 200, "text/html; charset=utf-8"),
        ("https://quotidien.example/monde/sans-date", no_date, 200, "text/html"),
    ])
    report = import_paths([str(path)])
    assert (report.imported, report.rejected) == (3, [])
    origins = dict(Article.objects.values_list("origin", "published"))
    assert origins == {
        "https://quotidien.example/monde/stoltenberg-kiev": datetime.date(2023, 9, 28),
        "https://quotidien.example/monde/zelensky-recoit": datetime.date(2023, 9, 29),
        "https://quotidien.example/monde/sans-date": None,  # the crawl date is not a publication date
    }


def test_damaged_warc_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.warc"
    write_warc(path, [("https://quotidien.example/a", HTML_PAGE, 200, "text/html"),
                      ("https://quotidien.example/b", HTML_PAGE.replace("Kiev", "Kyiv"), 200,
                       "text/html")])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 300])
    report = import_paths([str(path)])
    assert report.imported == 1
    assert len(report.rejected) == 1 and "damaged or truncated" in report.rejected[0].reason


def export_all() -> list[dict]:
    return [json.loads(line) for line in iter_lines(Article.objects.all())]


def without_ids(records):
    return [{k: v for k, v in r.items() if k != "id"} for r in records]


def test_export_import_export_round_trip(seeds, tmp_path):
    # Curate a little first: the round trip must carry it.
    article = seed("000")
    article.title = "Titre revu"
    article.mark_curated(["title"])
    article.save()
    quote = Quote.objects.filter(article=article).order_by("start").first()
    quote.status = "verified"
    quote.save()
    Alias.objects.create(entity=Entity.objects.get(name="Jens Stoltenberg"),
                         name="le secrétaire général de l'OTAN", curated=True)
    first = export_all()
    lines = [json.dumps(r, ensure_ascii=False) for r in first]
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Article.objects.all().delete()
    Entity.objects.all().delete()
    report = import_paths([str(tmp_path / "export.jsonl")])
    assert (report.imported, report.rejected) == (5, [])
    assert without_ids(export_all()) == without_ids(first)
    assert first[0]["source"] == "fixtures/seeds/000_ce57545e4ecc47e0.txt"
    assert set(first[0]) >= {"id", "source", "sha256", "title", "title_derived", "published",
                             "language", "text", "raw", "quotes", "entities"}


def test_export_command_filters_and_streams(seeds, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    call_command("export_articles", "--output", str(out), "--date-from", "2022-12")
    published = [json.loads(line)["published"] for line in out.read_text().splitlines()]
    assert sorted(published) == ["2022-12-30", "2023-01"] or sorted(published) == [
        "2022-12", "2023-01"]
    call_command("export_articles", "--speaker", "volodymyr-zelensky")
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [
        "fixtures/seeds/004_367df188a69f6029.txt"]
    with pytest.raises(CommandError, match="not a date"):
        call_command("export_articles", "--date-from", "2022-13")


def test_malformed_jsonl_lines_are_rejected_one_by_one(tmp_path):
    good = {"source": "x.txt", "title": "Un titre", "text": "Un texte assez long.",
            "raw": "Un titre\n\nUn texte assez long.", "published": "2022-11", "quotes": []}
    lines = [json.dumps(good), "{not json", json.dumps({**good, "raw": 3}),
             json.dumps({**good, "raw": "autre", "published": "2022-13"}),
             json.dumps({**good, "raw": "encore", "quotes": [{"start": 5, "end": 999}]}), "[]"]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = import_paths([str(path)])
    assert report.imported == 1
    assert [r.name.rsplit(":", 1)[1] for r in report.rejected] == ["2", "3", "4", "5", "6"]
    assert Article.objects.get().published_label == "2022-11"


def test_command_reports_and_exit_status(capsys, tmp_path):
    call_command("import_articles", str(SEEDS), "--if-empty")
    assert "imported 5, updated 0, unchanged 0, rejected 0" in capsys.readouterr().out
    call_command("import_articles", str(SEEDS), "--if-empty")
    assert Article.objects.count() == 5
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError) as excinfo:
        call_command("import_articles", str(tmp_path), str(SEEDS), str(tmp_path / "nope*.txt"))
    assert excinfo.value.returncode == 1
    captured = capsys.readouterr()
    assert "imported 0, updated 0, unchanged 5, rejected 2" in captured.out
    assert "empty.txt: empty file" in captured.err
    assert "nope*.txt: no file matches this pattern" in captured.err


def test_gzip_is_not_mistaken_for_text(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Bonjour tout le monde"))
    report = import_paths([str(tmp_path)])
    assert report.imported == 0 and len(report.rejected) == 1


def test_export_command_full_text_filter(seeds, capsys):
    call_command("export_articles", "--q", '"défense aérienne"')
    sources = sorted(json.loads(line)["source"][15:18] for line in capsys.readouterr().out.splitlines())
    assert sources == ["001", "003", "004"]


def index_rows() -> tuple[list, list]:
    """Return every row of the search index, articles and quotes, in id order."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT rowid, title, quotes, body FROM article_fts ORDER BY rowid")
            articles = cursor.fetchall()
            cursor.execute("SELECT rowid, text, speaker FROM quote_fts ORDER BY rowid")
        else:
            cursor.execute("SELECT article_id, document::text FROM article_search "
                           "ORDER BY article_id")
            articles = cursor.fetchall()
            cursor.execute("SELECT quote_id, document::text FROM quote_search ORDER BY quote_id")
        return [tuple(r) for r in articles], [tuple(r) for r in cursor.fetchall()]


def test_index_after_import_is_what_a_rebuild_writes(seeds, tmp_path):
    # New articles are indexed from what the import holds; restored, updated and curated ones
    # are read back: either way the rows are those of rebuild_search_index.
    report = import_paths([str(WIKINEWS)], batch_size=7)
    assert report.imported == 60 and not report.rejected
    set_quote_status(quotes=Quote.objects.filter(pk=Quote.objects.order_by("pk")[0].pk),
                     status="rejected")
    path = tmp_path / "changed.txt"
    path.write_text("Un titre\n\nLe ministre a déclaré : « Nous partirons demain matin. » "
                    "Puis il a ajouté : « Et nous reviendrons. »\n")
    import_paths([str(path)])
    set_quote_status(quotes=Quote.objects.filter(article__origin__endswith="changed.txt"),
                     status="verified")
    path.write_text("Un titre\n\nLe ministre a déclaré : « Nous resterons ici tout l'été. »\n")
    assert import_paths([str(path)]).updated == 1
    record = json.loads(next(iter_lines(Article.objects.filter(pk=seed("001").pk))))
    seed("001").delete()
    (tmp_path / "restored.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    assert import_paths([str(tmp_path / "restored.jsonl")]).imported == 1
    after_import = index_rows()
    assert len(after_import[0]) == Article.objects.count() == 66
    assert len(after_import[1]) == Quote.objects.count() > 500
    call_command("rebuild_search_index")
    assert index_rows() == after_import


def test_a_failing_batch_falls_back_to_one_article_at_a_time(tmp_path, monkeypatch):
    from django.db import DatabaseError

    from articles import importers

    for i, text in enumerate(sorted(WIKINEWS.glob("*.txt"))[:6]):
        (tmp_path / f"{i}.txt").write_text(text.read_text(encoding="utf-8"), encoding="utf-8")
    real = importers.index_documents

    def failing(items):
        items = list(items)
        if any(item[0] and Article.objects.get(pk=item[0]).origin.endswith("/3.txt")
               for item in items):
            raise DatabaseError("index refused")
        real(items)

    monkeypatch.setattr(importers, "index_documents", failing)
    report = import_paths([str(tmp_path)])
    assert report.imported == 5
    assert [r.name.rsplit("/", 1)[-1] for r in report.rejected] == ["3.txt"]
    assert not Article.objects.filter(origin__endswith="/3.txt").exists()
    # The five others are whole: quotes, mentions and index rows.
    assert Quote.objects.count() > 0 and Article.objects.filter(mentions__isnull=False).exists()
    assert not Quote.objects.exclude(article__in=Article.objects.all()).exists()
    articles, quotes = index_rows()
    assert [row[0] for row in articles] == sorted(Article.objects.values_list("pk", flat=True))
    assert sorted(row[0] for row in quotes) == sorted(Quote.objects.values_list("pk", flat=True))


def archive_snapshot():
    """Return the archive's extraction and index, by origin rather than by id."""
    from articles.models import Mention

    origin = dict(Article.objects.values_list("pk", "origin"))
    place = {pk: (origin[a], s) for pk, a, s in Quote.objects.values_list(
        "pk", "article_id", "start")}
    articles, quotes = index_rows()
    return (
        sorted(Quote.objects.values_list("article__origin", "start", "end", "text",
                                         "speaker__name", "cue", "speaker_mention", "kind",
                                         "unclosed", "status")),
        sorted(Mention.objects.values_list("article__origin", "entity__name", "count")),
        sorted(Entity.objects.values_list("name", "kind", "slug", "curated")),
        sorted(Alias.objects.values_list("key", "entity__name", "curated")),
        sorted((origin[row[0]], *row[1:]) for row in articles),
        sorted((place[row[0]], *row[1:]) for row in quotes),
    )


@pytest.fixture
def pool_calls(monkeypatch):
    """Record the pool's synchronous (map) and ahead-of-time (map_async) analyses."""
    import multiprocessing.pool

    calls = {"map": 0, "map_async": 0}
    for name in calls:
        real = getattr(multiprocessing.pool.Pool, name)

        def spy(pool, *args, _name=name, _real=real, **kwargs):
            calls[_name] += 1
            return _real(pool, *args, **kwargs)

        monkeypatch.setattr(multiprocessing.pool.Pool, name, spy)
    return calls


def test_analysis_in_worker_processes_gives_the_same_archive(pool_calls):
    assert import_paths([str(WIKINEWS)], workers=2, batch_size=40).imported == 60
    # The first batch is analysed ahead, while the second is read; the second (20) is small.
    assert pool_calls == {"map": 0, "map_async": 1}
    pooled = archive_snapshot()
    assert len(pooled[0]) > 500
    Article.objects.all().delete()
    Entity.objects.all().delete()
    assert import_paths([str(WIKINEWS)], workers=0, batch_size=40).imported == 60
    assert pool_calls == {"map": 0, "map_async": 1}
    assert archive_snapshot() == pooled


def test_analysis_done_ahead_is_redone_when_curated_aliases_change(seeds, tmp_path,
                                                                   pool_calls, monkeypatch):
    from articles import extraction

    monkeypatch.setattr(extraction, "POOL_MIN_ARTICLES", 10)
    Alias.objects.create(entity=Entity.objects.get(name="Jens Stoltenberg"),
                         name="le chef de l'Alliance", curated=True)
    line = next(iter_lines(Article.objects.filter(pk=seed("000").pk)))
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    Article.objects.all().delete()
    Entity.objects.all().delete()
    paths = [str(tmp_path / "a.jsonl"), str(WIKINEWS)]
    # Batch 2 is analysed ahead before batch 1 restores a curated alias: redone, in the pool.
    assert import_paths(paths, workers=2, batch_size=20).imported == 61
    assert pool_calls == {"map": 1, "map_async": 3}
    pooled = archive_snapshot()
    assert any(curated for _key, _name, curated in pooled[3])
    Article.objects.all().delete()
    Entity.objects.all().delete()
    assert import_paths(paths, workers=0, batch_size=20).imported == 61
    assert archive_snapshot() == pooled
