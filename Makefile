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

# Development tools from npm (package-lock.json): the W3C Nu HTML validator (vnu-jar; it needs
# Java 17) for tests/ops/test_html_valid.py. `npm ci` again when the lock changes; its install
# script (which would download a Java) is not run. Without npm the validator test is skipped.
node_modules/.installed: package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm ontbreekt: de HTML-validator (vnu-jar) is niet geinstalleerd; die test wordt overgeslagen."; fi

install: $(VENV)/.installed node_modules/.installed

# Links in emails and the API use SITE_URL: the address the demo really runs on.
# `make demo` runs with DEBUG off (hub/settings/demo.py: the Dutch 404 and 500 pages, as a
# visitor sees them); `make demo-debug` with DEBUG on (hub/settings/dev.py: Django's debug pages).
DEMO_SETTINGS ?= hub.settings.demo
DEMO_ENV = DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) SITE_URL=http://127.0.0.1:$(PORT)
# The output of migrate and load_demo goes to this file; the terminal shows only the address
# and the accounts. When a step fails, its last lines are shown and make stops.
DEMO_LOG ?= var/demo.log
demo_step = $(1) >>$(DEMO_LOG) 2>&1 || { status=$$?; echo "Dit ging mis: $(2). De laatste regels uit $(DEMO_LOG):"; tail -n 40 $(DEMO_LOG); exit $$status; }

.PHONY: demo-debug demo-load demo-serve
demo: install demo-load demo-serve

demo-debug: DEMO_SETTINGS = hub.settings.dev
demo-debug: demo

# migrate and load the demo content (idempotent); only the accounts reach the terminal.
demo-load:
	@mkdir -p $(dir $(DEMO_LOG)) && : >$(DEMO_LOG)
	@echo "De Kennishub wordt klaargezet (details in $(DEMO_LOG)) ..."
	@$(call demo_step,$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput,de database bijwerken)
	@$(call demo_step,$(DEMO_ENV) PYTHONUNBUFFERED=1 $(BIN)/python manage.py load_demo,de voorbeeldinhoud laden)
	@sed -n -e '/^Voorbeeldinhoud /p' -e '/^Inloggen/,$$p' $(DEMO_LOG)

demo-serve:
	@echo ""
	@echo "De Kennishub draait op http://127.0.0.1:$(PORT)/  (beheer: http://127.0.0.1:$(PORT)/admin/, stoppen: Ctrl+C)"
	@$(DEMO_ENV) DJANGO_RUNSERVER_HIDE_WARNING=true $(BIN)/python manage.py runserver --skip-checks 127.0.0.1:$(PORT)

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
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles media var

# A real OpenSearch 2.19 node from Maven Central artifacts (search-node/README.md), in the
# background: `make search-node` builds it when needed, starts it and prints its URL (log in
# search-node/target/node.log); `make search-node-stop` stops it. Data lives in a temporary folder.
.PHONY: search-node search-node-stop
SEARCH_NODE_PORT ?= 9200
SEARCH_NODE_JAVA_OPTS ?= -Xms512m -Xmx1g
SEARCH_NODE_JAR := search-node/target/search-node.jar
SEARCH_NODE_PID := search-node/target/node.pid
SEARCH_NODE_LOG := search-node/target/node.log

# Offline first (the local Maven repository already has everything), online when it lacks something.
$(SEARCH_NODE_JAR): search-node/pom.xml $(shell find search-node/src -type f 2>/dev/null)
	cd search-node && { mvn -q -B -o package -DskipTests >/dev/null 2>&1 || mvn -q -B package -DskipTests; }
	@touch $@

search-node: $(SEARCH_NODE_JAR)
	@if [ -f $(SEARCH_NODE_PID) ] && kill -0 "$$(cat $(SEARCH_NODE_PID))" 2>/dev/null; then \
		echo "search node already runs (pid $$(cat $(SEARCH_NODE_PID))): $$(grep -o 'http://[0-9.:]*' $(SEARCH_NODE_LOG) | tail -n 1)"; exit 0; fi; \
	nohup java $(SEARCH_NODE_JAVA_OPTS) -jar $(SEARCH_NODE_JAR) $(SEARCH_NODE_PORT) > $(SEARCH_NODE_LOG) 2>&1 < /dev/null & \
	echo $$! > $(SEARCH_NODE_PID); \
	pid=$$(cat $(SEARCH_NODE_PID)); i=0; \
	until grep -q '^OpenSearch ready at' $(SEARCH_NODE_LOG); do \
		if ! kill -0 $$pid 2>/dev/null || [ $$i -ge 180 ]; then \
			echo "search node did not start; end of $(SEARCH_NODE_LOG):"; tail -n 30 $(SEARCH_NODE_LOG); \
			kill $$pid 2>/dev/null; rm -f $(SEARCH_NODE_PID); exit 1; fi; \
		sleep 1; i=$$((i + 1)); done; \
	if command -v curl >/dev/null; then curl -sf -o /dev/null http://127.0.0.1:$(SEARCH_NODE_PORT)/ || { echo "no HTTP answer on port $(SEARCH_NODE_PORT)"; exit 1; }; fi; \
	grep '^OpenSearch ready at' $(SEARCH_NODE_LOG); \
	echo "OPENSEARCH_URL=http://127.0.0.1:$(SEARCH_NODE_PORT)  (stop: make search-node-stop)"

search-node-stop:
	@if [ -f $(SEARCH_NODE_PID) ] && kill -0 "$$(cat $(SEARCH_NODE_PID))" 2>/dev/null; then \
		pid=$$(cat $(SEARCH_NODE_PID)); kill -TERM $$pid; i=0; \
		while kill -0 $$pid 2>/dev/null; do \
			if [ $$i -ge 60 ]; then echo "search node $$pid still runs after 60s"; exit 1; fi; \
			sleep 1; i=$$((i + 1)); done; \
		echo "search node stopped (pid $$pid)"; \
	else echo "no search node runs"; fi; \
	rm -f $(SEARCH_NODE_PID)
