"""Create (or promote) an editor: a staff account in the Editors group."""
import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from statements.editors import EDITORS_GROUP, ensure_editors_group

PASSWORD_ENV = "EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create an editor account (staff, in the Editors group). The password comes from --password, "
        f"else ${PASSWORD_ENV}, else a prompt. Run it on an existing user to make them an editor."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The login name of the editor")
        parser.add_argument("--email", default="", help="The editor's e-mail address (optional)")
        parser.add_argument(
            "--password",
            help=f"The password (visible in shell history: prefer ${PASSWORD_ENV} or the prompt)",
        )
        parser.add_argument(
            "--noinput", "--no-input", dest="interactive", action="store_false",
            help="Never prompt; fail when no password is given for a new account",
        )

    def handle(self, *args, username, email, password, interactive, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        password = password or os.getenv(PASSWORD_ENV) or None
        if password is None and user is None:
            if not interactive:
                raise CommandError(f"A new account needs a password: pass --password or set ${PASSWORD_ENV}.")
            password = self._prompt()
        if password is not None:
            candidate = user or User(username=username, email=email)
            try:
                validate_password(password, candidate)
            except ValidationError as exc:
                raise CommandError("Password refused: " + " ".join(exc.messages)) from None

        with transaction.atomic():
            created = user is None
            if created:
                user = User.objects.create_user(username=username, email=email, password=password)
            else:
                if password is not None:
                    user.set_password(password)
                if email:
                    user.email = email
            user.is_staff = True
            user.save()
            user.groups.add(ensure_editors_group())

        verb = "Created" if created else "Updated"
        self.stdout.write(f"{verb} editor {username!r}: staff, in the {EDITORS_GROUP} group.")

    def _prompt(self) -> str:
        for _ in range(3):
            first = getpass.getpass("Password: ")
            if first and first == getpass.getpass("Password (again): "):
                return first
            self.stderr.write("The passwords were empty or did not match; try again.")
        raise CommandError("No password given.")
