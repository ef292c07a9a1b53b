"""Integrationskonferenz 2025 (invented): lead theme "Sprache und Teilhabe"."""

from datetime import date, time

from .actors import INTEGRATION_CENTRE_SLUG as KI
from .results import finding, good_practice, open_question, quote, recommendation

CONFERENCE_2025 = {
    "year": 2025,
    "slug": "integrationskonferenz-2025",
    "title": "Integrationskonferenz 2025",
    "lead_theme": "Sprache und Teilhabe",
    "lead_theme_fields": ["sprache", "teilhabe-sport-und-kultur"],
    "date": date(2025, 10, 16),
    "starts_at": time(9, 30),
    "ends_at": time(16, 0),
    "venue_name": "Begegnungszentrum Alte Weberei",
    "venue_address": "Am Webereiplatz 3\n41836 Hückelhoven",
    "search_description": (
        "Integrationskonferenz 2025 des Kreises Heinsberg zum Leitthema Sprache und Teilhabe: "
        "sechs Foren, Ergebnisse und Empfehlungen."
    ),
    "introduction": (
        "<p>Sprache ist der Schlüssel zum Miteinander. Die Integrationskonferenz 2025 fragte "
        "unter dem Leitthema „Sprache und Teilhabe“, wie Menschen im Kreis Heinsberg Deutsch "
        "lernen, wenn Kurs, Arbeit und Familie gleichzeitig Zeit fordern, und wie Kita, "
        "Schule, Sport und Kultur Teilhabe ermöglichen.</p>"
        "<p>Die Konferenz hat auch nachgesehen, was aus den Empfehlungen von 2024 geworden "
        "ist: Die ersten Sprachkurse mit Kinderbetreuung laufen bereits.</p>"
    ),
    "programme": [
        {
            "starts_at": time(9, 30),
            "ends_at": time(9, 50),
            "title": "Begrüßung durch den Landrat",
            "text": "Grußwort und Rückblick auf die Empfehlungen der Konferenz 2024.",
        },
        {
            "starts_at": time(9, 50),
            "ends_at": time(10, 20),
            "title": "Impulsvortrag: Sprache öffnet Türen",
            "text": "Was Erwachsene zum Deutschlernen brauchen, und was sie davon abhält.",
        },
        {"starts_at": time(10, 30), "ends_at": time(12, 0), "forum": "forum-1-kita-und-schule"},
        {"starts_at": time(10, 30), "ends_at": time(12, 0), "forum": "forum-2-sprache-im-alltag"},
        {"starts_at": time(10, 30), "ends_at": time(12, 0), "forum": "forum-3-sprachmittlung"},
        {
            "starts_at": time(12, 0),
            "ends_at": time(13, 0),
            "title": "Mittagspause",
            "text": "Mittagsimbiss, zubereitet vom Frauentreff des Afghanischen Familienvereins.",
        },
        {
            "starts_at": time(13, 0),
            "ends_at": time(14, 30),
            "forum": "forum-4-werte-und-zusammenleben",
        },
        {"starts_at": time(13, 0), "ends_at": time(14, 30), "forum": "forum-5-sport-und-kultur"},
        {
            "starts_at": time(13, 0),
            "ends_at": time(14, 30),
            "forum": "forum-6-deutsch-am-arbeitsplatz",
        },
        {
            "starts_at": time(14, 45),
            "ends_at": time(15, 30),
            "title": "Vorstellung der Ergebnisse",
            "text": "Kurzberichte aus allen Foren und Fragen aus dem Plenum.",
        },
        {
            "starts_at": time(15, 30),
            "ends_at": time(16, 0),
            "title": "Ausklang und Infostände",
            "text": "Sprachcafés, Vereine und Beratungsstellen stellen sich vor.",
        },
    ],
    "invitations": [
        (KI, "attended"),
        ("schulamt-fuer-den-kreis-heinsberg", "attended"),
        ("kreis-heinsberg-amt-fuer-kinder-jugend-und-familie", "attended"),
        ("gesundheitsamt-des-kreises-heinsberg", "attended"),
        ("jobcenter-kreis-heinsberg", "attended"),
        ("agentur-fuer-arbeit-geschaeftsstelle-heinsberg", "declined"),
        ("stadt-erkelenz-amt-fuer-soziales-und-integration", "attended"),
        ("stadt-geilenkirchen-fachbereich-bildung-und-soziales", "declined"),
        ("bildungswerk-rur-maas", "attended"),
        ("sprach-und-integrationsschule-grenzland", "attended"),
        ("sozialwerk-heinsberger-land", "attended"),
        ("familienhilfe-erkelenzer-boerde", "attended"),
        ("wohlfahrtsverband-rur-wurm", "attended"),
        ("sprachcafe-hueckelhoven", "attended"),
        ("sprachcafe-wortwechsel-wassenberg", "attended"),
        ("evangelische-kirchengemeinde-an-der-rur", "attended"),
        ("katholische-pfarrei-christus-koenig-selfkant", "declined"),
        ("syrisch-deutscher-kulturverein-heinsberg", "attended"),
        ("afghanischer-frauen-und-familienverein-erkelenz", "attended"),
        ("kreissportbund-heinsberg", "attended"),
    ],
    "forums": [
        {
            "slug": "forum-1-kita-und-schule",
            "number": 1,
            "title": "Früh Deutsch lernen: Kita und Schule",
            "field_of_action": "bildung-und-ausbildung",
            "guiding_question": (
                "Wie begleiten Kita und Schule Kinder und Jugendliche, die ohne "
                "Deutschkenntnisse in den Kreis kommen?"
            ),
            "description": (
                "<p>Vom Warten auf den Schulplatz bis zum Elternabend: Schulamt, Jugendamt, "
                "Familienzentren und Elternvereine tauschen sich aus, was Kindern und Eltern in "
                "den ersten Monaten hilft.</p>"
            ),
            "starts_at": time(10, 30),
            "ends_at": time(12, 0),
            "room": "Saal Kettbaum",
            "capacity": 30,
            "moderators": ["moderation.bildung"],
            "referents": [
                ("birgit-jansen", "Seiteneinstieg im Kreis: Wege in die Regelklasse"),
                ("nadia-haddad", "Eltern als Partner: Elternabende in der Herkunftssprache"),
            ],
            "participants": [
                KI,
                "schulamt-fuer-den-kreis-heinsberg",
                "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
                "familienhilfe-erkelenzer-boerde",
                "syrisch-deutscher-kulturverein-heinsberg",
                "islamische-gemeinde-wurmtal",
                "renate-offermanns",
                "stadt-geilenkirchen-fachbereich-bildung-und-soziales",
            ],
            "result": {
                "title": "Ergebnisse Forum 1: Früh Deutsch lernen",
                "summary": (
                    "Die Zeit bis zum ersten Schultag ist zu lang und zu leer. Das Forum "
                    "empfiehlt Brückengruppen bis zum Schulplatz und Elternabende mit "
                    "Sprachmittlung."
                ),
                "participant_count": 26,
                "results": [
                    finding(
                        "Neu zugewanderte Kinder warten im Kreis oft mehrere Wochen auf einen "
                        "Schulplatz, nach einem Zuzug in den Sommerferien noch länger. In dieser "
                        "Zeit gehen Sprachkenntnisse und Tagesstruktur verloren."
                    ),
                    recommendation(
                        "Brückengruppen bis zum Schulplatz",
                        "Schulamt, Jugendamt und Familienzentren richten in Heinsberg, Erkelenz "
                        "und Geilenkirchen Brückengruppen ein, die Kinder bis zum ersten Schultag "
                        "mit Sprachspielen und einem festen Tagesablauf begleiten.",
                        [
                            "schulamt-fuer-den-kreis-heinsberg",
                            "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
                            "familienhilfe-erkelenzer-boerde",
                        ],
                        "high",
                        "short",
                    ),
                    recommendation(
                        "Elternabende in den Herkunftssprachen",
                        "Schulen laden zu Beginn des Schuljahres zu Elternabenden mit "
                        "Sprachmittlung ein. Migrantenorganisationen helfen bei Einladung und "
                        "Moderation, der Sprachmittlerpool stellt Dolmetschende.",
                        [
                            "syrisch-deutscher-kulturverein-heinsberg",
                            "sozialwerk-heinsberger-land",
                            "schulamt-fuer-den-kreis-heinsberg",
                        ],
                        "medium",
                        "short",
                    ),
                    good_practice(
                        "Lesepatenschaften in Wassenberg",
                        "Ehrenamtliche lesen samstags mit Kindern im Gemeindehaus. Die "
                        "Grundschulen empfehlen das Angebot in Elterngesprächen.",
                        "https://ev-kirche-an-der-rur.example/lesepaten",
                        project="lesepatenschaften-in-wassenberg",
                    ),
                    open_question(
                        "Wie erreichen wir Familien, deren Kinder keine Kita besuchen, bevor die "
                        "Kinder eingeschult werden?"
                    ),
                    quote(
                        "Meine Tochter spricht nach einem Jahr Kita besser Deutsch als ich. Jetzt "
                        "übersetzt sie beim Elternabend, und das ist nicht richtig so.",
                        "Mutter, Erkelenz",
                        field="sprache",
                    ),
                ],
            },
        },
        {
            "slug": "forum-2-sprache-im-alltag",
            "number": 2,
            "title": "Sprache im Alltag",
            "field_of_action": "sprache",
            "guiding_question": (
                "Wie lernen Erwachsene Deutsch, wenn Kurs, Arbeit und Familie gleichzeitig Zeit "
                "fordern?"
            ),
            "description": (
                "<p>Integrationskurse, Sprachcafés, Lerngruppen: Das Angebot ist groß, aber "
                "nicht für alle erreichbar. Das Forum sucht nach Lücken, vor allem für Eltern, "
                "Berufstätige und Menschen im ländlichen Raum.</p>"
            ),
            "starts_at": time(10, 30),
            "ends_at": time(12, 0),
            "room": "Saal Spindel",
            "capacity": 40,
            "moderators": ["moderation.sprache"],
            "referents": [
                (
                    "hanna-vondenhoff",
                    "Teilzeitkurse mit Kinderbetreuung: Bilanz nach dem ersten Jahr",
                ),
            ],
            "participants": [
                KI,
                "bildungswerk-rur-maas",
                "sprach-und-integrationsschule-grenzland",
                "sprachcafe-hueckelhoven",
                "sprachcafe-wortwechsel-wassenberg",
                "afghanischer-frauen-und-familienverein-erkelenz",
                "ukrainische-gemeinschaft-geilenkirchen",
                "familienhilfe-erkelenzer-boerde",
                "evangelische-kirchengemeinde-an-der-rur",
                "jobcenter-kreis-heinsberg",
            ],
            "result": {
                "title": "Ergebnisse Forum 2: Sprache im Alltag",
                "summary": (
                    "Die Kinderbetreuung während der Sprachkurse wirkt und soll in den Südkreis. "
                    "Sprachcafés wollen Anfängerinnen und Anfänger besser erreichen, und alle "
                    "Angebote sollen in einer Übersicht zu finden sein."
                ),
                "participant_count": 37,
                "results": [
                    finding(
                        "Seit dem Frühjahr 2025 gibt es in Heinsberg und Erkelenz Teilzeitkurse "
                        "mit Kinderbetreuung, wie es die Konferenz 2024 empfohlen hat. In diesen "
                        "Kursen brechen deutlich weniger Teilnehmende ab als in Kursen ohne "
                        "Betreuung."
                    ),
                    finding(
                        "Sprachcafés erreichen vor allem Menschen, die schon gut Deutsch sprechen. "
                        "Anfängerinnen und Anfänger trauen sich seltener hinein."
                    ),
                    recommendation(
                        "Kinderbetreuung parallel zu Sprachkursen im Südkreis",
                        "Das Modell aus Heinsberg und Erkelenz wird auf Geilenkirchen und "
                        "Übach-Palenberg übertragen. Die Kursträger melden ihren Bedarf an "
                        "Betreuungsplätzen vor der Kursplanung im Frühjahr an das Jugendamt.",
                        [
                            "sprach-und-integrationsschule-grenzland",
                            "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
                            KI,
                        ],
                        "high",
                        "short",
                    ),
                    recommendation(
                        "Einsteigerrunden in Sprachcafés",
                        "Sprachcafés bieten eine eigene Runde für Anfängerinnen und Anfänger mit "
                        "Bildkarten und festen Gesprächspatenschaften an. Das KI stellt Material "
                        "bereit und vernetzt die Sprachcafés untereinander.",
                        [
                            "sprachcafe-hueckelhoven",
                            "sprachcafe-wortwechsel-wassenberg",
                            KI,
                        ],
                        "medium",
                        "short",
                    ),
                    recommendation(
                        "Kreisweite Übersicht der Lernangebote",
                        "Das KI veröffentlicht eine Übersicht aller Sprachkurse, Sprachcafés und "
                        "Lerngruppen im Kreis, in einfacher Sprache und mehrsprachig, gedruckt "
                        "und online.",
                        [KI],
                        "medium",
                        "short",
                    ),
                    good_practice(
                        "Sprachcafé Hückelhoven",
                        "Offenes Angebot jeden Montag, ohne Anmeldung. Ehrenamtliche und "
                        "Lernende sitzen an Thementischen zu Arztbesuch, Einkaufen und Arbeit.",
                        project="sprachcafe-hueckelhoven",
                    ),
                    open_question(
                        "Wer übernimmt die Fahrtkosten zu Kursen im ländlichen Raum, wenn die "
                        "Busse aus dem Selfkant und aus Waldfeucht nicht zu den Kurszeiten "
                        "fahren?"
                    ),
                    quote(
                        "Im Sprachcafé darf ich Fehler machen. Im Kurs habe ich Angst vor der "
                        "Prüfung.",
                        "Teilnehmerin des Sprachcafés Hückelhoven",
                    ),
                ],
            },
        },
        {
            "slug": "forum-3-sprachmittlung",
            "number": 3,
            "title": "Sprachmittlung: verstehen, wo es darauf ankommt",
            "field_of_action": "gesundheit",
            "guiding_question": (
                "Wie stellen wir sicher, dass Menschen beim Arzt, in der Beratung und im Amt "
                "verstanden werden?"
            ),
            "description": (
                "<p>Wenn Kinder für ihre Eltern übersetzen, geht vieles schief. Das Forum "
                "beschäftigt sich mit dem Sprachmittlerpool, Videodolmetschen und der Frage, "
                "wer die Kosten trägt.</p>"
            ),
            "starts_at": time(10, 30),
            "ends_at": time(12, 0),
            "room": "Werkstattraum",
            "capacity": 20,
            "moderators": ["moderation.aufenthalt"],
            "referents": [
                ("leyla-karaca", "Der Sprachmittlerpool: 22 Sprachen, 60 Ehrenamtliche"),
            ],
            "participants": [
                KI,
                "sozialwerk-heinsberger-land",
                "gesundheitsamt-des-kreises-heinsberg",
                "afghanischer-frauen-und-familienverein-erkelenz",
                "wohlfahrtsverband-rur-wurm",
                "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
                "syrisch-deutscher-kulturverein-heinsberg",
            ],
            "result": {
                "title": "Ergebnisse Forum 3: Sprachmittlung",
                "summary": (
                    "Kinder dürfen nicht länger für ihre Eltern dolmetschen müssen. Das Forum "
                    "empfiehlt, den Sprachmittlerpool dauerhaft zu finanzieren und Praxen "
                    "gezielt auf ihn hinzuweisen."
                ),
                "participant_count": 18,
                "results": [
                    finding(
                        "Im Gesundheitswesen übersetzen häufig Kinder für ihre Eltern, auch bei "
                        "schweren Diagnosen. Das überfordert die Kinder und führt zu "
                        "Missverständnissen in der Behandlung."
                    ),
                    recommendation(
                        "Sprachmittlerpool verstetigen und erweitern",
                        "Der kreisweite Sprachmittlerpool erhält eine dauerhafte Finanzierung. "
                        "Praxen, Schulen und Beratungsstellen fragen Einsätze über ein einfaches "
                        "Formular an; Videodolmetschen ergänzt die Einsätze vor Ort.",
                        [
                            "sozialwerk-heinsberger-land",
                            KI,
                            "gesundheitsamt-des-kreises-heinsberg",
                        ],
                        "high",
                        "medium",
                        field="sprache",
                    ),
                    recommendation(
                        "Keine Kinder als Dolmetscher",
                        "Gesundheitsamt und Jugendamt empfehlen Praxen und Einrichtungen "
                        "gemeinsam, Kinder nicht als Sprachmittler einzusetzen, und nennen darin "
                        "die Wege zum Sprachmittlerpool.",
                        [
                            "gesundheitsamt-des-kreises-heinsberg",
                            "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
                        ],
                        "medium",
                        "short",
                    ),
                    good_practice(
                        "Sprechstunde mit Sprachmittlung im Gesundheitsamt",
                        "Der Sozialpsychiatrische Dienst bietet eine feste Sprechstunde an, zu "
                        "der Sprachmittlerinnen für Arabisch, Dari und Ukrainisch eingeplant "
                        "sind.",
                        project="sprechstunde-sprachmittlung-gesundheitsamt",
                    ),
                    open_question(
                        "Wie werden ehrenamtliche Sprachmittlerinnen und Sprachmittler bei "
                        "belastenden Einsätzen, etwa bei Traumafolgen, begleitet und geschützt?"
                    ),
                    quote(
                        "Ich war zwölf, als ich meiner Mutter im Krankenhaus ihre Diagnose "
                        "übersetzen musste. Das vergisst man nicht.",
                        "Studentin, heute ehrenamtliche Sprachmittlerin",
                    ),
                ],
            },
        },
        {
            "slug": "forum-4-werte-und-zusammenleben",
            "number": 4,
            "title": "Werte und Zusammenleben: Demokratie im Gespräch",
            "field_of_action": "werte-und-zusammenleben",
            "guiding_question": (
                "Wie sprechen wir über Werte, Rechte und Regeln so, dass Begegnung entsteht "
                "statt Belehrung?"
            ),
            "description": (
                "<p>Kirchen, Moscheegemeinde, Nachbarschaftsvereine und Beratungsstellen "
                "stellen Gesprächsformate vor und fragen, wo Begegnung im Kreis heute "
                "stattfindet.</p>"
            ),
            "starts_at": time(13, 0),
            "ends_at": time(14, 30),
            "room": "Saal Kettbaum",
            "capacity": 30,
            "moderators": ["moderation.werte"],
            "referents": [
                ("elif-sahin", "Reden statt belehren: Gesprächsformate zu Werten"),
                (
                    "christoph-thelen",
                    "Interreligiöser Gesprächskreis Heinsberg: Erfahrungen aus fünf Jahren",
                ),
            ],
            "participants": [
                "evangelische-kirchengemeinde-an-der-rur",
                "katholische-pfarrei-christus-koenig-selfkant",
                "islamische-gemeinde-wurmtal",
                "wohlfahrtsverband-rur-wurm",
                "nachbarschaftsverein-hueckelhoven-mitte",
                "syrisch-deutscher-kulturverein-heinsberg",
                "stadt-erkelenz-amt-fuer-soziales-und-integration",
                "fluechtlingshilfe-waldfeucht",
            ],
            "result": {
                "title": "Ergebnisse Forum 4: Werte und Zusammenleben",
                "summary": (
                    "Werte entstehen in Begegnung, nicht im Vortrag. Das Forum wünscht sich "
                    "offene Begegnungsorte in jeder Kommune und eine gemeinsame Gesprächsreihe "
                    "der Religionsgemeinschaften."
                ),
                "participant_count": 23,
                "results": [
                    finding(
                        "Werte lassen sich nicht in einem Kurs vermitteln, sie entstehen in "
                        "Begegnung: Wo Menschen gemeinsam etwas tun, wird über Regeln und Rechte "
                        "ganz selbstverständlich gesprochen."
                    ),
                    finding(
                        "Neu Zugewanderte erleben Ablehnung vor allem bei der Wohnungssuche. Das "
                        "untergräbt das Vertrauen in die Regeln, die ihnen im Orientierungskurs "
                        "erklärt werden.",
                        field="wohnen",
                    ),
                    recommendation(
                        "Begegnungsorte in jeder Kommune",
                        "Jede Stadt und Gemeinde benennt mindestens einen offenen Begegnungsort, "
                        "etwa ein Gemeindehaus, einen Nachbarschaftstreff oder ein Vereinsheim, "
                        "der regelmäßig für gemeinsame Aktivitäten offensteht. Das KI führt eine "
                        "Übersicht.",
                        [
                            KI,
                            "stadt-erkelenz-amt-fuer-soziales-und-integration",
                            "nachbarschaftsverein-hueckelhoven-mitte",
                        ],
                        "medium",
                        "medium",
                    ),
                    recommendation(
                        "Gesprächsreihe „Was uns wichtig ist“",
                        "Kirchen, Moscheegemeinde und Wohlfahrtsverband laden zweimal im Jahr "
                        "gemeinsam zu einem Gesprächsabend über Grundrechte im Alltag ein, jedes "
                        "Mal an einem anderen Ort im Kreis.",
                        [
                            "evangelische-kirchengemeinde-an-der-rur",
                            "islamische-gemeinde-wurmtal",
                            "wohlfahrtsverband-rur-wurm",
                        ],
                        "low",
                        "short",
                    ),
                    good_practice(
                        "Reparaturcafé im Nachbarschaftstreff Hückelhoven",
                        "Einmal im Monat reparieren Alteingesessene und Neuzugewanderte gemeinsam "
                        "Fahrräder und Elektrogeräte. Aus den Begegnungen sind feste "
                        "Nachbarschaftshilfen entstanden.",
                        "https://nachbarschaft-hueckelhoven.example",
                        project="reparaturcafe-nachbarschaftstreff-hueckelhoven",
                    ),
                    open_question(
                        "Wie sprechen wir über Antisemitismus und Rassismus, ohne ganze Gruppen "
                        "unter Verdacht zu stellen?"
                    ),
                    quote(
                        "Über Gleichberechtigung haben wir im Orientierungskurs gesprochen. "
                        "Verstanden habe ich sie, als meine Frau Trainerin im Verein wurde.",
                        "Teilnehmer, Übach-Palenberg",
                    ),
                ],
            },
        },
        {
            "slug": "forum-5-sport-und-kultur",
            "number": 5,
            "title": "Teilhabe durch Sport und Kultur",
            "field_of_action": "teilhabe-sport-und-kultur",
            "guiding_question": (
                "Wie werden Sportvereine und Kulturangebote zu Orten, an denen Deutsch ganz "
                "nebenbei gelernt wird?"
            ),
            "description": (
                "<p>Der Verein ist oft der erste Ort, an dem Kinder Freundschaften schließen. "
                "Das Forum fragt, wie Beiträge, Ausrüstung und Fahrten niemanden "
                "ausschließen.</p>"
            ),
            "starts_at": time(13, 0),
            "ends_at": time(14, 30),
            "room": "Galerie",
            "capacity": 25,
            "moderators": ["moderation.teilhabe"],
            "referents": [
                (
                    "frank-mertens",
                    "Beitragspatenschaften: Wie ein Verein allen Kindern den Zugang öffnet",
                ),
            ],
            "participants": [
                "kreissportbund-heinsberg",
                "djk-rurauen-heinsberg",
                "sc-wurmtal-uebach-palenberg",
                "tv-selfkant-grenzland",
                "katholische-pfarrei-christus-koenig-selfkant",
                "arbeitskreis-asyl-gangelt",
                "ukrainische-gemeinschaft-geilenkirchen",
            ],
            "result": {
                "title": "Ergebnisse Forum 5: Teilhabe durch Sport und Kultur",
                "summary": (
                    "Im Verein lernen Kinder Deutsch nebenbei, doch Kosten halten Familien fern. "
                    "Das Forum empfiehlt kreisweite Vereinsbeitrag-Patenschaften und einfachere "
                    "Anträge auf Bildung und Teilhabe."
                ),
                "participant_count": 20,
                "results": [
                    finding(
                        "Im Verein lernen Kinder und Jugendliche Deutsch nebenbei. Jahresbeitrag, "
                        "Sportkleidung und Fahrten zu Auswärtsspielen sind für viele Familien "
                        "aber eine Hürde, obwohl ihnen Leistungen für Bildung und Teilhabe "
                        "zustehen."
                    ),
                    recommendation(
                        "Vereinsbeitrag-Patenschaften kreisweit",
                        "Nach dem Vorbild der DJK Rurauen vermittelt der Kreissportbund "
                        "Patenschaften für Vereinsbeiträge. Betriebe und Serviceclubs aus dem "
                        "Ort werden als Patinnen und Paten angesprochen.",
                        [
                            "kreissportbund-heinsberg",
                            "djk-rurauen-heinsberg",
                            "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                        ],
                        "high",
                        "short",
                    ),
                    recommendation(
                        "Bildung und Teilhabe einfacher beantragen",
                        "Vereine erhalten ein Merkblatt und eine feste Ansprechperson, um "
                        "Leistungen für Bildung und Teilhabe direkt mit Jobcenter oder Sozialamt "
                        "abzurechnen.",
                        [
                            "jobcenter-kreis-heinsberg",
                            "sozialamt-des-kreises-heinsberg",
                            "kreissportbund-heinsberg",
                        ],
                        "medium",
                        "short",
                    ),
                    good_practice(
                        "Schwimmkurse für Frauen",
                        "Die DJK Rurauen bietet mit Übungsleiterinnen Schwimmkurse für Frauen zu "
                        "festen Zeiten im geschlossenen Bad an. Die Kurse sind regelmäßig "
                        "ausgebucht.",
                        field="gesundheit",
                        project="schwimmkurse-fuer-frauen-djk",
                    ),
                    open_question(
                        "Wie können Musikschule, Bücherei und Theater ähnlich niedrigschwellig "
                        "werden wie der Sport?"
                    ),
                    quote(
                        "Mein Sohn hat im Verein seinen ersten deutschen Freund gefunden. Seitdem "
                        "spricht er zu Hause Deutsch mit seiner Schwester.",
                        "Mutter, Selfkant",
                    ),
                ],
            },
        },
        {
            "slug": "forum-6-deutsch-am-arbeitsplatz",
            "number": 6,
            "title": "Deutsch am Arbeitsplatz",
            "field_of_action": "arbeit",
            "guiding_question": (
                "Wie gelingt berufsbegleitendes Deutschlernen in kleinen und mittleren Betrieben?"
            ),
            "description": (
                "<p>Viele Geflüchtete arbeiten heute früher als noch vor wenigen Jahren, oft mit "
                "Sprachniveau A2. Betriebe und Bildungsträger suchen gemeinsam nach Lernwegen, "
                "die zum Schichtplan passen.</p>"
            ),
            "starts_at": time(13, 0),
            "ends_at": time(14, 30),
            "room": "Saal Spindel",
            "capacity": 30,
            "moderators": ["moderation.arbeit"],
            "referents": [
                ("andrea-wilms", "Sprachpaten im Betrieb: zwei Jahre später"),
                ("thomas-hensen", "Job-Turbo und berufsbegleitende Sprachförderung"),
            ],
            "participants": [
                "rurtal-logistik",
                "janssen-soehne-metallbau",
                "pflegedienst-gute-hand",
                "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
                "jobcenter-kreis-heinsberg",
                "bildungswerk-rur-maas",
                "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                "kreishandwerkerschaft-heinsberg",
            ],
            "result": {
                "title": "Ergebnisse Forum 6: Deutsch am Arbeitsplatz",
                "summary": (
                    "Wer früh arbeitet, muss neben der Arbeit weiterlernen können. Das Forum "
                    "empfiehlt Berufssprachkurse im Betrieb und mehr Sprachpatenschaften."
                ),
                "participant_count": 25,
                "results": [
                    finding(
                        "Seit dem Job-Turbo nehmen viele Geflüchtete früher eine Arbeit auf, oft "
                        "mit Sprachniveau A2. Das Deutschlernen muss dann neben der Arbeit "
                        "weitergehen, was in Schichtbetrieben kaum organisiert ist."
                    ),
                    finding(
                        "Einige Beschäftigte mit Duldung fürchten, mit einem Stellenwechsel ihre "
                        "Beschäftigungserlaubnis zu verlieren, und bleiben deshalb in "
                        "Helfertätigkeiten.",
                        field="bleibeperspektive-und-aufenthalt",
                    ),
                    recommendation(
                        "Berufssprachkurse im Betrieb",
                        "Bildungsträger bieten Berufssprachkurse direkt in Betrieben oder "
                        "Gewerbegebieten an, abgestimmt auf die Schichtpläne. Die "
                        "Wirtschaftsförderung bündelt den Bedarf kleiner Betriebe, damit Kurse "
                        "zustande kommen.",
                        [
                            "bildungswerk-rur-maas",
                            "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                            "jobcenter-kreis-heinsberg",
                        ],
                        "high",
                        "medium",
                    ),
                    recommendation(
                        "Sprachpatenschaften in Betrieben verbreiten",
                        "Kreishandwerkerschaft und Wirtschaftsförderung stellen das Modell der "
                        "Sprachpatenschaften in ihren Netzwerken vor und bieten eine halbtägige "
                        "Schulung für Patinnen und Paten an.",
                        [
                            "kreishandwerkerschaft-heinsberg",
                            "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                        ],
                        "medium",
                        "short",
                        field="sprache",
                    ),
                    good_practice(
                        "Sprachpatenschaften bei Rurtal Logistik, zwei Jahre später",
                        "18 Beschäftigte haben inzwischen eine Sprachpatin oder einen Sprachpaten. "
                        "Im ersten Beschäftigungsjahr kündigen deutlich weniger neue Kolleginnen "
                        "und Kollegen als vorher.",
                        project="sprachpatenschaften-bei-rurtal-logistik",
                    ),
                    open_question(
                        "Wie können Betriebe Lernzeit während der Arbeitszeit ermöglichen, ohne "
                        "dass kleine Betriebe dabei benachteiligt sind?"
                    ),
                    quote(
                        "Ich verstehe jetzt die Sicherheitsunterweisung. Vorher habe ich nur "
                        "genickt.",
                        "Beschäftigter im Lager, Heinsberg",
                    ),
                ],
            },
        },
    ],
}
