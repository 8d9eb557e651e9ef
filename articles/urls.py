"""The reading room's addresses. They are part of the product: keep them stable.

Every list page has its JSON and CSV twins at the same path (`/search.json`, `/quotes.csv`), every
detail page a `.json`; a search and a speaker can be followed as Atom feeds.
"""

from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("search.json", views.search, {"fmt": "json"}, name="search-json"),
    path("search.csv", views.search, {"fmt": "csv"}, name="search-csv"),
    path("search.atom", views.search, {"fmt": "atom"}, name="search-atom"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>.json", views.article_detail, {"fmt": "json"}, name="article-json"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article-slug"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers.json", views.speaker_list, {"fmt": "json"}, name="speakers-json"),
    path("speakers.csv", views.speaker_list, {"fmt": "csv"}, name="speakers-csv"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker"),
    path("speakers/<slug:slug>.json", views.speaker_detail, {"fmt": "json"},
         name="speaker-json"),
    path("speakers/<slug:slug>.atom", views.speaker_detail, {"fmt": "atom"},
         name="speaker-atom"),
    path("quotes/", views.quote_list, name="quotes"),
    path("quotes.json", views.quote_list, {"fmt": "json"}, name="quotes-json"),
    path("quotes.csv", views.quote_list, {"fmt": "csv"}, name="quotes-csv"),
    path("entities/", views.entity_list, name="entities"),
    path("entities.json", views.entity_list, {"fmt": "json"}, name="entities-json"),
    path("entities.csv", views.entity_list, {"fmt": "csv"}, name="entities-csv"),
    path("entities/<slug:slug>/", views.entity_detail, name="entity"),
    path("entities/<slug:slug>.json", views.entity_detail, {"fmt": "json"}, name="entity-json"),
]
