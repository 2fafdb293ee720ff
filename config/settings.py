"""Jinlin's settings: one file, read from environment variables.

Defaults give a working embedded system (SQLite under ``data/``); production sets
``SECRET_KEY``, ``ALLOWED_HOSTS`` and usually ``DATABASE_URL``.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_url(url: str) -> dict[str, object]:
    """Turn ``postgres://user:pass@host:port/name`` or ``sqlite:///path`` into Django form."""
    parts = urlsplit(url)
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        options = dict(parse_qsl(parts.query))
        # No JIT compilation: it costs 50–200 ms on each large read of a page (the district's
        # figures at a tenth of a city: 2.0 s with it, 1.4 s without; #21) and pays back only
        # on queries of many seconds. No parallel workers either: starting them costs a page's
        # read of 50 ledger rows 8 ms where the read itself takes 0.6 ms (a whole city's list
        # of times served: 31 → 19 ms), and the cores they would use serve other requests
        # (the worker's count of a city's kept figures: 7.1 → 5.5 s on two cores; #21).
        # And a cursor is planned for all its rows: Jinlin opens one on the server only to read
        # every row (an export's, ``iterator()``), and PostgreSQL's default plans it for its
        # first tenth — a 台账's month of a city's ledger read by walking the whole ledger in
        # the order asked (a tenth's 74,000 rows: 0.54 → 0.14 s; #21).
        # ``?options=…`` in the URL sets the server's options instead.
        options.setdefault(
            "options", "-c jit=off -c max_parallel_workers_per_gather=0 -c cursor_tuple_fraction=1"
        )
        # The hottest statements are prepared on first use (``jinlin.core.sql.hot_cursor``;
        # Django's own cursors bind in the client and are never prepared). Off behind a pooler
        # in transaction mode that cannot keep prepared statements.
        prepared = env_bool("DATABASE_PREPARED_STATEMENTS", True)
        options.setdefault("prepare_threshold", 0 if prepared else None)  # type: ignore[arg-type]
        return {
            "ENGINE": "jinlin.core.postgresql",
            "NAME": unquote(parts.path.lstrip("/")) or "postgres",
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            # Tests' live servers start a thread per request: keep no connection open after it.
            "CONN_MAX_AGE": 0 if TESTING else env_int("DATABASE_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": env_bool("DATABASE_HEALTH_CHECKS", True),
            "OPTIONS": options,
            "TEST": {"NAME": env_str("TEST_DATABASE_NAME") or None},
        }
    if parts.scheme == "sqlite":
        # sqlite:///relative/path or sqlite:////absolute/path, as elsewhere in Python land.
        raw = unquote(parts.path)
        return sqlite_database(Path(raw[1:]) if raw.startswith("/") else Path(raw))
    raise ImproperlyConfigured(
        f"DATABASE_URL must start with postgres:// or sqlite://, not {parts.scheme or url!r}"
    )


def sqlite_database(path: Path) -> dict[str, object]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "OPTIONS": {
            # IMMEDIATE takes the write lock at BEGIN, so two writers queue instead of
            # deadlocking on a lock upgrade; WAL lets pages read while an import writes.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


# The ledger's (chain, day) index holds the columns a district's figures read, on PostgreSQL;
# SQLite makes it a plain index, as intended, so its warning that it ignores them is not shown
# on every migrate.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

DEBUG = env_bool("DEBUG", False)
TESTING = "pytest" in sys.modules or env_bool("JINLIN_TESTING", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "jinlin-insecure-development-key-do-not-use-in-production"
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "string (for example: python3 -c 'import secrets; print(secrets.token_urlsafe(50))'),"
            " or set DEBUG=true for a local trial."
        )

# A source checkout keeps its data next to the code; an installed package uses ./jinlin-data.
_DEFAULT_DATA = (
    BASE_DIR / "data" if (BASE_DIR / "pyproject.toml").exists() else Path.cwd() / "jinlin-data"
)
DATA_DIR = Path(env_str("JINLIN_DATA_DIR", str(_DEFAULT_DATA))).resolve()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
if DEBUG or TESTING:
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# The address people and phones reach the site at (https://jinlin.jimei.gov.cn): every QR code
# and address a paper prints points there (jinlin.core.site). check --deploy names it if unset.
SITE_URL = env_str("SITE_URL", "").rstrip("/")

INSTALLED_APPS = [
    "jinlin.members.apps.JinlinAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",
    "django_tasks",
    "jinlin.core.apps.TasksConfig",  # django_tasks_db, named in the reader's language
    "jinlin.audit",
    "jinlin.core",
    "jinlin.organizations",
    "jinlin.members",
    "jinlin.roster",
    "jinlin.notifications",
    "jinlin.care",
    "jinlin.needs",
    "jinlin.service",
    "jinlin.oversight",
    "jinlin.residents",
    "jinlin.posts",
    "jinlin.reports",
    "jinlin.campaigns",
    "jinlin.cloudmap",
    "jinlin.api",
    "jinlin.demo",
]

MIDDLEWARE = [
    "jinlin.core.request_metrics.RequestMetricsMiddleware",  # outermost: times everything
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "jinlin.core.nul.RefuseNulMiddleware",
    "jinlin.api.idempotency.IdempotencyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "jinlin.members.sessions.SessionLimitsMiddleware",
    "jinlin.members.mfa.SecondFactorMiddleware",
    "jinlin.audit.middleware.AuditContextMiddleware",
    "jinlin.core.replica.ReplicaWriteMarkMiddleware",  # only with a replica
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "jinlin.core.security.ContentSecurityPolicyMiddleware",
]

# A call to /api/ with a bearer token passes only these (``jinlin.core.lanes``): the token is
# its one credential, so sessions, cookies' CSRF, messages and the session gates have no work.
API_MIDDLEWARE = [
    "jinlin.core.request_metrics.RequestMetricsMiddleware",
    "jinlin.core.envelope.ApiEnvelopeMiddleware",  # security, language, frame, CSP: one layer
    "jinlin.core.nul.RefuseNulMiddleware",
    "jinlin.api.idempotency.IdempotencyMiddleware",
    "jinlin.audit.middleware.AuditContextMiddleware",
    "jinlin.core.replica.ReplicaWriteMarkMiddleware",
]
# Inside that chain, before the router: calls answered without it when they can be, the way
# their routes answer them (``jinlin.api.lanes``: a member's claim and scan, the API's storms).
API_LANES = ["jinlin.api.lanes.claim", "jinlin.api.lanes.scan"]
# In front of Django's handler (``config.wsgi``): a member's warm claim and a member's scan
# answered with what each layer of API_MIDDLEWARE would do to them, every other call by the
# handler (``jinlin.api.front``; only for the lanes in API_LANES, and closed by itself when
# API_MIDDLEWARE is not the chain it stands for). "" : none.
WSGI_FRONT = "jinlin.api.front.application"
# PostgreSQL: a process's threads make the claims that arrive together in one call and one
# transaction (``jinlin.core.combining``; the rules are each claim's own, in order of arrival).
# Off by default: with PostgreSQL on the same two cores it took a tenth of the database's CPU
# a claim but a seventh of the claims a second (README, twenty-second pass).
CLAIM_BATCHES = env_bool("CLAIM_BATCHES", False)

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "jinlin.members.context_processors.navigation",
            ],
            # Every page may use the shared filters (person, hours, outcome_list).
            "builtins": ["jinlin.core.templatetags.jinlin"],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {"default": sqlite_database(DATA_DIR / "jinlin.sqlite3")}

# A PostgreSQL streaming replica the heavy readers (党群云图, figures, 台账, briefings) read
# from, never older than what the reader wrote (jinlin/core/replica.py).
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = database_from_url(DATABASE_REPLICA_URL)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["jinlin.core.replica.ReplicaRouter"]
# A page reads the replica only if it lags the primary by no more than this; a writer's WAL
# position is remembered this long; queued work waits this long for the replica to catch up;
# a replica that did not answer is tried again after this long.
# An organization with more communities than this under it (a city-sized district) has its
# figures page counted by the worker every few minutes and kept, not on every visit
# (``jinlin.cloudmap.kept``); each figure's list is still counted when opened.
FIGURES_LIVE_COMMUNITIES = env_int("FIGURES_LIVE_COMMUNITIES", 300)
FIGURES_KEEP_SECONDS = env_int("FIGURES_KEEP_SECONDS", 900)
REPLICA_MAX_LAG_SECONDS = env_int("REPLICA_MAX_LAG_SECONDS", 30)
REPLICA_STICKY_SECONDS = env_int("REPLICA_STICKY_SECONDS", 600)
REPLICA_WAIT_SECONDS = env_int("REPLICA_WAIT_SECONDS", 5)
REPLICA_RETRY_SECONDS = env_int("REPLICA_RETRY_SECONDS", 10)
# This machine's name in the job queue (a task's holder is node:pid): set it where several
# containers share one host name.
NODE_NAME = env_str("JINLIN_NODE") or socket.gethostname()

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES: dict[str, dict[str, object]] = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
elif TESTING:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # A file cache is shared by every worker process and needs no service: progress of
    # imports and sign-in throttling work the same under runserver and gunicorn.
    CACHES = {
        "default": {
            # Django's file cache, counting its folder once a minute, not at every write.
            "BACKEND": "jinlin.core.cache.FileCache",
            "LOCATION": str(DATA_DIR / "cache"),
            # One entry per signed-in phone (the token cache): room for a district's members.
            "OPTIONS": {"MAX_ENTRIES": env_int("FILE_CACHE_MAX_ENTRIES", 50_000)},
        }
    }

AUTHENTICATION_BACKENDS = ["jinlin.members.auth.UsernameOrPhoneBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # 等保 2.0: at least 8 characters of three kinds (lower, upper, digits, others).
    {"NAME": "jinlin.members.sessions.CharacterClassesValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Sign-in throttle: this many failures for one username (or one client address) within
# the window locks further attempts until the window has passed.
SIGNIN_MAX_FAILURES = env_int("SIGNIN_MAX_FAILURES", 5)
SIGNIN_WINDOW_SECONDS = env_int("SIGNIN_WINDOW_SECONDS", 15 * 60)
# Failed sign-ins from one client address, whatever the account, before that address is
# stopped: high, so that an office behind one NAT address is not locked out by one person.
SIGNIN_ADDRESS_MAX_FAILURES = env_int("SIGNIN_ADDRESS_MAX_FAILURES", 100)
# Roster rows one person may have checked against the database in a day (previews and
# imports together): room for a district's whole roster twice over, not for trying lists of
# guessed ID numbers or phones.
ROSTER_ROWS_PER_DAY = env_int("ROSTER_ROWS_PER_DAY", 200_000)
# Readiness (/readyz): a worker must have checked in within this many seconds (it does each
# minute), and the data folder's disk keep this much free.
READY_WORKER_SECONDS = env_int("READY_WORKER_SECONDS", 150)
READY_MIN_FREE_MB = env_int("READY_MIN_FREE_MB", 500)
# Metrics (/metrics): a bearer token, or else the addresses that may scrape directly.
METRICS_TOKEN = env_str("METRICS_TOKEN")
# Each process's request counts, summed by a scrape (jinlin/core/request_metrics.py).
METRICS_DIR = Path(env_str("METRICS_DIR", str(DATA_DIR / "metrics")))
if TESTING:
    import tempfile

    METRICS_DIR = Path(tempfile.mkdtemp(prefix="jinlin-test-metrics-"))
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", ["127.0.0.1/32", "::1/128"])
# Retention of personal data (days): household access logs, residents' one-time codes,
# uploaded roster files, photos of acceptance, reports, visits, requests and wishes.
RETAIN_ACCESS_LOG_DAYS = env_int("RETAIN_ACCESS_LOG_DAYS", 365)
RETAIN_PHONE_CODE_DAYS = env_int("RETAIN_PHONE_CODE_DAYS", 30)
RETAIN_ROSTER_FILE_DAYS = env_int("RETAIN_ROSTER_FILE_DAYS", 30)
RETAIN_PHOTO_DAYS = env_int("RETAIN_PHOTO_DAYS", 730)
# How long an API Idempotency-Key (and the answer it got) is kept.
IDEMPOTENCY_HOURS = env_int("IDEMPOTENCY_HOURS", 24)
# Heavy files (台账, 工作简报) one person may have on the queue at once, and ask for in a day.
EXPORTS_AT_ONCE = env_int("EXPORTS_AT_ONCE", 3)
EXPORTS_PER_DAY = env_int("EXPORTS_PER_DAY", 40)
# How many reverse proxies (nginx, a load balancer) stand in front of Jinlin: the client's own
# address is then read from X-Forwarded-For. 0 (the default) trusts no such header.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Text messages (residents' one-time codes, reminders): a class with send(phone, text) that
# talks to the district's gateway. Unset, a trial (DEBUG) logs them; a production site sends
# none and says so where a code is asked for (check --deploy names it).
SMS_BACKEND = env_str("SMS_BACKEND", "jinlin.core.sms.LogBackend" if DEBUG or TESTING else "")

# Site QR codes: a new code every ROTATE seconds, each valid for TTL seconds.
SITE_CODE_ROTATE_SECONDS = env_int("SITE_CODE_ROTATE_SECONDS", 60)
SITE_CODE_TTL_SECONDS = env_int("SITE_CODE_TTL_SECONDS", 300)
POINTS_PER_HOUR = env_int("POINTS_PER_HOUR", 1)
# The privacy notice (个人信息保护法 art. 17): its version (a new version asks everyone again),
# who processes the data and how to reach them.
PRIVACY_NOTICE_VERSION = env_str("PRIVACY_NOTICE_VERSION", "2026-12")
PRIVACY_CONTROLLER = env_str("PRIVACY_CONTROLLER", "")
PRIVACY_CONTACT = env_str("PRIVACY_CONTACT", "")
# A member's dispute of a service record is answered within this many days (民政部令第67号).
DISPUTE_DAYS = env_int("DISPUTE_DAYS", 15)

# The key that seals the service ledger (HMAC-SHA-256 of every row), kept out of the database.
# Set LEDGER_KEY in production (a long random string) and keep it as safely as SECRET_KEY; by
# default it is derived from SECRET_KEY. Rotation: give the new key a new LEDGER_KEY_ID and
# move the old one to LEDGER_OLD_KEYS (id:key,id:key) so the rows it sealed still verify.
LEDGER_KEY_SET = bool(env_str("LEDGER_KEY"))
LEDGER_KEY = (
    env_str("LEDGER_KEY") or hashlib.sha256(f"jinlin-ledger:{SECRET_KEY}".encode()).hexdigest()
)
LEDGER_KEY_ID = env_str("LEDGER_KEY_ID", "k1")[:16]
# Each day's anchor is also appended to this file, outside the database (put it on another
# disk or a mounted share), and sent to the district's admins; verify_ledger reads it.
LEDGER_ANCHOR_FILE = env_str(
    "LEDGER_ANCHOR_FILE", "" if TESTING else str(DATA_DIR / "ledger-anchors.txt")
)
LEDGER_OLD_KEYS = dict(
    item.split(":", 1) for item in env_list("LEDGER_OLD_KEYS", []) if ":" in item
)
PHOTO_MAX_BYTES = env_int("PHOTO_MAX_BYTES", 8 * 1024 * 1024)
# Pixels a photo may have (a phone's 50-megapixel camera fits); a bigger claim is refused
# before any pixel is decoded.
PHOTO_MAX_PIXELS = env_int("PHOTO_MAX_PIXELS", 60_000_000)

API_TOKEN_LIFETIME_HOURS = env_int("API_TOKEN_LIFETIME_HOURS", 24 * 14)
# How often ``jinlin worker`` seals the ledger rows credited since (0: only appends, checks
# and anchors seal them; ``jinlin.service.sealing``).
LEDGER_SEAL_SECONDS = env_int("LEDGER_SEAL_SECONDS", 1)
# What ``jinlin worker`` runs beside its queue: each is called with a threading.Event set
# when the worker stops.
WORKER_THREADS = ["jinlin.service.sealing.start"]
# How long a token's user is kept in the shared cache (0: always read from the database).
API_TOKEN_CACHE_SECONDS = env_int("API_TOKEN_CACHE_SECONDS", 300)

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "jinlin" / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it, even if empty
MEDIA_URL = "/media/"
# Uploads and made files; with more than one app server, a folder they all share (NFS).
MEDIA_ROOT = Path(env_str("JINLIN_MEDIA_DIR", str(DATA_DIR / "media"))).resolve()
if TESTING:  # tests' uploads go to a folder of their own, not into the demo's data
    import tempfile

    MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="jinlin-test-media-"))
# Behind nginx: the internal location that serves MEDIA_ROOT (jinlin/core/media.py decides who
# may see a file, nginx sends it). Empty: Jinlin sends the file itself.
MEDIA_ACCEL_REDIRECT = env_str("MEDIA_ACCEL_REDIRECT", "")
# Serve straight from the apps' static folders, so `jinlin serve` works without a
# collectstatic step; running collectstatic still works and adds long cache headers.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Uploads: rosters are read from a temporary file, never held whole in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
ROSTER_MAX_BYTES = env_int("ROSTER_MAX_BYTES", 25 * 1024 * 1024)
ROSTER_MAX_ROWS = env_int("ROSTER_MAX_ROWS", 200_000)
ROSTER_MAX_UNPACKED_BYTES = env_int("ROSTER_MAX_UNPACKED_BYTES", 100 * 1024 * 1024)
# The area from A1 to a sheet's farthest cell a reader may allocate, and the memory and time
# the parse of one file may take (in a child process, so that a hostile file fails its own
# import and never the worker).
ROSTER_MAX_CELLS = env_int("ROSTER_MAX_CELLS", 10_000_000)
ROSTER_PARSE_MEMORY_MB = env_int("ROSTER_PARSE_MEMORY_MB", 1536)
ROSTER_PARSE_SECONDS = env_int("ROSTER_PARSE_SECONDS", 300)

# 党群云图's rebalancer: units within this distance of a community may be proposed to support
# it (partners always may); a unit offers this share (in percent) of its members not already
# committed in the weeks planned.
REBALANCE_MAX_KM = env_int("REBALANCE_MAX_KM", 8)
REBALANCE_SPARE_PERCENT = env_int("REBALANCE_SPARE_PERCENT", 50)

# Long work (imports, exports, briefings, scheduled jobs) goes on a queue kept in the
# database and run by `jinlin worker` (jinlin/core/jobs.py); tests run it inline.
JINLIN_INLINE_JOBS = env_bool("JINLIN_INLINE_JOBS", TESTING)
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if JINLIN_INLINE_JOBS
        else "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
        # Inline (tests): run at once, even inside the test's transaction. On the queue: only
        # once the request's transaction has committed, so the worker finds what it needs.
        "ENQUEUE_ON_COMMIT": not JINLIN_INLINE_JOBS,
    }
}
# A task still marked running this long after it started, by a worker on another machine, is
# taken as lost (a worker on this machine is checked directly).
JOB_LOST_AFTER = env_int("JOB_LOST_AFTER", 6 * 3600)

SESSION_COOKIE_HTTPONLY = True
# Sessions end after this long without a request, and this long after signing in (等保 2.0).
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 30)
SESSION_MAX_HOURS = env_int("SESSION_MAX_HOURS", 12)
# Days an issued certificate stays on its community's 公示 list (民政部令第67号; at least 7).
CERTIFICATE_PUBLICITY_DAYS = max(7, env_int("CERTIFICATE_PUBLICITY_DAYS", 7))
# A second factor (an authenticator app) for every administrator, supervisor and superuser, on
# every door (jinlin/members/mfa.py); anyone may enrol one. Off for the demo, on in production.
REQUIRE_ADMIN_MFA = env_bool("REQUIRE_ADMIN_MFA", False)
# Administrators change their passwords at least this often (0: never).
PASSWORD_MAX_AGE_DAYS = env_int("PASSWORD_MAX_AGE_DAYS", 90)
# Served over HTTPS by a TLS-terminating proxy (nginx) that sets X-Forwarded-Proto: cookies
# only over HTTPS, plain HTTP redirected, browsers told to keep to HTTPS (HSTS).
HTTPS = env_bool("HTTPS", env_bool("SECURE_COOKIES", False))
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (jinlin/core/security.py): scripts from this site only. An intranet
# map tile server, if a district has one, is added to the images it may load.
CSP_EXTRA_IMAGE_ORIGINS = env_list("CSP_EXTRA_IMAGE_ORIGINS", [])
# 党群云图 draws communities without any map server. A district whose intranet has a tile
# server (Web Mercator, https://tiles.example/{z}/{x}/{y}.png) may show its tiles beneath.
CLOUDMAP_TILE_URL = env_str("CLOUDMAP_TILE_URL", "")
if CLOUDMAP_TILE_URL:
    from urllib.parse import urlsplit as _split

    _tiles = _split(CLOUDMAP_TILE_URL)
    if _tiles.scheme and _tiles.netloc:
        CSP_EXTRA_IMAGE_ORIGINS = [*CSP_EXTRA_IMAGE_ORIGINS, f"{_tiles.scheme}://{_tiles.netloc}"]

NINJA_PAGINATION_PER_PAGE = 20

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
