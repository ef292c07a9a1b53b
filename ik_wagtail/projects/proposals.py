"""Project proposals from intranet users: a draft in the KI's moderation workflow.

Intranet users get no snippet permissions (with "add" they would see every project in the
admin listing, drafts included); they propose through the library's front-end form. The
proposal is saved as a draft with a revision and submitted to the workflow the data migration
assigns to projects ("Projektfreigabe"); Wagtail's workflow notifications then e-mail the KI
group. Nothing is published until someone with publish rights approves it.
"""

import logging

from django.db import transaction

from .columns import plain_to_rich_text

logger = logging.getLogger(__name__)


def submit_proposal(form, user):
    """Save a valid ``ProjectProposalForm`` as a draft and start the moderation workflow."""
    with transaction.atomic():
        project = form.save(commit=False)
        project.description = plain_to_rich_text(form.cleaned_data["description"])
        project.live = False
        project.proposed_by = user
        project.save()
        form.save_m2m()
        project.save()  # commits the relations the form set on the cluster
        project.save_revision(user=user, log_action=True)
        workflow = project.get_workflow()
        if workflow is None:
            logger.warning(
                "No workflow is assigned to projects: proposal %s waits as a draft.", project.pk
            )
        else:
            workflow.start(project, user)
    return project
