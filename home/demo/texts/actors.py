"""Demo actors: every kind of actor, spread over the ten municipalities and county-wide work.

Each entry is keyed by its slug, the stable key the demo finds it by on a second run.
Municipality and field-of-action values are the slugs of ``ik_wagtail.taxonomy.seeds``.
"""

INTEGRATION_CENTRE_SLUG = "kommunales-integrationszentrum-kreis-heinsberg"

ACTORS = [
    # Kreisverwaltung und Ämter
    {
        "slug": INTEGRATION_CENTRE_SLUG,
        "name": "Kommunales Integrationszentrum Kreis Heinsberg",
        "kind": "integration_centre",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": [
            "sprache",
            "werte-und-zusammenleben",
            "bildung-und-ausbildung",
            "arbeit",
            "bleibeperspektive-und-aufenthalt",
        ],
        "tags": ["KIM", "Koordination", "Integrationskonferenz"],
        "description": (
            "Das Kommunale Integrationszentrum koordiniert die Integrationsarbeit im Kreis und "
            "richtet die jährliche Integrationskonferenz aus. Hier ist auch das Kommunale "
            "Integrationsmanagement (KIM) mit seinem rechtskreisübergreifenden Fallmanagement "
            "angesiedelt."
        ),
        "website": "https://ki.kreis-heinsberg.example",
        "contact_person": "Claudia Mevissen",
        "email": "integrationszentrum@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "kreis-heinsberg-amt-fuer-kinder-jugend-und-familie",
        "name": "Kreis Heinsberg, Amt für Kinder, Jugend und Familie",
        "kind": "county_administration",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["bildung-und-ausbildung", "werte-und-zusammenleben"],
        "tags": ["Kita", "Familienbildung"],
        "description": (
            "Das Kreisjugendamt berät Familien, vermittelt Kita-Plätze und fördert "
            "Familienbildung. Es begleitet unbegleitete minderjährige Geflüchtete bis in die "
            "Selbstständigkeit."
        ),
        "contact_person": "Markus Dohmen",
        "email": "jugendamt@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "gesundheitsamt-des-kreises-heinsberg",
        "name": "Gesundheitsamt des Kreises Heinsberg",
        "kind": "county_administration",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["gesundheit"],
        "tags": ["Gesundheit", "psychosoziale Beratung"],
        "description": (
            "Der Sozialpsychiatrische Dienst und die Gesundheitsberatung des Gesundheitsamts "
            "bieten Sprechstunden an, auf Wunsch mit Sprachmittlung."
        ),
        "contact_person": "Dr. Ulrike Franzen",
        "email": "gesundheitsamt@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "sozialamt-des-kreises-heinsberg",
        "name": "Sozialamt des Kreises Heinsberg",
        "kind": "social_welfare_office",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["wohnen", "bleibeperspektive-und-aufenthalt"],
        "tags": ["Asylbewerberleistungen", "KIM"],
        "description": (
            "Das Sozialamt ist für Leistungen nach dem Asylbewerberleistungsgesetz zuständig und "
            "arbeitet im Kommunalen Integrationsmanagement eng mit Jobcenter und "
            "Ausländerbehörde zusammen."
        ),
        "contact_person": "Petra Schiffers",
        "email": "sozialamt@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "auslaenderbehoerde-des-kreises-heinsberg",
        "name": "Ausländerbehörde des Kreises Heinsberg",
        "kind": "immigration_office",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["bleibeperspektive-und-aufenthalt", "arbeit"],
        "tags": ["Aufenthaltsrecht", "Ausbildungsduldung", "Beschäftigungsduldung"],
        "description": (
            "Die Ausländerbehörde entscheidet über Aufenthaltstitel, Duldungen und "
            "Beschäftigungserlaubnisse. Für Betriebe und Ausbildungsbetriebe gibt es eine feste "
            "Ansprechperson."
        ),
        "contact_person": "Stefan Houben",
        "email": "auslaenderbehoerde@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "schulamt-fuer-den-kreis-heinsberg",
        "name": "Schulamt für den Kreis Heinsberg",
        "kind": "school_authority",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["bildung-und-ausbildung", "sprache"],
        "tags": ["Seiteneinstieg", "Schulplatzvergabe"],
        "description": (
            "Das Schulamt begleitet den Seiteneinstieg neu zugewanderter Kinder und Jugendlicher "
            "in die Schulen des Kreises und berät Lehrkräfte zu Deutsch als Zweitsprache."
        ),
        "contact_person": "Andrea Coenen",
        "email": "schulamt@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "jobcenter-kreis-heinsberg",
        "name": "Jobcenter Kreis Heinsberg",
        "kind": "jobcentre",
        "engagement": "full_time",
        "municipalities": ["kreisweit", "heinsberg", "erkelenz", "geilenkirchen"],
        "fields_of_action": ["arbeit", "bildung-und-ausbildung", "sprache"],
        "tags": ["Durchstarten in Ausbildung und Arbeit", "Job-Turbo"],
        "description": (
            "Das Jobcenter unterstützt Menschen im Bürgergeldbezug auf dem Weg in Ausbildung "
            "und Arbeit, mit einem eigenen Team für junge Erwachsene unter 25."
        ),
        "website": "https://jobcenter.kreis-heinsberg.example",
        "contact_person": "Frank Gerards",
        "email": "jobcenter@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
        "name": "Agentur für Arbeit, Geschäftsstelle Heinsberg",
        "kind": "employment_agency",
        "engagement": "full_time",
        "municipalities": ["kreisweit", "heinsberg"],
        "fields_of_action": ["arbeit", "bildung-und-ausbildung"],
        "tags": ["Berufsberatung", "Arbeitgeberservice"],
        "description": (
            "Berufsberatung, Arbeitgeberservice und Beratung zur Anerkennung ausländischer "
            "Berufsabschlüsse unter einem Dach."
        ),
        "contact_person": "Sandra Moll",
        "email": "arbeitsagentur-heinsberg@example.invalid",
        "contact_consent": False,
    },
    # Städte und Gemeinden
    {
        "slug": "stadt-erkelenz-amt-fuer-soziales-und-integration",
        "name": "Stadt Erkelenz, Amt für Soziales und Integration",
        "kind": "municipal_administration",
        "engagement": "full_time",
        "municipalities": ["erkelenz"],
        "fields_of_action": ["wohnen", "werte-und-zusammenleben"],
        "tags": ["Unterbringung", "Quartiersarbeit"],
        "description": (
            "Die Stadt Erkelenz betreut die städtischen Unterkünfte und koordiniert die "
            "Quartiersarbeit in den Stadtteilen."
        ),
        "contact_person": "Helmut Schroeders",
        "email": "soziales.erkelenz@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "stadt-geilenkirchen-fachbereich-bildung-und-soziales",
        "name": "Stadt Geilenkirchen, Fachbereich Bildung und Soziales",
        "kind": "municipal_administration",
        "engagement": "full_time",
        "municipalities": ["geilenkirchen"],
        "fields_of_action": ["wohnen", "bildung-und-ausbildung"],
        "tags": ["Unterbringung", "Schulen"],
        "description": (
            "Zuständig für Unterbringung, Schulträgerschaft und die Koordination des Ehrenamts "
            "in der Flüchtlingshilfe der Stadt Geilenkirchen."
        ),
        "contact_person": "Monika Kreutzer",
        "email": "soziales.geilenkirchen@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "gemeinde-gangelt-sozialamt",
        "name": "Gemeinde Gangelt, Sozialamt",
        "kind": "municipal_administration",
        "engagement": "full_time",
        "municipalities": ["gangelt"],
        "fields_of_action": ["wohnen"],
        "tags": ["Unterbringung"],
        "description": (
            "Das Sozialamt der Gemeinde Gangelt vermittelt Wohnraum und arbeitet eng mit dem "
            "örtlichen Arbeitskreis Asyl zusammen."
        ),
        "contact_person": "Rainer Beckers",
        "email": "sozialamt.gangelt@example.invalid",
        "contact_consent": False,
    },
    # Wirtschaft
    {
        "slug": "kreishandwerkerschaft-heinsberg",
        "name": "Kreishandwerkerschaft Heinsberg",
        "kind": "chamber",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["bildung-und-ausbildung", "arbeit"],
        "tags": ["Handwerk", "Ausbildung", "Mentoring"],
        "description": (
            "Die Kreishandwerkerschaft berät Innungsbetriebe zur Ausbildung junger "
            "Geflüchteter und vermittelt ehrenamtliche Ausbildungsbegleiterinnen und "
            "-begleiter aus dem Handwerk."
        ),
        "contact_person": "Michael Esser",
        "email": "ausbildung.khs@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "wirtschaftsfoerderungsgesellschaft-fuer-den-kreis-heinsberg",
        "name": "Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg",
        "kind": "other",
        "engagement": "full_time",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["arbeit"],
        "tags": ["Fachkräftesicherung", "Unternehmensnetzwerk"],
        "description": (
            "Die Wirtschaftsförderung bringt Unternehmen im Kreis mit Fachkräften zusammen und "
            "organisiert den Unternehmerdialog zur Fachkräftesicherung."
        ),
        "website": "https://wfg.kreis-heinsberg.example",
        "contact_person": "Jan Wyrwich",
        "email": "wfg@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "janssen-soehne-metallbau",
        "name": "Janssen & Söhne Metallbau GmbH",
        "kind": "company",
        "engagement": "full_time",
        "municipalities": ["hueckelhoven"],
        "fields_of_action": ["arbeit", "bildung-und-ausbildung"],
        "tags": ["Ausbildungsbetrieb", "Handwerk"],
        "description": (
            "Familienbetrieb mit 45 Beschäftigten, bildet seit 2017 junge Geflüchtete zu "
            "Metallbauern aus."
        ),
        "website": "https://janssen-metallbau.example",
        "contact_person": "Karin Janssen",
        "email": "ausbildung.janssen-metallbau@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "rurtal-logistik",
        "name": "Rurtal Logistik GmbH",
        "kind": "company",
        "engagement": "full_time",
        "municipalities": ["heinsberg"],
        "fields_of_action": ["arbeit", "sprache"],
        "tags": ["Ausbildungsbetrieb", "Deutsch am Arbeitsplatz"],
        "description": (
            "Logistikunternehmen mit Sprachpatenschaften im Betrieb: erfahrene Kolleginnen und "
            "Kollegen begleiten neue Beschäftigte in den ersten Monaten."
        ),
        "contact_person": "Andrea Wilms",
        "email": "personal.rurtal-logistik@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "pflegedienst-gute-hand",
        "name": "Pflegedienst Gute Hand GmbH",
        "kind": "company",
        "engagement": "full_time",
        "municipalities": ["wegberg", "erkelenz"],
        "fields_of_action": ["arbeit", "gesundheit"],
        "tags": ["Pflege", "Anerkennung"],
        "description": (
            "Ambulanter Pflegedienst, der Pflegekräfte aus dem Ausland im "
            "Anerkennungsverfahren begleitet."
        ),
        "contact_person": "Thomas Kehren",
        "email": "info.gute-hand@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "elektro-baumanns",
        "name": "Elektro Baumanns GmbH & Co. KG",
        "kind": "company",
        "engagement": "full_time",
        "municipalities": ["waldfeucht", "selfkant"],
        "fields_of_action": ["bildung-und-ausbildung"],
        "tags": ["Ausbildungsbetrieb"],
        "description": (
            "Elektrohandwerksbetrieb, der jedes Jahr Praktikumsplätze für junge Seiteneinsteiger "
            "anbietet."
        ),
        "contact_person": "Guido Baumanns",
        "email": "info.elektro-baumanns@example.invalid",
        "contact_consent": True,
    },
    # Kirchen und Religionsgemeinschaften
    {
        "slug": "evangelische-kirchengemeinde-an-der-rur",
        "name": "Evangelische Kirchengemeinde an der Rur",
        "kind": "religious_community",
        "engagement": "both",
        "municipalities": ["heinsberg", "wassenberg"],
        "fields_of_action": ["werte-und-zusammenleben", "sprache"],
        "tags": ["Begegnung", "interreligiöser Dialog"],
        "description": (
            "Die Gemeinde öffnet ihr Gemeindehaus für Sprachcafé, Hausaufgabenhilfe und "
            "interreligiöse Gesprächsabende."
        ),
        "website": "https://ev-kirche-an-der-rur.example",
        "contact_person": "Christoph Thelen",
        "email": "gemeindebuero.ev-an-der-rur@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "katholische-pfarrei-christus-koenig-selfkant",
        "name": "Katholische Pfarrei Christus König Selfkant",
        "kind": "religious_community",
        "engagement": "both",
        "municipalities": ["selfkant", "waldfeucht"],
        "fields_of_action": ["werte-und-zusammenleben", "teilhabe-sport-und-kultur"],
        "tags": ["Begegnung", "Ehrenamt"],
        "description": (
            "Der Caritas-Ausschuss der Pfarrei organisiert Begegnungsnachmittage und eine "
            "Kleiderkammer im Grenzland."
        ),
        "contact_person": "Elisabeth Rademacher",
        "email": "pfarrbuero.selfkant@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "islamische-gemeinde-wurmtal",
        "name": "Islamische Gemeinde Wurmtal e.V.",
        "kind": "religious_community",
        "engagement": "volunteer",
        "municipalities": ["uebach-palenberg", "geilenkirchen"],
        "fields_of_action": ["werte-und-zusammenleben", "bildung-und-ausbildung"],
        "tags": ["Moscheegemeinde", "interreligiöser Dialog", "Hausaufgabenhilfe"],
        "description": (
            "Die Moscheegemeinde bietet Hausaufgabenhilfe und Elterncafés an und lädt jedes "
            "Jahr zum Tag der offenen Moschee ein."
        ),
        "contact_person": "Yusuf Kaplan",
        "email": "vorstand.igw@example.invalid",
        "contact_consent": True,
    },
    # Wohlfahrtsverbände
    {
        "slug": "wohlfahrtsverband-rur-wurm",
        "name": "Wohlfahrtsverband Rur-Wurm e.V.",
        "kind": "welfare_association",
        "engagement": "both",
        "municipalities": ["heinsberg", "geilenkirchen", "uebach-palenberg"],
        "fields_of_action": [
            "bleibeperspektive-und-aufenthalt",
            "sprache",
            "werte-und-zusammenleben",
        ],
        "tags": ["Migrationsberatung", "Flüchtlingsberatung"],
        "description": (
            "Migrationsberatung für Erwachsene, Flüchtlingsberatung und ein Ehrenamtsbüro. Der "
            "Verband organisiert Schulungen für Ehrenamtliche in der Flüchtlingshilfe."
        ),
        "website": "https://rur-wurm.example",
        "contact_person": "Dr. Elif Şahin",
        "email": "migration.rur-wurm@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "sozialwerk-heinsberger-land",
        "name": "Sozialwerk Heinsberger Land e.V.",
        "kind": "welfare_association",
        "engagement": "both",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["sprache", "gesundheit"],
        "tags": ["Sprachmittlung", "Jugendmigrationsdienst"],
        "description": (
            "Träger des Jugendmigrationsdienstes und des kreisweiten Sprachmittlerpools, in dem "
            "geschulte Ehrenamtliche in mehr als 20 Sprachen dolmetschen."
        ),
        "website": "https://sozialwerk-heinsberger-land.example",
        "contact_person": "Leyla Karaca",
        "email": "sprachmittlung.sozialwerk-hl@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "familienhilfe-erkelenzer-boerde",
        "name": "Familienhilfe Erkelenzer Börde e.V.",
        "kind": "welfare_association",
        "engagement": "both",
        "municipalities": ["erkelenz", "wegberg"],
        "fields_of_action": ["bildung-und-ausbildung", "sprache"],
        "tags": ["Elternarbeit", "Kinderbetreuung"],
        "description": (
            "Familienzentrum mit Eltern-Kind-Gruppen und einer Kinderbetreuung, die parallel zu "
            "Sprachkursen stattfindet."
        ),
        "contact_person": "Sabine Hilgers",
        "email": "familienhilfe@example.invalid",
        "contact_consent": False,
    },
    # Sport
    {
        "slug": "kreissportbund-heinsberg",
        "name": "Kreissportbund Heinsberg e.V.",
        "kind": "association",
        "engagement": "both",
        "municipalities": ["kreisweit"],
        "fields_of_action": ["teilhabe-sport-und-kultur"],
        "tags": ["Integration durch Sport", "Integrationsstützpunktverein"],
        "description": (
            "Der Kreissportbund berät und vernetzt die Integrationsstützpunktvereine im Kreis "
            "und bildet Übungsleiterinnen und Übungsleiter interkulturell fort."
        ),
        "website": "https://ksb-heinsberg.example",
        "contact_person": "Dirk Reiners",
        "email": "integration.ksb@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "djk-rurauen-heinsberg",
        "name": "DJK Rurauen Heinsberg e.V.",
        "kind": "sports_club",
        "engagement": "volunteer",
        "municipalities": ["heinsberg"],
        "fields_of_action": ["teilhabe-sport-und-kultur"],
        "tags": ["Integrationsstützpunktverein", "Fußball"],
        "description": (
            "Integrationsstützpunktverein mit Fußball, Schwimmkursen für Frauen und "
            "Beitragspatenschaften für Kinder aus neu zugewanderten Familien."
        ),
        "contact_person": "Frank Mertens",
        "email": "vorstand.djk-rurauen@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "sc-wurmtal-uebach-palenberg",
        "name": "SC Wurmtal Übach-Palenberg e.V.",
        "kind": "sports_club",
        "engagement": "volunteer",
        "municipalities": ["uebach-palenberg"],
        "fields_of_action": ["teilhabe-sport-und-kultur"],
        "tags": ["Integrationsstützpunktverein", "Boxen"],
        "description": (
            "Box- und Fitnessverein mit offenem Training für Jugendliche, zweimal in der Woche."
        ),
        "contact_person": "Hakan Arslan",
        "email": "info.sc-wurmtal@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "tv-selfkant-grenzland",
        "name": "TV Selfkant-Grenzland 1912 e.V.",
        "kind": "sports_club",
        "engagement": "volunteer",
        "municipalities": ["selfkant", "gangelt"],
        "fields_of_action": ["teilhabe-sport-und-kultur"],
        "tags": ["Turnen", "Ehrenamt"],
        "description": (
            "Traditionsverein mit Kinderturnen und Lauftreff, der gezielt neu zugezogene "
            "Familien anspricht."
        ),
        "contact_person": "Monika Heinrichs",
        "email": "geschaeftsstelle.tv-selfkant@example.invalid",
        "contact_consent": False,
    },
    # Vereine und Migrantenorganisationen
    {
        "slug": "nachbarschaftsverein-hueckelhoven-mitte",
        "name": "Nachbarschaftsverein Hückelhoven-Mitte e.V.",
        "kind": "association",
        "engagement": "volunteer",
        "municipalities": ["hueckelhoven"],
        "fields_of_action": ["werte-und-zusammenleben", "wohnen"],
        "tags": ["Nachbarschaft", "Begegnung"],
        "description": (
            "Der Verein betreibt einen Nachbarschaftstreff mit Reparaturcafé, Kochabenden und "
            "Nachbarschaftshilfe."
        ),
        "contact_person": "Gerd Vieten",
        "email": "treff.nachbarschaft-hueckelhoven@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "syrisch-deutscher-kulturverein-heinsberg",
        "name": "Syrisch-Deutscher Kulturverein Heinsberg e.V.",
        "kind": "migrant_organisation",
        "engagement": "volunteer",
        "municipalities": ["heinsberg", "hueckelhoven"],
        "fields_of_action": ["werte-und-zusammenleben", "sprache"],
        "tags": ["Migrantenorganisation", "Elternarbeit"],
        "description": (
            "Der Verein bietet Arabischunterricht für Kinder, Elternabende zum deutschen "
            "Schulsystem und begleitet Familien bei Behördengängen."
        ),
        "contact_person": "Nadia Haddad",
        "email": "kontakt.sdkv-heinsberg@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "ukrainische-gemeinschaft-geilenkirchen",
        "name": "Ukrainische Gemeinschaft Geilenkirchen e.V.",
        "kind": "migrant_organisation",
        "engagement": "volunteer",
        "municipalities": ["geilenkirchen", "gangelt"],
        "fields_of_action": ["sprache", "arbeit"],
        "tags": ["Migrantenorganisation", "Selbsthilfe"],
        "description": (
            "Selbsthilfegruppe geflüchteter Familien aus der Ukraine: Info-Abende zu "
            "Sprachkursen, Anerkennung und Arbeitssuche, dazu ein Kulturprogramm."
        ),
        "contact_person": "Olena Kovalenko",
        "email": "info.ukr-gk@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "afghanischer-frauen-und-familienverein-erkelenz",
        "name": "Afghanischer Frauen- und Familienverein Erkelenz e.V.",
        "kind": "migrant_organisation",
        "engagement": "volunteer",
        "municipalities": ["erkelenz"],
        "fields_of_action": ["sprache", "gesundheit"],
        "tags": ["Frauen", "Selbsthilfe"],
        "description": (
            "Frauentreff mit Nähwerkstatt und Deutsch-Übungsgruppe. Der Verein begleitet Frauen "
            "zu Arztterminen."
        ),
        "contact_person": "Zarah Rahimi",
        "email": "frauenverein@example.invalid",
        "contact_consent": False,
    },
    # Initiativen und Ehrenamt
    {
        "slug": "sprachcafe-hueckelhoven",
        "name": "Sprachcafé Hückelhoven",
        "kind": "initiative",
        "engagement": "volunteer",
        "municipalities": ["hueckelhoven"],
        "fields_of_action": ["sprache"],
        "tags": ["Sprachcafé", "Ehrenamt"],
        "description": (
            "Jeden Montag treffen sich Deutschlernende und Ehrenamtliche zum Gespräch bei "
            "Kaffee und Kuchen, ohne Anmeldung und kostenlos."
        ),
        "contact_person": "Ursula Mingers",
        "email": "sprachcafe.hueckelhoven@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "sprachcafe-wortwechsel-wassenberg",
        "name": "Sprachcafé Wortwechsel Wassenberg",
        "kind": "initiative",
        "engagement": "volunteer",
        "municipalities": ["wassenberg"],
        "fields_of_action": ["sprache", "werte-und-zusammenleben"],
        "tags": ["Sprachcafé", "Begegnung"],
        "description": (
            "Offener Gesprächskreis im Gemeindehaus, mit Lesepatenschaften für Kinder am "
            "Samstagvormittag."
        ),
        "contact_person": "Hans-Peter Lambertz",
        "email": "wortwechsel@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "fluechtlingshilfe-waldfeucht",
        "name": "Flüchtlingshilfe Waldfeucht",
        "kind": "initiative",
        "engagement": "volunteer",
        "municipalities": ["waldfeucht"],
        "fields_of_action": ["wohnen", "werte-und-zusammenleben"],
        "tags": ["Ehrenamt", "Alltagsbegleitung"],
        "description": (
            "Ehrenamtliche begleiten Geflüchtete im Alltag, bei der Wohnungssuche und bei "
            "Terminen in Heinsberg."
        ),
        "contact_person": "Bernd Tholen",
        "email": "fluechtlingshilfe.waldfeucht@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "patenschaftsnetz-wegberg",
        "name": "Patenschaftsnetz Wegberg",
        "kind": "initiative",
        "engagement": "volunteer",
        "municipalities": ["wegberg"],
        "fields_of_action": ["bildung-und-ausbildung", "arbeit"],
        "tags": ["Mentoring", "Patenschaften"],
        "description": (
            "Ehrenamtliche Patinnen und Paten begleiten Auszubildende mit Fluchtgeschichte bis "
            "zur Abschlussprüfung."
        ),
        "website": "https://patenschaftsnetz-wegberg.example",
        "contact_person": "Gabriele Pütz",
        "email": "paten.wegberg@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "arbeitskreis-asyl-gangelt",
        "name": "Arbeitskreis Asyl Gangelt",
        "kind": "initiative",
        "engagement": "volunteer",
        "municipalities": ["gangelt"],
        "fields_of_action": ["werte-und-zusammenleben", "wohnen"],
        "tags": ["Ehrenamt", "Fahrradwerkstatt"],
        "description": (
            "Der Arbeitskreis betreibt eine Fahrradwerkstatt und eine Kleiderstube und lädt "
            "einmal im Monat zum Begegnungscafé ein."
        ),
        "contact_person": "Wilfried Maaßen",
        "email": "ak-asyl-gangelt@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "renate-offermanns",
        "name": "Renate Offermanns (Lernpatin)",
        "kind": "private_person",
        "engagement": "volunteer",
        "municipalities": ["wassenberg"],
        "fields_of_action": ["sprache", "bildung-und-ausbildung"],
        "tags": ["Lernpatenschaft"],
        "description": (
            "Pensionierte Grundschullehrerin, die seit 2016 Kinder und Jugendliche beim "
            "Deutschlernen und bei den Hausaufgaben begleitet."
        ),
        "contact_person": "Renate Offermanns",
        "email": "r.offermanns@example.invalid",
        "contact_consent": False,
    },
    # Bildungsträger
    {
        "slug": "bildungswerk-rur-maas",
        "name": "Bildungswerk Rur-Maas gGmbH",
        "kind": "education_provider",
        "engagement": "full_time",
        "municipalities": ["heinsberg", "hueckelhoven"],
        "fields_of_action": ["sprache", "arbeit"],
        "tags": ["Integrationskurs", "Berufssprachkurs"],
        "description": (
            "Zugelassener Träger von Integrations- und Berufssprachkursen, auch in Teilzeit "
            "und mit Kinderbetreuung."
        ),
        "website": "https://bildungswerk-rur-maas.example",
        "contact_person": "Dr. Hanna Vondenhoff",
        "email": "kurse.bildungswerk-rur-maas@example.invalid",
        "contact_consent": True,
    },
    {
        "slug": "sprach-und-integrationsschule-grenzland",
        "name": "Sprach- und Integrationsschule Grenzland GmbH",
        "kind": "education_provider",
        "engagement": "full_time",
        "municipalities": ["geilenkirchen", "uebach-palenberg", "gangelt"],
        "fields_of_action": ["sprache"],
        "tags": ["Integrationskurs", "Alphabetisierung"],
        "description": (
            "Sprachschule mit Alphabetisierungskursen und Abendkursen für Berufstätige im Südkreis."
        ),
        "contact_person": "Mariusz Nowak",
        "email": "info.sis-grenzland@example.invalid",
        "contact_consent": False,
    },
    {
        "slug": "berufsbildungszentrum-erkelenzer-land",
        "name": "Berufsbildungszentrum Erkelenzer Land e.V.",
        "kind": "education_provider",
        "engagement": "full_time",
        "municipalities": ["erkelenz", "wegberg"],
        "fields_of_action": ["bildung-und-ausbildung", "arbeit"],
        "tags": ["Berufsorientierung", "Durchstarten in Ausbildung und Arbeit"],
        "description": (
            "Berufsorientierung, Ausbildungsvorbereitung und Coaching im Rahmen der "
            "Landesinitiative „Durchstarten in Ausbildung und Arbeit“."
        ),
        "contact_person": "Kerstin Frenken",
        "email": "bbz@example.invalid",
        "contact_consent": False,
    },
]
