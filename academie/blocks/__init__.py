"""StreamField blocks of the academy: `courses` (lessons and quiz questions) and
`masterclasses` (the timed programme with its workshop rounds)."""
