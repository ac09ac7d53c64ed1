"""PDF output: the signed case record, blank forms, referral letters, and the PKI that signs them.

Nothing here touches the database; :mod:`caseapp.services.exports` and :mod:`caseapp.services.signing` feed it.
"""
