"""Checks: one module per family of rules."""

from .base import AuditContext, Check, all_checks, all_rules, register_check

__all__ = ["AuditContext", "Check", "all_checks", "all_rules", "register_check"]
