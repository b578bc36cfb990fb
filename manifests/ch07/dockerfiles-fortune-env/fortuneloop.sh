#!/bin/bash
# html-generator for the fortune:env image: writes a new fortune to /var/htdocs/index.html, then waits.
# The wait, in seconds, comes from the INTERVAL environment variable (set it in the pod's env).
set -euo pipefail

# Stop with a clear message instead of looping without a pause when INTERVAL is missing.
interval="${INTERVAL:?set the INTERVAL environment variable (seconds between fortunes)}"
interval="${interval//[[:space:]]/}"   # a ConfigMap value read from a file may end with a newline

trap 'exit 0' TERM INT

echo "Writing a new fortune every ${interval} seconds"
mkdir -p /var/htdocs
while true; do
  echo "$(date) writing /var/htdocs/index.html"
  /usr/games/fortune > /var/htdocs/index.html
  sleep "${interval}" &
  wait $!
done
