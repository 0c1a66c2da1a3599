# Provium in a container: Node, QEMU and the built-in 'minimal' guest, prebuilt.
#
#   docker build -t provium .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" \
#     --device /dev/kvm --group-add "$(stat -c %g /dev/kvm)" provium run tests/
#
# (podman works the same.) README.md, "In a container", says more: KVM, the
# workflow `container:` job, the published image. test/container/ builds this
# file and runs the image as users do (`npm run test:container`).
#
# Two stages. The builder has what building takes: npm's dev dependencies,
# a compiler, apt's lists. The final stage has what a run takes and nothing
# else: Node (from the base), QEMU and its firmware, the bundled CLI, the
# prebuilt guest.

# Any Debian or Ubuntu image with Node >= 20 on PATH as `node` (and npm, for
# the builder). Made locally where no registry is reachable: see
# test/support/container-base.ts.
ARG BASE=node:24-bookworm-slim

FROM ${BASE} AS builder
ENV PROVIUM_HOME=/opt/provium-home \
    DEBIAN_FRONTEND=noninteractive
WORKDIR /opt/provium

# Layer 1: dependencies, dev ones included (esbuild, tsx). Only the lockfile
# invalidates it. A machine whose TLS goes through a re-signing proxy hands
# its CA bundle in as a build secret (`--secret id=ca-certificates,src=…`):
# used by this step only, never stored in a layer.
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=ca-certificates \
    if [ -s /run/secrets/ca-certificates ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/ca-certificates; fi; \
    npm ci --no-audit --no-fund

# Layer 2: the sources (.dockerignore lets in only what the build needs: no
# tests, docs, node_modules, nor dist/: the bundle is built here, so the
# image never ships a stale one).
COPY . .

# Layer 3: the bundle, then `npm run setup` as users run it: it installs QEMU,
# busybox and a compiler with apt, fetches the distribution's kernel package,
# builds the agent and assembles the 'minimal' guest into PROVIUM_HOME. The
# downloaded .deb files go: the guest holds what it needs from them. The
# caches a run writes are made writable by any user (sticky, like /tmp), as
# `--user "$(id -u):$(id -g)"` runs as a user the image does not know.
#
# A run finds the modules image setup made by a hash of the modules tree's
# metadata, mtimes included; a layer keeps mtimes to the second only, so the
# tree's are set to a whole second and setup runs again to make the image
# for them (a no-op but for that step): otherwise every run would make it
# anew (115 MB, a second or two) and the prebuilt one would be dead weight.
RUN npm run build \
 && npm run setup \
 && find "$PROVIUM_HOME/profiles" -exec touch -h -d "@$(date +%s)" {} + \
 && rm -rf "$PROVIUM_HOME/images" \
 && npm run setup \
 && rm -rf "$PROVIUM_HOME/downloads" \
 && mkdir -p "$PROVIUM_HOME/images" "$PROVIUM_HOME/initrd-cache" "$PROVIUM_HOME/durations" \
 && chmod 1777 "$PROVIUM_HOME" "$PROVIUM_HOME/images" "$PROVIUM_HOME/initrd-cache" "$PROVIUM_HOME/durations"

FROM ${BASE}
ENV PROVIUM_HOME=/opt/provium-home

# Layer 1: what a run needs from the system: QEMU (with its BIOS and option
# ROMs, which it depends on) and e2fsprogs (mke2fs and debugfs make and read
# the filesystem images of `dirs`). No recommends (no GUI, no extra block
# drivers), no apt lists left behind.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends qemu-system-x86 e2fsprogs \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*

# Layer 2: the prebuilt guest (kernel, modules, busybox root, agent), and
# the caches a run writes, open to any user (see the builder's last step).
COPY --from=builder /opt/provium-home /opt/provium-home

# Layer 3: Provium itself: the bundled CLI needs no node_modules; package.json
# is how it finds its version.
COPY --from=builder /opt/provium/package.json /opt/provium/package.json
COPY --from=builder /opt/provium/dist/cli.js /opt/provium/dist/cli.js
# (COPY makes /opt/provium-home itself 0755: the KVM verdict is written there.)
RUN ln -s /opt/provium/dist/cli.js /usr/local/bin/provium \
 && chmod 1777 /opt/provium-home

# The user's checkout is mounted here; without it, `provium run` finds no
# tests and says so (exit 2).
WORKDIR /work
ENTRYPOINT ["provium"]
CMD ["--help"]
