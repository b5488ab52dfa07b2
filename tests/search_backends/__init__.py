"""Search-engine backends for tests: each write is searchable at once.

An engine makes new documents searchable at its next refresh (every second by default), and a
test searches right after it saved. These backends refresh the index after every write, as the
engines' own test suites do; production keeps the engine's refresh interval."""


class RefreshingIndexMixin:
    def add_item(self, item):
        super().add_item(item)
        self.refresh()

    def add_items(self, model, items):
        super().add_items(model, items)
        self.refresh()

    def delete_item(self, item):
        super().delete_item(item)
        self.refresh()


def refreshing(backend_class):
    index_class = type(
        f"Refreshing{backend_class.index_class.__name__}",
        (RefreshingIndexMixin, backend_class.index_class),
        {},
    )
    return type(
        f"Refreshing{backend_class.__name__}", (backend_class,), {"index_class": index_class}
    )
