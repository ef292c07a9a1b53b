"""Where a project is referenced: sections contributed by the apps that know about it.

The projects app cannot import the conferences app (which depends on it). Apps that reference
projects register a function with the ``register_ik_project_references`` hook instead; it
receives the project and returns a ``FootprintSection`` or ``None``.

The sections are cached with the project page and shown to every reader, so a provider gets
no request and no user, and counts only visible pages (``ik_wagtail.visibility``).
"""

from wagtail import hooks

PROJECT_REFERENCES_HOOK = "register_ik_project_references"


def project_references(project):
    sections = [section_for(project) for section_for in hooks.get_hooks(PROJECT_REFERENCES_HOOK)]
    return sorted((section for section in sections if section), key=lambda s: s.order)
