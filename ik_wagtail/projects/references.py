"""Where a project is referenced: sections contributed by the apps that know about it.

The projects app cannot import the conferences app (which depends on it). Apps that reference
projects register a function with the ``register_ik_project_references`` hook instead; it
receives the project and the request and returns a ``FootprintSection`` or ``None``.
"""

from wagtail import hooks

PROJECT_REFERENCES_HOOK = "register_ik_project_references"


def project_references(project, request):
    sections = [
        section_for(project, request) for section_for in hooks.get_hooks(PROJECT_REFERENCES_HOOK)
    ]
    return sorted((section for section in sections if section), key=lambda s: s.order)
