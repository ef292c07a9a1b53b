from django.contrib.auth import get_user_model

# Demo credentials: printed by ``ik_demo`` and created only with DEBUG on.
DEMO_ACCOUNTS = [
    {
        "username": "admin",
        "password": "admin",
        "first_name": "Demo",
        "last_name": "Administration",
        "email": "admin@example.invalid",
        "is_superuser": True,
        "description": "Administration (alle Rechte)",
    },
    {
        "username": "akteur",
        "password": "akteur",
        "first_name": "Alex",
        "last_name": "Beispiel",
        "email": "akteur@example.invalid",
        "is_superuser": False,
        "description": "Intranet-Nutzer*in (Akteur)",
    },
]


def ensure_demo_accounts():
    """Create the demo accounts that are missing; existing ones keep their password."""
    User = get_user_model()
    created = []
    for account in DEMO_ACCOUNTS:
        user, was_created = User.objects.get_or_create(
            username=account["username"],
            defaults={
                "first_name": account["first_name"],
                "last_name": account["last_name"],
                "email": account["email"],
                "is_superuser": account["is_superuser"],
                "is_staff": account["is_superuser"],
            },
        )
        if was_created:
            user.set_password(account["password"])
            user.save(update_fields=["password"])
            created.append(user.username)
    return f"{len(created)} neu angelegt" if created else "vorhanden"
