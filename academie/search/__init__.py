"""The faceted listings of the academy (the one faceting engine of hub/faceting): the course
catalogue (`courses`) and the upcoming masterclass sessions (`masterclasses`)."""
