#!/usr/bin/env bash
# Quick start 2: install with the test tools, then lint, type-check the core, check the
# import rings, and run the test suite (offscreen Qt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test,llmserver
export QT_QPA_PLATFORM=offscreen
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff";          ruff check copilot tests benchmarks
echo "== ruff format";   ruff format --check copilot tests benchmarks
echo "== mypy (core)";   mypy
echo "== import rings";  lint-imports
echo "== pytest";        python -m pytest "$@"
