from wagtail.models import Site

from home.models import HomePage
from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.conferences.models import ConferenceIndexPage, ReferentIndexPage
from ik_wagtail.projects.models import ProjectLibraryPage

from .pages import add_published_page, publish

HOME_INTRODUCTION = (
    "Hier vernetzen sich Haupt- und Ehrenamtliche aus dem Kreis Heinsberg: Konferenzen und "
    "Foren, ihre Ergebnisse für das Integrationskonzept und gute Projekte zum Nachmachen."
)
HOME_BODY = (
    "<p>Der Kreistag hat beschlossen, jährlich eine Integrationskonferenz unter Federführung des "
    "Kommunalen Integrationszentrums durchzuführen. Kirchen, Wohlfahrtsverbände, Sportvereine, "
    "Initiativen, Unternehmen, Jobcenter, Sozialamt, Ausländerbehörde und Schulamt kommen dort "
    "in kleinen Foren zusammen.</p>"
)

# The sections below the home page, in menu order. Each type exists once (``max_count = 1``).
SECTION_PAGES = [
    (
        ConferenceIndexPage,
        {
            "title": "Integrationskonferenzen",
            "slug": "integrationskonferenzen",
            "introduction": (
                "<p>Einmal im Jahr lädt das Kommunale Integrationszentrum Haupt- und "
                "Ehrenamtliche aus dem ganzen Kreis zur Integrationskonferenz ein. In kleinen "
                "Foren entstehen Empfehlungen, die in die Fortschreibung des "
                "Integrationskonzepts einfließen.</p>"
            ),
            "search_description": (
                "Alle Integrationskonferenzen des Kreises Heinsberg: Leitthemen, Programme, "
                "Foren und Ergebnisse."
            ),
        },
    ),
    (
        ReferentIndexPage,
        {
            "title": "Referentinnen und Referenten",
            "slug": "referentinnen-und-referenten",
            "introduction": (
                "<p>Fachleute aus Verwaltung, Verbänden, Betrieben und Vereinen, die in den "
                "Foren der Integrationskonferenzen Impulse gegeben haben, mit ihren "
                "Schwerpunkten und Beiträgen.</p>"
            ),
            "search_description": (
                "Referentinnen und Referenten der Integrationskonferenzen im Kreis Heinsberg "
                "und ihre Fachgebiete."
            ),
        },
    ),
    (
        ActorDirectoryPage,
        {
            "title": "Akteure",
            "slug": "akteure",
            "introduction": (
                "Wer macht was in der Integrationsarbeit im Kreis Heinsberg? Suchen Sie nach "
                "Ämtern, Verbänden, Vereinen, Initiativen und Betrieben, nach Kommune, "
                "Handlungsfeld oder Stichwort, und finden Sie Partner für Ihr Vorhaben."
            ),
            "search_description": (
                "Verzeichnis der Akteure der Integrationsarbeit im Kreis Heinsberg: Haupt- und "
                "Ehrenamt, nach Kommune und Handlungsfeld."
            ),
        },
    ),
    (
        ProjectLibraryPage,
        {
            "title": "Gute-Praxis-Börse",
            "slug": "gute-praxis-boerse",
            "introduction": (
                "Projekte aus dem Kreis Heinsberg, die funktionieren: Sprachcafés, "
                "Patenschaften, Sport, Ausbildung und Beratung. Finden Sie Ideen und die "
                "Menschen dahinter – und stellen Sie Ihr eigenes Projekt vor."
            ),
            "search_description": (
                "Gute-Praxis-Börse der Integrationsarbeit im Kreis Heinsberg: Projekte nach "
                "Handlungsfeld, Kommune und Zielgruppe."
            ),
        },
    ),
]


def intranet_home():
    """The default site's root page, which the home app's migration makes a HomePage."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError(
            "Die Startseite der Standard-Site ist keine Intranet-Startseite (HomePage); "
            "bitte 'manage.py migrate' auf einer frischen Datenbank ausführen."
        )
    return home


def ensure_home_page():
    """The site's root page as the intranet's HomePage, with the welcome text filled in once."""
    home = intranet_home()
    if not home.introduction:
        home.introduction = HOME_INTRODUCTION
        home.body = HOME_BODY
        publish(home)
        return "Willkommenstext ergänzt"
    return "vorhanden"


def ensure_section_pages():
    """The conference index, referent index, actor directory and project library below home.

    Each type may exist only once, so an existing page of the type (wherever an editor moved
    it) counts as present.
    """
    home = intranet_home()
    created = []
    for page_class, fields in SECTION_PAGES:
        if page_class.objects.exists():
            continue
        page = add_published_page(home, page_class(show_in_menus=True, **fields))
        created.append(page.title)
    return f"angelegt: {', '.join(created)}" if created else "vorhanden"
