"""Generation tokens: how cached values know that the data behind them changed.

Each kind of derived state declared in ``ik_wagtail.derived`` has a row in the ``Generation``
table holding a random token. Cache keys and in-memory indexes carry the tokens of the
generations they depend on. A change writes a new token **in the same transaction as the
change itself**, so:

- other processes (web workers, cron's ``publish_scheduled``, management commands) see the new
  token exactly when they can see the new data: never before (no reader can store old data
  under the new token, the race of a version renewed inside a transaction but kept in a cache),
  never after (no window between the commit and an invalidation, nothing lost if a process
  dies after its commit);
- a rolled-back change leaves the old token, and the old values stay valid;
- the cache can be per-process memory, Redis or anything else: nothing is ever deleted from it,
  values of an old token are simply never asked for again and expire.

A request reads all tokens with one query, on first use, and keeps them until it ends (or until
it changes data itself). Outside a request every use reads them afresh.

Tokens are random, not counters, so a database restored from a backup or a test rolled back
can never meet a cached value that was computed from other data under the same token.
"""

import uuid

from asgiref.local import Local
from django.core.signals import request_finished, request_started
from django.db import connection, transaction

from .models import Generation

# Token of a generation that has no row yet (the first change creates it).
INITIAL_TOKEN = "0"

_request = Local()


class GenerationHandle:
    """One declared generation; ``current()`` for cache keys, ``bump()`` after a change."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Generation {self.name}>"

    def current(self):
        return key(self.name)

    def bump(self):
        bump(self.name)


class Tokens(dict):
    def __missing__(self, name):
        return INITIAL_TOKEN


def read_tokens():
    return Tokens(Generation.objects.values_list("name", "token"))


def current_tokens():
    """The tokens as this request first read them, or afresh outside a request."""
    if not getattr(_request, "active", False):
        return read_tokens()
    tokens = getattr(_request, "tokens", None)
    if tokens is None:
        tokens = _request.tokens = read_tokens()
    return tokens


def key(*names):
    """The part of a cache key that names the current tokens of ``names``."""
    spend_pending_bumps(names)
    tokens = current_tokens()
    return ":".join(tokens[name] for name in names)


def start_request(**kwargs):
    _request.active = True
    _request.tokens = None


def finish_request(**kwargs):
    _request.active = False
    _request.tokens = None


request_started.connect(start_request, dispatch_uid="ik_generations_request_started")
request_finished.connect(finish_request, dispatch_uid="ik_generations_request_finished")


class BumpedInTransaction:
    """Marks generations already given a new token in the open transaction.

    Registered with ``transaction.on_commit``: Django drops it when its savepoint or the
    transaction is rolled back, exactly when the new tokens are rolled back too. Once
    anything in this connection uses a generation's token for a key, its mark is spent: a
    value cached under that token must not survive the next change.
    """

    def __init__(self, names):
        self.names = set(names)

    def __call__(self):
        """Nothing to do at commit: the tokens are committed with the change."""


def pending_bumps():
    return [
        func
        for _sids, func, _robust in connection.run_on_commit
        if isinstance(func, BumpedInTransaction)
    ]


def spend_pending_bumps(names):
    for marker in pending_bumps():
        marker.names.difference_update(names)


def bump(*names):
    """Give ``names`` new tokens, as part of the current transaction.

    Each generation changes once per transaction however many signals report the change
    (one publish saves the page, a revision, inline rows and tags). Inside a transaction all
    rows are locked first, in one order, so two transactions bumping different generations
    in different orders wait for each other instead of deadlocking.
    """
    names = set(names)
    in_transaction = connection.in_atomic_block
    if in_transaction:
        for marker in pending_bumps():
            names -= marker.names
    if not names:
        return
    with transaction.atomic():
        list(Generation.objects.select_for_update().order_by("name").values_list("name"))
        for name in sorted(names):
            token = uuid.uuid4().hex
            if not Generation.objects.filter(name=name).update(token=token):
                Generation.objects.bulk_create(
                    [Generation(name=name, token=token)], ignore_conflicts=True
                )
                Generation.objects.filter(name=name).update(token=token)
    if in_transaction:
        transaction.on_commit(BumpedInTransaction(names))
    # This request's own later reads must see its change.
    _request.tokens = None
