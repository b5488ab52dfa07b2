"""Page-cache scopes: which paths a scope covers is remembered per content version, briefly."""

from hub import versions


def test_scope_paths_are_read_again_for_a_new_version_and_after_a_while(monkeypatch):
    calls = []

    def paths():
        calls.append(1)
        return ["/masterclasses/"]

    monkeypatch.setitem(versions._scopes, "test-scope", paths)
    assert versions.paths_of("test-scope", 7) == ("/masterclasses/",)
    assert versions.paths_of("test-scope", 7) == ("/masterclasses/",)
    assert len(calls) == 1
    versions.paths_of("test-scope", 8)  # content changed: pages may have moved
    assert len(calls) == 2
    monkeypatch.setattr(versions, "SCOPE_PATHS_SECONDS", -1)  # every memo expires at once
    versions.paths_of("test-scope", 9)
    assert len(calls) == 3
    versions.paths_of("test-scope", 9)  # same version, but expired: the version can
    assert len(calls) == 4  # restart at 0 when the cache is emptied, so don't trust it forever
