"""Integrationskonferenz 2024: the county held it on 19 Sep 2024 in the Festhalle Oberbruch.

Date and venue are the real ones; forums, people and results are invented for the demo.
"""

from datetime import date, time

from .actors import INTEGRATION_CENTRE_SLUG as KI
from .results import finding, good_practice, open_question, quote, recommendation

CONFERENCE_2024 = {
    "year": 2024,
    "slug": "integrationskonferenz-2024",
    "title": "Integrationskonferenz 2024",
    "lead_theme": "Integration in Ausbildung und Arbeit",
    "lead_theme_fields": ["bildung-und-ausbildung", "arbeit"],
    "date": date(2024, 9, 19),
    "starts_at": time(9, 0),
    "ends_at": time(16, 0),
    "venue_name": "Festhalle Oberbruch",
    "venue_address": "52525 Heinsberg-Oberbruch",
    "search_description": (
        "Integrationskonferenz 2024 des Kreises Heinsberg: sechs Foren zur Integration in "
        "Ausbildung und Arbeit, mit Ergebnissen und Empfehlungen."
    ),
    "introduction": (
        "<p>Die Integrationskonferenz 2024 stand unter dem Leitthema „Integration in Ausbildung "
        "und Arbeit“. Haupt- und Ehrenamtliche aus Verwaltung, Betrieben, Verbänden, Kirchen, "
        "Vereinen und Initiativen haben in sechs Foren erarbeitet, wie junge Geflüchtete und "
        "zugewanderte Fachkräfte im Kreis Heinsberg schneller in Ausbildung und Arbeit "
        "ankommen.</p>"
        "<p>Die Ergebnisse der Foren fließen in die Fortschreibung des Integrationskonzepts "
        "ein.</p>"
    ),
    "programme": [
        {
            "starts_at": time(9, 0),
            "ends_at": time(9, 30),
            "title": "Ankommen, Anmeldung und Infostände",
            "text": "Akteure aus dem ganzen Kreis stellen sich an Infoständen im Foyer vor.",
        },
        {
            "starts_at": time(9, 30),
            "ends_at": time(9, 50),
            "title": "Begrüßung durch den Landrat",
            "text": "Grußwort und Einführung in das Leitthema.",
        },
        {
            "starts_at": time(9, 50),
            "ends_at": time(10, 30),
            "title": "Impulsvortrag: Fachkräfte gewinnen, Menschen halten",
            "text": (
                "Wie Integration in Ausbildung und Arbeit im Kreis Heinsberg gelingt: Zahlen, "
                "Wege und offene Baustellen."
            ),
        },
        {"starts_at": time(10, 45), "ends_at": time(12, 15), "forum": "forum-1-sprache"},
        {"starts_at": time(10, 45), "ends_at": time(12, 15), "forum": "forum-2-ausbildung"},
        {"starts_at": time(10, 45), "ends_at": time(12, 15), "forum": "forum-3-arbeit"},
        {
            "starts_at": time(12, 15),
            "ends_at": time(13, 15),
            "title": "Mittagspause",
            "text": "Imbiss im Foyer, Zeit für Gespräche an den Infoständen.",
        },
        {
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "forum": "forum-4-bleibeperspektive",
        },
        {
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "forum": "forum-5-vielfalt-im-betrieb",
        },
        {"starts_at": time(13, 15), "ends_at": time(14, 45), "forum": "forum-6-sport-und-ehrenamt"},
        {
            "starts_at": time(15, 0),
            "ends_at": time(15, 45),
            "title": "Vorstellung der Ergebnisse",
            "text": "Die Moderatorinnen und Moderatoren stellen die wichtigsten Empfehlungen vor.",
        },
        {
            "starts_at": time(15, 45),
            "ends_at": time(16, 0),
            "title": "Ausklang und Infostände",
        },
    ],
    "invitations": [
        (KI, "attended"),
        ("jobcenter-kreis-heinsberg", "attended"),
        ("agentur-fuer-arbeit-geschaeftsstelle-heinsberg", "attended"),
        ("auslaenderbehoerde-des-kreises-heinsberg", "attended"),
        ("sozialamt-des-kreises-heinsberg", "attended"),
        ("schulamt-fuer-den-kreis-heinsberg", "declined"),
        ("kreishandwerkerschaft-heinsberg", "attended"),
        ("wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg", "attended"),
        ("janssen-soehne-metallbau", "attended"),
        ("rurtal-logistik", "attended"),
        ("pflegedienst-gute-hand", "attended"),
        ("elektro-baumanns", "attended"),
        ("wohlfahrtsverband-rur-wurm", "attended"),
        ("sozialwerk-heinsberger-land", "declined"),
        ("bildungswerk-rur-maas", "attended"),
        ("sprach-und-integrationsschule-grenzland", "attended"),
        ("berufsbildungszentrum-erkelenzer-land", "attended"),
        ("kreissportbund-heinsberg", "attended"),
        ("djk-rurauen-heinsberg", "attended"),
        ("islamische-gemeinde-wurmtal", "attended"),
        ("ukrainische-gemeinschaft-geilenkirchen", "attended"),
        ("patenschaftsnetz-wegberg", "declined"),
    ],
    "forums": [
        {
            "slug": "forum-1-sprache",
            "number": 1,
            "title": "Sprache als Schlüssel zum Beruf",
            "field_of_action": "sprache",
            "guiding_question": (
                "Wie kommen Neuzugewanderte vom Integrationskurs zu dem Deutsch, das im Betrieb "
                "gebraucht wird?"
            ),
            "description": (
                "<p>Zwischen dem B1-Zertifikat und der Fachsprache am Arbeitsplatz liegt oft "
                "ein weiter Weg. Das Forum sucht nach Wegen, wie Kurse, Betriebe und Ehrenamt "
                "das Deutschlernen gemeinsam begleiten.</p>"
            ),
            "starts_at": time(10, 45),
            "ends_at": time(12, 15),
            "room": "Clubraum",
            "capacity": 30,
            "moderators": ["moderation.sprache"],
            "referents": [
                (
                    "hanna-vondenhoff",
                    "Vom B1-Zertifikat zur Fachsprache: Berufssprachkurse im Kreis",
                ),
                ("andrea-wilms", "Sprachpaten im Lager: Erfahrungen aus einem Logistikbetrieb"),
            ],
            "participants": [
                KI,
                "bildungswerk-rur-maas",
                "sprach-und-integrationsschule-grenzland",
                "jobcenter-kreis-heinsberg",
                "rurtal-logistik",
                "sprachcafe-hueckelhoven",
                "ukrainische-gemeinschaft-geilenkirchen",
                "familienhilfe-erkelenzer-boerde",
            ],
            "result": {
                "title": "Ergebnisse Forum 1: Sprache als Schlüssel zum Beruf",
                "summary": (
                    "Deutschlernen und Arbeiten müssen besser ineinandergreifen: Das Forum "
                    "empfiehlt Kinderbetreuung während der Sprachkurse, Berufssprachkurse ohne "
                    "Wartezeit und Sprachpatenschaften in Betrieben."
                ),
                "participant_count": 24,
                "results": [
                    finding(
                        "Viele Teilnehmende erreichen im Integrationskurs das Niveau B1, brauchen "
                        "im Betrieb aber einen Fachwortschatz, den der Kurs nicht vermittelt. "
                        "Zwischen Kursende und Beginn eines Berufssprachkurses vergehen oft "
                        "mehrere Monate."
                    ),
                    finding(
                        "Mütter kleiner Kinder brechen Sprachkurse besonders häufig ab, weil es "
                        "keine Betreuung gibt. Kurse mit Kinderbetreuung am Vormittag gibt es im "
                        "Kreis bisher kaum."
                    ),
                    recommendation(
                        "Kinderbetreuung parallel zu Sprachkursen",
                        "Kursträger, Familienzentren und das Jugendamt richten an mindestens "
                        "zwei Kursorten eine verlässliche Kinderbetreuung während der Kurszeiten "
                        "ein. Die Finanzierung aus Kursmitteln und kommunalen Mitteln wird "
                        "gemeinsam geprüft.",
                        [
                            "bildungswerk-rur-maas",
                            "familienhilfe-erkelenzer-boerde",
                            "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
                        ],
                        "high",
                        "short",
                    ),
                    recommendation(
                        "Berufssprachkurse ohne Wartezeit anschließen",
                        "Jobcenter, Agentur für Arbeit und Kursträger stimmen ihre Kursplanung so "
                        "ab, dass auf jeden Integrationskurs innerhalb von acht Wochen ein "
                        "Berufssprachkurs folgen kann, auch in Teilzeit und am Abend.",
                        [
                            "jobcenter-kreis-heinsberg",
                            "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
                            "bildungswerk-rur-maas",
                        ],
                        "high",
                        "medium",
                        field="arbeit",
                    ),
                    good_practice(
                        "Sprachpatenschaften bei Rurtal Logistik",
                        "Erfahrene Beschäftigte begleiten neue Kolleginnen und Kollegen in den "
                        "ersten sechs Monaten. Die Schichtleitung plant dafür eine Stunde pro "
                        "Woche ein.",
                        project="sprachpatenschaften-bei-rurtal-logistik",
                    ),
                    open_question(
                        "Wer übernimmt die Fahrtkosten zu Kursen, wenn im Selfkant oder in "
                        "Waldfeucht kein eigener Kurs zustande kommt?"
                    ),
                    quote(
                        "Im Kurs habe ich gelernt, wie man einen Arzttermin macht. Aber niemand "
                        "hat mir gesagt, was ein Staplerschein ist.",
                        "Teilnehmer eines Integrationskurses, Heinsberg",
                    ),
                ],
            },
        },
        {
            "slug": "forum-2-ausbildung",
            "number": 2,
            "title": "Ausbildung gelingt gemeinsam",
            "field_of_action": "bildung-und-ausbildung",
            "guiding_question": (
                "Wie bleiben junge Geflüchtete in der Ausbildung, von der Berufsorientierung "
                "bis zur Abschlussprüfung?"
            ),
            "description": (
                "<p>Betriebe, Kammern, Berufsschulen und Ehrenamtliche berichten, was "
                "Ausbildungsabbrüche verhindert. Im Mittelpunkt stehen Mentoring und die "
                "Landesinitiative „Durchstarten in Ausbildung und Arbeit“.</p>"
            ),
            "starts_at": time(10, 45),
            "ends_at": time(12, 15),
            "room": "Großer Saal, Bereich A",
            "capacity": 35,
            "moderators": ["moderation.bildung"],
            "referents": [
                (
                    "kerstin-frenken",
                    "Durchstarten in Ausbildung und Arbeit: Was im ersten Jahr gelungen ist",
                ),
                ("martin-classen", "Mentoring für Auszubildende im Handwerk"),
            ],
            "participants": [
                KI,
                "kreishandwerkerschaft-heinsberg",
                "janssen-soehne-metallbau",
                "elektro-baumanns",
                "berufsbildungszentrum-erkelenzer-land",
                "jobcenter-kreis-heinsberg",
                "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
                "patenschaftsnetz-wegberg",
            ],
            "result": {
                "title": "Ergebnisse Forum 2: Ausbildung gelingt gemeinsam",
                "summary": (
                    "Ausbildungen scheitern selten am Fachlichen. Das Forum empfiehlt ein "
                    "Mentoring für alle Auszubildenden mit Fluchtgeschichte, die es wünschen, "
                    "und früh einsetzende ausbildungsbegleitende Hilfen."
                ),
                "participant_count": 31,
                "results": [
                    finding(
                        "Die meisten Ausbildungsabbrüche geschehen im ersten Lehrjahr und haben "
                        "selten fachliche Gründe: Berufsschulsprache, Prüfungsangst, "
                        "Wohnungsprobleme und Sorgen um den Aufenthalt wirken zusammen."
                    ),
                    finding(
                        "Unsicherheit über den Aufenthalt belastet viele Auszubildende. Betriebe "
                        "wissen oft nicht, dass eine Ausbildungsduldung beantragt werden kann, "
                        "und verlieren dadurch motivierte Nachwuchskräfte.",
                        field="bleibeperspektive-und-aufenthalt",
                    ),
                    recommendation(
                        "Mentoring für Auszubildende ausbauen",
                        "Alle Auszubildenden mit Fluchtgeschichte, die es wünschen, erhalten ab "
                        "Ausbildungsbeginn eine ehrenamtliche Mentorin oder einen Mentor aus dem "
                        "Handwerk oder dem Patenschaftsnetz. Die Kreishandwerkerschaft "
                        "koordiniert die Vermittlung, das KI schult die Mentorinnen und Mentoren.",
                        ["kreishandwerkerschaft-heinsberg", "patenschaftsnetz-wegberg", KI],
                        "high",
                        "short",
                    ),
                    recommendation(
                        "Ausbildungsbegleitende Hilfen früh anbieten",
                        "Betriebe werden schon bei Vertragsabschluss auf die Assistierte "
                        "Ausbildung und ausbildungsbegleitenden Nachhilfeunterricht hingewiesen, "
                        "nicht erst, wenn die Zwischenprüfung gefährdet ist.",
                        ["agentur-fuer-arbeit-geschaeftsstelle-heinsberg"],
                        "medium",
                        "short",
                    ),
                    good_practice(
                        "Durchstarten in Ausbildung und Arbeit",
                        "Die Landesinitiative finanziert Beratung und Coaching für junge "
                        "Erwachsene ohne Schul- oder Berufsabschluss. Im Kreis arbeiten "
                        "Jobcenter, KI und Berufsbildungszentrum dabei eng zusammen.",
                        project="durchstarten-coaching-kreis-heinsberg",
                    ),
                    open_question(
                        "Wie kann die Berufsschule Fachtexte sprachsensibel aufbereiten, ohne die "
                        "Anforderungen der Abschlussprüfung zu senken?"
                    ),
                    quote(
                        "Mein Mentor ruft mich vor jeder Klassenarbeit an. Dass sich jemand "
                        "kümmert, hat mir geholfen, nicht aufzugeben.",
                        "Auszubildender im Metallbau, 2. Lehrjahr",
                    ),
                ],
            },
        },
        {
            "slug": "forum-3-arbeit",
            "number": 3,
            "title": "Arbeit und Anerkennung",
            "field_of_action": "arbeit",
            "guiding_question": (
                "Wie werden ausländische Abschlüsse schneller anerkannt, und wie finden Betriebe "
                "die Fachkräfte, die schon im Kreis leben?"
            ),
            "description": (
                "<p>Pflegekräfte, Ingenieurinnen, Handwerker: Viele Zugewanderte bringen "
                "Qualifikationen mit, die im Betrieb gebraucht werden. Das Forum fragt, wo das "
                "Anerkennungsverfahren hakt und wie Betriebe und Fachkräfte zusammenfinden.</p>"
            ),
            "starts_at": time(10, 45),
            "ends_at": time(12, 15),
            "room": "Großer Saal, Bereich B",
            "capacity": 35,
            "moderators": ["moderation.arbeit"],
            "referents": [
                ("thomas-hensen", "Fachkräfte im Kreis Heinsberg: Zahlen, Wege, Förderungen"),
                ("olena-kovalenko", "Ingenieurin ohne Anerkennung: ein Erfahrungsbericht"),
            ],
            "participants": [
                KI,
                "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
                "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                "jobcenter-kreis-heinsberg",
                "pflegedienst-gute-hand",
                "janssen-soehne-metallbau",
                "rurtal-logistik",
                "ukrainische-gemeinschaft-geilenkirchen",
                "afghanischer-frauen-und-familienverein-erkelenz",
            ],
            "result": {
                "title": "Ergebnisse Forum 3: Arbeit und Anerkennung",
                "summary": (
                    "Anerkennungsverfahren dauern zu lange, und Betriebe kennen die Fachkräfte "
                    "vor Ort zu wenig. Das Forum schlägt eine Lotsenstelle für die Anerkennung "
                    "und ein regelmäßiges Unternehmerfrühstück vor."
                ),
                "participant_count": 28,
                "results": [
                    finding(
                        "Anerkennungsverfahren dauern oft länger als ein Jahr. In dieser Zeit "
                        "arbeiten viele Fachkräfte unter ihrer Qualifikation, etwa "
                        "Pflegefachkräfte als Hilfskräfte."
                    ),
                    finding(
                        "Betriebe zeigen sich offener beim Sprachniveau als erwartet: Für viele "
                        "Tätigkeiten reicht B1, wenn im Betrieb weitergelernt wird.",
                        field="sprache",
                    ),
                    recommendation(
                        "Lotsenstelle für die Anerkennung ausländischer Abschlüsse",
                        "Eine feste Anlaufstelle im Kreis berät zu Anerkennungsverfahren, hilft "
                        "bei Anträgen und Übersetzungen und vermittelt Anpassungsqualifizierungen. "
                        "Agentur für Arbeit, Jobcenter und KI bündeln dafür ihre Beratung.",
                        [
                            "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
                            "jobcenter-kreis-heinsberg",
                            KI,
                        ],
                        "high",
                        "medium",
                    ),
                    recommendation(
                        "Unternehmerfrühstück „Fachkräfte mit Zuwanderungsgeschichte“",
                        "Die Wirtschaftsförderung lädt zweimal im Jahr Betriebe, den "
                        "Arbeitgeberservice und Migrantenorganisationen zu einem "
                        "Unternehmerfrühstück ein, bei dem sich Bewerberinnen und Bewerber "
                        "direkt vorstellen.",
                        [
                            "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                            "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
                        ],
                        "medium",
                        "short",
                    ),
                    good_practice(
                        "Anerkennungsbegleitung im Pflegedienst Gute Hand",
                        "Der Pflegedienst stellt Pflegekräfte aus dem Ausland als Assistenzkräfte "
                        "ein, stellt sie für die Anpassungsqualifizierung frei und übernimmt sie "
                        "nach der Anerkennung als Fachkräfte.",
                        project="anerkennungsbegleitung-pflegedienst-gute-hand",
                    ),
                    open_question(
                        "Wie lassen sich Teilqualifikationen sichtbar machen, wenn eine "
                        "vollständige Anerkennung nicht möglich ist?"
                    ),
                    quote(
                        "Ich habe in Charkiw Brücken geplant. Hier hat es zwei Jahre gedauert, "
                        "bis jemand meine Unterlagen überhaupt gelesen hat.",
                        "Bauingenieurin aus der Ukraine, Geilenkirchen",
                    ),
                ],
            },
        },
        {
            "slug": "forum-4-bleibeperspektive",
            "number": 4,
            "title": "Bleibeperspektive und Beschäftigung",
            "field_of_action": "bleibeperspektive-und-aufenthalt",
            "guiding_question": (
                "Welche aufenthaltsrechtlichen Wege führen in Ausbildung und Arbeit, und wie "
                "erfahren Betroffene und Betriebe rechtzeitig davon?"
            ),
            "description": (
                "<p>Ausbildungsduldung, Beschäftigungsduldung, Chancen-Aufenthaltsrecht: Die "
                "Wege sind da, werden aber oft zu spät genutzt. Ausländerbehörde, Beratung und "
                "Betriebe suchen gemeinsam nach besseren Abläufen.</p>"
            ),
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "room": "Clubraum",
            "capacity": 30,
            "moderators": ["moderation.aufenthalt"],
            "referents": [
                (
                    "juergen-schmitz",
                    "Ausbildungsduldung, Beschäftigungsduldung, Chancen-Aufenthaltsrecht: "
                    "ein Überblick",
                ),
                ("sabine-roeben", "KIM-Fallmanagement: wenn viele Stellen zuständig sind"),
            ],
            "participants": [
                KI,
                "auslaenderbehoerde-des-kreises-heinsberg",
                "sozialamt-des-kreises-heinsberg",
                "jobcenter-kreis-heinsberg",
                "wohlfahrtsverband-rur-wurm",
                "kreishandwerkerschaft-heinsberg",
                "fluechtlingshilfe-waldfeucht",
                "syrisch-deutscher-kulturverein-heinsberg",
            ],
            "result": {
                "title": "Ergebnisse Forum 4: Bleibeperspektive und Beschäftigung",
                "summary": (
                    "Wer die aufenthaltsrechtlichen Wege kennt, nutzt sie auch. Das Forum "
                    "empfiehlt eine gemeinsame Sprechstunde zu Ausbildungs- und "
                    "Beschäftigungsduldung und das KIM-Fallmanagement bei jedem "
                    "Ausbildungsbeginn."
                ),
                "participant_count": 22,
                "results": [
                    finding(
                        "Viele Geduldete kennen die Voraussetzungen der Ausbildungs- und der "
                        "Beschäftigungsduldung nicht, oder erst, wenn Fristen verstrichen sind. "
                        "Auch Betriebe erfahren oft zu spät, dass eine Einstellung möglich "
                        "gewesen wäre."
                    ),
                    recommendation(
                        "Beratung zu Ausbildungs- und Beschäftigungsduldung bündeln",
                        "Ausländerbehörde, Flüchtlingsberatung und KIM bieten eine gemeinsame "
                        "monatliche Sprechstunde für Betroffene und Betriebe an. Ein "
                        "zweisprachiges Merkblatt erklärt Voraussetzungen und Fristen.",
                        [
                            "auslaenderbehoerde-des-kreises-heinsberg",
                            "wohlfahrtsverband-rur-wurm",
                            KI,
                        ],
                        "high",
                        "short",
                    ),
                    recommendation(
                        "KIM-Fallmanagement bei Ausbildungsbeginn",
                        "Bei jedem Ausbildungsvertrag einer geduldeten Person wird das "
                        "KIM-Fallmanagement eingeschaltet, damit Beschäftigungserlaubnis, "
                        "Leistungen und Wohnsitz ohne Lücken geklärt werden.",
                        [
                            KI,
                            "auslaenderbehoerde-des-kreises-heinsberg",
                            "sozialamt-des-kreises-heinsberg",
                            "jobcenter-kreis-heinsberg",
                        ],
                        "medium",
                        "medium",
                    ),
                    good_practice(
                        "Sprechtage „Aufenthalt und Arbeit“",
                        "Im Frühjahr 2024 haben Ausländerbehörde und Wohlfahrtsverband Rur-Wurm "
                        "drei gemeinsame Sprechtage erprobt: 41 Beratungen, davon 17 gemeinsam "
                        "mit Arbeitgebern.",
                        project="sprechtage-aufenthalt-und-arbeit",
                    ),
                    open_question(
                        "Wie können Ehrenamtliche verlässlich zu Aufenthaltsfragen informieren, "
                        "ohne unerlaubte Rechtsberatung zu leisten?"
                    ),
                    quote(
                        "Wir hätten ihn sofort eingestellt. Aber bis wir wussten, was wir "
                        "beantragen müssen, war er schon in einem anderen Kreis.",
                        "Inhaber eines Handwerksbetriebs",
                    ),
                ],
            },
        },
        {
            "slug": "forum-5-vielfalt-im-betrieb",
            "number": 5,
            "title": "Vielfalt im Betrieb",
            "field_of_action": "werte-und-zusammenleben",
            "guiding_question": (
                "Was hilft Teams, in denen Menschen aus vielen Ländern zusammenarbeiten, und was "
                "hilft gegen Vorurteile im Betriebsalltag?"
            ),
            "description": (
                "<p>Pünktlichkeit, Hierarchie, Humor: Im Betrieb treffen unterschiedliche "
                "Erwartungen aufeinander. Das Forum sammelt, was Teams und Ausbildenden im "
                "Alltag hilft.</p>"
            ),
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "room": "Foyer",
            "capacity": 25,
            "moderators": ["moderation.werte"],
            "referents": [
                ("elif-sahin", "Werte im Arbeitsalltag: Pünktlichkeit, Hierarchie, Humor"),
            ],
            "participants": [
                "wohlfahrtsverband-rur-wurm",
                "janssen-soehne-metallbau",
                "rurtal-logistik",
                "pflegedienst-gute-hand",
                "islamische-gemeinde-wurmtal",
                "evangelische-kirchengemeinde-an-der-rur",
                "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
            ],
            "result": {
                "title": "Ergebnisse Forum 5: Vielfalt im Betrieb",
                "summary": (
                    "Konflikte in gemischten Teams entstehen meist an Alltagsregeln. Das Forum "
                    "empfiehlt Willkommensmappen in einfacher Sprache und interkulturelle "
                    "Schulungen für Ausbildende."
                ),
                "participant_count": 19,
                "results": [
                    finding(
                        "Konflikte in gemischten Teams entstehen selten an großen Wertefragen, "
                        "sondern an Alltagsregeln: Pausen, Krankmeldung, Umgangston. Wer diese "
                        "Regeln ausdrücklich erklärt, vermeidet Missverständnisse."
                    ),
                    recommendation(
                        "Betriebliche Willkommensmappe in einfacher Sprache",
                        "Die Wirtschaftsförderung entwickelt mit Betrieben eine Vorlage, die "
                        "Hausregeln, Arbeitszeiten, Krankmeldung und Ansprechpersonen in "
                        "einfacher Sprache erklärt und die jeder Betrieb anpassen kann.",
                        [
                            "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
                            "kreishandwerkerschaft-heinsberg",
                        ],
                        "medium",
                        "short",
                    ),
                    recommendation(
                        "Interkulturelle Schulung für Ausbilderinnen und Ausbilder",
                        "Der Wohlfahrtsverband Rur-Wurm und die Kreishandwerkerschaft bieten "
                        "einmal im Jahr eine eintägige Schulung für Ausbildende an, mit "
                        "Fallbeispielen aus Betrieben im Kreis.",
                        ["wohlfahrtsverband-rur-wurm", "kreishandwerkerschaft-heinsberg"],
                        "low",
                        "medium",
                        field="bildung-und-ausbildung",
                    ),
                    open_question(
                        "Wie gehen Betriebe mit Gebetszeiten und religiösen Feiertagen um, ohne "
                        "dass Sonderregeln entstehen, die andere als ungerecht empfinden?"
                    ),
                    quote(
                        "Bei uns arbeiten Menschen aus elf Ländern. Geholfen hat, dass wir über "
                        "die Pausenregel gesprochen haben, nicht über Religion.",
                        "Schichtleiterin in einem Logistikbetrieb",
                    ),
                ],
            },
        },
        {
            "slug": "forum-6-sport-und-ehrenamt",
            "number": 6,
            "title": "Sport und Ehrenamt öffnen Türen",
            "field_of_action": "teilhabe-sport-und-kultur",
            "guiding_question": (
                "Wie können Sportvereine und Ehrenamtliche Kontakte in Ausbildung und Arbeit "
                "vermitteln?"
            ),
            "description": (
                "<p>Im Verein entstehen Kontakte, die kein Bewerbungstraining ersetzt. "
                "Integrationsstützpunktvereine und Initiativen berichten, wie daraus Praktika "
                "und Ausbildungsplätze werden.</p>"
            ),
            "starts_at": time(13, 15),
            "ends_at": time(14, 45),
            "room": "Großer Saal, Bereich A",
            "capacity": 30,
            "moderators": ["moderation.teilhabe"],
            "referents": [("frank-mertens", "Vom Trainingsplatz zum Praktikumsplatz")],
            "participants": [
                "kreissportbund-heinsberg",
                "djk-rurauen-heinsberg",
                "sc-wurmtal-uebach-palenberg",
                "tv-selfkant-grenzland",
                "nachbarschaftsverein-hueckelhoven-mitte",
                "arbeitskreis-asyl-gangelt",
                "elektro-baumanns",
            ],
            "result": {
                "title": "Ergebnisse Forum 6: Sport und Ehrenamt öffnen Türen",
                "summary": (
                    "Vereine sind Kontaktbörsen für Praktika und Ausbildung. Das Forum schlägt "
                    "Berufe-Abende in Vereinen vor und will mehr Integrationsstützpunktvereine "
                    "im Nordkreis gewinnen."
                ),
                "participant_count": 21,
                "results": [
                    finding(
                        "In Sportvereinen entstehen Kontakte zu Menschen, die Betriebe führen "
                        "oder dort arbeiten. Mehrere Praktikumsplätze im Kreis wurden über "
                        "Trainer und Mannschaftskameraden vermittelt."
                    ),
                    recommendation(
                        "Berufe-Abend im Verein",
                        "Vereine laden Betriebe aus dem Umfeld ihrer Mitglieder zu einem "
                        "Berufe-Abend ins Vereinsheim ein. Der Kreissportbund stellt eine "
                        "Checkliste bereit, die Kreishandwerkerschaft vermittelt Betriebe.",
                        ["kreissportbund-heinsberg", "kreishandwerkerschaft-heinsberg"],
                        "medium",
                        "short",
                        field="arbeit",
                    ),
                    recommendation(
                        "Integrationsstützpunktvereine im Nordkreis gewinnen",
                        "Der Kreissportbund spricht gezielt Vereine in Wassenberg, Wegberg und "
                        "Hückelhoven an und begleitet sie im ersten Jahr als "
                        "Integrationsstützpunktverein.",
                        ["kreissportbund-heinsberg"],
                        "low",
                        "medium",
                    ),
                    good_practice(
                        "Beitragspatenschaften der DJK Rurauen",
                        "Mitglieder und Betriebe aus dem Ort übernehmen den Jahresbeitrag für "
                        "Kinder aus neu zugewanderten Familien, sodass jedes Kind sofort "
                        "mittrainieren kann.",
                        project="beitragspatenschaften-djk-rurauen",
                    ),
                    open_question(
                        "Wie gewinnen Vereine Übungsleiterinnen und Übungsleiter mit "
                        "Zuwanderungsgeschichte, die selbst Vorbild sein können?"
                    ),
                    quote(
                        "Auf dem Platz ist egal, woher du kommst. Nach dem Training hat mir der "
                        "Vater eines Mitspielers ein Praktikum angeboten.",
                        "Jugendspieler, 17 Jahre",
                    ),
                ],
            },
        },
    ],
}
