"""The good-practice criteria the library starts with, seeded by a data migration.

They follow the criteria German good-practice databases use (e.g. the Kooperationsverbund
Gesundheitliche Chancengleichheit and the integration databases of the Länder): a project is
"good practice" when it shows these qualities, not merely because it exists.
"""

GOOD_PRACTICE_CRITERIA = [
    (
        "zielgruppenbezug",
        "Zielgruppenbezug",
        "Das Projekt richtet sich an eine klar beschriebene Zielgruppe und an deren Bedarfe.",
    ),
    (
        "niedrigschwelligkeit",
        "Niedrigschwelligkeit",
        "Der Zugang ist einfach: kostenfrei oder günstig, gut erreichbar, ohne Voraussetzungen, "
        "bei Bedarf mehrsprachig.",
    ),
    (
        "partizipation",
        "Partizipation",
        "Die Teilnehmenden wirken an Planung, Umsetzung und Weiterentwicklung mit.",
    ),
    (
        "vernetzung",
        "Vernetzung",
        "Das Projekt arbeitet mit anderen Akteuren zusammen und nutzt vorhandene Angebote.",
    ),
    (
        "nachhaltigkeit",
        "Nachhaltigkeit",
        "Das Angebot ist auf Dauer angelegt oder in Regelstrukturen verankert.",
    ),
    (
        "uebertragbarkeit",
        "Übertragbarkeit",
        "Idee und Vorgehen lassen sich auf andere Kommunen oder Träger übertragen.",
    ),
    (
        "dokumentation-evaluation",
        "Dokumentation/Evaluation",
        "Ziele, Vorgehen und Wirkung sind dokumentiert und werden überprüft.",
    ),
]


def seed_good_practice_criteria(apps):
    """Create or refresh the seeded criteria by slug; criteria the KI added stay untouched."""
    GoodPracticeCriterion = apps.get_model("ik_projects", "GoodPracticeCriterion")
    for position, (slug, name, description) in enumerate(GOOD_PRACTICE_CRITERIA, start=1):
        GoodPracticeCriterion.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": position * 10},
        )
    return f"{len(GOOD_PRACTICE_CRITERIA)} Kriterien"
