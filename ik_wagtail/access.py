"""Login protection that travels with the plugin.

The stand-alone intranet protects every URL with ``LoginRequiredMiddleware``; a host site may
not. Every page type and view of the plugin therefore checks the login itself, so installing the
plugin never publishes county-internal content (see README "Access protection").
"""

from django.contrib.auth.views import redirect_to_login

from .text import without_format_characters


class IntranetPageMixin:
    """For page models: anonymous visitors are sent to the login page, on every route; titles
    are cleaned of invisible format characters whenever the page is validated (every save)."""

    def clean(self):
        """Titles (and so referents' names) without characters that disguise them."""
        self.title = without_format_characters(self.title)
        super().clean()

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)
