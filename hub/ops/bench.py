"""Benchmark helpers, active only with the `hub.settings.bench` settings (make bench).

- `floor`: a bare Django view, the upper bound for requests per second in this server.
- `QueryCountMiddleware`: adds the number of SQL queries as the X-Query-Count header.
"""

from django.db import connection
from django.http import HttpResponse


def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")


class QueryCountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Query-Count"] = str(count)
        return response
