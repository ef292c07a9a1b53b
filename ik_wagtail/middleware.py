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


# The intranet's own pages load scripts, styles, images and fonts from the site only and
# carry no inline script or style: injected markup cannot run. ``frame-ancestors 'self'``
# lets Wagtail's preview show a page inside the admin, and nobody else frame it.
INTRANET_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
# Wagtail's admin sets inline styles and runs small inline scripts (editors, choosers), so its
# policy allows those, and nothing from elsewhere.
ADMIN_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)


class ContentSecurityPolicyMiddleware:
    """A Content-Security-Policy on every HTML response that has none yet (Wagtail's document
    view sets its own, stricter one). Error pages (5xx) are left as they are: they show no
    content of users and must render even when everything else fails."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if (
            "Content-Security-Policy" not in response
            and response.status_code < 500
            and response.get("Content-Type", "").startswith("text/html")
        ):
            response["Content-Security-Policy"] = (
                ADMIN_POLICY if request.path.startswith(self.admin_path()) else INTRANET_POLICY
            )
        return response

    def admin_path(self):
        if self.admin_prefix is None:
            from django.urls import NoReverseMatch, reverse

            try:
                self.admin_prefix = reverse("wagtailadmin_home")
            except NoReverseMatch:
                self.admin_prefix = "/admin/"
        return self.admin_prefix
