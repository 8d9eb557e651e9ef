from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("search.json", views.search, {"fmt": "json"}, name="search-json"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article-slug"),
    path("entities/<slug:slug>/", views.entity_detail, name="entity"),
]
