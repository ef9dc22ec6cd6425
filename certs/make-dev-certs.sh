#!/usr/bin/env bash
# Makes a development CA, a server certificate for localhost/127.0.0.1/::1 and one client
# certificate per identity, with the openssl command line, into certs/out/ (or $1).
# Private keys are generated here and never committed. Re-running keeps what exists.
#
# Identities are URI SANs (SPIFFE form), one per client certificate:
#   spiffe://samarbeid/kommune/<kommunenummer>   a municipality's backend
#   spiffe://samarbeid/oversight/imdi            IMDi's oversight client
#   spiffe://samarbeid/loadtest/<name>           the load-testing harness
set -euo pipefail

cd "$(dirname "$0")"
OUT="${1:-out}"
mkdir -p "$OUT"
cd "$OUT"
DAYS=825

key() { # key FILE: an EC P-256 private key
  [ -f "$1" ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
  chmod 600 "$1"
}

if [ ! -f ca.pem ]; then
  key ca.key
  openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/O=Samarbeid dev/CN=Samarbeid dev CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out ca.pem 2>/dev/null
fi

issue() { # issue NAME SUBJECT EXTENSIONS
  local name="$1" subject="$2" extensions="$3"
  [ -f "$name.pem" ] && return 0
  key "$name.key"
  openssl req -new -key "$name.key" -subj "$subject" -out "$name.csr" 2>/dev/null
  printf '%b' "$extensions" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days "$DAYS" \
    -extfile "$name.ext" -out "$name.pem" 2>/dev/null
  rm -f "$name.csr" "$name.ext"
}

issue server "/O=Samarbeid dev/CN=localhost" \
  "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n"

client() { # client NAME URI
  issue "$1" "/O=Samarbeid dev/CN=$1" \
    "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\nsubjectAltName=URI:$2\n"
}

client kommune-0301 spiffe://samarbeid/kommune/0301
client kommune-4601 spiffe://samarbeid/kommune/4601
client oversight-imdi spiffe://samarbeid/oversight/imdi
client loadtest spiffe://samarbeid/loadtest/default

echo "development certificates in $(pwd)"
