@echo off
rem (Plain ASCII on purpose: cmd.exe reads batch files in the console code page, GBK on Chinese Windows.)
rem Builds the Windows installer (target\installer\nineones-<version>.msi) on Windows.
rem Needs: JDK 17 (with jpackage), Maven, and WiX Toolset 3.x (candle.exe and light.exe on PATH).
rem Run from the project folder:  installer\windows\build-installer.cmd [msi|exe]
setlocal
set TYPE=%1
if "%TYPE%"=="" set TYPE=msi
set VERSION=0.1.0
set MODULES=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.sql.rowset,java.transaction.xa,java.xml,java.xml.crypto,jdk.accessibility,jdk.charsets,jdk.crypto.ec,jdk.jsobject,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.xml.dom,jdk.zipfs

call mvn -B -DskipTests package || exit /b 1
if exist target\installer-input rmdir /s /q target\installer-input
mkdir target\installer-input\lib
copy /y target\nineones.jar target\installer-input\ >nul || exit /b 1
copy /y target\lib\*.jar target\installer-input\lib\ >nul || exit /b 1

rem 1. The application image, with the AppCDS archive named in its options (decision 0019).
set APPDEST=target\installer\app
if exist %APPDEST% rmdir /s /q %APPDEST%
jpackage --type app-image --name nineones --app-version %VERSION% --vendor nineones ^
  --description "Full-staff work-safety responsibility system" ^
  --input target\installer-input --main-jar nineones.jar --main-class org.nineones.Main ^
  --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:+UseSerialGC" ^
  --java-options "-Xlog:disable" --java-options "-Xlog:all=warning:stderr" ^
  --java-options "-XX:SharedArchiveFile=$APPDIR\nineones.jsa" ^
  --add-launcher nineones-cli=installer\windows\nineones-cli.properties ^
  --add-modules %MODULES% ^
  --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --include-locales=en,zh" ^
  --dest %APPDEST% || exit /b 1

rem 2. The training run, as installer\build.xml does on Linux: a scratch workspace with the sample roster, assess
rem    on it noting every class that loads, then -Xshare:dump writes app\nineones.jsa beside the jars.
set CLI=%APPDEST%\nineones\nineones-cli.exe
set CDS=target\installer\cds-training
if exist %CDS% rmdir /s /q %CDS%
mkdir %CDS%
set JAVA_TOOL_OPTIONS=-Dnineones.home=%CD%\%CDS%\home
"%CLI%" init --name=CDS --credit-code=91371602MA3NX2K483 --workspace=%CDS%\training.nineones || exit /b 1
"%CLI%" generate --sample --out=%CDS%\roster.xlsx || exit /b 1
"%CLI%" import-roster --workspace=%CDS%\training.nineones --file=%CDS%\roster.xlsx || exit /b 1
set JAVA_TOOL_OPTIONS=-XX:DumpLoadedClassList=%CD%\%CDS%\classes.classlist -Dnineones.home=%CD%\%CDS%\home
"%CLI%" assess --workspace=%CDS%\training.nineones --json > %CDS%\assess.json || exit /b 1
set JAVA_TOOL_OPTIONS=-Xshare:dump -XX:SharedClassListFile=%CD%\%CDS%\classes.classlist
"%CLI%" --version
set JAVA_TOOL_OPTIONS=
if not exist %APPDEST%\nineones\app\nineones.jsa (
  echo No AppCDS archive was written.
  exit /b 1
)
rem -Xshare:on: the launcher refuses to start unless it can use the archive.
set JAVA_TOOL_OPTIONS=-Xshare:on
"%CLI%" --version || exit /b 1
set JAVA_TOOL_OPTIONS=

rem 3. The installer, from that image.
jpackage --type %TYPE% --name nineones --app-version %VERSION% --vendor nineones ^
  --description "Full-staff work-safety responsibility system" ^
  --app-image %APPDEST%\nineones ^
  --win-menu --win-menu-group nineones --win-shortcut --win-dir-chooser ^
  --win-upgrade-uuid 6f1d2c1e-9a41-4c1b-9a5e-91a0e5c0a901 ^
  --dest target\installer || exit /b 1
echo Built target\installer\nineones-%VERSION%.%TYPE%
