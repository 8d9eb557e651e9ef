"""Pages of the reading room. Views stay thin: filter, search, paginate, render."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from articles.facets import all_facets
from articles.filters import ArticleFilterSet
from articles.models import Article, Entity, Quote, SlugRedirect
from articles.pagination import CappedPaginator
from articles.text.query import parse_query
from articles.text.snippets import make_snippet

PAGE_SIZE = 20


def home(request):
    """The archive's front page: a search box and the latest articles."""
    articles = Article.objects.only("id", "title", "published", "date_precision", "outlet")
    page = Paginator(articles.order_by("-published", "-id"), PAGE_SIZE).get_page(
        request.GET.get("page"))
    return render(request, "articles/home.html", {"page": page})


LISTED_FIELDS = ("id", "title", "published", "date_precision", "outlet", "language")
STATEMENTS = Prefetch("quotes", queryset=Quote.objects.statements().select_related("speaker")
                      .only("article_id", "speaker__name"), to_attr="statements")


def _result(article: Article, text: str, parsed, request) -> dict:
    speakers = sorted({q.speaker.name for q in article.statements if q.speaker})
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "title": article.title,
        "published": article.published_label or None,
        "date_precision": article.date_precision,
        "source": article.outlet,
        "language": article.language,
        "snippet": make_snippet(text, parsed, language=article.language or "und"),
        "speakers": speakers,
    }


def search(request, fmt: str = "html"):
    """Full-text search with filters, facets and highlighted snippets (HTML or JSON)."""
    filterset = ArticleFilterSet(request.GET, queryset=Article.objects.all())
    if not filterset.is_valid():
        errors = {name: [str(e) for e in errs] for name, errs in filterset.errors.items()}
        if fmt == "json":
            return JsonResponse({"errors": errors}, status=400)
        return render(request, "articles/search.html", {"filterset": filterset, "errors": errors},
                      status=400)
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
        base = reverse("articles:search-json")
        return JsonResponse({
            "count": page.paginator.count,
            "count_is_exact": page.paginator.count_is_exact,
            "results": results,
            "facets": _facets_json(facets),
            "facets_exact": facets.exact,
            "facets_sample_size": facets.sample_size,
            "next": _page_url(request, base, page.next_page_number()) if page.has_next() else None,
            "previous": (_page_url(request, base, page.previous_page_number())
                         if page.has_previous() else None),
        }, json_dumps_params={"ensure_ascii": False})
    return render(request, "articles/search.html", {
        "filterset": filterset, "page": page, "results": results, "facets": facets,
        "parsed": filterset.parsed,
    })


def _page_url(request, base: str, number: int) -> str:
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{base}?{query.urlencode()}")


def _facets_json(facets: dict) -> dict:
    def values(items):
        return [{"value": f.value, "label": f.label, "count": f.count, "selected": f.selected,
                 "toggle_url": f.url} for f in items]

    return {
        "years": values(facets.years),
        "months": values(facets.months),
        "speakers": values(facets.speakers),
        "entities": {kind: values(items) for kind, items in facets.entities.items()},
        "sources": values(facets.sources),
        "languages": values(facets.languages),
        "date_unknown": facets.undated,
    }


def article_detail(request, pk, slug=None):
    article = get_object_or_404(Article, pk=pk)
    quotes = article.quotes.select_related("speaker").order_by("start")
    mentions = article.mentions.select_related("entity").order_by("-count", "entity__name")
    return render(request, "articles/article.html",
                  {"article": article, "quotes": quotes, "mentions": mentions})


def entity_detail(request, slug):
    entity = Entity.objects.filter(slug=slug).first()
    if entity is None:
        moved = get_object_or_404(SlugRedirect.objects.select_related("entity"), old_slug=slug)
        return redirect(moved.entity, permanent=True)
    articles = (Article.objects.filter(mentions__entity=entity)
                .only("id", "title", "published", "date_precision")
                .order_by("-published", "-id"))
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "articles/entity.html", {"entity": entity, "page": page})
