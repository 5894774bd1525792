#!/usr/bin/env bash
# The project's one test command (README "Run the tests", .ci/run, the workflows).
#
# Restores, builds and runs every test project in Infra.sln. It needs the .NET 10 SDK and
# redis-server/redis-cli (Debian/Ubuntu package redis-server, which brings redis-tools); a missing
# one stops the run before any test, naming the command and its package. Where the package source
# does not serve Pulumi, Pulumi.Aws or Pulumi.Command, the Pulumi projects cannot be restored:
#   - a test project whose restore fails ONLY for those packages is reported, loudly, as not
#     restorable and is skipped (the rest still runs and any failure there still fails the run);
#   - any other restore error, build error or failing test fails the run;
#   - REQUIRE_PULUMI=1 (set by the GitHub workflows) makes the Pulumi projects mandatory: being
#     unable to restore them is then a failure.
# Output: build errors, failing tests and the summary; VERBOSE=1 (or --verbose) lists every test.
# The last line is the summary "N passed, N failed, N skipped"; a project that does not build
# counts as one failure there.
set -uo pipefail

verbose=${VERBOSE:-0}
for argument in "$@"; do
    case "$argument" in
        --verbose | -v) verbose=1 ;;
        *) echo "usage: ./test.sh [--verbose]   (environment: VERBOSE=1, REQUIRE_PULUMI=1, CONFIGURATION=Release)" >&2; exit 2 ;;
    esac
done

# What the tests start: command, then the Debian/Ubuntu package that provides it.
missing=()
for tool in dotnet:"the .NET 10 SDK (https://dotnet.microsoft.com/download)" \
    redis-server:"package redis-server" redis-cli:"package redis-tools, installed with redis-server"; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool%%:*} (${tool#*:})")
done
if [ "${#missing[@]}" -gt 0 ]; then
    list=$(printf '%s, ' "${missing[@]}")
    echo "error: not on PATH: ${list%, }; Debian/Ubuntu: sudo apt-get install redis-server" >&2
    exit 1
fi

cd "$(dirname "${BASH_SOURCE[0]}")" || exit 1
root=$(pwd)

require_pulumi=${REQUIRE_PULUMI:-0}
configuration=${CONFIGURATION:-Debug}
pulumi_packages=" Pulumi Pulumi.Aws Pulumi.Command "
results_dir="$root/artifacts/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"

passed=0 failed=0 skipped=0
not_restorable=()
broken=()

mapfile -t test_projects < <(dotnet sln Infra.sln list | grep -E '\.Tests\.csproj$' | sort)
if [ "${#test_projects[@]}" -eq 0 ]; then
    echo "error: no test project found in Infra.sln" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# Prints the ids of packages a failed restore could not find (NU1101/NU1102/NU1103), one per line.
missing_packages() {
    grep -oE "NU110[123]: Unable to find package '?[A-Za-z0-9._-]+" "$1" \
        | sed -E "s/.*Unable to find package '?//; s/\.$//" | sort -u
}

for project in "${test_projects[@]}"; do
    name=$(basename "$project" .csproj)
    log="$results_dir/$name.restore.log"
    echo "==> $name: restore"
    if ! dotnet restore "$project" >"$log" 2>&1; then
        mapfile -t missing < <(missing_packages "$log")
        only_pulumi=${#missing[@]}
        for package in "${missing[@]}"; do
            [[ "$pulumi_packages" == *" $package "* ]] || only_pulumi=0
        done
        if [ "$only_pulumi" -gt 0 ] && [ "$require_pulumi" != "1" ]; then
            not_restorable+=("$name (missing: ${missing[*]})")
            echo "!!! $name NOT BUILT: packages not restorable here: ${missing[*]}"
            continue
        fi
        cat "$log"
        echo "!!! $name: restore failed"
        broken+=("$name: restore failed")
        failed=$((failed + 1))
        continue
    fi

    echo "==> $name: build and test"
    trx="$name.trx"
    # minimal: build errors, each failing test with its message, one result line per project.
    console_verbosity=minimal
    [ "$verbose" = "1" ] && console_verbosity=normal
    dotnet test "$project" --no-restore --configuration "$configuration" --nologo \
        --logger "trx;LogFileName=$trx" --logger "console;verbosity=$console_verbosity" \
        --results-directory "$results_dir" 2>&1 | tee "$results_dir/$name.test.log"
    status=${PIPESTATUS[0]}

    counters=$(grep -oE '<Counters [^>]*>' "$results_dir/$trx" 2>/dev/null || true)
    if [ -z "$counters" ]; then
        broken+=("$name: did not build or run (exit $status)")
        failed=$((failed + 1))
        continue
    fi
    counter() { sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$counters"; }
    p=$(counter passed) f=$(counter failed) t=$(counter total) e=$(counter executed)
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + t - e))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        # The runner failed without a failing test (crash, timeout): still a failure.
        broken+=("$name: test run exited $status")
        failed=$((failed + 1))
    fi
done

echo
echo "================================ summary ================================"
if [ "${#not_restorable[@]}" -gt 0 ]; then
    echo "!!! NOT BUILT, NOT TESTED (packages not restorable on this machine):"
    for line in "${not_restorable[@]}"; do echo "!!!   $line"; done
    echo "!!! Those packages come from nuget.org (nuget.config); this machine's package source did not serve them."
    echo "!!! To build and test these projects: give the machine network access to nuget.org and run"
    echo "!!!   REQUIRE_PULUMI=1 ./test.sh   (then a project that still cannot be restored fails the run)."
fi
for line in "${broken[@]}"; do echo "FAILED: $line"; done
echo "test results: $results_dir"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
