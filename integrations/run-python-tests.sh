#!/usr/bin/env bash
# The Python clients' tests (OpenEnv's generic client, verl's agent loop) against the launcher jar started on a free
# port (integrations/conftest.py). Run by `mvn verify` in the launcher module after the jar is built. The Python
# environment is $ENVTUNE_PYTHON, else $HOME/.cache/envtune/py-venv/bin/python (.ci/run makes it from
# integrations/requirements-test.txt). Without one the tests are skipped with a message, unless
# ENVTUNE_PYTHON_REQUIRED=1 (CI), where that fails.
set -euo pipefail
cd "$(dirname "$0")"
py="${ENVTUNE_PYTHON:-$HOME/.cache/envtune/py-venv/bin/python}"
if [ ! -x "$py" ]; then
  if [ "${ENVTUNE_PYTHON_REQUIRED:-0}" = 1 ]; then
    echo "python client tests: no Python environment at $py (ENVTUNE_PYTHON_REQUIRED=1)" >&2
    exit 1
  fi
  echo "python client tests SKIPPED: no Python environment at $py (bash .ci/run makes one)"
  exit 0
fi
export PYTHONDONTWRITEBYTECODE=1
exec "$py" -m pytest -v -p no:cacheprovider openenv/test_openenv_client.py verl/test_agent_loop.py
