"""JSON Lines out (and back in): one article per line, stable key order, streamed.

A line carries the article, its quotations and its entities, plus what curators decided
(curated fields, quote statuses, curator-chosen speakers, curated aliases), so importing an
export into an empty archive restores it and exporting again gives the same lines, ids aside.
"""

import datetime
import hashlib
import json
from collections.abc import Iterator

from django.db.models import Prefetch, QuerySet

from articles.models import Alias, Article, DatePrecision, Mention, Quote, QuoteKind, QuoteStatus
from articles.text.dates import parse_date_value

FORMAT_VERSION = 1
CHUNK_SIZE = 500


def _published(article: Article) -> str | None:
    return article.published_label or None


def _entity_payload(entity) -> dict:
    return {
        "name": entity.name,
        "kind": entity.kind,
        "slug": entity.slug,
        "wikidata_id": entity.wikidata_id,
        "description": entity.description,
        "curated": entity.curated,
        "aliases": sorted(a.name for a in entity.aliases.all() if a.curated),
    }


def article_record(article: Article) -> dict:
    """Return the export record of an article whose quotes and mentions are prefetched."""
    quotes = sorted(article.quotes.all(), key=lambda q: (not q.in_title, q.start, q.end))
    mentions = sorted(article.mentions.all(), key=lambda m: (-m.count, m.entity.name))
    speakers = {q.speaker.pk: q.speaker for q in quotes if q.speaker}
    return {
        "id": article.pk,
        "source": article.origin,
        "sha256": article.sha256,
        "title": article.title,
        "title_derived": article.title_derived,
        "published": _published(article),
        "published_time": article.published_time.isoformat() if article.published_time else None,
        "language": article.language,
        "outlet": article.outlet,
        "author": article.author,
        "encoding": article.encoding,
        "curated_fields": sorted(article.curated_fields or []),
        "text": article.text,
        "raw": article.raw,
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker.name if q.speaker else None,
                "in_title": q.in_title,
                "start": q.start,
                "end": q.end,
                "cue": q.cue,
                "kind": q.kind,
                "status": q.status,
                "speaker_curated": q.speaker_curated,
                "speaker_mention": q.speaker_mention,
                "unclosed": q.unclosed,
            }
            for q in quotes
        ],
        "entities": [
            {"mentions": m.count, "mention_curated": m.curated, **_entity_payload(m.entity)}
            for m in mentions
        ],
        "speakers": [_entity_payload(e) for e in sorted(speakers.values(), key=lambda e: e.name)],
        "format": FORMAT_VERSION,
    }


def export_queryset(articles: QuerySet) -> QuerySet:
    """Return `articles` in export order with everything a record needs prefetched."""
    aliases = Prefetch("aliases", queryset=Alias.objects.filter(curated=True))
    return articles.order_by("pk").prefetch_related(
        Prefetch("quotes", queryset=Quote.objects.select_related("speaker")
                 .prefetch_related(Prefetch("speaker__aliases", queryset=aliases.queryset))),
        Prefetch("mentions", queryset=Mention.objects.select_related("entity")
                 .prefetch_related(Prefetch("entity__aliases", queryset=aliases.queryset))),
    )


def iter_lines(articles: QuerySet) -> Iterator[str]:
    """Yield one JSON line per article; memory stays flat however many there are."""
    for article in export_queryset(articles).iterator(chunk_size=CHUNK_SIZE):
        yield json.dumps(article_record(article), ensure_ascii=False, separators=(",", ":")) + "\n"


# Back in: turn a record into what the importer saves.

def _require(record: dict, name: str, kinds):
    value = record[name]
    if not isinstance(value, kinds):
        raise ValueError(f"field {name!r} has the wrong type")
    return value


def incoming_from_record(record: dict):
    """Return the importer's Incoming for one export record; raise ValueError when malformed."""
    from articles.importers import Incoming

    if not isinstance(record, dict):
        raise ValueError("a line must be a JSON object")
    raw = _require(record, "raw", str)
    text = _require(record, "text", str)
    if not text.strip():
        raise ValueError("the article has no text")
    published = record.get("published")
    date_fields = {"published": None, "published_time": None,
                   "date_precision": DatePrecision.UNKNOWN}
    if published is not None:
        found = parse_date_value(_require(record, "published", str))
        date_fields["published"] = found.bounds[0]
        date_fields["date_precision"] = found.precision
        if record.get("published_time") and found.precision == DatePrecision.DAY:
            date_fields["published_time"] = datetime.time.fromisoformat(record["published_time"])
    encoding = record.get("encoding") or "utf-8"
    try:
        data = raw.encode(encoding)
    except (LookupError, UnicodeEncodeError):
        encoding, data = "utf-8", raw.encode("utf-8")
    sha256 = hashlib.sha256(data).hexdigest()
    title = _require(record, "title", str)
    quotes = _require(record, "quotes", list) if "quotes" in record else []
    for quote in quotes:
        _check_quote(quote, text, title)
    return Incoming(
        origin=_require(record, "source", str), raw=raw, encoding=encoding, sha256=sha256,
        title=title, title_derived=bool(record.get("title_derived")),
        text=text, language=record.get("language") or "", outlet=record.get("outlet") or "",
        author=record.get("author") or "", **date_fields,
        restored={
            "curated_fields": [f for f in record.get("curated_fields") or []
                               if f in Article.CURATABLE_FIELDS],
            "quotes": quotes,
            "entities": record.get("entities") or [],
            "speakers": record.get("speakers") or [],
        },
    )


def _check_quote(quote: dict, text: str, title: str) -> None:
    if not isinstance(quote, dict):
        raise ValueError("a quote must be a JSON object")
    if not isinstance(quote.get("in_title", False), bool):
        raise ValueError("a quote's in_title must be true or false")
    where = title if quote.get("in_title") else text
    start, end = quote.get("start"), quote.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(where)):
        raise ValueError(f"quote offsets {start!r}..{end!r} are outside the "
                         + ("title" if quote.get("in_title") else "text"))
    if quote.get("kind", QuoteKind.FULL) not in QuoteKind.values:
        raise ValueError(f"unknown quote kind {quote.get('kind')!r}")
    if quote.get("status", QuoteStatus.AUTOMATIC) not in QuoteStatus.values:
        raise ValueError(f"unknown quote status {quote.get('status')!r}")
