from concurrent.futures import ThreadPoolExecutor

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from ik_wagtail.roles import ACTORS_GROUP_NAME, KI_GROUP_NAME

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
        "group": ACTORS_GROUP_NAME,
        "description": "Intranet-Nutzer*in (Akteur)",
    },
    {
        "username": "ki",
        "password": "ki",
        "first_name": "Selin",
        "last_name": "Demir",
        "email": "ki@example.invalid",
        "is_superuser": False,
        "group": KI_GROUP_NAME,
        "description": "Kommunales Integrationszentrum (gibt Ergebnisse frei)",
    },
]


def moderator_account(topic, first_name, last_name):
    """A forum moderator's demo account: no admin rights, the password is the username."""
    username = f"moderation.{topic}"
    return {
        "username": username,
        "password": username,
        "first_name": first_name,
        "last_name": last_name,
        "email": f"{username}@example.invalid",
        "is_superuser": False,
        "description": "Moderation von Foren",
    }


# Forum moderators (invented people); the demo forums name them by username.
MODERATOR_ACCOUNTS = [
    moderator_account("sprache", "Miriam", "Brandts"),
    moderator_account("werte", "Jonas", "Hermeling"),
    moderator_account("bildung", "Katharina", "Vossen"),
    moderator_account("arbeit", "Tobias", "Lennartz"),
    moderator_account("aufenthalt", "Dilara", "Öztürk-Wolters"),
    moderator_account("teilhabe", "Benedikt", "Rütten"),
]


def ensure_demo_accounts():
    """Create the demo and moderator accounts that are missing; existing ones stay untouched."""
    User = get_user_model()
    accounts = [*DEMO_ACCOUNTS, *MODERATOR_ACCOUNTS]
    existing = set(
        User.objects.filter(username__in=[account["username"] for account in accounts]).values_list(
            "username", flat=True
        )
    )
    missing = [account for account in accounts if account["username"] not in existing]
    if not missing:
        add_to_groups(accounts)
        return "vorhanden"
    passwords = hashed_passwords([account["password"] for account in missing])
    for account, password in zip(missing, passwords, strict=True):
        User.objects.create(
            username=account["username"],
            password=password,
            first_name=account["first_name"],
            last_name=account["last_name"],
            email=account["email"],
            is_superuser=account["is_superuser"],
            is_staff=account["is_superuser"],
        )
    add_to_groups(accounts)
    moderators = sum(1 for account in missing if account in MODERATOR_ACCOUNTS)
    summary = f"{len(missing)} neu angelegt"
    return f"{summary}, davon {moderators} für die Moderation von Foren" if moderators else summary


def add_to_groups(accounts):
    """Put the demo accounts into their role groups; forum moderators get theirs from the forums."""
    User = get_user_model()
    for account in accounts:
        if "group" in account:
            group, _ = Group.objects.get_or_create(name=account["group"])
            group.user_set.add(User.objects.get(username=account["username"]))


def hashed_passwords(passwords):
    """Hash the passwords in parallel threads.

    A password hash is deliberately slow (about 0.3 s each with PBKDF2); hashlib releases the
    GIL while it works, so the demo accounts do not add seconds one after another.
    """
    with ThreadPoolExecutor() as pool:
        return list(pool.map(make_password, passwords))
