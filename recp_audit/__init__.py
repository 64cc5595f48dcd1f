"""recp_audit: offline on-site RECP audits and industrial symbiosis."""

__version__ = "0.1.0"
