"""Named SPARQL queries (``*.rq``) shipped with kgraph."""
