"""Modal dialogs: setup, unlock, recovery, settings, new case, export, drafts, about."""
