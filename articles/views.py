"""Pages of the reading room and their machine twins. Views stay thin: validate, ask the query
modules, paginate, render (HTML, JSON, CSV or Atom)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F, Prefetch
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from articles import overview, payloads, twins
from articles.describe import describe_articles, describe_quotes
from articles.entities import (
    add_article_counts,
    articles_mentioning,
    companions,
    entities,
    entity_timeline,
    mention_count,
    most_mentioned,
)
from articles.facets import SAMPLE_SIZE, all_facets, period_url
from articles.feeds import search_feed, speaker_feed
from articles.filters import ArticleFilterSet
from articles.models import Article, Quote, QuoteStatus
from articles.pagination import CappedPaginator
from articles.quote_facets import quote_facets
from articles.quote_filters import EntityListFilterSet, QuoteFilterSet, SpeakerListFilterSet
from articles.quote_listing import with_articles
from articles.reading import render_text, render_title
from articles.speakers import (
    add_counts,
    alias_names,
    find_entity,
    is_speaker_kind,
    most_quoted,
    quotes_of,
    speaker_page,
    speaker_summary,
    speaker_timeline,
    speakers,
)
from articles.text.query import parse_query
from articles.text.snippets import make_snippet
from articles.timeline import periods_selected, timeline_from_facets

PAGE_SIZE = 20
LIST_PAGE_SIZE = 50


def _errors(filterset) -> dict:
    return {name: [str(e) for e in errs] for name, errs in filterset.errors.items()}


def _invalid(request, fmt: str, filterset, template: str, context=None):
    """A 400 that says which parameter could not be read, on the page or in JSON."""
    errors = _errors(filterset)
    if fmt != "html":
        return twins.json_response({"errors": errors}, status=400)
    return render(request, template, {"filterset": filterset, "errors": errors,
                                      **(context or {})}, status=400)


def _moved(request, name: str, entity, fmt: str = "html"):
    """A permanent redirect from a merged entity's old slug, keeping the query string."""
    url = reverse(name if fmt == "html" else f"{name}-{fmt}", kwargs={"slug": entity.slug})
    query = request.GET.urlencode()
    return redirect(f"{url}?{query}" if query else url, permanent=True)


def home(request):
    """What the archive holds, its timeline, the most quoted speakers, the latest articles."""
    return render(request, "articles/home.html", overview.home_context())


# --- Search ---------------------------------------------------------------------------------

LISTED_FIELDS = ("id", "title", "published", "date_precision", "outlet", "language")
STATEMENTS = Prefetch("quotes", queryset=Quote.objects.statements().select_related("speaker")
                      .only("article_id", "speaker__name"), to_attr="statements")


def _result(article: Article, text: str, parsed, request) -> dict:
    speakers_ = sorted({q.speaker.name for q in article.statements if q.speaker})
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "title": article.title,
        "published": article.published_label or None,
        "date_precision": article.date_precision,
        "source": article.outlet,
        "language": article.language,
        "snippet": make_snippet(text, parsed, language=article.language or "und"),
        "speakers": speakers_,
    }


def search(request, fmt: str = "html"):
    """Full-text search with filters, facets and highlighted snippets (HTML, JSON, CSV, Atom)."""
    filterset = ArticleFilterSet(request.GET, queryset=Article.objects.all())
    if not filterset.is_valid():
        return _invalid(request, fmt, filterset, "articles/search.html")
    if fmt == "csv":
        rows, truncated = twins.capped_rows(
            filterset.qs.only(*LISTED_FIELDS).prefetch_related(STATEMENTS),
            lambda article: payloads.article_row(request, article))
        return twins.csv_response("verbatim-search.csv", payloads.ARTICLE_CSV, rows,
                                  truncated=truncated)
    if fmt == "atom":
        return search_feed(request, filterset)
    # Sorting carries only small columns; the shown rows' texts are read afterwards.
    rows, counter = filterset.page_source(lambda articles: articles.only(*LISTED_FIELDS)
                                          .prefetch_related(STATEMENTS))
    page = CappedPaginator(rows, PAGE_SIZE, count_queryset=filterset.matching,
                           counter=counter).get_page(request.GET.get("page"))
    texts = dict(Article.objects.filter(pk__in=[a.pk for a in page.object_list])
                 .values_list("pk", "text"))
    parsed = filterset.parsed or parse_query("")
    results = [_result(article, texts[article.pk], parsed, request)
               for article in page.object_list]
    facets = all_facets(filterset.sample_rows(), request.GET)
    if fmt == "json":
        return twins.json_response(twins.list_payload(
            request, reverse("articles:search-json"), page, results, _facets_json(facets),
            count_is_exact=page.paginator.count_is_exact, facets_exact=facets.exact,
            facets_sample_size=facets.sample_size))
    return render(request, "articles/search.html", {
        "filterset": filterset, "page": page, "results": results, "facets": facets,
        "rows": list(zip(page.object_list, results, strict=True)),
        "parsed": filterset.parsed, "timeline": timeline_from_facets(facets, request.GET),
        "csv_cap": twins.CSV_CAP,
        "filters": describe_articles(filterset, request.GET, page.paginator),
    })


def _facets_json(facets) -> dict:
    """Return facets as JSON: each value with its label, count, selection and toggle URL."""
    def values(items):
        return [{"value": f.value, "label": f.label, "count": f.count, "selected": f.selected,
                 "toggle_url": f.url} for f in items]

    data = {"years": values(facets.years), "months": values(facets.months),
            "speakers": values(facets.speakers)}
    if hasattr(facets, "entities"):  # article facets; quotation facets have only the above
        data["entities"] = {kind: values(items) for kind, items in facets.entities.items()}
        data["sources"] = values(facets.sources)
        data["languages"] = values(facets.languages)
    data["date_unknown"] = facets.undated
    return data


# --- Articles -------------------------------------------------------------------------------

def article_detail(request, pk, slug=None, fmt: str = "html"):
    """One article: its text with every quotation set off, who is quoted, the entities."""
    article = get_object_or_404(Article.objects.defer("raw"), pk=pk)
    quotes = list(article.quotes.exclude(status=QuoteStatus.REJECTED)
                  .select_related("speaker").order_by("-in_title", "start"))
    mentions = list(article.mentions.select_related("entity").order_by("-count", "entity__name"))
    if fmt == "json":
        return twins.json_response(payloads.article_record(request, article, quotes, mentions))
    statements = [q for q in quotes if q.kind == "full"]
    return render(request, "articles/article.html", {
        "article": article, "mentions": mentions,
        "quotes": [(q, speaker_page(q.speaker)) for q in statements],
        "text": render_text(article.text, overview.quote_spans(
            [q for q in quotes if not q.in_title])),
        # a headline's quotation is set off only while the title still reads as when extracted
        "title": render_title(article.title, overview.quote_spans(
            [q for q in quotes if q.in_title and article.title[q.start:q.end] == q.text])),
        "quoted": overview.who_is_quoted(statements),
        "fragments": len(quotes) - len(statements),
    })


# --- Speakers -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Listing:
    """What differs between the list of speakers and the list of entities: the rest (filter,
    ranked or by-name rows, CSV twin, pagination, counts, JSON twin, page) is `_listing`."""
    name: str  # "speakers": the URL names articles:speakers and articles:speakers-json/-csv
    prefix: str  # of the form's and summary's ids: "speaker" -> speaker-q, speaker-count
    filterset: type
    ranked: Callable  # (filterset) -> the most frequent lately, each with `n_recent`
    by_name: Callable  # (filterset) -> every match, by name (a queryset)
    add_counts: Callable  # (entities) -> sets each one's count and `counts_exact`
    page_url: Callable  # (entity) -> its page on the site
    count: str  # the attribute add_counts sets, the CSV's last column
    csv_header: list
    record: Callable  # (request, entity) -> its JSON

    def urls(self) -> dict:
        """The page's context for its form's ids and its addresses (the page and its twins)."""
        return {"prefix": self.prefix, "list_url": reverse(f"articles:{self.name}"),
                "json_url": reverse(f"articles:{self.name}-json"),
                "csv_url": reverse(f"articles:{self.name}-csv")}

    def csv_row(self, request, entity) -> list:
        return [entity.name, entity.slug, entity.kind,
                request.build_absolute_uri(self.page_url(entity)), getattr(entity, self.count)]


def _listing(request, fmt: str, listing: Listing):
    filterset = listing.filterset(request.GET)
    template = f"articles/{listing.name}.html"
    if not filterset.is_valid():
        return _invalid(request, fmt, filterset, template, listing.urls())
    if fmt == "csv":
        items, truncated = twins.capped_rows(
            listing.by_name(filterset), lambda e: listing.csv_row(request, e),
            enrich=listing.add_counts)
        return twins.csv_response(f"verbatim-{listing.name}.csv", listing.csv_header, items,
                                  truncated=truncated)
    rows = listing.ranked(filterset) if filterset.ranked else listing.by_name(filterset)
    counter = (lambda cap: len(rows)) if filterset.ranked else None
    page = CappedPaginator(rows, LIST_PAGE_SIZE, counter=counter).get_page(request.GET.get("page"))
    listing.add_counts(page.object_list)
    if fmt == "json":
        return twins.json_response(twins.list_payload(
            request, reverse(f"articles:{listing.name}-json"), page,
            [listing.record(request, e) for e in page.object_list],
            count_is_exact=page.paginator.count_is_exact, **_ranking(filterset)))
    # A small archive is ranked whole: say so rather than "the 1,000 latest articles".
    whole = filterset.ranked and Article.objects.order_by()[:SAMPLE_SIZE + 1].count() <= SAMPLE_SIZE
    return render(request, template, {
        "filterset": filterset, "page": page, "csv_cap": twins.CSV_CAP,
        "sample_size": SAMPLE_SIZE, "ranked_whole_archive": whole, **listing.urls()})


SPEAKERS = Listing(
    name="speakers", prefix="speaker", filterset=SpeakerListFilterSet,
    ranked=lambda filterset: most_quoted(),
    by_name=lambda filterset: speakers(q=filterset.value("q")),
    add_counts=add_counts, page_url=payloads.speaker_url, count="n_quotes",
    csv_header=payloads.SPEAKER_CSV, record=payloads.speaker_record)

ENTITIES = Listing(
    name="entities", prefix="entity", filterset=EntityListFilterSet,
    ranked=lambda filterset: most_mentioned(kind=filterset.value("kind")),
    by_name=lambda filterset: entities(q=filterset.value("q"), kind=filterset.value("kind")),
    add_counts=add_article_counts, page_url=lambda entity: entity.get_absolute_url(),
    count="n_articles", csv_header=payloads.ENTITY_CSV, record=payloads.entity_record)


def speaker_list(request, fmt: str = "html"):
    """The speakers most quoted lately, or every speaker by name, with their quotation counts;
    `q` looks in names and aliases."""
    return _listing(request, fmt, SPEAKERS)


def _ranking(filterset) -> dict:
    """The JSON keys that say how a list is ordered."""
    if filterset.ranked:
        return {"order": "recent", "ranked_over_articles": SAMPLE_SIZE}
    return {"order": "name"}


def speaker_detail(request, slug, fmt: str = "html"):
    """A speaker's quotations, newest first, with a timeline, aliases and a search box."""
    entity, moved = find_entity(slug)
    if moved is not None:
        return _moved(request, "articles:speaker", moved, fmt)
    if entity is None or not is_speaker_kind(entity):
        raise Http404(_("No speaker has this address."))
    params = request.GET.copy()
    params.pop("speaker", None)
    # Newest first, words or not: a speaker's page follows what they said over time.
    filterset = QuoteFilterSet(params, queryset=Quote.objects.filter(speaker=entity),
                               default_sort="newest")
    context = {"entity": entity, "aliases": alias_names(entity)}
    if not filterset.is_valid():
        return _invalid(request, fmt, filterset, "articles/speaker.html", context)
    if fmt == "atom":
        return speaker_feed(request, entity)
    page = CappedPaginator(with_articles(filterset.qs), PAGE_SIZE,
                           count_queryset=filterset.matching).get_page(request.GET.get("page"))
    summary = speaker_summary(entity)
    timeline = speaker_timeline(entity, url_for=lambda period: period_url(params, period)[1],
                                selected=periods_selected(params))
    if fmt == "json":
        return twins.json_response(payloads.speaker_document(
            request, entity, aliases=context["aliases"], summary=summary, timeline=timeline,
            quotes=twins.list_payload(
                request, reverse("articles:speaker-json", kwargs={"slug": entity.slug}), page,
                [payloads.quote_record(request, q) for q in page.object_list])))
    return render(request, "articles/speaker.html", {
        **context, "filterset": filterset, "page": page, "summary": summary,
        "timeline": timeline, "parsed": filterset.parsed,
    })


# --- Entities -------------------------------------------------------------------------------

def entity_list(request, fmt: str = "html"):
    """The entities most mentioned lately, or every one by name, with their article counts;
    filter by kind and name."""
    return _listing(request, fmt, ENTITIES)


def entity_detail(request, slug, fmt: str = "html"):
    """The articles mentioning an entity, newest first, who is seen with it, a timeline."""
    entity, moved = find_entity(slug)
    if moved is not None:
        return _moved(request, "articles:entity", moved, fmt)
    if entity is None:
        raise Http404(_("No entity has this address."))
    mentions = mention_count(entity)
    articles = (articles_mentioning(entity, mentions=mentions)
                .only("id", "title", "published", "date_precision", "outlet")
                .order_by(F("published").desc(nulls_last=True), "-id"))
    page = CappedPaginator(articles, PAGE_SIZE, counter=lambda cap: mentions
                           ).get_page(request.GET.get("page"))
    search_params = QueryDict(mutable=True)
    search_params["entity"] = entity.slug
    timeline = entity_timeline(
        entity,
        url_for=lambda period: reverse("articles:search") + period_url(search_params, period)[1])
    seen_with = companions(entity)
    is_speaker = is_speaker_kind(entity) and quotes_of(entity).exists()
    if fmt == "json":
        return twins.json_response(payloads.entity_document(
            request, entity, aliases=alias_names(entity), is_speaker=is_speaker,
            timeline=timeline, seen_with=seen_with, articles=twins.list_payload(
                request, reverse("articles:entity-json", kwargs={"slug": entity.slug}), page,
                [payloads.article_ref(request, a) for a in page.object_list])))
    return render(request, "articles/entity.html", {
        "entity": entity, "page": page, "timeline": timeline, "seen_with": seen_with,
        "aliases": alias_names(entity), "is_speaker": is_speaker,
        "search_url": reverse("articles:search") + "?" + search_params.urlencode(),
    })


# --- Quotations -----------------------------------------------------------------------------

def quote_list(request, fmt: str = "html"):
    """Search the quotations: text, speakers, period; facets by speaker and date."""
    filterset = QuoteFilterSet(request.GET)
    if not filterset.is_valid():
        return _invalid(request, fmt, filterset, "articles/quotes.html")
    if fmt == "csv":
        rows, truncated = twins.capped_rows(with_articles(filterset.qs),
                                            lambda quote: payloads.quote_row(request, quote))
        return twins.csv_response("verbatim-quotes.csv", payloads.QUOTE_CSV, rows,
                                  truncated=truncated)
    page = CappedPaginator(filterset.page_source(), PAGE_SIZE,
                           count_queryset=filterset.matching).get_page(request.GET.get("page"))
    facets = quote_facets(filterset.matching, request.GET)
    if fmt == "json":
        return twins.json_response(twins.list_payload(
            request, reverse("articles:quotes-json"), page,
            [payloads.quote_record(request, q) for q in page.object_list],
            _facets_json(facets), count_is_exact=page.paginator.count_is_exact,
            facets_exact=facets.exact, facets_sample_size=facets.sample_size))
    return render(request, "articles/quotes.html", {
        "filterset": filterset, "page": page, "facets": facets, "parsed": filterset.parsed,
        "timeline": timeline_from_facets(facets, request.GET), "csv_cap": twins.CSV_CAP,
        "filters": describe_quotes(filterset, request.GET, page.paginator),
    })
