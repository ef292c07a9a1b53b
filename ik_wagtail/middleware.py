"""Response headers every page of the intranet needs."""

from django.utils.cache import patch_cache_control


class PrivateResponsesMiddleware:
    """Nothing shown to a signed-in user is kept by a shared cache or browser.

    Intranet pages and exports carry names of organisations and people; without a header a
    proxy or the browser of a shared office PC may keep them after the user signed out.
    ``private, no-store`` is added to every response for a signed-in user (``private`` also
    replaces a ``public`` a view may have set); anonymous responses (login, static files) keep
    what their views say.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
