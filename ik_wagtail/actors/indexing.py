"""The actors' rows in the intranet search (``ik_wagtail.textsearch``).

An actor's row holds what the directory shows every reader: name, kind, engagement, places,
fields of action, keywords, description, website, and the contact person only with consent
(GDPR: without it the contact data is not searchable either). It is rewritten whenever the
actor, its places, fields or keywords, or a term's name change.
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils import translation

from ik_wagtail.taxonomy.models import FieldOfAction, Municipality
from ik_wagtail.textsearch import indexing as textsearch
from ik_wagtail.textsearch.models import Kind, SearchEntry

from .enums import ActorKind, Engagement
from .models.actor import Actor, TaggedActor


def names(items):
    return ", ".join(item.name for item in items)


def label(choices, value):
    """The German label of a stored choice (rows are read by every reader alike)."""
    if value not in choices.values:
        return ""
    with translation.override(settings.LANGUAGE_CODE):
        return str(choices(value).label)


def actor_document(actor):
    """The row of ``actor`` (``for_listing``)."""
    texts = [
        label(ActorKind, actor.kind),
        label(Engagement, actor.engagement),
        names(actor.municipalities.all()),
        names(actor.fields_of_action.all()),
        names(actor.tags.all()),
        actor.description,
        actor.website,
    ]
    if actor.has_visible_contact:
        texts.append(actor.contact_person)
    return textsearch.Document(
        kind=Kind.ACTOR,
        object_id=actor.pk,
        title=actor.name,
        text="\n".join(text for text in texts if text),
        url_key=actor.slug,
        context=label(ActorKind, actor.kind),
    )


def index_actors(ids):
    ids = list(ids)
    for start in range(0, len(ids), textsearch.BATCH_SIZE):
        batch = ids[start : start + textsearch.BATCH_SIZE]
        actors = Actor.objects.filter(pk__in=batch).for_listing()
        textsearch.replace(Kind.ACTOR, batch, [actor_document(actor) for actor in actors])


def rebuild_actor_rows():
    SearchEntry.objects.filter(kind=Kind.ACTOR).delete()
    index_actors(Actor.objects.values_list("pk", flat=True))


def actor_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_actors([instance.pk])


def actor_deleted(sender, instance, **kwargs):
    textsearch.replace(Kind.ACTOR, [instance.pk], [])


def actor_relations_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if isinstance(instance, Actor):
        if action.startswith("post_"):
            index_actors([instance.pk])
    elif action == "pre_clear":
        # Cleared from the term's side (``term.actors.clear()``): the actors are known only now.
        instance._ik_cleared_actor_ids = list(instance.actors.values_list("pk", flat=True))
    elif action == "post_clear":
        index_actors(getattr(instance, "_ik_cleared_actor_ids", []))
    elif action.startswith("post_") and pk_set:
        index_actors(pk_set)  # changed from the term's side (``term.actors.add(…)``)


def term_renamed(sender, instance, raw=False, **kwargs):
    if not raw:
        index_actors(instance.actors.values_list("pk", flat=True))


def term_deleting(sender, instance, **kwargs):
    """A deleted term's links go without signals: remember whose rows name it."""
    instance._ik_actor_ids = list(instance.actors.values_list("pk", flat=True))


def term_deleted(sender, instance, **kwargs):
    index_actors(getattr(instance, "_ik_actor_ids", []))


def connect():
    textsearch.register_source(Kind.ACTOR, rebuild_actor_rows)
    post_save.connect(actor_saved, sender=Actor, dispatch_uid="ik_text_index_actor")
    post_delete.connect(actor_deleted, sender=Actor, dispatch_uid="ik_text_index_actor")
    for through in (Actor.municipalities.through, Actor.fields_of_action.through):
        m2m_changed.connect(actor_relations_changed, sender=through, dispatch_uid=str(through))
    for signal in (post_save, post_delete):
        signal.connect(
            actor_relations_changed_by_tag,
            sender=TaggedActor,
            dispatch_uid=f"ik_text_index_tagged_actor_{signal is post_save}",
        )
    for term in (Municipality, FieldOfAction):
        uid = f"ik_text_index_{term._meta.label}"
        post_save.connect(term_renamed, sender=term, dispatch_uid=uid)
        pre_delete.connect(term_deleting, sender=term, dispatch_uid=uid)
        post_delete.connect(term_deleted, sender=term, dispatch_uid=uid)


def actor_relations_changed_by_tag(sender, instance, raw=False, **kwargs):
    """taggit writes an actor's keywords as rows of ``TaggedActor``."""
    if not raw:
        index_actors([instance.content_object_id])
