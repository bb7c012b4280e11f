"""Show the recent slice's full-text index, or rebuild it (statements.recent)."""
from django.core.management.base import BaseCommand

from statements import recent


class Command(BaseCommand):
    help = (
        "Check the full-text index over the newest statements that word searches read first, and rebuild it "
        "when new or hidden statements have moved it off its target size. Ingest does this by itself; run it "
        "after editors hide or delete many statements, or with --force after changing ARCHIVE_SEARCH_CAP."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true",
                            help="Rebuild the index for the current newest statements even if it is on target")

    def handle(self, *args, force, **options):
        self.stdout.write(str(recent.refresh(force=force)))
