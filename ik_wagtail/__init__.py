"""ik-wagtail: the county's yearly Integrationskonferenz as a Wagtail plugin."""

__version__ = "0.1.0"
