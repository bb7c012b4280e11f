"""Settings for the archive, all read from the environment.

Development needs nothing set: DEBUG is on and the database is an embedded
PostgreSQL in ``.data/``.  Production (DEBUG off) refuses to start without a
real SECRET_KEY and ALLOWED_HOSTS, and says which variable to set.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def envint(name: str, default: str) -> int:
    value = os.getenv(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "true")
_DEV_SECRET = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = os.getenv("SECRET_KEY", _DEV_SECRET if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (a long random string).")
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver" if DEBUG else "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off, e.g. ALLOWED_HOSTS=archive.example.org")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "statements",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL when given, otherwise the embedded PostgreSQL.
EMBEDDED_DB_DIR = Path(os.getenv("EMBEDDED_DB_DIR", BASE_DIR / ".data" / "postgres"))
DATABASE_URL = os.getenv("DATABASE_URL", "").strip()
if DATABASE_URL:
    import dj_database_url

    if not DATABASE_URL.startswith(("postgres://", "postgresql://", "pgsql://")):
        raise ImproperlyConfigured("DATABASE_URL must be a PostgreSQL URL (postgresql://user:pass@host:port/name)")
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("CONN_MAX_AGE", "60"))}
else:
    from archive import pgserver

    # `manage.py dbserver` manages the server itself and must not start it
    # just by loading the settings.
    if envbool("EMBEDDED_DB_AUTOSTART", "true") and sys.argv[1:2] != ["dbserver"]:
        try:
            _server = pgserver.ensure_running(EMBEDDED_DB_DIR)
            pgserver.ensure_database(_server, os.getenv("EMBEDDED_DB_NAME", "archive"))
        except pgserver.EmbeddedDatabaseError as exc:
            raise ImproperlyConfigured(f"Embedded database: {exc}") from exc
    else:
        _server = pgserver.read_running(EMBEDDED_DB_DIR) or pgserver.ServerInfo(str(EMBEDDED_DB_DIR), 5432, 0)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.getenv("EMBEDDED_DB_NAME", "archive"),
            "USER": "postgres",
            "HOST": _server.socket_dir,
            "PORT": str(_server.port),
            "CONN_MAX_AGE": envint("CONN_MAX_AGE", "60"),
        }
    }
# Server-side binding makes PostgreSQL plan prepared statements generically,
# which turned a rare-term search from milliseconds into 700 ms: keep it off.
DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = False
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

if not DEBUG:
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "true")
    CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", "true")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": sys.stderr}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}

# The archive's own knobs.
ARCHIVE_PAGE_SIZE = envint("ARCHIVE_PAGE_SIZE", "20")
# Ranking and counting stop at this many matches: beyond it a page says "1,000+".
ARCHIVE_SEARCH_CAP = envint("ARCHIVE_SEARCH_CAP", "1000")

# Whole public pages, kept until the data changes (statements.pagecache): files
# in one folder shared by the worker processes, bounded in entries.
ARCHIVE_PAGE_CACHE = envbool("ARCHIVE_PAGE_CACHE", "on")
ARCHIVE_PAGE_CACHE_DIR = Path(os.getenv("ARCHIVE_PAGE_CACHE_DIR", BASE_DIR / ".data" / "page-cache"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(ARCHIVE_PAGE_CACHE_DIR),
        # The version in the key does the invalidating; the timeout only bounds memory held by old versions.
        "TIMEOUT": envint("ARCHIVE_PAGE_CACHE_SECONDS", "3600"),
        "OPTIONS": {"MAX_ENTRIES": envint("ARCHIVE_PAGE_CACHE_ENTRIES", "1000")},
    },
}
