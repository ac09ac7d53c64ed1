"""Use cases shared by the GUI and the CLI. Every function takes an open :class:`~caseapp.services.vault.Vault`."""
