"""Shorthands for the result blocks of the demo forums.

Each returns a ``(block_type, value)`` pair in the shape of ``ResultStreamBlock``, with actors
and fields of action still named by slug; the conference step resolves the slugs to objects.
``field`` overrides the forum's field of action; most blocks leave it empty.
"""


def finding(text, field=None):
    return ("finding", {"text": text, "field_of_action": field})


def recommendation(title, text, actors, priority, horizon, field=None):
    return (
        "recommendation",
        {
            "title": title,
            "text": text,
            "responsible_actors": actors,
            "priority": priority,
            "time_horizon": horizon,
            "field_of_action": field,
        },
    )


def open_question(question, field=None):
    return ("open_question", {"question": question, "field_of_action": field})


def good_practice(title, text, link="", field=None, project=None):
    """``project`` is the slug of a demo project of the library (``texts/projects.py``)."""
    return (
        "good_practice",
        {"title": title, "text": text, "link": link, "field_of_action": field, "project": project},
    )


def quote(text, attribution, field=None):
    return ("quote", {"quote": text, "attribution": attribution, "field_of_action": field})
