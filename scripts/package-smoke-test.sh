#!/usr/bin/env bash
# Packs src/Extraction, installs the package from a local folder feed into a new console project,
# and extracts from a sentence with the embedded models. Exits non-zero on any failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/src/Extraction/Extraction.csproj" -c Release -o "$work/feed" --nologo -v quiet
package="$(ls "$work/feed"/Extraction.*.nupkg | grep -v snupkg | head -1)"
size=$(stat -c %s "$package")
echo "package: $(basename "$package") ($((size / 1024)) KiB)"
[ "$size" -le $((40 * 1024 * 1024)) ] || { echo "package is over 40 MB" >&2; exit 1; }
version="$(basename "$package" .nupkg | sed 's/^Extraction\.//')"

mkdir -p "$work/app"
cd "$work/app"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > app.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Extraction" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > Program.cs <<'CS'
using Extraction.Pipeline;
using Extraction.Serialization;

var extractor = Extractor.CreateDefault();
var result = extractor.Extract("Міністр закордонних справ України Андрій Сибіга прибув до Варшави.");
Console.WriteLine($"tokens: {result.Tokens.Length}, sentences: {result.Sentences.Length}, mentions: {result.Mentions.Length}");
Console.WriteLine(new JsonResultWriter().Serialize("smoke", result));
return result.Tokens.Length > 0 ? 0 : 1;
CS
# Use a private packages folder so a stale cached copy of the same version is never picked up.
dotnet run -c Release --property:RestorePackagesPath="$work/packages" --nologo
