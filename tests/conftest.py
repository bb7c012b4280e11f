"""Shared fixtures: the seed material in ../shared, and small data builders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "sample"
SCORER = SHARED / "eval" / "score_quotes.py"


def require_shared() -> Path:
    if (SHARED / "seeds").is_dir() and (SHARED / "gold" / "seeds.json").is_file() and SCORER.is_file():
        return SHARED
    reason = f"the seed documents, gold labels or scorer are not beside the project (under {SHARED})"
    if os.getenv("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture
def shared() -> Path:
    """../shared with seeds/, gold/ and eval/; skipped outside CI when absent."""
    return require_shared()


@pytest.fixture
def seeds(shared: Path) -> list[Path]:
    return sorted((shared / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def _page_cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("page-cache")


@pytest.fixture(autouse=True)
def _page_cache(request, settings, _page_cache_dir):
    """The page cache is off unless a test is marked ``page_cache``, and every cache starts empty.

    A page served from the cache has no ``response.context``, which most page
    tests read.  The data version is a sequence, which a test's rollback does
    not undo, so a page cached by one test could otherwise reach the next.
    The cache's folder is the test run's own, not the checkout's.
    """
    from django.core.cache import caches

    settings.ARCHIVE_PAGE_CACHE = request.node.get_closest_marker("page_cache") is not None
    settings.CACHES = {**settings.CACHES, "pages": {**settings.CACHES["pages"], "LOCATION": str(_page_cache_dir)}}
    caches["pages"].clear()
    # the site-wide values cached in the default cache (counts, the recent
    # slice's cutoff) describe rows and indexes the last test rolled back
    caches["default"].clear()


@pytest.fixture
def editor(db):
    """A staff user whose only rights come from the Editors group."""
    from tests.personas import make_editor

    return make_editor()
