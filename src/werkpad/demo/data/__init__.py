"""The demo's stories as tables: organisations and people, the clients' paths, employers,
vacancies, profiles, placements, employer contacts and the portal's content. Plain rows (frozen
dataclasses and tuples), no service calls; ``demo.play`` plays them. The Dutch texts are the
demo's content (tests quote them)."""
