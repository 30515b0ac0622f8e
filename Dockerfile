# One image for every process of the hub: the gateway and each subgraph. docker-compose.yml
# picks the process per service with `command:`; without one the image runs the gateway.
#
#   docker build -t federation-hub .
#   docker run --rm -p 4000:4000 -e SUBGRAPH_ORGANISATIONS_URL=http://organisations:4001/graphql federation-hub
#   docker run --rm -p 4001:4001 -e DATABASE_URL=postgres://... -e SUBGRAPH_PORT=4001 \
#     federation-hub node dist/cli/start-subgraph.js organisations
#
# Every setting is an environment variable read by platform/config/config.ts; see .env.example.

# ---- build: compile TypeScript to dist/ ---------------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app

# `npm install`, not `npm ci`: the lockfile lacks some platforms' optional binaries.
# --ignore-scripts: the only install scripts in the tree fetch a second Node binary for the
# dev-only `node` package (the base image already is Node 24) or just print warnings
# (@swc/core, protobufjs); `tsc` needs none of them.
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --ignore-scripts

COPY . .
RUN npm run build

# ---- runtime: production dependencies + compiled code ---------------------------------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund --ignore-scripts \
 && npm cache clean --force

# `npm run build` also copies schema/ to dist/schema/, where dist/gateway/gateway.js reads the
# supergraph; the entry points import reflect-metadata first (test/compiled-build.test.ts runs them).
COPY --from=build /app/dist ./dist

# Writable only for embedded mode (`node dist/cli/start.js` without DATABASE_URL), whose PGlite
# data lives in ./data/pglite (PGLITE_DATA_DIR); mount a volume there to keep it.
RUN mkdir -p data && chown node:node data

USER node
ENV HOST=0.0.0.0
# 4000 gateway; 4001-4004 organisations, agreements, checkins, meetings.
EXPOSE 4000 4001 4002 4003 4004

# /health/ready of this container's process: SUBGRAPH_PORT in a subgraph container (set it:
# without it a subgraph listens on its default port, which this check cannot know), else
# GATEWAY_PORT (default 4000). No curl in slim images, so Node's fetch does it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.SUBGRAPH_PORT||process.env.GATEWAY_PORT||4000)+'/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Exec form, so node (PID 1) itself receives docker stop's SIGTERM and shuts down cleanly.
CMD ["node", "dist/cli/start-gateway.js"]
