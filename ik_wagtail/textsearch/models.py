"""The plugin's own search index: one row per thing a reader can find, in folded German.

Wagtail's search index is not used for this (its tables are another package's private schema,
and its German matching has no compound parts or typos). The rows are derived from live content
only and rewritten inside the transaction that changes it (``indexing.py``); who may see a row is
decided when searching (``matching.py``), so page privacy and moves need no re-indexing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    PAGE = "page", _("Pages")
    REFERENT = "referent", _("Referents")
    RESULT = "result", _("Forum results")
    PROJECT = "project", _("Projects")
    ACTOR = "actor", _("Actors")


#: Kinds whose rows belong to a page; the page's visibility decides whether a reader sees them.
PAGE_KINDS = (Kind.PAGE, Kind.REFERENT, Kind.RESULT)


class SearchEntry(models.Model):
    kind = models.CharField(max_length=20, choices=Kind.choices)
    #: The page's, project's or actor's id.
    object_id = models.PositiveBigIntegerField()
    #: Set for page kinds: deleting the page deletes its rows.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    #: What the link needs besides the object: a project's or actor's slug, a result block's id.
    url_key = models.CharField(max_length=255, blank=True)
    #: What the result list shows above the title (the block's kind and its page, …).
    context = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    #: ``folding.folded_text`` of the title's and of the rest's indexed words.
    title_folded = models.TextField()
    body_folded = models.TextField()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self):
        return self.title


class SearchWord(models.Model):
    """The distinct folded words of an entry (four characters or more): typo correction looks
    up words that exist ("Sprachkrus" is one edit away from "sprachkurs"), and on PostgreSQL
    word parts are found here ("training" in "fussballtraining")."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="words")
    word = models.CharField(max_length=100, db_index=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word
