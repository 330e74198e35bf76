#!/usr/bin/env bash
# Runs the EcsGitOps build. The build project is rebuilt only when its inputs changed (a content stamp);
# otherwise the built assembly starts directly, which keeps `./build.sh --help` well under a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_PROJECT="$ROOT/build/_build.csproj"
BUILD_DLL="$ROOT/build/bin/Debug/net10.0/_build.dll"
STAMP_FILE="$ROOT/.nuke/temp/build.stamp"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet not found on PATH: install the .NET 10 SDK (https://dot.net) or put it on PATH, then run ./build.sh again." >&2
    exit 2
fi

# The stamp covers every file the build assembly is compiled from.
stamp() {
    cd "$ROOT"
    find build src global.json Directory.Build.props Directory.Packages.props \
        \( -name bin -o -name obj \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) -print \
        | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1
}

current="$(stamp)"
if [[ ! -f "$BUILD_DLL" || ! -f "$STAMP_FILE" || "$(cat "$STAMP_FILE")" != "$current" ]]; then
    echo "Compiling the build project (its sources changed)..." >&2
    log="$(mktemp)"
    if ! dotnet build "$BUILD_PROJECT" --nologo -v quiet >"$log" 2>&1; then
        cat "$log" >&2; rm -f "$log"; exit 2
    fi
    rm -f "$log"
    mkdir -p "$(dirname "$STAMP_FILE")"
    echo "$current" > "$STAMP_FILE"
fi

exec dotnet "$BUILD_DLL" --root "$ROOT" "$@"
