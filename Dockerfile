# Multi-stage image of the news-briefing bot. UNTESTED: base images cannot be pulled on the machines this project is
# built on, so this file has never been built; see README, "Running as a service".
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY appsettings.json ./
COPY seeds ./seeds
# The bot's state; mount a volume here to keep it across containers.
VOLUME /data
ENV Bot__Storage__DataDirectory=/data \
    Bot__Observability__ListenUrl=http://0.0.0.0:9464 \
    DOTNET_ENVIRONMENT=Production
# curl for the health check only: the runtime image ships none.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown app:app /data
# The .NET images define the non-root user "app" (uid 1654).
USER app
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["curl", "--fail", "--silent", "http://127.0.0.1:9464/healthz"]
ENTRYPOINT ["dotnet", "/app/Bot.dll"]
