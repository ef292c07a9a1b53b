"""POST data for the Wagtail page editor, one builder per page type.

Built with Wagtail's own form-data helpers, so the tests post exactly what the editor sends.
"""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

NO_COMMENTS = {"comments": inline_formset([])}


def conference_index_form(title="Integrationskonferenzen", slug="konferenzen"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": rich_text("<p>Alle Jahre.</p>"),
            **NO_COMMENTS,
        }
    )


def referent_index_form(title="Referent*innen", slug="referenten"):
    return nested_form_data(
        {"title": title, "slug": slug, "introduction": rich_text(""), **NO_COMMENTS}
    )


def actor_directory_form(title="Akteure", slug="akteure"):
    return nested_form_data({"title": title, "slug": slug, "introduction": "", **NO_COMMENTS})


def conference_form(year=2027, lead_theme="Sprache und Teilhabe", **overrides):
    data = {
        "title": f"Integrationskonferenz {year}",
        "slug": f"integrationskonferenz-{year}",
        "year": year,
        "lead_theme": lead_theme,
        "date": f"{year}-09-23",
        "starts_at": "09:00",
        "ends_at": "16:00",
        "venue_name": "Kreishaus Heinsberg",
        "venue_address": "Valkenburger Straße 45\n52525 Heinsberg",
        "lead_actor": "",
        "introduction": rich_text("<p>Willkommen.</p>"),
        "programme": streamfield(
            [
                (
                    "agenda_item",
                    {
                        "starts_at": "09:00",
                        "ends_at": "",
                        "title": "Begrüßung",
                        "text": "",
                        "forum": "",
                    },
                )
            ]
        ),
        "documents": inline_formset([]),
        **NO_COMMENTS,
    }
    data.update(overrides)
    return nested_form_data(data)


def forum_form(title="Forum Sprache", field_of_action=None, **overrides):
    data = {
        "title": title,
        "slug": "forum-sprache",
        "number": 1,
        "field_of_action": field_of_action.pk if field_of_action else "",
        "guiding_question": "Wie erreichen wir Mütter mit kleinen Kindern?",
        "description": rich_text(""),
        "starts_at": "11:00",
        "ends_at": "12:30",
        "room": "Saal A",
        "capacity": 25,
        "moderators": inline_formset([]),
        "forum_referents": inline_formset([]),
        "participants": inline_formset([]),
        **NO_COMMENTS,
    }
    data.update(overrides)
    return nested_form_data(data)


def referent_form(title="Dr. Lea Beispiel", **overrides):
    data = {
        "title": title,
        "slug": "lea-beispiel",
        "academic_title": "",
        "last_name": "Beispiel",
        "function": "Sprachkursträgerin",
        "organisation": "",
        "expertise": "Sprache, Kita",
        "biography": rich_text("<p>Leitet seit zehn Jahren Integrationskurse.</p>"),
        "photo": "",
        "email": "lea@example.invalid",
        "phone": "",
        **NO_COMMENTS,
    }
    data.update(overrides)
    return nested_form_data(data)


def result_statement_form(blocks=None, **overrides):
    if blocks is None:
        blocks = [
            ("finding", {"field_of_action": "", "text": "Sprachcafés wirken."}),
            (
                "recommendation",
                {
                    "field_of_action": "",
                    "title": "Kinderbetreuung",
                    "text": "Parallel zu den Kursen anbieten.",
                    "responsible_actors": streamfield([]),
                    "priority": "high",
                    "time_horizon": "short",
                },
            ),
        ]
    data = {
        "title": "Ergebnisse Forum Sprache",
        "slug": "ergebnisse",
        "summary": "Drei Empfehlungen.",
        "participant_count": 18,
        "results": streamfield(blocks),
        **NO_COMMENTS,
    }
    data.update(overrides)
    return nested_form_data(data)
