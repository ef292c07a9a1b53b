"""Who may download a document (Wagtail's ``before_serve_document`` hook) or an upload.

Wagtail serves documents at ``/documents/<id>/<name>`` and checks only the privacy of their
collection. The intranet adds two checks that travel with the plugin, so a host site without
``LoginRequiredMiddleware`` is covered too:

- a login;
- the privacy of what uses the document (Wagtail's reference index knows it): a protocol
  linked only from a restricted or unpublished forum is refused to readers who cannot open
  that forum. Editors who may change the document always get it (they work on drafts); a
  document nothing live uses goes to nobody else.

Uploads under ``MEDIA_ROOT`` are served only by ``serve_media`` below, behind the login, and
an image (original or rendition) by the same rule as a document; the documents' own files
there are not served at all, so the checks above cannot be bypassed.
"""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join
from wagtail.models import Page, ReferenceIndex

from .visibility import visible_to

DOCUMENTS_FOLDER = "documents"


def uses_of(obj):
    """``{model: {ids}}`` of the objects whose content (or inline rows) refers to ``obj``, as
    Wagtail's reference index records them (pages under ``Page``)."""
    uses = {}
    for content_type_id, object_id in ReferenceIndex.get_references_to(obj).values_list(
        "base_content_type", "object_id"
    ):
        if str(object_id).isdigit():
            uses.setdefault(content_type_id, set()).add(int(object_id))
    return {
        ContentType.objects.get_for_id(content_type_id).model_class(): ids
        for content_type_id, ids in uses.items()
    }


def may_open(user, obj, request):
    """Whether ``user`` may have the document or image ``obj``: editors who may change it, and
    readers of something live that uses it — a page they may open (its privacy and every
    ancestor), or a published object (a project's image). Nothing else: a file used only in a
    draft, or by nothing yet (the reference index is renewed by the worker after a publish),
    stays with the editors until it is in use — closed, not open, while in doubt."""
    from wagtail.models import DraftStateMixin
    from wagtail.permissions import policy_registry

    if policy_registry.get_by_type(type(obj)).user_has_permission_for_instance(user, "change", obj):
        return True
    for model, ids in uses_of(obj).items():
        if model is None:
            continue
        if issubclass(model, Page):
            if visible_to(Page.objects.filter(pk__in=ids), request).exists():
                return True
        elif issubclass(model, DraftStateMixin):
            if model._default_manager.filter(pk__in=ids, live=True).exists():
                return True
        elif model._default_manager.filter(pk__in=ids).exists():
            return True
    return False


def check_document_access(document, request):
    """``None`` to serve, or the response that refuses; raises 403 for readers without right."""
    from django.contrib.auth.views import redirect_to_login

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if may_open(request.user, document, request):
        return None
    raise PermissionDenied


def image_of(stored_path):
    """The image an upload belongs to (an original or one of its renditions), or None."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    image = image_model.objects.filter(file=stored_path).first()
    if image is None:
        rendition = (
            image_model.get_rendition_model()
            .objects.filter(file=stored_path)
            .select_related("image")
            .first()
        )
        image = rendition.image if rendition else None
    return image


@login_required
def serve_media(request, path):
    """An upload (image, rendition) for signed-in users only; never a document's file.

    With ``IK_MEDIA_ACCEL_REDIRECT`` set (e.g. ``/protected-media/``), nginx sends the file
    from an ``internal`` location after this check; otherwise Django streams it.
    """
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        full_path = Path(safe_join(root, path)).resolve()
    except SuspiciousFileOperation as error:  # "../" out of MEDIA_ROOT
        raise Http404 from error
    inside = full_path.relative_to(root).parts if full_path.is_relative_to(root) else ()
    if not inside or inside[0] == DOCUMENTS_FOLDER or not full_path.is_file():
        raise Http404
    path = "/".join(inside)
    image = image_of(path)
    if image is not None and not may_open(request.user, image, request):
        raise PermissionDenied
    accel = getattr(settings, "IK_MEDIA_ACCEL_REDIRECT", "")
    if accel:
        response = HttpResponse(content_type=mimetypes.guess_type(full_path.name)[0] or "")
        response["X-Accel-Redirect"] = accel.rstrip("/") + "/" + path
        return response
    return FileResponse(full_path.open("rb"))
