"""The stand-alone intranet's settings: production hardening, zero-config dev, env parsing."""

import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured

from ik_wagtail.settings.base import cache_settings, search_backend_settings

REPO = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "x7#Lq2!vR9@pW4$zK8^mN1&bT6*cY3(hJ5)dF0-gS2+eA9_uQ4=iO7",
    "ALLOWED_HOSTS": "intranet.kreis-heinsberg.example",
    "WAGTAILADMIN_BASE_URL": "https://intranet.kreis-heinsberg.example",
}


def run_manage(*args, settings_module, extra_env, tmp_path):
    """Run manage.py in a clean environment: only PATH and what the test passes."""
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": settings_module,
        "IK_DATA_DIR": str(tmp_path),
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_production_settings_pass_deploy_check_when_required_env_is_set(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        settings_module="ik_wagtail.settings.production",
        extra_env=PRODUCTION_ENV,
        tmp_path=tmp_path,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    # The one silenced check is django-axes' advice to lock by address (see base.py).
    assert "System check identified no issues (1 silenced)." in result.stdout


@pytest.mark.slow
def test_production_settings_refuse_to_start_without_secret_key(tmp_path):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}

    result = run_manage(
        "check", settings_module="ik_wagtail.settings.production", extra_env=env, tmp_path=tmp_path
    )

    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set in production." in result.stderr


@pytest.mark.slow
def test_dev_settings_work_without_any_environment(tmp_path):
    data_dir = tmp_path / "fresh-checkout-data"

    result = run_manage(
        "check", settings_module="ik_wagtail.settings.dev", extra_env={}, tmp_path=data_dir
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert data_dir.is_dir()


def test_cache_settings_default_to_local_memory():
    assert cache_settings("") == {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }


def test_cache_settings_reject_unknown_scheme():
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL must start with redis://"):
        cache_settings("memcached://127.0.0.1:11211")


def test_cache_settings_redis_url_reaches_the_running_redis():
    config = cache_settings("redis://127.0.0.1:6379/15")["default"]
    cache = RedisCache(config["LOCATION"], {"KEY_PREFIX": "ik_wagtail_test"})

    try:
        cache.set("probe", "Übach-Palenberg", timeout=10)
        stored = cache.get("probe")
        cache.delete("probe")
    finally:
        # Django keeps redis connection pools open for the process; close ours explicitly.
        for pool in cache._cache._pools.values():
            pool.disconnect()

    assert config["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert stored == "Übach-Palenberg"


def test_search_backend_uses_german_configuration_on_postgres():
    assert search_backend_settings("", database_is_postgres=True) == {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"}
    }


def test_search_backend_is_plain_database_search_on_sqlite():
    assert search_backend_settings("", database_is_postgres=False) == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


def test_search_backend_selects_elasticsearch_from_search_url():
    backend = search_backend_settings("elasticsearch8+http://127.0.0.1:9200", False)["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["http://127.0.0.1:9200"]


def test_search_backend_rejects_malformed_search_url():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL must look like"):
        search_backend_settings("http://127.0.0.1:9200", False)


def test_search_engine_gets_german_analysis_as_its_default_analyzer(monkeypatch):
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
    from modelsearch.utils import deep_update

    monkeypatch.setenv("SEARCH_DECOMPOUNDER", "analysis/de_DR.xml, analysis/dictionary-de.txt")
    backend = search_backend_settings("opensearch2+http://127.0.0.1:9200", False)["default"]
    # What the backend makes of it (``ElasticsearchBaseSearchBackend.__init__``).
    received = deep_update(
        copy.deepcopy(ElasticsearchBaseSearchBackend.settings), backend["INDEX_SETTINGS"]
    )["settings"]["analysis"]

    assert received["analyzer"]["default"]["filter"] == [
        "lowercase",
        "german_stop",
        "german_decompounder",
        "german_normalization",
        "asciifolding",
        "german_stemmer",
    ]
    assert received["filter"]["german_decompounder"] == {
        "type": "hyphenation_decompounder",
        "hyphenation_patterns_path": "analysis/de_DR.xml",
        "word_list_path": "analysis/dictionary-de.txt",
        "only_longest_match": True,
        "min_subword_size": 4,
    }
    assert received["filter"]["german_stemmer"]["language"] == "light_german"
    assert "ngram_analyzer" in received["analyzer"]  # Wagtail's own analyzers stay


def test_search_engine_without_decompounder_files_still_analyses_german(monkeypatch):
    monkeypatch.delenv("SEARCH_DECOMPOUNDER", raising=False)
    backend = search_backend_settings("elasticsearch8+http://127.0.0.1:9200", False)["default"]

    analyzer = backend["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert "german_decompounder" not in analyzer["filter"]
    assert "german_normalization" in analyzer["filter"]
