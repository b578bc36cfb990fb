#!/usr/bin/env bash
# Creates a self-signed certificate and key for the HTTPS Ingress of chapter 5:
# tls.key and tls.cert in the current folder, for the host given (default minikube.eddy.com).
# Needs OpenSSL 1.1.1 or later (for -addext). Never commit the key: keep both files out of git.
set -euo pipefail

host="${1:-minikube.eddy.com}"

# A 2048-bit RSA private key.
openssl genrsa -out tls.key 2048

# A self-signed certificate valid for 360 days. Browsers and Go clients match the host name
# against the subjectAltName only (not the CN), so the name goes into both.
openssl req -new -x509 -key tls.key -out tls.cert -days 360 \
  -subj "/CN=${host}" \
  -addext "subjectAltName=DNS:${host}"

echo "Wrote tls.key and tls.cert for ${host}. Next:"
echo "  kubectl create secret tls tls-secret --cert=tls.cert --key=tls.key"
