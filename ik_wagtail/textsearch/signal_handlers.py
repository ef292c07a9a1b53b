"""Pages enter the index when saved live or published and leave it when unpublished (deleting
a page deletes its rows through the foreign key). Privacy, moves and parents are checked when
searching, so they need no re-indexing.

Every handler reads the page back from the database (``index_pages``): the saved instance may
carry a draft's values (saving a draft of a live page saves the page row's revision fields
only), the database holds the live ones. ``page_published`` comes once more after the page's
child objects and tags are written, which ``post_save`` precedes.
"""

from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .indexing import index_pages, remove_pages


def index_saved_page(sender, instance, raw=False, **kwargs):
    if isinstance(instance, Page) and not raw:
        index_pages([instance.pk])


def index_published_page(sender, instance, **kwargs):
    index_pages([instance.pk])


def remove_unpublished_page(sender, instance, **kwargs):
    remove_pages([instance.pk])


post_save.connect(index_saved_page, dispatch_uid="ik_textsearch_page_saved")
page_published.connect(index_published_page, dispatch_uid="ik_textsearch_page_published")
page_unpublished.connect(remove_unpublished_page, dispatch_uid="ik_textsearch_page_unpublished")
