# Two commands matter: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?=
# pip itself is pinned too, so a fresh install is the same on every machine.
PIP_VERSION ?= 26.3

.PHONY: demo test bench search-quality install lint lock clean

$(VENV)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "De Kennishub vraagt Python 3.11; $(PYTHON) is " + sys.version.split()[0] + ". Kies een andere met: make PYTHON=python3.11 ...")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==$(PIP_VERSION)"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

install: $(VENV)/.installed

# Links in emails and the API use SITE_URL: the address the demo really runs on.
DEMO_ENV := DJANGO_SETTINGS_MODULE=hub.settings.dev SITE_URL=http://127.0.0.1:$(PORT)

demo: install
	$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEMO_ENV) $(BIN)/python manage.py load_demo
	@echo ""
	@echo "De Kennishub draait op http://127.0.0.1:$(PORT)/  (beheer: http://127.0.0.1:$(PORT)/admin/, stoppen: Ctrl+C)"
	$(DEMO_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m tests.bench.run

# Search quality (tests/search_quality): recall@5 and MRR of the judged queries, per backend:
# SQLite always, PostgreSQL when a server answers (SEARCH_QUALITY_DATABASE_URL, default the
# local one), and the search engine when OPENSEARCH_URL or ELASTICSEARCH_URL is set.
SEARCH_QUALITY_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kennishub
QUALITY := $(BIN)/python -m pytest -q -s -p no:randomly tests/search_quality/test_quality.py
search-quality: install
	@echo "== SQLite"; env -u DATABASE_URL -u ELASTICSEARCH_URL -u OPENSEARCH_URL $(QUALITY)
	@if command -v pg_isready >/dev/null && pg_isready -q -d "$(SEARCH_QUALITY_DATABASE_URL)"; then \
		echo "== PostgreSQL"; \
		env -u ELASTICSEARCH_URL -u OPENSEARCH_URL DATABASE_URL="$(SEARCH_QUALITY_DATABASE_URL)" $(QUALITY); \
	else echo "== PostgreSQL: no server at $(SEARCH_QUALITY_DATABASE_URL), skipped"; fi
	@if [ -n "$$OPENSEARCH_URL$$ELASTICSEARCH_URL" ]; then echo "== search engine"; $(QUALITY); fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Re-pin every dependency after changing pyproject.toml.
lock: install
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles media
