"""Server-rendered pages for jobs: thin adapters over jobs.services and jobs.selectors."""
