"""Store who said what: run the text analysis on saved articles and keep curated data intact.

Re-extraction refreshes everything automatic and nothing a curator decided: verified or rejected
quotes and curator-chosen speakers stay (and no new quote is created over their span), curated
mentions stay, curated entities are linked to but never renamed, aliases are only ever added.
"""

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Count, Max
from django.utils import timezone

from articles.models import (
    Alias,
    Article,
    Entity,
    EntityKind,
    Mention,
    Quote,
    QuoteStatus,
    unique_entity_slugs,
)
from articles.text.analysis import Analysis, analyse, read_texts
from articles.text.entities import EntityDetector, KnownAlias
from articles.text.normalize import alias_key as _alias_key

# A pure function called ~40 times per article on the same few names: remembered.
alias_key = lru_cache(maxsize=65536)(_alias_key)

_detector_cache: dict = {}


def _detector_state() -> tuple[str, list[KnownAlias], EntityDetector]:
    """Return (key, curated aliases, detector): the detector is rebuilt only when they change."""
    state = (
        Alias.objects.filter(curated=True).aggregate(n=Count("pk"), last=Max("pk")),
        Entity.objects.filter(curated=True).aggregate(n=Count("pk"), last=Max("updated_at")),
    )
    key = repr(state)
    if key not in _detector_cache:
        known = [
            KnownAlias(name, canonical, kind)
            for name, canonical, kind in Alias.objects.filter(entity__kind__in=[
                EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.PLACE])
            .filter(curated=True).values_list("name", "entity__name", "entity__kind")
        ]
        _detector_cache.clear()
        _detector_cache[key] = (known, EntityDetector(extra_aliases=known))
    known, detector = _detector_cache[key]
    return key, known, detector


def current_detector() -> EntityDetector:
    """Return an entity detector that knows every curated alias; rebuilt only when they change."""
    return _detector_state()[2]


# The text stage of a big batch may run in worker processes (see analysis_pool): analysis is a
# pure function of the text and the curated aliases, so the results are the same, in order.
ANALYSIS_WORKERS = min(4, os.cpu_count() or 1)
POOL_MIN_ARTICLES = 32
_pool = None
_workers = 0
_worker_detectors: dict = {}


@contextmanager
def analysis_pool(workers: int | None = None) -> Iterator[None]:
    """Within this block, extraction analyses big batches in `workers` forked processes."""
    global _pool, _workers
    workers = ANALYSIS_WORKERS if workers is None else workers
    if workers < 2 or _pool is not None or "fork" not in multiprocessing.get_all_start_methods():
        yield
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        _pool, _workers = pool, workers
        try:
            yield
        finally:
            _pool, _workers = None, 0
            _pending.clear()
            _ready.clear()


# What the analysis reads of an article (`read_texts`): its headline, empty when derived from
# the body, and its cleaned body.
Texts = tuple[str, str]


def _analyse_chunk(job: tuple[str, list[KnownAlias], list[Texts]]) -> list[Analysis]:
    """In a worker: analyse texts with the detector of these curated aliases (built once)."""
    key, known, texts = job
    if key not in _worker_detectors:
        _worker_detectors.clear()
        _worker_detectors[key] = EntityDetector(extra_aliases=known)
    detector = _worker_detectors[key]
    return [analyse(text, detector=detector, title=title) for title, text in texts]


# Analyses started ahead (prefetch_analysis): (detector key, texts, pending result), and the
# results collected from them, by (detector key, (headline, body)).
_pending: list = []
_ready: dict[tuple[str, Texts], Analysis] = {}


def prefetch_analysis(texts: list[Texts]) -> None:
    """Start analysing these texts in the pool, to be picked up by the extraction that needs
    them while the caller does something else; nothing without a pool or for a small batch.
    A result is used only if the curated aliases are still those it was computed with."""
    if _pool is None or len(texts) < POOL_MIN_ARTICLES:
        return
    key, known, _detector = _detector_state()
    _pending.append((key, texts, set(texts),
                     _pool.map_async(_analyse_chunk, _jobs(key, known, texts))))


def _jobs(key: str, known: list[KnownAlias], texts: list[Texts]) -> list[tuple]:
    size = -(-len(texts) // (4 * _workers))  # a few chunks per worker
    return [(key, known, texts[i:i + size]) for i in range(0, len(texts), size)]


def _collect(key: str, texts: list[Texts]) -> None:
    """Move the results of the started analyses of these texts (and of any started before
    them) into _ready; a result computed with other curated aliases is dropped."""
    wanted = set(texts)
    if not any(wanted & started for _key, _texts, started, _result in _pending):
        return
    _ready.clear()  # what an earlier batch did not use is not needed any more
    while any(wanted & started for _key, _texts, started, _result in _pending):
        started_key, started_texts, _started, result = _pending.pop(0)
        analyses = [analysis for chunk in result.get() for analysis in chunk]
        if started_key == key:
            _ready.update(zip(((key, t) for t in started_texts), analyses, strict=True))


def _analyse_all(texts: list[Texts]) -> list[Analysis]:
    key, known, detector = _detector_state()
    if _pending:
        _collect(key, texts)
    missing = list(dict.fromkeys(t for t in texts if (key, t) not in _ready))
    if _pool is None or len(missing) < POOL_MIN_ARTICLES:
        found = {(title, text): analyse(text, detector=detector, title=title)
                 for title, text in missing}
    else:
        chunks = _pool.map(_analyse_chunk, _jobs(key, known, missing))
        found = dict(zip(missing, (a for chunk in chunks for a in chunk), strict=True))
    return [found[t] if t in found else _ready[(key, t)] for t in texts]


class EntityResolver:
    """Map names found in text to archive-wide entities, creating the missing ones in bulk."""

    def __init__(self) -> None:
        # key -> entity id, or an unsaved Entity created during the current resolve_all call
        self._by_key: dict[str, int | Entity] = {}
        self._kinds: dict[int, str] = {}

    def preload(self, keys: Iterable[str]) -> None:
        missing = list({k for k in keys if k and k not in self._by_key})
        for chunk in range(0, len(missing), 900):  # stay under SQLite's bound-parameter limit
            for key, entity_id, kind in Alias.objects.filter(
                    key__in=missing[chunk:chunk + 900]).values_list(
                    "key", "entity_id", "entity__kind"):
                self._by_key[key] = entity_id
                self._kinds[entity_id] = kind

    def resolve(self, name: str, kind: str, surfaces: Iterable[str] = ()) -> int | None:
        """Return the id of the entity called `name` (or one of its surfaces), creating it."""
        return self.resolve_all([(name, kind, tuple(surfaces))])[0]

    def resolve_all(self, requests: list[tuple[str, str, tuple[str, ...]]]) -> list[int | None]:
        """Return an entity id per (name, kind, surfaces) request, in a few queries in all."""
        keyed = [(name, kind, surfaces, alias_key(name)) for name, kind, surfaces in requests]
        wanted = set()
        for _name, kind, surfaces, key in keyed:
            wanted.add(key)
            wanted.update(alias_key(s) for s in surfaces)
            if kind == EntityKind.PERSON and " " in key:
                wanted.add(key.rsplit(" ", 1)[1])
        self.preload(wanted)
        results: list[int | Entity | None] = [None] * len(keyed)
        created: list[Entity] = []
        aliases: list[tuple[int | Entity, str, str]] = []
        # Full names first, so that a surname alone later in the batch finds its person.
        for i in sorted(range(len(keyed)), key=lambda i: -keyed[i][3].count(" ")):
            name, kind, surfaces, key = keyed[i]
            if not key:
                continue
            names = [(name, key), *((s, alias_key(s)) for s in surfaces)]
            target = next((self._by_key[k] for _, k in names if k in self._by_key), None)
            multi_word_person = kind == EntityKind.PERSON and " " in key
            if target is None and multi_word_person:
                target = self._adopt_surname_entity(name, key)
            if target is None:
                target = Entity(name=name[:300], kind=kind)
                created.append(target)
                if multi_word_person:
                    # The surname alone finds this person next time, unless someone has it.
                    names.append((name.rsplit(" ", 1)[-1], key.rsplit(" ", 1)[-1]))
            for alias_name, alias_key_ in names:
                if alias_key_ and alias_key_ not in self._by_key:
                    self._by_key[alias_key_] = target
                    aliases.append((target, alias_name, alias_key_))
            results[i] = target
        if created:
            for entity, slug in zip(created, unique_entity_slugs([e.name for e in created]),
                                    strict=True):
                entity.slug = slug
            Entity.objects.bulk_create(created)
            for entity in created:
                self._kinds[entity.pk] = entity.kind
            self._by_key = {k: (v.pk if isinstance(v, Entity) else v)
                            for k, v in self._by_key.items()}
        if aliases:
            Alias.objects.bulk_create([
                Alias(entity_id=t.pk if isinstance(t, Entity) else t, name=n[:300], key=k)
                for t, n, k in aliases], ignore_conflicts=True)
        return [t.pk if isinstance(t, Entity) else t for t in results]

    def _adopt_surname_entity(self, name: str, key: str) -> int | Entity | None:
        """An earlier article knew this person by surname only: give that entity the full name."""
        surname = key.rsplit(" ", 1)[1]
        target = self._by_key.get(surname)
        if target is None:
            return None
        entity = target if isinstance(target, Entity) else Entity.objects.get(pk=target)
        if entity.kind != EntityKind.PERSON:
            return None
        if " " in alias_key(entity.name):
            return target if alias_key(entity.name).endswith(" " + surname) else None
        if not entity.curated:
            entity.name = name[:300]
            if entity.pk:
                entity.save(update_fields=["name", "updated_at"])
        return target


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


@transaction.atomic
def extract_articles(articles: list[Article], *, fresh: bool = False
                     ) -> dict[int, list[tuple[int, str, str, str | None]]]:
    """Run extraction on saved articles, replacing automatic results and keeping curated ones.

    Return, per article, the quotes just created as (id, text, status, speaker name), the
    headline's first, then by start:
    with `fresh` (articles that had no quote before) these are all of the article's quotes.
    """
    if not articles:
        return {}
    resolver = EntityResolver()
    analyses = _analyse_all([read_texts(article) for article in articles])

    ids = [a.pk for a in articles]
    # curated quotes' spans, by (article, in the title)
    kept_spans: dict[tuple[int, bool], list[tuple[int, int]]] = {
        (pk, in_title): [] for pk in ids for in_title in (False, True)}
    curated_mentions: dict[int, set[int]] = {pk: set() for pk in ids}
    if not fresh:
        for quote in Quote.objects.filter(article_id__in=ids).curated():
            kept_spans[(quote.article_id, quote.in_title)].append((quote.start, quote.end))
        for article_id, entity_id in Mention.objects.filter(
                article_id__in=ids, curated=True).values_list("article_id", "entity_id"):
            curated_mentions[article_id].add(entity_id)
        Quote.objects.filter(article_id__in=ids).automatic().delete()
        Mention.objects.filter(article_id__in=ids, curated=False).delete()

    requests = []
    for analysis in analyses:
        requests.extend((e.canonical, e.kind, e.surfaces) for e in analysis.entities)
        requests.extend((who.speaker, who.speaker_kind or EntityKind.PERSON, ())
                        for _span, who in (*analysis.title_quotes, *analysis.quotes)
                        if who.speaker)
    resolved = iter(resolver.resolve_all(requests))

    # Quote rows, in the column order of the _insert below.
    quotes: list[tuple] = []
    now = timezone.now()
    stamp = connection.ops.adapt_datetimefield_value(now)
    # Two canonical forms may resolve to one entity in an article: their counts add up.
    counts: dict[tuple[int, int], int] = {}
    for article, analysis in zip(articles, analyses, strict=True):
        for entity in analysis.entities:
            entity_id = next(resolved)
            if entity_id is None or entity_id in curated_mentions[article.pk]:
                continue
            pair = (article.pk, entity_id)
            counts[pair] = counts.get(pair, 0) + entity.count
        found = [(True, pair) for pair in analysis.title_quotes]
        found += [(False, pair) for pair in analysis.quotes]
        for in_title, (span, who) in found:
            speaker_id = next(resolved) if who.speaker else None
            if _overlaps(span.start, span.end, kept_spans[(article.pk, in_title)]):
                continue
            quotes.append((
                article.pk, speaker_id, span.text, in_title, span.start, span.end,
                (who.cue or "")[:120],
                (who.mention or "")[:300], str(span.kind), bool(span.unclosed),
                QuoteStatus.AUTOMATIC.value, False, stamp, stamp,
            ))
    _insert(Mention, ["article", "entity", "count", "curated"],
            [(article_id, entity_id, n, False) for (article_id, entity_id), n in counts.items()])
    created = _insert(Quote, ["article", "speaker", "text", "in_title", "start", "end", "cue",
                              "speaker_mention", "kind", "unclosed", "status", "speaker_curated",
                              "created_at", "updated_at"], quotes, returning=True)
    Article.objects.filter(pk__in=ids).update(extracted_at=now)
    # What the search index needs of the new quotes, so the import need not read them back.
    speaker_ids = sorted({q[1] for q in quotes if q[1] is not None})
    names = {}
    for chunk in range(0, len(speaker_ids), 900):
        names.update(Entity.objects.filter(pk__in=speaker_ids[chunk:chunk + 900])
                     .values_list("pk", "name"))
    new_quotes: dict[int, list[tuple]] = {pk: [] for pk in ids}
    for quote, quote_pk in zip(quotes, created, strict=True):
        new_quotes[quote[0]].append(((not quote[3], quote[4]), quote_pk, quote[2], quote[10],
                                     names.get(quote[1])))
    return {pk: [item[1:] for item in sorted(found)] for pk, found in new_quotes.items()}


def _insert(model, field_names: list[str], rows: list[tuple], *, returning: bool = False
            ) -> list[int]:
    """Insert rows in a few multi-row statements, without building model instances; return
    the new ids in the order of `rows` when asked. The caller gives ready database values."""
    if not rows:
        return []
    fields = [model._meta.get_field(name) for name in field_names]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    marks = "(" + ", ".join(["%s"] * len(fields)) + ")"
    # Stay under the bound-parameter limit of both databases (SQLite: 999 by default).
    per_statement = max(1, 990 // len(fields))
    key_at = [field_names.index(name) for name in ("article", "in_title", "start", "end")] \
        if returning else []
    key_columns = ", ".join(connection.ops.quote_name(fields[i].column) for i in key_at)
    ids: dict[tuple, int] = {}
    with connection.cursor() as cursor:
        for chunk_start in range(0, len(rows), per_statement):
            chunk = rows[chunk_start:chunk_start + per_statement]
            # Only our own table, column names and placeholders are formatted in.
            values = ", ".join([marks] * len(chunk))
            sql = f"INSERT INTO {table} ({columns}) VALUES {values}"  # noqa: S608
            if returning:
                # Matched back by (article, in_title, start, end), unique per quote: no
                # reliance on the order in which the database returns the rows.
                sql += f" RETURNING id, {key_columns}"
            cursor.execute(sql, [value for row in chunk for value in row])
            if returning:
                for pk, *key in cursor.fetchall():
                    ids[tuple(key)] = pk
    return [ids[tuple(row[i] for i in key_at)] for row in rows] if returning else []


def restore_extraction(article: Article, restored: dict) -> None:
    """Recreate the quotes, mentions and curation an export line carried, without re-extracting."""
    resolver = EntityResolver()
    payloads = {alias_key(e["name"]): e for e in [*restored["speakers"], *restored["entities"]]
                if isinstance(e, dict) and e.get("name")}
    entity_ids = {key: _restore_entity(resolver, payload) for key, payload in payloads.items()}
    article.quotes.all().delete()
    article.mentions.all().delete()
    Mention.objects.bulk_create([
        Mention(article=article, entity_id=entity_ids[alias_key(e["name"])],
                count=max(1, int(e.get("mentions") or 1)), curated=bool(e.get("mention_curated")))
        for e in restored["entities"] if isinstance(e, dict) and e.get("name")
    ], ignore_conflicts=True)
    Quote.objects.bulk_create([
        Quote(article=article, in_title=bool(q.get("in_title")),
              text=q.get("text") or (article.title if q.get("in_title") else article.text)[
                  q["start"]:q["end"]],
              start=q["start"], end=q["end"], cue=(q.get("cue") or "")[:120],
              kind=q.get("kind") or "full", status=q.get("status") or "automatic",
              speaker_curated=bool(q.get("speaker_curated")), unclosed=bool(q.get("unclosed")),
              speaker_mention=(q.get("speaker_mention") or "")[:300],
              speaker_id=entity_ids.get(alias_key(q["speaker"])) if q.get("speaker") else None)
        for q in restored["quotes"]
    ], ignore_conflicts=True)
    Article.objects.filter(pk=article.pk).update(extracted_at=timezone.now())


def _restore_entity(resolver: EntityResolver, payload: dict) -> int:
    kind = payload.get("kind") if payload.get("kind") in EntityKind.values else EntityKind.OTHER
    entity_id = resolver.resolve(payload["name"], kind)
    entity = Entity.objects.get(pk=entity_id)
    changed = []
    slug = payload.get("slug")
    if slug and slug != entity.slug and not Entity.objects.filter(slug=slug).exists():
        entity.slug, changed = slug, [*changed, "slug"]
    for name in ("wikidata_id", "description"):
        if payload.get(name) and not getattr(entity, name):
            setattr(entity, name, payload[name])
            changed.append(name)
    if payload.get("curated") and not entity.curated:
        entity.curated, changed = True, [*changed, "curated"]
    if changed:
        entity.save(update_fields=[*changed, "updated_at"])
    for alias_name in payload.get("aliases") or []:
        key = alias_key(alias_name)
        if key:
            Alias.objects.get_or_create(key=key, defaults={
                "entity_id": entity_id, "name": alias_name, "curated": True})
    return entity_id
