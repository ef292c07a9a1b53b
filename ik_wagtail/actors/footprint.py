"""Where an actor took part: sections contributed by the apps that know about it.

The actors app sits at the bottom of the dependency chain and cannot import conferences or
projects. Those apps register a function with the ``register_ik_actor_footprint`` hook instead;
it receives the actor and returns a ``FootprintSection`` or ``None``.

The sections are cached with the actor page (``{% ik_pagecache "actor" %}``) and shown to
every reader, so a provider gets no request and no user: what it returns must be the same for
everyone, and must count only visible pages (``ik_wagtail.visibility``).
"""

from dataclasses import dataclass, field

from wagtail import hooks

FOOTPRINT_HOOK = "register_ik_actor_footprint"


@dataclass
class FootprintSection:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def actor_footprint(actor):
    sections = [section_for(actor) for section_for in hooks.get_hooks(FOOTPRINT_HOOK)]
    return sorted((section for section in sections if section), key=lambda s: s.order)
