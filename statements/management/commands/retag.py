"""Recompute the machine's topic links after topic keywords change."""
from django.core.management.base import BaseCommand, CommandError

from statements.retag import retag


class Command(BaseCommand):
    help = (
        "Re-tag stored quotes with the current topic keywords. Topic links editors set are kept, "
        "and topics editors removed are not put back."
    )

    def add_arguments(self, parser):
        parser.add_argument("--topic", metavar="SLUG", help="Only recompute this topic's links (default: every topic)")
        parser.add_argument("--batch-size", type=int, default=2000,
                            help="Quotes read and written per transaction (default 2000)")

    def handle(self, *args, topic, batch_size, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        verbosity = options["verbosity"]

        def progress(report):
            if verbosity > 1:
                self.stderr.write(f"{report.quotes:,} quotes re-tagged…")

        try:
            report = retag(topic, batch_size=batch_size, progress=progress)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"quotes: {report.quotes:,} read; links: {report.added:,} added, {report.removed:,} removed, "
            f"{report.updated:,} updated, {report.kept_for_editors:,} set by editors kept"
        )
