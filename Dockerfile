# The production image: used by docker-compose.yml (app and its migrate step).
FROM node:22-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm install --no-audit --no-fund && npm run build
ENV NODE_ENV=production
# The server's Node.js options, as in package.json's config.serverNodeOptions (what `npm start`
# uses): a 512 MB heap ceiling makes V8 collect garbage early instead of letting the heap grow
# towards its default ceiling (a quarter of the machine's memory, up to 4 GB); see docs/performance.md.
ENV NODE_OPTIONS=--max-old-space-size=512
EXPOSE 3000
CMD ["node", "node_modules/next/dist/bin/next", "start", "-p", "3000"]
