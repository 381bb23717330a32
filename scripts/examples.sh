#!/usr/bin/env bash
# Runs examples/ and the notebook against slant *as published*: pack the package, install the
# tarball into a throwaway project next to copies of corpus/ and examples/, and there
#   - typecheck every example against the packed type declarations (tsc, Node16 resolution),
#   - run every examples/*.ts with tsx (each imports `slant` / `slant/node` by name, so it gets
#     the packed build, not src/),
#   - execute examples/compare-outlets.ipynb headless with the tslab (TypeScript) kernel, and
#     check that every code cell ran and printed or showed something, with no error.
# One PASS/FAIL line each, then a summary; exit 1 when anything failed.
#
# The notebook needs Jupyter's nbconvert and nbclient (Debian's python3 packages, installed with
# apt-get when missing and this runs as root) and tslab (installed from npm into the temp folder,
# its kernel registered there through JUPYTER_PATH: nothing global changes). Only when Jupyter
# can be neither found nor installed is the notebook skipped, with a loud SKIP line.
#
# Usage: bash scripts/examples.sh [--write-notebook]
#   --write-notebook     copy the executed notebook, outputs included, back to examples/
#   KEEP_EXAMPLES_DIR=1  keep the temp folder (its path is printed at the end)
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tsc="$root/node_modules/.bin/tsc"
notebook=compare-outlets.ipynb
tslab_version=1.0.22
write_notebook=0
for arg in "$@"; do
  case "$arg" in
    --write-notebook) write_notebook=1 ;;
    *) echo "usage: bash scripts/examples.sh [--write-notebook]" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/slant-examples.XXXXXX")"
if [[ "${KEEP_EXAMPLES_DIR:-}" == 1 ]]; then
  trap 'echo "examples: kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
app="$work/app"
log="$work/check.log"
started=$SECONDS
passed=0
failed=0
skipped=0

# check NAME CMD...: run CMD in the temp project; print PASS/FAIL with its time, and CMD's output
# on failure (also when it succeeds without printing anything: every example must show something).
check() {
  local name="$1" t0=$SECONDS
  shift
  if (cd "$app" && "$@") >"$log" 2>&1 && [[ -s "$log" ]]; then
    passed=$((passed + 1))
    echo "PASS  $name ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL  $name ($((SECONDS - t0)) s)"
    [[ -s "$log" ]] || echo "      | (no output)"
    sed 's/^/      | /' "$log"
  fi
}

finish() {
  echo "examples: $passed passed, $failed failed, $skipped skipped ($((SECONDS - started)) s)"
  if ((failed > 0)); then exit 1; fi
  exit 0
}

# ------------------------------------------------------------------ pack + throwaway project
mkdir -p "$work/pack" "$app/examples"
# npm pack runs the "prepack" script, i.e. a fresh build.
t0=$SECONDS
if (cd "$root" && npm pack --pack-destination "$work/pack") >"$log" 2>&1; then
  tarball="$(ls "$work"/pack/*.tgz 2>/dev/null | head -n 1)"
fi
if [[ -z "${tarball:-}" ]]; then
  failed=$((failed + 1))
  echo "FAIL  npm pack"
  sed 's/^/      | /' "$log"
  finish
fi
passed=$((passed + 1))
echo "PASS  npm pack ($(basename "$tarball"), $((SECONDS - t0)) s)"

# The examples find the corpus at ../corpus from their own folder, as in the repository.
cp -R "$root/corpus" "$app/corpus"
cp "$root"/examples/*.ts "$root/examples/$notebook" "$app/examples/"
cat >"$app/package.json" <<'JSON'
{ "name": "slant-examples-run", "version": "0.0.0", "private": true, "type": "module" }
JSON
cat >"$app/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022", "lib": ["ES2022"], "module": "Node16", "moduleResolution": "Node16", "types": ["node"],
    "strict": true, "noUncheckedIndexedAccess": true, "exactOptionalPropertyTypes": true, "skipLibCheck": false, "noEmit": true
  },
  "include": ["examples/*.ts"]
}
JSON
# tsx and @types/node at the repository's versions (so npm's cache has them).
version() { node -p "require('$root/node_modules/$1/package.json').version"; }
check "npm install the tarball, tsx and @types/node into a fresh project" \
  npm install --no-audit --no-fund "$tarball" "tsx@$(version tsx)" "@types/node@$(version @types/node)"
if [[ ! -d "$app/node_modules/slant" ]]; then finish; fi

# ------------------------------------------------------------------------------- examples
check "typecheck examples/*.ts against the packed .d.ts (tsc, Node16)" \
  bash -c '"$1" -p tsconfig.json && echo "no type errors"' _ "$tsc"

# A JSONL corpus for profiles-to-csv.ts: the bundled corpus, one article a line, gzipped.
(cd "$app" && node --input-type=module -e '
  import { writeFileSync } from "node:fs";
  import { gzipSync } from "node:zlib";
  import { loadCorpus } from "slant/node";
  const lines = (await loadCorpus("corpus")).map(({ id, source, date, story, text }) => JSON.stringify({ id, outlet: source, date, story, text }));
  writeFileSync("articles.jsonl.gz", gzipSync(lines.join("\n") + "\n"));
') >"$log" 2>&1 || { echo "FAIL  writing articles.jsonl.gz"; sed 's/^/      | /' "$log"; failed=$((failed + 1)); }

basil="$root/../shared/datasets/basil"
for file in "$root"/examples/*.ts; do
  name="examples/$(basename "$file")"
  # Each example with the arguments that make it show what it is for; then, where it writes a
  # file, a check that the file is there.
  case "$(basename "$file")" in
    compare-outlets.ts)
      check "$name --html report.html" bash -c '"$1" "$2" --html report.html && grep -q "<svg" report.html' _ ./node_modules/.bin/tsx "$name" ;;
    profiles-to-csv.ts)
      check "$name articles.jsonl.gz --out profiles.csv" \
        bash -c '"$1" "$2" articles.jsonl.gz --out profiles.csv && head -n 1 profiles.csv | grep -qx "outlet,articles,words,figure,value" && (( $(wc -l <profiles.csv) > 100 ))' _ ./node_modules/.bin/tsx "$name" ;;
    basil-triplets.ts)
      if [[ -d "$basil" ]]; then
        check "$name (BASIL from ../shared/datasets)" ./node_modules/.bin/tsx "$name" "$basil"
      else
        check "$name (BASIL absent: checks it skips cleanly)" \
          bash -c '"$1" "$2" "$3" | tee /dev/stderr | grep -q "skipped"' _ ./node_modules/.bin/tsx "$name" "$basil"
      fi ;;
    *)
      check "$name" ./node_modules/.bin/tsx "$name" ;;
  esac
done

# ------------------------------------------------------------------------------- notebook
# Jupyter: a python3 that has nbconvert and nbclient (Debian's packages put them in /usr/bin/python3).
find_python() {
  local py
  for py in /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import nbconvert, nbclient, jupyter_client, IPython' >/dev/null 2>&1; then
      echo "$py"
      return 0
    fi
  done
  return 1
}
packages=(jupyter-nbconvert python3-nbconvert python3-jupyter-client python3-ipykernel jupyter-core python3-nbclient)
why="needs root and apt-get"
py="$(find_python)"
if [[ -z "$py" ]] && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  t0=$SECONDS
  if (export DEBIAN_FRONTEND=noninteractive && apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}") >"$log" 2>&1; then
    echo "PASS  apt-get install ${packages[*]} ($((SECONDS - t0)) s)"
    passed=$((passed + 1))
  else
    why="apt-get failed: $(tail -n 1 "$log")"
  fi
  py="$(find_python)"
fi
if [[ -z "$py" ]]; then
  skipped=$((skipped + 1))
  bar="$(printf '!%.0s' {1..96})"
  printf '\n%s\n' "$bar"
  echo "SKIP  examples/$notebook NOT EXECUTED: no python3 with Jupyter's nbconvert and nbclient, and"
  echo "      they could not be installed ($why). Install them with:"
  echo "      apt-get install ${packages[*]}"
  printf '%s\n\n' "$bar"
  finish
fi

# tslab from npm into the temp folder; its kernel spec goes to a folder of its own, found through
# JUPYTER_PATH, so no kernel is registered for the user or the system.
tslab="$work/tslab/node_modules/.bin/tslab"
check "npm install tslab@$tslab_version; register its kernel in the temp folder" \
  bash -c 'npm install --no-audit --no-fund --prefix "$1/tslab" "tslab@$2" && "$3" install --python="$4" --binary="$3" --prefix="$1/jupyter"' \
  _ "$work" "$tslab_version" "$tslab" "$py"
export JUPYTER_PATH="$work/jupyter/share/jupyter"

# Executed in examples/ of the temp project, as a reader would run it: `slant` resolves to
# node_modules/slant (the tarball) and the corpus is ../corpus. --allow-errors keeps nbconvert
# going so that the executed notebook is written whatever happens; the check after it fails on
# any error or standard-error output (where tslab writes type errors) and on any code cell
# without output (tslab runs no cell after a failed one).
check_notebook() {
  (cd examples && "$py" -m nbconvert --to notebook --execute --allow-errors --ExecutePreprocessor.kernel_name=tslab \
    --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.record_timing=False --output executed.ipynb "$notebook") || return 1
  "$py" - examples/executed.ipynb <<'PY'
import json, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
bad = []
for n, cell in enumerate(cells, 1):
    outputs = cell.get("outputs", [])
    errors = [o for o in outputs if o["output_type"] == "error" or (o["output_type"] == "stream" and o.get("name") == "stderr")]
    if not outputs:
        bad.append(f"code cell {n} has no output (did it run?)")
    for o in errors:
        text = o.get("text") or "\n".join(o.get("traceback", [])) or o.get("evalue", "")
        bad.append(f"code cell {n}: {''.join(text)[:500]}")
print(f"{len(cells)} code cells, {len(cells) - len({b.split(':')[0] for b in bad})} ran with output and no error")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY
}
before=$failed
check "examples/$notebook, executed with the tslab kernel ($("$py" -m nbconvert --version 2>/dev/null | head -n 1 | sed 's/^/nbconvert /'))" check_notebook
if ((failed == before)); then grep 'code cells' "$log" | sed 's/^/      /'; fi

if ((write_notebook == 1)); then
  if [[ -f "$app/examples/executed.ipynb" ]] && ((failed == 0)); then
    # Execution counts in order (tslab reports none), so the committed notebook reads as run top to bottom.
    "$py" - "$app/examples/executed.ipynb" "$root/examples/$notebook" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
n = 0
for cell in nb["cells"]:
    if cell["cell_type"] == "code":
        n += 1
        cell["execution_count"] = n
        cell["metadata"].pop("execution", None)
        for o in cell["outputs"]:
            if o["output_type"] == "execute_result":
                o["execution_count"] = n
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write("\n")
PY
    echo "wrote the executed notebook to examples/$notebook"
  else
    echo "not writing examples/$notebook: something failed" >&2
  fi
fi

finish
