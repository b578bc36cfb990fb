#!/bin/sh
# Writes a new fortune to /var/htdocs/index.html every 10 seconds, forever.
# /var/htdocs is the emptyDir volume the web-server container serves.
set -eu

out_dir=/var/htdocs
mkdir -p "$out_dir"

# Stop at once when Kubernetes sends SIGTERM, instead of after the 30 s grace period.
trap 'exit 0' TERM INT

while true; do
  echo "$(date) writing a new fortune to $out_dir/index.html"
  /usr/games/fortune > "$out_dir/index.html"
  sleep 10 &
  wait $! # wait (unlike a plain sleep) lets the trap run as soon as a signal arrives
done
