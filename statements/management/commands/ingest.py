"""Store articles, quotes and actors from text files."""
import sys

from django.core.management.base import BaseCommand, CommandError

from statements.ingest import ingest_paths, print_progress


class Command(BaseCommand):
    help = "Extract and store articles, quotes and actors from files, folders or globs. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files, folders (searched recursively) or glob patterns")
        parser.add_argument(
            "--progress", action="store_true", default=None,
            help="Show a progress bar (default: on when stderr is a terminal and there are many files)",
        )
        parser.add_argument("--no-progress", dest="progress", action="store_false", help="Never show a progress bar")
        parser.add_argument(
            "--workers", type=int, default=1,
            help="Processes to ingest with (each takes whole documents; 2 uses both cores of a 2-core machine)",
        )

    def handle(self, *args, **options):
        show = options["progress"]
        if show is None:
            show = sys.stderr.isatty()
        if options["workers"] < 1:
            raise CommandError("--workers must be 1 or more")
        report = ingest_paths(
            options["paths"],
            progress=print_progress(self.stderr._out) if show else None,
            workers=options["workers"],
        )
        for name, reason in report.failures:
            self.stderr.write(f"FAILED {name}: {reason}")
        w = self.stdout.write
        w(f"documents: {report.documents_new} new, {report.documents_unchanged} unchanged, {report.documents_failed} failed")
        w(f"articles:  {report.articles_new} new, {report.articles_updated} updated, {report.articles_unchanged} already stored")
        w(f"quotes:    {report.quotes_new} new, {report.quotes_removed} replaced, {report.quotes_kept_editorial} kept as editors left them")
        w(f"actors:    {report.actors_new} new, {report.actors_updated} updated")
        if report.recent_slice:
            w(f"search:    {report.recent_slice}")
        if not report.changed_anything and not report.failures:
            w("Nothing new: everything was already in the archive.")
        if report.failures:
            raise CommandError(f"{report.documents_failed} file(s) failed; the others were stored")
