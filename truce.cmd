@echo off
rem Truce launcher for Windows: builds the jar on first run (or when the sources changed), then runs it.
rem In cmd.exe or PowerShell the game opens in a window of its own (Lanterna's Swing terminal);
rem for a real console use Windows Terminal with WSL and the ./truce script.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%client\target\truce.jar"
where java >nul 2>nul
if errorlevel 1 (
  echo truce: Java 17 or newer is needed ^(java not found on PATH^). 1>&2
  exit /b 1
)
if not exist "%JAR%" goto build
rem stale when any *.java, pom.xml or resource under shared, server, client is newer than the jar
powershell -NoProfile -NonInteractive -Command "$j = (Get-Item -LiteralPath $env:JAR).LastWriteTime; $h = $env:HERE; $n = Get-ChildItem -LiteralPath (Join-Path $h 'pom.xml'), (Join-Path $h 'shared'), (Join-Path $h 'server'), (Join-Path $h 'client') -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.FullName -notmatch '\\target\\' -and ($_.Extension -eq '.java' -or $_.Name -eq 'pom.xml' -or $_.FullName -match '\\src\\main\\resources\\') -and $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
where mvn >nul 2>nul
if errorlevel 1 (
  echo truce: Maven 3.8+ is needed to build the game ^(mvn not found on PATH^). 1>&2
  exit /b 1
)
echo truce: building the game ^(first run or sources changed; takes a minute^)... 1>&2
pushd "%HERE%"
call mvn -B -q -DskipTests package
if errorlevel 1 (
  popd
  exit /b 1
)
popd

:run
rem Truce writes UTF-8 whatever the code page: switch the console to UTF-8 while it runs
for /f "tokens=2 delims=:." %%c in ('chcp') do set "TRUCE_CP=%%c"
chcp 65001 >nul
java -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %TRUCE_JAVA_OPTS% -jar "%JAR%" %*
set "TRUCE_RC=%errorlevel%"
if defined TRUCE_CP chcp %TRUCE_CP% >nul
exit /b %TRUCE_RC%
