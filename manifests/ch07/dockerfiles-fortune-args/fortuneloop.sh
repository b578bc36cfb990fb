#!/bin/bash
# html-generator for the fortune:args image: writes a new fortune to /var/htdocs/index.html, then waits.
# The wait, in seconds, is the first argument: the Dockerfile's CMD supplies 10, a pod's args override it.
set -euo pipefail

interval="${1:?usage: fortuneloop.sh SECONDS}"
interval="${interval//[[:space:]]/}"   # a value read from a file may end with a newline

# bash as PID 1 ignores SIGTERM unless told otherwise: exit at once when the pod is deleted.
trap 'exit 0' TERM INT

echo "Writing a new fortune every ${interval} seconds"
mkdir -p /var/htdocs
while true; do
  echo "$(date) writing /var/htdocs/index.html"
  /usr/games/fortune > /var/htdocs/index.html
  sleep "${interval}" &
  wait $!   # waiting on a background sleep lets the trap run as soon as a signal arrives
done
