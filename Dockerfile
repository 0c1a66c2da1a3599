# Provium in a container: Debian, Node, QEMU, the built-in guest prebuilt.
#   docker build -t provium .
#   docker run --rm --device /dev/kvm -v "$PWD:/work" -w /work provium run tests/
# Also usable as a workflow `container:` with `options: --device /dev/kvm`.
# The guest is built by the same `npm run setup` that the README and CI use.
FROM node:24-bookworm-slim

ENV PROVIUM_HOME=/opt/provium-home \
    DEBIAN_FRONTEND=noninteractive
WORKDIR /opt/provium

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# setup installs QEMU, busybox and a compiler with apt, fetches the kernel
# package, builds the agent and the 'minimal' guest into PROVIUM_HOME.
RUN npm run setup \
 && npm prune --omit=dev \
 && rm -rf /var/lib/apt/lists/* "$PROVIUM_HOME/downloads" \
 && ln -s /opt/provium/dist/cli.js /usr/local/bin/provium

WORKDIR /work
ENTRYPOINT ["provium"]
CMD ["--help"]
