"""Settings shared by every environment."""

from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

SRC_DIR = Path(__file__).resolve().parent.parent.parent
BASE_DIR = SRC_DIR.parent
VAR_DIR = Path(env_str("WERKPAD_VAR_DIR", str(BASE_DIR / "var")))
# Uploaded files (a region's signed agreement): never served as static files, only through a
# view that asks the access policy first (network.views.agreements).
MEDIA_ROOT = Path(env_str("WERKPAD_MEDIA_DIR", str(VAR_DIR / "media")))

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "werkpad.core",
    "werkpad.organisations",
    "werkpad.accounts",
    "werkpad.access",
    "werkpad.audit",
    "werkpad.clients",
    "werkpad.trajectories",
    "werkpad.employment",
    "werkpad.portal",
    "werkpad.network",
    "werkpad.api",
    # On top of every context: the demo region and the data generators (their commands).
    "werkpad.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # htmx first, so the timeout answers htmx requests with HX-Redirect.
    "django_htmx.middleware.HtmxMiddleware",
    "werkpad.accounts.middleware.SessionTimeoutMiddleware",
    # Fail closed: a view is private unless marked @login_not_required. After the timeout
    # (which answers an ended session first, with expired=1) and after htmx (which it uses).
    "werkpad.accounts.middleware.WerkpadLoginRequiredMiddleware",
    "werkpad.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "werkpad.access.middleware.ActorMiddleware",
    "werkpad.accounts.middleware.RequireMFAMiddleware",
    "werkpad.accounts.middleware.NoStoreMiddleware",
    # Last, so that it sees every response after the views ran.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "werkpad.urls"
WSGI_APPLICATION = "werkpad.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "werkpad" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "werkpad.organisations.context_processors.werkpad",
            ],
        },
    },
]

SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'werkpad.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a lock instead of failing at once when the worker and the server both write;
    # take the write lock when a transaction starts, not halfway (no deadlock to retry); and
    # write-ahead logging, so readers never wait for a writer (issue 14: several workers).
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(SQLITE_OPTIONS)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out account/address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {
        # Our users have one full_name, not Django's first and last name.
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "full_name")},
    },
    {
        "NAME": "werkpad.accounts.validators.WerkpadMinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation: Dutch first, English available -------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [SRC_DIR / "werkpad" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static files: NL Design System CSS and htmx are copied from npm into static/vendor --
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("WERKPAD_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [SRC_DIR / "werkpad" / "static"]

# --- Sessions: server-side, idle and absolute limits (ASVS V7) ------------------------------
SESSION_ENGINE = "django.contrib.sessions.backends.db"
WERKPAD_SESSION_IDLE_SECONDS = env_int("WERKPAD_SESSION_IDLE_SECONDS", 15 * 60)
WERKPAD_SESSION_ABSOLUTE_SECONDS = env_int("WERKPAD_SESSION_ABSOLUTE_SECONDS", 12 * 60 * 60)
# The idle warning appears this many seconds before the idle limit.
WERKPAD_SESSION_WARNING_SECONDS = env_int("WERKPAD_SESSION_WARNING_SECONDS", 2 * 60)
SESSION_COOKIE_AGE = WERKPAD_SESSION_ABSOLUTE_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# --- Authentication: allauth (e-mail + password, TOTP and recovery codes) ------------------
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_ADAPTER = "werkpad.accounts.adapter.WerkpadAccountAdapter"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_PREVENT_ENUMERATION = True
# Changing the e-mail address or password asks for the password (or second factor) again.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_CHANGE_EMAIL = True
# A new login address counts only after its link is followed: one day, and the link stops
# working once the address is confirmed (accounts/signals.py keeps every account's own
# address verified, so an unconfirmed one can never be made primary).
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 1
# Lockout is django-axes' job (per account and address, persisted); allauth's own counter of
# failed logins stays as a second, cache-based brake.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/15m/ip,20/15m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Werkpad"
# A professional (always with a second factor) may ask to change their login address: the new
# address stays unverified and powerless until its link is followed (allauth's default
# refuses the request outright for accounts with a second factor). Sign-up is closed, so the
# other thing this allows (an unverified sign-up adding a factor) cannot happen.
MFA_ALLOW_UNVERIFIED_EMAIL = True
# Professionals and employer users must have a second factor before any other page.
WERKPAD_REQUIRE_MFA = env_bool("WERKPAD_REQUIRE_MFA", True)

# --- Lockout: django-axes -----------------------------------------------------------------
AXES_FAILURE_LIMIT = env_int("WERKPAD_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours: a lockout ends by itself after 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "login"
AXES_USERNAME_CALLABLE = "werkpad.accounts.lockout.username_from_request"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "werkpad.accounts.lockout.lockout_response"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Behind a reverse proxy set WERKPAD_PROXY_COUNT to the number of proxies, so the client's
# own address (from X-Forwarded-For) is used for lockout and in the access log.
WERKPAD_PROXY_COUNT = env_int("WERKPAD_PROXY_COUNT", 0)
# Werkpad's own address, for links in e-mails sent without a request (the daily digest).
WERKPAD_BASE_URL = env_str("WERKPAD_BASE_URL", "http://127.0.0.1:8000")
AXES_IPWARE_PROXY_COUNT = WERKPAD_PROXY_COUNT or None
ALLAUTH_TRUSTED_PROXY_COUNT = WERKPAD_PROXY_COUNT  # allauth's own rate limit
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if WERKPAD_PROXY_COUNT else ["REMOTE_ADDR"]
)

# --- Security headers ----------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Background tasks: Django's tasks API (django-tasks backport) on the database ------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- E-mail through Django's mail API -----------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Werkpad <noreply@werkpad.example>")

# --- Audit log (NEN 7513) -----------------------------------------------------------------
WERKPAD_ACCESS_LOG_RETENTION_DAYS = env_int("WERKPAD_ACCESS_LOG_RETENTION_DAYS", 5 * 365)
# Break the glass (decision 0033): how long access outside the care team lasts.
WERKPAD_BREAK_THE_GLASS_HOURS = env_int("WERKPAD_BREAK_THE_GLASS_HOURS", 4)
# Refuse access-log event codes that are not in audit/events.py (on in tests and the demo;
# in production an unknown code is still written: a lost row is worse than an odd code).
WERKPAD_STRICT_AUDIT_EVENTS = env_bool("WERKPAD_STRICT_AUDIT_EVENTS", False)

# --- Encryption at rest (organisations' own client numbers): Fernet keys, newest first -----
WERKPAD_FIELD_ENCRYPTION_KEYS = env_list("WERKPAD_FIELD_ENCRYPTION_KEYS", [])

# Shown on every page when an environment relaxes a production control (the demo does).
WERKPAD_ENVIRONMENT_BANNER: str | Promise = ""

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("WERKPAD_LOG_LEVEL", "WARNING")},
}
