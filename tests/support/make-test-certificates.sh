#!/usr/bin/env bash
# Makes the certificates of the TLS tests in the folder given, with openssl, at test time:
#   ca.pem            the test CA the client is told to trust (SSL_CERT_FILE, addCaCertificates)
#   server.pem/.key   127.0.0.1 and localhost, signed by it, valid from an hour ago for a day
#   wrong-host.pem    signed by it, but for api.example.invalid only
#   expired.pem       signed by it, for 127.0.0.1, expired an hour ago
#   untrusted.pem     for 127.0.0.1, signed by another CA that nobody trusts
# `openssl ca` is used for the leaves because only it sets a validity period in the past.
set -euo pipefail
dir="${1:?usage: make-test-certificates.sh <folder>}"
mkdir -p "$dir"
cd "$dir"

make_ca() { # make_ca <file name> <common name>
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 2 \
        -subj "/CN=$2" -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
}
make_ca ca "Cockpit Tokens test CA"
make_ca other-ca "Untrusted test CA"

mkdir -p db
: >db/index.txt
echo 1000 >db/serial
cat >ca.cnf <<'CONFIG'
[ca]
default_ca = test
[test]
database = db/index.txt
serial = db/serial
new_certs_dir = db
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = copy
[any_name]
commonName = supplied
CONFIG

now=$(date -u +%s)
stamp() { date -u -d "@$1" +%Y%m%d%H%M%SZ; }
make_leaf() { # make_leaf <file name> <issuer> <subjectAltName> <not before> <not after>
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/CN=$1" \
        -addext "subjectAltName=$3" 2>/dev/null
    openssl ca -batch -config ca.cnf -cert "$2.pem" -keyfile "$2.key" -in "$1.csr" -out "$1.pem" \
        -notext -startdate "$4" -enddate "$5" 2>/dev/null
    rm -f "$1.csr"
}
valid_from="$(stamp $((now - 3600)))"
valid_to="$(stamp $((now + 86400)))"
make_leaf server ca "IP:127.0.0.1,DNS:localhost" "$valid_from" "$valid_to"
make_leaf wrong-host ca "DNS:api.example.invalid" "$valid_from" "$valid_to"
make_leaf expired ca "IP:127.0.0.1,DNS:localhost" "$(stamp $((now - 86400)))" "$(stamp $((now - 3600)))"
make_leaf untrusted other-ca "IP:127.0.0.1,DNS:localhost" "$valid_from" "$valid_to"
