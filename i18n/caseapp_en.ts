<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About this program</source>
            <translation>About this program</translation>
        </message>
        <message>
            <source>Offline case management for social workers. Every case is kept in one encrypted file on this computer.</source>
            <translation>Offline case management for social workers. Every case is kept in one encrypted file on this computer.</translation>
        </message>
        <message>
            <source>Qt %1. Font: NanumGothic (SIL Open Font License).</source>
            <translation>Qt %1. Font: NanumGothic (SIL Open Font License).</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Open data folder</translation>
        </message>
        <message>
            <source>Licence notices of the bundled components:</source>
            <translation>Licence notices of the bundled components:</translation>
        </message>
    </context>
    <context>
        <name>AccessReviewDialog</name>
        <message>
            <source>Access-log review</source>
            <translation>Access-log review</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Sign as reviewed</source>
            <translation>Sign as reviewed</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Reading the access records…</source>
            <translation>Reading the access records…</translation>
        </message>
        <message>
            <source>Night-time access (22:00–06:00)</source>
            <translation>Night-time access (22:00–06:00)</translation>
        </message>
        <message>
            <source>%1 hit(s) in %2 case(s)</source>
            <translation>%1 hit(s) in %2 case(s)</translation>
        </message>
        <message>
            <source>%1 access record(s).</source>
            <translation>%1 access record(s).</translation>
        </message>
        <message>
            <source>Night-time (22:00–06:00): %1.</source>
            <translation>Night-time (22:00–06:00): %1.</translation>
        </message>
        <message>
            <source>Bulk export: %1 wrote %2 PDF(s) on %3.</source>
            <translation>Bulk export: %1 wrote %2 PDF(s) on %3.</translation>
        </message>
        <message>
            <source>Unusual volume: %1 opened %2 case(s) on %3.</source>
            <translation>Unusual volume: %1 opened %2 case(s) on %3.</translation>
        </message>
        <message>
            <source>Failed unlocks: %1.</source>
            <translation>Failed unlocks: %1.</translation>
        </message>
        <message>
            <source>Nothing flagged.</source>
            <translation>Nothing flagged.</translation>
        </message>
        <message>
            <source>This month has not been reviewed yet.</source>
            <translation>This month has not been reviewed yet.</translation>
        </message>
        <message>
            <source>signature valid</source>
            <translation>signature valid</translation>
        </message>
        <message>
            <source>SIGNATURE INVALID</source>
            <translation>SIGNATURE INVALID</translation>
        </message>
        <message>
            <source>Reviewed on %1 by %2 (%3 record(s), %4 flag(s); %5).</source>
            <translation>Reviewed on %1 by %2 (%3 record(s), %4 flag(s); %5).</translation>
        </message>
        <message>
            <source>Signing the review…</source>
            <translation>Signing the review…</translation>
        </message>
        <message>
            <source>Review of %1 signed and recorded.</source>
            <translation>Review of %1 signed and recorded.</translation>
        </message>
    </context>
    <context>
        <name>AddendaList</name>
        <message>
            <source>Addenda:</source>
            <translation>Addenda:</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Add addendum</source>
            <translation>Add addendum</translation>
        </message>
        <message>
            <source>Signed entry (unchanged):</source>
            <translation>Signed entry (unchanged):</translation>
        </message>
        <message>
            <source>Sign the addendum now (it is locked too)</source>
            <translation>Sign the addendum now (it is locked too)</translation>
        </message>
    </context>
    <context>
        <name>AgreementSection</name>
        <message>
            <source>Agreed on</source>
            <translation>Agreed on</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
    </context>
    <context>
        <name>AmountTable</name>
        <message>
            <source>Check the amount of: %1</source>
            <translation>Check the amount of: %1</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPage</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Crisis checklist</source>
            <translation>Crisis checklist</translation>
        </message>
        <message>
            <source>No assessment yet</source>
            <translation>No assessment yet</translation>
        </message>
    </context>
    <context>
        <name>AssessmentParts</name>
        <message>
            <source>e.g. 12만</source>
            <translation>e.g. 12만</translation>
        </message>
        <message>
            <source>Crisis checklist</source>
            <translation>Crisis checklist</translation>
        </message>
        <message>
            <source>Need levels: intake and latest</source>
            <translation>Need levels: intake and latest</translation>
        </message>
        <message>
            <source>Score the items that apply; the total suggests the risk level.</source>
            <translation>Score the items that apply; the total suggests the risk level.</translation>
        </message>
        <message>
            <source>Total %1 of %2 points: %3</source>
            <translation>Total %1 of %2 points: %3</translation>
        </message>
        <message>
            <source>The risk level chosen above is %1: it differs from the checklist.</source>
            <translation>The risk level chosen above is %1: it differs from the checklist.</translation>
        </message>
        <message>
            <source>Income %1 · Expenses %2 · Balance %3 a month</source>
            <translation>Income %1 · Expenses %2 · Balance %3 a month</translation>
        </message>
    </context>
    <context>
        <name>BlankFormsDialog</name>
        <message>
            <source>Blank forms</source>
            <translation>Blank forms</translation>
        </message>
        <message>
            <source>Printable blank forms for home visits (intake, assessment, service log and more), to fill in by hand and enter later.</source>
            <translation>Printable blank forms for home visits (intake, assessment, service log and more), to fill in by hand and enter later.</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>Days in stage</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Why it matched</source>
            <translation>Why it matched</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <source>Search: name, 초성 (e.g. ㄱㅁㅅ), phone, words in notes</source>
            <translation>Search: name, 초성 (e.g. ㄱㅁㅅ), phone, words in notes</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>All selection levels</source>
            <translation>All selection levels</translation>
        </message>
        <message>
            <source>Selection not decided</source>
            <translation>Selection not decided</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>Open cases only</translation>
        </message>
        <message>
            <source>Loading cases…</source>
            <translation>Loading cases…</translation>
        </message>
        <message>
            <source>%1 of %2 cases</source>
            <translation>%1 of %2 cases</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Move back…</source>
            <translation>Move back…</translation>
        </message>
        <message>
            <source>Eco-map · genogram</source>
            <translation>Eco-map · genogram</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Locked. Unlock to see the case; what you typed is kept.</source>
            <translation>Locked. Unlock to see the case; what you typed is kept.</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Case %1</translation>
        </message>
        <message>
            <source>%1 · moved to this stage today</source>
            <translation>%1 · moved to this stage today</translation>
        </message>
        <message>
            <source>%1 · day %2 in this stage</source>
            <translation>%1 · day %2 in this stage</translation>
        </message>
        <message>
            <source>Selection not decided</source>
            <translation>Selection not decided</translation>
        </message>
        <message>
            <source>Advance to %1…</source>
            <translation>Advance to %1…</translation>
        </message>
        <message>
            <source>Last stage</source>
            <translation>Last stage</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>Current stage</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>Practice checklist</source>
            <translation>Practice checklist</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Done %1</translation>
        </message>
    </context>
    <context>
        <name>ClientCopyDialog</name>
        <message>
            <source>Client's own copy</source>
            <translation>Client's own copy</translation>
        </message>
        <message>
            <source>Everything the file holds about this client, in plain Korean, signed: to hand to the client who asks to see their data (개인정보 보호법 제35조).</source>
            <translation>Everything the file holds about this client, in plain Korean, signed: to hand to the client who asks to see their data (개인정보 보호법 제35조).</translation>
        </message>
        <message>
            <source>Correction requests are recorded with File ▸ Correction request…</source>
            <translation>Correction requests are recorded with File ▸ Correction request…</translation>
        </message>
    </context>
    <context>
        <name>ClosingEditor</name>
        <message>
            <source>Closing assessment</source>
            <translation>Closing assessment</translation>
        </message>
        <message>
            <source>Final GAS score per goal</source>
            <translation>Final GAS score per goal</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>No goals yet.</translation>
        </message>
    </context>
    <context>
        <name>ConferenceTab</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Confirms</source>
            <translation>Confirms</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <source>Where the agency signs with PKCS#12 certificates, the supervisor also co-signs the exported PDF with “caseapp cosign”.</source>
            <translation>Where the agency signs with PKCS#12 certificates, the supervisor also co-signs the exported PDF with “caseapp cosign”.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Sign a conference record once the attendees have agreed it; a signed record is locked and corrected with an addendum.</source>
            <translation>Sign a conference record once the attendees have agreed it; a signed record is locked and corrected with an addendum.</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <source>Consent form</source>
            <translation>Consent form</translation>
        </message>
        <message>
            <source>Case %1 (%2): the consent form to print and have signed, one block per kind of consent (purpose, items, retention period, the right to refuse). Consents already recorded are ticked.</source>
            <translation>Case %1 (%2): the consent form to print and have signed, one block per kind of consent (purpose, items, retention period, the right to refuse). Consents already recorded are ticked.</translation>
        </message>
    </context>
    <context>
        <name>ConsentSheet</name>
        <message>
            <source>Record consent sheet</source>
            <translation>Record consent sheet</translation>
        </message>
        <message>
            <source>Without an expiry date the consents run until the case closes plus the retention period (%1 years, Settings).</source>
            <translation>Without an expiry date the consents run until the case closes plus the retention period (%1 years, Settings).</translation>
        </message>
        <message>
            <source>Consent sheet recorded: %1</source>
            <translation>Consent sheet recorded: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentTools</name>
        <message>
            <source>Check the consent</source>
            <translation>Check the consent</translation>
        </message>
        <message>
            <source>Save anyway?</source>
            <translation>Save anyway?</translation>
        </message>
        <message>
            <source>Check the resident number</source>
            <translation>Check the resident number</translation>
        </message>
        <message>
            <source>Print consent form…</source>
            <translation>Print consent form…</translation>
        </message>
        <message>
            <source>Attach signed scan…</source>
            <translation>Attach signed scan…</translation>
        </message>
        <message>
            <source>Open scan</source>
            <translation>Open scan</translation>
        </message>
        <message>
            <source>No scan attached</source>
            <translation>No scan attached</translation>
        </message>
        <message>
            <source>Attach signed scan</source>
            <translation>Attach signed scan</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Scan attached: %1</source>
            <translation>Scan attached: %1</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <source>Something went wrong inside caseapp.</source>
            <translation>Something went wrong inside caseapp.</translation>
        </message>
        <message>
            <source>What you typed has been saved as a draft.</source>
            <translation>What you typed has been saved as a draft.</translation>
        </message>
        <message>
            <source>Your drafts could not be saved; copy any unsaved text before quitting.</source>
            <translation>Your drafts could not be saved; copy any unsaved text before quitting.</translation>
        </message>
        <message>
            <source>Details (without client data) were written to: %1</source>
            <translation>Details (without client data) were written to: %1</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>Type a date such as 1955-03-15, 1955.3.15 or 19550315; Delete clears it.</source>
            <translation>Type a date such as 1955-03-15, 1955.3.15 or 19550315; Delete clears it.</translation>
        </message>
        <message>
            <source>Pick from a calendar</source>
            <translation>Pick from a calendar</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Set to today</source>
            <translation>Set to today</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Clear the date</translation>
        </message>
    </context>
    <context>
        <name>DeadlineModel</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>in %1 days</translation>
        </message>
        <message>
            <source>Done · postpone…</source>
            <translation>Done · postpone…</translation>
        </message>
        <message>
            <source>Mark this follow-up contact done, or postpone it with a reason</source>
            <translation>Mark this follow-up contact done, or postpone it with a reason</translation>
        </message>
    </context>
    <context>
        <name>DeadlineRulesPage</name>
        <message>
            <source>The deadlines the Today list and the case list count from. The defaults follow the common guidance; change them where your local guidance differs. An interval set on a case itself takes precedence for that case.</source>
            <translation>The deadlines the Today list and the case list count from. The defaults follow the common guidance; change them where your local guidance differs. An interval set on a case itself takes precedence for that case.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Restore the guidance defaults</source>
            <translation>Restore the guidance defaults</translation>
        </message>
    </context>
    <context>
        <name>DemoDataProgress</name>
        <message>
            <source>Adding demo cases…</source>
            <translation>Adding demo cases…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>The demo cases could not be added.</source>
            <translation>The demo cases could not be added.</translation>
        </message>
    </context>
    <context>
        <name>DestroyDialog</name>
        <message>
            <source>Destroy a case</source>
            <translation>Destroy a case</translation>
        </message>
        <message>
            <source>kept until %1</source>
            <translation>kept until %1</translation>
        </message>
        <message>
            <source>default: retention period ended</source>
            <translation>default: retention period ended</translation>
        </message>
        <message>
            <source>Also remove it from existing backups (each backup is rewritten without it)</source>
            <translation>Also remove it from existing backups (each backup is rewritten without it)</translation>
        </message>
        <message>
            <source>The case's personal data is removed for good; this cannot be undone. The case number, dates and a line in the destruction register remain.</source>
            <translation>The case's personal data is removed for good; this cannot be undone. The case number, dates and a line in the destruction register remain.</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>Destroy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Case past retention</source>
            <translation>Case past retention</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>No case is past its retention period.</source>
            <translation>No case is past its retention period.</translation>
        </message>
        <message>
            <source>Destroying…</source>
            <translation>Destroying…</translation>
        </message>
        <message>
            <source>Case %1 destroyed. Removed from %2 backup(s); %3 backup(s) still hold it.</source>
            <translation>Case %1 destroyed. Removed from %2 backup(s); %3 backup(s) still hold it.</translation>
        </message>
    </context>
    <context>
        <name>DestructionRegisterDialog</name>
        <message>
            <source>Destruction register</source>
            <translation>Destruction register</translation>
        </message>
        <message>
            <source>The register of destroyed personal data (파기 대장), signed like every record.</source>
            <translation>The register of destroyed personal data (파기 대장), signed like every record.</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Unsaved text from an earlier session was found for this form.</source>
            <translation>Unsaved text from an earlier session was found for this form.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <source>Unsaved text found</source>
            <translation>Unsaved text found</translation>
        </message>
        <message>
            <source>caseapp found text that was typed but not saved, for example because the program was closed unexpectedly. Open the form to restore it, or discard it.</source>
            <translation>caseapp found text that was typed but not saved, for example because the program was closed unexpectedly. Open the form to restore it, or discard it.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Last typed</source>
            <translation>Last typed</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>(new case)</source>
            <translation>(new case)</translation>
        </message>
    </context>
    <context>
        <name>EcoMapTab</name>
        <message>
            <source>Start the closing map from the intake map</source>
            <translation>Start the closing map from the intake map</translation>
        </message>
        <message>
            <source>Eco-map</source>
            <translation>Eco-map</translation>
        </message>
        <message>
            <source>Genogram</source>
            <translation>Genogram</translation>
        </message>
        <message>
            <source>referral: %1</source>
            <translation>referral: %1</translation>
        </message>
        <message>
            <source>flow of support / energy</source>
            <translation>flow of support / energy</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Add household members on the intake tab to draw the genogram.</source>
            <translation>Add household members on the intake tab to draw the genogram.</translation>
        </message>
        <message>
            <source>Living together</source>
            <translation>Living together</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Print record</source>
            <translation>Print record</translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>Case %1 (%2)</translation>
        </message>
        <message>
            <source>%1 cases, one PDF each</source>
            <translation>%1 cases, one PDF each</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Only records dated from</source>
            <translation>Only records dated from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Redacted copy for sharing (resident no., phone, address masked)</source>
            <translation>Redacted copy for sharing (resident no., phone, address masked)</translation>
        </message>
        <message>
            <source>Sign digitally</source>
            <translation>Sign digitally</translation>
        </message>
        <message>
            <source>Visible signature stamp on the last page</source>
            <translation>Visible signature stamp on the last page</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Save to</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>empty: for the agency's own use</source>
            <translation>empty: for the agency's own use</translation>
        </message>
        <message>
            <source>No consent of this client covers giving the record to %1. Write the legal basis beside the reason, then export again.</source>
            <translation>No consent of this client covers giving the record to %1. Write the legal basis beside the reason, then export again.</translation>
        </message>
        <message>
            <source>Given to</source>
            <translation>Given to</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Choose at least one section.</source>
            <translation>Choose at least one section.</translation>
        </message>
        <message>
            <source>Choose where to save.</source>
            <translation>Choose where to save.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>Exporting %1 of %2…</translation>
        </message>
        <message>
            <source>Saved %1 PDF file(s) to %2</source>
            <translation>Saved %1 PDF file(s) to %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpActionDialog</name>
        <message>
            <source>%1 %2 · due %3</source>
            <translation>%1 %2 · due %3</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <source>Postpone follow-up</source>
            <translation>Postpone follow-up</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSchedule</name>
        <message>
            <source>Plan these contacts</source>
            <translation>Plan these contacts</translation>
        </message>
        <message>
            <source>Save the termination first: the contacts are counted from its date.</source>
            <translation>Save the termination first: the contacts are counted from its date.</translation>
        </message>
        <message>
            <source>Will plan: %1</source>
            <translation>Will plan: %1</translation>
        </message>
        <message>
            <source>Nothing left to plan: these dates have passed or have a contact near them (see the Follow-up tab).</source>
            <translation>Nothing left to plan: these dates have passed or have a contact near them (see the Follow-up tab).</translation>
        </message>
        <message>
            <source>%1 follow-up contacts planned</source>
            <translation>%1 follow-up contacts planned</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTab</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Reopen case…</source>
            <translation>Reopen case…</translation>
        </message>
        <message>
            <source>A follow-up contact found that the case should be reopened.</source>
            <translation>A follow-up contact found that the case should be reopened.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>Stage moved</source>
            <translation>Stage moved</translation>
        </message>
        <message>
            <source>Checklist ticked</source>
            <translation>Checklist ticked</translation>
        </message>
        <message>
            <source>Checklist unticked</source>
            <translation>Checklist unticked</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Moved in the plan</source>
            <translation>Moved in the plan</translation>
        </message>
        <message>
            <source>Export withdrawn</source>
            <translation>Export withdrawn</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <source>Follow-up postponed</source>
            <translation>Follow-up postponed</translation>
        </message>
        <message>
            <source>Given to a third party</source>
            <translation>Given to a third party</translation>
        </message>
        <message>
            <source>Received by sync</source>
            <translation>Received by sync</translation>
        </message>
        <message>
            <source>Sync conflict settled</source>
            <translation>Sync conflict settled</translation>
        </message>
        <message>
            <source>Handed to a colleague (agency hub)</source>
            <translation>Handed to a colleague (agency hub)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPanel</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Genogram: household members</source>
            <translation>Genogram: household members</translation>
        </message>
        <message>
            <source>The genogram is drawn from these people: the dashed line encloses those who live with the client. Relation words (모, 배우자, 딸, 시어머니 …) place them.</source>
            <translation>The genogram is drawn from these people: the dashed line encloses those who live with the client. Relation words (모, 배우자, 딸, 시어머니 …) place them.</translation>
        </message>
        <message>
            <source>Edit household members…</source>
            <translation>Edit household members…</translation>
        </message>
    </context>
    <context>
        <name>HubAccessModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>Hub user</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>(no case number)</source>
            <translation>(no case number)</translation>
        </message>
        <message>
            <source>case read (sync)</source>
            <translation>case read (sync)</translation>
        </message>
    </context>
    <context>
        <name>HubAccessTab</name>
        <message>
            <source>Every read of a case by someone it is not assigned to is recorded on the hub, chained so that any change shows, kept 2 years and reviewed at least once a month (안전성 확보조치 기준 제8조).</source>
            <translation>Every read of a case by someone it is not assigned to is recorded on the hub, chained so that any change shows, kept 2 years and reviewed at least once a month (안전성 확보조치 기준 제8조).</translation>
        </message>
        <message>
            <source>Case number or hub user</source>
            <translation>Case number or hub user</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Read again</translation>
        </message>
        <message>
            <source>Mark month as reviewed</source>
            <translation>Mark month as reviewed</translation>
        </message>
        <message>
            <source>Delete records past 2 years…</source>
            <translation>Delete records past 2 years…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Only the hub's administrator (the address that ran 'caseapp hub init') sees the access records. Log in with that address to review them.</source>
            <translation>Only the hub's administrator (the address that ran 'caseapp hub init') sees the access records. Log in with that address to review them.</translation>
        </message>
        <message>
            <source>Only a month that has ended is reviewed.</source>
            <translation>Only a month that has ended is reviewed.</translation>
        </message>
        <message>
            <source>Reading the hub's access records…</source>
            <translation>Reading the hub's access records…</translation>
        </message>
        <message>
            <source>The access records of %1 are not reviewed yet: the rule asks for a review at least once a month.</source>
            <translation>The access records of %1 are not reviewed yet: the rule asks for a review at least once a month.</translation>
        </message>
        <message>
            <source>Chain checked: all %1 access records kept on the hub are unaltered.</source>
            <translation>Chain checked: all %1 access records kept on the hub are unaltered.</translation>
        </message>
        <message>
            <source>the chain is broken at record no. %1 (it or the one before it was changed or deleted; the %2 records before it check)</source>
            <translation>the chain is broken at record no. %1 (it or the one before it was changed or deleted; the %2 records before it check)</translation>
        </message>
        <message>
            <source>records of reviewed months were removed or rewritten: %1</source>
            <translation>records of reviewed months were removed or rewritten: %1</translation>
        </message>
        <message>
            <source>ALTERED: %1. Keep the hub as it is and tell the privacy officer.</source>
            <translation>ALTERED: %1. Keep the hub as it is and tell the privacy officer.</translation>
        </message>
        <message>
            <source>%1: %2 access record(s).</source>
            <translation>%1: %2 access record(s).</translation>
        </message>
        <message>
            <source>By hub user: %1.</source>
            <translation>By hub user: %1.</translation>
        </message>
        <message>
            <source>%1 has not been reviewed yet.</source>
            <translation>%1 has not been reviewed yet.</translation>
        </message>
        <message>
            <source>Reviewed before: %1.</source>
            <translation>Reviewed before: %1.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Reviewed on %1 by %2 (%3 record(s) at the time).</source>
            <translation>Reviewed on %1 by %2 (%3 record(s) at the time).</translation>
        </message>
        <message>
            <source>Review again</source>
            <translation>Review again</translation>
        </message>
        <message>
            <source>%1 was already reviewed: %2 Record another review? The earlier one is kept on the hub.</source>
            <translation>%1 was already reviewed: %2 Record another review? The earlier one is kept on the hub.</translation>
        </message>
        <message>
            <source>Review of %1 recorded: %2 access record(s).</source>
            <translation>Review of %1 recorded: %2 access record(s).</translation>
        </message>
        <message>
            <source>Recording the review…</source>
            <translation>Recording the review…</translation>
        </message>
        <message>
            <source>No access record is older than 2 years: nothing to delete.</source>
            <translation>No access record is older than 2 years: nothing to delete.</translation>
        </message>
        <message>
            <source>Delete records past 2 years</source>
            <translation>Delete records past 2 years</translation>
        </message>
        <message>
            <source>Delete the %1 access record(s) older than 2 years from the hub? They are kept 2 years; this cannot be undone. The chain still checks every record kept.</source>
            <translation>Delete the %1 access record(s) older than 2 years from the hub? They are kept 2 years; this cannot be undone. The chain still checks every record kept.</translation>
        </message>
        <message>
            <source>Deleted %1 access record(s) older than 2 years.</source>
            <translation>Deleted %1 access record(s) older than 2 years.</translation>
        </message>
        <message>
            <source>Deleting records past 2 years…</source>
            <translation>Deleting records past 2 years…</translation>
        </message>
    </context>
    <context>
        <name>HubAdminDialog</name>
        <message>
            <source>Agency hub administration</source>
            <translation>Agency hub administration</translation>
        </message>
        <message>
            <source>AB:CD:… as 'caseapp hub init' printed</source>
            <translation>AB:CD:… as 'caseapp hub init' printed</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Administrator's address</source>
            <translation>Administrator's address</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Server certificate (SHA-256)</source>
            <translation>Server certificate (SHA-256)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Case assignments</source>
            <translation>Case assignments</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Access records</source>
            <translation>Access records</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>a-z, 0-9 and _, a letter first</source>
            <translation>a-z, 0-9 and _, a letter first</translation>
        </message>
        <message>
            <source>New hub password</source>
            <translation>New hub password</translation>
        </message>
        <message>
            <source>Hub password again</source>
            <translation>Hub password again</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>Change kind and team</source>
            <translation>Change kind and team</translation>
        </message>
        <message>
            <source>Set new password</source>
            <translation>Set new password</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>Practitioner</translation>
        </message>
        <message>
            <source>Assigned at</source>
            <translation>Assigned at</translation>
        </message>
        <message>
            <source>Assigned by</source>
            <translation>Assigned by</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Reassign</translation>
        </message>
        <message>
            <source>Hand the selected case to</source>
            <translation>Hand the selected case to</translation>
        </message>
        <message>
            <source>Every change of a user's role, team or login and every case assignment is kept on the hub for 3 years (안전성 확보조치 기준 제5조); newest first.</source>
            <translation>Every change of a user's role, team or login and every case assignment is kept on the hub for 3 years (안전성 확보조치 기준 제5조); newest first.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Give the administrator's address and password.</source>
            <translation>Give the administrator's address and password.</translation>
        </message>
        <message>
            <source>Connecting to the hub…</source>
            <translation>Connecting to the hub…</translation>
        </message>
        <message>
            <source>Connected as %1.</source>
            <translation>Connected as %1.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>The hub refused (nothing was changed): %1</source>
            <translation>The hub refused (nothing was changed): %1</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>Hub user added: %1</source>
            <translation>Hub user added: %1</translation>
        </message>
        <message>
            <source>Hub user changed: %1</source>
            <translation>Hub user changed: %1</translation>
        </message>
        <message>
            <source>New hub password set for %1; that computer joins the hub again with it.</source>
            <translation>New hub password set for %1; that computer joins the hub again with it.</translation>
        </message>
        <message>
            <source>Deactivate hub user %1? They can no longer log in or sync; their cases stay assigned to them until you hand them to a colleague.</source>
            <translation>Deactivate hub user %1? They can no longer log in or sync; their cases stay assigned to them until you hand them to a colleague.</translation>
        </message>
        <message>
            <source>Hub user deactivated: %1. Hand their cases to a colleague.</source>
            <translation>Hub user deactivated: %1. Hand their cases to a colleague.</translation>
        </message>
        <message>
            <source>Choose a case and the colleague who takes it.</source>
            <translation>Choose a case and the colleague who takes it.</translation>
        </message>
        <message>
            <source>Case %1 is now assigned to %2; it moves at each computer's next sync.</source>
            <translation>Case %1 is now assigned to %2; it moves at each computer's next sync.</translation>
        </message>
    </context>
    <context>
        <name>HubAdminViews</name>
        <message>
            <source>practitioner</source>
            <translation>practitioner</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>director</source>
            <translation>director</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>case %1: %2 → %3</source>
            <translation>case %1: %2 → %3</translation>
        </message>
        <message>
            <source>case %1 assigned to %2</source>
            <translation>case %1 assigned to %2</translation>
        </message>
        <message>
            <source>user %1 added</source>
            <translation>user %1 added</translation>
        </message>
        <message>
            <source>user %1 deactivated</source>
            <translation>user %1 deactivated</translation>
        </message>
        <message>
            <source>user %1 activated again</source>
            <translation>user %1 activated again</translation>
        </message>
        <message>
            <source>user %1 changed</source>
            <translation>user %1 changed</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message>
            <source>Agency hub</source>
            <translation>Agency hub</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Hub address</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>Hub user</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>Hub password</translation>
        </message>
        <message>
            <source>Server certificate (SHA-256)</source>
            <translation>Server certificate (SHA-256)</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Join</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Changes not sent yet</source>
            <translation>Changes not sent yet</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Open conflicts</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Fill in all four fields; the fingerprint is the one 'caseapp hub init' printed.</source>
            <translation>Fill in all four fields; the fingerprint is the one 'caseapp hub init' printed.</translation>
        </message>
        <message>
            <source>Joining the hub…</source>
            <translation>Joining the hub…</translation>
        </message>
        <message>
            <source>Joined the hub.</source>
            <translation>Joined the hub.</translation>
        </message>
        <message>
            <source>Synced.</source>
            <translation>Synced.</translation>
        </message>
    </context>
    <context>
        <name>HubStatsDialog</name>
        <message>
            <source>Agency statistics</source>
            <translation>Agency statistics</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Hub address</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>Hub user</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>Hub password</translation>
        </message>
        <message>
            <source>Server certificate (SHA-256)</source>
            <translation>Server certificate (SHA-256)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Figures only: the hub gives no case, name or note here.</source>
            <translation>Figures only: the hub gives no case, name or note here.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>The last day is before the first day.</translation>
        </message>
        <message>
            <source>Fill in the hub's address, user, password and the fingerprint 'caseapp hub init' printed.</source>
            <translation>Fill in the hub's address, user, password and the fingerprint 'caseapp hub init' printed.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>Asking the hub…</translation>
        </message>
    </context>
    <context>
        <name>HubSync</name>
        <message>
            <source>Hub: syncing…</source>
            <translation>Hub: syncing…</translation>
        </message>
        <message>
            <source>%1 conflict(s) to resolve</source>
            <translation>%1 conflict(s) to resolve</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Hub: synced %1</source>
            <translation>Hub: synced %1</translation>
        </message>
        <message>
            <source>Hub: not reachable (last sync %1)</source>
            <translation>Hub: not reachable (last sync %1)</translation>
        </message>
        <message>
            <source>Hub sync failed.</source>
            <translation>Hub sync failed.</translation>
        </message>
    </context>
    <context>
        <name>ImplementationTab</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Direct</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Referral letter for the selected referral…</source>
            <translation>Referral letter for the selected referral…</translation>
        </message>
        <message>
            <source>No resources yet: add organisations and people in the resource directory, then refer to them here.</source>
            <translation>No resources yet: add organisations and people in the resource directory, then refer to them here.</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>direct</translation>
        </message>
        <message>
            <source>indirect</source>
            <translation>indirect</translation>
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>Client and intake</source>
            <translation>Client and intake</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>No valid consent yet for: %1</source>
            <translation>No valid consent yet for: %1</translation>
        </message>
        <message>
            <source>A consent was withdrawn. Tell those who received data under it:</source>
            <translation>A consent was withdrawn. Tell those who received data under it:</translation>
        </message>
    </context>
    <context>
        <name>JumpBar</name>
        <message>
            <source>Go to:</source>
            <translation>Go to:</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>caseapp is locked</source>
            <translation>caseapp is locked</translation>
        </message>
        <message>
            <source>Client data is hidden. Anything you were typing is kept. Enter your passphrase to continue.</source>
            <translation>Client data is hidden. Anything you were typing is kept. Enter your passphrase to continue.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Unlock with the recovery key…</source>
            <translation>Forgot the passphrase? Unlock with the recovery key…</translation>
        </message>
        <message>
            <source>Quit caseapp</source>
            <translation>Quit caseapp</translation>
        </message>
        <message>
            <source>Unsaved typing is kept as an encrypted draft for the next start.</source>
            <translation>Unsaved typing is kept as an encrypted draft for the next start.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Case management</source>
            <translation>Case management</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>&amp;Find case</source>
            <translation>&amp;Find case</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Export PDF…</translation>
        </message>
        <message>
            <source>Export &amp;listed cases…</source>
            <translation>Export &amp;listed cases…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <source>&amp;Resource directory</source>
            <translation>&amp;Resource directory</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Statistics and reports…</source>
            <translation>&amp;Statistics and reports…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <source>&amp;About caseapp</source>
            <translation>&amp;About caseapp</translation>
        </message>
        <message>
            <source>&amp;Print record…</source>
            <translation>&amp;Print record…</translation>
        </message>
        <message>
            <source>&amp;Referral letter…</source>
            <translation>&amp;Referral letter…</translation>
        </message>
        <message>
            <source>&amp;Blank home-visit forms…</source>
            <translation>&amp;Blank home-visit forms…</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>&amp;Verify a signed PDF…</translation>
        </message>
        <message>
            <source>&amp;Access-log review…</source>
            <translation>&amp;Access-log review…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Privacy &amp;registers…</source>
            <translation>Privacy &amp;registers…</translation>
        </message>
        <message>
            <source>Client's own &amp;copy…</source>
            <translation>Client's own &amp;copy…</translation>
        </message>
        <message>
            <source>Correction re&amp;quest…</source>
            <translation>Correction re&amp;quest…</translation>
        </message>
        <message>
            <source>%1 cases loaded</source>
            <translation>%1 cases loaded</translation>
        </message>
        <message>
            <source>Checking the case file for damage in the background…</source>
            <translation>Checking the case file for damage in the background…</translation>
        </message>
        <message>
            <source>The case file was checked: no damage found.</source>
            <translation>The case file was checked: no damage found.</translation>
        </message>
        <message>
            <source>Ctrl+S saves, Ctrl+E exports this case</source>
            <translation>Ctrl+S saves, Ctrl+E exports this case</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Some entries have not been saved yet. Save them now?</source>
            <translation>Some entries have not been saved yet. Save them now?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Open a case or select cases in the list first.</source>
            <translation>Open a case or select cases in the list first.</translation>
        </message>
        <message>
            <source>Print record</source>
            <translation>Print record</translation>
        </message>
        <message>
            <source>Open a case or select one in the list first.</source>
            <translation>Open a case or select one in the list first.</translation>
        </message>
        <message>
            <source>Referral letter</source>
            <translation>Referral letter</translation>
        </message>
        <message>
            <source>Open the case first: the letter is written for one of its referrals.</source>
            <translation>Open the case first: the letter is written for one of its referrals.</translation>
        </message>
        <message>
            <source>Client's own copy</source>
            <translation>Client's own copy</translation>
        </message>
        <message>
            <source>Open the case first.</source>
            <translation>Open the case first.</translation>
        </message>
        <message>
            <source>Correction request</source>
            <translation>Correction request</translation>
        </message>
        <message>
            <source>What does the client ask to correct or delete?</source>
            <translation>What does the client ask to correct or delete?</translation>
        </message>
        <message>
            <source>Correction request recorded. Answer by %1 (listed in Today).</source>
            <translation>Correction request recorded. Answer by %1 (listed in Today).</translation>
        </message>
        <message>
            <source>&amp;Export changes…</source>
            <translation>&amp;Export changes…</translation>
        </message>
        <message>
            <source>&amp;Import changes…</source>
            <translation>&amp;Import changes…</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>Resolve &amp;conflicts…</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>Agency &amp;hub…</source>
            <translation>Agency &amp;hub…</translation>
        </message>
        <message>
            <source>Agency hub &amp;administration…</source>
            <translation>Agency hub &amp;administration…</translation>
        </message>
        <message>
            <source>Agency &amp;statistics…</source>
            <translation>Agency &amp;statistics…</translation>
        </message>
        <message>
            <source>Import changes</source>
            <translation>Import changes</translation>
        </message>
        <message>
            <source>caseapp sync files (*%1)</source>
            <translation>caseapp sync files (*%1)</translation>
        </message>
        <message>
            <source>Resolve conflicts</source>
            <translation>Resolve conflicts</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used from the next start of caseapp.</source>
            <translation>The new language is used from the next start of caseapp.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringTab</name>
        <message>
            <source>GAS score per goal</source>
            <translation>GAS score per goal</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>No goals yet.</translation>
        </message>
        <message>
            <source>No service rows (tasks) in the plan yet.</source>
            <translation>No service rows (tasks) in the plan yet.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>Adherence</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>GAS T</source>
            <translation>GAS T</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>GAS progress per goal</source>
            <translation>GAS progress per goal</translation>
        </message>
        <message>
            <source>GAS T-score: 50 means the goals were met as expected; above 50, better than expected.</source>
            <translation>GAS T-score: 50 means the goals were met as expected; above 50, better than expected.</translation>
        </message>
        <message>
            <source>No goals yet</source>
            <translation>No goals yet</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Repeat it</translation>
        </message>
        <message>
            <source>Too short: at least %1 characters.</source>
            <translation>Too short: at least %1 characters.</translation>
        </message>
        <message>
            <source>Weak: make it longer or mix letters, digits and symbols.</source>
            <translation>Weak: make it longer or mix letters, digits and symbols.</translation>
        </message>
        <message>
            <source>Fair: a few more words would make it much stronger.</source>
            <translation>Fair: a few more words would make it much stronger.</translation>
        </message>
        <message>
            <source>Good.</source>
            <translation>Good.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <source>Use a sentence only you know, at least %1 characters. Korean is fine.</source>
            <translation>Use a sentence only you know, at least %1 characters. Korean is fine.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>The passphrase must be at least %1 characters long.</source>
            <translation>The passphrase must be at least %1 characters long.</translation>
        </message>
    </context>
    <context>
        <name>PdfDocumentDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Save to</translation>
        </message>
        <message>
            <source>Choose where to save.</source>
            <translation>Choose where to save.</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Writing the PDF…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>PdfPrintPreview</name>
        <message>
            <source>Print preview: %1</source>
            <translation>Print preview: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanningTab</name>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Need area</source>
            <translation>Need area</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>For whom</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>In charge</source>
            <translation>In charge</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>New short-term goal</source>
            <translation>New short-term goal</translation>
        </message>
        <message>
            <source>A short-term goal under the selected long-term goal</source>
            <translation>A short-term goal under the selected long-term goal</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+Down</translation>
        </message>
        <message>
            <source>Linked resources: %1</source>
            <translation>Linked resources: %1</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>The PDF could not be saved: %1</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Save the PDF and print it from a computer that has one, or set up a printer and try again.</source>
            <translation>No printer is set up on this computer. Save the PDF and print it from a computer that has one, or set up a printer and try again.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>The PDF could not be read for printing: %1</source>
            <translation>The PDF could not be read for printing: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <source>Quick entry</source>
            <translation>Quick entry</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Enter saves</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>Save entry</translation>
        </message>
        <message>
            <source>%1 entry saved</source>
            <translation>%1 entry saved</translation>
        </message>
    </context>
    <context>
        <name>ReasonFields</name>
        <message>
            <source>Details (required for Other)</source>
            <translation>Details (required for Other)</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <source>Add addendum…</source>
            <translation>Add addendum…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>An unfinished addendum to this entry was kept: click “Add addendum…” to continue it.</source>
            <translation>An unfinished addendum to this entry was kept: click “Add addendum…” to continue it.</translation>
        </message>
        <message>
            <source>Signed by %1 on %2. Locked: add an addendum to correct or add to it.</source>
            <translation>Signed by %1 on %2. Locked: add an addendum to correct or add to it.</translation>
        </message>
        <message>
            <source>Editing the selected record</source>
            <translation>Editing the selected record</translation>
        </message>
        <message>
            <source>Signed by %1 on %2.</source>
            <translation>Signed by %1 on %2.</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>New record</translation>
        </message>
        <message>
            <source>Sign entry</source>
            <translation>Sign entry</translation>
        </message>
        <message>
            <source>Sign this entry under your name? A signed entry is locked: it can no longer be edited, only amended with an addendum.</source>
            <translation>Sign this entry under your name? A signed entry is locked: it can no longer be edited, only amended with an addendum.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete this record? This cannot be undone.</source>
            <translation>Delete this record? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Unlock with the recovery key</source>
            <translation>Unlock with the recovery key</translation>
        </message>
        <message>
            <source>Type the recovery key you printed or wrote down when the case file was created (dashes and spaces do not matter), then choose a new passphrase. The old passphrase stops working.</source>
            <translation>Type the recovery key you printed or wrote down when the case file was created (dashes and spaces do not matter), then choose a new passphrase. The old passphrase stops working.</translation>
        </message>
        <message>
            <source>Unlock and set passphrase</source>
            <translation>Unlock and set passphrase</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Type the recovery key.</source>
            <translation>Type the recovery key.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>ReferralLetterDialog</name>
        <message>
            <source>Referral letter</source>
            <translation>Referral letter</translation>
        </message>
        <message>
            <source>Case %1 (%2): a letter to the organisation or person the client is referred to. It holds only what the referral needs (no resident registration number).</source>
            <translation>Case %1 (%2): a letter to the organisation or person the client is referred to. It holds only what the referral needs (no resident registration number).</translation>
        </message>
        <message>
            <source>Sign digitally</source>
            <translation>Sign digitally</translation>
        </message>
        <message>
            <source>PDF (can be signed)</source>
            <translation>PDF (can be signed)</translation>
        </message>
        <message>
            <source>HWPX for Hangul (not signed)</source>
            <translation>HWPX for Hangul (not signed)</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Save HWPX</source>
            <translation>Save HWPX</translation>
        </message>
    </context>
    <context>
        <name>RegistersDialog</name>
        <message>
            <source>Privacy registers</source>
            <translation>Privacy registers</translation>
        </message>
        <message>
            <source>Save destruction register as signed PDF…</source>
            <translation>Save destruction register as signed PDF…</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>Record outcome…</translation>
        </message>
        <message>
            <source>Destroy a case past retention…</source>
            <translation>Destroy a case past retention…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>Destroyed</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Data destroyed</source>
            <translation>Data destroyed</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Destructions (%1)</source>
            <translation>Destructions (%1)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>no consent: %1</source>
            <translation>no consent: %1</translation>
        </message>
        <message>
            <source>Disclosures (%1)</source>
            <translation>Disclosures (%1)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Answer by</source>
            <translation>Answer by</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Correction requests (%1)</source>
            <translation>Correction requests (%1)</translation>
        </message>
        <message>
            <source>Correction requests</source>
            <translation>Correction requests</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>Select a request first.</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>What was done?</translation>
        </message>
        <message>
            <source>What the client was told (needed for a refusal):</source>
            <translation>What the client was told (needed for a refusal):</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>New database key</source>
            <translation>New database key</translation>
        </message>
        <message>
            <source>The case file is re-encrypted under a new key. Old copies of the key file (in backups or the backup folder) then no longer open it, and the old recovery key stops working. Earlier backups keep their own key files and open with the passphrase that was valid when they were made.

This is your NEW recovery key. It works once you switch below.</source>
            <translation>The case file is re-encrypted under a new key. Old copies of the key file (in backups or the backup folder) then no longer open it, and the old recovery key stops working. Earlier backups keep their own key files and open with the passphrase that was valid when they were made.

This is your NEW recovery key. It works once you switch below.</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Preparing…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>I have written down or printed the new recovery key</source>
            <translation>I have written down or printed the new recovery key</translation>
        </message>
        <message>
            <source>Switch to the new key</source>
            <translation>Switch to the new key</translation>
        </message>
        <message>
            <source>Re-encrypting…</source>
            <translation>Re-encrypting…</translation>
        </message>
    </context>
    <context>
        <name>ResourcesWindow</name>
        <message>
            <source>Resource directory</source>
            <translation>Resource directory</translation>
        </message>
        <message>
            <source>Search name, service, contact, phone…</source>
            <translation>Search name, service, contact, phone…</translation>
        </message>
        <message>
            <source>New resource</source>
            <translation>New resource</translation>
        </message>
        <message>
            <source>Save resource</source>
            <translation>Save resource</translation>
        </message>
        <message>
            <source>Referral history</source>
            <translation>Referral history</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Double-click to open the case.</source>
            <translation>Double-click to open the case.</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactive)</translation>
        </message>
        <message>
            <source>Referral history (%1)</source>
            <translation>Referral history (%1)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>RevealRow</name>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>The resident registration number is masked. Showing it is recorded in the audit trail.</source>
            <translation>The resident registration number is masked. Showing it is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <source>Signed and locked</source>
            <translation>Signed and locked</translation>
        </message>
    </context>
    <context>
        <name>ScoresEditor</name>
        <message>
            <source>No goals yet: set goals in the planning stage.</source>
            <translation>No goals yet: set goals in the planning stage.</translation>
        </message>
    </context>
    <context>
        <name>SelectionDialog</name>
        <message>
            <source>Case %1 · %2</source>
            <translation>Case %1 · %2</translation>
        </message>
        <message>
            <source>Record selection decision</source>
            <translation>Record selection decision</translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <source>Record selection decision…</source>
            <translation>Record selection decision…</translation>
        </message>
        <message>
            <source>A decision is kept as written: to change the level, record a new decision. The newest by date is the one in force.</source>
            <translation>A decision is kept as written: to change the level, record a new decision. The newest by date is the one in force.</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <source>In force: %1 (decided %2)</source>
            <translation>In force: %1 (decided %2)</translation>
        </message>
        <message>
            <source>Selection recorded: %1</source>
            <translation>Selection recorded: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Lock when the computer sleeps or the screen locks</source>
            <translation>Lock when the computer sleeps or the screen locks</translation>
        </message>
        <message>
            <source>Sleep and screen-lock notices reach caseapp on Linux desktops; elsewhere the idle timer locks it.</source>
            <translation>Sleep and screen-lock notices reach caseapp on Linux desktops; elsewhere the idle timer locks it.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Lock after idle</source>
            <translation>Lock after idle</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Keep access records</source>
            <translation>Keep access records</translation>
        </message>
        <message>
            <source>e.g. a USB stick; empty: only the data folder</source>
            <translation>e.g. a USB stick; empty: only the data folder</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Daily backup while caseapp runs</source>
            <translation>Daily backup while caseapp runs</translation>
        </message>
        <message>
            <source>Backup when caseapp closes</source>
            <translation>Backup when caseapp closes</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore selected backup…</source>
            <translation>Restore selected backup…</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Second backup folder</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Backups to keep</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>data folder</source>
            <translation>data folder</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Making a backup…</translation>
        </message>
        <message>
            <source>Backup made: %1</source>
            <translation>Backup made: %1</translation>
        </message>
        <message>
            <source>Select a backup first.</source>
            <translation>Select a backup first.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Replace the case file with the backup from %1? The current file is backed up first, so nothing is lost.</source>
            <translation>Replace the case file with the backup from %1? The current file is backed up first, so nothing is lost.</translation>
        </message>
        <message>
            <source>Changing…</source>
            <translation>Changing…</translation>
        </message>
        <message>
            <source>The passphrase was changed. The old one no longer works.</source>
            <translation>The passphrase was changed. The old one no longer works.</translation>
        </message>
        <message>
            <source>New database key</source>
            <translation>New database key</translation>
        </message>
        <message>
            <source>Copies of the old key file (in backups or the backup folder) still open the case file with the old passphrase. Re-encrypt the case file under a new key now? A new recovery key is shown.</source>
            <translation>Copies of the old key file (in backups or the backup folder) still open the case file with the old passphrase. Re-encrypt the case file under a new key now? A new recovery key is shown.</translation>
        </message>
        <message>
            <source>The settings could not be saved (is the data folder writable?).</source>
            <translation>The settings could not be saved (is the data folder writable?).</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Print the recovery key</source>
            <translation>Print the recovery key</translation>
        </message>
        <message>
            <source>caseapp recovery key</source>
            <translation>caseapp recovery key</translation>
        </message>
        <message>
            <source>Keep this page somewhere safe. With it you can open the case file if the passphrase is forgotten. Anyone holding it and the file can read every case.</source>
            <translation>Keep this page somewhere safe. With it you can open the case file if the passphrase is forgotten. Anyone holding it and the file can read every case.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>caseapp keeps every case in one encrypted file on this computer. Choose a passphrase to lock it; nobody can open the file without it.</source>
            <translation>caseapp keeps every case in one encrypted file on this computer. Choose a passphrase to lock it; nobody can open the file without it.</translation>
        </message>
        <message>
            <source>Add demo cases to try things out (fictional people)</source>
            <translation>Add demo cases to try things out (fictional people)</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Create the case file</source>
            <translation>Create the case file</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Enter your name.</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>Enter the agency's name.</translation>
        </message>
        <message>
            <source>Creating the encrypted file…</source>
            <translation>Creating the encrypted file…</translation>
        </message>
        <message>
            <source>This is your recovery key. If you forget the passphrase, it is the ONLY way to open your cases. Print it or write it down and keep it locked away; it is shown only now.</source>
            <translation>This is your recovery key. If you forget the passphrase, it is the ONLY way to open your cases. Print it or write it down and keep it locked away; it is shown only now.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>I have written down or printed the recovery key</source>
            <translation>I have written down or printed the recovery key</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Please write down the recovery key and tick the box to continue.</source>
            <translation>Please write down the recovery key and tick the box to continue.</translation>
        </message>
    </context>
    <context>
        <name>SignaturePart</name>
        <message>
            <source>Client's signature (draw with the mouse or a pen):</source>
            <translation>Client's signature (draw with the mouse or a pen):</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <translation>Clear signature</translation>
        </message>
        <message>
            <source>No signature drawn.</source>
            <translation>No signature drawn.</translation>
        </message>
        <message>
            <source>Signature drawn: it is saved with the agreement and printed on the plan.</source>
            <translation>Signature drawn: it is saved with the agreement and printed on the plan.</translation>
        </message>
    </context>
    <context>
        <name>SingleRecordForm</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move to another stage</source>
            <translation>Move to another stage</translation>
        </message>
        <message>
            <source>Current stage: %1</source>
            <translation>Current stage: %1</translation>
        </message>
        <message>
            <source>Advance to: %1</source>
            <translation>Advance to: %1</translation>
        </message>
        <message>
            <source>Back to: %1</source>
            <translation>Back to: %1</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Before moving on, please check:</source>
            <translation>Before moving on, please check:</translation>
        </message>
        <message>
            <source>move on anyway</source>
            <translation>move on anyway</translation>
        </message>
        <message>
            <source>Why does the case go back? (required)</source>
            <translation>Why does the case go back? (required)</translation>
        </message>
        <message>
            <source>Reason for moving on despite the warnings (required)</source>
            <translation>Reason for moving on despite the warnings (required)</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>Tick each warning you want to override, and give a reason.</source>
            <translation>Tick each warning you want to override, and give a reason.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics and activity reports</source>
            <translation>Statistics and activity reports</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>From – to</translation>
        </message>
        <message>
            <source>All case managers</source>
            <translation>All case managers</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>Save report…</translation>
        </message>
        <message>
            <source>Excel (.xlsx), CSV, signed PDF or 한글 (.hwpx)</source>
            <translation>Excel (.xlsx), CSV, signed PDF or 한글 (.hwpx)</translation>
        </message>
        <message>
            <source>Case manager:</source>
            <translation>Case manager:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Screen / item</source>
            <translation>Screen / item</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Transcription sheet</source>
            <translation>Transcription sheet</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitions</translation>
        </message>
        <message>
            <source>Click a figure to see the records behind it.</source>
            <translation>Click a figure to see the records behind it.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Double-click to open the case.</source>
            <translation>Double-click to open the case.</translation>
        </message>
        <message>
            <source>%1 (month)</source>
            <translation>%1 (month)</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>Q%1</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>%1 · definitions version %2</source>
            <translation>%1 · definitions version %2</translation>
        </message>
        <message>
            <source>Services per month</source>
            <translation>Services per month</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Cases opened and closed per month</source>
            <translation>Cases opened and closed per month</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Services by practice type</source>
            <translation>Services by practice type</translation>
        </message>
        <message>
            <source>Services by contact mode</source>
            <translation>Services by contact mode</translation>
        </message>
        <message>
            <source>Need level per area, closed cases (0–3)</source>
            <translation>Need level per area, closed cases (0–3)</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Which date places a record in the period</source>
            <translation>Which date places a record in the period</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <source>%1: %2 record(s)</source>
            <translation>%1: %2 record(s)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf);;한글 (*.hwpx)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf);;한글 (*.hwpx)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>Report saved: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsWindow</name>
        <message>
            <source>Sync: conflicts</source>
            <translation>Sync: conflicts</translation>
        </message>
        <message>
            <source>These fields were changed on both machines. Both values are kept, and the record shows yours, until you choose; the next sync settles the other machine too.</source>
            <translation>These fields were changed on both machines. Both values are kept, and the record shows yours, until you choose; the next sync settles the other machine too.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Keep theirs</translation>
        </message>
        <message>
            <source>Or write the value yourself</source>
            <translation>Or write the value yourself</translation>
        </message>
        <message>
            <source>Save this value</source>
            <translation>Save this value</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>all cases</source>
            <translation>all cases</translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>No open conflicts.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>This field is resolved by keeping one of the two values.</source>
            <translation>This field is resolved by keeping one of the two values.</translation>
        </message>
        <message>
            <source>yours kept</source>
            <translation>yours kept</translation>
        </message>
        <message>
            <source>theirs kept</source>
            <translation>theirs kept</translation>
        </message>
        <message>
            <source>your new value saved</source>
            <translation>your new value saved</translation>
        </message>
        <message>
            <source>%1 %2: %3.</source>
            <translation>%1 %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>SyncExportDialog</name>
        <message>
            <source>Sync: export</source>
            <translation>Sync: export</translation>
        </message>
        <message>
            <source>Writes the changes your other device does not have yet into one encrypted file. Carry it on a USB stick and import it there.</source>
            <translation>Writes the changes your other device does not have yet into one encrypted file. Carry it on a USB stick and import it there.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>The name your other devices show for this one, e.g. 사무실 PC</source>
            <translation>The name your other devices show for this one, e.g. 사무실 PC</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>This PC's name</source>
            <translation>This PC's name</translation>
        </message>
        <message>
            <source>This PC's passphrase</source>
            <translation>This PC's passphrase</translation>
        </message>
        <message>
            <source>The new computer asks for this passphrase once, when it is set up from the file; then it keeps its own.</source>
            <translation>The new computer asks for this passphrase once, when it is set up from the file; then it keeps its own.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Any of my devices (what one of them still lacks)</source>
            <translation>Any of my devices (what one of them still lacks)</translation>
        </message>
        <message>
            <source>A new computer of mine (all records, to set it up)</source>
            <translation>A new computer of mine (all records, to set it up)</translation>
        </message>
        <message>
            <source>Choose a folder (for example the USB stick).</source>
            <translation>Choose a folder (for example the USB stick).</translation>
        </message>
        <message>
            <source>No such folder: %1</source>
            <translation>No such folder: %1</translation>
        </message>
        <message>
            <source>Enter this PC's passphrase: the new computer needs it to open the file.</source>
            <translation>Enter this PC's passphrase: the new computer needs it to open the file.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>%1 changes written to %2</source>
            <translation>%1 changes written to %2</translation>
        </message>
        <message>
            <source>Exporting… the window closes once the file is written.</source>
            <translation>Exporting… the window closes once the file is written.</translation>
        </message>
    </context>
    <context>
        <name>SyncImportDialog</name>
        <message>
            <source>Sync: import</source>
            <translation>Sync: import</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>New records</source>
            <translation>New records</translation>
        </message>
        <message>
            <source>Changed records</source>
            <translation>Changed records</translation>
        </message>
        <message>
            <source>Conflicts (both values kept)</source>
            <translation>Conflicts (both values kept)</translation>
        </message>
        <message>
            <source>Deletions</source>
            <translation>Deletions</translation>
        </message>
        <message>
            <source>Cases destroyed</source>
            <translation>Cases destroyed</translation>
        </message>
        <message>
            <source>Changes here already</source>
            <translation>Changes here already</translation>
        </message>
        <message>
            <source>These cases were destroyed on the other machine; importing destroys them here too, recorded in this PC's audit trail.</source>
            <translation>These cases were destroyed on the other machine; importing destroys them here too, recorded in this PC's audit trail.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>Resolve conflicts…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cases this import changes</source>
            <translation>Cases this import changes</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>Nothing new: every change in this file is here already.</source>
            <translation>Nothing new: every change in this file is here already.</translation>
        </message>
        <message>
            <source>Nothing has been changed yet. Apply takes a backup first, then imports everything in one step.</source>
            <translation>Nothing has been changed yet. Apply takes a backup first, then imports everything in one step.</translation>
        </message>
        <message>
            <source>Taking a backup and importing…</source>
            <translation>Taking a backup and importing…</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 changed, %3 conflicts, %4 destroyed.</source>
            <translation>Imported: %1 new, %2 changed, %3 conflicts, %4 destroyed.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Not imported: %1 The case file is as it was.</source>
            <translation>Not imported: %1 The case file is as it was.</translation>
        </message>
    </context>
    <context>
        <name>SyncText</name>
        <message>
            <source>d MMM HH:mm</source>
            <translation>d MMM HH:mm</translation>
        </message>
        <message>
            <source>d MMM yyyy HH:mm</source>
            <translation>d MMM yyyy HH:mm</translation>
        </message>
        <message>
            <source>This PC</source>
            <translation>This PC</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>TerminationTab</name>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Final GAS T</source>
            <translation>Final GAS T</translation>
        </message>
        <message>
            <source>Intake compared with the closing assessment</source>
            <translation>Intake compared with the closing assessment</translation>
        </message>
        <message>
            <source>No assessment yet</source>
            <translation>No assessment yet</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Changed: %1</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Click a row to open its case.</source>
            <translation>Click a row to open its case.</translation>
        </message>
        <message>
            <source>A follow-up contact can be settled here; anything else opens its case.</source>
            <translation>A follow-up contact can be settled here; anything else opens its case.</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>Mark &amp;done…</translation>
        </message>
        <message>
            <source>&amp;Postpone…</source>
            <translation>&amp;Postpone…</translation>
        </message>
        <message>
            <source>The access records of %1 have not been reviewed yet. Review them now…</source>
            <translation>The access records of %1 have not been reviewed yet. Review them now…</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>All kinds (%1)</source>
            <translation>All kinds (%1)</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due soon</source>
            <translation>%1 overdue, %2 due soon</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>Mark done…</translation>
        </message>
        <message>
            <source>Postpone…</source>
            <translation>Postpone…</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Follow-up of %1 marked done</source>
            <translation>Follow-up of %1 marked done</translation>
        </message>
        <message>
            <source>Follow-up of %1 postponed</source>
            <translation>Follow-up of %1 postponed</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock the case file</source>
            <translation>Unlock the case file</translation>
        </message>
        <message>
            <source>Your cases are encrypted. Enter your passphrase to open them.</source>
            <translation>Your cases are encrypted. Enter your passphrase to open them.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Forgot passphrase…</source>
            <translation>Forgot passphrase…</translation>
        </message>
        <message>
            <source>Restore the newest good backup…</source>
            <translation>Restore the newest good backup…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
        </message>
        <message>
            <source>Updating the case file for this version of caseapp: a backup first, then the update. A large file can take a few minutes; please keep the program open.</source>
            <translation>Updating the case file for this version of caseapp: a backup first, then the update. A large file can take a few minutes; please keep the program open.</translation>
        </message>
        <message>
            <source>Your new passphrase is set. The old one no longer works.</source>
            <translation>Your new passphrase is set. The old one no longer works.</translation>
        </message>
        <message>
            <source>No backup was found in the data folder or the backup folder.</source>
            <translation>No backup was found in the data folder or the backup folder.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Restore the backup from %1? The damaged file is kept aside, not deleted.</source>
            <translation>Restore the backup from %1? The damaged file is kept aside, not deleted.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Please read</source>
            <translation>Please read</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a signed PDF</source>
            <translation>Verify a signed PDF</translation>
        </message>
        <message>
            <source>Choose a PDF exported by caseapp (or by a partner agency whose root certificate you imported) to see who signed it, when, and whether it is unchanged.</source>
            <translation>Choose a PDF exported by caseapp (or by a partner agency whose root certificate you imported) to see who signed it, when, and whether it is unchanged.</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF file</translation>
        </message>
        <message>
            <source>Choose PDF…</source>
            <translation>Choose PDF…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose a PDF file first.</source>
            <translation>Choose a PDF file first.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF.</source>
            <translation>This file cannot be read as a PDF.</translation>
        </message>
        <message>
            <source>This PDF has no digital signature: nothing shows who made it or that it is unchanged.</source>
            <translation>This PDF has no digital signature: nothing shows who made it or that it is unchanged.</translation>
        </message>
        <message>
            <source>Valid: unchanged since it was signed, by a signer this installation trusts.</source>
            <translation>Valid: unchanged since it was signed, by a signer this installation trusts.</translation>
        </message>
        <message>
            <source>Not valid: see below what is wrong.</source>
            <translation>Not valid: see below what is wrong.</translation>
        </message>
        <message>
            <source>Audit trail of this case file</source>
            <translation>Audit trail of this case file</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Signed at</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Yes: not a byte has changed since it was signed</source>
            <translation>Yes: not a byte has changed since it was signed</translation>
        </message>
        <message>
            <source>No: the file was changed after it was signed</source>
            <translation>No: the file was changed after it was signed</translation>
        </message>
        <message>
            <source>Whole file signed</source>
            <translation>Whole file signed</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No: something was added after the signature</source>
            <translation>No: something was added after the signature</translation>
        </message>
        <message>
            <source>Trusted signer</source>
            <translation>Trusted signer</translation>
        </message>
        <message>
            <source>Yes: the signer's certificate comes from a root this installation trusts</source>
            <translation>Yes: the signer's certificate comes from a root this installation trusts</translation>
        </message>
        <message>
            <source>No: the signer's certificate is not from a trusted root (a partner agency's root certificate can be imported with the command line's import-cert)</source>
            <translation>No: the signer's certificate is not from a trusted root (a partner agency's root certificate can be imported with the command line's import-cert)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>1 comes first.</source>
            <comment>1이 가장 먼저입니다.</comment>
            <translation>1 comes first.</translation>
        </message>
        <message>
            <source>1. Caseload</source>
            <comment>1. 사례관리 대상 현황</comment>
            <translation>1. Caseload</translation>
        </message>
        <message>
            <source>18 or younger</source>
            <comment>18세 이하</comment>
            <translation>18 or younger</translation>
        </message>
        <message>
            <source>19–39</source>
            <comment>19–39세</comment>
            <translation>19–39</translation>
        </message>
        <message>
            <source>2. Clients</source>
            <comment>2. 대상자 특성</comment>
            <translation>2. Clients</translation>
        </message>
        <message>
            <source>3. Services (people and contacts)</source>
            <comment>3. 서비스 제공 실적(실인원·연인원)</comment>
            <translation>3. Services (people and contacts)</translation>
        </message>
        <message>
            <source>4. By practice type</source>
            <comment>4. 실천 유형별 제공</comment>
            <translation>4. By practice type</translation>
        </message>
        <message>
            <source>40–64</source>
            <comment>40–64세</comment>
            <translation>40–64</translation>
        </message>
        <message>
            <source>5 years after the case closes</source>
            <comment>사례 종결 후 5년</comment>
            <translation>5 years after the case closes</translation>
        </message>
        <message>
            <source>5. By contact mode</source>
            <comment>5. 접촉 방법별 제공</comment>
            <translation>5. By contact mode</translation>
        </message>
        <message>
            <source>6. Resource linkage</source>
            <comment>6. 자원 연계(의뢰)</comment>
            <translation>6. Resource linkage</translation>
        </message>
        <message>
            <source>65 or older</source>
            <comment>65세 이상</comment>
            <translation>65 or older</translation>
        </message>
        <message>
            <source>7. Conferences and reviews</source>
            <comment>7. 사례회의·점검</comment>
            <translation>7. Conferences and reviews</translation>
        </message>
        <message>
            <source>8. Closing and follow-up</source>
            <comment>8. 종결 및 사후관리</comment>
            <translation>8. Closing and follow-up</translation>
        </message>
        <message>
            <source>A period includes both its first and last day; a record counts when its date below falls inside it.</source>
            <comment>기간은 시작일과 종료일을 모두 포함합니다. 각 기록은 아래 '기준일'이 기간 안에 있을 때 셉니다.</comment>
            <translation>A period includes both its first and last day; a record counts when its date below falls inside it.</translation>
        </message>
        <message>
            <source>A plan is the case's goals; it is in place on the day a case with goals first moves into implementation, and within the deadline means at most 30 days after intake. Cases closed without any goal count as 'closed without a plan'.</source>
            <comment>계획은 사례의 목표이며, 목표가 있는 사례가 처음 실행 단계로 옮긴 날을 계획 확정일로 봅니다. 기한 내 계획: 접수 후 30일 이내. 목표가 하나도 없이 종결된 사례는 '계획 없이 종결'로 셉니다.</comment>
            <translation>A plan is the case's goals; it is in place on the day a case with goals first moves into implementation, and within the deadline means at most 30 days after intake. Cases closed without any goal count as 'closed without a plan'.</translation>
        </message>
        <message>
            <source>A referral's status is its status now. Acceptance rate = referrals with an acceptance date (or status accepted, in service or completed) ÷ referrals sent in the period; days to acceptance = accepted − sent.</source>
            <comment>의뢰 상태는 보고 시점의 상태입니다. 접수율 = 접수일이 있는(또는 접수·서비스 중·완료 상태인) 의뢰 ÷ 기간 중 의뢰. 접수까지 일수 = 접수일 − 의뢰일.</comment>
            <translation>A referral's status is its status now. Acceptance rate = referrals with an acceptance date (or status accepted, in service or completed) ÷ referrals sent in the period; days to acceptance = accepted − sent.</translation>
        </message>
        <message>
            <source>A reopened case is not a new case: 'opened' counts the first intake date only; the day it moved back counts as 'reopened'. 'Closed' uses the current closing date, so a case closed again after reopening counts in the period of its last closing.</source>
            <comment>재개입한 사례는 새 사례가 아닙니다. 신규 접수는 처음 접수일로만 세고, 되돌린 날은 '재개입'으로 따로 셉니다. 종결은 현재 종결일(closed_on)로 세므로 재개입 뒤 다시 종결된 사례는 마지막 종결 기간에 셉니다.</comment>
            <translation>A reopened case is not a new case: 'opened' counts the first intake date only; the day it moved back counts as 'reopened'. 'Closed' uses the current closing date, so a case closed again after reopening counts in the period of its last closing.</translation>
        </message>
        <message>
            <source>Abuse and violence</source>
            <comment>학대·폭력</comment>
            <translation>Abuse and violence</translation>
        </message>
        <message>
            <source>Abuse of a child, older or disabled person, domestic violence, neglect</source>
            <comment>아동·노인·장애인 학대, 가정폭력, 방임</comment>
            <translation>Abuse of a child, older or disabled person, domestic violence, neglect</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <comment>의뢰 접수율</comment>
            <translation>Acceptance rate</translation>
        </message>
        <message>
            <source>Accepted</source>
            <comment>접수</comment>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <comment>접수일</comment>
            <translation>Accepted on</translation>
        </message>
        <message>
            <source>Access-log review</source>
            <comment>접속기록 점검</comment>
            <translation>Access-log review</translation>
        </message>
        <message>
            <source>Accompanying</source>
            <comment>동행</comment>
            <translation>Accompanying</translation>
        </message>
        <message>
            <source>Achieved</source>
            <comment>달성</comment>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Acknowledge achieved change</source>
            <comment>달성된 변화 인정</comment>
            <translation>Acknowledge achieved change</translation>
        </message>
        <message>
            <source>Acknowledge the effort and the change achieved.</source>
            <comment>그동안의 노력과 달성된 변화를 인정하고 격려합니다.</comment>
            <translation>Acknowledge the effort and the change achieved.</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>활동 중</comment>
            <translation>Active</translation>
        </message>
        <message>
            <source>Actively acknowledge the effort made and the positive change achieved.</source>
            <comment>그동안의 노력과 달성된 긍정적 변화를 적극적으로 인정합니다.</comment>
            <translation>Actively acknowledge the effort made and the positive change achieved.</translation>
        </message>
        <message>
            <source>Addendum</source>
            <comment>추가기록</comment>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>주소</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address (lives at)</source>
            <comment>실거주지 주소</comment>
            <translation>Address (lives at)</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <comment>옹호</comment>
            <translation>Advocacy</translation>
        </message>
        <message>
            <source>After</source>
            <comment>사후</comment>
            <translation>After</translation>
        </message>
        <message>
            <source>After intake and the needs and risk assessment, a case conference decides whether and at which level the case is managed.</source>
            <comment>초기상담과 욕구·위기도 조사 뒤 사례회의에서 사례관리 대상 여부와 수준을 정합니다.</comment>
            <translation>After intake and the needs and risk assessment, a case conference decides whether and at which level the case is managed.</translation>
        </message>
        <message>
            <source>Age</source>
            <comment>나이</comment>
            <translation>Age</translation>
        </message>
        <message>
            <source>Age is in whole years on the period's last day.</source>
            <comment>연령은 기간 말일 기준 만 나이입니다.</comment>
            <translation>Age is in whole years on the period's last day.</translation>
        </message>
        <message>
            <source>Agency</source>
            <comment>기관 정보</comment>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Agency name</source>
            <comment>기관명</comment>
            <translation>Agency name</translation>
        </message>
        <message>
            <source>Agency or resource</source>
            <comment>기관·자원</comment>
            <translation>Agency or resource</translation>
        </message>
        <message>
            <source>Agency reporting or evaluation</source>
            <comment>기관 보고·평가</comment>
            <translation>Agency reporting or evaluation</translation>
        </message>
        <message>
            <source>Agenda</source>
            <comment>안건</comment>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Agree the change the client wants and write it in their words.</source>
            <comment>클라이언트가 원하는 변화를 합의하여 그 말 그대로 적습니다.</comment>
            <translation>Agree the change the client wants and write it in their words.</translation>
        </message>
        <message>
            <source>Agree the desired change</source>
            <comment>원하는 변화 합의</comment>
            <translation>Agree the desired change</translation>
        </message>
        <message>
            <source>Agree who does what by when, and bring the client's own view into the meeting.</source>
            <comment>참석 기관마다 맡을 역할과 기한을 정하고, 대상자의 뜻을 회의에 전합니다.</comment>
            <translation>Agree who does what by when, and bring the client's own view into the meeting.</translation>
        </message>
        <message>
            <source>Agree with the client what change they want in their life.</source>
            <comment>클라이언트가 원하는 삶의 변화를 함께 합의합니다.</comment>
            <translation>Agree with the client what change they want in their life.</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <comment>합의된 조치</comment>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <comment>동의일</comment>
            <translation>Agreed on</translation>
        </message>
        <message>
            <source>Agreement to the plan</source>
            <comment>계획 동의</comment>
            <translation>Agreement to the plan</translation>
        </message>
        <message>
            <source>Amount (won a month)</source>
            <comment>금액(원/월)</comment>
            <translation>Amount (won a month)</translation>
        </message>
        <message>
            <source>Another agency</source>
            <comment>타 기관 의뢰</comment>
            <translation>Another agency</translation>
        </message>
        <message>
            <source>Apartment</source>
            <comment>아파트</comment>
            <translation>Apartment</translation>
        </message>
        <message>
            <source>Applying for and checking entitlement to public benefits and services</source>
            <comment>공적 급여·서비스 신청과 자격 확인(사회보장급여법에 따른 정보 확인)</comment>
            <translation>Applying for and checking entitlement to public benefits and services</translation>
        </message>
        <message>
            <source>Area</source>
            <comment>영역</comment>
            <translation>Area</translation>
        </message>
        <message>
            <source>As planned</source>
            <comment>계획대로 진행</comment>
            <translation>As planned</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <comment>사정일</comment>
            <translation>Assessed on</translation>
        </message>
        <message>
            <source>Assessment</source>
            <comment>사정</comment>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>At closing</source>
            <comment>종결</comment>
            <translation>At closing</translation>
        </message>
        <message>
            <source>At intake</source>
            <comment>초기(접수·사정)</comment>
            <translation>At intake</translation>
        </message>
        <message>
            <source>Attendee</source>
            <comment>참석자</comment>
            <translation>Attendee</translation>
        </message>
        <message>
            <source>Attendees (note)</source>
            <comment>참석자(메모)</comment>
            <translation>Attendees (note)</translation>
        </message>
        <message>
            <source>Autism</source>
            <comment>자폐성</comment>
            <translation>Autism</translation>
        </message>
        <message>
            <source>Backup</source>
            <comment>백업</comment>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Basic livelihood recipient</source>
            <comment>기초생활수급</comment>
            <translation>Basic livelihood recipient</translation>
        </message>
        <message>
            <source>Basic pension</source>
            <comment>기초연금</comment>
            <translation>Basic pension</translation>
        </message>
        <message>
            <source>Before</source>
            <comment>사전</comment>
            <translation>Before</translation>
        </message>
        <message>
            <source>Brain lesion</source>
            <comment>뇌병변</comment>
            <translation>Brain lesion</translation>
        </message>
        <message>
            <source>Build and strengthen the client's relationships with resources.</source>
            <comment>자원체계와의 관계와 네트워크가 강화되도록 합니다.</comment>
            <translation>Build and strengthen the client's relationships with resources.</translation>
        </message>
        <message>
            <source>By age band (cases served, at the last day)</source>
            <comment>연령대(관리 사례, 말일 기준)</comment>
            <translation>By age band (cases served, at the last day)</translation>
        </message>
        <message>
            <source>By guardian</source>
            <comment>보호자 대리</comment>
            <translation>By guardian</translation>
        </message>
        <message>
            <source>By household type (cases served)</source>
            <comment>가구 유형(관리 사례)</comment>
            <translation>By household type (cases served)</translation>
        </message>
        <message>
            <source>By need area of the linked goal</source>
            <comment>연결 목표의 욕구 영역별</comment>
            <translation>By need area of the linked goal</translation>
        </message>
        <message>
            <source>By sex (cases served)</source>
            <comment>성별(관리 사례)</comment>
            <translation>By sex (cases served)</translation>
        </message>
        <message>
            <source>By stage on the last day</source>
            <comment>말일 현재 단계별</comment>
            <translation>By stage on the last day</translation>
        </message>
        <message>
            <source>By the guardian</source>
            <comment>보호자 동의</comment>
            <translation>By the guardian</translation>
        </message>
        <message>
            <source>By 생활 구분 (cases served)</source>
            <comment>생활 구분(관리 사례)</comment>
            <translation>By 생활 구분 (cases served)</translation>
        </message>
        <message>
            <source>Care</source>
            <comment>돌봄</comment>
            <translation>Care</translation>
        </message>
        <message>
            <source>Case conference</source>
            <comment>사례회의</comment>
            <translation>Case conference</translation>
        </message>
        <message>
            <source>Case conferences</source>
            <comment>사례회의</comment>
            <translation>Case conferences</translation>
        </message>
        <message>
            <source>Case conferences by type</source>
            <comment>사례회의 유형별</comment>
            <translation>Case conferences by type</translation>
        </message>
        <message>
            <source>Case manager</source>
            <comment>사례관리자</comment>
            <translation>Case manager</translation>
        </message>
        <message>
            <source>Case selection</source>
            <comment>대상자 선정</comment>
            <translation>Case selection</translation>
        </message>
        <message>
            <source>Case summary</source>
            <comment>사례 개요</comment>
            <translation>Case summary</translation>
        </message>
        <message>
            <source>Case viewed</source>
            <comment>사례 조회</comment>
            <translation>Case viewed</translation>
        </message>
        <message>
            <source>Case-management service</source>
            <comment>사례관리 서비스 제공</comment>
            <translation>Case-management service</translation>
        </message>
        <message>
            <source>Caseload</source>
            <comment>사례 현황</comment>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Cases by stage on the last day</source>
            <comment>기간 말일의 단계별 사례</comment>
            <translation>Cases by stage on the last day</translation>
        </message>
        <message>
            <source>Cases by stage on the last day</source>
            <comment>말일 현재 단계별 사례</comment>
            <translation>Cases by stage on the last day</translation>
        </message>
        <message>
            <source>Cases closed</source>
            <comment>종결 사례</comment>
            <translation>Cases closed</translation>
        </message>
        <message>
            <source>Cases compared per area</source>
            <comment>영역별 비교 사례 수</comment>
            <translation>Cases compared per area</translation>
        </message>
        <message>
            <source>Cases held at the start</source>
            <comment>기간 시작 시 관리 중 사례</comment>
            <translation>Cases held at the start</translation>
        </message>
        <message>
            <source>Cases not selected</source>
            <comment>미선정(사례)</comment>
            <translation>Cases not selected</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <comment>신규 접수 사례</comment>
            <translation>Cases opened</translation>
        </message>
        <message>
            <source>Cases opened by intake route</source>
            <comment>접수 경로별 신규 접수</comment>
            <translation>Cases opened by intake route</translation>
        </message>
        <message>
            <source>Cases reopened</source>
            <comment>재개입 사례</comment>
            <translation>Cases reopened</translation>
        </message>
        <message>
            <source>Cases selected</source>
            <comment>사례관리 대상 선정(사례)</comment>
            <translation>Cases selected</translation>
        </message>
        <message>
            <source>Cases served (people)</source>
            <comment>기간 중 관리 사례(실인원)</comment>
            <translation>Cases served (people)</translation>
        </message>
        <message>
            <source>Cases served by age band</source>
            <comment>연령대(관리 사례)</comment>
            <translation>Cases served by age band</translation>
        </message>
        <message>
            <source>Cases served by household type</source>
            <comment>가구 유형(관리 사례)</comment>
            <translation>Cases served by household type</translation>
        </message>
        <message>
            <source>Cases served by sex</source>
            <comment>성별(관리 사례)</comment>
            <translation>Cases served by sex</translation>
        </message>
        <message>
            <source>Cases served by 생활 구분</source>
            <comment>생활 구분(관리 사례)</comment>
            <translation>Cases served by 생활 구분</translation>
        </message>
        <message>
            <source>Cases served in the period</source>
            <comment>기간 중 관리 사례</comment>
            <translation>Cases served in the period</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>분야</comment>
            <translation>Category</translation>
        </message>
        <message>
            <source>Cause</source>
            <comment>원인</comment>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Change per goal (before / after)</source>
            <comment>목표별 변화(사전·사후)</comment>
            <translation>Change per goal (before / after)</translation>
        </message>
        <message>
            <source>Change the plan</source>
            <comment>계획 변경</comment>
            <translation>Change the plan</translation>
        </message>
        <message>
            <source>Changed needs</source>
            <comment>욕구 변화</comment>
            <translation>Changed needs</translation>
        </message>
        <message>
            <source>Check how the client is doing</source>
            <comment>안부·적응 확인</comment>
            <translation>Check how the client is doing</translation>
        </message>
        <message>
            <source>Check participation</source>
            <comment>참여 점검</comment>
            <translation>Check participation</translation>
        </message>
        <message>
            <source>Check services are delivered</source>
            <comment>서비스 제공 점검</comment>
            <translation>Check services are delivered</translation>
        </message>
        <message>
            <source>Check that planned services are actually delivered.</source>
            <comment>계획된 서비스가 잘 제공되고 있는지 확인합니다.</comment>
            <translation>Check that planned services are actually delivered.</translation>
        </message>
        <message>
            <source>Check the client and family take part in the change process.</source>
            <comment>클라이언트와 가족이 변화과정에 잘 참여하는지 확인합니다.</comment>
            <translation>Check the client and family take part in the change process.</translation>
        </message>
        <message>
            <source>Check the client is coping and the change holds.</source>
            <comment>종결 후 생활 적응과 변화 유지 여부를 확인합니다.</comment>
            <translation>Check the client is coping and the change holds.</translation>
        </message>
        <message>
            <source>Check-in</source>
            <comment>점검</comment>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Child allowance</source>
            <comment>아동수당</comment>
            <translation>Child allowance</translation>
        </message>
        <message>
            <source>Children in household</source>
            <comment>아동 양육</comment>
            <translation>Children in household</translation>
        </message>
        <message>
            <source>Client</source>
            <comment>대상자</comment>
            <translation>Client</translation>
        </message>
        <message>
            <source>Client details</source>
            <comment>대상자 정보</comment>
            <translation>Client details</translation>
        </message>
        <message>
            <source>Client refused or gave up</source>
            <comment>대상자 거부·포기</comment>
            <translation>Client refused or gave up</translation>
        </message>
        <message>
            <source>Clients served (people)</source>
            <comment>서비스 받은 대상자(실인원)</comment>
            <translation>Clients served (people)</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>종결</comment>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Closed by termination type</source>
            <comment>종결 유형별</comment>
            <translation>Closed by termination type</translation>
        </message>
        <message>
            <source>Closed cases with final GAS</source>
            <comment>GAS 평가 종결 사례</comment>
            <translation>Closed cases with final GAS</translation>
        </message>
        <message>
            <source>Closed on</source>
            <comment>종결일</comment>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Closed without a plan</source>
            <comment>계획 없이 종결</comment>
            <translation>Closed without a plan</translation>
        </message>
        <message>
            <source>Closing</source>
            <comment>종결</comment>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Closing assessment</source>
            <comment>종결사정</comment>
            <translation>Closing assessment</translation>
        </message>
        <message>
            <source>Collaborative activity (accompanying, advocacy)</source>
            <comment>협력적 활동(동행·옹호)</comment>
            <translation>Collaborative activity (accompanying, advocacy)</translation>
        </message>
        <message>
            <source>Collecting and using personal data</source>
            <comment>일반 개인정보 수집·이용</comment>
            <translation>Collecting and using personal data</translation>
        </message>
        <message>
            <source>College or university</source>
            <comment>대학교(전문대 포함)</comment>
            <translation>College or university</translation>
        </message>
        <message>
            <source>Community &amp; volunteers</source>
            <comment>지역사회·자원봉사</comment>
            <translation>Community &amp; volunteers</translation>
        </message>
        <message>
            <source>Community centre</source>
            <comment>행정복지센터 의뢰</comment>
            <translation>Community centre</translation>
        </message>
        <message>
            <source>Community centre or public office</source>
            <comment>행정복지센터·공공기관</comment>
            <translation>Community centre or public office</translation>
        </message>
        <message>
            <source>Community centre, agencies in the integrated case management, referral partners</source>
            <comment>행정복지센터, 통합사례관리 참여 기관, 의뢰 기관</comment>
            <translation>Community centre, agencies in the integrated case management, referral partners</translation>
        </message>
        <message>
            <source>Community obstacles</source>
            <comment>지역사회 장애물</comment>
            <translation>Community obstacles</translation>
        </message>
        <message>
            <source>Community strengths</source>
            <comment>지역사회 강점</comment>
            <translation>Community strengths</translation>
        </message>
        <message>
            <source>Completed</source>
            <comment>완료</comment>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Completed on</source>
            <comment>완료일</comment>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Complex case</source>
            <comment>고난도사례</comment>
            <translation>Complex case</translation>
        </message>
        <message>
            <source>Concerns</source>
            <comment>대상 가구원</comment>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Conferences, reviews, follow-up</source>
            <comment>사례회의·점검·사후관리</comment>
            <translation>Conferences, reviews, follow-up</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <comment>확인자</comment>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <comment>확인일</comment>
            <translation>Confirmed on</translation>
        </message>
        <message>
            <source>Confirms</source>
            <comment>확인 대상</comment>
            <translation>Confirms</translation>
        </message>
        <message>
            <source>Consent</source>
            <comment>동의</comment>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Consent expires</source>
            <comment>동의 만료</comment>
            <translation>Consent expires</translation>
        </message>
        <message>
            <source>Consent sheet</source>
            <comment>동의서</comment>
            <translation>Consent sheet</translation>
        </message>
        <message>
            <source>Consented by</source>
            <comment>동의한 사람</comment>
            <translation>Consented by</translation>
        </message>
        <message>
            <source>Consequence of refusing</source>
            <comment>동의 거부 시 불이익</comment>
            <translation>Consequence of refusing</translation>
        </message>
        <message>
            <source>Considerable</source>
            <comment>상당</comment>
            <translation>Considerable</translation>
        </message>
        <message>
            <source>Contact</source>
            <comment>접촉 방법</comment>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Contact person</source>
            <comment>담당자</comment>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact with</source>
            <comment>접촉 대상</comment>
            <translation>Contact with</translation>
        </message>
        <message>
            <source>Contacts</source>
            <comment>횟수</comment>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Content</source>
            <comment>내용</comment>
            <translation>Content</translation>
        </message>
        <message>
            <source>Content</source>
            <comment>내용 구분</comment>
            <translation>Content</translation>
        </message>
        <message>
            <source>Continue the plan</source>
            <comment>유지</comment>
            <translation>Continue the plan</translation>
        </message>
        <message>
            <source>Coordination</source>
            <comment>서비스 조정</comment>
            <translation>Coordination</translation>
        </message>
        <message>
            <source>Correction request answer due</source>
            <comment>정정·삭제 요구 답변</comment>
            <translation>Correction request answer due</translation>
        </message>
        <message>
            <source>Could not reach the client</source>
            <comment>연락 안 됨</comment>
            <translation>Could not reach the client</translation>
        </message>
        <message>
            <source>Counselling</source>
            <comment>상담</comment>
            <translation>Counselling</translation>
        </message>
        <message>
            <source>Counselling &amp; therapy</source>
            <comment>상담·치료</comment>
            <translation>Counselling &amp; therapy</translation>
        </message>
        <message>
            <source>Counted from the closing date; dates passed or near a contact already planned are left out.</source>
            <comment>종결일부터 셉니다. 지난 날짜와 이미 잡힌 연락 무렵의 날짜는 만들지 않습니다.</comment>
            <translation>Counted from the closing date; dates passed or near a contact already planned are left out.</translation>
        </message>
        <message>
            <source>Couple</source>
            <comment>부부 가구</comment>
            <translation>Couple</translation>
        </message>
        <message>
            <source>Couple with children</source>
            <comment>부부+자녀 가구</comment>
            <translation>Couple with children</translation>
        </message>
        <message>
            <source>Crisis</source>
            <comment>위기</comment>
            <translation>Crisis</translation>
        </message>
        <message>
            <source>Crisis intervention</source>
            <comment>위기개입</comment>
            <translation>Crisis intervention</translation>
        </message>
        <message>
            <source>Crisis screening</source>
            <comment>위기 선별</comment>
            <translation>Crisis screening</translation>
        </message>
        <message>
            <source>Daily living</source>
            <comment>일상생활유지</comment>
            <translation>Daily living</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>일자</comment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <comment>생년월일</comment>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Debt and arrears</source>
            <comment>부채·체납</comment>
            <translation>Debt and arrears</translation>
        </message>
        <message>
            <source>Debt repayment</source>
            <comment>부채 상환</comment>
            <translation>Debt repayment</translation>
        </message>
        <message>
            <source>Deceased</source>
            <comment>사망</comment>
            <translation>Deceased</translation>
        </message>
        <message>
            <source>Decided at case conference</source>
            <comment>결정한 사례회의</comment>
            <translation>Decided at case conference</translation>
        </message>
        <message>
            <source>Decided on</source>
            <comment>선정일</comment>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Decision</source>
            <comment>결정</comment>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Decisions</source>
            <comment>결정 사항</comment>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Declined</source>
            <comment>거절</comment>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Declined on</source>
            <comment>거절일</comment>
            <translation>Declined on</translation>
        </message>
        <message>
            <source>Degree of disability</source>
            <comment>장애 정도</comment>
            <translation>Degree of disability</translation>
        </message>
        <message>
            <source>Destroyed cases (retention ended) have no records left and are not counted in any figure.</source>
            <comment>파기된 사례(보존기간 경과)는 기록이 남아 있지 않으므로 어느 수치에도 세지 않습니다.</comment>
            <translation>Destroyed cases (retention ended) have no records left and are not counted in any figure.</translation>
        </message>
        <message>
            <source>Destruction</source>
            <comment>파기</comment>
            <translation>Destruction</translation>
        </message>
        <message>
            <source>Detached house</source>
            <comment>단독주택</comment>
            <translation>Detached house</translation>
        </message>
        <message>
            <source>Direct and indirect practice</source>
            <comment>직접·간접 실천</comment>
            <translation>Direct and indirect practice</translation>
        </message>
        <message>
            <source>Direct practice (6 types)</source>
            <comment>직접 실천(6개 유형)</comment>
            <translation>Direct practice (6 types)</translation>
        </message>
        <message>
            <source>Direct practice is the six types crisis intervention, education, collaborative activity, counselling, information and self-advocacy support; the others are indirect.</source>
            <comment>직접 실천은 위기개입, 교육·훈련, 협력적 활동, 상담·치료, 정보제공, 자기옹호 지원의 6개 유형이고 나머지는 간접 실천입니다.</comment>
            <translation>Direct practice is the six types crisis intervention, education, collaborative activity, counselling, information and self-advocacy support; the others are indirect.</translation>
        </message>
        <message>
            <source>Direction</source>
            <comment>에너지 방향</comment>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Director</source>
            <comment>관장</comment>
            <translation>Director</translation>
        </message>
        <message>
            <source>Disability</source>
            <comment>장애</comment>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Disability</source>
            <comment>장애 유형</comment>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Disability pension</source>
            <comment>장애인연금</comment>
            <translation>Disability pension</translation>
        </message>
        <message>
            <source>Disabled member</source>
            <comment>장애인 가구</comment>
            <translation>Disabled member</translation>
        </message>
        <message>
            <source>Discussion</source>
            <comment>논의 내용</comment>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <comment>불만족</comment>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <source>Done on</source>
            <comment>실시일</comment>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Done on</source>
            <comment>완료일</comment>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>기한</comment>
            <translation>Due</translation>
        </message>
        <message>
            <source>Due on</source>
            <comment>예정일</comment>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <comment>소요 시간(분)</comment>
            <translation>Duration (min)</translation>
        </message>
        <message>
            <source>Earnings (work, business)</source>
            <comment>근로·사업소득</comment>
            <translation>Earnings (work, business)</translation>
        </message>
        <message>
            <source>Eco-map</source>
            <comment>생태도 시점</comment>
            <translation>Eco-map</translation>
        </message>
        <message>
            <source>Eco-map relation</source>
            <comment>생태도 관계</comment>
            <translation>Eco-map relation</translation>
        </message>
        <message>
            <source>Economy</source>
            <comment>경제</comment>
            <translation>Economy</translation>
        </message>
        <message>
            <source>Education</source>
            <comment>교육</comment>
            <translation>Education</translation>
        </message>
        <message>
            <source>Education</source>
            <comment>학력</comment>
            <translation>Education</translation>
        </message>
        <message>
            <source>Education &amp; training</source>
            <comment>교육·훈련</comment>
            <translation>Education &amp; training</translation>
        </message>
        <message>
            <source>Education (incl. childcare)</source>
            <comment>교육비(보육 포함)</comment>
            <translation>Education (incl. childcare)</translation>
        </message>
        <message>
            <source>Education benefit</source>
            <comment>기초생활수급(교육)</comment>
            <translation>Education benefit</translation>
        </message>
        <message>
            <source>Electronic</source>
            <comment>전자서명</comment>
            <translation>Electronic</translation>
        </message>
        <message>
            <source>Elementary school</source>
            <comment>초등학교</comment>
            <translation>Elementary school</translation>
        </message>
        <message>
            <source>Email</source>
            <comment>이메일</comment>
            <translation>Email</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <comment>비상 연락처</comment>
            <translation>Emergency contact</translation>
        </message>
        <message>
            <source>Emotional support</source>
            <comment>정서 지원</comment>
            <translation>Emotional support</translation>
        </message>
        <message>
            <source>Employment</source>
            <comment>직업</comment>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Employment &amp; training</source>
            <comment>고용·직업훈련</comment>
            <translation>Employment &amp; training</translation>
        </message>
        <message>
            <source>Encourage</source>
            <comment>격려와 지지</comment>
            <translation>Encourage</translation>
        </message>
        <message>
            <source>Encourage the client so the change lasts.</source>
            <comment>변화가 앞으로도 지속되도록 격려하고 지지합니다.</comment>
            <translation>Encourage the client so the change lasts.</translation>
        </message>
        <message>
            <source>Ends on</source>
            <comment>종료일</comment>
            <translation>Ends on</translation>
        </message>
        <message>
            <source>Epilepsy</source>
            <comment>뇌전증</comment>
            <translation>Epilepsy</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <comment>종결 평가</comment>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Evaluation &amp; termination</source>
            <comment>종결</comment>
            <translation>Evaluation &amp; termination</translation>
        </message>
        <message>
            <source>Every (months)</source>
            <comment>간격(개월)</comment>
            <translation>Every (months)</translation>
        </message>
        <message>
            <source>Eviction, homelessness, loss of home, no heating, power or water</source>
            <comment>퇴거·강제 철거, 노숙, 주거 상실, 난방·단전·단수</comment>
            <translation>Eviction, homelessness, loss of home, no heating, power or water</translation>
        </message>
        <message>
            <source>Expected level</source>
            <comment>기대 수준</comment>
            <translation>Expected level</translation>
        </message>
        <message>
            <source>Expires on</source>
            <comment>만료일</comment>
            <translation>Expires on</translation>
        </message>
        <message>
            <source>Explain case management so the client understands what it is.</source>
            <comment>사례관리서비스가 무엇인지 클라이언트가 이해할 수 있도록 설명합니다.</comment>
            <translation>Explain case management so the client understands what it is.</translation>
        </message>
        <message>
            <source>Explain the service</source>
            <comment>사례관리 서비스 설명</comment>
            <translation>Explain the service</translation>
        </message>
        <message>
            <source>Explore strengths</source>
            <comment>강점 탐색</comment>
            <translation>Explore strengths</translation>
        </message>
        <message>
            <source>Explore the client's own strengths.</source>
            <comment>내재된 강점을 탐색합니다(강점관점).</comment>
            <translation>Explore the client's own strengths.</translation>
        </message>
        <message>
            <source>Facial</source>
            <comment>안면</comment>
            <translation>Facial</translation>
        </message>
        <message>
            <source>Failed unlock</source>
            <comment>잠금 해제 실패</comment>
            <translation>Failed unlock</translation>
        </message>
        <message>
            <source>Fair</source>
            <comment>보통</comment>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Family</source>
            <comment>가족</comment>
            <translation>Family</translation>
        </message>
        <message>
            <source>Family break-up, severe conflict, main carer or earner gone</source>
            <comment>가족 해체, 심한 갈등, 주 양육자·부양자 부재</comment>
            <translation>Family break-up, severe conflict, main carer or earner gone</translation>
        </message>
        <message>
            <source>Family breakdown</source>
            <comment>가족 기능 위기</comment>
            <translation>Family breakdown</translation>
        </message>
        <message>
            <source>Family history</source>
            <comment>가족력</comment>
            <translation>Family history</translation>
        </message>
        <message>
            <source>Family obstacles</source>
            <comment>가족 장애물</comment>
            <translation>Family obstacles</translation>
        </message>
        <message>
            <source>Family or neighbour</source>
            <comment>가족·이웃</comment>
            <translation>Family or neighbour</translation>
        </message>
        <message>
            <source>Family relations</source>
            <comment>가족관계</comment>
            <translation>Family relations</translation>
        </message>
        <message>
            <source>Family strengths</source>
            <comment>가족 강점</comment>
            <translation>Family strengths</translation>
        </message>
        <message>
            <source>Female</source>
            <comment>여</comment>
            <translation>Female</translation>
        </message>
        <message>
            <source>Finance</source>
            <comment>경제·금융</comment>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>사후관리</comment>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Follow-up contact due</source>
            <comment>사후관리 연락</comment>
            <translation>Follow-up contact due</translation>
        </message>
        <message>
            <source>Follow-up contacts</source>
            <comment>사후관리 연락</comment>
            <translation>Follow-up contacts</translation>
        </message>
        <message>
            <source>Follow-up contacts</source>
            <comment>사후관리 횟수</comment>
            <translation>Follow-up contacts</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <comment>사후관리 실시</comment>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <source>Follow-up every (months)</source>
            <comment>사후관리 간격(개월)</comment>
            <translation>Follow-up every (months)</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <comment>사후관리 계획</comment>
            <translation>Follow-up plan</translation>
        </message>
        <message>
            <source>Follow-up schedule</source>
            <comment>사후관리 일정</comment>
            <translation>Follow-up schedule</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <comment>사후관리 실시</comment>
            <translation>Follow-ups done</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <comment>사후관리 예정</comment>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <source>Food</source>
            <comment>식비</comment>
            <translation>Food</translation>
        </message>
        <message>
            <source>For whom</source>
            <comment>서비스 대상</comment>
            <translation>For whom</translation>
        </message>
        <message>
            <source>Frequency</source>
            <comment>빈도</comment>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Frequency (times)</source>
            <comment>빈도(횟수)</comment>
            <translation>Frequency (times)</translation>
        </message>
        <message>
            <source>Frequency unit</source>
            <comment>빈도 단위</comment>
            <translation>Frequency unit</translation>
        </message>
        <message>
            <source>Friend / neighbour</source>
            <comment>친구·이웃</comment>
            <translation>Friend / neighbour</translation>
        </message>
        <message>
            <source>From the client</source>
            <comment>대상자로부터</comment>
            <translation>From the client</translation>
        </message>
        <message>
            <source>GAS +1 (more)</source>
            <comment>GAS +1 (나음)</comment>
            <translation>GAS +1 (more)</translation>
        </message>
        <message>
            <source>GAS +2 (much more)</source>
            <comment>GAS +2 (매우 나음)</comment>
            <translation>GAS +2 (much more)</translation>
        </message>
        <message>
            <source>GAS 0 (expected)</source>
            <comment>GAS 0 (기대 수준)</comment>
            <translation>GAS 0 (expected)</translation>
        </message>
        <message>
            <source>GAS T-score at intake</source>
            <comment>GAS T점수(초기)</comment>
            <translation>GAS T-score at intake</translation>
        </message>
        <message>
            <source>GAS T-score at termination</source>
            <comment>GAS T점수(종결)</comment>
            <translation>GAS T-score at termination</translation>
        </message>
        <message>
            <source>GAS T-scores are computed per case (ρ = 0.3) over the long-term goals scored in its termination record and averaged; the intake value uses the same goals' baseline scores. Achieved = a long-term goal with a final score ≥ 0. Short-term goals are steps towards a long-term goal and are not counted as goals or goals achieved of their own (the same change would be counted twice).</source>
            <comment>GAS T점수는 종결 기록에 최종 점수가 있는 장기 목표로 사례마다 계산(ρ=0.3)해 평균합니다. 초기값은 같은 목표의 기준 점수입니다. 달성 목표 = 최종 점수 0 이상인 장기 목표. 단기 목표는 장기 목표에 이르는 단계이므로 목표 수와 달성 목표에 따로 세지 않습니다(같은 변화를 두 번 세지 않도록).</comment>
            <translation>GAS T-scores are computed per case (ρ = 0.3) over the long-term goals scored in its termination record and averaged; the intake value uses the same goals' baseline scores. Achieved = a long-term goal with a final score ≥ 0. Short-term goals are steps towards a long-term goal and are not counted as goals or goals achieved of their own (the same change would be counted twice).</translation>
        </message>
        <message>
            <source>GAS goals of closed cases</source>
            <comment>종결 사례의 GAS 목표</comment>
            <translation>GAS goals of closed cases</translation>
        </message>
        <message>
            <source>GAS −1 (less)</source>
            <comment>GAS −1 (못 미침)</comment>
            <translation>GAS −1 (less)</translation>
        </message>
        <message>
            <source>GAS −2 (much less)</source>
            <comment>GAS −2 (매우 못 미침)</comment>
            <translation>GAS −2 (much less)</translation>
        </message>
        <message>
            <source>Gap in care</source>
            <comment>돌봄 공백</comment>
            <translation>Gap in care</translation>
        </message>
        <message>
            <source>General</source>
            <comment>일반</comment>
            <translation>General</translation>
        </message>
        <message>
            <source>General case</source>
            <comment>일반사례</comment>
            <translation>General case</translation>
        </message>
        <message>
            <source>Given on</source>
            <comment>동의일</comment>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Goal</source>
            <comment>관련 목표</comment>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Goal</source>
            <comment>목표</comment>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Goal (in the client's words)</source>
            <comment>목표(대상자의 말로)</comment>
            <translation>Goal (in the client's words)</translation>
        </message>
        <message>
            <source>Goals achieved (score ≥ 0)</source>
            <comment>달성 목표(점수 ≥ 0)</comment>
            <translation>Goals achieved (score ≥ 0)</translation>
        </message>
        <message>
            <source>Goals scored at termination</source>
            <comment>최종 평가 목표</comment>
            <translation>Goals scored at termination</translation>
        </message>
        <message>
            <source>Gosiwon / jjokbang</source>
            <comment>고시원·쪽방</comment>
            <translation>Gosiwon / jjokbang</translation>
        </message>
        <message>
            <source>Graduate school</source>
            <comment>대학원</comment>
            <translation>Graduate school</translation>
        </message>
        <message>
            <source>Grandparent-headed</source>
            <comment>조손 가구</comment>
            <translation>Grandparent-headed</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <comment>보호자 성명</comment>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <comment>보호자 관계</comment>
            <translation>Guardian's relation</translation>
        </message>
        <message>
            <source>Head of agency</source>
            <comment>기관장</comment>
            <translation>Head of agency</translation>
        </message>
        <message>
            <source>Health</source>
            <comment>건강</comment>
            <translation>Health</translation>
        </message>
        <message>
            <source>Health</source>
            <comment>건강 상태</comment>
            <translation>Health</translation>
        </message>
        <message>
            <source>Health</source>
            <comment>보건·의료</comment>
            <translation>Health</translation>
        </message>
        <message>
            <source>Health service</source>
            <comment>의료기관</comment>
            <translation>Health service</translation>
        </message>
        <message>
            <source>Health, illness and disability, medication, mental health</source>
            <comment>건강 상태, 질병·장애, 복용 약, 정신건강 관련 정보</comment>
            <translation>Health, illness and disability, medication, mental health</translation>
        </message>
        <message>
            <source>Hearing</source>
            <comment>청각</comment>
            <translation>Hearing</translation>
        </message>
        <message>
            <source>Heart</source>
            <comment>심장</comment>
            <translation>Heart</translation>
        </message>
        <message>
            <source>Held at the end</source>
            <comment>기간 말 관리 중</comment>
            <translation>Held at the end</translation>
        </message>
        <message>
            <source>Held at the start</source>
            <comment>기간 시작 시 관리 중</comment>
            <translation>Held at the start</translation>
        </message>
        <message>
            <source>Held on</source>
            <comment>회의일</comment>
            <translation>Held on</translation>
        </message>
        <message>
            <source>Held: on that day the case is (by its stage history) in intake, planning, implementation or monitoring; cases in termination or follow-up are not held. 'At the start' means the day before the first day, 'at the end' the last day.</source>
            <comment>관리 중(보유) 사례: 그날 단계 이력상 초기상담·사정, 계획수립, 실행, 모니터링 단계에 있는 사례. 종결·사후관리 단계의 사례는 관리 중으로 세지 않습니다. '기간 시작 시'는 첫날 전날 기준, '기간 말'은 말일 기준입니다.</comment>
            <translation>Held: on that day the case is (by its stage history) in intake, planning, implementation or monitoring; cases in termination or follow-up are not held. 'At the start' means the day before the first day, 'at the end' the last day.</translation>
        </message>
        <message>
            <source>High</source>
            <comment>높음</comment>
            <translation>High</translation>
        </message>
        <message>
            <source>High school</source>
            <comment>고등학교</comment>
            <translation>High school</translation>
        </message>
        <message>
            <source>Home visit</source>
            <comment>가정방문</comment>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Home visits</source>
            <comment>가정방문</comment>
            <translation>Home visits</translation>
        </message>
        <message>
            <source>Homeless</source>
            <comment>노숙</comment>
            <translation>Homeless</translation>
        </message>
        <message>
            <source>Household member</source>
            <comment>가구원</comment>
            <translation>Household member</translation>
        </message>
        <message>
            <source>Household type</source>
            <comment>가구 유형</comment>
            <translation>Household type</translation>
        </message>
        <message>
            <source>Housing</source>
            <comment>주거</comment>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Housing (rent, service charges)</source>
            <comment>주거비(월세·관리비)</comment>
            <translation>Housing (rent, service charges)</translation>
        </message>
        <message>
            <source>Housing benefit</source>
            <comment>기초생활수급(주거)</comment>
            <translation>Housing benefit</translation>
        </message>
        <message>
            <source>Housing benefit</source>
            <comment>주거급여</comment>
            <translation>Housing benefit</translation>
        </message>
        <message>
            <source>Housing crisis</source>
            <comment>주거 위기</comment>
            <translation>Housing crisis</translation>
        </message>
        <message>
            <source>Housing insecure</source>
            <comment>주거불안</comment>
            <translation>Housing insecure</translation>
        </message>
        <message>
            <source>Housing type</source>
            <comment>주거 유형</comment>
            <translation>Housing type</translation>
        </message>
        <message>
            <source>How agreed</source>
            <comment>동의 방법</comment>
            <translation>How agreed</translation>
        </message>
        <message>
            <source>How given</source>
            <comment>동의 방법</comment>
            <translation>How given</translation>
        </message>
        <message>
            <source>Implementation</source>
            <comment>실행</comment>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>In hospital or away</source>
            <comment>입원·출타 중</comment>
            <translation>In hospital or away</translation>
        </message>
        <message>
            <source>In life-stage order (birth and childhood → youth → adulthood → now): parents, siblings, marriage, divorce, bereavement, moves</source>
            <comment>생애 단계 순서로(출생·아동기 → 청소년기 → 성인기 → 현재): 부모·형제, 결혼·이혼, 사별, 이주 등</comment>
            <translation>In life-stage order (birth and childhood → youth → adulthood → now): parents, siblings, marriage, divorce, bereavement, moves</translation>
        </message>
        <message>
            <source>In life-stage order: growing up, school, work, illness or disability, key events</source>
            <comment>생애 단계 순서로: 성장 과정, 학교, 일, 질병·장애, 중요한 사건</comment>
            <translation>In life-stage order: growing up, school, work, illness or disability, key events</translation>
        </message>
        <message>
            <source>In service</source>
            <comment>서비스 중</comment>
            <translation>In service</translation>
        </message>
        <message>
            <source>In the client's words</source>
            <comment>대상자의 말</comment>
            <translation>In the client's words</translation>
        </message>
        <message>
            <source>Include in the plan things the client does themself.</source>
            <comment>클라이언트가 주체적으로 할 수 있는 일을 계획에 포함합니다.</comment>
            <translation>Include in the plan things the client does themself.</translation>
        </message>
        <message>
            <source>Include tasks the client does</source>
            <comment>클라이언트 주도 과업 포함</comment>
            <translation>Include tasks the client does</translation>
        </message>
        <message>
            <source>Indirect practice</source>
            <comment>간접 실천</comment>
            <translation>Indirect practice</translation>
        </message>
        <message>
            <source>Information</source>
            <comment>정보제공</comment>
            <translation>Information</translation>
        </message>
        <message>
            <source>Information gathered</source>
            <comment>정보 탐색</comment>
            <translation>Information gathered</translation>
        </message>
        <message>
            <source>Information given</source>
            <comment>정보 제공</comment>
            <translation>Information given</translation>
        </message>
        <message>
            <source>Inn or lodging house</source>
            <comment>여관·여인숙</comment>
            <translation>Inn or lodging house</translation>
        </message>
        <message>
            <source>Insurance</source>
            <comment>보험료</comment>
            <translation>Insurance</translation>
        </message>
        <message>
            <source>Intake</source>
            <comment>초기상담</comment>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Intake &amp; assessment</source>
            <comment>초기상담·사정</comment>
            <translation>Intake &amp; assessment</translation>
        </message>
        <message>
            <source>Intake assessment</source>
            <comment>초기사정</comment>
            <translation>Intake assessment</translation>
        </message>
        <message>
            <source>Integrated case conference</source>
            <comment>통합 사례회의</comment>
            <translation>Integrated case conference</translation>
        </message>
        <message>
            <source>Intellectual</source>
            <comment>지적</comment>
            <translation>Intellectual</translation>
        </message>
        <message>
            <source>Intensive case</source>
            <comment>집중사례</comment>
            <translation>Intensive case</translation>
        </message>
        <message>
            <source>Internal case meeting</source>
            <comment>내부 사례회의</comment>
            <translation>Internal case meeting</translation>
        </message>
        <message>
            <source>Introduce the agency</source>
            <comment>소속 기관 소개</comment>
            <translation>Introduce the agency</translation>
        </message>
        <message>
            <source>Introduce the agency, explain the service, show genuine interest and explore strengths.</source>
            <comment>기관을 소개하고 서비스를 설명하며, 진심 어린 관심으로 강점을 탐색합니다.</comment>
            <translation>Introduce the agency, explain the service, show genuine interest and explore strengths.</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>항목</comment>
            <translation>Item</translation>
        </message>
        <message>
            <source>Items collected</source>
            <comment>수집 항목</comment>
            <translation>Items collected</translation>
        </message>
        <message>
            <source>Items provided</source>
            <comment>제공하는 항목</comment>
            <translation>Items provided</translation>
        </message>
        <message>
            <source>Jeonse</source>
            <comment>전세</comment>
            <translation>Jeonse</translation>
        </message>
        <message>
            <source>Keep showing interest in and support for new attempts to change.</source>
            <comment>새로운 시도와 변화 노력에 지속적으로 관심과 지지를 보냅니다.</comment>
            <translation>Keep showing interest in and support for new attempts to change.</translation>
        </message>
        <message>
            <source>Kidney</source>
            <comment>신장</comment>
            <translation>Kidney</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>구분</comment>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>사정 구분</comment>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <comment>회의 유형</comment>
            <translation>Kind of meeting</translation>
        </message>
        <message>
            <source>Leave empty for a long-term goal; pick one to make this a short-term goal under it.</source>
            <comment>비워 두면 장기 목표, 고르면 그 아래의 단기 목표가 됩니다.</comment>
            <translation>Leave empty for a long-term goal; pick one to make this a short-term goal under it.</translation>
        </message>
        <message>
            <source>Left empty, the kind's usual wording is printed.</source>
            <comment>비워 두면 동의 종류의 표준 문구가 동의서에 인쇄됩니다.</comment>
            <translation>Left empty, the kind's usual wording is printed.</translation>
        </message>
        <message>
            <source>Legal &amp; rights</source>
            <comment>법률·권익</comment>
            <translation>Legal &amp; rights</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <comment>법정대리인</comment>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>Less than expected</source>
            <comment>기대보다 못 미침</comment>
            <translation>Less than expected</translation>
        </message>
        <message>
            <source>Level (0–3)</source>
            <comment>욕구 수준(0–3)</comment>
            <translation>Level (0–3)</translation>
        </message>
        <message>
            <source>Linked resource</source>
            <comment>연계 자원</comment>
            <translation>Linked resource</translation>
        </message>
        <message>
            <source>Linked resource</source>
            <comment>자원망 연결</comment>
            <translation>Linked resource</translation>
        </message>
        <message>
            <source>List attendees by organisation in the table below; note anything else here.</source>
            <comment>참석자는 아래 표에 소속별로 적고, 여기에는 덧붙일 말만 적습니다.</comment>
            <translation>List attendees by organisation in the table below; note anything else here.</translation>
        </message>
        <message>
            <source>Livelihood benefit</source>
            <comment>기초생활수급(생계)</comment>
            <translation>Livelihood benefit</translation>
        </message>
        <message>
            <source>Livelihood benefit</source>
            <comment>생계급여</comment>
            <translation>Livelihood benefit</translation>
        </message>
        <message>
            <source>Livelihood hardship</source>
            <comment>생계 곤란</comment>
            <translation>Livelihood hardship</translation>
        </message>
        <message>
            <source>Liver</source>
            <comment>간</comment>
            <translation>Liver</translation>
        </message>
        <message>
            <source>Lives alone</source>
            <comment>독거</comment>
            <translation>Lives alone</translation>
        </message>
        <message>
            <source>Lives together</source>
            <comment>동거</comment>
            <translation>Lives together</translation>
        </message>
        <message>
            <source>Living environment &amp; rights</source>
            <comment>생활환경·권익보장</comment>
            <translation>Living environment &amp; rights</translation>
        </message>
        <message>
            <source>Lock</source>
            <comment>잠금</comment>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Long-term</source>
            <comment>장기</comment>
            <translation>Long-term</translation>
        </message>
        <message>
            <source>Long-term goals achieved</source>
            <comment>장기 목표 달성</comment>
            <translation>Long-term goals achieved</translation>
        </message>
        <message>
            <source>Loss of income, not enough for food and essentials</source>
            <comment>소득 상실, 식비·생필품 부족</comment>
            <translation>Loss of income, not enough for food and essentials</translation>
        </message>
        <message>
            <source>Lost contact</source>
            <comment>연락 두절</comment>
            <translation>Lost contact</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>낮음</comment>
            <translation>Low</translation>
        </message>
        <message>
            <source>Main problem</source>
            <comment>주요 문제</comment>
            <translation>Main problem</translation>
        </message>
        <message>
            <source>Male</source>
            <comment>남</comment>
            <translation>Male</translation>
        </message>
        <message>
            <source>Mean change (closing − intake)</source>
            <comment>영역별 변화(종결−초기, 평균)</comment>
            <translation>Mean change (closing − intake)</translation>
        </message>
        <message>
            <source>Mean days intake → plan</source>
            <comment>접수→계획 평균 일수</comment>
            <translation>Mean days intake → plan</translation>
        </message>
        <message>
            <source>Mean days to acceptance</source>
            <comment>접수까지 평균 일수</comment>
            <translation>Mean days to acceptance</translation>
        </message>
        <message>
            <source>Mean level at closing</source>
            <comment>영역별 종결 수준(평균)</comment>
            <translation>Mean level at closing</translation>
        </message>
        <message>
            <source>Mean level at intake</source>
            <comment>영역별 초기 수준(평균)</comment>
            <translation>Mean level at intake</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>의료비</comment>
            <translation>Medical</translation>
        </message>
        <message>
            <source>Medical benefit</source>
            <comment>기초생활수급(의료)</comment>
            <translation>Medical benefit</translation>
        </message>
        <message>
            <source>Mental</source>
            <comment>정신</comment>
            <translation>Mental</translation>
        </message>
        <message>
            <source>Mental health</source>
            <comment>정신건강</comment>
            <translation>Mental health</translation>
        </message>
        <message>
            <source>Mental health crisis</source>
            <comment>정신 건강 위기</comment>
            <translation>Mental health crisis</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>문자·메신저</comment>
            <translation>Message</translation>
        </message>
        <message>
            <source>Method</source>
            <comment>방법</comment>
            <translation>Method</translation>
        </message>
        <message>
            <source>Middle school</source>
            <comment>중학교</comment>
            <translation>Middle school</translation>
        </message>
        <message>
            <source>Mild</source>
            <comment>경미</comment>
            <translation>Mild</translation>
        </message>
        <message>
            <source>Mild</source>
            <comment>약간</comment>
            <translation>Mild</translation>
        </message>
        <message>
            <source>Minutes by contact mode</source>
            <comment>접촉 방법별 시간(분)</comment>
            <translation>Minutes by contact mode</translation>
        </message>
        <message>
            <source>Minutes by practice type</source>
            <comment>실천 유형별 시간(분)</comment>
            <translation>Minutes by practice type</translation>
        </message>
        <message>
            <source>Moderate</source>
            <comment>보통</comment>
            <translation>Moderate</translation>
        </message>
        <message>
            <source>Monitoring &amp; re-assessment</source>
            <comment>모니터링·재평가</comment>
            <translation>Monitoring &amp; re-assessment</translation>
        </message>
        <message>
            <source>Monitoring every (days)</source>
            <comment>점검 주기(일)</comment>
            <translation>Monitoring every (days)</translation>
        </message>
        <message>
            <source>Monitoring interval: general</source>
            <comment>모니터링 주기: 일반</comment>
            <translation>Monitoring interval: general</translation>
        </message>
        <message>
            <source>Monitoring interval: intensive</source>
            <comment>모니터링 주기: 고난도</comment>
            <translation>Monitoring interval: intensive</translation>
        </message>
        <message>
            <source>Monitoring interval: level not recorded</source>
            <comment>모니터링 주기: 선정 수준 미상</comment>
            <translation>Monitoring interval: level not recorded</translation>
        </message>
        <message>
            <source>Monitoring review</source>
            <comment>모니터링·재평가</comment>
            <translation>Monitoring review</translation>
        </message>
        <message>
            <source>Monitoring review due</source>
            <comment>모니터링 점검</comment>
            <translation>Monitoring review due</translation>
        </message>
        <message>
            <source>Monitoring reviews</source>
            <comment>모니터링 점검</comment>
            <translation>Monitoring reviews</translation>
        </message>
        <message>
            <source>Monthly balance (income − expenses)</source>
            <comment>월 수지(소득 − 지출)</comment>
            <translation>Monthly balance (income − expenses)</translation>
        </message>
        <message>
            <source>Monthly expenses</source>
            <comment>월 지출</comment>
            <translation>Monthly expenses</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <comment>월 소득</comment>
            <translation>Monthly income</translation>
        </message>
        <message>
            <source>Monthly income and expenses</source>
            <comment>월 소득·지출</comment>
            <translation>Monthly income and expenses</translation>
        </message>
        <message>
            <source>Monthly rent</source>
            <comment>보증부 월세</comment>
            <translation>Monthly rent</translation>
        </message>
        <message>
            <source>Monthly, no deposit</source>
            <comment>무보증 월세·사글세</comment>
            <translation>Monthly, no deposit</translation>
        </message>
        <message>
            <source>More than expected</source>
            <comment>기대보다 나음</comment>
            <translation>More than expected</translation>
        </message>
        <message>
            <source>Mother, legal guardian …</source>
            <comment>모, 후견인 등</comment>
            <translation>Mother, legal guardian …</translation>
        </message>
        <message>
            <source>Moved away</source>
            <comment>이사</comment>
            <translation>Moved away</translation>
        </message>
        <message>
            <source>Much less than expected</source>
            <comment>기대보다 매우 못 미침</comment>
            <translation>Much less than expected</translation>
        </message>
        <message>
            <source>Much more than expected</source>
            <comment>기대보다 매우 나음</comment>
            <translation>Much more than expected</translation>
        </message>
        <message>
            <source>Multi-unit house</source>
            <comment>다세대·연립</comment>
            <translation>Multi-unit house</translation>
        </message>
        <message>
            <source>Multicultural family</source>
            <comment>다문화</comment>
            <translation>Multicultural family</translation>
        </message>
        <message>
            <source>Multicultural family</source>
            <comment>다문화 가구</comment>
            <translation>Multicultural family</translation>
        </message>
        <message>
            <source>Mutual</source>
            <comment>상호</comment>
            <translation>Mutual</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>성명</comment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>이름</comment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name, date of birth, sex, phone, address, household, income and assets, housing, counselling notes</source>
            <comment>성명, 생년월일, 성별, 연락처, 주소, 가구 구성, 소득·재산, 주거 상황, 상담 내용</comment>
            <translation>Name, date of birth, sex, phone, address, household, income and assets, housing, counselling notes</translation>
        </message>
        <message>
            <source>Name, phone, address, household situation, needs and services</source>
            <comment>성명, 연락처, 주소, 가구 상황, 욕구 및 서비스 내용</comment>
            <translation>Name, phone, address, household situation, needs and services</translation>
        </message>
        <message>
            <source>Narrative</source>
            <comment>내용</comment>
            <translation>Narrative</translation>
        </message>
        <message>
            <source>Near poverty</source>
            <comment>차상위</comment>
            <translation>Near poverty</translation>
        </message>
        <message>
            <source>Need area</source>
            <comment>욕구 영역</comment>
            <translation>Need area</translation>
        </message>
        <message>
            <source>Need level change per area (intake → closing)</source>
            <comment>욕구 영역별 변화(초기→종결)</comment>
            <translation>Need level change per area (intake → closing)</translation>
        </message>
        <message>
            <source>Need-area change of closed cases</source>
            <comment>종결 사례의 욕구 영역 변화</comment>
            <translation>Need-area change of closed cases</translation>
        </message>
        <message>
            <source>Need-area change: level (0–3) in the closing assessment (the one linked to the termination, else the latest closing assessment) minus the first intake assessment, for cases closed in the period; negative means the need went down.</source>
            <comment>욕구 영역 변화: 기간 중 종결된 사례의 첫 초기사정과 종결사정(종결 기록에 연결된 것, 없으면 가장 최근 종결사정)의 수준(0–3) 차이. 음수는 욕구가 줄었다는 뜻입니다.</comment>
            <translation>Need-area change: level (0–3) in the closing assessment (the one linked to the termination, else the latest closing assessment) minus the first intake assessment, for cases closed in the period; negative means the need went down.</translation>
        </message>
        <message>
            <source>Needs &amp; crisis assessment due</source>
            <comment>욕구·위기도 조사 기한</comment>
            <translation>Needs &amp; crisis assessment due</translation>
        </message>
        <message>
            <source>Needs &amp; crisis assessment: days after intake</source>
            <comment>욕구·위기도 조사: 접수 후</comment>
            <translation>Needs &amp; crisis assessment: days after intake</translation>
        </message>
        <message>
            <source>Neighbour or acquaintance</source>
            <comment>이웃·지인</comment>
            <translation>Neighbour or acquaintance</translation>
        </message>
        <message>
            <source>Neutral</source>
            <comment>보통</comment>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>New date</source>
            <comment>새 예정일</comment>
            <translation>New date</translation>
        </message>
        <message>
            <source>Next steps (who, by when)</source>
            <comment>향후 계획(누가·언제)</comment>
            <translation>Next steps (who, by when)</translation>
        </message>
        <message>
            <source>No assessment is recorded yet.</source>
            <comment>사정이 아직 기록되지 않았습니다.</comment>
            <translation>No assessment is recorded yet.</translation>
        </message>
        <message>
            <source>No birth date</source>
            <comment>생년월일 미기재</comment>
            <translation>No birth date</translation>
        </message>
        <message>
            <source>No consent to the service is recorded yet.</source>
            <comment>서비스 이용 동의가 아직 기록되지 않았습니다.</comment>
            <translation>No consent to the service is recorded yet.</translation>
        </message>
        <message>
            <source>No direction</source>
            <comment>방향 없음</comment>
            <translation>No direction</translation>
        </message>
        <message>
            <source>No dwelling</source>
            <comment>거처 없음</comment>
            <translation>No dwelling</translation>
        </message>
        <message>
            <source>No follow-up contact is scheduled.</source>
            <comment>사후관리 일정이 없습니다.</comment>
            <translation>No follow-up contact is scheduled.</translation>
        </message>
        <message>
            <source>No linked goal</source>
            <comment>목표 연결 없음</comment>
            <translation>No linked goal</translation>
        </message>
        <message>
            <source>No monitoring review is recorded.</source>
            <comment>모니터링 점검 기록이 없습니다.</comment>
            <translation>No monitoring review is recorded.</translation>
        </message>
        <message>
            <source>No need</source>
            <comment>문제없음</comment>
            <translation>No need</translation>
        </message>
        <message>
            <source>No one in touch, risk of dying alone</source>
            <comment>연락하는 사람이 없음, 고독사 위험</comment>
            <translation>No one in touch, risk of dying alone</translation>
        </message>
        <message>
            <source>No schooling</source>
            <comment>무학</comment>
            <translation>No schooling</translation>
        </message>
        <message>
            <source>No service has been logged yet.</source>
            <comment>서비스 제공 기록이 아직 없습니다.</comment>
            <translation>No service has been logged yet.</translation>
        </message>
        <message>
            <source>No termination record</source>
            <comment>종결 기록 없음</comment>
            <translation>No termination record</translation>
        </message>
        <message>
            <source>No termination record yet.</source>
            <comment>종결 기록이 없습니다.</comment>
            <translation>No termination record yet.</translation>
        </message>
        <message>
            <source>Nobody to care for a child, older, disabled or sick person</source>
            <comment>아동·노인·장애인·환자를 돌볼 사람이 없음</comment>
            <translation>Nobody to care for a child, older, disabled or sick person</translation>
        </message>
        <message>
            <source>None</source>
            <comment>없음</comment>
            <translation>None</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <comment>미달성</comment>
            <translation>Not achieved</translation>
        </message>
        <message>
            <source>Not carried out</source>
            <comment>진행 안 됨</comment>
            <translation>Not carried out</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <comment>미기재</comment>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Not registered (suspected)</source>
            <comment>미등록(의심)</comment>
            <translation>Not registered (suspected)</translation>
        </message>
        <message>
            <source>Not selected: information only</source>
            <comment>미선정(정보 제공 후 종결)</comment>
            <translation>Not selected: information only</translation>
        </message>
        <message>
            <source>Not selected: linkage only</source>
            <comment>미선정(단순 서비스 연계)</comment>
            <translation>Not selected: linkage only</translation>
        </message>
        <message>
            <source>Not severe</source>
            <comment>심하지 않은 장애</comment>
            <translation>Not severe</translation>
        </message>
        <message>
            <source>Not yet at school</source>
            <comment>미취학</comment>
            <translation>Not yet at school</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>내용</comment>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>메모</comment>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>비고</comment>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>내용</comment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>메모</comment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>비고</comment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>점검 내용</comment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notice the changes</source>
            <comment>변화 파악</comment>
            <translation>Notice the changes</translation>
        </message>
        <message>
            <source>Notice what is changing in the client's life.</source>
            <comment>개입을 통해 어떤 변화가 일어나는지 파악합니다.</comment>
            <translation>Notice what is changing in the client's life.</translation>
        </message>
        <message>
            <source>Observed change</source>
            <comment>관찰된 변화</comment>
            <translation>Observed change</translation>
        </message>
        <message>
            <source>Occupation</source>
            <comment>직업</comment>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Offer to reopen if needed</source>
            <comment>필요시 재개입 안내</comment>
            <translation>Offer to reopen if needed</translation>
        </message>
        <message>
            <source>Office</source>
            <comment>내방</comment>
            <translation>Office</translation>
        </message>
        <message>
            <source>Older adult</source>
            <comment>노인</comment>
            <translation>Older adult</translation>
        </message>
        <message>
            <source>Older couple</source>
            <comment>노인 부부 가구</comment>
            <translation>Older couple</translation>
        </message>
        <message>
            <source>Older person alone</source>
            <comment>노인 단독 가구</comment>
            <translation>Older person alone</translation>
        </message>
        <message>
            <source>One person</source>
            <comment>1인 가구</comment>
            <translation>One person</translation>
        </message>
        <message>
            <source>Online</source>
            <comment>온라인</comment>
            <translation>Online</translation>
        </message>
        <message>
            <source>Only where it differs from where the client lives.</source>
            <comment>실거주지와 다를 때만 적습니다.</comment>
            <translation>Only where it differs from where the client lives.</translation>
        </message>
        <message>
            <source>Opened</source>
            <comment>신규 접수</comment>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Opened by intake route</source>
            <comment>접수 경로별 신규 접수</comment>
            <translation>Opened by intake route</translation>
        </message>
        <message>
            <source>Opened on</source>
            <comment>접수일</comment>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Organisation</source>
            <comment>기관</comment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organisation</source>
            <comment>소속</comment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>기타</comment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Other / unknown</source>
            <comment>기타/미상</comment>
            <translation>Other / unknown</translation>
        </message>
        <message>
            <source>Other expenses</source>
            <comment>기타 지출</comment>
            <translation>Other expenses</translation>
        </message>
        <message>
            <source>Other income</source>
            <comment>기타 소득</comment>
            <translation>Other income</translation>
        </message>
        <message>
            <source>Other public rental</source>
            <comment>국민·매입임대</comment>
            <translation>Other public rental</translation>
        </message>
        <message>
            <source>Other public transfers (pensions, allowances)</source>
            <comment>기타 공적 이전(연금·수당)</comment>
            <translation>Other public transfers (pensions, allowances)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>선정 결과</comment>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>성과</comment>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Outcome per goal</source>
            <comment>목표별 성과</comment>
            <translation>Outcome per goal</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <comment>성과</comment>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Outreach</source>
            <comment>사례관리자 발굴(아웃리치)</comment>
            <translation>Outreach</translation>
        </message>
        <message>
            <source>Outreach / accompanying</source>
            <comment>기관방문·동행</comment>
            <translation>Outreach / accompanying</translation>
        </message>
        <message>
            <source>Overall opinion</source>
            <comment>종합 의견</comment>
            <translation>Overall opinion</translation>
        </message>
        <message>
            <source>Owned</source>
            <comment>자가</comment>
            <translation>Owned</translation>
        </message>
        <message>
            <source>Partly</source>
            <comment>일부 진행</comment>
            <translation>Partly</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <comment>부분 달성</comment>
            <translation>Partly achieved</translation>
        </message>
        <message>
            <source>People (실인원) counts different clients; contacts (연인원) counts service records.</source>
            <comment>실인원은 서로 다른 사람 수, 연인원(건수)은 서비스 제공 기록의 수입니다.</comment>
            <translation>People (실인원) counts different clients; contacts (연인원) counts service records.</translation>
        </message>
        <message>
            <source>Performance</source>
            <comment>수행 정도</comment>
            <translation>Performance</translation>
        </message>
        <message>
            <source>Permanent rental</source>
            <comment>영구임대</comment>
            <translation>Permanent rental</translation>
        </message>
        <message>
            <source>Person</source>
            <comment>개인</comment>
            <translation>Person</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <comment>담당자</comment>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Person or agency to call in a crisis, with the number</source>
            <comment>위기 때 연락할 사람·기관과 전화</comment>
            <translation>Person or agency to call in a crisis, with the number</translation>
        </message>
        <message>
            <source>Person or resource</source>
            <comment>대상(사람·자원)</comment>
            <translation>Person or resource</translation>
        </message>
        <message>
            <source>Personal history</source>
            <comment>개인력</comment>
            <translation>Personal history</translation>
        </message>
        <message>
            <source>Personal obstacles</source>
            <comment>개인 장애물</comment>
            <translation>Personal obstacles</translation>
        </message>
        <message>
            <source>Personal strengths</source>
            <comment>개인 강점</comment>
            <translation>Personal strengths</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>연락처</comment>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>전화</comment>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Phone and internet</source>
            <comment>통신비</comment>
            <translation>Phone and internet</translation>
        </message>
        <message>
            <source>Photos</source>
            <comment>사진 촬영·활용</comment>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Physical</source>
            <comment>지체</comment>
            <translation>Physical</translation>
        </message>
        <message>
            <source>Physical health crisis</source>
            <comment>신체 건강 위기</comment>
            <translation>Physical health crisis</translation>
        </message>
        <message>
            <source>Plan adherence</source>
            <comment>계획 이행</comment>
            <translation>Plan adherence</translation>
        </message>
        <message>
            <source>Plan due</source>
            <comment>계획 수립 기한</comment>
            <translation>Plan due</translation>
        </message>
        <message>
            <source>Plan follow-up</source>
            <comment>사후관리 계획</comment>
            <translation>Plan follow-up</translation>
        </message>
        <message>
            <source>Plan the follow-up after closing.</source>
            <comment>종결 후 사후관리 계획을 세웁니다.</comment>
            <translation>Plan the follow-up after closing.</translation>
        </message>
        <message>
            <source>Planning</source>
            <comment>계획수립</comment>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Planning services that fit the client's health and linking health and mental-health resources</source>
            <comment>건강 상태에 맞는 서비스 계획과 의료·정신건강 자원 연계</comment>
            <translation>Planning services that fit the client's health and linking health and mental-health resources</translation>
        </message>
        <message>
            <source>Plans</source>
            <comment>계획 수립</comment>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Plans made</source>
            <comment>계획 수립</comment>
            <translation>Plans made</translation>
        </message>
        <message>
            <source>Plans within 30 days</source>
            <comment>기한(30일) 내 계획</comment>
            <translation>Plans within 30 days</translation>
        </message>
        <message>
            <source>Poor</source>
            <comment>미흡</comment>
            <translation>Poor</translation>
        </message>
        <message>
            <source>Postpone follow-up</source>
            <comment>사후관리 연기</comment>
            <translation>Postpone follow-up</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <comment>사례관리자</comment>
            <translation>Practitioner</translation>
        </message>
        <message>
            <source>Practitioner's view</source>
            <comment>사례관리자 의견</comment>
            <translation>Practitioner's view</translation>
        </message>
        <message>
            <source>Prepared</source>
            <comment>담당</comment>
            <translation>Prepared</translation>
        </message>
        <message>
            <source>Presenting request</source>
            <comment>주호소·요청 내용</comment>
            <translation>Presenting request</translation>
        </message>
        <message>
            <source>Print</source>
            <comment>출력</comment>
            <translation>Print</translation>
        </message>
        <message>
            <source>Priority</source>
            <comment>개입 우선순위</comment>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Priority</source>
            <comment>우선순위</comment>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Private transfers (family, friends)</source>
            <comment>사적 이전(가족·지인 지원)</comment>
            <translation>Private transfers (family, friends)</translation>
        </message>
        <message>
            <source>Providing or linking services</source>
            <comment>서비스 제공·연계</comment>
            <translation>Providing or linking services</translation>
        </message>
        <message>
            <source>Provision to third parties (resource network)</source>
            <comment>개인정보 제3자 제공(자원망 정보 공유)</comment>
            <translation>Provision to third parties (resource network)</translation>
        </message>
        <message>
            <source>Public administration</source>
            <comment>공공(행정복지센터 등)</comment>
            <translation>Public administration</translation>
        </message>
        <message>
            <source>Public agency</source>
            <comment>공공기관</comment>
            <translation>Public agency</translation>
        </message>
        <message>
            <source>Public assistance</source>
            <comment>생활 구분</comment>
            <translation>Public assistance</translation>
        </message>
        <message>
            <source>Public transfers</source>
            <comment>공적 이전</comment>
            <translation>Public transfers</translation>
        </message>
        <message>
            <source>Purpose</source>
            <comment>동의 목적</comment>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Purpose of collection and use</source>
            <comment>수집·이용 목적</comment>
            <translation>Purpose of collection and use</translation>
        </message>
        <message>
            <source>Purposes agreed to</source>
            <comment>동의한 목적</comment>
            <translation>Purposes agreed to</translation>
        </message>
        <message>
            <source>Re-assess</source>
            <comment>재사정</comment>
            <translation>Re-assess</translation>
        </message>
        <message>
            <source>Re-assessment</source>
            <comment>재사정</comment>
            <translation>Re-assessment</translation>
        </message>
        <message>
            <source>Re-entry needed</source>
            <comment>재접수(재개입) 필요</comment>
            <translation>Re-entry needed</translation>
        </message>
        <message>
            <source>Read the plan through with the client and record their agreement in their own way.</source>
            <comment>계획을 대상자와 함께 읽고, 대상자의 뜻으로 동의를 받습니다.</comment>
            <translation>Read the plan through with the client and record their agreement in their own way.</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>연기 사유</comment>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>의뢰 사유</comment>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>종결 사유</comment>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Reasons</source>
            <comment>선정 사유·판단 근거</comment>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Reasons for the risk level</source>
            <comment>위기도 판단 근거</comment>
            <translation>Reasons for the risk level</translation>
        </message>
        <message>
            <source>Recipients</source>
            <comment>제공받는 자</comment>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Recipients (third-party provision)</source>
            <comment>제공받는 자(제3자 제공)</comment>
            <translation>Recipients (third-party provision)</translation>
        </message>
        <message>
            <source>Recipients' purpose</source>
            <comment>제공받는 자의 이용 목적</comment>
            <translation>Recipients' purpose</translation>
        </message>
        <message>
            <source>Recipients' retention period</source>
            <comment>제공받는 자의 보유·이용 기간</comment>
            <translation>Recipients' retention period</translation>
        </message>
        <message>
            <source>Record export (download)</source>
            <comment>기록 내보내기(다운로드)</comment>
            <translation>Record export (download)</translation>
        </message>
        <message>
            <source>Refer elsewhere</source>
            <comment>의뢰</comment>
            <translation>Refer elsewhere</translation>
        </message>
        <message>
            <source>Referral</source>
            <comment>자원 의뢰</comment>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Referral detail</source>
            <comment>접수 경로 상세</comment>
            <translation>Referral detail</translation>
        </message>
        <message>
            <source>Referral letter</source>
            <comment>의뢰서</comment>
            <translation>Referral letter</translation>
        </message>
        <message>
            <source>Referral route</source>
            <comment>접수 경로</comment>
            <translation>Referral route</translation>
        </message>
        <message>
            <source>Referral to another agency</source>
            <comment>타 기관 의뢰</comment>
            <translation>Referral to another agency</translation>
        </message>
        <message>
            <source>Referrals</source>
            <comment>자원 의뢰</comment>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Referrals accepted</source>
            <comment>의뢰 접수됨</comment>
            <translation>Referrals accepted</translation>
        </message>
        <message>
            <source>Referrals by resource category</source>
            <comment>자원 분야별</comment>
            <translation>Referrals by resource category</translation>
        </message>
        <message>
            <source>Referrals by resource category</source>
            <comment>자원 분야별 의뢰</comment>
            <translation>Referrals by resource category</translation>
        </message>
        <message>
            <source>Referrals by status</source>
            <comment>의뢰 상태별</comment>
            <translation>Referrals by status</translation>
        </message>
        <message>
            <source>Referrals sent</source>
            <comment>자원 의뢰</comment>
            <translation>Referrals sent</translation>
        </message>
        <message>
            <source>Referrals, linking services and case conferences (the recipients' purpose)</source>
            <comment>서비스 의뢰·연계와 사례회의(제공받는 자의 이용 목적)</comment>
            <translation>Referrals, linking services and case conferences (the recipients' purpose)</translation>
        </message>
        <message>
            <source>Registered address</source>
            <comment>등본상 주소</comment>
            <translation>Registered address</translation>
        </message>
        <message>
            <source>Relation</source>
            <comment>관계</comment>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Relative</source>
            <comment>친척</comment>
            <translation>Relative</translation>
        </message>
        <message>
            <source>Religion / community</source>
            <comment>종교·지역사회</comment>
            <translation>Religion / community</translation>
        </message>
        <message>
            <source>Rent or utility arrears, debt collection, seizure</source>
            <comment>월세·공과금 체납, 채무 독촉, 압류</comment>
            <translation>Rent or utility arrears, debt collection, seizure</translation>
        </message>
        <message>
            <source>Rent-free</source>
            <comment>무상</comment>
            <translation>Rent-free</translation>
        </message>
        <message>
            <source>Reopened</source>
            <comment>재개입</comment>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Report</source>
            <comment>보고서</comment>
            <translation>Report</translation>
        </message>
        <message>
            <source>Representative's name</source>
            <comment>법정대리인 성명</comment>
            <translation>Representative's name</translation>
        </message>
        <message>
            <source>Representative's relation</source>
            <comment>법정대리인 관계</comment>
            <translation>Representative's relation</translation>
        </message>
        <message>
            <source>Rescheduled for workload</source>
            <comment>업무 일정 조정</comment>
            <translation>Rescheduled for workload</translation>
        </message>
        <message>
            <source>Resident number revealed</source>
            <comment>주민등록번호 열람</comment>
            <translation>Resident number revealed</translation>
        </message>
        <message>
            <source>Resident registration no.</source>
            <comment>주민등록번호</comment>
            <translation>Resident registration no.</translation>
        </message>
        <message>
            <source>Resident registration number</source>
            <comment>주민등록번호</comment>
            <translation>Resident registration number</translation>
        </message>
        <message>
            <source>Residential facility</source>
            <comment>시설</comment>
            <translation>Residential facility</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>관련 자원</comment>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>의뢰 기관·사람</comment>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>자원</comment>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>자원(기관·사람)</comment>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Resource linkage</source>
            <comment>자원 연계</comment>
            <translation>Resource linkage</translation>
        </message>
        <message>
            <source>Resource linkage &amp; referral</source>
            <comment>자원연계·의뢰</comment>
            <translation>Resource linkage &amp; referral</translation>
        </message>
        <message>
            <source>Respect autonomy: ask consent separately for each purpose.</source>
            <comment>자기결정(자율성) 존중: 목적마다 따로 동의를 받습니다.</comment>
            <translation>Respect autonomy: ask consent separately for each purpose.</translation>
        </message>
        <message>
            <source>Respiratory</source>
            <comment>호흡기</comment>
            <translation>Respiratory</translation>
        </message>
        <message>
            <source>Restore</source>
            <comment>복원</comment>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Result</source>
            <comment>결과</comment>
            <translation>Result</translation>
        </message>
        <message>
            <source>Resulting plan change</source>
            <comment>계획 변경 내용</comment>
            <translation>Resulting plan change</translation>
        </message>
        <message>
            <source>Retention (years)</source>
            <comment>보존기간(년)</comment>
            <translation>Retention (years)</translation>
        </message>
        <message>
            <source>Retention and use period</source>
            <comment>보유·이용 기간</comment>
            <translation>Retention and use period</translation>
        </message>
        <message>
            <source>Retention period</source>
            <comment>보유·이용 기간</comment>
            <translation>Retention period</translation>
        </message>
        <message>
            <source>Review the case with the supervisor; write down who does each agreed action and by when.</source>
            <comment>슈퍼바이저와 함께 사례를 점검하고, 합의한 조치는 누가 언제 할지까지 적습니다.</comment>
            <translation>Review the case with the supervisor; write down who does each agreed action and by when.</translation>
        </message>
        <message>
            <source>Reviewed on</source>
            <comment>점검일</comment>
            <translation>Reviewed on</translation>
        </message>
        <message>
            <source>Right to refuse and its consequence</source>
            <comment>동의 거부 권리 및 불이익</comment>
            <translation>Right to refuse and its consequence</translation>
        </message>
        <message>
            <source>Risk level</source>
            <comment>위기도</comment>
            <translation>Risk level</translation>
        </message>
        <message>
            <source>Risk of harm, loss of housing, abuse, urgent medical need</source>
            <comment>자해·타해 위험, 주거 상실, 학대, 긴급 의료 여부</comment>
            <translation>Risk of harm, loss of housing, abuse, urgent medical need</translation>
        </message>
        <message>
            <source>Risk of suicide or self-harm</source>
            <comment>자살·자해 위험</comment>
            <translation>Risk of suicide or self-harm</translation>
        </message>
        <message>
            <source>Role</source>
            <comment>직위·역할</comment>
            <translation>Role</translation>
        </message>
        <message>
            <source>Safety</source>
            <comment>안전</comment>
            <translation>Safety</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <comment>만족도</comment>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <comment>만족</comment>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>Say who you are and which agency you work for.</source>
            <comment>자신이 소속된 기관을 소개합니다.</comment>
            <translation>Say who you are and which agency you work for.</translation>
        </message>
        <message>
            <source>School / work</source>
            <comment>학교·직장</comment>
            <translation>School / work</translation>
        </message>
        <message>
            <source>Search</source>
            <comment>검색</comment>
            <translation>Search</translation>
        </message>
        <message>
            <source>Selected: cases with a selection decision (general, complex, intensive) in the period, each case once; 'by level' counts decisions. Filtering by a level counts only the cases whose level in force is that level.</source>
            <comment>선정: 기간 중 대상자 선정 결정(일반·고난도·집중)이 있었던 사례 수. 같은 사례를 기간 중 다시 결정하면 한 번 셉니다. 선정 수준별은 결정 건수입니다. 선정 수준을 골라 보면 그 수준이 지금 유효한 사례만 셉니다.</comment>
            <translation>Selected: cases with a selection decision (general, complex, intensive) in the period, each case once; 'by level' counts decisions. Filtering by a level counts only the cases whose level in force is that level.</translation>
        </message>
        <message>
            <source>Selecting the client, assessing needs and crisis, planning and providing services, monitoring and follow-up</source>
            <comment>사례관리 대상자 선정, 욕구·위기도 조사, 서비스 제공 계획 수립과 제공, 모니터링·사후관리</comment>
            <translation>Selecting the client, assessing needs and crisis, planning and providing services, monitoring and follow-up</translation>
        </message>
        <message>
            <source>Selection decisions</source>
            <comment>대상자 선정 결정</comment>
            <translation>Selection decisions</translation>
        </message>
        <message>
            <source>Selection decisions by level</source>
            <comment>선정 수준별 결정</comment>
            <translation>Selection decisions by level</translation>
        </message>
        <message>
            <source>Selection decisions by level</source>
            <comment>선정 수준별(결정)</comment>
            <translation>Selection decisions by level</translation>
        </message>
        <message>
            <source>Selection due</source>
            <comment>대상자 선정 기한</comment>
            <translation>Selection due</translation>
        </message>
        <message>
            <source>Selection offers 집중 (intensive) besides general and complex.</source>
            <comment>대상자 선정에서 일반·고난도 외에 집중사례를 씁니다.</comment>
            <translation>Selection offers 집중 (intensive) besides general and complex.</translation>
        </message>
        <message>
            <source>Selection: days after the assessment</source>
            <comment>대상자 선정: 조사 후</comment>
            <translation>Selection: days after the assessment</translation>
        </message>
        <message>
            <source>Self-advocacy support</source>
            <comment>자기옹호 지원</comment>
            <translation>Self-advocacy support</translation>
        </message>
        <message>
            <source>Self-referral</source>
            <comment>본인 요청</comment>
            <translation>Self-referral</translation>
        </message>
        <message>
            <source>Sensitive data (health etc.)</source>
            <comment>민감정보(건강 등) 처리</comment>
            <translation>Sensitive data (health etc.)</translation>
        </message>
        <message>
            <source>Sent</source>
            <comment>의뢰</comment>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Sent on</source>
            <comment>의뢰일</comment>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Serious illness or injury, treatment stopped, cannot move about</source>
            <comment>중한 질병·부상, 치료 중단, 거동 불가</comment>
            <translation>Serious illness or injury, treatment stopped, cannot move about</translation>
        </message>
        <message>
            <source>Service (task)</source>
            <comment>서비스(과업)</comment>
            <translation>Service (task)</translation>
        </message>
        <message>
            <source>Service log entry</source>
            <comment>서비스 제공 기록</comment>
            <translation>Service log entry</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <comment>서비스 시간(분)</comment>
            <translation>Service minutes</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <comment>서비스 제공 시간(분)</comment>
            <translation>Service minutes</translation>
        </message>
        <message>
            <source>Service performance</source>
            <comment>서비스 수행 정도</comment>
            <translation>Service performance</translation>
        </message>
        <message>
            <source>Service plan</source>
            <comment>서비스 제공 계획</comment>
            <translation>Service plan</translation>
        </message>
        <message>
            <source>Service plan: days after intake</source>
            <comment>서비스 제공 계획: 접수 후</comment>
            <translation>Service plan: days after intake</translation>
        </message>
        <message>
            <source>Service plan: days after selection</source>
            <comment>서비스 제공 계획: 선정 후</comment>
            <translation>Service plan: days after selection</translation>
        </message>
        <message>
            <source>Service started</source>
            <comment>서비스 시작일</comment>
            <translation>Service started</translation>
        </message>
        <message>
            <source>Services</source>
            <comment>서비스 제공</comment>
            <translation>Services</translation>
        </message>
        <message>
            <source>Services</source>
            <comment>제공 서비스</comment>
            <translation>Services</translation>
        </message>
        <message>
            <source>Services (contacts)</source>
            <comment>서비스 제공 건수(연인원)</comment>
            <translation>Services (contacts)</translation>
        </message>
        <message>
            <source>Services by contact mode</source>
            <comment>접촉 방법별 건수</comment>
            <translation>Services by contact mode</translation>
        </message>
        <message>
            <source>Services by contact mode</source>
            <comment>접촉 방법별 서비스</comment>
            <translation>Services by contact mode</translation>
        </message>
        <message>
            <source>Services by need area</source>
            <comment>욕구 영역별 서비스</comment>
            <translation>Services by need area</translation>
        </message>
        <message>
            <source>Services by practice type</source>
            <comment>실천 유형별 건수</comment>
            <translation>Services by practice type</translation>
        </message>
        <message>
            <source>Services by practice type</source>
            <comment>실천 유형별 서비스</comment>
            <translation>Services by practice type</translation>
        </message>
        <message>
            <source>Set goals in which the client's strengths are used and grow.</source>
            <comment>강점이 발휘되고 강화될 수 있는 목표와 계획을 세웁니다.</comment>
            <translation>Set goals in which the client's strengths are used and grow.</translation>
        </message>
        <message>
            <source>Set goals that use the client's strengths and include what the client will do.</source>
            <comment>강점이 발휘될 수 있는 목표를 세우고, 대상자가 스스로 할 일을 포함합니다.</comment>
            <translation>Set goals that use the client's strengths and include what the client will do.</translation>
        </message>
        <message>
            <source>Settings change</source>
            <comment>설정 변경</comment>
            <translation>Settings change</translation>
        </message>
        <message>
            <source>Severe</source>
            <comment>심각</comment>
            <translation>Severe</translation>
        </message>
        <message>
            <source>Severe</source>
            <comment>심한 장애</comment>
            <translation>Severe</translation>
        </message>
        <message>
            <source>Sex</source>
            <comment>성별</comment>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Share of plans within 30 days</source>
            <comment>기한 내 계획 비율</comment>
            <translation>Share of plans within 30 days</translation>
        </message>
        <message>
            <source>Short-term</source>
            <comment>단기</comment>
            <translation>Short-term</translation>
        </message>
        <message>
            <source>Short-term goals achieved</source>
            <comment>단기 목표 달성</comment>
            <translation>Short-term goals achieved</translation>
        </message>
        <message>
            <source>Show genuine interest</source>
            <comment>진심 어린 관심 표현</comment>
            <translation>Show genuine interest</translation>
        </message>
        <message>
            <source>Show genuine interest in the lives of the client and family.</source>
            <comment>클라이언트와 가족의 삶에 진심 어린 관심을 표현합니다.</comment>
            <translation>Show genuine interest in the lives of the client and family.</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <comment>서면 서명</comment>
            <translation>Signed on paper</translation>
        </message>
        <message>
            <source>Signed on screen</source>
            <comment>화면 서명</comment>
            <translation>Signed on screen</translation>
        </message>
        <message>
            <source>Single parent</source>
            <comment>한부모</comment>
            <translation>Single parent</translation>
        </message>
        <message>
            <source>Single parent</source>
            <comment>한부모 가구</comment>
            <translation>Single parent</translation>
        </message>
        <message>
            <source>Situation improved</source>
            <comment>상황 호전</comment>
            <translation>Situation improved</translation>
        </message>
        <message>
            <source>Social isolation</source>
            <comment>사회적 고립</comment>
            <translation>Social isolation</translation>
        </message>
        <message>
            <source>Social relations</source>
            <comment>사회적관계</comment>
            <translation>Social relations</translation>
        </message>
        <message>
            <source>Solution meeting (with outside agencies)</source>
            <comment>솔루션 회의</comment>
            <translation>Solution meeting (with outside agencies)</translation>
        </message>
        <message>
            <source>Speech</source>
            <comment>언어</comment>
            <translation>Speech</translation>
        </message>
        <message>
            <source>Spouse, child, mother, father, sibling …</source>
            <comment>배우자, 자녀, 모, 부, 형제 …</comment>
            <translation>Spouse, child, mother, father, sibling …</translation>
        </message>
        <message>
            <source>Starts on</source>
            <comment>시작일</comment>
            <translation>Starts on</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>상태</comment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Stoma</source>
            <comment>장루·요루</comment>
            <translation>Stoma</translation>
        </message>
        <message>
            <source>Strength</source>
            <comment>관계 강도</comment>
            <translation>Strength</translation>
        </message>
        <message>
            <source>Strengthen the resource network</source>
            <comment>자원망 강화</comment>
            <translation>Strengthen the resource network</translation>
        </message>
        <message>
            <source>Strengths-based goals</source>
            <comment>강점 기반 목표</comment>
            <translation>Strengths-based goals</translation>
        </message>
        <message>
            <source>Stressful</source>
            <comment>갈등·스트레스</comment>
            <translation>Stressful</translation>
        </message>
        <message>
            <source>Strong</source>
            <comment>강한 관계</comment>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Studio / officetel</source>
            <comment>오피스텔·원룸</comment>
            <translation>Studio / officetel</translation>
        </message>
        <message>
            <source>Submission required by law</source>
            <comment>법령에 따른 제출</comment>
            <translation>Submission required by law</translation>
        </message>
        <message>
            <source>Suicidal thoughts, plans or attempts, self-harm</source>
            <comment>자살 생각·계획·시도, 자해</comment>
            <translation>Suicidal thoughts, plans or attempts, self-harm</translation>
        </message>
        <message>
            <source>Supervision or case conference</source>
            <comment>슈퍼비전·사례회의</comment>
            <translation>Supervision or case conference</translation>
        </message>
        <message>
            <source>Supervision record</source>
            <comment>슈퍼비전 기록</comment>
            <translation>Supervision record</translation>
        </message>
        <message>
            <source>Supervision sessions</source>
            <comment>슈퍼비전</comment>
            <translation>Supervision sessions</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <comment>슈퍼바이저</comment>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Supervisor's confirmation</source>
            <comment>슈퍼바이저 확인</comment>
            <translation>Supervisor's confirmation</translation>
        </message>
        <message>
            <source>Support new attempts</source>
            <comment>새로운 시도 지지</comment>
            <translation>Support new attempts</translation>
        </message>
        <message>
            <source>Support new attempts and strengthen the resource network.</source>
            <comment>새로운 시도를 지지하고 자원망과의 관계를 강화합니다.</comment>
            <translation>Support new attempts and strengthen the resource network.</translation>
        </message>
        <message>
            <source>Support wanted</source>
            <comment>원하는 도움</comment>
            <translation>Support wanted</translation>
        </message>
        <message>
            <source>Target date</source>
            <comment>목표일</comment>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Task</source>
            <comment>과업</comment>
            <translation>Task</translation>
        </message>
        <message>
            <source>Task</source>
            <comment>실행 과업</comment>
            <translation>Task</translation>
        </message>
        <message>
            <source>Task due</source>
            <comment>과업 기한</comment>
            <translation>Task due</translation>
        </message>
        <message>
            <source>Team lead</source>
            <comment>팀장</comment>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Tell the client how to get support again if needed.</source>
            <comment>필요한 경우 다시 지원을 받을 수 있는 방법을 안내합니다.</comment>
            <translation>Tell the client how to get support again if needed.</translation>
        </message>
        <message>
            <source>Tenure</source>
            <comment>점유 형태</comment>
            <translation>Tenure</translation>
        </message>
        <message>
            <source>Terminate</source>
            <comment>종결</comment>
            <translation>Terminate</translation>
        </message>
        <message>
            <source>Termination</source>
            <comment>종결</comment>
            <translation>Termination</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>내용</comment>
            <translation>Text</translation>
        </message>
        <message>
            <source>The client</source>
            <comment>본인</comment>
            <translation>The client</translation>
        </message>
        <message>
            <source>The client asked to postpone</source>
            <comment>대상자 요청</comment>
            <translation>The client asked to postpone</translation>
        </message>
        <message>
            <source>The client's own request</source>
            <comment>당사자 열람 요청</comment>
            <translation>The client's own request</translation>
        </message>
        <message>
            <source>The client, a child (Minji) …</source>
            <comment>본인, 자녀(민지) 등</comment>
            <translation>The client, a child (Minji) …</translation>
        </message>
        <message>
            <source>The client, a household member (relation, name) or the whole household</source>
            <comment>대상자 본인, 가구원(관계·이름) 또는 가구 전체</comment>
            <translation>The client, a household member (relation, name) or the whole household</translation>
        </message>
        <message>
            <source>The map at intake and the map at closing are drawn apart.</source>
            <comment>초기 생태도와 종결 시 생태도를 따로 그립니다.</comment>
            <translation>The map at intake and the map at closing are drawn apart.</translation>
        </message>
        <message>
            <source>The plan has no task the client does themself.</source>
            <comment>대상자가 스스로 하는 과업이 계획에 없습니다.</comment>
            <translation>The plan has no task the client does themself.</translation>
        </message>
        <message>
            <source>The providing agency's contact person</source>
            <comment>제공 기관의 담당자 이름</comment>
            <translation>The providing agency's contact person</translation>
        </message>
        <message>
            <source>The screen order is an assumption: it follows the order a case moves through (caseload → clients → services → type and mode → linkage → meetings → closing) and has not been checked against the live screens.</source>
            <comment>화면 순서는 가정입니다: 사례가 거쳐 가는 순서(대상 현황 → 대상자 특성 → 서비스 → 유형·방법 → 연계 → 회의 → 종결)를 따랐으며 실제 화면과 대조하지 않았습니다.</comment>
            <translation>The screen order is an assumption: it follows the order a case moves through (caseload → clients → services → type and mode → linkage → meetings → closing) and has not been checked against the live screens.</translation>
        </message>
        <message>
            <source>The service given or the thing to do</source>
            <comment>제공할 서비스나 할 일</comment>
            <translation>The service given or the thing to do</translation>
        </message>
        <message>
            <source>There is no goal yet.</source>
            <comment>목표가 아직 없습니다.</comment>
            <translation>There is no goal yet.</translation>
        </message>
        <message>
            <source>This member's own difficulty</source>
            <comment>이 가구원 자신의 어려움</comment>
            <translation>This member's own difficulty</translation>
        </message>
        <message>
            <source>Tick every basic livelihood benefit received.</source>
            <comment>수급 급여는 받는 것을 모두 표시합니다.</comment>
            <translation>Tick every basic livelihood benefit received.</translation>
        </message>
        <message>
            <source>Tick every purpose agreed on the one sheet; each can still be withdrawn on its own.</source>
            <comment>한 장의 동의서로 함께 받은 목적을 모두 표시합니다. 목적마다 따로 철회할 수 있습니다.</comment>
            <translation>Tick every purpose agreed on the one sheet; each can still be withdrawn on its own.</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>직함</comment>
            <translation>Title</translation>
        </message>
        <message>
            <source>Topic</source>
            <comment>주제</comment>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Towards the client</source>
            <comment>대상자에게로</comment>
            <translation>Towards the client</translation>
        </message>
        <message>
            <source>Transferred to another agency</source>
            <comment>타 기관 이관</comment>
            <translation>Transferred to another agency</translation>
        </message>
        <message>
            <source>Transport</source>
            <comment>교통비</comment>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>실천 유형</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Under long-term goal</source>
            <comment>상위 장기 목표</comment>
            <translation>Under long-term goal</translation>
        </message>
        <message>
            <source>Unique identifiers (resident registration no.)</source>
            <comment>고유식별정보(주민등록번호) 처리</comment>
            <translation>Unique identifiers (resident registration no.)</translation>
        </message>
        <message>
            <source>Unlock (sign-in)</source>
            <comment>잠금 해제(접속)</comment>
            <translation>Unlock (sign-in)</translation>
        </message>
        <message>
            <source>Until the recipient's service ends</source>
            <comment>제공받는 자의 서비스 제공 종료 시까지</comment>
            <translation>Until the recipient's service ends</translation>
        </message>
        <message>
            <source>Urgent crisis</source>
            <comment>긴급 위기 사례</comment>
            <translation>Urgent crisis</translation>
        </message>
        <message>
            <source>Use the intensive case level</source>
            <comment>집중사례 구분 사용</comment>
            <translation>Use the intensive case level</translation>
        </message>
        <message>
            <source>Utilities (power, gas, water)</source>
            <comment>공과금(전기·가스·수도)</comment>
            <translation>Utilities (power, gas, water)</translation>
        </message>
        <message>
            <source>Verbal</source>
            <comment>구두</comment>
            <translation>Verbal</translation>
        </message>
        <message>
            <source>Verbally</source>
            <comment>구두 동의</comment>
            <translation>Verbally</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <comment>매우 불만족</comment>
            <translation>Very dissatisfied</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <comment>매우 만족</comment>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <source>Village or block head</source>
            <comment>통장·이장</comment>
            <translation>Village or block head</translation>
        </message>
        <message>
            <source>Vinyl house / container</source>
            <comment>비닐하우스·컨테이너</comment>
            <translation>Vinyl house / container</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>방문</comment>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Visual</source>
            <comment>시각</comment>
            <translation>Visual</translation>
        </message>
        <message>
            <source>Vulnerability</source>
            <comment>취약 요인</comment>
            <translation>Vulnerability</translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>약한 관계</comment>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Welfare agency</source>
            <comment>복지기관</comment>
            <translation>Welfare agency</translation>
        </message>
        <message>
            <source>Went well</source>
            <comment>잘됨</comment>
            <translation>Went well</translation>
        </message>
        <message>
            <source>What in the intake and the needs and risk assessment decided it; for not selected, why</source>
            <comment>초기상담과 욕구·위기도 조사에서 무엇을 보고 정했는지; 미선정이면 그 사유</comment>
            <translation>What in the intake and the needs and risk assessment decided it; for not selected, why</translation>
        </message>
        <message>
            <source>When the guardian agreed</source>
            <comment>보호자가 동의한 경우</comment>
            <translation>When the guardian agreed</translation>
        </message>
        <message>
            <source>Who does it</source>
            <comment>수행자</comment>
            <translation>Who does it</translation>
        </message>
        <message>
            <source>Who referred, from which office (e.g. the community centre's welfare team)</source>
            <comment>누가, 어느 기관에서(예: 대화면 행정복지센터 맞춤형복지팀)</comment>
            <translation>Who referred, from which office (e.g. the community centre's welfare team)</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <comment>철회일</comment>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Within the agency</source>
            <comment>기관 내 의뢰</comment>
            <translation>Within the agency</translation>
        </message>
        <message>
            <source>Worsening symptoms, treatment stopped, addiction</source>
            <comment>정신질환 증상 악화, 치료 중단, 중독</comment>
            <translation>Worsening symptoms, treatment stopped, addiction</translation>
        </message>
        <message>
            <source>Write it down in the client's own words.</source>
            <comment>클라이언트가 말한 그대로 적습니다.</comment>
            <translation>Write it down in the client's own words.</translation>
        </message>
        <message>
            <source>Written</source>
            <comment>서면</comment>
            <translation>Written</translation>
        </message>
        <message>
            <source>Written on</source>
            <comment>작성일</comment>
            <translation>Written on</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it we cannot apply on your behalf for benefits that need the number.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 주민등록번호가 필요한 급여 신청을 대신 도와드릴 수 없습니다.</comment>
            <translation>You have the right to refuse. Without it we cannot apply on your behalf for benefits that need the number.</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it, however, the case-management service cannot be provided.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 다만 동의하지 않으면 사례관리 서비스를 제공받을 수 없습니다.</comment>
            <translation>You have the right to refuse. Without it, however, the case-management service cannot be provided.</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it, linking health-related services may be limited.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 건강 관련 서비스 연계가 제한될 수 있습니다.</comment>
            <translation>You have the right to refuse. Without it, linking health-related services may be limited.</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it, referral to other agencies' services may not be possible.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 다른 기관의 서비스 연계가 어려울 수 있습니다.</comment>
            <translation>You have the right to refuse. Without it, referral to other agencies' services may not be possible.</translation>
        </message>
        <message>
            <source>cases in an active stage (intake to monitoring) on the day before the period</source>
            <comment>기간 첫날 전날에 진행 단계(초기상담·사정~모니터링)에 있던 사례</comment>
            <translation>cases in an active stage (intake to monitoring) on the day before the period</translation>
        </message>
        <message>
            <source>closing date (closed_on)</source>
            <comment>종결일(closed_on)</comment>
            <translation>closing date (closed_on)</translation>
        </message>
        <message>
            <source>date decided (decided_on); a case decided more than once in the period counts once</source>
            <comment>선정 결정일(decided_on); 한 사례가 기간 중 여러 번 결정되면 사례는 한 번 셈</comment>
            <translation>date decided (decided_on); a case decided more than once in the period counts once</translation>
        </message>
        <message>
            <source>date held (held_on)</source>
            <comment>실시일(held_on)</comment>
            <translation>date held (held_on)</translation>
        </message>
        <message>
            <source>date held (held_on)</source>
            <comment>회의일(held_on)</comment>
            <translation>date held (held_on)</translation>
        </message>
        <message>
            <source>date sent (sent_on)</source>
            <comment>의뢰일(sent_on)</comment>
            <translation>date sent (sent_on)</translation>
        </message>
        <message>
            <source>due date (due_on)</source>
            <comment>예정일(due_on)</comment>
            <translation>due date (due_on)</translation>
        </message>
        <message>
            <source>e.g. 5 years after closing</source>
            <comment>예: 종결 후 5년</comment>
            <translation>e.g. 5 years after closing</translation>
        </message>
        <message>
            <source>e.g. father, mother, guardian</source>
            <comment>예: 부, 모, 후견인</comment>
            <translation>e.g. father, mother, guardian</translation>
        </message>
        <message>
            <source>e.g. once a week</source>
            <comment>예: 주 1회</comment>
            <translation>e.g. once a week</translation>
        </message>
        <message>
            <source>every case opened by the last day, in the stage it had on that day (stage history)</source>
            <comment>기간 말일까지 접수된 사례의 말일 현재 단계(단계 이력 기준)</comment>
            <translation>every case opened by the last day, in the stage it had on that day (stage history)</translation>
        </message>
        <message>
            <source>held at the start, or opened or reopened during the period</source>
            <comment>기간 시작 시 관리 중이었거나 기간 중 접수·재개입된 사례</comment>
            <translation>held at the start, or opened or reopened during the period</translation>
        </message>
        <message>
            <source>intake date (opened_on)</source>
            <comment>접수일(opened_on)</comment>
            <translation>intake date (opened_on)</translation>
        </message>
        <message>
            <source>review date</source>
            <comment>점검일(reviewed_on)</comment>
            <translation>review date</translation>
        </message>
        <message>
            <source>service date (occurred_on)</source>
            <comment>제공일(occurred_on)</comment>
            <translation>service date (occurred_on)</translation>
        </message>
        <message>
            <source>the case's closing date; areas rated in both the intake and the closing assessment</source>
            <comment>사례의 종결일(closed_on), 초기사정과 종결사정이 모두 있는 영역</comment>
            <translation>the case's closing date; areas rated in both the intake and the closing assessment</translation>
        </message>
        <message>
            <source>the case's closing date; long-term goals with a final score in its termination record</source>
            <comment>사례의 종결일(closed_on), 종결 기록의 최종 점수가 있는 장기 목표</comment>
            <translation>the case's closing date; long-term goals with a final score in its termination record</translation>
        </message>
        <message>
            <source>the day the case moved back from termination/follow-up</source>
            <comment>종결·사후관리에서 진행 단계로 되돌린 날</comment>
            <translation>the day the case moved back from termination/follow-up</translation>
        </message>
        <message>
            <source>the first move into implementation of a case with goals (plan in place)</source>
            <comment>목표가 있는 사례가 처음 실행 단계로 옮긴 날(계획 확정일)</comment>
            <translation>the first move into implementation of a case with goals (plan in place)</translation>
        </message>
        <message>
            <source>times a day</source>
            <comment>회/일</comment>
            <translation>times a day</translation>
        </message>
        <message>
            <source>times a month</source>
            <comment>회/월</comment>
            <translation>times a month</translation>
        </message>
        <message>
            <source>times a week</source>
            <comment>회/주</comment>
            <translation>times a week</translation>
        </message>
        <message>
            <source>times in all</source>
            <comment>회(기간 중)</comment>
            <translation>times in all</translation>
        </message>
        <message>
            <source>use digits, comma-grouped digits or the units 만 and 천 (e.g. 120000, 120,000, 12만, 12만 5천)</source>
            <comment>숫자, 쉼표로 묶은 숫자, 만·천 단위만 쓸 수 있습니다(예: 120000, 120,000, 12만, 12만 5천)</comment>
            <translation>use digits, comma-grouped digits or the units 만 and 천 (e.g. 120000, 120,000, 12만, 12만 5천)</translation>
        </message>
        <message>
            <source>생활 구분: receiving any of the four basic livelihood benefits counts as a recipient household, otherwise near poverty, then general. Household type and 생활 구분 are the values recorded now.</source>
            <comment>생활 구분: 기초생활보장 급여(생계·의료·주거·교육) 중 하나라도 받으면 '기초생활수급', 아니면 차상위, 일반 순으로 봅니다. 가구 유형·생활 구분은 지금 기록된 값입니다.</comment>
            <translation>생활 구분: receiving any of the four basic livelihood benefits counts as a recipient household, otherwise near poverty, then general. Household type and 생활 구분 are the values recorded now.</translation>
        </message>
    </context>
</TS>
