from django.dispatch import receiver
from wagtail.signals import init_new_page

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.actors.models import Actor

from .models import ConferencePage


@receiver(init_new_page)
def default_lead_actor_to_integration_centre(sender, page, parent, **kwargs):
    """The motion puts the KI in charge: a new conference starts with it as lead actor."""
    if isinstance(page, ConferencePage) and page.lead_actor_id is None:
        page.lead_actor = Actor.objects.filter(kind=ActorKind.INTEGRATION_CENTRE).first()
