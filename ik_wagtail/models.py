from django.db import models
from django.utils.translation import gettext_lazy as _


class Generation(models.Model):
    """The current token of one kind of derived state (``ik_wagtail.derived``).

    Cached values carry the token of their generation in their key. A change of the data
    behind them writes a new token in the same transaction as the change, so every process
    sees the new token exactly when it sees the new data, whatever cache it has.
    """

    name = models.CharField(_("name"), max_length=40, primary_key=True)
    token = models.CharField(_("token"), max_length=32)

    class Meta:
        verbose_name = _("generation of derived state")
        verbose_name_plural = _("generations of derived state")

    def __str__(self):
        return f"{self.name}: {self.token}"
