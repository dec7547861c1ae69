# syntax=docker/dockerfile:1
# SafeReply container: htmx from npm (pinned by package-lock.json), locked Python
# packages with hashes, non-root user, migrations then uvicorn.
# Run: docker run -p 8000:8000 -e SAFEREPLY_SECRET_KEY=... -e SAFEREPLY_DATABASE_URL=... safereply

FROM node:20-bookworm-slim AS htmx
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && mkdir -p /out \
 && cp node_modules/htmx.org/dist/htmx.min.js /out/htmx.min.js

FROM python:3.11-slim-bookworm AS deps
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.lock /tmp/requirements.lock
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --require-hashes -r /tmp/requirements.lock

FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" \
    SAFEREPLY_HOST=0.0.0.0 \
    SAFEREPLY_PORT=8000 \
    SAFEREPLY_DATABASE_URL=sqlite:////srv/safereply/data/safereply.db
RUN groupadd --system --gid 10001 safereply \
 && useradd --system --uid 10001 --gid safereply --home-dir /srv/safereply --shell /usr/sbin/nologin safereply
WORKDIR /srv/safereply
COPY --from=deps /opt/venv /opt/venv
COPY --chown=root:root app ./app
COPY --chown=root:root templates ./templates
COPY --chown=root:root static ./static
COPY --chown=root:root migrations ./migrations
COPY --from=htmx --chown=root:root /out/htmx.min.js ./static/vendor/htmx.min.js
RUN mkdir -p data && chown safereply:safereply data
USER safereply
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
CMD ["sh", "-c", "python -m app migrate && exec python -m app serve"]
