#!/usr/bin/env bash
# Quick start 1: install, then open the window replaying the bundled demo session.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/copilot demo "$@"
