"""Verbatim's data: articles, the entities they mention, and who said what in them.

Curation rule: whatever a curator sets wins over extraction, for good. It is recorded in the
data itself, so every write path can see it:
- Article.curated_fields lists the article fields a curator edited (title, published, ...);
  a re-import or re-extraction leaves those fields alone.
- Quote.status is "verified" or "rejected" once a curator reviewed it, and
  Quote.speaker_curated is set when a curator chose its speaker; such quotes are never
  rewritten or resurrected by re-extraction.
- Entity.curated and Alias.curated mark identities and names a curator created, edited or
  merged; extraction may add aliases but never removes or re-points a curated one.
- Mention.curated marks a mention a curator added by hand.
"""

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from articles.text.dates import date_bounds
from articles.text.normalize import alias_key


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
    UNKNOWN = "unknown", _("unknown")


def date_span(published: datetime.date | None, precision: str) -> tuple:
    """Return the first and last day a (date, precision) pair stands for, or (None, None)."""
    if published is None or precision == DatePrecision.UNKNOWN:
        return None, None
    return date_bounds(year=published.year, month=published.month, day=published.day,
                       precision=precision)


class Article(models.Model):
    # Fields a curator may edit; an edit is recorded in `curated_fields` and then wins.
    CURATABLE_FIELDS = ("title", "published", "date_precision", "published_time", "language",
                        "outlet", "author")

    title = models.CharField(_("title"), max_length=500)
    title_derived = models.BooleanField(
        _("title derived"), default=False,
        help_text=_(
            "True when the article had no headline and the title was taken from its text."
        ),
    )
    text = models.TextField(_("cleaned text"))
    raw = models.TextField(_("raw text"), help_text=_("The text exactly as read, never altered."))
    encoding = models.CharField(_("encoding"), max_length=40, default="utf-8")
    origin = models.CharField(
        _("origin"), max_length=1000, db_index=True,
        help_text=_("The file path or URL the article was imported from."),
    )
    sha256 = models.CharField(_("content hash"), max_length=64, unique=True)
    # Publication date: `published` is the first day of the period the date stands for and
    # `published_until` its last day, so a range filter matches an article known only to the
    # month (or year) when the range overlaps that period.
    published = models.DateField(_("published"), null=True, blank=True)
    published_until = models.DateField(_("published until"), null=True, blank=True, editable=False)
    published_time = models.TimeField(_("publication time"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=8, choices=DatePrecision.choices,
        default=DatePrecision.UNKNOWN,
    )
    language = models.CharField(_("language"), max_length=8, blank=True, db_index=True)
    outlet = models.CharField(
        _("source outlet"), max_length=200, blank=True, db_index=True,
        help_text=_("The newspaper, agency or site that published the article, when known."),
    )
    author = models.CharField(_("author"), max_length=300, blank=True)
    curated_fields = models.JSONField(
        _("curated fields"), default=list, blank=True,
        help_text=_("Fields a curator edited: imports and re-extraction never overwrite them."),
    )
    extracted_at = models.DateTimeField(_("extracted at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published", "-id"]
        indexes = [
            models.Index(fields=["published", "published_until"], name="article_date_span"),
            models.Index(fields=["-published", "-id"], name="article_newest"),
            models.Index(fields=["date_precision"], name="article_precision"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_precision="unknown", published__isnull=True)
                | (~Q(date_precision="unknown") & Q(published__isnull=False)),
                name="article_date_matches_precision",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.sync_date_span()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "published" in update_fields:
            kwargs["update_fields"] = {*update_fields, "published_until"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:article", kwargs={"pk": self.pk})

    @property
    def published_label(self) -> str:
        """Return the publication date written at its precision (2022-11-29, 2022-11, 2022)."""
        if self.published is None:
            return ""
        if self.date_precision == DatePrecision.YEAR:
            return f"{self.published:%Y}"
        if self.date_precision == DatePrecision.MONTH:
            return f"{self.published:%Y-%m}"
        return self.published.isoformat()

    def sync_date_span(self) -> None:
        """Derive `published_until` from (published, precision); bulk writes call it too."""
        first, last = date_span(self.published, self.date_precision)
        if first is not None:
            self.published = first
        self.published_until = last

    def is_curated(self, field: str) -> bool:
        return field in (self.curated_fields or [])

    def mark_curated(self, fields) -> None:
        """Add `fields` to the curated fields (kept sorted and unique)."""
        self.curated_fields = sorted({*(self.curated_fields or []), *fields})


class EntityKind(models.TextChoices):
    PERSON = "person", _("person")
    ORGANISATION = "organisation", _("organisation")
    PLACE = "place", _("place")
    OTHER = "other", _("other")


class Entity(models.Model):
    """One real person, organisation or place across the whole archive.

    A speaker is an entity that is quoted: speakers and mentioned entities share this table,
    so filtering by speaker and by entity uses the same identities.
    """

    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=False)
    kind = models.CharField(_("kind"), max_length=12, choices=EntityKind.choices,
                            default=EntityKind.OTHER, db_index=True)
    wikidata_id = models.CharField(
        _("Wikidata id"), max_length=20, blank=True,
        help_text=_("For example Q57643 (Jens Stoltenberg)."),
    )
    description = models.CharField(_("short description"), max_length=300, blank=True)
    curated = models.BooleanField(
        _("curated"), default=False,
        help_text=_("Created, edited or merged by a curator: extraction never changes it."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("entity")
        verbose_name_plural = _("entities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"),
                name="entity_wikidata_id_format",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:entity", kwargs={"slug": self.slug})


def unique_entity_slugs(names: list[str]) -> list[str]:
    """Return one slug per name, unused by any entity, redirect or other name in the list."""
    bases = [slugify(alias_key(name))[:100].strip("-") or "entity" for name in names]
    slugs = list(bases)
    attempt = [2] * len(names)
    pending = list(range(len(names)))
    while pending:
        wanted = {slugs[i] for i in pending}
        taken = set(Entity.objects.filter(slug__in=wanted).values_list("slug", flat=True))
        taken |= set(SlugRedirect.objects.filter(old_slug__in=wanted)
                     .values_list("old_slug", flat=True))
        used = {slugs[i] for i in range(len(names)) if i not in pending}
        clashing = []
        for i in pending:
            if slugs[i] in taken or slugs[i] in used:
                slugs[i] = f"{bases[i]}-{attempt[i]}"
                attempt[i] += 1
                clashing.append(i)
            else:
                used.add(slugs[i])
        pending = clashing
    return slugs


def unique_entity_slug(name: str) -> str:
    """Return a slug for `name` not yet used by any entity or redirect."""
    return unique_entity_slugs([name])[0]


class Alias(models.Model):
    """A name an entity goes by; its normalised key is unique across the archive."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases",
                               verbose_name=_("entity"))
    name = models.CharField(_("name"), max_length=300)
    key = models.CharField(
        _("lookup key"), max_length=300, unique=True, editable=False,
        help_text=_(
            "Case, accents and a leading l'/d' are ignored: OTAN and l'Otan share one key."
        ),
    )
    curated = models.BooleanField(
        _("curated"), default=False,
        help_text=_("Added or confirmed by a curator: extraction never removes or moves it."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["name"]
        indexes = [models.Index(fields=["entity", "name"], name="alias_entity_name")]
        constraints = [
            models.CheckConstraint(condition=~Q(key=""), name="alias_key_not_empty"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = alias_key(self.name)
        super().save(*args, **kwargs)

    def validate_unique(self, exclude=None):
        # The key is derived from the name, so validate it before the database would refuse it.
        self.key = alias_key(self.name)
        super().validate_unique(exclude=exclude)


class SlugRedirect(models.Model):
    """An entity slug that no longer exists (after a merge), kept so old links still work."""

    old_slug = models.SlugField(_("old slug"), max_length=120, unique=True)
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="slug_redirects")

    class Meta:
        verbose_name = _("slug redirect")
        verbose_name_plural = _("slug redirects")

    def __str__(self):
        return f"{self.old_slug} → {self.entity.slug}"


class QuoteKind(models.TextChoices):
    FULL = "full", _("full quotation")
    FRAGMENT = "fragment", _("fragment")


class QuoteStatus(models.TextChoices):
    AUTOMATIC = "automatic", _("automatic")
    VERIFIED = "verified", _("verified")
    REJECTED = "rejected", _("rejected")


class QuoteQuerySet(models.QuerySet):
    def statements(self):
        """Return full quotations that a curator has not rejected."""
        return self.filter(kind=QuoteKind.FULL).exclude(status=QuoteStatus.REJECTED)

    def curated(self):
        """Return quotes a curator reviewed or whose speaker a curator chose."""
        return self.exclude(self._AUTOMATIC)

    def automatic(self):
        """Return quotes no curator has touched: re-extraction may replace them."""
        return self.filter(self._AUTOMATIC)

    _AUTOMATIC = Q(status=QuoteStatus.AUTOMATIC, speaker_curated=False)


class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes",
                                verbose_name=_("article"))
    speaker = models.ForeignKey(Entity, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="quotes", verbose_name=_("speaker"))
    text = models.TextField(_("text"))
    in_title = models.BooleanField(
        _("in the title"), default=False,
        help_text=_("The quote is in the headline: its offsets point into the title."),
    )
    start = models.PositiveIntegerField(
        _("start"), help_text=_("Offset in the cleaned text (in the title for a headline quote)."))
    end = models.PositiveIntegerField(_("end"), help_text=_("Offset just past the quote."))
    cue = models.CharField(_("reporting cue"), max_length=120, blank=True,
                           help_text=_("For example: a déclaré, selon, a-t-il ajouté."))
    speaker_mention = models.CharField(
        _("speaker as named"), max_length=300, blank=True,
        help_text=_("How the text names the speaker at the cue: il, le Norvégien, Stoltenberg."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=QuoteKind.choices,
                            default=QuoteKind.FULL)
    unclosed = models.BooleanField(
        _("unclosed"), default=False,
        help_text=_(
            "The opening quotation mark is never closed; the quote ends with its paragraph."
        ),
    )
    status = models.CharField(_("review status"), max_length=10, choices=QuoteStatus.choices,
                              default=QuoteStatus.AUTOMATIC)
    speaker_curated = models.BooleanField(
        _("speaker set by a curator"), default=False,
        help_text=_("Re-extraction never changes a speaker a curator chose."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["article", "-in_title", "start"]  # the headline's quotes first
        indexes = [
            # Status included: "articles quoting X" (never rejected quotes) is read on the
            # index alone, without visiting quote rows and their texts.
            models.Index(fields=["speaker", "article", "status"], name="quote_speaker_article"),
            models.Index(fields=["status"], name="quote_status"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "in_title", "start", "end"],
                                    name="quote_unique_span"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="quote_span_order"),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    @property
    def is_curated(self) -> bool:
        return self.status != QuoteStatus.AUTOMATIC or self.speaker_curated


class Mention(models.Model):
    """An entity mentioned in an article, and how many times."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions",
                                verbose_name=_("article"))
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="mentions",
                               verbose_name=_("entity"))
    count = models.PositiveIntegerField(_("count"), default=1)
    curated = models.BooleanField(_("curated"), default=False,
                                  help_text=_("Added by a curator: re-extraction keeps it."))

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        ordering = ["-count"]
        indexes = [models.Index(fields=["entity", "article"], name="mention_entity_article")]
        constraints = [
            models.UniqueConstraint(fields=["article", "entity"], name="mention_unique_pair"),
            models.CheckConstraint(condition=Q(count__gte=1), name="mention_count_positive"),
        ]

    def __str__(self):
        return f"{self.entity} × {self.count}"
