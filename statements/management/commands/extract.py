"""Run the extraction on files or folders and print what it finds; the database is not touched."""
import json

from django.core.management.base import BaseCommand, CommandError

from statements import extraction
from statements.extraction.records import ExtractionError


class Command(BaseCommand):
    help = "Extract articles and quotes from text files without storing them (prints JSON)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files, folders (searched recursively) or glob patterns")
        parser.add_argument("--format", choices=["json"], default="json", help="Output format (json)")

    def handle(self, *args, **options):
        out = self.stdout._out  # written piece by piece: a large run never sits in memory
        failures = 0
        out.write('{"documents": [')
        first = True
        for path in extraction.iter_paths(options["paths"]):
            try:
                doc = extraction.extract_path(path)
            except (ExtractionError, OSError) as exc:
                self.stderr.write(f"FAILED {path}: {exc}")
                failures += 1
                continue
            out.write(("" if first else ",\n") + json.dumps(extraction.document_to_json(doc), ensure_ascii=False))
            first = False
        out.write("]}\n")
        out.flush()
        if failures:
            raise CommandError(f"{failures} file(s) could not be read; the others were extracted")
