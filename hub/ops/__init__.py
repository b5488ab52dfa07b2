"""Running the site: health probes, request middleware (security headers, request log, the
per-request memo), deployment checks, log formats and the redaction of secret codes in logs,
and the benchmark endpoints."""
