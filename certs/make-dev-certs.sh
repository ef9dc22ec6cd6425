#!/usr/bin/env bash
# Makes a development CA, a server certificate for localhost/127.0.0.1/::1 and one client
# certificate per identity, with the openssl command line, into certs/out/ (or $1).
# Private keys are generated here and never committed. Re-running keeps what exists.
#
# Identities are URI SANs (SPIFFE form), one per client certificate:
#   spiffe://samarbeid/kommune/<kommunenummer>   a municipality's backend (one per line of
#                                                tenants.txt)
#   spiffe://samarbeid/oversight/imdi            IMDi's oversight client
#   spiffe://samarbeid/loadtest/<name>           the load-testing harness
# and, for the tests, certificates the server must refuse:
#   expired-kommune-0301   valid 2020-2021
#   revoked-kommune-0301   listed in crl.pem (the CA's revocation list, which the server checks;
#                          crl-empty.pem is the list from before it was revoked)
#   foreign-kommune-0301   issued by another CA (foreign-ca.pem)
#   no-uri                 no URI SAN;  two-uris: two URI SANs
set -euo pipefail

cd "$(dirname "$0")"
TENANTS="$(pwd)/tenants.txt"
OUT="${1:-out}"
mkdir -p "$OUT"
cd "$OUT"
DAYS=825

key() { # key FILE: an EC P-256 private key
  [ -f "$1" ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
  chmod 600 "$1"
}

authority() { # authority NAME COMMON-NAME
  [ -f "$1.pem" ] && return 0
  key "$1.key"
  openssl req -x509 -new -key "$1.key" -sha256 -days 3650 -subj "/O=Samarbeid dev/CN=$2" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$1.pem" 2>/dev/null
}

authority ca "Samarbeid dev CA"
authority foreign-ca "Some other CA"

# The CA's database for `openssl ca` (revocation, the CRL, back-dated certificates).
[ -f index.txt ] || : > index.txt
[ -f crlnumber ] || echo 1000 > crlnumber
# Its own serial file: `openssl x509 -CAserial` and `openssl ca` count serials differently.
[ -f ca-db.srl ] || openssl rand -hex 16 | tr 'a-f' 'A-F' > ca-db.srl
cat > ca.cnf <<'CONF'
[ ca ]
default_ca = dev
[ dev ]
database = index.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca.key
serial = ca-db.srl
crlnumber = crlnumber
default_md = sha256
default_crl_days = 825
policy = anything
copy_extensions = none
unique_subject = no
[ anything ]
organizationName = optional
commonName = supplied
CONF

issue() { # issue NAME SUBJECT EXTENSIONS [CA]
  local name="$1" subject="$2" extensions="$3" ca="${4:-ca}"
  [ -f "$name.pem" ] && return 0
  key "$name.key"
  openssl req -new -key "$name.key" -subj "$subject" -out "$name.csr" 2>/dev/null
  printf '%b' "$extensions" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA "$ca.pem" -CAkey "$ca.key" -CAcreateserial -sha256 \
    -days "$DAYS" -extfile "$name.ext" -out "$name.pem" 2>/dev/null
  rm -f "$name.csr" "$name.ext"
}

CLIENT="basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth"

client() { # client NAME URI [CA]
  issue "$1" "/O=Samarbeid dev/CN=$1" "$CLIENT\nsubjectAltName=URI:$2\n" "${3:-ca}"
}

issue server "/O=Samarbeid dev/CN=localhost" \
  "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n"

while read -r number _; do
  case "$number" in ''|'#'*) continue ;; esac
  client "kommune-$number" "spiffe://samarbeid/kommune/$number"
done < "$TENANTS"
client oversight-imdi spiffe://samarbeid/oversight/imdi
client loadtest spiffe://samarbeid/loadtest/default

# Certificates the server must refuse.
client foreign-kommune-0301 spiffe://samarbeid/kommune/0301 foreign-ca
issue no-uri "/O=Samarbeid dev/CN=no-uri" "$CLIENT\nsubjectAltName=DNS:client.example\n"
issue two-uris "/O=Samarbeid dev/CN=two-uris" \
  "$CLIENT\nsubjectAltName=URI:spiffe://samarbeid/kommune/0301,URI:spiffe://samarbeid/kommune/4601\n"
client revoked-kommune-0301 spiffe://samarbeid/kommune/0301
if [ ! -f expired-kommune-0301.pem ]; then
  key expired-kommune-0301.key
  openssl req -new -key expired-kommune-0301.key -subj "/O=Samarbeid dev/CN=expired-kommune-0301" \
    -out expired.csr 2>/dev/null
  printf '%b' "$CLIENT\nsubjectAltName=URI:spiffe://samarbeid/kommune/0301\n" > expired.ext
  openssl ca -batch -config ca.cnf -startdate 20200101000000Z -enddate 20210101000000Z \
    -extfile expired.ext -in expired.csr -out expired-kommune-0301.pem -notext 2>/dev/null
  rm -f expired.csr expired.ext ./*.pem.old
fi
if [ ! -f crl.pem ]; then
  openssl ca -config ca.cnf -revoke revoked-kommune-0301.pem -crl_reason keyCompromise 2>/dev/null
  openssl ca -config ca.cnf -gencrl -out crl.pem 2>/dev/null
fi
if [ ! -f crl-empty.pem ]; then
  # A list that revokes nothing, for the test that reloads the CRL.
  : > index-empty.txt
  sed 's/^database = index.txt$/database = index-empty.txt/' ca.cnf > ca-empty.cnf
  openssl ca -config ca-empty.cnf -gencrl -out crl-empty.pem 2>/dev/null
  rm -f ca-empty.cnf index-empty.txt*
fi
# openssl ca keeps a copy of each certificate it signs, named by serial number.
find . -maxdepth 1 -name '[0-9A-F][0-9A-F]*.pem' -delete
# The certificates the server must refuse, for `samarbeid config init` to leave out.
printf '%s\n' expired-kommune-0301 revoked-kommune-0301 foreign-kommune-0301 foreign-ca \
  no-uri two-uris > refused-by-design.txt

echo "development certificates in $(pwd)"
