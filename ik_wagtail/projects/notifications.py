"""Wagtail's workflow e-mails, without one message per project proposal and reviewer.

Wagtail tells every reviewer of a task about every submission. For pages (forum results)
that is right; for project proposals from the intranet it floods the KI (25 proposals by one
person, 75 messages). ``proposals.notify_ki_of_proposals`` tells the KI about proposals in
bundles instead, so the notifiers below leave projects out and handle everything else as
Wagtail does.

They take Wagtail's place by connecting under Wagtail's own ``dispatch_uid`` before Wagtail
does (``connect()`` runs in this app's ``ready()``, and the plugin's apps come before
``wagtail.admin`` in ``INSTALLED_APPS``): Django then ignores Wagtail's later connection with
the same uid. A test checks that the project notifier is the one connected.
"""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted


def is_project(workflow_state):
    from .models import IntegrationProject

    return workflow_state.base_content_type.model_class() is IntegrationProject or (
        isinstance(workflow_state.content_object, IntegrationProject)
    )


class TaskSubmissionNotifierWithoutProjects(GroupApprovalTaskStateSubmissionEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and not is_project(instance.workflow_state)


class WorkflowSubmissionNotifierWithoutProjects(WorkflowStateSubmissionEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and not is_project(instance)


task_submission_notifier = TaskSubmissionNotifierWithoutProjects()
workflow_submission_notifier = WorkflowSubmissionNotifierWithoutProjects()


def connect():
    task_submitted.connect(
        task_submission_notifier,
        sender=TaskState,
        dispatch_uid="group_approval_task_submitted_email_notification",
    )
    workflow_submitted.connect(
        workflow_submission_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_submitted_email_notification",
    )
