"""Settings a host site may set to fit the plugin into its page tree."""

from django.conf import settings


def section_parent_page_types():
    """Where the plugin's top-level pages (conference index, directory, …) may be created.

    ``IK_SECTION_PARENT_PAGE_TYPES``, e.g. ``["home.HomePage"]``; unset allows any parent.
    """
    return getattr(settings, "IK_SECTION_PARENT_PAGE_TYPES", None)
