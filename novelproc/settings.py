"""novelproc settings: one module, every knob from the environment.

Defaults run on a laptop (SQLite + local redis-server); production sets
DATABASE_URL, REDIS_URL, SECRET_KEY, DEBUG=false and ALLOWED_HOSTS.
See .env.example for the full list. Each setting is defined once, in its
section, and checked here (novelproc.env): a bad value stops the start-up.
Secrets may come from a file instead: NAME_FILE=/run/secrets/name.
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from novelproc.env import (
    database_from_url,
    env_allauth_rates,
    env_bool,
    env_choice,
    env_class_path,
    env_float,
    env_int,
    env_list,
    env_rate,
    env_secret,
    env_str,
    env_timezone,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("NOVELPROC_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_secret("SECRET_KEY", "dev-insecure-key-change-me" if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is false")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.google",
    "allauth.usersessions",
    "django_dramatiq",
    "dramatiq_crontab",
    "accounts",
    "jobs",
    "jobs.studysets",
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
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
]

ROOT_URLCONF = "novelproc.urls"
WSGI_APPLICATION = "novelproc.wsgi.application"

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
                "accounts.context_processors.balance",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASE_URL = env_secret("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
DB_CONN_MAX_AGE = env_int("DB_CONN_MAX_AGE", 60, minimum=0)
SQLITE_BUSY_TIMEOUT_S = env_int("SQLITE_BUSY_TIMEOUT_S", 20, minimum=1)
DATABASES = {
    "default": database_from_url(DATABASE_URL, conn_max_age=DB_CONN_MAX_AGE, sqlite_timeout_s=SQLITE_BUSY_TIMEOUT_S)
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: broker and shared cache ---------------------------------------
REDIS_URL = env_secret("REDIS_URL", "redis://127.0.0.1:6379/0")
CACHE_REDIS_URL = env_secret("CACHE_REDIS_URL", REDIS_URL)
# Short socket timeouts: during a Redis outage a request answers 503 at once (errors.REDIS_DOWN, sessions).
REDIS_TIMEOUT_S = env_float("REDIS_TIMEOUT_S", 2.0, minimum=0.1)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_REDIS_URL,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "novelproc"),
        "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT_S, "socket_timeout": REDIS_TIMEOUT_S},
    }
}

DRAMATIQ_BROKER = {
    "BROKER": "jobs.broker.RedisBroker",
    "OPTIONS": {
        "url": REDIS_URL,
        "namespace": env_str("DRAMATIQ_NAMESPACE", "novelproc"),
        # How long a silent worker is trusted before its unacked messages go back on the queue.
        "heartbeat_timeout": env_int("DRAMATIQ_HEARTBEAT_TIMEOUT_MS", 60_000, minimum=1000),
    },
    "MIDDLEWARE": [
        "dramatiq.middleware.AgeLimit",
        "dramatiq.middleware.TimeLimit",
        "dramatiq.middleware.Callbacks",
        "dramatiq.middleware.Retries",
        "dramatiq.middleware.CurrentMessage",
        "django_dramatiq.middleware.DbConnectionsMiddleware",
        "jobs.middleware.OneMessagePerThread",
        "jobs.middleware.ForgetQueries",
        "jobs.middleware.WorkerRegistry",
        "jobs.middleware.ScratchCleanupOnBoot",
        "jobs.middleware.WarmUpOnBoot",
        "jobs.middleware.SweepOnBoot",
    ],
}
DRAMATIQ_AUTODISCOVER_MODULES = ["actors"]
DRAMATIQ_CRONTAB = {"REDIS_URL": REDIS_URL}
DRAMATIQ_PROCESSES = env_int("DRAMATIQ_PROCESSES", 2, minimum=1)
DRAMATIQ_THREADS = env_int("DRAMATIQ_THREADS", 1, minimum=1)

# --- Auth -----------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = env_choice("ACCOUNT_EMAIL_VERIFICATION", "none", ["none", "optional", "mandatory"])
ACCOUNT_LOGOUT_ON_GET = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_LOGIN_ON_GET = False
# Activity tracking writes on every request (5 queries on each 2 s status poll); sessions are still
# listed and revocable without it.
USERSESSIONS_TRACK_ACTIVITY = env_bool("USERSESSIONS_TRACK_ACTIVITY", False)
# Reverse proxies in front of the app that append to X-Forwarded-For. 0 (the default): the header is
# the client's to write and is ignored, the socket address is the client. With N, the Nth address
# from the right is the client. Rate limits per address (allauth's and the API's) read it.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
# Failed password attempts, per client address and per account (the email, whether or not an account
# has it), shared by the web sign-in and the API's token endpoint. allauth's syntax: amount/duration/per.
ACCOUNT_RATE_LIMITS = {"login_failed": env_allauth_rates("RATE_LIMIT_LOGIN_FAILED", "10/m/ip,5/5m/key")}
# cached_db that falls back to the database alone while Redis is down.
SESSION_ENGINE = "accounts.sessions"

GOOGLE_CLIENT_ID = env_str("GOOGLE_CLIENT_ID", "")
GOOGLE_CLIENT_SECRET = env_secret("GOOGLE_CLIENT_SECRET", "")
# Overridable so tests can point allauth's real Google code at a loopback fake.
GOOGLE_OAUTH_AUTHORIZE_URL = env_str("GOOGLE_OAUTH_AUTHORIZE_URL", "https://accounts.google.com/o/oauth2/v2/auth")
GOOGLE_OAUTH_TOKEN_URL = env_str("GOOGLE_OAUTH_TOKEN_URL", "https://oauth2.googleapis.com/token")
GOOGLE_OAUTH_USERINFO_URL = env_str("GOOGLE_OAUTH_USERINFO_URL", "https://www.googleapis.com/oauth2/v2/userinfo")
GOOGLE_OAUTH_CERTS_URL = env_str("GOOGLE_OAUTH_CERTS_URL", "https://www.googleapis.com/oauth2/v1/certs")
GOOGLE_OAUTH_ISSUER = env_str("GOOGLE_OAUTH_ISSUER", "https://accounts.google.com")
GOOGLE_APPS = [{"client_id": GOOGLE_CLIENT_ID, "secret": GOOGLE_CLIENT_SECRET, "key": ""}] if GOOGLE_CLIENT_ID else []
# django-allauth 65.x reads these keys once, when its Google views module is imported.
SOCIALACCOUNT_PROVIDERS = {
    "google": {
        "AUTHORIZE_URL": GOOGLE_OAUTH_AUTHORIZE_URL,
        "ACCESS_TOKEN_URL": GOOGLE_OAUTH_TOKEN_URL,
        "IDENTITY_URL": GOOGLE_OAUTH_USERINFO_URL,
        "CERTS_URL": GOOGLE_OAUTH_CERTS_URL,
        "ID_TOKEN_ISSUER": GOOGLE_OAUTH_ISSUER,
        "SCOPE": ["openid", "profile", "email"],
        "AUTH_PARAMS": {"access_type": "online"},
        "OAUTH_PKCE_ENABLED": True,
        "FETCH_USERINFO": True,
        **({"APPS": GOOGLE_APPS} if GOOGLE_APPS else {}),
    }
}
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "accounts.adapters.SocialAccountAdapter"

# --- API: one error shape, per-user throttles on the Redis cache, docs assets served locally ---
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "novelproc.api.exception_handler",
    "DEFAULT_PAGINATION_CLASS": None,
    # DRF's throttles with atomic counting (novelproc.ratelimits).
    "DEFAULT_THROTTLE_CLASSES": ["novelproc.ratelimits.UserThrottle", "novelproc.ratelimits.ScopedThrottle"],
    # Per user: N/second|minute|hour|day. The exports limit is EXPORT_RATE (Exports, below).
    "DEFAULT_THROTTLE_RATES": {
        "uploads": env_rate("THROTTLE_UPLOADS", "10/hour"),
        "user": env_rate("THROTTLE_USER", "2000/hour"),
        "auth": env_rate("THROTTLE_AUTH", "30/minute"),  # token requests with a password, per client address
    },
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "novelproc API",
    "DESCRIPTION": "Turn French novel PDFs into short sentences for language learners.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_SETTINGS": {"persistAuthorization": True},
    # Two API fields are named "mode" (Sheets new/append, study set cover/drill): name each enum.
    "ENUM_NAME_OVERRIDES": {
        "StudySetModeEnum": "jobs.studysets.api.MODE_CHOICES",
        "SheetsModeEnum": [("new", "new"), ("append", "append")],
    },
}

# --- Files ----------------------------------------------------------------
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads live in Django storage: a local directory for one machine (filesystem), an S3-compatible
# bucket that web and worker hosts share (s3), or any storage class named by its dotted path.
STORAGE_BACKENDS = {"filesystem": "django.core.files.storage.FileSystemStorage", "s3": "storages.backends.s3.S3Storage"}
FILE_STORAGE_BACKEND = env_class_path("FILE_STORAGE_BACKEND", "filesystem", STORAGE_BACKENDS)
FILE_STORAGE_OPTIONS: dict = {}
if FILE_STORAGE_BACKEND == STORAGE_BACKENDS["s3"]:
    S3_BUCKET = env_str("S3_BUCKET", "")
    if not S3_BUCKET:
        raise ImproperlyConfigured("S3_BUCKET must be set when FILE_STORAGE_BACKEND is s3")
    S3_ADDRESSING_STYLE = env_choice("S3_ADDRESSING_STYLE", "auto", ["auto", "path", "virtual"])
    FILE_STORAGE_OPTIONS = {
        "bucket_name": S3_BUCKET,
        "location": env_str("S3_PREFIX", "").strip("/"),
        # Empty endpoint and keys: AWS itself, credentials from boto3's usual chain (AWS_* variables, instance role).
        "endpoint_url": env_str("S3_ENDPOINT_URL", "") or None,
        "region_name": env_str("S3_REGION", "") or None,
        "access_key": env_secret("S3_ACCESS_KEY_ID", "") or None,
        "secret_key": env_secret("S3_SECRET_ACCESS_KEY", "") or None,
        "addressing_style": None if S3_ADDRESSING_STYLE == "auto" else S3_ADDRESSING_STYLE,
        "default_acl": None,  # private objects: the bucket's own policy applies
        "file_overwrite": False,
        "querystring_auth": True,
        # A download larger than this spills to a temporary file instead of memory.
        "max_memory_size": 2 * 1024 * 1024,
    }
STORAGES = {
    "default": {"BACKEND": FILE_STORAGE_BACKEND, "OPTIONS": FILE_STORAGE_OPTIONS},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
UPLOAD_MAX_MB = env_int("UPLOAD_MAX_MB", 100, minimum=1)
# All PDFs kept for one user at a time (drafts waiting for confirmation, files of running and recent jobs).
UPLOAD_STORAGE_QUOTA_MB = env_int("UPLOAD_STORAGE_QUOTA_MB", 1000, minimum=1)
# An upload the web shows for confirmation is deleted by the sweep when left unconfirmed this long.
DRAFT_RETENTION_HOURS = env_float("DRAFT_RETENTION_HOURS", 3.0, minimum=0.0)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_TEMP_DIR = env_str("FILE_UPLOAD_TEMP_DIR", "") or None
PDF_MAX_PAGES = env_int("PDF_MAX_PAGES", 1500, minimum=1)
PDF_EXTRACT_TIMEOUT_S = env_float("PDF_EXTRACT_TIMEOUT_S", 120.0, minimum=1.0)
PDF_EXTRACT_MEMORY_MB = env_int("PDF_EXTRACT_MEMORY_MB", 1024, minimum=128)
PDF_RETENTION_HOURS = env_int("PDF_RETENTION_HOURS", 72, minimum=0)

# --- Jobs -----------------------------------------------------------------
CHUNK_PAGES_SMALL_BOOK = env_int("CHUNK_PAGES_SMALL_BOOK", 30, minimum=1)
CHUNK_PAGES_MEDIUM = env_int("CHUNK_PAGES_MEDIUM", 20, minimum=1)
CHUNK_PAGES_MEDIUM_BOOK = env_int("CHUNK_PAGES_MEDIUM_BOOK", 100, minimum=1)
CHUNK_PAGES_LARGE = env_int("CHUNK_PAGES_LARGE", 15, minimum=1)
# A split, a chunk or a merge holds a lease on its row and renews it every third of the lease while it
# works, so a killed worker's work is taken up again one lease later, however long the work takes.
CHUNK_LEASE_S = env_int("CHUNK_LEASE_S", 30, minimum=1)
CHUNK_MAX_ATTEMPTS = env_int("CHUNK_MAX_ATTEMPTS", 5, minimum=1)
JOB_TIME_BUDGET_S = env_int("JOB_TIME_BUDGET_S", 6 * 3600, minimum=60)
# A job still merging this long after its deadline is failed with nothing charged.
JOB_MERGE_GRACE_S = env_int("JOB_MERGE_GRACE_S", 30 * 60, minimum=1)
# Only read by watchdog messages queued by an earlier release; the sweep does their work now.
WATCHDOG_INTERVAL_S = env_int("WATCHDOG_INTERVAL_S", 60, minimum=1)
# The sweep resends whatever PostgreSQL says is owed and Redis does not hold.
SWEEP_INTERVAL_S = env_int("SWEEP_INTERVAL_S", 10, minimum=1)
# A worker process that has not said it is alive for this long is taken for dead.
WORKER_ALIVE_S = env_int("WORKER_ALIVE_S", 10, minimum=2)
MAX_ACTIVE_JOBS_PER_USER = env_int("MAX_ACTIVE_JOBS_PER_USER", 3, minimum=1)

# --- Credits (the server computes every price) ----------------------------
SIGNUP_GRANT_CREDITS = env_int("SIGNUP_GRANT_CREDITS", 1000, minimum=0)
MONTHLY_GRANT_CREDITS = env_int("MONTHLY_GRANT_CREDITS", 500, minimum=0)
PRICE_LOCAL_PER_PAGE = env_int("PRICE_LOCAL_PER_PAGE", 1, minimum=0)
# Gemini: credits per 1,000 tokens (input + output) for each tier.
PRICE_GEMINI_PER_1K_TOKENS = {
    "speed": env_int("PRICE_GEMINI_SPEED_PER_1K_TOKENS", 1, minimum=0),
    "balanced": env_int("PRICE_GEMINI_BALANCED_PER_1K_TOKENS", 3, minimum=0),
    "quality": env_int("PRICE_GEMINI_QUALITY_PER_1K_TOKENS", 10, minimum=0),
}

# --- Gemini ---------------------------------------------------------------
GEMINI_API_KEY = env_secret("GEMINI_API_KEY", "")
GEMINI_BASE_URL = env_str("GEMINI_BASE_URL", "")
GEMINI_MODELS = {
    "speed": env_str("GEMINI_MODEL_SPEED", "gemini-2.5-flash-lite"),
    "balanced": env_str("GEMINI_MODEL_BALANCED", "gemini-2.5-flash"),
    "quality": env_str("GEMINI_MODEL_QUALITY", "gemini-2.5-pro"),
}
GEMINI_REQUESTS_PER_MINUTE = env_int("GEMINI_REQUESTS_PER_MINUTE", 60, minimum=1)
GEMINI_TIMEOUT_S = env_int("GEMINI_TIMEOUT_S", 120, minimum=1)
# Source words per request (only sentences over the limit are sent).
GEMINI_BATCH_WORDS = env_int("GEMINI_BATCH_WORDS", 1000, minimum=20)
# Longest a worker waits for a rate-limit slot before handing the chunk back for a retry.
GEMINI_RATE_WAIT_MAX_S = env_int("GEMINI_RATE_WAIT_MAX_S", 60, minimum=1)

# --- Security (production values come from the environment) ---------------
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_timezone("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": env_choice("LOG_LEVEL", "INFO", LOG_LEVELS)},
    # The scheduler logs every lock refresh at INFO; keep its warnings only.
    "loggers": {"apscheduler": {"level": "WARNING"}},
}

# --- Exports ----------------------------------------------------------------
# Exports per user (files and Google Sheets, of jobs and study sets), web and API drawing from one count.
EXPORT_RATE = env_rate("THROTTLE_EXPORTS", "60/hour")
# Rows fetched per round trip while streaming an export (server-side cursor).
EXPORT_DB_CHUNK_SIZE = env_int("EXPORT_DB_CHUNK_SIZE", 2000, minimum=100)
# Rows per Sheets values.append call (Google advises ~2 MB payloads at most).
EXPORT_SHEETS_BATCH_ROWS = env_int("EXPORT_SHEETS_BATCH_ROWS", 1000, minimum=1)
# Empty: Google's real endpoint. Tests point the real client at a loopback fake.
GOOGLE_SHEETS_API_BASE_URL = env_str("GOOGLE_SHEETS_API_BASE_URL", "")
# Sheets export needs the user's Google access token kept after login.
SOCIALACCOUNT_STORE_TOKENS = True

# --- Study sets -------------------------------------------------------------
# Size of the default word list (wordfreq's most frequent French words).
STUDYSET_TOP_N = env_int("STUDYSET_TOP_N", 2000, minimum=10, maximum=50_000)
# Flat price of one study set, reserved at creation, charged when it completes, released if it fails.
STUDYSET_PRICE_CREDITS = env_int("STUDYSET_PRICE_CREDITS", 5, minimum=0)
# Study sets one user may have computing at once.
STUDYSET_MAX_ACTIVE_PER_USER = env_int("STUDYSET_MAX_ACTIVE_PER_USER", 2, minimum=1)
# Uploaded / pasted word lists: most words and bytes accepted.
STUDYSET_LIST_MAX_WORDS = env_int("STUDYSET_LIST_MAX_WORDS", 20_000, minimum=1)
STUDYSET_LIST_MAX_BYTES = env_int("STUDYSET_LIST_MAX_BYTES", 1_000_000, minimum=1000)
# Known-word imports (an Anki package holds more than words): most bytes accepted.
STUDYSET_KNOWN_MAX_BYTES = env_int("STUDYSET_KNOWN_MAX_BYTES", 50_000_000, minimum=1000)
# Drill mode keeps at most this many sentences; a swap offers at most this many alternatives.
STUDYSET_DRILL_MAX_SENTENCES = env_int("STUDYSET_DRILL_MAX_SENTENCES", 1000, minimum=1)
STUDYSET_SWAP_CHOICES = env_int("STUDYSET_SWAP_CHOICES", 20, minimum=1)
