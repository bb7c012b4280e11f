"""Write the public quotes to a SQLite file with a full-text index (for Datasette)."""
from django.core.management.base import BaseCommand, CommandError

from statements.sqlite_export import export_sqlite


class Command(BaseCommand):
    help = ("Export speakers, topics, articles and the public quotes to a new SQLite file with an FTS5 index "
            "on the quotes. Streams: memory does not grow with the archive.")

    def add_arguments(self, parser):
        parser.add_argument("path", help="The SQLite file to write (replaced if it exists)")

    def handle(self, *args, **options):
        def progress(table: str, n: int) -> None:
            if options["verbosity"] >= 2 and n % 100_000 == 0:
                self.stderr.write(f"{table}: {n:,}")

        try:
            report = export_sqlite(options["path"], progress=progress)
        except OSError as exc:
            raise CommandError(f"Cannot write {options['path']}: {exc}") from exc
        self.stdout.write(
            f"{options['path']}: {report.quotes:,} quotes, {report.speakers:,} speakers, {report.topics:,} topics, "
            f"{report.articles:,} articles, {report.quote_topics:,} topic links; "
            f"{report.bytes / 1e6:,.1f} MB in {report.seconds:.1f}s"
        )
