"""The query parameters every figures view reads."""

MAX_PARAMETER = 60


def requested_source(request):
    """The `?bron=` slug asked for, cut short; the services say when it is unknown."""
    return request.GET.get("bron", "")[:MAX_PARAMETER]
