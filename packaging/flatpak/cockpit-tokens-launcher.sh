#!/bin/sh
# Installed as /app/bin/cockpit-tokens in the Flatpak; the program itself is in /app/libexec.
# Flatpak gives the app its own XDG_CONFIG_HOME (~/.var/app/<id>/config), where the app would look
# for the scw CLI profiles; they are in the host's config folder, which the manifest shares
# read-only (--filesystem=xdg-config/scw:ro). Point the app at them unless told otherwise.
host_config="${HOST_XDG_CONFIG_HOME:-$HOME/.config}/scw/config.yaml"
if [ -z "${SCW_CONFIG_PATH:-}" ] && [ -r "$host_config" ]; then
    SCW_CONFIG_PATH="$host_config"
    export SCW_CONFIG_PATH
fi
exec /app/libexec/cockpit-tokens "$@"
