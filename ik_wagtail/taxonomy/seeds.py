"""The county's starting vocabularies (Kreis Heinsberg), seeded by a data migration.

The first five fields of action are the forum topics the council motion of 8 Dec 2019 names;
the rest complete the usual structure of a municipal Integrationskonzept.
"""

FIELDS_OF_ACTION = [
    ("sprache", "Sprache", "Spracherwerb, Sprachkurse, Sprachcafés und Sprachmittlung."),
    (
        "werte-und-zusammenleben",
        "Werte und Zusammenleben",
        "Wertevermittlung, Demokratiebildung, Begegnung und Nachbarschaft.",
    ),
    (
        "bildung-und-ausbildung",
        "Bildung und Ausbildung",
        "Kita, Schule, Berufsorientierung und Ausbildung.",
    ),
    ("arbeit", "Arbeit", "Integration in Arbeit, Anerkennung von Abschlüssen, Fachkräfte."),
    (
        "bleibeperspektive-und-aufenthalt",
        "Bleibeperspektive und Aufenthalt",
        "Aufenthaltsrecht, Bleibeperspektiven und Beratung.",
    ),
    (
        "teilhabe-sport-und-kultur",
        "Gesellschaftliche Teilhabe, Sport und Kultur",
        "Sport, Kultur, Ehrenamt und politische Teilhabe.",
    ),
    ("gesundheit", "Gesundheit", "Gesundheitsversorgung, psychosoziale Beratung und Prävention."),
    ("wohnen", "Wohnen", "Wohnraum, Unterbringung und Wohnumfeld."),
]

# (slug, name, kind) — the ten towns and municipalities of the county plus county-wide work.
MUNICIPALITIES = [
    ("erkelenz", "Erkelenz", "town"),
    ("gangelt", "Gangelt", "municipality"),
    ("geilenkirchen", "Geilenkirchen", "town"),
    ("heinsberg", "Heinsberg", "town"),
    ("hueckelhoven", "Hückelhoven", "town"),
    ("selfkant", "Selfkant", "municipality"),
    ("uebach-palenberg", "Übach-Palenberg", "town"),
    ("waldfeucht", "Waldfeucht", "municipality"),
    ("wassenberg", "Wassenberg", "town"),
    ("wegberg", "Wegberg", "town"),
    ("kreisweit", "kreisweit", "county"),
]

TARGET_GROUPS = [
    ("gefluechtete", "Geflüchtete"),
    ("neuzugewanderte", "Neuzugewanderte"),
    ("kinder", "Kinder"),
    ("jugendliche", "Jugendliche"),
    ("junge-erwachsene", "Junge Erwachsene"),
    ("frauen", "Frauen"),
    ("familien-und-eltern", "Familien und Eltern"),
    ("aeltere-menschen", "Ältere Menschen"),
    ("menschen-mit-behinderung", "Menschen mit Behinderung"),
    ("ehrenamtliche", "Ehrenamtliche"),
    ("fachkraefte", "Fachkräfte und Hauptamtliche"),
    ("arbeitgeber", "Arbeitgeber"),
]


def seed_taxonomies(apps):
    """Create or refresh the seeded terms by slug; terms the KI added stay untouched.

    Takes an app registry so that the data migration (historical models) and the demo command
    (current models) share it. It only writes fields that exist since the first migration.
    """
    FieldOfAction = apps.get_model("ik_taxonomy", "FieldOfAction")
    Municipality = apps.get_model("ik_taxonomy", "Municipality")
    TargetGroup = apps.get_model("ik_taxonomy", "TargetGroup")

    for position, (slug, name, description) in enumerate(FIELDS_OF_ACTION, start=1):
        FieldOfAction.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": position * 10},
        )
    for position, (slug, name, kind) in enumerate(MUNICIPALITIES, start=1):
        Municipality.objects.update_or_create(
            slug=slug, defaults={"name": name, "kind": kind, "sort_order": position * 10}
        )
    for position, (slug, name) in enumerate(TARGET_GROUPS, start=1):
        TargetGroup.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": position * 10}
        )
    return (
        f"{len(FIELDS_OF_ACTION)} Handlungsfelder, {len(MUNICIPALITIES)} Kommunen, "
        f"{len(TARGET_GROUPS)} Zielgruppen"
    )
