"""The one write path into the archive: read -> decode -> clean -> date -> save -> extract.

Formats are recognised per file (plain text, our JSON Lines export, HTML, WARC). Articles are
written in batches for speed, each inside its own savepoint, so a failure never leaves half an
article. The same content again is skipped (content hash); a changed file from the same origin
updates its article and keeps every field a curator set.
"""

import datetime
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from articles.extraction import (
    analysis_pool,
    extract_articles,
    prefetch_analysis,
    restore_extraction,
)
from articles.models import Article, DatePrecision
from articles.search import index_articles, index_documents
from articles.text.analysis import read_texts
from articles.text.cleaning import clean_article
from articles.text.dates import find_publication_date, parse_date_value
from articles.text.decoding import RejectedInput, decode_bytes
from articles.text.formats import sniff_format
from articles.text.html import extract_html
from articles.text.language import detect_language
from articles.text.warc import iter_warc_articles

BATCH_SIZE = 200
TITLE_MAX = Article._meta.get_field("title").max_length


class RejectedFile(ValueError):
    """A file or record that cannot become an article; the message says why in plain words."""


@dataclass(frozen=True)
class Incoming:
    """An article as read from a file, before it meets the database."""

    origin: str
    raw: str
    encoding: str
    sha256: str
    title: str
    title_derived: bool
    text: str
    published: datetime.date | None = None
    published_time: datetime.time | None = None
    date_precision: str = DatePrecision.UNKNOWN
    language: str = ""
    outlet: str = ""
    author: str = ""
    # Set only when restoring our own export: the quotes, entities and curation it carries.
    restored: dict | None = None


@dataclass(frozen=True)
class Rejection:
    name: str
    reason: str


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def summary(self) -> str:
        return (f"imported {self.imported}, updated {self.updated}, "
                f"unchanged {self.unchanged}, rejected {len(self.rejected)}")


def origin_for(path: Path) -> str:
    """Return how an imported file is named in the archive: relative to the project if inside."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(settings.BASE_DIR).as_posix()
    except ValueError:
        return resolved.as_posix()


def expand_paths(item: str) -> list[Path]:
    """Return the files named by a path: a file, a directory (recursively) or a glob pattern."""
    path = Path(item)
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    if any(ch in item for ch in "*?["):
        root = Path(path.anchor) if path.is_absolute() else Path()
        pattern = str(path.relative_to(path.anchor)) if path.is_absolute() else item
        files = []
        for match in sorted(root.glob(pattern)):
            files.extend(expand_paths(str(match)))
        if not files:
            raise RejectedFile("no file matches this pattern")
        return files
    raise RejectedFile("no such file or directory")


# Reading: every reader yields Incoming articles or Rejections, never raises for bad input.

def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _date_fields(found) -> dict:
    """Return the Article date fields for a text.dates.PublicationDate."""
    bounds = found.bounds
    return {"published": bounds[0] if bounds else None, "published_time": found.time,
            "date_precision": found.precision}


def _fit_title(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"


def read_text(*, origin: str, data: bytes) -> Incoming:
    """Return the article held in a plain-text file's bytes."""
    decoded = decode_bytes(data)
    cleaned = clean_article(decoded.text)
    if not cleaned.text.strip():
        raise RejectedFile("nothing left after cleaning (only scraper debris or headers)")
    found = find_publication_date(raw=decoded.text, text=cleaned.text)
    return Incoming(
        origin=origin, raw=decoded.text, encoding=decoded.encoding, sha256=_sha256(data),
        title=_fit_title(cleaned.title), title_derived=cleaned.title_derived, text=cleaned.text,
        language=detect_language(cleaned.text), **_date_fields(found),
    )


def read_html(*, origin: str, data: bytes, url: str | None = None) -> Incoming:
    """Return the article of an HTML page: main text, title, date, author and site."""
    decoded = decode_bytes(data)
    page = extract_html(html=decoded.text, url=url)
    cleaned = clean_article(page.text)
    if not cleaned.text.strip():
        raise RejectedFile("no article text found in the HTML page")
    dates = {}
    if page.published:
        try:
            dates = _date_fields(parse_date_value(page.published))
        except ValueError:
            dates = {}
    if page.title:
        # The page names its headline, so a short first paragraph is body, not a second headline.
        title, derived = page.title, False
        text = cleaned.text if cleaned.title_derived else page.text
    else:
        title, derived, text = cleaned.title, cleaned.title_derived, cleaned.text
    return Incoming(
        origin=url or page.url or origin, raw=decoded.text, encoding=decoded.encoding,
        sha256=_sha256(data), title=_fit_title(title), title_derived=derived,
        text=text.strip(), language=page.language or detect_language(text),
        outlet=(page.site_name or "")[:200], author=(page.author or "")[:300], **dates,
    )


def read_warc(*, origin: str, fileobj) -> Iterator[Incoming | Rejection]:
    """Yield an article for every HTML page a WARC file captured (the crawl date is not kept)."""
    try:
        for record in iter_warc_articles(fileobj):
            try:
                yield read_html(origin=record.url, data=record.html, url=record.url)
            except (RejectedInput, RejectedFile) as exc:
                yield Rejection(f"{origin} {record.url}", str(exc))
    except RejectedInput as exc:
        yield Rejection(origin, str(exc))


def read_jsonl(*, origin: str, fileobj) -> Iterator[Incoming | Rejection]:
    """Yield the articles of a JSON Lines export, restoring their quotes, entities and curation."""
    from articles.exporters import incoming_from_record

    for number, line in enumerate(fileobj, start=1):
        if not line.strip():
            continue
        name = f"{origin}:{number}"
        try:
            record = json.loads(line.decode("utf-8-sig") if isinstance(line, bytes) else line)
            yield incoming_from_record(record)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Rejection(name, f"not a JSON line ({exc.__class__.__name__})")
        except (RejectedFile, ValueError, TypeError, KeyError) as exc:
            yield Rejection(name, str(exc) if not isinstance(exc, KeyError)
                            else f"missing field {exc}")


def read_file(path: Path) -> Iterator[Incoming | Rejection]:
    """Yield the articles a file holds, and a Rejection for each part that cannot be read."""
    origin = origin_for(path)
    try:
        with path.open("rb") as fh:
            kind = sniff_format(name=path.name, head=fh.read(4096))
            fh.seek(0)
            if kind == "warc":
                yield from read_warc(origin=origin, fileobj=fh)
                return
            if kind == "jsonl":
                yield from read_jsonl(origin=origin, fileobj=fh)
                return
            data = fh.read()
    except OSError as exc:
        yield Rejection(origin, f"cannot be read ({exc.strerror or exc})")
        return
    try:
        yield (read_html if kind == "html" else read_text)(origin=origin, data=data)
    except (RejectedInput, RejectedFile) as exc:
        yield Rejection(origin, str(exc))


# Writing.

def _apply(article: Article, incoming: Incoming) -> None:
    """Copy what was read onto `article`, leaving every curated field as the curator set it."""
    for name in ("origin", "raw", "encoding", "sha256", "text"):
        setattr(article, name, getattr(incoming, name))
    for name in Article.CURATABLE_FIELDS:
        if not article.is_curated(name):
            setattr(article, name, getattr(incoming, name))
    article.title_derived = False if article.is_curated("title") else incoming.title_derived
    if incoming.restored:
        article.curated_fields = incoming.restored.get("curated_fields", [])
    article.sync_date_span()


def _after_save(pairs: list[tuple[Article, Incoming]], *, fresh: bool) -> None:
    """Run extraction (or restore what an export carried) for just-saved articles, then index
    them: new extracted articles from what is in hand, the others as read back."""
    extracted = [article for article, incoming in pairs if not incoming.restored]
    new_quotes = extract_articles(extracted, fresh=fresh) if extracted else {}
    for article, incoming in pairs:
        if incoming.restored:
            restore_extraction(article, incoming.restored)
    if fresh:
        # A new article's quotes are exactly those extraction just created.
        index_documents([(article.pk, article.title, article.text, article.language,
                          new_quotes[article.pk]) for article in extracted])
        index_articles([article.pk for article, incoming in pairs if incoming.restored])
    else:
        index_articles([article.pk for article, _incoming in pairs])


def _satisfies_constraints(article: Article) -> bool:
    """Return True when the article meets its check constraint (the date matches its precision),
    decided in Python: Django's own check costs a database query per article."""
    if article.date_precision is None:
        return False
    return (article.date_precision == DatePrecision.UNKNOWN) == (article.published is None)


def _prepared(incoming: Incoming, article: Article | None = None) -> Article:
    """Return `article` (or a new one) carrying what was read, validated (hash unicity aside)."""
    article = article or Article()
    _apply(article, incoming)
    # When the Python check fails, Django's own validation runs and words the error.
    article.full_clean(validate_unique=False,
                       validate_constraints=not _satisfies_constraints(article))
    return article


def _save_one(incoming: Incoming, existing: Article | None) -> Article:
    article = _prepared(incoming, existing)
    article.save()
    _after_save([(article, incoming)], fresh=existing is None)
    return article


def save_batch(items: list[Incoming], report: ImportReport) -> None:
    """Save a batch of read articles: new ones in bulk, updates one by one, each whole or not."""
    hashes = {i.sha256 for i in items}
    known = set(Article.objects.filter(sha256__in=hashes).values_list("sha256", flat=True))
    fresh: list[Incoming] = []
    for incoming in items:
        if incoming.sha256 in known:
            report.unchanged += 1
        else:
            known.add(incoming.sha256)
            fresh.append(incoming)
    if not fresh:
        return
    by_origin = {a.origin: a for a in Article.objects.filter(
        origin__in={i.origin for i in fresh}).order_by("pk")}
    # New origins are created in bulk; a known origin, or a second version of a new origin in
    # the same batch, updates its article afterwards.
    creates, updates, new_origins = [], [], set()
    for incoming in fresh:
        if incoming.origin in by_origin or incoming.origin in new_origins:
            updates.append(incoming)
        else:
            new_origins.add(incoming.origin)
            creates.append(incoming)

    if creates:
        try:
            _bulk_create(creates)
            report.imported += len(creates)
        except (DatabaseError, ValidationError):
            # Find the culprit: one article at a time, each in its own transaction.
            for incoming in creates:
                _save_alone(incoming, None, report, "imported")
    for incoming in updates:
        existing = by_origin.get(incoming.origin) or Article.objects.filter(
            origin=incoming.origin).order_by("pk").first()
        _save_alone(incoming, existing, report, "updated" if existing else "imported")


def _bulk_create(creates: list[Incoming]) -> None:
    with transaction.atomic():
        articles = [_prepared(incoming) for incoming in creates]
        Article.objects.bulk_create(articles)
        _after_save(list(zip(articles, creates, strict=True)), fresh=True)


def _save_alone(incoming: Incoming, existing: Article | None, report: ImportReport,
                outcome: str) -> None:
    try:
        with transaction.atomic():
            _save_one(incoming, existing)
    except ValidationError as exc:
        report.rejected.append(Rejection(incoming.origin, "; ".join(
            f"{name}: {' '.join(errors)}" for name, errors in exc.message_dict.items())))
        return
    except DatabaseError as exc:
        report.rejected.append(Rejection(incoming.origin, f"the database refused it ({exc})"))
        return
    setattr(report, outcome, getattr(report, outcome) + 1)


def import_paths(paths: Iterable[str], *, progress: Callable[[int, int], None] | None = None,
                 batch_size: int = BATCH_SIZE, workers: int | None = None) -> ImportReport:
    """Import every article under `paths`; return what happened to each.

    The text analysis of big batches runs in `workers` processes (default: up to 4, one per
    core; 0 or 1: none); the results are the same either way.
    """
    with analysis_pool(workers):
        return _import_paths(paths, progress=progress, batch_size=batch_size)


def _import_paths(paths: Iterable[str], *, progress: Callable[[int, int], None] | None,
                  batch_size: int) -> ImportReport:
    report = ImportReport()
    files: list[Path] = []
    for item in paths:
        try:
            files.extend(expand_paths(item))
        except RejectedFile as exc:
            report.rejected.append(Rejection(item, str(exc)))
    batch: list[Incoming] = []
    # A full batch waits to be saved while the next one is read: its text analysis runs
    # meanwhile in the worker processes, when there are some.
    waiting: list[Incoming] = []
    for done, path in enumerate(files, start=1):
        for item in read_file(path):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                prefetch_analysis([read_texts(i) for i in batch if not i.restored])
                if waiting:
                    save_batch(waiting, report)
                waiting, batch = batch, []
        if progress:
            progress(done, len(files))
    for last in (waiting, batch):
        if last:
            save_batch(last, report)
    return report


