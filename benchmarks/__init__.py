"""claimwire's benchmarks: each script prints a table and updates RESULTS.md."""
