"""HTML templates shipped with kgraph."""
