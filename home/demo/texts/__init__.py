"""The German demo texts: invented organisations and people, plausible for Kreis Heinsberg.

Only the public authorities the council motion names appear under their own names; every
association, company and person is invented. E-mail addresses use ``example.invalid`` and
websites ``.example``, so nothing points at a real mailbox or site.
"""
