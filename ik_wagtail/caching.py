"""Cached values that are never older than the data behind them.

A ``CacheVersion`` is a token kept in the cache and made part of the keys of the values it
guards; signal handlers renew it whenever that data changes, so every older value is out of
reach at once (and expires on its own). With several application servers the cache must be
shared (``CACHE_URL``), as for the rest of the intranet.
"""

import uuid

from django.core.cache import cache
from django.db import transaction


class CacheVersion:
    def __init__(self, key):
        self.key = key

    def current(self):
        version = cache.get(self.key)
        if version is None:
            version = uuid.uuid4().hex
            cache.set(self.key, version, None)
        return version

    def renew(self):
        cache.set(self.key, uuid.uuid4().hex, None)

    def renew_now_and_on_commit(self):
        """Renew now, and again once the change (with its relations) is committed.

        The second renewal covers a request that cached the old data between the two.
        """
        self.renew()
        transaction.on_commit(self.renew)
