"""Pages enter the index when published and leave it when unpublished (deleting a page deletes
its rows through the foreign key). Privacy, moves and parents are checked when searching."""

from wagtail.signals import page_published, page_unpublished

from .indexing import index_pages, remove_pages


def index_published_page(sender, instance, **kwargs):
    index_pages([instance.pk])


def remove_unpublished_page(sender, instance, **kwargs):
    remove_pages([instance.pk])


page_published.connect(index_published_page, dispatch_uid="ik_textsearch_page_published")
page_unpublished.connect(remove_unpublished_page, dispatch_uid="ik_textsearch_page_unpublished")
