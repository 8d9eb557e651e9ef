"""The settings refuse an unsafe production setup and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOOD_KEY = "k3Yq8vT1nZpL0xW7rB2cJ9mF4hD6sA5gE8uR1tY3iO7pQ0wZ2xC4vB6nM8lK1jH3g"


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.update(env)
    clean.setdefault("DATABASE_URL", "")
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=clean,
                          capture_output=True, text=True, timeout=120)


def test_production_without_secret_key_refuses_to_start():
    result = run_manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required when DJANGO_DEBUG=0" in result.stderr


def test_deploy_check_is_clean_with_https():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING",
                        DJANGO_DEBUG="0", DJANGO_HTTPS="1", DJANGO_SECRET_KEY=GOOD_KEY,
                        DJANGO_ALLOWED_HOSTS="verbatim.example")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_without_https():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING",
                        DJANGO_DEBUG="0", DJANGO_SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr + result.stdout


def test_unsupported_database_is_refused():
    result = run_manage("check", DATABASE_URL="mysql://root@127.0.0.1/test")
    assert result.returncode != 0
    assert "SQLite or PostgreSQL" in result.stderr


def test_settings_defaults(settings):
    assert settings.LANGUAGE_CODE == "fr"
    assert [code for code, _ in settings.LANGUAGES] == ["fr", "en"]
    assert settings.TIME_ZONE == "Europe/Paris"
    assert settings.MIDDLEWARE[:2] == ["django.middleware.security.SecurityMiddleware",
                                       "whitenoise.middleware.WhiteNoiseMiddleware"]
    assert "django.middleware.locale.LocaleMiddleware" in settings.MIDDLEWARE
    assert "django.middleware.csrf.CsrfViewMiddleware" in settings.MIDDLEWARE


def test_migrations_match_the_models_and_checks_pass():
    result = run_manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_manage("check")
    assert result.returncode == 0 and "no issues" in result.stdout
