:; set -eo pipefail
:; SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
:; exec "$SCRIPT_DIR/build.sh" "$@"
@echo off
rem Windows: build the pipeline project when needed and run it (the content stamp lives in build.sh for Unix).
dotnet build "%~dp0build\_build.csproj" --nologo -v quiet -clp:NoSummary || exit /b %ERRORLEVEL%
dotnet "%~dp0build\bin\Debug\net10.0\_build.dll" --root "%~dp0." %*
