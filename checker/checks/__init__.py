"""Checks: one module per family of rules."""

from .base import ALL, AuditContext, Check, all_checks, all_rules, limits_of, register_check

__all__ = ["ALL", "AuditContext", "Check", "all_checks", "all_rules", "limits_of", "register_check"]
