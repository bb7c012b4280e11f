# syntax=docker/dockerfile:1
# Multi-stage: wheels are built in the first stage, the runtime image holds
# only the virtualenv, the code and the collected static files.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install -r requirements.txt
COPY . .
# collectstatic needs settings but no database
RUN DEBUG=false SECRET_KEY=build-only ALLOWED_HOSTS=localhost DATABASE_URL=postgresql://build@localhost/build \
    /venv/bin/python manage.py collectstatic --no-input

FROM python:3.11-slim-bookworm
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 DEBUG=false BIND=0.0.0.0:8000
RUN useradd --create-home --uid 10001 archive
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=archive:archive /app /app
USER archive
EXPOSE 8000
# DATABASE_URL, SECRET_KEY and ALLOWED_HOSTS come from the environment.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
CMD ["sh", "-c", "python manage.py migrate --no-input && exec gunicorn --config gunicorn.conf.py archive.wsgi"]
