"""Start, stop or inspect the embedded PostgreSQL server."""
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive import pgserver


class Command(BaseCommand):
    help = "Manage the embedded PostgreSQL server (used when DATABASE_URL is not set)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["start", "stop", "status"], help="What to do with the server")

    def handle(self, *args, action, **options):
        if settings.DATABASE_URL:
            raise CommandError("DATABASE_URL is set: the archive uses that server, not the embedded one.")
        datadir = settings.EMBEDDED_DB_DIR
        if action == "stop":
            stopped = pgserver.stop(datadir)
            self.stdout.write("stopped" if stopped else "not running")
            return
        if action == "start":
            # settings already started it; report where it listens
            info = pgserver.ensure_running(datadir)
            pgserver.ensure_database(info, settings.DATABASES["default"]["NAME"])
        else:
            info = pgserver.read_running(datadir)
            if info is None:
                self.stdout.write(f"not running (data in {datadir})")
                return
        self.stdout.write(f"running: pid {info.pid}, socket {info.socket_dir}, port {info.port}, data {datadir}")
