"""The central PostgreSQL repository: one more copy of the workspace, merged by the
file-merge rules (publish pushes local versions, pull brings the server's)."""
