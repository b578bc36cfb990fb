#!/usr/bin/env bash
# Creates the three files of Secret fortune-https in ./certs (relative to the current folder):
#   certs/https.key   a 2048-bit RSA private key
#   certs/https.cert  a self-signed certificate for minikube.eddy.com, valid ten years, with a
#                     subjectAltName (clients check the SAN, not the CN) that also covers localhost
#   certs/foo         the demo entry, containing "bar"
# Needs OpenSSL 1.1.1 or later (for -addext). The outputs are git-ignored: never commit a private key.
set -euo pipefail

host="${1:-minikube.eddy.com}"

mkdir -p certs
openssl genrsa -out certs/https.key 2048
openssl req -new -x509 -key certs/https.key -out certs/https.cert -days 3650 \
  -subj "/CN=${host}" \
  -addext "subjectAltName=DNS:${host},DNS:localhost"
echo bar > certs/foo
chmod 600 certs/https.key

echo "Created certs/https.key, certs/https.cert (CN and SAN ${host}, localhost) and certs/foo."
echo "Next: kubectl create secret generic fortune-https --from-file=certs/https.key --from-file=certs/https.cert --from-file=certs/foo"
