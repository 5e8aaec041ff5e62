# Sourced by scripts/test-in-debian and scripts/build-windows: a Debian root made with debootstrap
# from Debian's archive and kept outside the clone ($COCKPIT_ROOTS_DIR/<release>, default
# /var/cache/cockpit-tokens/roots), one user at a time (an flock per root), with every process
# started inside it ended and every mount undone on exit, also on failure or Ctrl-C.
#
# Use: set `debian_root_log_name`, then `debian_root_open <release>` (needs root), then
# `debian_root_mount_basics`, `mount_in_root ...`, and run commands with `run_in_root`.
# Sets: roots_dir, root.

debian_root_log() { echo "${debian_root_log_name:-debian-root}[$debian_root_release]: $*" >&2; }

# Processes whose root directory is this root: only the scripts using this file start any.
root_processes() {
    local proc link
    for proc in /proc/[0-9]*; do
        link="$(readlink "$proc/root" 2>/dev/null)" || continue
        if [ "$link" = "$root" ]; then echo "${proc#/proc/}"; fi
    done
}

debian_root_mounted=()
debian_root_cleanup_hooks=()
debian_root_started=$SECONDS
debian_root_cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local hook
    for hook in "${debian_root_cleanup_hooks[@]}"; do "$hook" || true; done
    local pids
    pids="$(root_processes)"
    if [ -n "$pids" ]; then
        debian_root_log "ending processes left in the root: $(echo $pids)"
        # shellcheck disable=SC2086 # one PID a word
        kill -TERM $pids 2>/dev/null || true
        for _ in $(seq 50); do
            pids="$(root_processes)"
            [ -z "$pids" ] && break
            sleep 0.1
        done
        # shellcheck disable=SC2086
        [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
    fi
    local index
    for ((index = ${#debian_root_mounted[@]} - 1; index >= 0; index--)); do
        umount "${debian_root_mounted[index]}" 2>/dev/null || umount -l "${debian_root_mounted[index]}" ||
            debian_root_log "could not unmount ${debian_root_mounted[index]}"
    done
    debian_root_log "finished in $((SECONDS - debian_root_started)) s with status $status"
    exit "$status"
}

mount_in_root() { # mount_in_root <mount arguments...> <target inside the root>
    local target="$root${*: -1}"
    mkdir -p "$target"
    mount "${@:1:$#-1}" "$target"
    debian_root_mounted+=("$target")
}

# debian_root_open <release>: takes the root's lock (waiting for another user), installs the
# cleanup trap, and makes the root with debootstrap if it is missing or was cut short.
debian_root_open() {
    debian_root_release="$1"
    case "$debian_root_release" in
    *[!a-z0-9-]* | "") echo "'$debian_root_release' is not a Debian release name" >&2 && exit 2 ;;
    esac
    if ! command -v debootstrap >/dev/null 2>&1; then
        debian_root_log "installing debootstrap"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >&2
    fi
    roots_dir="${COCKPIT_ROOTS_DIR:-/var/cache/cockpit-tokens/roots}"
    mkdir -p "$roots_dir"
    roots_dir="$(cd "$roots_dir" && pwd -P)"
    root="$roots_dir/$debian_root_release"
    # One user per root at a time: a second one waits here.
    exec 9>"$roots_dir/$debian_root_release.lock"
    if ! flock -n 9; then
        debian_root_log "waiting for another run using this root"
        flock 9
    fi
    trap debian_root_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    if [ ! -f "$root/.cockpit-root-ready" ]; then
        # A root without the marker was cut short: start again from nothing.
        if [ -n "$(root_processes)" ] || grep -q " $root/" /proc/mounts; then
            debian_root_log "$root is in use (processes or mounts inside it): not touching it"
            exit 1
        fi
        rm -rf "$root" "$root.partial"
        debian_root_log "creating the root with debootstrap (a few minutes)"
        debootstrap --variant=minbase "$debian_root_release" "$root.partial" \
            >"$roots_dir/$debian_root_release.debootstrap.log" 2>&1 || {
            tail -n 20 "$roots_dir/$debian_root_release.debootstrap.log" >&2
            debian_root_log "debootstrap failed (log: $roots_dir/$debian_root_release.debootstrap.log)"
            exit 1
        }
        # The archive's sid Release file can be past its Valid-Until date; apt then refuses it.
        if [ "$debian_root_release" = sid ] || [ "$debian_root_release" = unstable ]; then
            echo 'Acquire::Check-Valid-Until "false";' >"$root.partial/etc/apt/apt.conf.d/99cockpit-valid-until"
        fi
        # Packages only, no documentation or recommends: a build root, not a desktop.
        echo 'APT::Install-Recommends "false";' >"$root.partial/etc/apt/apt.conf.d/99cockpit-no-recommends"
        touch "$root.partial/.cockpit-root-ready"
        mv "$root.partial" "$root"
    fi
}

# The host's name servers, and the certificate authorities it trusts (which may include a local
# proxy's) as /etc/ssl-host-ca-certificates.crt; /proc, /dev, /dev/pts and /dev/shm.
debian_root_mount_basics() {
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl-host-ca-certificates.crt"
    fi
    mount_in_root -t proc proc /proc
    mount_in_root --bind /dev /dev
    mount_in_root --bind /dev/pts /dev/pts
    mount_in_root -t tmpfs -o mode=1777 tmpfs /dev/shm
}

# debian_root_copy_tree <host folder> <folder inside the root>: a copy of a working tree without
# its build folders, .git and node_modules, keeping the target's build folder from the last run so
# that ninja rebuilds only what changed. Only files whose content differs are replaced, and they
# get a new time: a file kept with its old time from another checkout would look older than the
# objects built from its previous content, and ninja would link those.
debian_root_copy_tree() {
    local source="$1" target="$root$2" incoming
    incoming="$(dirname "$target")/.cockpit-incoming-$(basename "$target")"
    rm -rf "$incoming"
    mkdir -p "$target" "$incoming"
    tar -C "$source" --exclude=./build --exclude=./.git --exclude=node_modules -cf - . |
        tar -C "$incoming" -xf -
    (cd "$incoming" && find . -type f -print0) | while IFS= read -r -d '' file; do
        if ! cmp -s "$incoming/$file" "$target/$file"; then
            mkdir -p "$(dirname "$target/$file")"
            rm -f "$target/$file"
            cp "$incoming/$file" "$target/$file"
        fi
    done
    (cd "$target" && find . \( -path ./build -o -name node_modules \) -prune -o -type f -print0) |
        while IFS= read -r -d '' file; do
            [ -e "$incoming/$file" ] || rm -f "$target/$file"
        done
    # And the folders those files leave empty (a folder moved away in the source).
    find "$target" -mindepth 1 -type d -empty -not -path "$target/build*" \
        -not -path '*/node_modules*' -delete
    rm -rf "$incoming"
}

# run_in_root <command...>: in a clean environment (add VAR=value words with env first), in the
# background and waited for, so that a TERM or INT to the calling script runs its trap at once
# (bash defers traps while a foreground child runs) and the trap ends what runs in the root.
run_in_root() {
    chroot "$root" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" "$@" </dev/null 9>&- &
    local status=0
    wait $! || status=$?
    return "$status"
}
