from django.conf import settings
from django.db import models
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _


def new_token():
    return get_random_string(40)


class CalendarFeed(models.Model):
    """A person's calendar subscription: the secret in its address is the only key (calendar
    programs cannot sign in), so it can be replaced, which ends the old address at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="ik_calendar_feed",
    )
    token = models.CharField(_("token"), max_length=40, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), auto_now=True)

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return str(self.user)

    def renew(self):
        self.token = new_token()
        self.save(update_fields=["token", "created_at"])
