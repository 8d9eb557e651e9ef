"""Pages of the reading room. Views stay thin: query, paginate, render."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article, Entity, SlugRedirect

MAX_QUERY_LENGTH = 200


def home(request):
    """The archive's front page: a search box and the articles, newest first."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    articles = Article.objects.only("id", "title", "published", "date_precision", "outlet")
    if query:
        # Plain containment until the French full-text engine (issue #5) replaces it.
        articles = articles.filter(Q(title__icontains=query) | Q(text__icontains=query))
    page = Paginator(articles, 20).get_page(request.GET.get("page"))
    return render(request, "articles/home.html", {"page": page, "query": query})


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
    page = Paginator(articles, 20).get_page(request.GET.get("page"))
    return render(request, "articles/entity.html", {"entity": entity, "page": page})
