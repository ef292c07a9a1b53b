"""Creating and publishing demo pages the way an editor would, but without redundant work."""

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


def add_published_page(parent, page):
    """Add ``page`` below ``parent`` and publish it, so its admin history has a revision."""
    with disable_reference_index_auto_update():
        parent.add_child(instance=page)
    publish(page)
    return page


def publish(page):
    """Publish the page's current state as a new revision and index its references once.

    Left to the signal handlers, every save of the page and of each of its child objects
    (participants, invitations, …) would re-index the whole page's references.
    """
    with disable_reference_index_auto_update():
        page.save_revision().publish()
    ReferenceIndex.create_or_update_for_object(page)
