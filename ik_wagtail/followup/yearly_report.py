"""The yearly *Sachstandsbericht zum Integrationskonzept* for the Kreistag, built by the worker.

Its numbers come from the roll-up (``concept.rollup.build_rollup`` without filters), the same
source as the roll-up's CSV export, so every count can be recomputed from that file (a test
does). The report adds what a council submission needs around them: a title page, a table of
contents, page numbers, the change per field of action since the previous report, a table of
every recommendation with its latest approved report, conference facts and network figures.

Documents: DOCX always (python-docx, A4, German document properties, heading styles that
Word's navigation and screen readers use, header rows repeated on every page); PDF where
WeasyPrint is installed (the ``pdf`` extra).
"""

import logging
from collections import Counter
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, QueryDict
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django_tasks import task

from ik_wagtail.concept.chart import status_chart_png
from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.rollup import build_rollup
from ik_wagtail.conferences.models import (
    ConferencePage,
    ForumPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.cycle.booklet import pdf_available, refuse_fetch
from ik_wagtail.exports import without_control_characters as clean
from ik_wagtail.network.models import ActorLink
from ik_wagtail.visibility import visible
from ik_wagtail.word import (
    AUTHOR,
    add_picture,
    add_table,
    add_table_of_contents,
    add_title_block,
    document_bytes,
    new_document,
)

from .models import YearlyReport

logger = logging.getLogger(__name__)


def queue_report(page, user):
    report = YearlyReport.objects.create(page=page, requested_by=user)
    transaction.on_commit(lambda: build_yearly_report.enqueue(report.pk), robust=True)
    return report


@task()
def build_yearly_report(report_id):
    """The figures and the Word document; the PDF's HTML for ``build_yearly_report_pdf``."""
    claimed = YearlyReport.objects.filter(pk=report_id, state=YearlyReport.State.QUEUED).update(
        state=YearlyReport.State.RUNNING
    )
    if not claimed:
        return "skipped"
    report = YearlyReport.objects.select_related("page").get(pk=report_id)
    try:
        content = report_content(report)
        docx = report_docx(content)
        html = report_html(content) if pdf_available() else ""
    except Exception as error:
        logger.exception("Yearly report %s failed", report_id)
        YearlyReport.objects.filter(pk=report_id).update(
            state=YearlyReport.State.FAILED,
            pdf_state=YearlyReport.State.FAILED,
            error=str(error)[:2000],
            finished_at=timezone.now(),
        )
        return "failed"
    YearlyReport.objects.filter(pk=report_id).update(
        state=YearlyReport.State.DONE,
        figures=content["figures"],
        docx=docx,
        pdf_html=html,
        pdf_state=YearlyReport.State.QUEUED if html else YearlyReport.State.UNAVAILABLE,
        finished_at=timezone.now(),
    )
    if html:
        transaction.on_commit(lambda: build_yearly_report_pdf.enqueue(report_id), robust=True)
    return "done"


@task()
def build_yearly_report_pdf(report_id):
    """Lay out the PDF from the HTML the first task rendered: several seconds for a large
    concept, which the Word document does not wait for."""
    claimed = YearlyReport.objects.filter(pk=report_id, pdf_state=YearlyReport.State.QUEUED).update(
        pdf_state=YearlyReport.State.RUNNING
    )
    if not claimed:
        return "skipped"
    html = YearlyReport.objects.values_list("pdf_html", flat=True).get(pk=report_id)
    try:
        pdf = html_to_pdf(html)
    except Exception as error:
        logger.exception("PDF of yearly report %s failed", report_id)
        YearlyReport.objects.filter(pk=report_id).update(
            pdf_state=YearlyReport.State.FAILED, error=str(error)[:2000]
        )
        return "failed"
    YearlyReport.objects.filter(pk=report_id).update(
        pdf=pdf, pdf_html="", pdf_state=YearlyReport.State.DONE
    )
    return "done"


def detached_request():
    """A request for the intranet's own address: page URLs as readers see them, no filters."""
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    request = HttpRequest()
    request.GET = QueryDict()
    request.META.update(
        HTTP_HOST=base.netloc,
        SERVER_NAME=base.hostname or "localhost",
        SERVER_PORT=str(base.port or (443 if base.scheme == "https" else 80)),
    )
    if base.scheme == "https":
        request.META["wsgi.url_scheme"] = "https"
    return request


def report_content(report):
    page = report.page.specific
    rollup = build_rollup(page, detached_request())
    statuses = RecommendationStatus.values
    figures = {
        row["field"].name: dict(zip(statuses, row["cells"], strict=True))
        for row in rollup["status_rows"]
    }
    previous = (
        YearlyReport.objects.filter(page=report.page, state=YearlyReport.State.DONE)
        .exclude(pk=report.pk)
        .order_by("-finished_at")
        .first()
    )
    recommendation_groups = [
        {
            "field": section["field"].name,
            "anchor": f"field-{section['field'].pk}",
            "items": [
                {
                    "title": item.title,
                    "status": item.status_label,
                    "progress": "–" if item.progress is None else f"{item.progress} %",
                    "responsible": ", ".join(item.responsible) or "–",
                    "latest": item.history[-1][2] if item.history and item.history[-1][2] else "–",
                }
                for kind, items in section["kinds"]
                if kind == "recommendation"
                for item in items
            ],
        }
        for section in rollup["sections"]
        if section["recommendation_count"]
    ]
    return {
        "title": _("Status report on the Integrationskonzept"),
        "county": AUTHOR,
        "page_title": page.title,
        "date": timezone.localdate(),
        "figures": figures,
        "statuses": RecommendationStatus.choices,
        "figure_rows": figure_rows(figures, previous.figures if previous else None),
        "previous_date": timezone.localtime(previous.finished_at).date() if previous else None,
        "recommendation_groups": recommendation_groups,
        "conferences": conference_facts(),
        "network": network_figures(),
        "chart": rollup["chart"],
    }


def figure_rows(figures, previous):
    implemented = RecommendationStatus.IMPLEMENTED
    rows = []
    for field, counts in figures.items():
        total = sum(counts.values())
        change = None
        if previous is not None:
            before = previous.get(field, {})
            change = counts.get(implemented, 0) - before.get(implemented, 0)
        rows.append({"field": field, "counts": counts, "total": total, "change": change})
    return rows


def conference_facts():
    conferences = list(visible(ConferencePage.objects.all()).order_by("year"))
    forums = Counter()
    for conference in conferences:
        forums[conference.pk] = visible(ForumPage.objects.child_of(conference)).count()
    participants = Counter()
    for statement in visible(ResultStatementPage.objects.all()).specific():
        for conference in conferences:
            if statement.path.startswith(conference.path):
                participants[conference.pk] += statement.participant_count or 0
    referents = Counter()
    from ik_wagtail.conferences.models import ForumReferent

    for conference in conferences:
        referents[conference.pk] = (
            ForumReferent.objects.filter(
                forum__in=visible(ForumPage.objects.child_of(conference)),
                referent__in=visible(ReferentPage.objects.all()),
            )
            .values("referent")
            .distinct()
            .count()
        )
    return [
        {
            "year": conference.year,
            "title": conference.title,
            "forums": forums[conference.pk],
            "participants": participants[conference.pk],
            "referents": referents[conference.pk],
        }
        for conference in conferences
    ]


def network_figures():
    links = ActorLink.objects.all()
    pairs = {(a, b) for a, b in links.values_list("actor_a_id", "actor_b_id")}
    actors = {actor for pair in pairs for actor in pair}
    return {"actors": len(actors), "pairs": len(pairs), "links": links.count()}


# DOCX -------------------------------------------------------------------------------------------


def add_chart(document, chart):
    """The roll-up's chart as a picture with alternative text; the table that follows
    carries the same numbers."""
    add_picture(
        document,
        status_chart_png(chart),
        _("Recommendations by field of action and implementation status"),
        _("Stacked bars, one per field of action; the table below lists the same numbers."),
    )


# Of the 160 mm between the margins: the text columns get the room, the short ones what they need.
RECOMMENDATION_COLUMNS_MM = (44, 23, 14, 43, 36)
FIGURE_COLUMNS_MM = (38, *[15] * len(RecommendationStatus), 17, 30)


def report_docx(content):
    document = new_document(f"{content['title']} – {content['page_title']}", content["page_title"])
    add_title_block(
        document, content["title"], subtitle=content["page_title"], as_of=content["date"]
    )
    add_table_of_contents(document)

    statuses = content["statuses"]
    document.add_heading(_("Recommendations by field of action and status"), level=1)
    if content["chart"]["bars"]:
        add_chart(document, content["chart"])
    if content["previous_date"]:
        document.add_paragraph(
            _(
                "The last column shows how many more recommendations are implemented than in "
                "the report of %(date)s."
            )
            % {"date": formats.date_format(content["previous_date"], "SHORT_DATE_FORMAT")}
        )
    add_table(
        document,
        [
            _("Field of action"),
            *[label for _value, label in statuses],
            _("Total"),
            _("Implemented since the last report"),
        ],
        [
            [
                row["field"],
                *[row["counts"][value] for value, _label in statuses],
                row["total"],
                "–" if row["change"] is None else f"{row['change']:+d}",
            ]
            for row in content["figure_rows"]
        ],
        FIGURE_COLUMNS_MM,
    )

    document.add_heading(_("All recommendations"), level=1)
    for group in content["recommendation_groups"]:
        document.add_heading(clean(group["field"]), level=2)
        add_table(
            document,
            [
                _("Recommendation"),
                _("Implementation status"),
                _("Progress"),
                _("Responsible actors"),
                _("Latest approved report"),
            ],
            [
                [r["title"], r["status"], r["progress"], r["responsible"], r["latest"]]
                for r in group["items"]
            ],
            RECOMMENDATION_COLUMNS_MM,
        )

    document.add_heading(_("Conferences"), level=1)
    add_table(
        document,
        [_("Year"), _("Conference"), _("Forums"), _("Participants"), _("Referents")],
        [
            [c["year"], c["title"], c["forums"], c["participants"], c["referents"]]
            for c in content["conferences"]
        ],
        (20, 80, 20, 20, 20),
    )

    document.add_heading(_("Network of the actors"), level=1)
    network = content["network"]
    document.add_paragraph(
        _(
            "%(actors)s actors know each other through shared forums and projects: %(pairs)s pairs "
            "of actors, %(links)s shared forums and projects in all."
        )
        % network
    )
    return document_bytes(document)


# PDF --------------------------------------------------------------------------------------------


def report_html(content):
    return render_to_string("ik_followup/yearly_report_pdf.html", content)


def html_to_pdf(html):
    import weasyprint

    return weasyprint.HTML(string=html, url_fetcher=refuse_fetch).write_pdf()
