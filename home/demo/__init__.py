"""Demo content for the stand-alone intranet: invented but plausible, idempotent.

Every step finds its objects by a stable key (username, slug, year) and creates only what is
missing, so ``manage.py ik_demo`` can run again after an upgrade without duplicating anything.
"""

from django.apps import apps
from django.db import transaction

from ik_wagtail.taxonomy.seeds import seed_taxonomies

from .accounts import ensure_demo_accounts
from .actors import ensure_actors
from .concept import ensure_concept_page
from .conferences import conference_steps
from .cycle import ensure_cycle
from .network import ensure_network_page
from .projects import ensure_projects
from .referents import ensure_referents
from .site import ensure_home_page, ensure_section_pages


def demo_steps(create_accounts):
    """The demo's ordered (label, function) steps; each function returns a summary.

    The accounts come before the conferences because the forums name their moderators.
    """
    steps = [
        ("Taxonomien", lambda: seed_taxonomies(apps)),
        ("Startseite", ensure_home_page),
    ]
    if create_accounts:
        steps.append(("Demo-Konten", ensure_demo_accounts))
    steps += [
        ("Akteure", ensure_actors),
        ("Bereichsseiten", ensure_section_pages),
        ("Referentinnen und Referenten", ensure_referents),
        # Before the conferences: their forum results cite projects of the library.
        ("Gute-Praxis-Projekte", ensure_projects),
        *conference_steps(),
        ("Integrationskonzept", ensure_concept_page),
        ("Einladungen und Anmeldungen 2026", ensure_cycle),
        ("Netzwerk", ensure_network_page),
    ]
    return steps


def build_demo(report, create_accounts=True):
    """Run every demo step in one transaction, calling ``report(index, total, label, summary)``."""
    steps = demo_steps(create_accounts)
    with transaction.atomic():
        for index, (label, step) in enumerate(steps, start=1):
            report(index, len(steps), label, step())
