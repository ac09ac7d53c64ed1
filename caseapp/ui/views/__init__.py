"""Main-window views: the case view (per stage), today's deadlines, the resource directory."""
