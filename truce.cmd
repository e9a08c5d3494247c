@echo off
rem Truce launcher for Windows: builds the jar on first run, then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%client\target\truce.jar"
if not exist "%JAR%" (
  echo truce: building the game ^(first run; takes a minute^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package
  if errorlevel 1 ( popd & exit /b 1 )
  popd
)
java %TRUCE_JAVA_OPTS% -jar "%JAR%" %*
