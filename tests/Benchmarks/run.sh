#!/usr/bin/env bash
# The build, search and start-up benchmark: our generator, as the README's two ways to run it (the native executable
# from `dotnet publish generator -c Release`, and `dotnet pmguide.dll` from `dotnet build -c Release`), against Hugo on
# the same synthetic Markdown, our search index against lunr.js, and search latency in headless Chromium.
#
#   tests/Benchmarks/run.sh                      # N = 1,000 (5 runs each) and N = 10,000 (2 runs each)
#   BENCH_SIZES=1000 BENCH_RUNS=3 tests/Benchmarks/run.sh
#
# Settings (environment): BENCH_SIZES ("1000 10000"), BENCH_RUNS (runs per tool below 10,000 pages, 5),
# BENCH_RUNS_LARGE (runs per tool from 10,000 pages, 2), BENCH_SEARCH_SIZES (sizes that get the lunr.js comparison,
# "1000"; "1000 10000" adds the 40,012-document index, which takes lunr.js many minutes and 3 GB), BENCH_DIR
# (work folder, artifacts/benchmarks). Medians and ratios come from the same run; on a shared machine compare only
# figures printed together.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-5}
RUNS_LARGE=${BENCH_RUNS_LARGE:-2}
SEARCH_SIZES=${BENCH_SEARCH_SIZES:-1000}
WORK=${BENCH_DIR:-$ROOT/artifacts/benchmarks}
PMGUIDE="$ROOT/generator/bin/Release/net10.0/pmguide.dll"
NATIVE="$ROOT/generator/bin/Release/net10.0/linux-x64/publish/pmguide"
BENCH="$ROOT/tests/Benchmarks/PmGuideSite.Benchmarks/bin/Release/net10.0/pmguide-bench.dll"
cd "$ROOT"

need() { command -v "$1" >/dev/null 2>&1; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! need hugo; then
  echo "hugo is missing: installing Debian's package with apt-get"
  sudo_if_needed apt-get install -y hugo >/dev/null || { sudo_if_needed apt-get update >/dev/null && sudo_if_needed apt-get install -y hugo >/dev/null; }
fi
[ -x /usr/bin/time ] || sudo_if_needed apt-get install -y time >/dev/null
[ -f node_modules/lunr/lunr.js ] || npm ci --no-audit --no-fund >/dev/null

echo "== Building the Release generator, the native generator and the benchmark tool"
dotnet build tests/Benchmarks/PmGuideSite.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet publish generator -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
mkdir -p "$WORK"

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem_total=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
echo
echo "== PmGuideSite benchmark"
echo "date       $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit     $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "machine    $(nproc) cores ($cpu_model), $mem_total, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tools      .NET SDK $(dotnet --version), $(hugo version | cut -d' ' -f1-2), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null | head -1 || echo 'no chromium')"
echo "ours       ${NATIVE#"$ROOT"/} build --config <corpus>/ours/site.yml --output <out>   (native; the targets' figures)"
echo "ours (dll) dotnet ${PMGUIDE#"$ROOT"/} build --config <corpus>/ours/site.yml --output <out>"
echo "hugo       hugo --quiet -s <corpus>/hugo -d <out>"
echo "timing     /usr/bin/time: wall, CPU = user + system (each also apart), peak = maximum resident set; each run starts without its output folder (earlier ones are moved aside and deleted after the timings)"

# Output folders of earlier runs are moved aside, not deleted, until every timing is done. This machine's ext4 has no
# journal, and ext4 without a journal skips every inode freed in the last minute or so when it creates a file: a run
# that starts right after thousands of files were deleted pays to scan past them, more with every run. Deleting
# between runs took our 10,000-chapter build from 10.8 s to 15.5 s over four runs (Hugo's nested folders were hit
# less), so the figures measured the previous run's clean-up more than the build.
TRASH="$WORK/.trash"
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
aside() { for f in "$@"; do if [ -e "$f" ]; then mv "$f" "$(mktemp -d "$TRASH/run.XXXXXX")/"; fi; done; }

# measure <file> <command…>: appends "wall cpu peak_kib user system" to <file>.
measure() {
  local file=$1; shift
  if ! /usr/bin/time -f '%e %U %S %M' -o "$file.time" "$@" >"$file.log" 2>&1; then
    echo "FAILED: $*"; cat "$file.log"; exit 1
  fi
  awk '{ printf "%s %.2f %s %s %s\n", $1, $2 + $3, $4, $2, $3 }' "$file.time" >>"$file"
}

# median <file> <column>
median() { awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "met" : "NOT met") }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }

for n in $SIZES; do
  corpus="$WORK/n$n"
  runs=$RUNS; [ "$n" -ge 10000 ] && runs=$RUNS_LARGE
  echo
  echo "== Full build of $n chapters ($runs runs each, alternating ours, ours as a dll and Hugo)"
  aside "$corpus"
  dotnet "$BENCH" corpus --chapters "$n" --out "$corpus" --theme "$ROOT/theme"
  rm -f "$corpus/ours.runs" "$corpus/dll.runs" "$corpus/hugo.runs"
  for _ in $(seq "$runs"); do
    aside "$corpus/ours-out" "$corpus/dll-out" "$corpus/hugo-out"
    measure "$corpus/ours.runs" "$NATIVE" build --config "$corpus/ours/site.yml" --output "$corpus/ours-out"
    measure "$corpus/dll.runs" dotnet "$PMGUIDE" build --config "$corpus/ours/site.yml" --output "$corpus/dll-out"
    measure "$corpus/hugo.runs" hugo --quiet -s "$corpus/hugo" -d "$corpus/hugo-out"
  done
  cmp_out=$(diff -rq "$corpus/ours-out" "$corpus/dll-out" >/dev/null && echo "identical" || echo "DIFFERENT")
  ours_pages=$(find "$corpus/ours-out" -name '*.html' | wc -l)
  hugo_pages=$(find "$corpus/hugo-out" -name '*.html' | wc -l)
  ow=$(median "$corpus/ours.runs" 1); oc=$(median "$corpus/ours.runs" 2); om=$(median "$corpus/ours.runs" 3)
  hw=$(median "$corpus/hugo.runs" 1); hc=$(median "$corpus/hugo.runs" 2); hm=$(median "$corpus/hugo.runs" 3)
  dw=$(median "$corpus/dll.runs" 1); dc=$(median "$corpus/dll.runs" 2); dm=$(median "$corpus/dll.runs" 3)
  ou=$(median "$corpus/ours.runs" 4); os=$(median "$corpus/ours.runs" 5)
  du=$(median "$corpus/dll.runs" 4); ds=$(median "$corpus/dll.runs" 5)
  hu=$(median "$corpus/hugo.runs" 4); hs=$(median "$corpus/hugo.runs" 5)
  ours_files=$(find "$corpus/ours-out" -type f | wc -l)
  hugo_files=$(find "$corpus/hugo-out" -type f | wc -l)
  printf '  %-10s %5s HTML pages  wall %6.2f s  CPU %6.2f s (user %.2f, system %.2f)  peak %s   (search index included)\n' ours "$ours_pages" "$ow" "$oc" "$ou" "$os" "$(mib "$om")"
  printf '  %-10s %5s HTML pages  wall %6.2f s  CPU %6.2f s (user %.2f, system %.2f)  peak %s   (output %s to the native one)\n' "ours (dll)" "$ours_pages" "$dw" "$dc" "$du" "$ds" "$(mib "$dm")" "$cmp_out"
  printf '  %-10s %5s HTML pages  wall %6.2f s  CPU %6.2f s (user %.2f, system %.2f)  peak %s   (no search index)\n' hugo "$hugo_pages" "$hw" "$hc" "$hu" "$hs" "$(mib "$hm")"
  sr=$(awk -v a="$os" -v b="$ours_files" -v c="$hs" -v d="$hugo_files" 'BEGIN { printf "%.2f", (a / b) / (c / d) }')
  printf '  system time per output file  ours %.2f ms (%s files), hugo %.2f ms (%s files): %sx (target <= 1.0: %s)\n' \
    "$(awk -v a="$os" -v b="$ours_files" 'BEGIN { print 1000 * a / b }')" "$ours_files" "$(awk -v a="$hs" -v b="$hugo_files" 'BEGIN { print 1000 * a / b }')" "$hugo_files" "$sr" "$(verdict "$sr" 1.0)"
  wr=$(ratio "$ow" "$hw"); mr=$(ratio "$om" "$hm")
  printf '  ours/Hugo  wall %sx (target <= 0.6: %s)  CPU %sx  peak memory %sx' "$wr" "$(verdict "$wr" 0.6)" "$(ratio "$oc" "$hc")" "$mr"
  if [ "$n" -ge 10000 ]; then printf ' (target <= 0.5: %s)' "$(verdict "$mr" 0.5)"; fi
  echo
  dr=$(ratio "$dw" "$hw")
  printf '  ours (dll)/Hugo  wall %sx' "$dr"
  if [ "$n" -lt 10000 ]; then printf ' (target <= 1.0: %s)' "$(verdict "$dr" 1.0)"; fi
  printf '  CPU %sx  peak memory %sx\n' "$(ratio "$dc" "$hc")" "$(ratio "$dm" "$hm")"
  echo "  ours, stages of the last run: $(grep -E '^  [a-z]+ ' "$corpus/ours.runs.log" | sed -E 's/^ +//; s/ +/ /g' | paste -sd ';' - || true)"
done

echo
echo "== Start-up: the shipped content from the command line ($RUNS runs)"
rm -f "$WORK/shipped.runs" "$WORK/shipped-dll.runs"
for _ in $(seq "$RUNS"); do
  aside "$WORK/shipped-out"
  measure "$WORK/shipped.runs" "$NATIVE" build --output "$WORK/shipped-out" --quiet
  aside "$WORK/shipped-out"
  measure "$WORK/shipped-dll.runs" dotnet "$PMGUIDE" build --output "$WORK/shipped-out" --quiet
done
for kind in shipped shipped-dll; do
  sw=$(median "$WORK/$kind.runs" 1)
  printf '  %-10s %s HTML pages  wall %.2f s  CPU %.2f s  peak %s   (target < 1.5 s: %s)\n' "$([ $kind = shipped ] && echo ours || echo 'ours (dll)')" \
    "$(find "$WORK/shipped-out" -name '*.html' | wc -l)" "$sw" "$(median "$WORK/$kind.runs" 2)" "$(mib "$(median "$WORK/$kind.runs" 3)")" "$(verdict "$sw" 1.499)"
done

for n in $SEARCH_SIZES; do
  case " $SIZES " in *" $n "*) ;; *) continue ;; esac
  echo
  echo "== Search index for the $n-chapter corpus: ours against lunr.js $(node -p "require('./node_modules/lunr/package.json').version") under Node"
  repeat=3; [ "$n" -ge 10000 ] && repeat=1
  dotnet "$BENCH" search --config "$WORK/n$n/ours/site.yml" --work "$WORK/n$n/search" --repeat "$repeat"
done

if case " $SIZES " in *" 1000 "*) true ;; *) false ;; esac; then
  echo
  echo "== Search from disk in headless Chromium, 1,000-chapter site"
  dotnet "$BENCH" latency --site "$WORK/n1000/ours-out" --query "launch" --runs 15 || echo "  (skipped)"
fi
