#!/usr/bin/env bash
# Lints the BPMN models in processes/ (bpmnlint, rules from /.bpmnlintrc) and, when given an
# OpenAPI document as a URL or a file (e.g. http://localhost:8080/q/openapi), the API too
# (Redocly, rules from tools/lint/redocly.yaml). Any BPMN finding fails, warnings included;
# for the API, errors fail and warnings are reported.
#
# Usage: tools/lint/lint.sh [openapi-url-or-file]
set -euo pipefail

lint_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$lint_dir/../.." && pwd)"
bin="$lint_dir/node_modules/.bin"
api="${1:-}"
if [[ -n "$api" && -e "$api" ]]; then
  api="$(cd "$(dirname "$api")" && pwd)/$(basename "$api")"
fi

if [[ ! -d "$lint_dir/node_modules" ]]; then
  npm ci --prefix "$lint_dir" --no-audit --no-fund
fi

cd "$repo_root"
shopt -s nullglob
models=(processes/*.bpmn)
if (( ${#models[@]} == 0 )); then
  echo "lint: no BPMN models in processes/" >&2
  exit 1
fi
"$bin/bpmnlint" --max-warnings=0 "${models[@]}"
echo "bpmnlint: ${#models[@]} models, no findings"

if [[ -n "$api" ]]; then
  # No telemetry or update check: CI and developer machines reach only the package registries.
  export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
  "$bin/redocly" lint "$api" --config "$lint_dir/redocly.yaml"
fi
