"""Writing the index: pages here, other kinds through the apps that own them.

Rows are rewritten inside the transaction of the change that makes them stale (publishing,
unpublishing, saving a project or an actor), from what the database holds after it, never from
an object in memory (which may carry a draft). So the index is exactly as current as the last
commit, in every process. Apps above this one register how to rebuild their kind
(``register_source``); ``manage.py ik_update_search_index`` rebuilds everything.
"""

import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_str
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .folding import folded_text, indexed_words, vocabulary
from .models import Kind, SearchEntry, SearchWord

TAG = re.compile(r"<[^>]*>")
BATCH_SIZE = 500
MAX_TITLE_LENGTH = 255


def html_to_text(value):
    """The text of Wagtail rich text (well-formed HTML)."""
    return html.unescape(TAG.sub(" ", force_str(value or "")))


@dataclass
class Document:
    """What one row of the index is made of, before folding."""

    kind: str
    object_id: int
    title: str
    text: str = ""
    page_id: int | None = None
    url_key: str = ""
    context: str = ""

    def key(self):
        """What the row shows and is found by: equal keys, nothing to rewrite."""
        return (
            self.kind,
            self.object_id,
            self.page_id,
            self.url_key[:255],
            self.context[:255],
            self.title[:MAX_TITLE_LENGTH],
            self.text,
        )

    def entry(self, title_words, body_words):
        kind, object_id, page_id, url_key, context, title, text = self.key()
        return SearchEntry(
            kind=kind,
            object_id=object_id,
            page_id=page_id,
            url_key=url_key,
            context=context,
            title=title,
            text=text,
            title_folded=folded_text(title_words),
            body_folded=folded_text(body_words),
        )


ROW_FIELDS = ["kind", "object_id", "page_id", "url_key", "context", "title", "text"]


def write(documents):
    """Insert the rows of ``documents`` with their words (the caller removed the old ones)."""
    documents = list(documents)
    for start in range(0, len(documents), BATCH_SIZE):
        batch = documents[start : start + BATCH_SIZE]
        words = [
            (indexed_words(doc.title[:MAX_TITLE_LENGTH]), indexed_words(doc.text)) for doc in batch
        ]
        entries = SearchEntry.objects.bulk_create(
            [doc.entry(*doc_words) for doc, doc_words in zip(batch, words, strict=True)]
        )
        SearchWord.objects.bulk_create(
            [
                SearchWord(entry=entry, word=word)
                for entry, (title_words, body_words) in zip(entries, words, strict=True)
                for word in sorted(vocabulary(title_words + body_words))
            ],
            batch_size=BATCH_SIZE * 10,
        )


def sync(rows, documents):
    """The index rows ``rows`` (a queryset) become ``documents``; rows that would be written
    again unchanged are left alone (most saves, a draft's above all, change nothing live)."""
    documents = list(documents)
    if sorted(rows.values_list(*ROW_FIELDS)) == sorted(doc.key() for doc in documents):
        return
    rows.delete()
    write(documents)


@transaction.atomic
def replace(kind, object_ids, documents):
    """The rows of ``kind`` for ``object_ids`` become ``documents`` (none: removed)."""
    sync(SearchEntry.objects.filter(kind=kind, object_id__in=list(object_ids)), documents)


# Pages ------------------------------------------------------------------------------------


def field_text(page, search_field):
    value = search_field.get_value(page)
    try:
        model_field = page._meta.get_field(search_field.field_name)
    except FieldDoesNotExist:  # a method or property named in search_fields
        model_field = None
    if isinstance(model_field, StreamField):
        return " ".join(force_str(part) for part in model_field.get_searchable_content(value))
    if isinstance(model_field, RichTextField):
        return html_to_text(value)
    return force_str(value or "")


def related_text(page, related_fields):
    related = getattr(page, related_fields.field_name, None)
    if related is None:
        return ""
    objects = related.all() if hasattr(related, "all") else [related]
    return " ".join(
        force_str(getattr(obj, field.field_name, "") or "")
        for obj in objects
        for field in related_fields.fields
        if isinstance(field, index.SearchField)
    )


def page_text(page):
    """The text of ``page``'s search fields (Wagtail's declaration), without the title and
    without what the page indexes as parts of its own (``ik_search_parts``)."""
    skip = {"title", *getattr(page, "ik_search_parts_field", ())}
    texts = [page.search_description]
    for search_field in page.get_search_fields():
        if search_field.field_name in skip:
            continue
        if isinstance(search_field, index.SearchField):
            texts.append(field_text(page, search_field))
        elif isinstance(search_field, index.RelatedFields):
            texts.append(related_text(page, search_field))
    return "\n".join(text for text in texts if text)


def page_documents(page):
    """The rows of a live ``page`` (its specific instance): the page itself, and the parts it
    declares (``ik_search_parts``: a result statement's single results). Made in the site's
    language, whoever saves: every reader reads the same rows."""
    with translation.override(settings.LANGUAGE_CODE):
        # What the result list shows beside the kind: the page type, or what the page says
        # of itself (a referent's function).
        context = force_str(
            page.ik_search_context()
            if hasattr(page, "ik_search_context")
            else page.specific_class._meta.verbose_name
        )
        documents = [
            Document(
                kind=getattr(page, "ik_search_kind", Kind.PAGE),
                object_id=page.pk,
                page_id=page.pk,
                title=page.title,
                text=page_text(page),
                context=context,
            )
        ]
        for part in getattr(page, "ik_search_parts", lambda: [])():
            documents.append(Document(kind=Kind.RESULT, object_id=page.pk, page_id=page.pk, **part))
    return documents


@transaction.atomic
def index_pages(page_ids):
    """Rewrite the rows of the pages ``page_ids`` from what is live now."""
    page_ids = list(page_ids)
    pages = Page.objects.filter(pk__in=page_ids, live=True).specific()
    documents = [document for page in pages for document in page_documents(page)]
    sync(SearchEntry.objects.filter(page_id__in=page_ids), documents)


def remove_pages(page_ids):
    SearchEntry.objects.filter(page_id__in=list(page_ids)).delete()


# Everything -------------------------------------------------------------------------------

SOURCES = {}


def register_source(kind, rebuild):
    """``rebuild()`` rewrites every row of ``kind`` (called by ``rebuild_index``)."""
    SOURCES[kind] = rebuild


@transaction.atomic
def rebuild_index():
    """Every row from scratch: the live pages, then each registered kind."""
    SearchEntry.objects.filter(page__isnull=False).delete()
    page_ids = Page.objects.filter(live=True, depth__gt=1).values_list("pk", flat=True)
    ids = list(page_ids)
    for start in range(0, len(ids), BATCH_SIZE):
        index_pages(ids[start : start + BATCH_SIZE])
    for rebuild in SOURCES.values():
        rebuild()
    return SearchEntry.objects.count()


def fill_empty_index(sender, **kwargs):
    """After ``migrate``: an installation that had content before this index existed gets it
    filled once, so searching works without a separate step."""
    using = kwargs.get("using")
    if SearchEntry.objects.using(using).exists():
        return
    if Page.objects.using(using).filter(live=True, depth__gt=1).exists():
        rebuild_index()
