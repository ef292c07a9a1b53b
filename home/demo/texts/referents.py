"""Demo referents: invented people; ``organisation`` is the slug of one of the demo actors."""

REFERENTS = [
    {
        "slug": "hanna-vondenhoff",
        "title": "Hanna Vondenhoff",
        "academic_title": "Dr.",
        "last_name": "Vondenhoff",
        "function": "Fachbereichsleitung Deutsch als Zweitsprache",
        "organisation": "bildungswerk-rur-maas",
        "expertise": ["Integrationskurs", "Berufssprachkurs", "Deutsch als Zweitsprache"],
        "biography": (
            "<p>Hanna Vondenhoff hat über Zweitspracherwerb bei Erwachsenen promoviert und "
            "leitet seit 2018 die Sprachkurse des Bildungswerks Rur-Maas. Sie hat Teilzeitkurse "
            "mit paralleler Kinderbetreuung aufgebaut und bildet Lehrkräfte für berufsbezogenes "
            "Deutsch fort.</p>"
        ),
        "email": "h.vondenhoff@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "leyla-karaca",
        "title": "Leyla Karaca",
        "last_name": "Karaca",
        "function": "Koordinatorin des Sprachmittlerpools",
        "organisation": "sozialwerk-heinsberger-land",
        "expertise": ["Sprachmittlung", "Ehrenamtskoordination"],
        "biography": (
            "<p>Leyla Karaca ist Sozialarbeiterin und koordiniert den kreisweiten "
            "Sprachmittlerpool. Sie schult ehrenamtliche Sprachmittlerinnen und Sprachmittler "
            "für Einsätze in Schulen, Arztpraxen und Behörden.</p>"
        ),
        "email": "l.karaca@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "thomas-hensen",
        "title": "Thomas Hensen",
        "last_name": "Hensen",
        "function": "Teamleiter Arbeitgeberservice",
        "organisation": "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
        "expertise": ["Fachkräftesicherung", "Arbeitgeberservice", "Anerkennung"],
        "biography": (
            "<p>Thomas Hensen berät seit vielen Jahren Betriebe im Kreis Heinsberg bei der "
            "Besetzung offener Stellen. Sein Schwerpunkt ist die Beschäftigung von Fachkräften "
            "mit ausländischen Berufsabschlüssen.</p>"
        ),
        "email": "t.hensen@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "sabine-roeben",
        "title": "Sabine Roeben",
        "last_name": "Roeben",
        "function": "Case Managerin im Kommunalen Integrationsmanagement",
        "organisation": "kommunales-integrationszentrum-kreis-heinsberg",
        "expertise": ["KIM", "Case Management", "rechtskreisübergreifende Zusammenarbeit"],
        "biography": (
            "<p>Sabine Roeben arbeitet im KIM-Fallmanagement des Kommunalen "
            "Integrationszentrums. Sie bringt Jobcenter, Sozialamt, Ausländerbehörde und "
            "Beratungsstellen an einen Tisch, wenn ein Fall mehrere Zuständigkeiten berührt.</p>"
        ),
        "email": "s.roeben@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "martin-classen",
        "title": "Martin Claßen",
        "last_name": "Claßen",
        "function": "Ausbildungsberater",
        "organisation": "kreishandwerkerschaft-heinsberg",
        "expertise": ["Ausbildung", "Handwerk", "Mentoring"],
        "biography": (
            "<p>Martin Claßen ist Elektromeister und berät Innungsbetriebe zu allen Fragen der "
            "Ausbildung. Er hat das Mentoring-Programm für Auszubildende mit Fluchtgeschichte "
            "in der Kreishandwerkerschaft mit aufgebaut.</p>"
        ),
        "email": "m.classen@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "nadia-haddad",
        "title": "Nadia Haddad",
        "last_name": "Haddad",
        "function": "Vorsitzende",
        "organisation": "syrisch-deutscher-kulturverein-heinsberg",
        "expertise": ["Elternarbeit", "Migrantenorganisationen"],
        "biography": (
            "<p>Nadia Haddad kam 2015 nach Heinsberg und arbeitet heute als Erzieherin. Im "
            "Syrisch-Deutschen Kulturverein organisiert sie Elternabende zum Schulsystem und "
            "vermittelt zwischen Familien und Schulen.</p>"
        ),
        "email": "n.haddad@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "juergen-schmitz",
        "title": "Jürgen Schmitz",
        "last_name": "Schmitz",
        "function": "Sachgebietsleiter Aufenthaltsrecht",
        "organisation": "auslaenderbehoerde-des-kreises-heinsberg",
        "expertise": ["Ausbildungsduldung", "Beschäftigungsduldung", "Chancen-Aufenthaltsrecht"],
        "biography": (
            "<p>Jürgen Schmitz leitet das Sachgebiet Aufenthaltsrecht der Ausländerbehörde. "
            "Er erläutert regelmäßig vor Betrieben und Beratungsstellen, welche Wege von der "
            "Duldung in eine Aufenthaltserlaubnis führen.</p>"
        ),
        "email": "j.schmitz@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "elif-sahin",
        "title": "Elif Şahin",
        "academic_title": "Dr.",
        "last_name": "Şahin",
        "function": "Leiterin der Migrationsberatung",
        "organisation": "wohlfahrtsverband-rur-wurm",
        "expertise": ["Migrationsberatung", "interkulturelle Öffnung", "Demokratiebildung"],
        "biography": (
            "<p>Elif Şahin ist Soziologin und leitet die Migrationsberatung des "
            "Wohlfahrtsverbands Rur-Wurm. Sie moderiert Gesprächsformate zu Werten und "
            "Zusammenleben in Schulen, Vereinen und Gemeinden.</p>"
        ),
        "email": "e.sahin@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "birgit-jansen",
        "title": "Birgit Jansen",
        "last_name": "Jansen",
        "function": "Koordinatorin für den Seiteneinstieg",
        "organisation": "schulamt-fuer-den-kreis-heinsberg",
        "expertise": ["Seiteneinstieg", "Deutsch als Zweitsprache", "Schule"],
        "biography": (
            "<p>Birgit Jansen war zwölf Jahre Lehrerin für Deutsch als Zweitsprache an einer "
            "Hauptschule. Im Schulamt koordiniert sie heute die Schulplatzvergabe und "
            "Sprachfördergruppen für neu zugewanderte Kinder und Jugendliche.</p>"
        ),
        "email": "b.jansen@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "olena-kovalenko",
        "title": "Olena Kovalenko",
        "last_name": "Kovalenko",
        "function": "Vorsitzende",
        "organisation": "ukrainische-gemeinschaft-geilenkirchen",
        "expertise": ["Selbsthilfe", "Anerkennung"],
        "biography": (
            "<p>Olena Kovalenko ist Bauingenieurin und lebt seit 2022 in Geilenkirchen. Sie hat "
            "die Ukrainische Gemeinschaft mitgegründet und berät Landsleute ehrenamtlich zur "
            "Anerkennung ihrer Abschlüsse.</p>"
        ),
        "email": "o.kovalenko@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "frank-mertens",
        "title": "Frank Mertens",
        "last_name": "Mertens",
        "function": "Vorsitzender und Übungsleiter",
        "organisation": "djk-rurauen-heinsberg",
        "expertise": ["Integration durch Sport", "Vereinsarbeit"],
        "biography": (
            "<p>Frank Mertens trainiert seit zwanzig Jahren Jugendmannschaften. Unter seinem "
            "Vorsitz ist die DJK Rurauen Integrationsstützpunktverein geworden und hat "
            "Beitragspatenschaften eingeführt.</p>"
        ),
        "email": "f.mertens@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "andrea-wilms",
        "title": "Andrea Wilms",
        "last_name": "Wilms",
        "function": "Personalleiterin",
        "organisation": "rurtal-logistik",
        "expertise": ["Deutsch am Arbeitsplatz", "Ausbildung", "Onboarding"],
        "biography": (
            "<p>Andrea Wilms verantwortet Personal und Ausbildung bei Rurtal Logistik. Sie hat "
            "Sprachpatenschaften im Betrieb eingeführt und berichtet offen, was dabei "
            "funktioniert hat und was nicht.</p>"
        ),
        "email": "a.wilms@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "christoph-thelen",
        "title": "Christoph Thelen",
        "last_name": "Thelen",
        "function": "Pfarrer",
        "organisation": "evangelische-kirchengemeinde-an-der-rur",
        "expertise": ["interreligiöser Dialog", "Ehrenamt", "Nachbarschaft"],
        "biography": (
            "<p>Christoph Thelen ist Pfarrer der Evangelischen Kirchengemeinde an der Rur. Er "
            "hat den interreligiösen Gesprächskreis in Heinsberg mitbegründet und engagiert "
            "sich in der Begleitung Ehrenamtlicher.</p>"
        ),
        "email": "c.thelen@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "kerstin-frenken",
        "title": "Kerstin Frenken",
        "last_name": "Frenken",
        "function": "Projektleiterin „Durchstarten in Ausbildung und Arbeit“",
        "organisation": "berufsbildungszentrum-erkelenzer-land",
        "expertise": ["Durchstarten in Ausbildung und Arbeit", "Berufsorientierung", "Coaching"],
        "biography": (
            "<p>Kerstin Frenken leitet die Angebote des Berufsbildungszentrums in der "
            "Landesinitiative „Durchstarten in Ausbildung und Arbeit“. Sie begleitet junge "
            "Erwachsene ohne Schul- oder Berufsabschluss vom Coaching bis in den Betrieb.</p>"
        ),
        "email": "k.frenken@example.invalid",
        "contact_consent": False,
    },
]
