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
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_str
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .folding import indexed_text, vocabulary
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

    def entry(self):
        title = self.title[:MAX_TITLE_LENGTH]
        return SearchEntry(
            kind=self.kind,
            object_id=self.object_id,
            page_id=self.page_id,
            url_key=self.url_key[:255],
            context=self.context[:255],
            title=title,
            text=self.text,
            title_folded=indexed_text(title),
            body_folded=indexed_text(self.text),
        )


def write(documents):
    """Insert the rows of ``documents`` with their words (the caller removed the old ones)."""
    documents = list(documents)
    for start in range(0, len(documents), BATCH_SIZE):
        batch = documents[start : start + BATCH_SIZE]
        entries = SearchEntry.objects.bulk_create([document.entry() for document in batch])
        SearchWord.objects.bulk_create(
            [
                SearchWord(entry=entry, word=word)
                for document, entry in zip(batch, entries, strict=True)
                for word in sorted(vocabulary(f"{document.title} {document.text}"))
            ],
            batch_size=BATCH_SIZE * 10,
        )


@transaction.atomic
def replace(kind, object_ids, documents):
    """The rows of ``kind`` for ``object_ids`` become ``documents`` (none: removed)."""
    SearchEntry.objects.filter(kind=kind, object_id__in=list(object_ids)).delete()
    write(documents)


# Pages ------------------------------------------------------------------------------------


def field_text(page, search_field):
    value = search_field.get_value(page)
    try:
        model_field = page._meta.get_field(search_field.field_name)
    except Exception:  # a method or property named in search_fields
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
    declares (``ik_search_parts``: a result statement's single results)."""
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
    SearchEntry.objects.filter(page_id__in=page_ids).delete()
    pages = Page.objects.filter(pk__in=page_ids, live=True).specific()
    write(document for page in pages for document in page_documents(page))


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
