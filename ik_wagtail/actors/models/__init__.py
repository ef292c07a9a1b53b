from .actor import Actor, ActorQuerySet, TaggedActor
from .directory import ActorDirectoryPage

__all__ = ["Actor", "ActorDirectoryPage", "ActorQuerySet", "TaggedActor"]
