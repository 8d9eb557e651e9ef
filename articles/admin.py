"""The curators' tool. Every edit made here is recorded as curated so imports never undo it."""

from django.contrib import admin, messages
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles.curation import CurationError, merge_entities, reindex_speaker, set_quote_status
from articles.extraction import extract_articles
from articles.models import (
    Alias,
    Article,
    Entity,
    Mention,
    Quote,
    QuoteStatus,
)
from articles.search import index_articles, parse, search_articles, search_quotes


class HasQuotesFilter(admin.SimpleListFilter):
    title = _("has quotes")
    parameter_name = "has_quotes"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        has = Exists(Quote.objects.filter(article=OuterRef("pk")))
        if self.value() == "yes":
            return queryset.filter(has)
        if self.value() == "no":
            return queryset.filter(~has)
        return queryset


class OutletFilter(admin.SimpleListFilter):
    """The most frequent outlets; any other one still filters through the URL."""

    title = _("source outlet")
    parameter_name = "outlet"
    limit = 30

    def lookups(self, request, model_admin):
        rows = (Article.objects.exclude(outlet="").values("outlet")
                .annotate(n=Count("id")).order_by("-n", "outlet")[: self.limit])
        return [(row["outlet"], f"{row['outlet']} ({row['n']})") for row in rows]

    def queryset(self, request, queryset):
        return queryset.filter(outlet=self.value()) if self.value() else queryset


class SpeakerFilter(admin.SimpleListFilter):
    """The most quoted speakers; any other one still filters through the URL."""

    title = _("speaker")
    parameter_name = "speaker"
    limit = 30

    def lookups(self, request, model_admin):
        rows = (Quote.objects.filter(speaker__isnull=False)
                .values("speaker", "speaker__name").annotate(n=Count("id"))
                .order_by("-n", "speaker__name")[: self.limit])
        return [("none", _("Unknown speaker"))] + [
            (str(row["speaker"]), f"{row['speaker__name']} ({row['n']})") for row in rows
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(speaker__isnull=True)
        if value and value.isdigit():
            return queryset.filter(speaker_id=int(value))
        return queryset


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ("text", "speaker", "cue", "kind", "status", "speaker_curated", "in_title", "start",
              "end")
    readonly_fields = ("text", "cue", "kind", "in_title", "start", "end", "speaker_curated")
    autocomplete_fields = ("speaker",)
    show_change_link = True
    can_delete = False
    ordering = ("-in_title", "start")

    def has_add_permission(self, request, obj=None):
        return False  # Quotes come from the text; a curator reviews them, not types them.


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ("entity", "count", "curated")
    readonly_fields = ("curated",)
    autocomplete_fields = ("entity",)


class CurationTrackingMixin:
    """Record what a curator changed, so extraction and re-import leave it alone."""

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            changed = next((f.changed_data for f in formset.forms if f.instance is instance), [])
            if isinstance(instance, Quote) and "speaker" in changed:
                instance.speaker_curated = True
            if isinstance(instance, Mention):
                instance.curated = True
            if isinstance(instance, Alias):
                instance.curated = True
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


class FullTextSearchMixin:
    """The admin's search box uses the site's French full-text engine (accents, plurals...)."""

    full_text_search = None  # search_articles or search_quotes

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return type(self).full_text_search(queryset, parse(search_term), order="date"), False


@admin.register(Article)
class ArticleAdmin(FullTextSearchMixin, CurationTrackingMixin, admin.ModelAdmin):
    full_text_search = search_articles
    list_display = ("title", "published_label", "date_precision", "language", "outlet",
                    "quote_count")
    list_filter = ("published", "date_precision", "language", OutletFilter, HasQuotesFilter)
    date_hierarchy = "published"
    search_fields = ("title", "origin")
    readonly_fields = ("raw", "origin", "sha256", "encoding", "title_derived", "curated_fields",
                       "extracted_at", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "title_derived", "published", "date_precision",
                           "published_time", "language", "outlet", "author")}),
        (_("Text"), {"fields": ("text",)}),
        (_("Provenance"), {"classes": ("collapse",),
                           "fields": ("origin", "sha256", "encoding", "raw", "curated_fields",
                                      "extracted_at", "created_at", "updated_at")}),
    )
    inlines = (QuoteInline, MentionInline)
    list_per_page = 50
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_quotes=Count("quotes"))

    @admin.display(description=_("published"), ordering="published")
    def published_label(self, obj):
        return obj.published_label or "—"

    @admin.display(description=_("quotes"), ordering="n_quotes")
    def quote_count(self, obj):
        return obj.n_quotes

    def get_readonly_fields(self, request, obj=None):
        # The cleaned text is what quote offsets point into: editing it would break them.
        return (*self.readonly_fields, "text") if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        edited = [name for name in form.changed_data if name in Article.CURATABLE_FIELDS]
        if edited:
            obj.mark_curated(edited)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if change and "title" in form.changed_data and not article.title_derived:
            # the headline is read for quotations: read the new one (curated quotes stay)
            extract_articles([article])
        index_articles([article.pk])


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ("name", "key", "curated")
    readonly_fields = ("key", "curated")


@admin.register(Entity)
class EntityAdmin(CurationTrackingMixin, admin.ModelAdmin):
    list_display = ("name", "kind", "slug", "quote_count", "mention_count", "curated")
    list_filter = ("kind", "curated")
    search_fields = ("name", "slug", "aliases__name")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (AliasInline,)
    actions = ("merge_selected",)
    list_per_page = 50
    show_full_result_count = False

    def get_queryset(self, request):
        # Two independent counts: subqueries, because two joined Counts would multiply each other.
        quotes = Quote.objects.filter(speaker=OuterRef("pk")).order_by().values("speaker")
        mentions = Mention.objects.filter(entity=OuterRef("pk")).order_by().values("entity")
        return super().get_queryset(request).annotate(
            n_quotes=_count_subquery(quotes), n_mentions=_count_subquery(mentions),
        )

    def get_search_results(self, request, queryset, search_term):
        queryset, _dupes = super().get_search_results(request, queryset, search_term)
        # Searching through aliases joins many rows per entity; return each entity once.
        return queryset.distinct(), False

    @admin.display(description=_("quotes"), ordering="n_quotes")
    def quote_count(self, obj):
        return obj.n_quotes

    @admin.display(description=_("mentions"), ordering="n_mentions")
    def mention_count(self, obj):
        return obj.n_mentions

    def save_model(self, request, obj, form, change):
        obj.curated = True
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "name" in form.changed_data:
            reindex_speaker(form.instance)

    def delete_queryset(self, request, queryset):
        articles = set(Quote.objects.filter(speaker__in=queryset).values_list("article_id",
                                                                              flat=True))
        super().delete_queryset(request, queryset)
        index_articles(articles)

    def delete_model(self, request, obj):
        self.delete_queryset(request, Entity.objects.filter(pk=obj.pk))

    @admin.action(description=_("Merge selected entities into one"), permissions=["change"])
    def merge_selected(self, request, queryset):
        entities = list(queryset.order_by("name"))
        if len(entities) < 2:
            self.message_user(request, _("Select at least two entities to merge."),
                              messages.WARNING)
            return None
        if "apply" in request.POST:
            target = next((e for e in entities if str(e.pk) == request.POST.get("target")), None)
            if target is None:
                self.message_user(request, _("Choose the entity to keep."), messages.ERROR)
            else:
                try:
                    moved = merge_entities(target=target, sources=entities)
                except CurationError as exc:
                    self.message_user(request, str(exc), messages.ERROR)
                    return HttpResponseRedirect(request.get_full_path())
                self.message_user(request, _(
                    "Merged %(count)d entities into “%(name)s”: %(quotes)d quotes, "
                    "%(mentions)d mentions and %(aliases)d aliases moved."
                ) % {"count": len(entities) - 1, "name": target.name, **moved},
                    messages.SUCCESS)
                return HttpResponseRedirect(request.get_full_path())
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge entities"),
            "entities": entities,
            "queryset": queryset,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "suggested": max(entities, key=lambda e: (e.n_quotes + e.n_mentions, len(e.name))),
        }
        return TemplateResponse(request, "admin/articles/entity/merge.html", context)


def _count_subquery(values_qs):
    counted = values_qs.annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


@admin.register(Quote)
class QuoteAdmin(FullTextSearchMixin, admin.ModelAdmin):
    full_text_search = search_quotes
    list_display = ("__str__", "speaker", "cue", "kind", "status", "article_link")
    list_filter = ("status", "kind", "speaker_curated", SpeakerFilter)
    list_select_related = ("speaker", "article")
    search_fields = ("text", "speaker__name")
    autocomplete_fields = ("speaker",)
    raw_id_fields = ("article",)
    readonly_fields = ("article", "text", "in_title", "start", "end", "kind", "unclosed", "cue",
                       "speaker_mention", "created_at", "updated_at")
    fields = ("article", "text", "speaker", "speaker_curated", "speaker_mention", "cue", "kind",
              "unclosed", "status", "in_title", "start", "end", "created_at", "updated_at")
    actions = ("verify_selected", "reject_selected")
    list_per_page = 100
    show_full_result_count = False

    @admin.display(description=_("article"), ordering="article__published")
    def article_link(self, obj):
        return obj.article.title[:60]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if "speaker" in form.changed_data:
            obj.speaker_curated = True
        super().save_model(request, obj, form, change)
        index_articles([obj.article_id])

    def delete_queryset(self, request, queryset):
        articles = set(queryset.values_list("article_id", flat=True))
        super().delete_queryset(request, queryset)
        index_articles(articles)

    def delete_model(self, request, obj):
        self.delete_queryset(request, Quote.objects.filter(pk=obj.pk))

    @admin.action(description=_("Mark selected quotes as verified"), permissions=["change"])
    def verify_selected(self, request, queryset):
        self._set_status(request, queryset, QuoteStatus.VERIFIED)

    @admin.action(description=_("Mark selected quotes as rejected"), permissions=["change"])
    def reject_selected(self, request, queryset):
        self._set_status(request, queryset, QuoteStatus.REJECTED)

    def _set_status(self, request, queryset, status):
        changed = set_quote_status(quotes=queryset, status=status)
        label = QuoteStatus(status).label
        self.message_user(request, ngettext(
            "%(count)d quote marked %(status)s.", "%(count)d quotes marked %(status)s.", changed
        ) % {"count": changed, "status": label}, messages.SUCCESS)


admin.site.site_header = _("Verbatim curation")
admin.site.site_title = _("Verbatim")
admin.site.index_title = _("Archive curation")
