@echo off
rem Cakupan, as released, for Windows: runs the program in lib\ with the Java 17 (or newer) that
rem JAVA_HOME or PATH gives. Needs nothing else: no Maven, no compiler, no network. Paths you pass
rem are relative to the folder you run it from.
setlocal EnableExtensions

rem the installation folder: the parent of this script's folder (quoted everywhere: it may hold spaces)
set "CAKUPAN_HOME=%~dp0.."
for %%i in ("%CAKUPAN_HOME%") do set "CAKUPAN_HOME=%%~fi"

set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE (
  where java >nul 2>nul && set "JAVA_EXE=java"
)
if not defined JAVA_EXE (
  if /i "%CAKUPAN_LANG%"=="en" (
    echo cakupan: Java was not found. Install Java 17 or newer ^(such as Eclipse Temurin 17^), then set JAVA_HOME or PATH. 1>&2
  ) else (
    echo cakupan: Java tidak ditemukan. Pasang Java 17 atau yang lebih baru ^(misalnya Eclipse Temurin 17^), lalu atur JAVA_HOME atau PATH. 1>&2
  )
  exit /b 1
)

rem "17.0.9", "21", or "1.8.0_392" for Java 8: the first number, or the second after "1."
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i "version"') do (
  if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
)
set "JAVA_MAJOR=0"
for /f "tokens=1,2 delims=.-+_" %%a in ("%JAVA_VERSION%") do (
  if "%%a"=="1" (set "JAVA_MAJOR=%%b") else (set "JAVA_MAJOR=%%a")
)
if %JAVA_MAJOR% LSS 17 (
  if /i "%CAKUPAN_LANG%"=="en" (
    echo cakupan: The Java found ^(%JAVA_EXE%, version %JAVA_VERSION%^) is too old: Cakupan needs Java 17 or newer. Set JAVA_HOME to Java 17 or newer. 1>&2
  ) else (
    echo cakupan: Java yang ditemukan ^(%JAVA_EXE%, versi %JAVA_VERSION%^) terlalu lama: Cakupan memerlukan Java 17 atau yang lebih baru. Atur JAVA_HOME ke Java 17 atau yang lebih baru. 1>&2
  )
  exit /b 1
)

if not defined CAKUPAN_JAVA_OPTS set "CAKUPAN_JAVA_OPTS=-Xmx448m -Xms128m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC -XX:TieredStopAtLevel=1"

rem every argument passed on as given (%*), quotes and spaces included
"%JAVA_EXE%" %CAKUPAN_JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%CAKUPAN_HOME%\lib\*" id.cakupan.cli.Main %*
exit /b %ERRORLEVEL%
