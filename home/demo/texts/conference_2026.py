"""Integrationskonferenz 2026 (invented, upcoming): forums planned, no results yet."""

from datetime import date, time

from .actors import INTEGRATION_CENTRE_SLUG as KI

CONFERENCE_2026 = {
    "year": 2026,
    "slug": "integrationskonferenz-2026",
    "title": "Integrationskonferenz 2026",
    "lead_theme": "Gemeinsam vorankommen – Bleibeperspektiven und Zusammenleben",
    "lead_theme_fields": ["bleibeperspektive-und-aufenthalt", "werte-und-zusammenleben"],
    "date": date(2026, 12, 3),
    "starts_at": time(9, 0),
    "ends_at": time(15, 30),
    "venue_name": "Kreishaus Heinsberg, Großer Sitzungssaal",
    "venue_address": "Valkenburger Straße 45\n52525 Heinsberg",
    "search_description": (
        "Integrationskonferenz 2026 des Kreises Heinsberg am 3. Dezember im Kreishaus: "
        "Bleibeperspektiven und Zusammenleben, fünf Foren."
    ),
    "introduction": (
        "<p>„Gemeinsam vorankommen“: Unter diesem Leitthema lädt das Kommunale "
        "Integrationszentrum zur Integrationskonferenz 2026 ins Kreishaus ein. Im Mittelpunkt "
        "stehen Bleibeperspektiven, das Zusammenleben in Nachbarschaft und Quartier, das "
        "Ankommen in der eigenen Wohnung, Gesundheit und das Miteinander von Haupt- und "
        "Ehrenamt.</p>"
        "<p>Bitte melden Sie sich vorab für ein Forum an. Die Ergebnisse der Foren werden nach "
        "der Konferenz hier veröffentlicht.</p>"
    ),
    "programme": [
        {
            "starts_at": time(9, 0),
            "ends_at": time(9, 30),
            "title": "Ankommen und Anmeldung",
            "text": "Stehkaffee im Foyer des Kreishauses.",
        },
        {
            "starts_at": time(9, 30),
            "ends_at": time(9, 50),
            "title": "Begrüßung durch den Landrat",
            "text": (
                "Grußwort und Bericht: Was ist aus den Empfehlungen von 2024 und 2025 geworden?"
            ),
        },
        {
            "starts_at": time(9, 50),
            "ends_at": time(10, 30),
            "title": "Impulsvortrag: Bleiben dürfen, ankommen können",
            "text": "Aufenthaltsrecht und Zusammenleben im ländlichen Raum.",
        },
        {"starts_at": time(10, 45), "ends_at": time(12, 15), "forum": "forum-1-bleibeperspektiven"},
        {"starts_at": time(10, 45), "ends_at": time(12, 15), "forum": "forum-2-nachbarschaft"},
        {"starts_at": time(10, 45), "ends_at": time(12, 15), "forum": "forum-3-wohnen"},
        {"starts_at": time(12, 15), "ends_at": time(13, 15), "title": "Mittagspause"},
        {"starts_at": time(13, 15), "ends_at": time(14, 45), "forum": "forum-4-gesundheit"},
        {"starts_at": time(13, 15), "ends_at": time(14, 45), "forum": "forum-5-ehrenamt"},
        {
            "starts_at": time(14, 45),
            "ends_at": time(15, 15),
            "title": "Vorstellung der Ergebnisse",
            "text": "Die Moderatorinnen und Moderatoren berichten aus den Foren.",
        },
        {
            "starts_at": time(15, 15),
            "ends_at": time(15, 30),
            "title": "Ausklang und Infostände",
        },
    ],
    "invitations": [
        (KI, "accepted"),
        ("auslaenderbehoerde-des-kreises-heinsberg", "accepted"),
        ("sozialamt-des-kreises-heinsberg", "accepted"),
        ("jobcenter-kreis-heinsberg", "accepted"),
        ("gesundheitsamt-des-kreises-heinsberg", "accepted"),
        ("kreis-heinsberg-amt-fuer-kinder-jugend-und-familie", "invited"),
        ("stadt-erkelenz-amt-fuer-soziales-und-integration", "accepted"),
        ("stadt-geilenkirchen-fachbereich-bildung-und-soziales", "accepted"),
        ("gemeinde-gangelt-sozialamt", "invited"),
        ("wohlfahrtsverband-rur-wurm", "accepted"),
        ("sozialwerk-heinsberger-land", "accepted"),
        ("evangelische-kirchengemeinde-an-der-rur", "accepted"),
        ("katholische-pfarrei-christus-koenig-selfkant", "invited"),
        ("islamische-gemeinde-wurmtal", "accepted"),
        ("nachbarschaftsverein-hueckelhoven-mitte", "accepted"),
        ("syrisch-deutscher-kulturverein-heinsberg", "accepted"),
        ("ukrainische-gemeinschaft-geilenkirchen", "declined"),
        ("afghanischer-frauen-und-familienverein-erkelenz", "invited"),
        ("fluechtlingshilfe-waldfeucht", "accepted"),
        ("arbeitskreis-asyl-gangelt", "accepted"),
        ("patenschaftsnetz-wegberg", "declined"),
        ("kreissportbund-heinsberg", "accepted"),
        ("pflegedienst-gute-hand", "invited"),
        ("renate-offermanns", "accepted"),
    ],
    "forums": [
        {
            "slug": "forum-1-bleibeperspektiven",
            "number": 1,
            "title": "Bleibeperspektiven verstehen und nutzen",
            "field_of_action": "bleibeperspektive-und-aufenthalt",
            "guiding_question": (
                "Wie erfahren Geduldete und Gestattete früh genug von Chancen-Aufenthaltsrecht, "
                "Ausbildungs- und Beschäftigungsduldung?"
            ),
            "description": (
                "<p>Die Konferenz 2024 hat eine gemeinsame Sprechstunde zu Ausbildungs- und "
                "Beschäftigungsduldung empfohlen. Das Forum zieht Bilanz und fragt, wer heute "
                "noch durchs Raster fällt.</p>"
            ),
            "starts_at": time(10, 45),
            "ends_at": time(12, 15),
            "room": "Großer Sitzungssaal",
            "capacity": 40,
            "moderators": ["moderation.aufenthalt"],
            "referents": [
                ("juergen-schmitz", "Chancen-Aufenthaltsrecht und was danach kommt"),
                ("sabine-roeben", "Drei Jahre KIM im Kreis Heinsberg: eine Zwischenbilanz"),
            ],
            "participants": [
                KI,
                "auslaenderbehoerde-des-kreises-heinsberg",
                "sozialamt-des-kreises-heinsberg",
                "jobcenter-kreis-heinsberg",
                "wohlfahrtsverband-rur-wurm",
                "fluechtlingshilfe-waldfeucht",
            ],
        },
        {
            "slug": "forum-2-nachbarschaft",
            "number": 2,
            "title": "Nachbarschaft und Zusammenleben im Quartier",
            "field_of_action": "werte-und-zusammenleben",
            "guiding_question": (
                "Was brauchen Nachbarschaften, in denen Alteingesessene und Neuzugewanderte gut "
                "zusammenleben?"
            ),
            "description": (
                "<p>Vom Reparaturcafé bis zum Straßenfest: Das Forum sammelt, was Begegnung im "
                "Quartier trägt, und wie Konflikte früh angesprochen werden können.</p>"
            ),
            "starts_at": time(10, 45),
            "ends_at": time(12, 15),
            "room": "Sitzungsraum A",
            "capacity": 25,
            "moderators": ["moderation.werte"],
            "referents": [("christoph-thelen", "Das Gemeindehaus als Nachbarschaftsort")],
            "participants": [
                "nachbarschaftsverein-hueckelhoven-mitte",
                "stadt-erkelenz-amt-fuer-soziales-und-integration",
                "evangelische-kirchengemeinde-an-der-rur",
                "katholische-pfarrei-christus-koenig-selfkant",
                "islamische-gemeinde-wurmtal",
                "syrisch-deutscher-kulturverein-heinsberg",
            ],
        },
        {
            "slug": "forum-3-wohnen",
            "number": 3,
            "title": "Ankommen in der eigenen Wohnung",
            "field_of_action": "wohnen",
            "guiding_question": (
                "Wie gelingt der Umzug aus der Gemeinschaftsunterkunft in eine eigene Wohnung?"
            ),
            "description": (
                "<p>Bezahlbarer Wohnraum ist im ganzen Kreis knapp. Kommunen, Initiativen und "
                "Betroffene berichten, was bei der Wohnungssuche und in den ersten Monaten in "
                "der neuen Wohnung hilft.</p>"
            ),
            "starts_at": time(10, 45),
            "ends_at": time(12, 15),
            "room": "Sitzungsraum B",
            "capacity": 25,
            "moderators": ["moderation.bildung"],
            "referents": [
                (
                    "olena-kovalenko",
                    "Wohnungssuche mit Aufenthaltstitel: Erfahrungen ukrainischer Familien",
                ),
            ],
            "participants": [
                "stadt-erkelenz-amt-fuer-soziales-und-integration",
                "stadt-geilenkirchen-fachbereich-bildung-und-soziales",
                "gemeinde-gangelt-sozialamt",
                "fluechtlingshilfe-waldfeucht",
                "arbeitskreis-asyl-gangelt",
                "ukrainische-gemeinschaft-geilenkirchen",
                "sozialamt-des-kreises-heinsberg",
            ],
        },
        {
            "slug": "forum-4-gesundheit",
            "number": 4,
            "title": "Gesund ankommen",
            "field_of_action": "gesundheit",
            "guiding_question": (
                "Wie erreichen psychosoziale Beratung und Gesundheitsangebote Menschen mit "
                "Fluchtgeschichte?"
            ),
            "description": (
                "<p>Viele Geflüchtete tragen belastende Erfahrungen mit sich. Das Forum fragt, "
                "wie Beratung, Sprachmittlung und Selbsthilfe zusammenwirken können.</p>"
            ),
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "room": "Sitzungsraum A",
            "capacity": 20,
            "moderators": ["moderation.sprache"],
            "referents": [
                ("leyla-karaca", "Sprachmittlung in der psychosozialen Beratung"),
            ],
            "participants": [
                "gesundheitsamt-des-kreises-heinsberg",
                "sozialwerk-heinsberger-land",
                "afghanischer-frauen-und-familienverein-erkelenz",
                "pflegedienst-gute-hand",
                "wohlfahrtsverband-rur-wurm",
            ],
        },
        {
            "slug": "forum-5-ehrenamt",
            "number": 5,
            "title": "Haupt- und Ehrenamt im Tandem",
            "field_of_action": "teilhabe-sport-und-kultur",
            "guiding_question": (
                "Wie bleiben Ehrenamtliche motiviert, und wie arbeiten sie gut mit Behörden und "
                "Beratungsstellen zusammen?"
            ),
            "description": (
                "<p>Sprachcafés, Patenschaften und Vereine leben vom Ehrenamt. Das Forum fragt, "
                "welche Unterstützung Ehrenamtliche von hauptamtlichen Stellen brauchen und wo "
                "die Grenzen des Ehrenamts liegen.</p>"
            ),
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "room": "Großer Sitzungssaal",
            "capacity": 40,
            "moderators": ["moderation.teilhabe", "moderation.arbeit"],
            "referents": [
                ("frank-mertens", "Ehrenamt braucht Hauptamt: Erfahrungen aus dem Sportverein"),
                ("elif-sahin", "Schulungen für Ehrenamtliche: was wirklich gebraucht wird"),
            ],
            "participants": [
                KI,
                "kreissportbund-heinsberg",
                "sprachcafe-hueckelhoven",
                "sprachcafe-wortwechsel-wassenberg",
                "patenschaftsnetz-wegberg",
                "renate-offermanns",
                "katholische-pfarrei-christus-koenig-selfkant",
                "arbeitskreis-asyl-gangelt",
            ],
        },
    ],
}
