<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About this program</source>
            <translation>프로그램 정보</translation>
        </message>
        <message>
            <source>Offline case management for social workers. Every case is kept in one encrypted file on this computer.</source>
            <translation>사회복지사를 위한 오프라인 사례관리 프로그램입니다. 모든 사례는 이 컴퓨터의 암호화된 파일 하나에 보관됩니다.</translation>
        </message>
        <message>
            <source>Qt %1. Font: NanumGothic (SIL Open Font License).</source>
            <translation>Qt %1. 글꼴: 나눔고딕(SIL 오픈 폰트 라이선스).</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>데이터 폴더: %1</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>데이터 폴더 열기</translation>
        </message>
        <message>
            <source>Licence notices of the bundled components:</source>
            <translation>함께 배포되는 구성 요소의 라이선스:</translation>
        </message>
    </context>
    <context>
        <name>AccessReviewDialog</name>
        <message>
            <source>Access-log review</source>
            <translation>접속기록 점검</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>모든 종류</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>사례번호</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>모든 사람</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>일시</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>사용자</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>기기</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Sign as reviewed</source>
            <translation>점검 완료 서명</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Reading the access records…</source>
            <translation>접속기록을 읽는 중…</translation>
        </message>
        <message>
            <source>Night-time access (22:00–06:00)</source>
            <translation>야간 접속(22:00–06:00)</translation>
        </message>
        <message>
            <source>%1 hit(s) in %2 case(s)</source>
            <translation>%1건 (사례 %2건)</translation>
        </message>
        <message>
            <source>%1 access record(s).</source>
            <translation>접속기록 %1건.</translation>
        </message>
        <message>
            <source>Night-time (22:00–06:00): %1.</source>
            <translation>야간(22:00–06:00): %1건.</translation>
        </message>
        <message>
            <source>Bulk export: %1 wrote %2 PDF(s) on %3.</source>
            <translation>대량 내보내기: %1 님이 %3에 PDF %2건을 만들었습니다.</translation>
        </message>
        <message>
            <source>Unusual volume: %1 opened %2 case(s) on %3.</source>
            <translation>평소보다 많은 조회: %1 님이 %3에 사례 %2건을 열었습니다.</translation>
        </message>
        <message>
            <source>Failed unlocks: %1.</source>
            <translation>잠금 해제 실패: %1건.</translation>
        </message>
        <message>
            <source>Nothing flagged.</source>
            <translation>특이사항 없음.</translation>
        </message>
        <message>
            <source>This month has not been reviewed yet.</source>
            <translation>이 달은 아직 점검하지 않았습니다.</translation>
        </message>
        <message>
            <source>signature valid</source>
            <translation>서명 유효</translation>
        </message>
        <message>
            <source>SIGNATURE INVALID</source>
            <translation>서명 무효</translation>
        </message>
        <message>
            <source>Reviewed on %1 by %2 (%3 record(s), %4 flag(s); %5).</source>
            <translation>%1에 %2 님이 점검함(기록 %3건, 주의 %4건; %5).</translation>
        </message>
        <message>
            <source>Signing the review…</source>
            <translation>점검 기록에 서명하는 중…</translation>
        </message>
        <message>
            <source>Review of %1 signed and recorded.</source>
            <translation>%1 점검을 서명하여 기록했습니다.</translation>
        </message>
    </context>
    <context>
        <name>AddendaList</name>
        <message>
            <source>Addenda:</source>
            <translation>추가기록:</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Add addendum</source>
            <translation>추가기록 작성</translation>
        </message>
        <message>
            <source>Signed entry (unchanged):</source>
            <translation>서명된 기록(변경되지 않음):</translation>
        </message>
        <message>
            <source>Sign the addendum now (it is locked too)</source>
            <translation>추가기록에 바로 서명(추가기록도 잠깁니다)</translation>
        </message>
    </context>
    <context>
        <name>AgreementSection</name>
        <message>
            <source>Agreed on</source>
            <translation>동의일</translation>
        </message>
        <message>
            <source>How</source>
            <translation>방법</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>보호자</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>서명</translation>
        </message>
    </context>
    <context>
        <name>AmountTable</name>
        <message>
            <source>Check the amount of: %1</source>
            <translation>금액을 확인하세요: %1</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPage</name>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>위기도</translation>
        </message>
        <message>
            <source>Crisis checklist</source>
            <translation>위기도 조사</translation>
        </message>
        <message>
            <source>No assessment yet</source>
            <translation>아직 사정 기록이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>AssessmentParts</name>
        <message>
            <source>e.g. 12만</source>
            <translation>예: 12만</translation>
        </message>
        <message>
            <source>Crisis checklist</source>
            <translation>위기도 조사</translation>
        </message>
        <message>
            <source>Need levels: intake and latest</source>
            <translation>욕구 수준: 초기와 최근</translation>
        </message>
        <message>
            <source>Score the items that apply; the total suggests the risk level.</source>
            <translation>해당하는 항목에 점수를 매기면 합계로 위기도를 제안합니다.</translation>
        </message>
        <message>
            <source>Total %1 of %2 points: %3</source>
            <translation>합계 %1/%2점: %3</translation>
        </message>
        <message>
            <source>The risk level chosen above is %1: it differs from the checklist.</source>
            <translation>위에서 고른 위기도(%1)가 조사 결과와 다릅니다.</translation>
        </message>
        <message>
            <source>Income %1 · Expenses %2 · Balance %3 a month</source>
            <translation>월 소득 %1 · 월 지출 %2 · 월 수지 %3</translation>
        </message>
    </context>
    <context>
        <name>BlankFormsDialog</name>
        <message>
            <source>Blank forms</source>
            <translation>빈 서식</translation>
        </message>
        <message>
            <source>Printable blank forms for home visits (intake, assessment, service log and more), to fill in by hand and enter later.</source>
            <translation>가정방문에서 손으로 적고 나중에 입력할 수 있는 빈 서식(초기상담, 사정, 서비스 제공 기록 등)입니다.</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case no.</source>
            <translation>사례번호</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>대상자</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>선정</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>단계 경과일</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>다음 기한</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Why it matched</source>
            <translation>검색 근거</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>기한 지남</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <source>Search: name, 초성 (e.g. ㄱㅁㅅ), phone, words in notes</source>
            <translation>검색: 이름, 초성(예: ㄱㅁㅅ), 전화번호, 기록 내용</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>모든 단계</translation>
        </message>
        <message>
            <source>All selection levels</source>
            <translation>모든 선정 결과</translation>
        </message>
        <message>
            <source>Selection not decided</source>
            <translation>선정 전</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>이번 주 기한</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>진행 중인 사례만</translation>
        </message>
        <message>
            <source>Loading cases…</source>
            <translation>사례를 불러오는 중…</translation>
        </message>
        <message>
            <source>%1 of %2 cases</source>
            <translation>사례 %2건 중 %1건</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF 내보내기…</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Move back…</source>
            <translation>이전 단계로…</translation>
        </message>
        <message>
            <source>Eco-map · genogram</source>
            <translation>생태도 · 가계도</translation>
        </message>
        <message>
            <source>History</source>
            <translation>이력</translation>
        </message>
        <message>
            <source>Locked. Unlock to see the case; what you typed is kept.</source>
            <translation>잠겨 있습니다. 잠금을 해제하면 사례가 다시 보입니다. 입력한 내용은 유지됩니다.</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>사례 %1</translation>
        </message>
        <message>
            <source>%1 · moved to this stage today</source>
            <translation>%1 · 오늘 이 단계로 옮김</translation>
        </message>
        <message>
            <source>%1 · day %2 in this stage</source>
            <translation>%1 · 이 단계 %2일째</translation>
        </message>
        <message>
            <source>Selection not decided</source>
            <translation>선정 전</translation>
        </message>
        <message>
            <source>Advance to %1…</source>
            <translation>%1으로 진행…</translation>
        </message>
        <message>
            <source>Last stage</source>
            <translation>마지막 단계</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>현재 단계</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>Practice checklist</source>
            <translation>실천 점검표</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>완료 %1</translation>
        </message>
    </context>
    <context>
        <name>ClientCopyDialog</name>
        <message>
            <source>Client's own copy</source>
            <translation>본인 열람용 사본</translation>
        </message>
        <message>
            <source>Everything the file holds about this client, in plain Korean, signed: to hand to the client who asks to see their data (개인정보 보호법 제35조).</source>
            <translation>이 대상자에 대해 파일에 있는 모든 정보를 쉬운 말로 정리하고 서명한 문서입니다. 자기 정보를 보고 싶다고 요청한 대상자에게 드립니다(개인정보 보호법 제35조).</translation>
        </message>
        <message>
            <source>Correction requests are recorded with File ▸ Correction request…</source>
            <translation>정정·삭제 요구는 파일 ▸ 정정·삭제 요구…에서 기록합니다.</translation>
        </message>
    </context>
    <context>
        <name>ClosingEditor</name>
        <message>
            <source>Closing assessment</source>
            <translation>종결 사정</translation>
        </message>
        <message>
            <source>Final GAS score per goal</source>
            <translation>목표별 최종 GAS 점수</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>아직 목표가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ConferenceTab</name>
        <message>
            <source>Date</source>
            <translation>일시</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>참석 기관</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>슈퍼바이저</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Confirms</source>
            <translation>확인 대상</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>확인자</translation>
        </message>
        <message>
            <source>Where the agency signs with PKCS#12 certificates, the supervisor also co-signs the exported PDF with “caseapp cosign”.</source>
            <translation>기관이 PKCS#12 인증서로 서명하는 경우, 슈퍼바이저는 출력한 PDF에 “caseapp cosign”으로 승인 서명을 더합니다.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>결정 사항</translation>
        </message>
        <message>
            <source>Sign a conference record once the attendees have agreed it; a signed record is locked and corrected with an addendum.</source>
            <translation>참석자가 내용에 합의하면 회의록에 서명합니다. 서명한 기록은 잠기며, 고칠 내용은 추가기록으로 남깁니다.</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <source>Consent form</source>
            <translation>동의서</translation>
        </message>
        <message>
            <source>Case %1 (%2): the consent form to print and have signed, one block per kind of consent (purpose, items, retention period, the right to refuse). Consents already recorded are ticked.</source>
            <translation>사례 %1 (%2): 인쇄해서 서명받는 동의서입니다. 동의 종류마다 수집·이용 목적, 수집 항목, 보유·이용 기간, 동의 거부 권리를 따로 적습니다. 이미 기록된 동의는 표시되어 인쇄됩니다.</translation>
        </message>
    </context>
    <context>
        <name>ConsentSheet</name>
        <message>
            <source>Record consent sheet</source>
            <translation>동의서 기록</translation>
        </message>
        <message>
            <source>Without an expiry date the consents run until the case closes plus the retention period (%1 years, Settings).</source>
            <translation>만료일을 비워 두면 사례 종결 후 보존기간(%1년, 설정)까지 유효합니다.</translation>
        </message>
        <message>
            <source>Consent sheet recorded: %1</source>
            <translation>동의서를 기록했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentTools</name>
        <message>
            <source>Check the consent</source>
            <translation>동의 확인</translation>
        </message>
        <message>
            <source>Save anyway?</source>
            <translation>그래도 저장할까요?</translation>
        </message>
        <message>
            <source>Check the resident number</source>
            <translation>주민등록번호 확인</translation>
        </message>
        <message>
            <source>Print consent form…</source>
            <translation>동의서 인쇄…</translation>
        </message>
        <message>
            <source>Attach signed scan…</source>
            <translation>서명본 스캔 첨부…</translation>
        </message>
        <message>
            <source>Open scan</source>
            <translation>스캔 열기</translation>
        </message>
        <message>
            <source>No scan attached</source>
            <translation>첨부된 스캔 없음</translation>
        </message>
        <message>
            <source>Attach signed scan</source>
            <translation>서명본 스캔 첨부</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>스캔 파일 (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Scan attached: %1</source>
            <translation>스캔을 첨부했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <source>Something went wrong inside caseapp.</source>
            <translation>caseapp 내부에서 문제가 발생했습니다.</translation>
        </message>
        <message>
            <source>What you typed has been saved as a draft.</source>
            <translation>입력하던 내용은 임시 저장되었습니다.</translation>
        </message>
        <message>
            <source>Your drafts could not be saved; copy any unsaved text before quitting.</source>
            <translation>임시 저장에 실패했습니다. 종료하기 전에 저장되지 않은 내용을 복사해 두세요.</translation>
        </message>
        <message>
            <source>Details (without client data) were written to: %1</source>
            <translation>자세한 내용(대상자 정보 제외)을 다음 파일에 기록했습니다: %1</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>예기치 않은 오류</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. %1</source>
            <translation>예: %1</translation>
        </message>
        <message>
            <source>Type a date such as 1955-03-15, 1955.3.15 or 19550315; Delete clears it.</source>
            <translation>1955-03-15, 1955.3.15, 19550315처럼 입력합니다. Delete 키를 누르면 지워집니다.</translation>
        </message>
        <message>
            <source>Pick from a calendar</source>
            <translation>달력에서 고르기</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>Set to today</source>
            <translation>오늘 날짜로</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>날짜 지우기</translation>
        </message>
    </context>
    <context>
        <name>DeadlineModel</name>
        <message>
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>When</source>
            <translation>남은 기간</translation>
        </message>
        <message>
            <source>What</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>처리</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>%1일 지남</translation>
        </message>
        <message>
            <source>today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>%1일 남음</translation>
        </message>
        <message>
            <source>Done · postpone…</source>
            <translation>실시 · 연기…</translation>
        </message>
        <message>
            <source>Mark this follow-up contact done, or postpone it with a reason</source>
            <translation>사후관리 연락을 실시로 기록하거나 사유를 적어 연기합니다</translation>
        </message>
    </context>
    <context>
        <name>DeadlineRulesPage</name>
        <message>
            <source>The deadlines the Today list and the case list count from. The defaults follow the common guidance; change them where your local guidance differs. An interval set on a case itself takes precedence for that case.</source>
            <translation>오늘 할 일과 사례 목록이 기한을 셈하는 기준입니다. 기본값은 일반적인 지침을 따릅니다. 지역 지침이 다르면 바꾸십시오. 사례에 점검 주기를 따로 정했다면 그 사례는 그 주기를 따릅니다.</translation>
        </message>
        <message>
            <source> days</source>
            <translation>일</translation>
        </message>
        <message>
            <source>Restore the guidance defaults</source>
            <translation>지침 기본값으로 되돌리기</translation>
        </message>
    </context>
    <context>
        <name>DemoDataProgress</name>
        <message>
            <source>Adding demo cases…</source>
            <translation>예시 사례를 추가하는 중…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>예시 데이터</translation>
        </message>
        <message>
            <source>The demo cases could not be added.</source>
            <translation>예시 사례를 추가하지 못했습니다.</translation>
        </message>
    </context>
    <context>
        <name>DestroyDialog</name>
        <message>
            <source>Destroy a case</source>
            <translation>사례 파기</translation>
        </message>
        <message>
            <source>kept until %1</source>
            <translation>보존기한 %1</translation>
        </message>
        <message>
            <source>default: retention period ended</source>
            <translation>비워 두면: 보존기간 경과</translation>
        </message>
        <message>
            <source>Also remove it from existing backups (each backup is rewritten without it)</source>
            <translation>기존 백업에서도 지우기(각 백업을 이 사례 없이 다시 씁니다)</translation>
        </message>
        <message>
            <source>The case's personal data is removed for good; this cannot be undone. The case number, dates and a line in the destruction register remain.</source>
            <translation>사례의 개인정보를 영구히 지웁니다. 되돌릴 수 없습니다. 사례번호와 날짜, 파기 대장의 기록만 남습니다.</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>파기</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Case past retention</source>
            <translation>보존기간이 지난 사례</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>파기 사유</translation>
        </message>
        <message>
            <source>No case is past its retention period.</source>
            <translation>보존기간이 지난 사례가 없습니다.</translation>
        </message>
        <message>
            <source>Destroying…</source>
            <translation>파기하는 중…</translation>
        </message>
        <message>
            <source>Case %1 destroyed. Removed from %2 backup(s); %3 backup(s) still hold it.</source>
            <translation>사례 %1을 파기했습니다. 백업 %2개에서 지웠고, %3개에는 아직 남아 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>DestructionRegisterDialog</name>
        <message>
            <source>Destruction register</source>
            <translation>파기 대장</translation>
        </message>
        <message>
            <source>The register of destroyed personal data (파기 대장), signed like every record.</source>
            <translation>개인정보 파기 기록(파기 대장)입니다. 다른 기록처럼 전자서명됩니다.</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Unsaved text from an earlier session was found for this form.</source>
            <translation>이 양식에 이전에 저장하지 않은 입력 내용이 있습니다.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <source>Unsaved text found</source>
            <translation>저장되지 않은 입력 내용</translation>
        </message>
        <message>
            <source>caseapp found text that was typed but not saved, for example because the program was closed unexpectedly. Open the form to restore it, or discard it.</source>
            <translation>입력했지만 저장되지 않은 내용이 있습니다(예: 프로그램이 갑자기 종료된 경우). 양식을 열어 복원하거나 버리세요.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>양식</translation>
        </message>
        <message>
            <source>Last typed</source>
            <translation>최종 입력 일시</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>버리기</translation>
        </message>
        <message>
            <source>(new case)</source>
            <translation>(새 사례)</translation>
        </message>
    </context>
    <context>
        <name>EcoMapTab</name>
        <message>
            <source>Start the closing map from the intake map</source>
            <translation>초기 생태도로 종결 생태도 시작</translation>
        </message>
        <message>
            <source>Eco-map</source>
            <translation>생태도</translation>
        </message>
        <message>
            <source>Genogram</source>
            <translation>가계도</translation>
        </message>
        <message>
            <source>referral: %1</source>
            <translation>의뢰: %1</translation>
        </message>
        <message>
            <source>flow of support / energy</source>
            <translation>지지·에너지의 흐름</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>대상자</translation>
        </message>
        <message>
            <source>Add household members on the intake tab to draw the genogram.</source>
            <translation>가계도를 그리려면 초기상담 탭에서 가구원을 추가하세요.</translation>
        </message>
        <message>
            <source>Living together</source>
            <translation>동거 가구</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export PDF</source>
            <translation>PDF 내보내기</translation>
        </message>
        <message>
            <source>Print record</source>
            <translation>기록 인쇄</translation>
        </message>
        <message>
            <source>Case %1 (%2)</source>
            <translation>사례 %1 (%2)</translation>
        </message>
        <message>
            <source>%1 cases, one PDF each</source>
            <translation>사례 %1건, 사례마다 PDF 한 개</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>포함할 내용</translation>
        </message>
        <message>
            <source>Only records dated from</source>
            <translation>다음 기간의 기록만:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>~</translation>
        </message>
        <message>
            <source>Redacted copy for sharing (resident no., phone, address masked)</source>
            <translation>공유용 가림 사본(주민등록번호·연락처·주소 가림)</translation>
        </message>
        <message>
            <source>Sign digitally</source>
            <translation>전자서명</translation>
        </message>
        <message>
            <source>Visible signature stamp on the last page</source>
            <translation>마지막 쪽에 서명 표시</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>저장 위치</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <source>empty: for the agency's own use</source>
            <translation>비워 두면 기관 내부용</translation>
        </message>
        <message>
            <source>No consent of this client covers giving the record to %1. Write the legal basis beside the reason, then export again.</source>
            <translation>이 대상자의 동의로는 %1에 기록을 제공할 수 없습니다. 사유 옆에 법적 근거를 적고 다시 내보내세요.</translation>
        </message>
        <message>
            <source>Given to</source>
            <translation>제공받는 곳</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF 저장</translation>
        </message>
        <message>
            <source>Choose at least one section.</source>
            <translation>항목을 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <source>Choose where to save.</source>
            <translation>저장할 위치를 선택하세요.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>내보내는 중…</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>%2건 중 %1번째 내보내는 중…</translation>
        </message>
        <message>
            <source>Saved %1 PDF file(s) to %2</source>
            <translation>PDF %1개를 저장했습니다: %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpActionDialog</name>
        <message>
            <source>%1 %2 · due %3</source>
            <translation>%1 %2 · 예정일 %3</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>사후관리 실시</translation>
        </message>
        <message>
            <source>Postpone follow-up</source>
            <translation>사후관리 연기</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSchedule</name>
        <message>
            <source>Plan these contacts</source>
            <translation>이 일정으로 잡기</translation>
        </message>
        <message>
            <source>Save the termination first: the contacts are counted from its date.</source>
            <translation>종결 기록을 먼저 저장하세요. 일정은 종결일부터 셉니다.</translation>
        </message>
        <message>
            <source>Will plan: %1</source>
            <translation>잡을 일정: %1</translation>
        </message>
        <message>
            <source>Nothing left to plan: these dates have passed or have a contact near them (see the Follow-up tab).</source>
            <translation>더 잡을 일정이 없습니다. 날짜가 지났거나 그 무렵에 이미 잡힌 연락이 있습니다(사후관리 탭 참고).</translation>
        </message>
        <message>
            <source>%1 follow-up contacts planned</source>
            <translation>사후관리 %1건을 일정에 넣었습니다</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTab</name>
        <message>
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>방법</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>실시일</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>재개입</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>Reopen case…</source>
            <translation>사례 재개…</translation>
        </message>
        <message>
            <source>A follow-up contact found that the case should be reopened.</source>
            <translation>사후관리 연락 결과 재개입이 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Created</source>
            <translation>작성</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>수정</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>서명</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>추가기록</translation>
        </message>
        <message>
            <source>Stage moved</source>
            <translation>단계 이동</translation>
        </message>
        <message>
            <source>Checklist ticked</source>
            <translation>점검표 체크</translation>
        </message>
        <message>
            <source>Checklist unticked</source>
            <translation>점검표 체크 해제</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>내보냄</translation>
        </message>
        <message>
            <source>Moved in the plan</source>
            <translation>계획 순서 변경</translation>
        </message>
        <message>
            <source>Export withdrawn</source>
            <translation>내보내기 철회</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>사후관리 실시</translation>
        </message>
        <message>
            <source>Follow-up postponed</source>
            <translation>사후관리 연기</translation>
        </message>
        <message>
            <source>Given to a third party</source>
            <translation>제3자 제공</translation>
        </message>
        <message>
            <source>Received by sync</source>
            <translation>동기화로 받음</translation>
        </message>
        <message>
            <source>Sync conflict settled</source>
            <translation>동기화 충돌 해결</translation>
        </message>
        <message>
            <source>Handed to a colleague (agency hub)</source>
            <translation>다른 담당자에게 넘김(기관 허브)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>What</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>점검표</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPanel</name>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>Genogram: household members</source>
            <translation>가계도: 가구원</translation>
        </message>
        <message>
            <source>The genogram is drawn from these people: the dashed line encloses those who live with the client. Relation words (모, 배우자, 딸, 시어머니 …) place them.</source>
            <translation>가계도는 아래 가구원으로 그립니다. 점선 안은 대상자와 함께 사는 사람입니다. 관계(모, 배우자, 딸, 시어머니 …)에 따라 세대와 자리가 정해집니다.</translation>
        </message>
        <message>
            <source>Edit household members…</source>
            <translation>가구원 편집…</translation>
        </message>
    </context>
    <context>
        <name>HubAccessModel</name>
        <message>
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>허브 사용자</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>행위</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>사례번호</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>기록 번호</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>기기</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>접속 주소</translation>
        </message>
        <message>
            <source>(no case number)</source>
            <translation>(사례번호 없음)</translation>
        </message>
        <message>
            <source>case read (sync)</source>
            <translation>사례 열람(동기화로 받음)</translation>
        </message>
    </context>
    <context>
        <name>HubAccessTab</name>
        <message>
            <source>Every read of a case by someone it is not assigned to is recorded on the hub, chained so that any change shows, kept 2 years and reviewed at least once a month (안전성 확보조치 기준 제8조).</source>
            <translation>담당이 아닌 사람이 사례를 열람할 때마다 허브에 접속기록이 남습니다. 기록은 위변조가 드러나도록 사슬로 묶여 2년간 보관되며, 월 1회 이상 점검합니다(안전성 확보조치 기준 제8조).</translation>
        </message>
        <message>
            <source>Case number or hub user</source>
            <translation>사례번호 또는 허브 사용자</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>다시 읽기</translation>
        </message>
        <message>
            <source>Mark month as reviewed</source>
            <translation>점검 완료</translation>
        </message>
        <message>
            <source>Delete records past 2 years…</source>
            <translation>2년 지난 기록 삭제…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Only the hub's administrator (the address that ran 'caseapp hub init') sees the access records. Log in with that address to review them.</source>
            <translation>접속기록은 허브 관리자('caseapp hub init'을 실행한 주소)만 볼 수 있습니다. 점검하려면 그 주소로 연결하세요.</translation>
        </message>
        <message>
            <source>Only a month that has ended is reviewed.</source>
            <translation>끝난 달만 점검할 수 있습니다.</translation>
        </message>
        <message>
            <source>Reading the hub's access records…</source>
            <translation>허브 접속기록을 읽는 중…</translation>
        </message>
        <message>
            <source>The access records of %1 are not reviewed yet: the rule asks for a review at least once a month.</source>
            <translation>%1 접속기록을 아직 점검하지 않았습니다. 월 1회 이상 점검해야 합니다.</translation>
        </message>
        <message>
            <source>Chain checked: all %1 access records kept on the hub are unaltered.</source>
            <translation>사슬 확인 완료: 허브에 보관된 접속기록 %1건 모두 위변조 없음.</translation>
        </message>
        <message>
            <source>the chain is broken at record no. %1 (it or the one before it was changed or deleted; the %2 records before it check)</source>
            <translation>기록 %1번에서 사슬이 끊겼습니다(그 기록이나 바로 앞 기록이 고쳐지거나 지워졌습니다. 그 앞의 %2건은 이상 없음)</translation>
        </message>
        <message>
            <source>records of reviewed months were removed or rewritten: %1</source>
            <translation>점검한 달의 기록이 지워지거나 바뀌었습니다: %1</translation>
        </message>
        <message>
            <source>ALTERED: %1. Keep the hub as it is and tell the privacy officer.</source>
            <translation>위변조 발견: %1. 허브를 그대로 두고 개인정보 보호책임자에게 알리세요.</translation>
        </message>
        <message>
            <source>%1: %2 access record(s).</source>
            <translation>%1: 접속기록 %2건.</translation>
        </message>
        <message>
            <source>By hub user: %1.</source>
            <translation>허브 사용자별: %1.</translation>
        </message>
        <message>
            <source>%1 has not been reviewed yet.</source>
            <translation>%1은(는) 아직 점검하지 않았습니다.</translation>
        </message>
        <message>
            <source>Reviewed before: %1.</source>
            <translation>이전 점검: %1.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1에 %2</translation>
        </message>
        <message>
            <source>Reviewed on %1 by %2 (%3 record(s) at the time).</source>
            <translation>%1에 %2이(가) 점검 완료(당시 %3건).</translation>
        </message>
        <message>
            <source>Review again</source>
            <translation>다시 점검</translation>
        </message>
        <message>
            <source>%1 was already reviewed: %2 Record another review? The earlier one is kept on the hub.</source>
            <translation>%1은(는) 이미 점검했습니다: %2 점검을 한 번 더 기록할까요? 이전 점검 기록은 허브에 그대로 남습니다.</translation>
        </message>
        <message>
            <source>Review of %1 recorded: %2 access record(s).</source>
            <translation>%1 점검을 기록했습니다: 접속기록 %2건.</translation>
        </message>
        <message>
            <source>Recording the review…</source>
            <translation>점검을 기록하는 중…</translation>
        </message>
        <message>
            <source>No access record is older than 2 years: nothing to delete.</source>
            <translation>2년 지난 접속기록이 없습니다. 지울 것이 없습니다.</translation>
        </message>
        <message>
            <source>Delete records past 2 years</source>
            <translation>2년 지난 기록 삭제</translation>
        </message>
        <message>
            <source>Delete the %1 access record(s) older than 2 years from the hub? They are kept 2 years; this cannot be undone. The chain still checks every record kept.</source>
            <translation>2년 지난 접속기록 %1건을 허브에서 지울까요? 접속기록은 2년간 보관하며, 지운 기록은 되돌릴 수 없습니다. 남은 기록은 계속 사슬로 확인됩니다.</translation>
        </message>
        <message>
            <source>Deleted %1 access record(s) older than 2 years.</source>
            <translation>2년 지난 접속기록 %1건을 지웠습니다.</translation>
        </message>
        <message>
            <source>Deleting records past 2 years…</source>
            <translation>2년 지난 기록을 지우는 중…</translation>
        </message>
    </context>
    <context>
        <name>HubAdminDialog</name>
        <message>
            <source>Agency hub administration</source>
            <translation>기관 허브 관리</translation>
        </message>
        <message>
            <source>AB:CD:… as 'caseapp hub init' printed</source>
            <translation>AB:CD:… ('caseapp hub init'이 출력한 지문)</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>연결</translation>
        </message>
        <message>
            <source>Administrator's address</source>
            <translation>관리자 주소</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>암호</translation>
        </message>
        <message>
            <source>Server certificate (SHA-256)</source>
            <translation>서버 인증서(SHA-256)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>사용자</translation>
        </message>
        <message>
            <source>Case assignments</source>
            <translation>사례 배정</translation>
        </message>
        <message>
            <source>History</source>
            <translation>이력</translation>
        </message>
        <message>
            <source>Access records</source>
            <translation>접속기록</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>팀</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>기기</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>마지막 동기화</translation>
        </message>
        <message>
            <source>a-z, 0-9 and _, a letter first</source>
            <translation>영문 소문자로 시작, a-z·0-9·_</translation>
        </message>
        <message>
            <source>New hub password</source>
            <translation>새 허브 암호</translation>
        </message>
        <message>
            <source>Hub password again</source>
            <translation>허브 암호 다시 입력</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>사용자 추가</translation>
        </message>
        <message>
            <source>Change kind and team</source>
            <translation>종류·팀 변경</translation>
        </message>
        <message>
            <source>Set new password</source>
            <translation>새 암호 설정</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>사례번호</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Assigned at</source>
            <translation>배정 일시</translation>
        </message>
        <message>
            <source>Assigned by</source>
            <translation>배정한 사람</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>재배정</translation>
        </message>
        <message>
            <source>Hand the selected case to</source>
            <translation>선택한 사례를 넘길 사람</translation>
        </message>
        <message>
            <source>Every change of a user's role, team or login and every case assignment is kept on the hub for 3 years (안전성 확보조치 기준 제5조); newest first.</source>
            <translation>사용자의 권한·팀·로그인 변경과 모든 사례 배정은 허브에 3년간 보관됩니다(안전성 확보조치 기준 제5조). 최근 것이 위에 있습니다.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <source>By</source>
            <translation>처리자</translation>
        </message>
        <message>
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Give the administrator's address and password.</source>
            <translation>관리자 주소와 암호를 입력하세요.</translation>
        </message>
        <message>
            <source>Connecting to the hub…</source>
            <translation>허브에 연결하는 중…</translation>
        </message>
        <message>
            <source>Connected as %1.</source>
            <translation>%1(으)로 연결했습니다.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>처리하는 중…</translation>
        </message>
        <message>
            <source>The hub refused (nothing was changed): %1</source>
            <translation>허브가 거부했습니다(아무것도 바뀌지 않았습니다): %1</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>두 암호가 서로 다릅니다.</translation>
        </message>
        <message>
            <source>Hub user added: %1</source>
            <translation>허브 사용자를 추가했습니다: %1</translation>
        </message>
        <message>
            <source>Hub user changed: %1</source>
            <translation>허브 사용자를 바꿨습니다: %1</translation>
        </message>
        <message>
            <source>New hub password set for %1; that computer joins the hub again with it.</source>
            <translation>%1의 새 허브 암호를 설정했습니다. 그 컴퓨터는 새 암호로 허브에 다시 참여합니다.</translation>
        </message>
        <message>
            <source>Deactivate hub user %1? They can no longer log in or sync; their cases stay assigned to them until you hand them to a colleague.</source>
            <translation>허브 사용자 %1을(를) 사용 중지할까요? 그 사용자는 더 이상 로그인하거나 동기화할 수 없습니다. 맡은 사례는 다른 담당자에게 넘길 때까지 그대로 배정되어 있습니다.</translation>
        </message>
        <message>
            <source>Hub user deactivated: %1. Hand their cases to a colleague.</source>
            <translation>허브 사용자의 로그인을 막았습니다: %1. 맡은 사례는 다른 담당자에게 넘기세요.</translation>
        </message>
        <message>
            <source>Choose a case and the colleague who takes it.</source>
            <translation>사례와 그 사례를 맡을 동료를 고르세요.</translation>
        </message>
        <message>
            <source>Case %1 is now assigned to %2; it moves at each computer's next sync.</source>
            <translation>사례 %1을(를) %2에게 넘겼습니다. 각 컴퓨터의 다음 동기화 때 옮겨집니다.</translation>
        </message>
    </context>
    <context>
        <name>HubAdminViews</name>
        <message>
            <source>practitioner</source>
            <translation>실무자</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>팀장</translation>
        </message>
        <message>
            <source>director</source>
            <translation>관장</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>case %1: %2 → %3</source>
            <translation>사례 %1: %2 → %3</translation>
        </message>
        <message>
            <source>case %1 assigned to %2</source>
            <translation>사례 %1을(를) %2에게 배정</translation>
        </message>
        <message>
            <source>user %1 added</source>
            <translation>사용자 %1 추가</translation>
        </message>
        <message>
            <source>user %1 deactivated</source>
            <translation>사용자 %1 사용 중지</translation>
        </message>
        <message>
            <source>user %1 activated again</source>
            <translation>사용자 %1 다시 사용</translation>
        </message>
        <message>
            <source>user %1 changed</source>
            <translation>사용자 %1 변경</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message>
            <source>Agency hub</source>
            <translation>기관 허브</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>허브 주소</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>허브 사용자</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>허브 암호</translation>
        </message>
        <message>
            <source>Server certificate (SHA-256)</source>
            <translation>서버 인증서(SHA-256)</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>연결</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>허브</translation>
        </message>
        <message>
            <source>User</source>
            <translation>사용자</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>마지막 동기화</translation>
        </message>
        <message>
            <source>Changes not sent yet</source>
            <translation>아직 보내지 않은 변경</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>열린 충돌</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>지금 동기화</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>동기화 중…</translation>
        </message>
        <message>
            <source>Fill in all four fields; the fingerprint is the one 'caseapp hub init' printed.</source>
            <translation>네 칸을 모두 채우세요. 지문은 'caseapp hub init'이 출력한 것입니다.</translation>
        </message>
        <message>
            <source>Joining the hub…</source>
            <translation>허브에 연결하는 중…</translation>
        </message>
        <message>
            <source>Joined the hub.</source>
            <translation>허브에 연결했습니다.</translation>
        </message>
        <message>
            <source>Synced.</source>
            <translation>동기화했습니다.</translation>
        </message>
    </context>
    <context>
        <name>HubStatsDialog</name>
        <message>
            <source>Agency statistics</source>
            <translation>기관 통계</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>허브 주소</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>허브 사용자</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>허브 암호</translation>
        </message>
        <message>
            <source>Server certificate (SHA-256)</source>
            <translation>서버 인증서(SHA-256)</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>허브</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Figures only: the hub gives no case, name or note here.</source>
            <translation>집계 수치만 보여 줍니다. 사례·이름·기록 내용은 허브가 여기로 보내지 않습니다.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>종료일이 시작일보다 앞섭니다.</translation>
        </message>
        <message>
            <source>Fill in the hub's address, user, password and the fingerprint 'caseapp hub init' printed.</source>
            <translation>허브 주소, 사용자, 암호와 'caseapp hub init'이 출력한 인증서 지문을 모두 입력하세요.</translation>
        </message>
        <message>
            <source>Asking the hub…</source>
            <translation>허브에 묻는 중…</translation>
        </message>
    </context>
    <context>
        <name>HubSync</name>
        <message>
            <source>Hub: syncing…</source>
            <translation>허브: 동기화 중…</translation>
        </message>
        <message>
            <source>%1 conflict(s) to resolve</source>
            <translation>해결할 충돌 %1건</translation>
        </message>
        <message>
            <source>never</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Hub: synced %1</source>
            <translation>허브: %1 동기화함</translation>
        </message>
        <message>
            <source>Hub: not reachable (last sync %1)</source>
            <translation>허브: 연결 안 됨(마지막 동기화 %1)</translation>
        </message>
        <message>
            <source>Hub sync failed.</source>
            <translation>허브 동기화에 실패했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ImplementationTab</name>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>직접</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>접촉</translation>
        </message>
        <message>
            <source>With</source>
            <translation>접촉 대상</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>분</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>자원</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>의뢰일</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Referral letter for the selected referral…</source>
            <translation>선택한 의뢰의 의뢰서…</translation>
        </message>
        <message>
            <source>No resources yet: add organisations and people in the resource directory, then refer to them here.</source>
            <translation>아직 자원이 없습니다. 자원망에서 기관·사람을 먼저 추가한 뒤 여기에서 의뢰하세요.</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>직접</translation>
        </message>
        <message>
            <source>indirect</source>
            <translation>간접</translation>
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>Client and intake</source>
            <translation>대상자 정보 및 초기상담</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>가구원</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>동의</translation>
        </message>
        <message>
            <source>No valid consent yet for: %1</source>
            <translation>아직 유효한 동의가 없는 항목: %1</translation>
        </message>
        <message>
            <source>A consent was withdrawn. Tell those who received data under it:</source>
            <translation>철회된 동의가 있습니다. 이 동의로 정보를 받은 곳에 알리세요:</translation>
        </message>
    </context>
    <context>
        <name>JumpBar</name>
        <message>
            <source>Go to:</source>
            <translation>바로 가기:</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>caseapp is locked</source>
            <translation>caseapp이 잠겨 있습니다</translation>
        </message>
        <message>
            <source>Client data is hidden. Anything you were typing is kept. Enter your passphrase to continue.</source>
            <translation>대상자 정보가 가려졌습니다. 입력하던 내용은 그대로 있습니다. 계속하려면 암호를 입력하세요.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>잠금 해제</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Unlock with the recovery key…</source>
            <translation>암호를 잊으셨나요? 복구 키로 잠금 해제…</translation>
        </message>
        <message>
            <source>Quit caseapp</source>
            <translation>caseapp 끝내기</translation>
        </message>
        <message>
            <source>Unsaved typing is kept as an encrypted draft for the next start.</source>
            <translation>저장하지 않은 입력 내용은 암호화된 임시 저장본으로 남아 다음에 시작할 때 다시 보여 줍니다.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인하는 중…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Case management</source>
            <translation>사례관리</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>사례 목록</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>새 사례(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Find case</source>
            <translation>사례 찾기(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>PDF 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>Export &amp;listed cases…</source>
            <translation>목록의 사례 모두 내보내기(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>잠그기(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>오늘(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>사례 목록(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Resource directory</source>
            <translation>자원망(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Statistics and reports…</source>
            <translation>통계·실적(&amp;S)…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>설정(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;About caseapp</source>
            <translation>caseapp 정보(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Print record…</source>
            <translation>기록 인쇄(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Referral letter…</source>
            <translation>의뢰서(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Blank home-visit forms…</source>
            <translation>가정방문용 빈 서식(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>서명된 PDF 검증(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Access-log review…</source>
            <translation>접속기록 점검(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>도구(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>Privacy &amp;registers…</source>
            <translation>개인정보 대장(&amp;R)…</translation>
        </message>
        <message>
            <source>Client's own &amp;copy…</source>
            <translation>본인 열람용 사본(&amp;C)…</translation>
        </message>
        <message>
            <source>Correction re&amp;quest…</source>
            <translation>정정·삭제 요구(&amp;Q)…</translation>
        </message>
        <message>
            <source>%1 cases loaded</source>
            <translation>사례 %1건을 불러왔습니다</translation>
        </message>
        <message>
            <source>Checking the case file for damage in the background…</source>
            <translation>사례 파일에 손상된 곳이 있는지 뒤에서 검사하고 있습니다…</translation>
        </message>
        <message>
            <source>The case file was checked: no damage found.</source>
            <translation>사례 파일 검사를 마쳤습니다. 손상된 곳이 없습니다.</translation>
        </message>
        <message>
            <source>Ctrl+S saves, Ctrl+E exports this case</source>
            <translation>Ctrl+S 저장, Ctrl+E 이 사례 내보내기</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경 내용</translation>
        </message>
        <message>
            <source>Some entries have not been saved yet. Save them now?</source>
            <translation>아직 저장하지 않은 기록이 있습니다. 지금 저장할까요?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Open a case or select cases in the list first.</source>
            <translation>먼저 사례를 열거나 목록에서 사례를 선택하세요.</translation>
        </message>
        <message>
            <source>Print record</source>
            <translation>기록 인쇄</translation>
        </message>
        <message>
            <source>Open a case or select one in the list first.</source>
            <translation>먼저 사례를 열거나 목록에서 하나를 선택하세요.</translation>
        </message>
        <message>
            <source>Referral letter</source>
            <translation>의뢰서</translation>
        </message>
        <message>
            <source>Open the case first: the letter is written for one of its referrals.</source>
            <translation>먼저 사례를 여세요. 의뢰서는 그 사례의 자원 의뢰 기록마다 작성합니다.</translation>
        </message>
        <message>
            <source>Client's own copy</source>
            <translation>본인 열람용 사본</translation>
        </message>
        <message>
            <source>Open the case first.</source>
            <translation>먼저 사례를 여세요.</translation>
        </message>
        <message>
            <source>Correction request</source>
            <translation>정정·삭제 요구</translation>
        </message>
        <message>
            <source>What does the client ask to correct or delete?</source>
            <translation>대상자가 무엇을 고치거나 지워 달라고 했나요?</translation>
        </message>
        <message>
            <source>Correction request recorded. Answer by %1 (listed in Today).</source>
            <translation>정정·삭제 요구를 기록했습니다. %1까지 답변하세요(오늘 목록에 표시됩니다).</translation>
        </message>
        <message>
            <source>&amp;Export changes…</source>
            <translation>내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Import changes…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>충돌 해결(&amp;C)…</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>동기화(&amp;Y)</translation>
        </message>
        <message>
            <source>Agency &amp;hub…</source>
            <translation>기관 허브(&amp;H)…</translation>
        </message>
        <message>
            <source>Agency hub &amp;administration…</source>
            <translation>기관 허브 관리(&amp;A)…</translation>
        </message>
        <message>
            <source>Agency &amp;statistics…</source>
            <translation>기관 통계(&amp;S)…</translation>
        </message>
        <message>
            <source>Import changes</source>
            <translation>동기화 가져오기</translation>
        </message>
        <message>
            <source>caseapp sync files (*%1)</source>
            <translation>caseapp 동기화 파일 (*%1)</translation>
        </message>
        <message>
            <source>Resolve conflicts</source>
            <translation>충돌 해결</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>The new language is used from the next start of caseapp.</source>
            <translation>새 언어는 caseapp을 다시 시작하면 적용됩니다.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringTab</name>
        <message>
            <source>GAS score per goal</source>
            <translation>목표별 GAS 점수</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>아직 목표가 없습니다.</translation>
        </message>
        <message>
            <source>No service rows (tasks) in the plan yet.</source>
            <translation>계획에 아직 서비스(과업)가 없습니다.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>일자</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>계획 이행</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>결정</translation>
        </message>
        <message>
            <source>GAS T</source>
            <translation>GAS T점수</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>점검 내용</translation>
        </message>
        <message>
            <source>GAS progress per goal</source>
            <translation>목표별 GAS 변화</translation>
        </message>
        <message>
            <source>GAS T-score: 50 means the goals were met as expected; above 50, better than expected.</source>
            <translation>GAS T점수: 50은 목표를 기대 수준만큼 달성했다는 뜻이며, 50보다 높으면 기대보다 나은 것입니다.</translation>
        </message>
        <message>
            <source>No goals yet</source>
            <translation>아직 목표가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>새 사례</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>사례 등록</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>새 암호</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>암호 확인</translation>
        </message>
        <message>
            <source>Too short: at least %1 characters.</source>
            <translation>너무 짧습니다: %1자 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Weak: make it longer or mix letters, digits and symbols.</source>
            <translation>약함: 더 길게 하거나 문자·숫자·기호를 섞으세요.</translation>
        </message>
        <message>
            <source>Fair: a few more words would make it much stronger.</source>
            <translation>보통: 단어를 몇 개 더 넣으면 훨씬 강해집니다.</translation>
        </message>
        <message>
            <source>Good.</source>
            <translation>좋음.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>강함.</translation>
        </message>
        <message>
            <source>Use a sentence only you know, at least %1 characters. Korean is fine.</source>
            <translation>나만 아는 문장을 %1자 이상으로 쓰세요. 한글도 됩니다.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>두 암호가 서로 다릅니다.</translation>
        </message>
        <message>
            <source>The passphrase must be at least %1 characters long.</source>
            <translation>암호는 %1자 이상이어야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>PdfDocumentDialog</name>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF 저장</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>저장 위치</translation>
        </message>
        <message>
            <source>Choose where to save.</source>
            <translation>저장할 위치를 선택하세요.</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>PDF를 만드는 중…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>저장했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>PdfPrintPreview</name>
        <message>
            <source>Print preview: %1</source>
            <translation>인쇄 미리보기: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanningTab</name>
        <message>
            <source>Term</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Need area</source>
            <translation>욕구 영역</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>목표일</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과업</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>서비스 대상</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>수행자</translation>
        </message>
        <message>
            <source>In charge</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>빈도</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>우선순위</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>자원</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료일</translation>
        </message>
        <message>
            <source>New short-term goal</source>
            <translation>단기 목표 추가</translation>
        </message>
        <message>
            <source>A short-term goal under the selected long-term goal</source>
            <translation>선택한 장기 목표 아래에 단기 목표를 추가합니다</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>위로</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+↑</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>아래로</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+↓</translation>
        </message>
        <message>
            <source>Linked resources: %1</source>
            <translation>연계 자원: %1</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Save as PDF</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>PDF를 저장하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Save the PDF and print it from a computer that has one, or set up a printer and try again.</source>
            <translation>이 컴퓨터에는 설정된 프린터가 없습니다. PDF로 저장해 프린터가 있는 컴퓨터에서 인쇄하거나, 프린터를 설정한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>프린터 없음</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <source>The PDF could not be read for printing: %1</source>
            <translation>인쇄할 PDF를 읽지 못했습니다: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <source>Quick entry</source>
            <translation>빠른 기록</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Enter로 저장</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>기록 저장</translation>
        </message>
        <message>
            <source>%1 entry saved</source>
            <translation>%1 기록을 저장했습니다</translation>
        </message>
    </context>
    <context>
        <name>ReasonFields</name>
        <message>
            <source>Details (required for Other)</source>
            <translation>상세 내용(기타일 때 필수)</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>New</source>
            <translation>새로 작성</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>서명…</translation>
        </message>
        <message>
            <source>Add addendum…</source>
            <translation>추가기록 작성…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>삭제…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>An unfinished addendum to this entry was kept: click “Add addendum…” to continue it.</source>
            <translation>이 기록에 쓰다 만 추가기록이 남아 있습니다. ‘추가기록…’을 눌러 이어서 작성하세요.</translation>
        </message>
        <message>
            <source>Signed by %1 on %2. Locked: add an addendum to correct or add to it.</source>
            <translation>%2에 %1이 서명했습니다. 잠긴 기록입니다: 고치거나 덧붙이려면 추가기록을 작성하세요.</translation>
        </message>
        <message>
            <source>Editing the selected record</source>
            <translation>선택한 기록 수정 중</translation>
        </message>
        <message>
            <source>Signed by %1 on %2.</source>
            <translation>%1 서명, %2.</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>새 기록</translation>
        </message>
        <message>
            <source>Sign entry</source>
            <translation>기록 서명</translation>
        </message>
        <message>
            <source>Sign this entry under your name? A signed entry is locked: it can no longer be edited, only amended with an addendum.</source>
            <translation>이 기록에 본인 이름으로 서명할까요? 서명한 기록은 잠겨서 더 이상 수정할 수 없고 추가기록으로만 보완할 수 있습니다.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete this record? This cannot be undone.</source>
            <translation>이 기록을 삭제할까요? 되돌릴 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Unlock with the recovery key</source>
            <translation>복구 키로 잠금 해제</translation>
        </message>
        <message>
            <source>Type the recovery key you printed or wrote down when the case file was created (dashes and spaces do not matter), then choose a new passphrase. The old passphrase stops working.</source>
            <translation>사례 파일을 만들 때 인쇄하거나 적어 둔 복구 키를 입력하고(하이픈과 공백은 상관없음) 새 암호를 정하세요. 이전 암호는 더 이상 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Unlock and set passphrase</source>
            <translation>잠금 해제 및 새 암호 설정</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>복구 키</translation>
        </message>
        <message>
            <source>Type the recovery key.</source>
            <translation>복구 키를 입력하세요.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인하는 중…</translation>
        </message>
    </context>
    <context>
        <name>ReferralLetterDialog</name>
        <message>
            <source>Referral letter</source>
            <translation>의뢰서</translation>
        </message>
        <message>
            <source>Case %1 (%2): a letter to the organisation or person the client is referred to. It holds only what the referral needs (no resident registration number).</source>
            <translation>사례 %1 (%2): 대상자를 의뢰하는 기관이나 사람에게 보내는 의뢰서입니다. 의뢰에 필요한 내용만 담습니다(주민등록번호 제외).</translation>
        </message>
        <message>
            <source>Sign digitally</source>
            <translation>전자서명</translation>
        </message>
        <message>
            <source>PDF (can be signed)</source>
            <translation>PDF (전자서명 가능)</translation>
        </message>
        <message>
            <source>HWPX for Hangul (not signed)</source>
            <translation>한글 HWPX (서명 없음)</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>의뢰 기록</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>형식</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF 저장</translation>
        </message>
        <message>
            <source>Save HWPX</source>
            <translation>HWPX 저장</translation>
        </message>
    </context>
    <context>
        <name>RegistersDialog</name>
        <message>
            <source>Privacy registers</source>
            <translation>개인정보 대장</translation>
        </message>
        <message>
            <source>Save destruction register as signed PDF…</source>
            <translation>파기 대장을 서명된 PDF로 저장…</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>처리 결과 기록…</translation>
        </message>
        <message>
            <source>Destroy a case past retention…</source>
            <translation>보존기간이 지난 사례 파기…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례번호</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>파기 일시</translation>
        </message>
        <message>
            <source>By</source>
            <translation>파기한 사람</translation>
        </message>
        <message>
            <source>Data destroyed</source>
            <translation>파기한 개인정보</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>근거·사유</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>백업</translation>
        </message>
        <message>
            <source>Destructions (%1)</source>
            <translation>파기 대장 (%1)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>제공일</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>제공받는 곳</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>제공 항목</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>근거</translation>
        </message>
        <message>
            <source>no consent: %1</source>
            <translation>동의 없음: %1</translation>
        </message>
        <message>
            <source>Disclosures (%1)</source>
            <translation>제3자 제공 대장 (%1)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>접수일</translation>
        </message>
        <message>
            <source>Answer by</source>
            <translation>답변 기한</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>요구 내용</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>처리 결과</translation>
        </message>
        <message>
            <source>Correction requests (%1)</source>
            <translation>정정·삭제 요구 (%1)</translation>
        </message>
        <message>
            <source>Correction requests</source>
            <translation>정정·삭제 요구</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>먼저 요구를 고르세요.</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>어떻게 처리했나요?</translation>
        </message>
        <message>
            <source>What the client was told (needed for a refusal):</source>
            <translation>대상자에게 안내한 내용(거절이면 꼭 적으세요):</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>New database key</source>
            <translation>새 데이터베이스 키</translation>
        </message>
        <message>
            <source>The case file is re-encrypted under a new key. Old copies of the key file (in backups or the backup folder) then no longer open it, and the old recovery key stops working. Earlier backups keep their own key files and open with the passphrase that was valid when they were made.

This is your NEW recovery key. It works once you switch below.</source>
            <translation>사례 파일을 새 키로 다시 암호화합니다. 그러면 예전 키 파일 사본(백업이나 백업 폴더에 있는 것)으로는 더 이상 열 수 없고, 예전 복구 키도 쓸 수 없게 됩니다. 이전 백업은 각자의 키 파일을 가지고 있어 만들 때 유효했던 암호로 열립니다.

아래가 새 복구 키입니다. 아래에서 새 키로 바꾼 뒤부터 유효합니다.</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>준비하는 중…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <source>I have written down or printed the new recovery key</source>
            <translation>새 복구 키를 적어 두었거나 인쇄했습니다</translation>
        </message>
        <message>
            <source>Switch to the new key</source>
            <translation>새 키로 바꾸기</translation>
        </message>
        <message>
            <source>Re-encrypting…</source>
            <translation>다시 암호화하는 중…</translation>
        </message>
    </context>
    <context>
        <name>ResourcesWindow</name>
        <message>
            <source>Resource directory</source>
            <translation>자원망</translation>
        </message>
        <message>
            <source>Search name, service, contact, phone…</source>
            <translation>이름, 서비스, 담당자, 전화번호 검색…</translation>
        </message>
        <message>
            <source>New resource</source>
            <translation>새 자원</translation>
        </message>
        <message>
            <source>Save resource</source>
            <translation>자원 저장</translation>
        </message>
        <message>
            <source>Referral history</source>
            <translation>의뢰 이력</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>의뢰일</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Double-click to open the case.</source>
            <translation>두 번 클릭하면 사례가 열립니다.</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(활동 중 아님)</translation>
        </message>
        <message>
            <source>Referral history (%1)</source>
            <translation>의뢰 이력 (%1건)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>새로 작성</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>저장했습니다.</translation>
        </message>
    </context>
    <context>
        <name>RevealRow</name>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>The resident registration number is masked. Showing it is recorded in the audit trail.</source>
            <translation>주민등록번호는 가려져 있습니다. 보기를 누르면 감사 기록에 남습니다.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>가리기</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Add row</source>
            <translation>행 추가</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>행 삭제</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <source>Signed and locked</source>
            <translation>서명·잠금됨</translation>
        </message>
    </context>
    <context>
        <name>ScoresEditor</name>
        <message>
            <source>No goals yet: set goals in the planning stage.</source>
            <translation>아직 목표가 없습니다. 계획수립 단계에서 목표를 세우세요.</translation>
        </message>
    </context>
    <context>
        <name>SelectionDialog</name>
        <message>
            <source>Case %1 · %2</source>
            <translation>사례 %1 · %2</translation>
        </message>
        <message>
            <source>Record selection decision</source>
            <translation>대상자 선정 기록</translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <source>Record selection decision…</source>
            <translation>선정 결과 기록…</translation>
        </message>
        <message>
            <source>A decision is kept as written: to change the level, record a new decision. The newest by date is the one in force.</source>
            <translation>기록한 결정은 고치지 않고 그대로 남깁니다. 수준이 바뀌면 새 결정을 기록하세요. 날짜가 가장 늦은 결정이 현재 선정 결과입니다.</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>아직 선정 전입니다</translation>
        </message>
        <message>
            <source>In force: %1 (decided %2)</source>
            <translation>현재: %1 (%2 결정)</translation>
        </message>
        <message>
            <source>Selection recorded: %1</source>
            <translation>대상자 선정을 기록했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>General</source>
            <translation>일반</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>백업</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>기한 규칙</translation>
        </message>
        <message>
            <source> min</source>
            <translation>분</translation>
        </message>
        <message>
            <source>never</source>
            <translation>사용 안 함</translation>
        </message>
        <message>
            <source>Lock when the computer sleeps or the screen locks</source>
            <translation>컴퓨터가 절전 모드로 들어가거나 화면이 잠기면 잠그기</translation>
        </message>
        <message>
            <source>Sleep and screen-lock notices reach caseapp on Linux desktops; elsewhere the idle timer locks it.</source>
            <translation>절전·화면 잠금 알림은 리눅스 데스크톱에서만 전달됩니다. 다른 환경에서는 미사용 시간 타이머로 잠깁니다.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Lock after idle</source>
            <translation>미사용 시 잠금</translation>
        </message>
        <message>
            <source> years</source>
            <translation>년</translation>
        </message>
        <message>
            <source>Keep access records</source>
            <translation>접속기록 보관 기간</translation>
        </message>
        <message>
            <source>e.g. a USB stick; empty: only the data folder</source>
            <translation>예: USB 메모리. 비워 두면 데이터 폴더에만 백업</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Daily backup while caseapp runs</source>
            <translation>실행 중 매일 백업</translation>
        </message>
        <message>
            <source>Backup when caseapp closes</source>
            <translation>종료할 때 백업</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>생성 일시</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>위치</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <source>Restore selected backup…</source>
            <translation>선택한 백업으로 복원…</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>두 번째 백업 폴더</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>보관할 백업 수</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>암호 변경</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>현재 암호</translation>
        </message>
        <message>
            <source>data folder</source>
            <translation>데이터 폴더</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>백업하는 중…</translation>
        </message>
        <message>
            <source>Backup made: %1</source>
            <translation>백업했습니다: %1</translation>
        </message>
        <message>
            <source>Select a backup first.</source>
            <translation>먼저 백업을 선택하세요.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>백업 복원</translation>
        </message>
        <message>
            <source>Replace the case file with the backup from %1? The current file is backed up first, so nothing is lost.</source>
            <translation>사례 파일을 %1 백업으로 바꿀까요? 현재 파일을 먼저 백업하므로 잃는 것은 없습니다.</translation>
        </message>
        <message>
            <source>Changing…</source>
            <translation>변경하는 중…</translation>
        </message>
        <message>
            <source>The passphrase was changed. The old one no longer works.</source>
            <translation>암호를 바꿨습니다. 이전 암호는 더 이상 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>New database key</source>
            <translation>새 데이터베이스 키</translation>
        </message>
        <message>
            <source>Copies of the old key file (in backups or the backup folder) still open the case file with the old passphrase. Re-encrypt the case file under a new key now? A new recovery key is shown.</source>
            <translation>예전 키 파일 사본(백업이나 백업 폴더에 있는 것)으로는 예전 암호로 사례 파일을 계속 열 수 있습니다. 지금 사례 파일을 새 키로 다시 암호화할까요? 새 복구 키가 표시됩니다.</translation>
        </message>
        <message>
            <source>The settings could not be saved (is the data folder writable?).</source>
            <translation>설정을 저장하지 못했습니다(데이터 폴더에 쓸 수 있는지 확인하세요).</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Print the recovery key</source>
            <translation>복구 키 인쇄</translation>
        </message>
        <message>
            <source>caseapp recovery key</source>
            <translation>caseapp 복구 키</translation>
        </message>
        <message>
            <source>Keep this page somewhere safe. With it you can open the case file if the passphrase is forgotten. Anyone holding it and the file can read every case.</source>
            <translation>이 종이를 안전한 곳에 보관하세요. 암호를 잊었을 때 이 키로 사례 파일을 열 수 있습니다. 이 키와 파일을 가진 사람은 모든 사례를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>처음 시작하기</translation>
        </message>
        <message>
            <source>caseapp keeps every case in one encrypted file on this computer. Choose a passphrase to lock it; nobody can open the file without it.</source>
            <translation>caseapp은 모든 사례를 이 컴퓨터의 암호화된 파일 하나에 보관합니다. 파일을 잠글 암호를 정하세요. 암호 없이는 누구도 파일을 열 수 없습니다.</translation>
        </message>
        <message>
            <source>Add demo cases to try things out (fictional people)</source>
            <translation>연습용 예시 사례 추가(가상의 인물)</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>사례관리자 이름</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>Create the case file</source>
            <translation>사례 파일 만들기</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>기관명을 입력하세요.</translation>
        </message>
        <message>
            <source>Creating the encrypted file…</source>
            <translation>암호화된 파일을 만드는 중…</translation>
        </message>
        <message>
            <source>This is your recovery key. If you forget the passphrase, it is the ONLY way to open your cases. Print it or write it down and keep it locked away; it is shown only now.</source>
            <translation>복구 키입니다. 암호를 잊었을 때 사례를 열 수 있는 유일한 방법입니다. 인쇄하거나 적어서 안전한 곳에 보관하세요. 지금 한 번만 표시됩니다.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <source>I have written down or printed the recovery key</source>
            <translation>복구 키를 적어 두었거나 인쇄했습니다</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Please write down the recovery key and tick the box to continue.</source>
            <translation>복구 키를 적어 두고 확인란을 체크해야 계속할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>SignaturePart</name>
        <message>
            <source>Client's signature (draw with the mouse or a pen):</source>
            <translation>대상자 서명(마우스나 펜으로 쓰세요):</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <translation>서명 지우기</translation>
        </message>
        <message>
            <source>No signature drawn.</source>
            <translation>서명이 없습니다.</translation>
        </message>
        <message>
            <source>Signature drawn: it is saved with the agreement and printed on the plan.</source>
            <translation>서명했습니다. 동의 기록과 함께 저장되고 계획서에 인쇄됩니다.</translation>
        </message>
    </context>
    <context>
        <name>SingleRecordForm</name>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move to another stage</source>
            <translation>단계 이동</translation>
        </message>
        <message>
            <source>Current stage: %1</source>
            <translation>현재 단계: %1</translation>
        </message>
        <message>
            <source>Advance to: %1</source>
            <translation>다음 단계: %1</translation>
        </message>
        <message>
            <source>Back to: %1</source>
            <translation>이전 단계로: %1</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>이동</translation>
        </message>
        <message>
            <source>Before moving on, please check:</source>
            <translation>다음 단계로 가기 전에 확인하세요:</translation>
        </message>
        <message>
            <source>move on anyway</source>
            <translation>그래도 진행</translation>
        </message>
        <message>
            <source>Why does the case go back? (required)</source>
            <translation>이전 단계로 돌아가는 이유(필수)</translation>
        </message>
        <message>
            <source>Reason for moving on despite the warnings (required)</source>
            <translation>경고에도 진행하는 이유(필수)</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>메모(선택)</translation>
        </message>
        <message>
            <source>Tick each warning you want to override, and give a reason.</source>
            <translation>무시할 경고를 각각 체크하고 이유를 적으세요.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics and activity reports</source>
            <translation>통계·실적</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>분기</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>기간 지정</translation>
        </message>
        <message>
            <source>All case managers</source>
            <translation>전체 사례관리자</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>모든 선정 수준</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>보고서 저장…</translation>
        </message>
        <message>
            <source>Excel (.xlsx), CSV, signed PDF or 한글 (.hwpx)</source>
            <translation>엑셀(.xlsx), CSV, 전자서명 PDF 또는 한글(.hwpx)</translation>
        </message>
        <message>
            <source>Case manager:</source>
            <translation>사례관리자:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Screen / item</source>
            <translation>화면 / 항목</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>수치</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>그래프</translation>
        </message>
        <message>
            <source>Transcription sheet</source>
            <translation>전사표</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>정의</translation>
        </message>
        <message>
            <source>Click a figure to see the records behind it.</source>
            <translation>수치를 누르면 그 수치에 해당하는 기록이 나옵니다.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>대상자</translation>
        </message>
        <message>
            <source>Double-click to open the case.</source>
            <translation>두 번 누르면 사례가 열립니다.</translation>
        </message>
        <message>
            <source>%1 (month)</source>
            <translation>%1월</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>%1분기</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>집계 중…</translation>
        </message>
        <message>
            <source>%1 · definitions version %2</source>
            <translation>%1 · 정의 버전 %2</translation>
        </message>
        <message>
            <source>Services per month</source>
            <translation>월별 서비스 제공 건수</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>서비스 제공</translation>
        </message>
        <message>
            <source>Cases opened and closed per month</source>
            <translation>월별 신규 접수·종결</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>신규 접수</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <source>Services by practice type</source>
            <translation>실천 유형별 서비스</translation>
        </message>
        <message>
            <source>Services by contact mode</source>
            <translation>접촉 방법별 서비스</translation>
        </message>
        <message>
            <source>Need level per area, closed cases (0–3)</source>
            <translation>욕구 영역별 수준, 종결 사례(0–3)</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>초기</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>종결</translation>
        </message>
        <message>
            <source>Which date places a record in the period</source>
            <translation>기록을 기간에 넣는 기준일</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 불러오는 중…</translation>
        </message>
        <message>
            <source>%1: %2 record(s)</source>
            <translation>%1: %2건</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>보고서 저장</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf);;한글 (*.hwpx)</source>
            <translation>엑셀 (*.xlsx);;CSV (*.csv);;PDF (*.pdf);;한글 (*.hwpx)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>보고서를 만드는 중…</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>보고서를 저장했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsWindow</name>
        <message>
            <source>Sync: conflicts</source>
            <translation>동기화: 충돌 해결</translation>
        </message>
        <message>
            <source>These fields were changed on both machines. Both values are kept, and the record shows yours, until you choose; the next sync settles the other machine too.</source>
            <translation>아래 항목은 두 기기에서 모두 수정되었습니다. 선택할 때까지 두 값이 모두 보관되며 기록에는 이 PC의 값이 보입니다. 여기서 정한 결과는 다음 동기화 때 다른 기기에도 반영됩니다.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>사례</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>이 PC의 값</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>다른 기기의 값</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>이 PC의 값 유지</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>다른 기기의 값 적용</translation>
        </message>
        <message>
            <source>Or write the value yourself</source>
            <translation>또는 직접 수정</translation>
        </message>
        <message>
            <source>Save this value</source>
            <translation>이 값으로 저장</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>all cases</source>
            <translation>기관 공통</translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>해결할 충돌이 없습니다.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>This field is resolved by keeping one of the two values.</source>
            <translation>이 항목은 두 값 중 하나를 골라 해결합니다.</translation>
        </message>
        <message>
            <source>yours kept</source>
            <translation>이 PC의 값 유지</translation>
        </message>
        <message>
            <source>theirs kept</source>
            <translation>다른 기기의 값 적용</translation>
        </message>
        <message>
            <source>your new value saved</source>
            <translation>직접 수정한 값 저장</translation>
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
            <translation>동기화: 내보내기</translation>
        </message>
        <message>
            <source>Writes the changes your other device does not have yet into one encrypted file. Carry it on a USB stick and import it there.</source>
            <translation>다른 기기에 아직 없는 변경 내용을 암호화된 파일 하나로 씁니다. USB 메모리로 옮겨 그 기기에서 가져오기 하세요.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>The name your other devices show for this one, e.g. 사무실 PC</source>
            <translation>다른 기기에서 이 PC를 부르는 이름(예: 사무실 PC)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <source>For</source>
            <translation>받을 기기</translation>
        </message>
        <message>
            <source>This PC's name</source>
            <translation>이 PC의 이름</translation>
        </message>
        <message>
            <source>This PC's passphrase</source>
            <translation>이 PC의 암호</translation>
        </message>
        <message>
            <source>The new computer asks for this passphrase once, when it is set up from the file; then it keeps its own.</source>
            <translation>새 컴퓨터는 이 파일로 설정할 때 한 번만 이 암호를 묻고, 그 뒤로는 자기 암호를 씁니다.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Any of my devices (what one of them still lacks)</source>
            <translation>내 기기 어느 것이든(한 기기라도 아직 없는 변경)</translation>
        </message>
        <message>
            <source>A new computer of mine (all records, to set it up)</source>
            <translation>새 컴퓨터 설정용(모든 기록)</translation>
        </message>
        <message>
            <source>Choose a folder (for example the USB stick).</source>
            <translation>저장할 폴더를 선택하세요(예: USB 메모리).</translation>
        </message>
        <message>
            <source>No such folder: %1</source>
            <translation>폴더가 없습니다: %1</translation>
        </message>
        <message>
            <source>Enter this PC's passphrase: the new computer needs it to open the file.</source>
            <translation>이 PC의 암호를 입력하세요. 새 컴퓨터가 파일을 열 때 필요합니다.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>내보내는 중…</translation>
        </message>
        <message>
            <source>%1 changes written to %2</source>
            <translation>변경 %1건을 %2에 저장했습니다</translation>
        </message>
        <message>
            <source>Exporting… the window closes once the file is written.</source>
            <translation>내보내는 중… 파일을 다 쓰면 창이 닫힙니다.</translation>
        </message>
    </context>
    <context>
        <name>SyncImportDialog</name>
        <message>
            <source>Sync: import</source>
            <translation>동기화: 가져오기</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>파일: %1</translation>
        </message>
        <message>
            <source>New records</source>
            <translation>새 기록</translation>
        </message>
        <message>
            <source>Changed records</source>
            <translation>바뀐 기록</translation>
        </message>
        <message>
            <source>Conflicts (both values kept)</source>
            <translation>충돌(두 값 모두 보관)</translation>
        </message>
        <message>
            <source>Deletions</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Cases destroyed</source>
            <translation>파기된 사례</translation>
        </message>
        <message>
            <source>Changes here already</source>
            <translation>이미 있는 변경</translation>
        </message>
        <message>
            <source>These cases were destroyed on the other machine; importing destroys them here too, recorded in this PC's audit trail.</source>
            <translation>다른 기기에서 파기된 사례가 있습니다. 가져오면 이 PC에서도 파기되며, 이 PC의 감사 기록에 남습니다.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>적용</translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>충돌 해결…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cases this import changes</source>
            <translation>가져오면 바뀌는 사례</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>파일을 확인하는 중…</translation>
        </message>
        <message>
            <source>Nothing new: every change in this file is here already.</source>
            <translation>새로운 것이 없습니다. 이 파일의 변경은 모두 이미 있습니다.</translation>
        </message>
        <message>
            <source>Nothing has been changed yet. Apply takes a backup first, then imports everything in one step.</source>
            <translation>아직 아무것도 바뀌지 않았습니다. 적용하면 먼저 백업을 만든 뒤 한 번에 모두 가져옵니다.</translation>
        </message>
        <message>
            <source>Taking a backup and importing…</source>
            <translation>백업을 만들고 가져오는 중…</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 changed, %3 conflicts, %4 destroyed.</source>
            <translation>가져왔습니다: 새 기록 %1건, 바뀐 기록 %2건, 충돌 %3건, 파기 %4건.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Not imported: %1 The case file is as it was.</source>
            <translation>가져오지 못했습니다: %1 사례 파일은 그대로입니다.</translation>
        </message>
    </context>
    <context>
        <name>SyncText</name>
        <message>
            <source>d MMM HH:mm</source>
            <translation>M월 d일 HH:mm</translation>
        </message>
        <message>
            <source>d MMM yyyy HH:mm</source>
            <translation>yyyy년 M월 d일 HH:mm</translation>
        </message>
        <message>
            <source>This PC</source>
            <translation>이 PC</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>아직 없음</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>마지막 동기화: %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(비어 있음)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
    </context>
    <context>
        <name>TerminationTab</name>
        <message>
            <source>Closed on</source>
            <translation>종결일</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <source>Final GAS T</source>
            <translation>최종 GAS T점수</translation>
        </message>
        <message>
            <source>Intake compared with the closing assessment</source>
            <translation>초기사정과 종결사정 비교</translation>
        </message>
        <message>
            <source>No assessment yet</source>
            <translation>아직 사정 기록이 없습니다</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>변화: %1</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>&amp;Show</source>
            <translation>보기(&amp;S)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>Click a row to open its case.</source>
            <translation>행을 클릭하면 사례가 열립니다.</translation>
        </message>
        <message>
            <source>A follow-up contact can be settled here; anything else opens its case.</source>
            <translation>사후관리 연락은 여기서 바로 처리하고, 그 밖의 항목은 사례를 열어 처리합니다.</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>사례 열기(&amp;O)</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>실시 기록(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Postpone…</source>
            <translation>연기(&amp;P)…</translation>
        </message>
        <message>
            <source>The access records of %1 have not been reviewed yet. Review them now…</source>
            <translation>%1 접속기록을 아직 점검하지 않았습니다. 지금 점검하기…</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>오늘, %1</translation>
        </message>
        <message>
            <source>All kinds (%1)</source>
            <translation>전체 (%1)</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due soon</source>
            <translation>기한 지남 %1건, 곧 기한 %2건</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>실시 기록…</translation>
        </message>
        <message>
            <source>Postpone…</source>
            <translation>연기…</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>사례 열기</translation>
        </message>
        <message>
            <source>Follow-up of %1 marked done</source>
            <translation>%1 사후관리를 실시로 기록했습니다</translation>
        </message>
        <message>
            <source>Follow-up of %1 postponed</source>
            <translation>%1 사후관리를 연기했습니다</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock the case file</source>
            <translation>사례 파일 잠금 해제</translation>
        </message>
        <message>
            <source>Your cases are encrypted. Enter your passphrase to open them.</source>
            <translation>사례는 암호화되어 있습니다. 열려면 암호를 입력하세요.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>잠금 해제</translation>
        </message>
        <message>
            <source>Forgot passphrase…</source>
            <translation>암호를 잊었나요?…</translation>
        </message>
        <message>
            <source>Restore the newest good backup…</source>
            <translation>가장 최근의 정상 백업으로 복원…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>잠금 해제하는 중…</translation>
        </message>
        <message>
            <source>Updating the case file for this version of caseapp: a backup first, then the update. A large file can take a few minutes; please keep the program open.</source>
            <translation>새 버전에 맞게 사례 파일을 갱신하는 중입니다. 먼저 백업한 뒤 갱신합니다. 파일이 크면 몇 분 걸릴 수 있으니 프로그램을 닫지 마세요.</translation>
        </message>
        <message>
            <source>Your new passphrase is set. The old one no longer works.</source>
            <translation>새 암호를 설정했습니다. 이전 암호는 더 이상 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>No backup was found in the data folder or the backup folder.</source>
            <translation>데이터 폴더와 백업 폴더에서 백업을 찾지 못했습니다.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>백업 복원</translation>
        </message>
        <message>
            <source>Restore the backup from %1? The damaged file is kept aside, not deleted.</source>
            <translation>%1 백업으로 복원할까요? 손상된 파일은 지우지 않고 따로 보관합니다.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>복원하는 중…</translation>
        </message>
        <message>
            <source>Please read</source>
            <translation>꼭 읽어 주세요</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a signed PDF</source>
            <translation>서명된 PDF 검증</translation>
        </message>
        <message>
            <source>Choose a PDF exported by caseapp (or by a partner agency whose root certificate you imported) to see who signed it, when, and whether it is unchanged.</source>
            <translation>caseapp(또는 루트 인증서를 가져온 협력기관)에서 내보낸 PDF를 고르면 누가 언제 서명했는지, 그 뒤 바뀌지 않았는지 보여 줍니다.</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF 파일</translation>
        </message>
        <message>
            <source>Choose PDF…</source>
            <translation>PDF 선택…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>검증</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Choose a PDF file first.</source>
            <translation>먼저 PDF 파일을 선택하세요.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>검증하는 중…</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF.</source>
            <translation>이 파일은 PDF로 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>This PDF has no digital signature: nothing shows who made it or that it is unchanged.</source>
            <translation>이 PDF에는 전자서명이 없습니다. 누가 만들었는지, 바뀌지 않았는지 확인할 수 없습니다.</translation>
        </message>
        <message>
            <source>Valid: unchanged since it was signed, by a signer this installation trusts.</source>
            <translation>유효함: 서명된 뒤 바뀌지 않았고, 이 프로그램이 신뢰하는 서명자가 서명했습니다.</translation>
        </message>
        <message>
            <source>Not valid: see below what is wrong.</source>
            <translation>유효하지 않음: 무엇이 문제인지 아래에서 확인하세요.</translation>
        </message>
        <message>
            <source>Audit trail of this case file</source>
            <translation>이 사례 파일의 감사기록</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>서명자</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>서명 일시</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>변경 여부</translation>
        </message>
        <message>
            <source>Yes: not a byte has changed since it was signed</source>
            <translation>변경 없음: 서명된 뒤 바뀌지 않았습니다</translation>
        </message>
        <message>
            <source>No: the file was changed after it was signed</source>
            <translation>변경됨: 서명된 뒤 파일이 바뀌었습니다</translation>
        </message>
        <message>
            <source>Whole file signed</source>
            <translation>파일 전체 서명</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No: something was added after the signature</source>
            <translation>아니오: 서명 뒤에 내용이 덧붙었습니다</translation>
        </message>
        <message>
            <source>Trusted signer</source>
            <translation>신뢰하는 서명자</translation>
        </message>
        <message>
            <source>Yes: the signer's certificate comes from a root this installation trusts</source>
            <translation>예: 이 프로그램이 신뢰하는 루트 인증서에서 발급된 인증서입니다</translation>
        </message>
        <message>
            <source>No: the signer's certificate is not from a trusted root (a partner agency's root certificate can be imported with the command line's import-cert)</source>
            <translation>아니오: 신뢰하는 루트 인증서에서 발급된 인증서가 아닙니다(협력기관의 루트 인증서는 명령줄의 import-cert로 가져올 수 있습니다)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>상세</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>1 comes first.</source>
            <comment>1이 가장 먼저입니다.</comment>
            <translation>1이 가장 먼저입니다.</translation>
        </message>
        <message>
            <source>1. Caseload</source>
            <comment>1. 사례관리 대상 현황</comment>
            <translation>1. 사례관리 대상 현황</translation>
        </message>
        <message>
            <source>18 or younger</source>
            <comment>18세 이하</comment>
            <translation>18세 이하</translation>
        </message>
        <message>
            <source>19–39</source>
            <comment>19–39세</comment>
            <translation>19–39세</translation>
        </message>
        <message>
            <source>2. Clients</source>
            <comment>2. 대상자 특성</comment>
            <translation>2. 대상자 특성</translation>
        </message>
        <message>
            <source>3. Services (people and contacts)</source>
            <comment>3. 서비스 제공 실적(실인원·연인원)</comment>
            <translation>3. 서비스 제공 실적(실인원·연인원)</translation>
        </message>
        <message>
            <source>4. By practice type</source>
            <comment>4. 실천 유형별 제공</comment>
            <translation>4. 실천 유형별 제공</translation>
        </message>
        <message>
            <source>40–64</source>
            <comment>40–64세</comment>
            <translation>40–64세</translation>
        </message>
        <message>
            <source>5 years after the case closes</source>
            <comment>사례 종결 후 5년</comment>
            <translation>사례 종결 후 5년</translation>
        </message>
        <message>
            <source>5. By contact mode</source>
            <comment>5. 접촉 방법별 제공</comment>
            <translation>5. 접촉 방법별 제공</translation>
        </message>
        <message>
            <source>6. Resource linkage</source>
            <comment>6. 자원 연계(의뢰)</comment>
            <translation>6. 자원 연계(의뢰)</translation>
        </message>
        <message>
            <source>65 or older</source>
            <comment>65세 이상</comment>
            <translation>65세 이상</translation>
        </message>
        <message>
            <source>7. Conferences and reviews</source>
            <comment>7. 사례회의·점검</comment>
            <translation>7. 사례회의·점검</translation>
        </message>
        <message>
            <source>8. Closing and follow-up</source>
            <comment>8. 종결 및 사후관리</comment>
            <translation>8. 종결 및 사후관리</translation>
        </message>
        <message>
            <source>A period includes both its first and last day; a record counts when its date below falls inside it.</source>
            <comment>기간은 시작일과 종료일을 모두 포함합니다. 각 기록은 아래 '기준일'이 기간 안에 있을 때 셉니다.</comment>
            <translation>기간은 시작일과 종료일을 모두 포함합니다. 각 기록은 아래 '기준일'이 기간 안에 있을 때 셉니다.</translation>
        </message>
        <message>
            <source>A plan is the case's goals; it is in place on the day a case with goals first moves into implementation, and within the deadline means at most 30 days after intake. Cases closed without any goal count as 'closed without a plan'.</source>
            <comment>계획은 사례의 목표이며, 목표가 있는 사례가 처음 실행 단계로 옮긴 날을 계획 확정일로 봅니다. 기한 내 계획: 접수 후 30일 이내. 목표가 하나도 없이 종결된 사례는 '계획 없이 종결'로 셉니다.</comment>
            <translation>계획은 사례의 목표이며, 목표가 있는 사례가 처음 실행 단계로 옮긴 날을 계획 확정일로 봅니다. 기한 내 계획: 접수 후 30일 이내. 목표가 하나도 없이 종결된 사례는 '계획 없이 종결'로 셉니다.</translation>
        </message>
        <message>
            <source>A referral's status is its status now. Acceptance rate = referrals with an acceptance date (or status accepted, in service or completed) ÷ referrals sent in the period; days to acceptance = accepted − sent.</source>
            <comment>의뢰 상태는 보고 시점의 상태입니다. 접수율 = 접수일이 있는(또는 접수·서비스 중·완료 상태인) 의뢰 ÷ 기간 중 의뢰. 접수까지 일수 = 접수일 − 의뢰일.</comment>
            <translation>의뢰 상태는 보고 시점의 상태입니다. 접수율 = 접수일이 있는(또는 접수·서비스 중·완료 상태인) 의뢰 ÷ 기간 중 의뢰. 접수까지 일수 = 접수일 − 의뢰일.</translation>
        </message>
        <message>
            <source>A reopened case is not a new case: 'opened' counts the first intake date only; the day it moved back counts as 'reopened'. 'Closed' uses the current closing date, so a case closed again after reopening counts in the period of its last closing.</source>
            <comment>재개입한 사례는 새 사례가 아닙니다. 신규 접수는 처음 접수일로만 세고, 되돌린 날은 '재개입'으로 따로 셉니다. 종결은 현재 종결일(closed_on)로 세므로 재개입 뒤 다시 종결된 사례는 마지막 종결 기간에 셉니다.</comment>
            <translation>재개입한 사례는 새 사례가 아닙니다. 신규 접수는 처음 접수일로만 세고, 되돌린 날은 '재개입'으로 따로 셉니다. 종결은 현재 종결일(closed_on)로 세므로 재개입 뒤 다시 종결된 사례는 마지막 종결 기간에 셉니다.</translation>
        </message>
        <message>
            <source>Abuse and violence</source>
            <comment>학대·폭력</comment>
            <translation>학대·폭력</translation>
        </message>
        <message>
            <source>Abuse of a child, older or disabled person, domestic violence, neglect</source>
            <comment>아동·노인·장애인 학대, 가정폭력, 방임</comment>
            <translation>아동·노인·장애인 학대, 가정폭력, 방임</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <comment>의뢰 접수율</comment>
            <translation>의뢰 접수율</translation>
        </message>
        <message>
            <source>Accepted</source>
            <comment>접수</comment>
            <translation>접수</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <comment>접수일</comment>
            <translation>접수일</translation>
        </message>
        <message>
            <source>Access-log review</source>
            <comment>접속기록 점검</comment>
            <translation>접속기록 점검</translation>
        </message>
        <message>
            <source>Accompanying</source>
            <comment>동행</comment>
            <translation>동행</translation>
        </message>
        <message>
            <source>Achieved</source>
            <comment>달성</comment>
            <translation>달성</translation>
        </message>
        <message>
            <source>Acknowledge achieved change</source>
            <comment>달성된 변화 인정</comment>
            <translation>달성된 변화 인정</translation>
        </message>
        <message>
            <source>Acknowledge the effort and the change achieved.</source>
            <comment>그동안의 노력과 달성된 변화를 인정하고 격려합니다.</comment>
            <translation>그동안의 노력과 달성된 변화를 인정하고 격려합니다.</translation>
        </message>
        <message>
            <source>Active</source>
            <comment>활동 중</comment>
            <translation>활동 중</translation>
        </message>
        <message>
            <source>Actively acknowledge the effort made and the positive change achieved.</source>
            <comment>그동안의 노력과 달성된 긍정적 변화를 적극적으로 인정합니다.</comment>
            <translation>그동안의 노력과 달성된 긍정적 변화를 적극적으로 인정합니다.</translation>
        </message>
        <message>
            <source>Addendum</source>
            <comment>추가기록</comment>
            <translation>추가기록</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>주소</comment>
            <translation>주소</translation>
        </message>
        <message>
            <source>Address (lives at)</source>
            <comment>실거주지 주소</comment>
            <translation>실거주지 주소</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <comment>옹호</comment>
            <translation>옹호</translation>
        </message>
        <message>
            <source>After</source>
            <comment>사후</comment>
            <translation>사후</translation>
        </message>
        <message>
            <source>After intake and the needs and risk assessment, a case conference decides whether and at which level the case is managed.</source>
            <comment>초기상담과 욕구·위기도 조사 뒤 사례회의에서 사례관리 대상 여부와 수준을 정합니다.</comment>
            <translation>초기상담과 욕구·위기도 조사 뒤 사례회의에서 사례관리 대상 여부와 수준을 정합니다.</translation>
        </message>
        <message>
            <source>Age</source>
            <comment>나이</comment>
            <translation>나이</translation>
        </message>
        <message>
            <source>Age is in whole years on the period's last day.</source>
            <comment>연령은 기간 말일 기준 만 나이입니다.</comment>
            <translation>연령은 기간 말일 기준 만 나이입니다.</translation>
        </message>
        <message>
            <source>Agency</source>
            <comment>기관 정보</comment>
            <translation>기관 정보</translation>
        </message>
        <message>
            <source>Agency name</source>
            <comment>기관명</comment>
            <translation>기관명</translation>
        </message>
        <message>
            <source>Agency or resource</source>
            <comment>기관·자원</comment>
            <translation>기관·자원</translation>
        </message>
        <message>
            <source>Agency reporting or evaluation</source>
            <comment>기관 보고·평가</comment>
            <translation>기관 보고·평가</translation>
        </message>
        <message>
            <source>Agenda</source>
            <comment>안건</comment>
            <translation>안건</translation>
        </message>
        <message>
            <source>Agree the change the client wants and write it in their words.</source>
            <comment>클라이언트가 원하는 변화를 합의하여 그 말 그대로 적습니다.</comment>
            <translation>클라이언트가 원하는 변화를 합의하여 그 말 그대로 적습니다.</translation>
        </message>
        <message>
            <source>Agree the desired change</source>
            <comment>원하는 변화 합의</comment>
            <translation>원하는 변화 합의</translation>
        </message>
        <message>
            <source>Agree who does what by when, and bring the client's own view into the meeting.</source>
            <comment>참석 기관마다 맡을 역할과 기한을 정하고, 대상자의 뜻을 회의에 전합니다.</comment>
            <translation>참석 기관마다 맡을 역할과 기한을 정하고, 대상자의 뜻을 회의에 전합니다.</translation>
        </message>
        <message>
            <source>Agree with the client what change they want in their life.</source>
            <comment>클라이언트가 원하는 삶의 변화를 함께 합의합니다.</comment>
            <translation>클라이언트가 원하는 삶의 변화를 함께 합의합니다.</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <comment>합의된 조치</comment>
            <translation>합의된 조치</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <comment>동의일</comment>
            <translation>동의일</translation>
        </message>
        <message>
            <source>Agreement to the plan</source>
            <comment>계획 동의</comment>
            <translation>계획 동의</translation>
        </message>
        <message>
            <source>Amount (won a month)</source>
            <comment>금액(원/월)</comment>
            <translation>금액(원/월)</translation>
        </message>
        <message>
            <source>Another agency</source>
            <comment>타 기관 의뢰</comment>
            <translation>타 기관 의뢰</translation>
        </message>
        <message>
            <source>Apartment</source>
            <comment>아파트</comment>
            <translation>아파트</translation>
        </message>
        <message>
            <source>Applying for and checking entitlement to public benefits and services</source>
            <comment>공적 급여·서비스 신청과 자격 확인(사회보장급여법에 따른 정보 확인)</comment>
            <translation>공적 급여·서비스 신청과 자격 확인(사회보장급여법에 따른 정보 확인)</translation>
        </message>
        <message>
            <source>Area</source>
            <comment>영역</comment>
            <translation>영역</translation>
        </message>
        <message>
            <source>As planned</source>
            <comment>계획대로 진행</comment>
            <translation>계획대로 진행</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <comment>사정일</comment>
            <translation>사정일</translation>
        </message>
        <message>
            <source>Assessment</source>
            <comment>사정</comment>
            <translation>사정</translation>
        </message>
        <message>
            <source>At closing</source>
            <comment>종결</comment>
            <translation>종결</translation>
        </message>
        <message>
            <source>At intake</source>
            <comment>초기(접수·사정)</comment>
            <translation>초기(접수·사정)</translation>
        </message>
        <message>
            <source>Attendee</source>
            <comment>참석자</comment>
            <translation>참석자</translation>
        </message>
        <message>
            <source>Attendees (note)</source>
            <comment>참석자(메모)</comment>
            <translation>참석자(메모)</translation>
        </message>
        <message>
            <source>Autism</source>
            <comment>자폐성</comment>
            <translation>자폐성</translation>
        </message>
        <message>
            <source>Backup</source>
            <comment>백업</comment>
            <translation>백업</translation>
        </message>
        <message>
            <source>Basic livelihood recipient</source>
            <comment>기초생활수급</comment>
            <translation>기초생활수급</translation>
        </message>
        <message>
            <source>Basic pension</source>
            <comment>기초연금</comment>
            <translation>기초연금</translation>
        </message>
        <message>
            <source>Before</source>
            <comment>사전</comment>
            <translation>사전</translation>
        </message>
        <message>
            <source>Brain lesion</source>
            <comment>뇌병변</comment>
            <translation>뇌병변</translation>
        </message>
        <message>
            <source>Build and strengthen the client's relationships with resources.</source>
            <comment>자원체계와의 관계와 네트워크가 강화되도록 합니다.</comment>
            <translation>자원체계와의 관계와 네트워크가 강화되도록 합니다.</translation>
        </message>
        <message>
            <source>By age band (cases served, at the last day)</source>
            <comment>연령대(관리 사례, 말일 기준)</comment>
            <translation>연령대(관리 사례, 말일 기준)</translation>
        </message>
        <message>
            <source>By guardian</source>
            <comment>보호자 대리</comment>
            <translation>보호자 대리</translation>
        </message>
        <message>
            <source>By household type (cases served)</source>
            <comment>가구 유형(관리 사례)</comment>
            <translation>가구 유형(관리 사례)</translation>
        </message>
        <message>
            <source>By need area of the linked goal</source>
            <comment>연결 목표의 욕구 영역별</comment>
            <translation>연결 목표의 욕구 영역별</translation>
        </message>
        <message>
            <source>By sex (cases served)</source>
            <comment>성별(관리 사례)</comment>
            <translation>성별(관리 사례)</translation>
        </message>
        <message>
            <source>By stage on the last day</source>
            <comment>말일 현재 단계별</comment>
            <translation>말일 현재 단계별</translation>
        </message>
        <message>
            <source>By the guardian</source>
            <comment>보호자 동의</comment>
            <translation>보호자 동의</translation>
        </message>
        <message>
            <source>By 생활 구분 (cases served)</source>
            <comment>생활 구분(관리 사례)</comment>
            <translation>생활 구분(관리 사례)</translation>
        </message>
        <message>
            <source>Care</source>
            <comment>돌봄</comment>
            <translation>돌봄</translation>
        </message>
        <message>
            <source>Case conference</source>
            <comment>사례회의</comment>
            <translation>사례회의</translation>
        </message>
        <message>
            <source>Case conferences</source>
            <comment>사례회의</comment>
            <translation>사례회의</translation>
        </message>
        <message>
            <source>Case conferences by type</source>
            <comment>사례회의 유형별</comment>
            <translation>사례회의 유형별</translation>
        </message>
        <message>
            <source>Case manager</source>
            <comment>사례관리자</comment>
            <translation>사례관리자</translation>
        </message>
        <message>
            <source>Case selection</source>
            <comment>대상자 선정</comment>
            <translation>대상자 선정</translation>
        </message>
        <message>
            <source>Case summary</source>
            <comment>사례 개요</comment>
            <translation>사례 개요</translation>
        </message>
        <message>
            <source>Case viewed</source>
            <comment>사례 조회</comment>
            <translation>사례 조회</translation>
        </message>
        <message>
            <source>Case-management service</source>
            <comment>사례관리 서비스 제공</comment>
            <translation>사례관리 서비스 제공</translation>
        </message>
        <message>
            <source>Caseload</source>
            <comment>사례 현황</comment>
            <translation>사례 현황</translation>
        </message>
        <message>
            <source>Cases by stage on the last day</source>
            <comment>기간 말일의 단계별 사례</comment>
            <translation>기간 말일의 단계별 사례</translation>
        </message>
        <message>
            <source>Cases by stage on the last day</source>
            <comment>말일 현재 단계별 사례</comment>
            <translation>말일 현재 단계별 사례</translation>
        </message>
        <message>
            <source>Cases closed</source>
            <comment>종결 사례</comment>
            <translation>종결 사례</translation>
        </message>
        <message>
            <source>Cases compared per area</source>
            <comment>영역별 비교 사례 수</comment>
            <translation>영역별 비교 사례 수</translation>
        </message>
        <message>
            <source>Cases held at the start</source>
            <comment>기간 시작 시 관리 중 사례</comment>
            <translation>기간 시작 시 관리 중 사례</translation>
        </message>
        <message>
            <source>Cases not selected</source>
            <comment>미선정(사례)</comment>
            <translation>미선정(사례)</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <comment>신규 접수 사례</comment>
            <translation>신규 접수 사례</translation>
        </message>
        <message>
            <source>Cases opened by intake route</source>
            <comment>접수 경로별 신규 접수</comment>
            <translation>접수 경로별 신규 접수</translation>
        </message>
        <message>
            <source>Cases reopened</source>
            <comment>재개입 사례</comment>
            <translation>재개입 사례</translation>
        </message>
        <message>
            <source>Cases selected</source>
            <comment>사례관리 대상 선정(사례)</comment>
            <translation>사례관리 대상 선정(사례)</translation>
        </message>
        <message>
            <source>Cases served (people)</source>
            <comment>기간 중 관리 사례(실인원)</comment>
            <translation>기간 중 관리 사례(실인원)</translation>
        </message>
        <message>
            <source>Cases served by age band</source>
            <comment>연령대(관리 사례)</comment>
            <translation>연령대(관리 사례)</translation>
        </message>
        <message>
            <source>Cases served by household type</source>
            <comment>가구 유형(관리 사례)</comment>
            <translation>가구 유형(관리 사례)</translation>
        </message>
        <message>
            <source>Cases served by sex</source>
            <comment>성별(관리 사례)</comment>
            <translation>성별(관리 사례)</translation>
        </message>
        <message>
            <source>Cases served by 생활 구분</source>
            <comment>생활 구분(관리 사례)</comment>
            <translation>생활 구분(관리 사례)</translation>
        </message>
        <message>
            <source>Cases served in the period</source>
            <comment>기간 중 관리 사례</comment>
            <translation>기간 중 관리 사례</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>분야</comment>
            <translation>분야</translation>
        </message>
        <message>
            <source>Cause</source>
            <comment>원인</comment>
            <translation>원인</translation>
        </message>
        <message>
            <source>Change per goal (before / after)</source>
            <comment>목표별 변화(사전·사후)</comment>
            <translation>목표별 변화(사전·사후)</translation>
        </message>
        <message>
            <source>Change the plan</source>
            <comment>계획 변경</comment>
            <translation>계획 변경</translation>
        </message>
        <message>
            <source>Changed needs</source>
            <comment>욕구 변화</comment>
            <translation>욕구 변화</translation>
        </message>
        <message>
            <source>Check how the client is doing</source>
            <comment>안부·적응 확인</comment>
            <translation>안부·적응 확인</translation>
        </message>
        <message>
            <source>Check participation</source>
            <comment>참여 점검</comment>
            <translation>참여 점검</translation>
        </message>
        <message>
            <source>Check services are delivered</source>
            <comment>서비스 제공 점검</comment>
            <translation>서비스 제공 점검</translation>
        </message>
        <message>
            <source>Check that planned services are actually delivered.</source>
            <comment>계획된 서비스가 잘 제공되고 있는지 확인합니다.</comment>
            <translation>계획된 서비스가 잘 제공되고 있는지 확인합니다.</translation>
        </message>
        <message>
            <source>Check the client and family take part in the change process.</source>
            <comment>클라이언트와 가족이 변화과정에 잘 참여하는지 확인합니다.</comment>
            <translation>클라이언트와 가족이 변화과정에 잘 참여하는지 확인합니다.</translation>
        </message>
        <message>
            <source>Check the client is coping and the change holds.</source>
            <comment>종결 후 생활 적응과 변화 유지 여부를 확인합니다.</comment>
            <translation>종결 후 생활 적응과 변화 유지 여부를 확인합니다.</translation>
        </message>
        <message>
            <source>Check-in</source>
            <comment>점검</comment>
            <translation>점검</translation>
        </message>
        <message>
            <source>Child allowance</source>
            <comment>아동수당</comment>
            <translation>아동수당</translation>
        </message>
        <message>
            <source>Children in household</source>
            <comment>아동 양육</comment>
            <translation>아동 양육</translation>
        </message>
        <message>
            <source>Client</source>
            <comment>대상자</comment>
            <translation>대상자</translation>
        </message>
        <message>
            <source>Client details</source>
            <comment>대상자 정보</comment>
            <translation>대상자 정보</translation>
        </message>
        <message>
            <source>Client refused or gave up</source>
            <comment>대상자 거부·포기</comment>
            <translation>대상자 거부·포기</translation>
        </message>
        <message>
            <source>Clients served (people)</source>
            <comment>서비스 받은 대상자(실인원)</comment>
            <translation>서비스 받은 대상자(실인원)</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>종결</comment>
            <translation>종결</translation>
        </message>
        <message>
            <source>Closed by termination type</source>
            <comment>종결 유형별</comment>
            <translation>종결 유형별</translation>
        </message>
        <message>
            <source>Closed cases with final GAS</source>
            <comment>GAS 평가 종결 사례</comment>
            <translation>GAS 평가 종결 사례</translation>
        </message>
        <message>
            <source>Closed on</source>
            <comment>종결일</comment>
            <translation>종결일</translation>
        </message>
        <message>
            <source>Closed without a plan</source>
            <comment>계획 없이 종결</comment>
            <translation>계획 없이 종결</translation>
        </message>
        <message>
            <source>Closing</source>
            <comment>종결</comment>
            <translation>종결</translation>
        </message>
        <message>
            <source>Closing assessment</source>
            <comment>종결사정</comment>
            <translation>종결사정</translation>
        </message>
        <message>
            <source>Collaborative activity (accompanying, advocacy)</source>
            <comment>협력적 활동(동행·옹호)</comment>
            <translation>협력적 활동(동행·옹호)</translation>
        </message>
        <message>
            <source>Collecting and using personal data</source>
            <comment>일반 개인정보 수집·이용</comment>
            <translation>일반 개인정보 수집·이용</translation>
        </message>
        <message>
            <source>College or university</source>
            <comment>대학교(전문대 포함)</comment>
            <translation>대학교(전문대 포함)</translation>
        </message>
        <message>
            <source>Community &amp; volunteers</source>
            <comment>지역사회·자원봉사</comment>
            <translation>지역사회·자원봉사</translation>
        </message>
        <message>
            <source>Community centre</source>
            <comment>행정복지센터 의뢰</comment>
            <translation>행정복지센터 의뢰</translation>
        </message>
        <message>
            <source>Community centre or public office</source>
            <comment>행정복지센터·공공기관</comment>
            <translation>행정복지센터·공공기관</translation>
        </message>
        <message>
            <source>Community centre, agencies in the integrated case management, referral partners</source>
            <comment>행정복지센터, 통합사례관리 참여 기관, 의뢰 기관</comment>
            <translation>행정복지센터, 통합사례관리 참여 기관, 의뢰 기관</translation>
        </message>
        <message>
            <source>Community obstacles</source>
            <comment>지역사회 장애물</comment>
            <translation>지역사회 장애물</translation>
        </message>
        <message>
            <source>Community strengths</source>
            <comment>지역사회 강점</comment>
            <translation>지역사회 강점</translation>
        </message>
        <message>
            <source>Completed</source>
            <comment>완료</comment>
            <translation>완료</translation>
        </message>
        <message>
            <source>Completed on</source>
            <comment>완료일</comment>
            <translation>완료일</translation>
        </message>
        <message>
            <source>Complex case</source>
            <comment>고난도사례</comment>
            <translation>고난도사례</translation>
        </message>
        <message>
            <source>Concerns</source>
            <comment>대상 가구원</comment>
            <translation>대상 가구원</translation>
        </message>
        <message>
            <source>Conferences, reviews, follow-up</source>
            <comment>사례회의·점검·사후관리</comment>
            <translation>사례회의·점검·사후관리</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <comment>확인자</comment>
            <translation>확인자</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <comment>확인일</comment>
            <translation>확인일</translation>
        </message>
        <message>
            <source>Confirms</source>
            <comment>확인 대상</comment>
            <translation>확인 대상</translation>
        </message>
        <message>
            <source>Consent</source>
            <comment>동의</comment>
            <translation>동의</translation>
        </message>
        <message>
            <source>Consent expires</source>
            <comment>동의 만료</comment>
            <translation>동의 만료</translation>
        </message>
        <message>
            <source>Consent sheet</source>
            <comment>동의서</comment>
            <translation>동의서</translation>
        </message>
        <message>
            <source>Consented by</source>
            <comment>동의한 사람</comment>
            <translation>동의한 사람</translation>
        </message>
        <message>
            <source>Consequence of refusing</source>
            <comment>동의 거부 시 불이익</comment>
            <translation>동의 거부 시 불이익</translation>
        </message>
        <message>
            <source>Considerable</source>
            <comment>상당</comment>
            <translation>상당</translation>
        </message>
        <message>
            <source>Contact</source>
            <comment>접촉 방법</comment>
            <translation>접촉 방법</translation>
        </message>
        <message>
            <source>Contact person</source>
            <comment>담당자</comment>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Contact with</source>
            <comment>접촉 대상</comment>
            <translation>접촉 대상</translation>
        </message>
        <message>
            <source>Contacts</source>
            <comment>횟수</comment>
            <translation>횟수</translation>
        </message>
        <message>
            <source>Content</source>
            <comment>내용</comment>
            <translation>내용</translation>
        </message>
        <message>
            <source>Content</source>
            <comment>내용 구분</comment>
            <translation>내용 구분</translation>
        </message>
        <message>
            <source>Continue the plan</source>
            <comment>유지</comment>
            <translation>유지</translation>
        </message>
        <message>
            <source>Coordination</source>
            <comment>서비스 조정</comment>
            <translation>서비스 조정</translation>
        </message>
        <message>
            <source>Correction request answer due</source>
            <comment>정정·삭제 요구 답변</comment>
            <translation>정정·삭제 요구 답변</translation>
        </message>
        <message>
            <source>Could not reach the client</source>
            <comment>연락 안 됨</comment>
            <translation>연락 안 됨</translation>
        </message>
        <message>
            <source>Counselling</source>
            <comment>상담</comment>
            <translation>상담</translation>
        </message>
        <message>
            <source>Counselling &amp; therapy</source>
            <comment>상담·치료</comment>
            <translation>상담·치료</translation>
        </message>
        <message>
            <source>Counted from the closing date; dates passed or near a contact already planned are left out.</source>
            <comment>종결일부터 셉니다. 지난 날짜와 이미 잡힌 연락 무렵의 날짜는 만들지 않습니다.</comment>
            <translation>종결일부터 셉니다. 지난 날짜와 이미 잡힌 연락 무렵의 날짜는 만들지 않습니다.</translation>
        </message>
        <message>
            <source>Couple</source>
            <comment>부부 가구</comment>
            <translation>부부 가구</translation>
        </message>
        <message>
            <source>Couple with children</source>
            <comment>부부+자녀 가구</comment>
            <translation>부부+자녀 가구</translation>
        </message>
        <message>
            <source>Crisis</source>
            <comment>위기</comment>
            <translation>위기</translation>
        </message>
        <message>
            <source>Crisis intervention</source>
            <comment>위기개입</comment>
            <translation>위기개입</translation>
        </message>
        <message>
            <source>Crisis screening</source>
            <comment>위기 선별</comment>
            <translation>위기 선별</translation>
        </message>
        <message>
            <source>Daily living</source>
            <comment>일상생활유지</comment>
            <translation>일상생활유지</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>일자</comment>
            <translation>일자</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <comment>생년월일</comment>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Debt and arrears</source>
            <comment>부채·체납</comment>
            <translation>부채·체납</translation>
        </message>
        <message>
            <source>Debt repayment</source>
            <comment>부채 상환</comment>
            <translation>부채 상환</translation>
        </message>
        <message>
            <source>Deceased</source>
            <comment>사망</comment>
            <translation>사망</translation>
        </message>
        <message>
            <source>Decided at case conference</source>
            <comment>결정한 사례회의</comment>
            <translation>결정한 사례회의</translation>
        </message>
        <message>
            <source>Decided on</source>
            <comment>선정일</comment>
            <translation>선정일</translation>
        </message>
        <message>
            <source>Decision</source>
            <comment>결정</comment>
            <translation>결정</translation>
        </message>
        <message>
            <source>Decisions</source>
            <comment>결정 사항</comment>
            <translation>결정 사항</translation>
        </message>
        <message>
            <source>Declined</source>
            <comment>거절</comment>
            <translation>거절</translation>
        </message>
        <message>
            <source>Declined on</source>
            <comment>거절일</comment>
            <translation>거절일</translation>
        </message>
        <message>
            <source>Degree of disability</source>
            <comment>장애 정도</comment>
            <translation>장애 정도</translation>
        </message>
        <message>
            <source>Destroyed cases (retention ended) have no records left and are not counted in any figure.</source>
            <comment>파기된 사례(보존기간 경과)는 기록이 남아 있지 않으므로 어느 수치에도 세지 않습니다.</comment>
            <translation>파기된 사례(보존기간 경과)는 기록이 남아 있지 않으므로 어느 수치에도 세지 않습니다.</translation>
        </message>
        <message>
            <source>Destruction</source>
            <comment>파기</comment>
            <translation>파기</translation>
        </message>
        <message>
            <source>Detached house</source>
            <comment>단독주택</comment>
            <translation>단독주택</translation>
        </message>
        <message>
            <source>Direct and indirect practice</source>
            <comment>직접·간접 실천</comment>
            <translation>직접·간접 실천</translation>
        </message>
        <message>
            <source>Direct practice (6 types)</source>
            <comment>직접 실천(6개 유형)</comment>
            <translation>직접 실천(6개 유형)</translation>
        </message>
        <message>
            <source>Direct practice is the six types crisis intervention, education, collaborative activity, counselling, information and self-advocacy support; the others are indirect.</source>
            <comment>직접 실천은 위기개입, 교육·훈련, 협력적 활동, 상담·치료, 정보제공, 자기옹호 지원의 6개 유형이고 나머지는 간접 실천입니다.</comment>
            <translation>직접 실천은 위기개입, 교육·훈련, 협력적 활동, 상담·치료, 정보제공, 자기옹호 지원의 6개 유형이고 나머지는 간접 실천입니다.</translation>
        </message>
        <message>
            <source>Direction</source>
            <comment>에너지 방향</comment>
            <translation>에너지 방향</translation>
        </message>
        <message>
            <source>Director</source>
            <comment>관장</comment>
            <translation>관장</translation>
        </message>
        <message>
            <source>Disability</source>
            <comment>장애</comment>
            <translation>장애</translation>
        </message>
        <message>
            <source>Disability</source>
            <comment>장애 유형</comment>
            <translation>장애 유형</translation>
        </message>
        <message>
            <source>Disability pension</source>
            <comment>장애인연금</comment>
            <translation>장애인연금</translation>
        </message>
        <message>
            <source>Disabled member</source>
            <comment>장애인 가구</comment>
            <translation>장애인 가구</translation>
        </message>
        <message>
            <source>Discussion</source>
            <comment>논의 내용</comment>
            <translation>논의 내용</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <comment>불만족</comment>
            <translation>불만족</translation>
        </message>
        <message>
            <source>Done on</source>
            <comment>실시일</comment>
            <translation>실시일</translation>
        </message>
        <message>
            <source>Done on</source>
            <comment>완료일</comment>
            <translation>완료일</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>기한</comment>
            <translation>기한</translation>
        </message>
        <message>
            <source>Due on</source>
            <comment>예정일</comment>
            <translation>예정일</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <comment>소요 시간(분)</comment>
            <translation>소요 시간(분)</translation>
        </message>
        <message>
            <source>Earnings (work, business)</source>
            <comment>근로·사업소득</comment>
            <translation>근로·사업소득</translation>
        </message>
        <message>
            <source>Eco-map</source>
            <comment>생태도 시점</comment>
            <translation>생태도 시점</translation>
        </message>
        <message>
            <source>Eco-map relation</source>
            <comment>생태도 관계</comment>
            <translation>생태도 관계</translation>
        </message>
        <message>
            <source>Economy</source>
            <comment>경제</comment>
            <translation>경제</translation>
        </message>
        <message>
            <source>Education</source>
            <comment>교육</comment>
            <translation>교육</translation>
        </message>
        <message>
            <source>Education</source>
            <comment>학력</comment>
            <translation>학력</translation>
        </message>
        <message>
            <source>Education &amp; training</source>
            <comment>교육·훈련</comment>
            <translation>교육·훈련</translation>
        </message>
        <message>
            <source>Education (incl. childcare)</source>
            <comment>교육비(보육 포함)</comment>
            <translation>교육비(보육 포함)</translation>
        </message>
        <message>
            <source>Education benefit</source>
            <comment>기초생활수급(교육)</comment>
            <translation>기초생활수급(교육)</translation>
        </message>
        <message>
            <source>Electronic</source>
            <comment>전자서명</comment>
            <translation>전자서명</translation>
        </message>
        <message>
            <source>Elementary school</source>
            <comment>초등학교</comment>
            <translation>초등학교</translation>
        </message>
        <message>
            <source>Email</source>
            <comment>이메일</comment>
            <translation>이메일</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <comment>비상 연락처</comment>
            <translation>비상 연락처</translation>
        </message>
        <message>
            <source>Emotional support</source>
            <comment>정서 지원</comment>
            <translation>정서 지원</translation>
        </message>
        <message>
            <source>Employment</source>
            <comment>직업</comment>
            <translation>직업</translation>
        </message>
        <message>
            <source>Employment &amp; training</source>
            <comment>고용·직업훈련</comment>
            <translation>고용·직업훈련</translation>
        </message>
        <message>
            <source>Encourage</source>
            <comment>격려와 지지</comment>
            <translation>격려와 지지</translation>
        </message>
        <message>
            <source>Encourage the client so the change lasts.</source>
            <comment>변화가 앞으로도 지속되도록 격려하고 지지합니다.</comment>
            <translation>변화가 앞으로도 지속되도록 격려하고 지지합니다.</translation>
        </message>
        <message>
            <source>Ends on</source>
            <comment>종료일</comment>
            <translation>종료일</translation>
        </message>
        <message>
            <source>Epilepsy</source>
            <comment>뇌전증</comment>
            <translation>뇌전증</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <comment>종결 평가</comment>
            <translation>종결 평가</translation>
        </message>
        <message>
            <source>Evaluation &amp; termination</source>
            <comment>종결</comment>
            <translation>종결</translation>
        </message>
        <message>
            <source>Every (months)</source>
            <comment>간격(개월)</comment>
            <translation>간격(개월)</translation>
        </message>
        <message>
            <source>Eviction, homelessness, loss of home, no heating, power or water</source>
            <comment>퇴거·강제 철거, 노숙, 주거 상실, 난방·단전·단수</comment>
            <translation>퇴거·강제 철거, 노숙, 주거 상실, 난방·단전·단수</translation>
        </message>
        <message>
            <source>Expected level</source>
            <comment>기대 수준</comment>
            <translation>기대 수준</translation>
        </message>
        <message>
            <source>Expires on</source>
            <comment>만료일</comment>
            <translation>만료일</translation>
        </message>
        <message>
            <source>Explain case management so the client understands what it is.</source>
            <comment>사례관리서비스가 무엇인지 클라이언트가 이해할 수 있도록 설명합니다.</comment>
            <translation>사례관리서비스가 무엇인지 클라이언트가 이해할 수 있도록 설명합니다.</translation>
        </message>
        <message>
            <source>Explain the service</source>
            <comment>사례관리 서비스 설명</comment>
            <translation>사례관리 서비스 설명</translation>
        </message>
        <message>
            <source>Explore strengths</source>
            <comment>강점 탐색</comment>
            <translation>강점 탐색</translation>
        </message>
        <message>
            <source>Explore the client's own strengths.</source>
            <comment>내재된 강점을 탐색합니다(강점관점).</comment>
            <translation>내재된 강점을 탐색합니다(강점관점).</translation>
        </message>
        <message>
            <source>Facial</source>
            <comment>안면</comment>
            <translation>안면</translation>
        </message>
        <message>
            <source>Failed unlock</source>
            <comment>잠금 해제 실패</comment>
            <translation>잠금 해제 실패</translation>
        </message>
        <message>
            <source>Fair</source>
            <comment>보통</comment>
            <translation>보통</translation>
        </message>
        <message>
            <source>Family</source>
            <comment>가족</comment>
            <translation>가족</translation>
        </message>
        <message>
            <source>Family break-up, severe conflict, main carer or earner gone</source>
            <comment>가족 해체, 심한 갈등, 주 양육자·부양자 부재</comment>
            <translation>가족 해체, 심한 갈등, 주 양육자·부양자 부재</translation>
        </message>
        <message>
            <source>Family breakdown</source>
            <comment>가족 기능 위기</comment>
            <translation>가족 기능 위기</translation>
        </message>
        <message>
            <source>Family history</source>
            <comment>가족력</comment>
            <translation>가족력</translation>
        </message>
        <message>
            <source>Family obstacles</source>
            <comment>가족 장애물</comment>
            <translation>가족 장애물</translation>
        </message>
        <message>
            <source>Family or neighbour</source>
            <comment>가족·이웃</comment>
            <translation>가족·이웃</translation>
        </message>
        <message>
            <source>Family relations</source>
            <comment>가족관계</comment>
            <translation>가족관계</translation>
        </message>
        <message>
            <source>Family strengths</source>
            <comment>가족 강점</comment>
            <translation>가족 강점</translation>
        </message>
        <message>
            <source>Female</source>
            <comment>여</comment>
            <translation>여</translation>
        </message>
        <message>
            <source>Finance</source>
            <comment>경제·금융</comment>
            <translation>경제·금융</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>사후관리</comment>
            <translation>사후관리</translation>
        </message>
        <message>
            <source>Follow-up contact due</source>
            <comment>사후관리 연락</comment>
            <translation>사후관리 연락</translation>
        </message>
        <message>
            <source>Follow-up contacts</source>
            <comment>사후관리 연락</comment>
            <translation>사후관리 연락</translation>
        </message>
        <message>
            <source>Follow-up contacts</source>
            <comment>사후관리 횟수</comment>
            <translation>사후관리 횟수</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <comment>사후관리 실시</comment>
            <translation>사후관리 실시</translation>
        </message>
        <message>
            <source>Follow-up every (months)</source>
            <comment>사후관리 간격(개월)</comment>
            <translation>사후관리 간격(개월)</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <comment>사후관리 계획</comment>
            <translation>사후관리 계획</translation>
        </message>
        <message>
            <source>Follow-up schedule</source>
            <comment>사후관리 일정</comment>
            <translation>사후관리 일정</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <comment>사후관리 실시</comment>
            <translation>사후관리 실시</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <comment>사후관리 예정</comment>
            <translation>사후관리 예정</translation>
        </message>
        <message>
            <source>Food</source>
            <comment>식비</comment>
            <translation>식비</translation>
        </message>
        <message>
            <source>For whom</source>
            <comment>서비스 대상</comment>
            <translation>서비스 대상</translation>
        </message>
        <message>
            <source>Frequency</source>
            <comment>빈도</comment>
            <translation>빈도</translation>
        </message>
        <message>
            <source>Frequency (times)</source>
            <comment>빈도(횟수)</comment>
            <translation>빈도(횟수)</translation>
        </message>
        <message>
            <source>Frequency unit</source>
            <comment>빈도 단위</comment>
            <translation>빈도 단위</translation>
        </message>
        <message>
            <source>Friend / neighbour</source>
            <comment>친구·이웃</comment>
            <translation>친구·이웃</translation>
        </message>
        <message>
            <source>From the client</source>
            <comment>대상자로부터</comment>
            <translation>대상자로부터</translation>
        </message>
        <message>
            <source>GAS +1 (more)</source>
            <comment>GAS +1 (나음)</comment>
            <translation>GAS +1 (나음)</translation>
        </message>
        <message>
            <source>GAS +2 (much more)</source>
            <comment>GAS +2 (매우 나음)</comment>
            <translation>GAS +2 (매우 나음)</translation>
        </message>
        <message>
            <source>GAS 0 (expected)</source>
            <comment>GAS 0 (기대 수준)</comment>
            <translation>GAS 0 (기대 수준)</translation>
        </message>
        <message>
            <source>GAS T-score at intake</source>
            <comment>GAS T점수(초기)</comment>
            <translation>GAS T점수(초기)</translation>
        </message>
        <message>
            <source>GAS T-score at termination</source>
            <comment>GAS T점수(종결)</comment>
            <translation>GAS T점수(종결)</translation>
        </message>
        <message>
            <source>GAS T-scores are computed per case (ρ = 0.3) over the long-term goals scored in its termination record and averaged; the intake value uses the same goals' baseline scores. Achieved = a long-term goal with a final score ≥ 0. Short-term goals are steps towards a long-term goal and are not counted as goals or goals achieved of their own (the same change would be counted twice).</source>
            <comment>GAS T점수는 종결 기록에 최종 점수가 있는 장기 목표로 사례마다 계산(ρ=0.3)해 평균합니다. 초기값은 같은 목표의 기준 점수입니다. 달성 목표 = 최종 점수 0 이상인 장기 목표. 단기 목표는 장기 목표에 이르는 단계이므로 목표 수와 달성 목표에 따로 세지 않습니다(같은 변화를 두 번 세지 않도록).</comment>
            <translation>GAS T점수는 종결 기록에 최종 점수가 있는 장기 목표로 사례마다 계산(ρ=0.3)해 평균합니다. 초기값은 같은 목표의 기준 점수입니다. 달성 목표 = 최종 점수 0 이상인 장기 목표. 단기 목표는 장기 목표에 이르는 단계이므로 목표 수와 달성 목표에 따로 세지 않습니다(같은 변화를 두 번 세지 않도록).</translation>
        </message>
        <message>
            <source>GAS goals of closed cases</source>
            <comment>종결 사례의 GAS 목표</comment>
            <translation>종결 사례의 GAS 목표</translation>
        </message>
        <message>
            <source>GAS −1 (less)</source>
            <comment>GAS −1 (못 미침)</comment>
            <translation>GAS −1 (못 미침)</translation>
        </message>
        <message>
            <source>GAS −2 (much less)</source>
            <comment>GAS −2 (매우 못 미침)</comment>
            <translation>GAS −2 (매우 못 미침)</translation>
        </message>
        <message>
            <source>Gap in care</source>
            <comment>돌봄 공백</comment>
            <translation>돌봄 공백</translation>
        </message>
        <message>
            <source>General</source>
            <comment>일반</comment>
            <translation>일반</translation>
        </message>
        <message>
            <source>General case</source>
            <comment>일반사례</comment>
            <translation>일반사례</translation>
        </message>
        <message>
            <source>Given on</source>
            <comment>동의일</comment>
            <translation>동의일</translation>
        </message>
        <message>
            <source>Goal</source>
            <comment>관련 목표</comment>
            <translation>관련 목표</translation>
        </message>
        <message>
            <source>Goal</source>
            <comment>목표</comment>
            <translation>목표</translation>
        </message>
        <message>
            <source>Goal (in the client's words)</source>
            <comment>목표(대상자의 말로)</comment>
            <translation>목표(대상자의 말로)</translation>
        </message>
        <message>
            <source>Goals achieved (score ≥ 0)</source>
            <comment>달성 목표(점수 ≥ 0)</comment>
            <translation>달성 목표(점수 ≥ 0)</translation>
        </message>
        <message>
            <source>Goals scored at termination</source>
            <comment>최종 평가 목표</comment>
            <translation>최종 평가 목표</translation>
        </message>
        <message>
            <source>Gosiwon / jjokbang</source>
            <comment>고시원·쪽방</comment>
            <translation>고시원·쪽방</translation>
        </message>
        <message>
            <source>Graduate school</source>
            <comment>대학원</comment>
            <translation>대학원</translation>
        </message>
        <message>
            <source>Grandparent-headed</source>
            <comment>조손 가구</comment>
            <translation>조손 가구</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <comment>보호자 성명</comment>
            <translation>보호자 성명</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <comment>보호자 관계</comment>
            <translation>보호자 관계</translation>
        </message>
        <message>
            <source>Head of agency</source>
            <comment>기관장</comment>
            <translation>기관장</translation>
        </message>
        <message>
            <source>Health</source>
            <comment>건강</comment>
            <translation>건강</translation>
        </message>
        <message>
            <source>Health</source>
            <comment>건강 상태</comment>
            <translation>건강 상태</translation>
        </message>
        <message>
            <source>Health</source>
            <comment>보건·의료</comment>
            <translation>보건·의료</translation>
        </message>
        <message>
            <source>Health service</source>
            <comment>의료기관</comment>
            <translation>의료기관</translation>
        </message>
        <message>
            <source>Health, illness and disability, medication, mental health</source>
            <comment>건강 상태, 질병·장애, 복용 약, 정신건강 관련 정보</comment>
            <translation>건강 상태, 질병·장애, 복용 약, 정신건강 관련 정보</translation>
        </message>
        <message>
            <source>Hearing</source>
            <comment>청각</comment>
            <translation>청각</translation>
        </message>
        <message>
            <source>Heart</source>
            <comment>심장</comment>
            <translation>심장</translation>
        </message>
        <message>
            <source>Held at the end</source>
            <comment>기간 말 관리 중</comment>
            <translation>기간 말 관리 중</translation>
        </message>
        <message>
            <source>Held at the start</source>
            <comment>기간 시작 시 관리 중</comment>
            <translation>기간 시작 시 관리 중</translation>
        </message>
        <message>
            <source>Held on</source>
            <comment>회의일</comment>
            <translation>회의일</translation>
        </message>
        <message>
            <source>Held: on that day the case is (by its stage history) in intake, planning, implementation or monitoring; cases in termination or follow-up are not held. 'At the start' means the day before the first day, 'at the end' the last day.</source>
            <comment>관리 중(보유) 사례: 그날 단계 이력상 초기상담·사정, 계획수립, 실행, 모니터링 단계에 있는 사례. 종결·사후관리 단계의 사례는 관리 중으로 세지 않습니다. '기간 시작 시'는 첫날 전날 기준, '기간 말'은 말일 기준입니다.</comment>
            <translation>관리 중(보유) 사례: 그날 단계 이력상 초기상담·사정, 계획수립, 실행, 모니터링 단계에 있는 사례. 종결·사후관리 단계의 사례는 관리 중으로 세지 않습니다. '기간 시작 시'는 첫날 전날 기준, '기간 말'은 말일 기준입니다.</translation>
        </message>
        <message>
            <source>High</source>
            <comment>높음</comment>
            <translation>높음</translation>
        </message>
        <message>
            <source>High school</source>
            <comment>고등학교</comment>
            <translation>고등학교</translation>
        </message>
        <message>
            <source>Home visit</source>
            <comment>가정방문</comment>
            <translation>가정방문</translation>
        </message>
        <message>
            <source>Home visits</source>
            <comment>가정방문</comment>
            <translation>가정방문</translation>
        </message>
        <message>
            <source>Homeless</source>
            <comment>노숙</comment>
            <translation>노숙</translation>
        </message>
        <message>
            <source>Household member</source>
            <comment>가구원</comment>
            <translation>가구원</translation>
        </message>
        <message>
            <source>Household type</source>
            <comment>가구 유형</comment>
            <translation>가구 유형</translation>
        </message>
        <message>
            <source>Housing</source>
            <comment>주거</comment>
            <translation>주거</translation>
        </message>
        <message>
            <source>Housing (rent, service charges)</source>
            <comment>주거비(월세·관리비)</comment>
            <translation>주거비(월세·관리비)</translation>
        </message>
        <message>
            <source>Housing benefit</source>
            <comment>기초생활수급(주거)</comment>
            <translation>기초생활수급(주거)</translation>
        </message>
        <message>
            <source>Housing benefit</source>
            <comment>주거급여</comment>
            <translation>주거급여</translation>
        </message>
        <message>
            <source>Housing crisis</source>
            <comment>주거 위기</comment>
            <translation>주거 위기</translation>
        </message>
        <message>
            <source>Housing insecure</source>
            <comment>주거불안</comment>
            <translation>주거불안</translation>
        </message>
        <message>
            <source>Housing type</source>
            <comment>주거 유형</comment>
            <translation>주거 유형</translation>
        </message>
        <message>
            <source>How agreed</source>
            <comment>동의 방법</comment>
            <translation>동의 방법</translation>
        </message>
        <message>
            <source>How given</source>
            <comment>동의 방법</comment>
            <translation>동의 방법</translation>
        </message>
        <message>
            <source>Implementation</source>
            <comment>실행</comment>
            <translation>실행</translation>
        </message>
        <message>
            <source>In hospital or away</source>
            <comment>입원·출타 중</comment>
            <translation>입원·출타 중</translation>
        </message>
        <message>
            <source>In life-stage order (birth and childhood → youth → adulthood → now): parents, siblings, marriage, divorce, bereavement, moves</source>
            <comment>생애 단계 순서로(출생·아동기 → 청소년기 → 성인기 → 현재): 부모·형제, 결혼·이혼, 사별, 이주 등</comment>
            <translation>생애 단계 순서로(출생·아동기 → 청소년기 → 성인기 → 현재): 부모·형제, 결혼·이혼, 사별, 이주 등</translation>
        </message>
        <message>
            <source>In life-stage order: growing up, school, work, illness or disability, key events</source>
            <comment>생애 단계 순서로: 성장 과정, 학교, 일, 질병·장애, 중요한 사건</comment>
            <translation>생애 단계 순서로: 성장 과정, 학교, 일, 질병·장애, 중요한 사건</translation>
        </message>
        <message>
            <source>In service</source>
            <comment>서비스 중</comment>
            <translation>서비스 중</translation>
        </message>
        <message>
            <source>In the client's words</source>
            <comment>대상자의 말</comment>
            <translation>대상자의 말</translation>
        </message>
        <message>
            <source>Include in the plan things the client does themself.</source>
            <comment>클라이언트가 주체적으로 할 수 있는 일을 계획에 포함합니다.</comment>
            <translation>클라이언트가 주체적으로 할 수 있는 일을 계획에 포함합니다.</translation>
        </message>
        <message>
            <source>Include tasks the client does</source>
            <comment>클라이언트 주도 과업 포함</comment>
            <translation>클라이언트 주도 과업 포함</translation>
        </message>
        <message>
            <source>Indirect practice</source>
            <comment>간접 실천</comment>
            <translation>간접 실천</translation>
        </message>
        <message>
            <source>Information</source>
            <comment>정보제공</comment>
            <translation>정보제공</translation>
        </message>
        <message>
            <source>Information gathered</source>
            <comment>정보 탐색</comment>
            <translation>정보 탐색</translation>
        </message>
        <message>
            <source>Information given</source>
            <comment>정보 제공</comment>
            <translation>정보 제공</translation>
        </message>
        <message>
            <source>Inn or lodging house</source>
            <comment>여관·여인숙</comment>
            <translation>여관·여인숙</translation>
        </message>
        <message>
            <source>Insurance</source>
            <comment>보험료</comment>
            <translation>보험료</translation>
        </message>
        <message>
            <source>Intake</source>
            <comment>초기상담</comment>
            <translation>초기상담</translation>
        </message>
        <message>
            <source>Intake &amp; assessment</source>
            <comment>초기상담·사정</comment>
            <translation>초기상담·사정</translation>
        </message>
        <message>
            <source>Intake assessment</source>
            <comment>초기사정</comment>
            <translation>초기사정</translation>
        </message>
        <message>
            <source>Integrated case conference</source>
            <comment>통합 사례회의</comment>
            <translation>통합 사례회의</translation>
        </message>
        <message>
            <source>Intellectual</source>
            <comment>지적</comment>
            <translation>지적</translation>
        </message>
        <message>
            <source>Intensive case</source>
            <comment>집중사례</comment>
            <translation>집중사례</translation>
        </message>
        <message>
            <source>Internal case meeting</source>
            <comment>내부 사례회의</comment>
            <translation>내부 사례회의</translation>
        </message>
        <message>
            <source>Introduce the agency</source>
            <comment>소속 기관 소개</comment>
            <translation>소속 기관 소개</translation>
        </message>
        <message>
            <source>Introduce the agency, explain the service, show genuine interest and explore strengths.</source>
            <comment>기관을 소개하고 서비스를 설명하며, 진심 어린 관심으로 강점을 탐색합니다.</comment>
            <translation>기관을 소개하고 서비스를 설명하며, 진심 어린 관심으로 강점을 탐색합니다.</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>항목</comment>
            <translation>항목</translation>
        </message>
        <message>
            <source>Items collected</source>
            <comment>수집 항목</comment>
            <translation>수집 항목</translation>
        </message>
        <message>
            <source>Items provided</source>
            <comment>제공하는 항목</comment>
            <translation>제공하는 항목</translation>
        </message>
        <message>
            <source>Jeonse</source>
            <comment>전세</comment>
            <translation>전세</translation>
        </message>
        <message>
            <source>Keep showing interest in and support for new attempts to change.</source>
            <comment>새로운 시도와 변화 노력에 지속적으로 관심과 지지를 보냅니다.</comment>
            <translation>새로운 시도와 변화 노력에 지속적으로 관심과 지지를 보냅니다.</translation>
        </message>
        <message>
            <source>Kidney</source>
            <comment>신장</comment>
            <translation>신장</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>구분</comment>
            <translation>구분</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>사정 구분</comment>
            <translation>사정 구분</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <comment>회의 유형</comment>
            <translation>회의 유형</translation>
        </message>
        <message>
            <source>Leave empty for a long-term goal; pick one to make this a short-term goal under it.</source>
            <comment>비워 두면 장기 목표, 고르면 그 아래의 단기 목표가 됩니다.</comment>
            <translation>비워 두면 장기 목표, 고르면 그 아래의 단기 목표가 됩니다.</translation>
        </message>
        <message>
            <source>Left empty, the kind's usual wording is printed.</source>
            <comment>비워 두면 동의 종류의 표준 문구가 동의서에 인쇄됩니다.</comment>
            <translation>비워 두면 동의 종류의 표준 문구가 동의서에 인쇄됩니다.</translation>
        </message>
        <message>
            <source>Legal &amp; rights</source>
            <comment>법률·권익</comment>
            <translation>법률·권익</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <comment>법정대리인</comment>
            <translation>법정대리인</translation>
        </message>
        <message>
            <source>Less than expected</source>
            <comment>기대보다 못 미침</comment>
            <translation>기대보다 못 미침</translation>
        </message>
        <message>
            <source>Level (0–3)</source>
            <comment>욕구 수준(0–3)</comment>
            <translation>욕구 수준(0–3)</translation>
        </message>
        <message>
            <source>Linked resource</source>
            <comment>연계 자원</comment>
            <translation>연계 자원</translation>
        </message>
        <message>
            <source>Linked resource</source>
            <comment>자원망 연결</comment>
            <translation>자원망 연결</translation>
        </message>
        <message>
            <source>List attendees by organisation in the table below; note anything else here.</source>
            <comment>참석자는 아래 표에 소속별로 적고, 여기에는 덧붙일 말만 적습니다.</comment>
            <translation>참석자는 아래 표에 소속별로 적고, 여기에는 덧붙일 말만 적습니다.</translation>
        </message>
        <message>
            <source>Livelihood benefit</source>
            <comment>기초생활수급(생계)</comment>
            <translation>기초생활수급(생계)</translation>
        </message>
        <message>
            <source>Livelihood benefit</source>
            <comment>생계급여</comment>
            <translation>생계급여</translation>
        </message>
        <message>
            <source>Livelihood hardship</source>
            <comment>생계 곤란</comment>
            <translation>생계 곤란</translation>
        </message>
        <message>
            <source>Liver</source>
            <comment>간</comment>
            <translation>간</translation>
        </message>
        <message>
            <source>Lives alone</source>
            <comment>독거</comment>
            <translation>독거</translation>
        </message>
        <message>
            <source>Lives together</source>
            <comment>동거</comment>
            <translation>동거</translation>
        </message>
        <message>
            <source>Living environment &amp; rights</source>
            <comment>생활환경·권익보장</comment>
            <translation>생활환경·권익보장</translation>
        </message>
        <message>
            <source>Lock</source>
            <comment>잠금</comment>
            <translation>잠금</translation>
        </message>
        <message>
            <source>Long-term</source>
            <comment>장기</comment>
            <translation>장기</translation>
        </message>
        <message>
            <source>Long-term goals achieved</source>
            <comment>장기 목표 달성</comment>
            <translation>장기 목표 달성</translation>
        </message>
        <message>
            <source>Loss of income, not enough for food and essentials</source>
            <comment>소득 상실, 식비·생필품 부족</comment>
            <translation>소득 상실, 식비·생필품 부족</translation>
        </message>
        <message>
            <source>Lost contact</source>
            <comment>연락 두절</comment>
            <translation>연락 두절</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>낮음</comment>
            <translation>낮음</translation>
        </message>
        <message>
            <source>Main problem</source>
            <comment>주요 문제</comment>
            <translation>주요 문제</translation>
        </message>
        <message>
            <source>Male</source>
            <comment>남</comment>
            <translation>남</translation>
        </message>
        <message>
            <source>Mean change (closing − intake)</source>
            <comment>영역별 변화(종결−초기, 평균)</comment>
            <translation>영역별 변화(종결−초기, 평균)</translation>
        </message>
        <message>
            <source>Mean days intake → plan</source>
            <comment>접수→계획 평균 일수</comment>
            <translation>접수→계획 평균 일수</translation>
        </message>
        <message>
            <source>Mean days to acceptance</source>
            <comment>접수까지 평균 일수</comment>
            <translation>접수까지 평균 일수</translation>
        </message>
        <message>
            <source>Mean level at closing</source>
            <comment>영역별 종결 수준(평균)</comment>
            <translation>영역별 종결 수준(평균)</translation>
        </message>
        <message>
            <source>Mean level at intake</source>
            <comment>영역별 초기 수준(평균)</comment>
            <translation>영역별 초기 수준(평균)</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>의료비</comment>
            <translation>의료비</translation>
        </message>
        <message>
            <source>Medical benefit</source>
            <comment>기초생활수급(의료)</comment>
            <translation>기초생활수급(의료)</translation>
        </message>
        <message>
            <source>Mental</source>
            <comment>정신</comment>
            <translation>정신</translation>
        </message>
        <message>
            <source>Mental health</source>
            <comment>정신건강</comment>
            <translation>정신건강</translation>
        </message>
        <message>
            <source>Mental health crisis</source>
            <comment>정신 건강 위기</comment>
            <translation>정신 건강 위기</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>문자·메신저</comment>
            <translation>문자·메신저</translation>
        </message>
        <message>
            <source>Method</source>
            <comment>방법</comment>
            <translation>방법</translation>
        </message>
        <message>
            <source>Middle school</source>
            <comment>중학교</comment>
            <translation>중학교</translation>
        </message>
        <message>
            <source>Mild</source>
            <comment>경미</comment>
            <translation>경미</translation>
        </message>
        <message>
            <source>Mild</source>
            <comment>약간</comment>
            <translation>약간</translation>
        </message>
        <message>
            <source>Minutes by contact mode</source>
            <comment>접촉 방법별 시간(분)</comment>
            <translation>접촉 방법별 시간(분)</translation>
        </message>
        <message>
            <source>Minutes by practice type</source>
            <comment>실천 유형별 시간(분)</comment>
            <translation>실천 유형별 시간(분)</translation>
        </message>
        <message>
            <source>Moderate</source>
            <comment>보통</comment>
            <translation>보통</translation>
        </message>
        <message>
            <source>Monitoring &amp; re-assessment</source>
            <comment>모니터링·재평가</comment>
            <translation>모니터링·재평가</translation>
        </message>
        <message>
            <source>Monitoring every (days)</source>
            <comment>점검 주기(일)</comment>
            <translation>점검 주기(일)</translation>
        </message>
        <message>
            <source>Monitoring interval: general</source>
            <comment>모니터링 주기: 일반</comment>
            <translation>모니터링 주기: 일반</translation>
        </message>
        <message>
            <source>Monitoring interval: intensive</source>
            <comment>모니터링 주기: 고난도</comment>
            <translation>모니터링 주기: 고난도</translation>
        </message>
        <message>
            <source>Monitoring interval: level not recorded</source>
            <comment>모니터링 주기: 선정 수준 미상</comment>
            <translation>모니터링 주기: 선정 수준 미상</translation>
        </message>
        <message>
            <source>Monitoring review</source>
            <comment>모니터링·재평가</comment>
            <translation>모니터링·재평가</translation>
        </message>
        <message>
            <source>Monitoring review due</source>
            <comment>모니터링 점검</comment>
            <translation>모니터링 점검</translation>
        </message>
        <message>
            <source>Monitoring reviews</source>
            <comment>모니터링 점검</comment>
            <translation>모니터링 점검</translation>
        </message>
        <message>
            <source>Monthly balance (income − expenses)</source>
            <comment>월 수지(소득 − 지출)</comment>
            <translation>월 수지(소득 − 지출)</translation>
        </message>
        <message>
            <source>Monthly expenses</source>
            <comment>월 지출</comment>
            <translation>월 지출</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <comment>월 소득</comment>
            <translation>월 소득</translation>
        </message>
        <message>
            <source>Monthly income and expenses</source>
            <comment>월 소득·지출</comment>
            <translation>월 소득·지출</translation>
        </message>
        <message>
            <source>Monthly rent</source>
            <comment>보증부 월세</comment>
            <translation>보증부 월세</translation>
        </message>
        <message>
            <source>Monthly, no deposit</source>
            <comment>무보증 월세·사글세</comment>
            <translation>무보증 월세·사글세</translation>
        </message>
        <message>
            <source>More than expected</source>
            <comment>기대보다 나음</comment>
            <translation>기대보다 나음</translation>
        </message>
        <message>
            <source>Mother, legal guardian …</source>
            <comment>모, 후견인 등</comment>
            <translation>모, 후견인 등</translation>
        </message>
        <message>
            <source>Moved away</source>
            <comment>이사</comment>
            <translation>이사</translation>
        </message>
        <message>
            <source>Much less than expected</source>
            <comment>기대보다 매우 못 미침</comment>
            <translation>기대보다 매우 못 미침</translation>
        </message>
        <message>
            <source>Much more than expected</source>
            <comment>기대보다 매우 나음</comment>
            <translation>기대보다 매우 나음</translation>
        </message>
        <message>
            <source>Multi-unit house</source>
            <comment>다세대·연립</comment>
            <translation>다세대·연립</translation>
        </message>
        <message>
            <source>Multicultural family</source>
            <comment>다문화</comment>
            <translation>다문화</translation>
        </message>
        <message>
            <source>Multicultural family</source>
            <comment>다문화 가구</comment>
            <translation>다문화 가구</translation>
        </message>
        <message>
            <source>Mutual</source>
            <comment>상호</comment>
            <translation>상호</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>성명</comment>
            <translation>성명</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>이름</comment>
            <translation>이름</translation>
        </message>
        <message>
            <source>Name, date of birth, sex, phone, address, household, income and assets, housing, counselling notes</source>
            <comment>성명, 생년월일, 성별, 연락처, 주소, 가구 구성, 소득·재산, 주거 상황, 상담 내용</comment>
            <translation>성명, 생년월일, 성별, 연락처, 주소, 가구 구성, 소득·재산, 주거 상황, 상담 내용</translation>
        </message>
        <message>
            <source>Name, phone, address, household situation, needs and services</source>
            <comment>성명, 연락처, 주소, 가구 상황, 욕구 및 서비스 내용</comment>
            <translation>성명, 연락처, 주소, 가구 상황, 욕구 및 서비스 내용</translation>
        </message>
        <message>
            <source>Narrative</source>
            <comment>내용</comment>
            <translation>내용</translation>
        </message>
        <message>
            <source>Near poverty</source>
            <comment>차상위</comment>
            <translation>차상위</translation>
        </message>
        <message>
            <source>Need area</source>
            <comment>욕구 영역</comment>
            <translation>욕구 영역</translation>
        </message>
        <message>
            <source>Need level change per area (intake → closing)</source>
            <comment>욕구 영역별 변화(초기→종결)</comment>
            <translation>욕구 영역별 변화(초기→종결)</translation>
        </message>
        <message>
            <source>Need-area change of closed cases</source>
            <comment>종결 사례의 욕구 영역 변화</comment>
            <translation>종결 사례의 욕구 영역 변화</translation>
        </message>
        <message>
            <source>Need-area change: level (0–3) in the closing assessment (the one linked to the termination, else the latest closing assessment) minus the first intake assessment, for cases closed in the period; negative means the need went down.</source>
            <comment>욕구 영역 변화: 기간 중 종결된 사례의 첫 초기사정과 종결사정(종결 기록에 연결된 것, 없으면 가장 최근 종결사정)의 수준(0–3) 차이. 음수는 욕구가 줄었다는 뜻입니다.</comment>
            <translation>욕구 영역 변화: 기간 중 종결된 사례의 첫 초기사정과 종결사정(종결 기록에 연결된 것, 없으면 가장 최근 종결사정)의 수준(0–3) 차이. 음수는 욕구가 줄었다는 뜻입니다.</translation>
        </message>
        <message>
            <source>Needs &amp; crisis assessment due</source>
            <comment>욕구·위기도 조사 기한</comment>
            <translation>욕구·위기도 조사 기한</translation>
        </message>
        <message>
            <source>Needs &amp; crisis assessment: days after intake</source>
            <comment>욕구·위기도 조사: 접수 후</comment>
            <translation>욕구·위기도 조사: 접수 후</translation>
        </message>
        <message>
            <source>Neighbour or acquaintance</source>
            <comment>이웃·지인</comment>
            <translation>이웃·지인</translation>
        </message>
        <message>
            <source>Neutral</source>
            <comment>보통</comment>
            <translation>보통</translation>
        </message>
        <message>
            <source>New date</source>
            <comment>새 예정일</comment>
            <translation>새 예정일</translation>
        </message>
        <message>
            <source>Next steps (who, by when)</source>
            <comment>향후 계획(누가·언제)</comment>
            <translation>향후 계획(누가·언제)</translation>
        </message>
        <message>
            <source>No assessment is recorded yet.</source>
            <comment>사정이 아직 기록되지 않았습니다.</comment>
            <translation>사정이 아직 기록되지 않았습니다.</translation>
        </message>
        <message>
            <source>No birth date</source>
            <comment>생년월일 미기재</comment>
            <translation>생년월일 미기재</translation>
        </message>
        <message>
            <source>No consent to the service is recorded yet.</source>
            <comment>서비스 이용 동의가 아직 기록되지 않았습니다.</comment>
            <translation>서비스 이용 동의가 아직 기록되지 않았습니다.</translation>
        </message>
        <message>
            <source>No direction</source>
            <comment>방향 없음</comment>
            <translation>방향 없음</translation>
        </message>
        <message>
            <source>No dwelling</source>
            <comment>거처 없음</comment>
            <translation>거처 없음</translation>
        </message>
        <message>
            <source>No follow-up contact is scheduled.</source>
            <comment>사후관리 일정이 없습니다.</comment>
            <translation>사후관리 일정이 없습니다.</translation>
        </message>
        <message>
            <source>No linked goal</source>
            <comment>목표 연결 없음</comment>
            <translation>목표 연결 없음</translation>
        </message>
        <message>
            <source>No monitoring review is recorded.</source>
            <comment>모니터링 점검 기록이 없습니다.</comment>
            <translation>모니터링 점검 기록이 없습니다.</translation>
        </message>
        <message>
            <source>No need</source>
            <comment>문제없음</comment>
            <translation>문제없음</translation>
        </message>
        <message>
            <source>No one in touch, risk of dying alone</source>
            <comment>연락하는 사람이 없음, 고독사 위험</comment>
            <translation>연락하는 사람이 없음, 고독사 위험</translation>
        </message>
        <message>
            <source>No schooling</source>
            <comment>무학</comment>
            <translation>무학</translation>
        </message>
        <message>
            <source>No service has been logged yet.</source>
            <comment>서비스 제공 기록이 아직 없습니다.</comment>
            <translation>서비스 제공 기록이 아직 없습니다.</translation>
        </message>
        <message>
            <source>No termination record</source>
            <comment>종결 기록 없음</comment>
            <translation>종결 기록 없음</translation>
        </message>
        <message>
            <source>No termination record yet.</source>
            <comment>종결 기록이 없습니다.</comment>
            <translation>종결 기록이 없습니다.</translation>
        </message>
        <message>
            <source>Nobody to care for a child, older, disabled or sick person</source>
            <comment>아동·노인·장애인·환자를 돌볼 사람이 없음</comment>
            <translation>아동·노인·장애인·환자를 돌볼 사람이 없음</translation>
        </message>
        <message>
            <source>None</source>
            <comment>없음</comment>
            <translation>없음</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <comment>미달성</comment>
            <translation>미달성</translation>
        </message>
        <message>
            <source>Not carried out</source>
            <comment>진행 안 됨</comment>
            <translation>진행 안 됨</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <comment>미기재</comment>
            <translation>미기재</translation>
        </message>
        <message>
            <source>Not registered (suspected)</source>
            <comment>미등록(의심)</comment>
            <translation>미등록(의심)</translation>
        </message>
        <message>
            <source>Not selected: information only</source>
            <comment>미선정(정보 제공 후 종결)</comment>
            <translation>미선정(정보 제공 후 종결)</translation>
        </message>
        <message>
            <source>Not selected: linkage only</source>
            <comment>미선정(단순 서비스 연계)</comment>
            <translation>미선정(단순 서비스 연계)</translation>
        </message>
        <message>
            <source>Not severe</source>
            <comment>심하지 않은 장애</comment>
            <translation>심하지 않은 장애</translation>
        </message>
        <message>
            <source>Not yet at school</source>
            <comment>미취학</comment>
            <translation>미취학</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>내용</comment>
            <translation>내용</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>메모</comment>
            <translation>메모</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>비고</comment>
            <translation>비고</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>내용</comment>
            <translation>내용</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>메모</comment>
            <translation>메모</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>비고</comment>
            <translation>비고</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>점검 내용</comment>
            <translation>점검 내용</translation>
        </message>
        <message>
            <source>Notice the changes</source>
            <comment>변화 파악</comment>
            <translation>변화 파악</translation>
        </message>
        <message>
            <source>Notice what is changing in the client's life.</source>
            <comment>개입을 통해 어떤 변화가 일어나는지 파악합니다.</comment>
            <translation>개입을 통해 어떤 변화가 일어나는지 파악합니다.</translation>
        </message>
        <message>
            <source>Observed change</source>
            <comment>관찰된 변화</comment>
            <translation>관찰된 변화</translation>
        </message>
        <message>
            <source>Occupation</source>
            <comment>직업</comment>
            <translation>직업</translation>
        </message>
        <message>
            <source>Offer to reopen if needed</source>
            <comment>필요시 재개입 안내</comment>
            <translation>필요시 재개입 안내</translation>
        </message>
        <message>
            <source>Office</source>
            <comment>내방</comment>
            <translation>내방</translation>
        </message>
        <message>
            <source>Older adult</source>
            <comment>노인</comment>
            <translation>노인</translation>
        </message>
        <message>
            <source>Older couple</source>
            <comment>노인 부부 가구</comment>
            <translation>노인 부부 가구</translation>
        </message>
        <message>
            <source>Older person alone</source>
            <comment>노인 단독 가구</comment>
            <translation>노인 단독 가구</translation>
        </message>
        <message>
            <source>One person</source>
            <comment>1인 가구</comment>
            <translation>1인 가구</translation>
        </message>
        <message>
            <source>Online</source>
            <comment>온라인</comment>
            <translation>온라인</translation>
        </message>
        <message>
            <source>Only where it differs from where the client lives.</source>
            <comment>실거주지와 다를 때만 적습니다.</comment>
            <translation>실거주지와 다를 때만 적습니다.</translation>
        </message>
        <message>
            <source>Opened</source>
            <comment>신규 접수</comment>
            <translation>신규 접수</translation>
        </message>
        <message>
            <source>Opened by intake route</source>
            <comment>접수 경로별 신규 접수</comment>
            <translation>접수 경로별 신규 접수</translation>
        </message>
        <message>
            <source>Opened on</source>
            <comment>접수일</comment>
            <translation>접수일</translation>
        </message>
        <message>
            <source>Organisation</source>
            <comment>기관</comment>
            <translation>기관</translation>
        </message>
        <message>
            <source>Organisation</source>
            <comment>소속</comment>
            <translation>소속</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>기타</comment>
            <translation>기타</translation>
        </message>
        <message>
            <source>Other / unknown</source>
            <comment>기타/미상</comment>
            <translation>기타/미상</translation>
        </message>
        <message>
            <source>Other expenses</source>
            <comment>기타 지출</comment>
            <translation>기타 지출</translation>
        </message>
        <message>
            <source>Other income</source>
            <comment>기타 소득</comment>
            <translation>기타 소득</translation>
        </message>
        <message>
            <source>Other public rental</source>
            <comment>국민·매입임대</comment>
            <translation>국민·매입임대</translation>
        </message>
        <message>
            <source>Other public transfers (pensions, allowances)</source>
            <comment>기타 공적 이전(연금·수당)</comment>
            <translation>기타 공적 이전(연금·수당)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>선정 결과</comment>
            <translation>선정 결과</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>성과</comment>
            <translation>성과</translation>
        </message>
        <message>
            <source>Outcome per goal</source>
            <comment>목표별 성과</comment>
            <translation>목표별 성과</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <comment>성과</comment>
            <translation>성과</translation>
        </message>
        <message>
            <source>Outreach</source>
            <comment>사례관리자 발굴(아웃리치)</comment>
            <translation>사례관리자 발굴(아웃리치)</translation>
        </message>
        <message>
            <source>Outreach / accompanying</source>
            <comment>기관방문·동행</comment>
            <translation>기관방문·동행</translation>
        </message>
        <message>
            <source>Overall opinion</source>
            <comment>종합 의견</comment>
            <translation>종합 의견</translation>
        </message>
        <message>
            <source>Owned</source>
            <comment>자가</comment>
            <translation>자가</translation>
        </message>
        <message>
            <source>Partly</source>
            <comment>일부 진행</comment>
            <translation>일부 진행</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <comment>부분 달성</comment>
            <translation>부분 달성</translation>
        </message>
        <message>
            <source>People (실인원) counts different clients; contacts (연인원) counts service records.</source>
            <comment>실인원은 서로 다른 사람 수, 연인원(건수)은 서비스 제공 기록의 수입니다.</comment>
            <translation>실인원은 서로 다른 사람 수, 연인원(건수)은 서비스 제공 기록의 수입니다.</translation>
        </message>
        <message>
            <source>Performance</source>
            <comment>수행 정도</comment>
            <translation>수행 정도</translation>
        </message>
        <message>
            <source>Permanent rental</source>
            <comment>영구임대</comment>
            <translation>영구임대</translation>
        </message>
        <message>
            <source>Person</source>
            <comment>개인</comment>
            <translation>개인</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <comment>담당자</comment>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Person or agency to call in a crisis, with the number</source>
            <comment>위기 때 연락할 사람·기관과 전화</comment>
            <translation>위기 때 연락할 사람·기관과 전화</translation>
        </message>
        <message>
            <source>Person or resource</source>
            <comment>대상(사람·자원)</comment>
            <translation>대상(사람·자원)</translation>
        </message>
        <message>
            <source>Personal history</source>
            <comment>개인력</comment>
            <translation>개인력</translation>
        </message>
        <message>
            <source>Personal obstacles</source>
            <comment>개인 장애물</comment>
            <translation>개인 장애물</translation>
        </message>
        <message>
            <source>Personal strengths</source>
            <comment>개인 강점</comment>
            <translation>개인 강점</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>연락처</comment>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>전화</comment>
            <translation>전화</translation>
        </message>
        <message>
            <source>Phone and internet</source>
            <comment>통신비</comment>
            <translation>통신비</translation>
        </message>
        <message>
            <source>Photos</source>
            <comment>사진 촬영·활용</comment>
            <translation>사진 촬영·활용</translation>
        </message>
        <message>
            <source>Physical</source>
            <comment>지체</comment>
            <translation>지체</translation>
        </message>
        <message>
            <source>Physical health crisis</source>
            <comment>신체 건강 위기</comment>
            <translation>신체 건강 위기</translation>
        </message>
        <message>
            <source>Plan adherence</source>
            <comment>계획 이행</comment>
            <translation>계획 이행</translation>
        </message>
        <message>
            <source>Plan due</source>
            <comment>계획 수립 기한</comment>
            <translation>계획 수립 기한</translation>
        </message>
        <message>
            <source>Plan follow-up</source>
            <comment>사후관리 계획</comment>
            <translation>사후관리 계획</translation>
        </message>
        <message>
            <source>Plan the follow-up after closing.</source>
            <comment>종결 후 사후관리 계획을 세웁니다.</comment>
            <translation>종결 후 사후관리 계획을 세웁니다.</translation>
        </message>
        <message>
            <source>Planning</source>
            <comment>계획수립</comment>
            <translation>계획수립</translation>
        </message>
        <message>
            <source>Planning services that fit the client's health and linking health and mental-health resources</source>
            <comment>건강 상태에 맞는 서비스 계획과 의료·정신건강 자원 연계</comment>
            <translation>건강 상태에 맞는 서비스 계획과 의료·정신건강 자원 연계</translation>
        </message>
        <message>
            <source>Plans</source>
            <comment>계획 수립</comment>
            <translation>계획 수립</translation>
        </message>
        <message>
            <source>Plans made</source>
            <comment>계획 수립</comment>
            <translation>계획 수립</translation>
        </message>
        <message>
            <source>Plans within 30 days</source>
            <comment>기한(30일) 내 계획</comment>
            <translation>기한(30일) 내 계획</translation>
        </message>
        <message>
            <source>Poor</source>
            <comment>미흡</comment>
            <translation>미흡</translation>
        </message>
        <message>
            <source>Postpone follow-up</source>
            <comment>사후관리 연기</comment>
            <translation>사후관리 연기</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <comment>사례관리자</comment>
            <translation>사례관리자</translation>
        </message>
        <message>
            <source>Practitioner's view</source>
            <comment>사례관리자 의견</comment>
            <translation>사례관리자 의견</translation>
        </message>
        <message>
            <source>Prepared</source>
            <comment>담당</comment>
            <translation>담당</translation>
        </message>
        <message>
            <source>Presenting request</source>
            <comment>주호소·요청 내용</comment>
            <translation>주호소·요청 내용</translation>
        </message>
        <message>
            <source>Print</source>
            <comment>출력</comment>
            <translation>출력</translation>
        </message>
        <message>
            <source>Priority</source>
            <comment>개입 우선순위</comment>
            <translation>개입 우선순위</translation>
        </message>
        <message>
            <source>Priority</source>
            <comment>우선순위</comment>
            <translation>우선순위</translation>
        </message>
        <message>
            <source>Private transfers (family, friends)</source>
            <comment>사적 이전(가족·지인 지원)</comment>
            <translation>사적 이전(가족·지인 지원)</translation>
        </message>
        <message>
            <source>Providing or linking services</source>
            <comment>서비스 제공·연계</comment>
            <translation>서비스 제공·연계</translation>
        </message>
        <message>
            <source>Provision to third parties (resource network)</source>
            <comment>개인정보 제3자 제공(자원망 정보 공유)</comment>
            <translation>개인정보 제3자 제공(자원망 정보 공유)</translation>
        </message>
        <message>
            <source>Public administration</source>
            <comment>공공(행정복지센터 등)</comment>
            <translation>공공(행정복지센터 등)</translation>
        </message>
        <message>
            <source>Public agency</source>
            <comment>공공기관</comment>
            <translation>공공기관</translation>
        </message>
        <message>
            <source>Public assistance</source>
            <comment>생활 구분</comment>
            <translation>생활 구분</translation>
        </message>
        <message>
            <source>Public transfers</source>
            <comment>공적 이전</comment>
            <translation>공적 이전</translation>
        </message>
        <message>
            <source>Purpose</source>
            <comment>동의 목적</comment>
            <translation>동의 목적</translation>
        </message>
        <message>
            <source>Purpose of collection and use</source>
            <comment>수집·이용 목적</comment>
            <translation>수집·이용 목적</translation>
        </message>
        <message>
            <source>Purposes agreed to</source>
            <comment>동의한 목적</comment>
            <translation>동의한 목적</translation>
        </message>
        <message>
            <source>Re-assess</source>
            <comment>재사정</comment>
            <translation>재사정</translation>
        </message>
        <message>
            <source>Re-assessment</source>
            <comment>재사정</comment>
            <translation>재사정</translation>
        </message>
        <message>
            <source>Re-entry needed</source>
            <comment>재접수(재개입) 필요</comment>
            <translation>재접수(재개입) 필요</translation>
        </message>
        <message>
            <source>Read the plan through with the client and record their agreement in their own way.</source>
            <comment>계획을 대상자와 함께 읽고, 대상자의 뜻으로 동의를 받습니다.</comment>
            <translation>계획을 대상자와 함께 읽고, 대상자의 뜻으로 동의를 받습니다.</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>연기 사유</comment>
            <translation>연기 사유</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>의뢰 사유</comment>
            <translation>의뢰 사유</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>종결 사유</comment>
            <translation>종결 사유</translation>
        </message>
        <message>
            <source>Reasons</source>
            <comment>선정 사유·판단 근거</comment>
            <translation>선정 사유·판단 근거</translation>
        </message>
        <message>
            <source>Reasons for the risk level</source>
            <comment>위기도 판단 근거</comment>
            <translation>위기도 판단 근거</translation>
        </message>
        <message>
            <source>Recipients</source>
            <comment>제공받는 자</comment>
            <translation>제공받는 자</translation>
        </message>
        <message>
            <source>Recipients (third-party provision)</source>
            <comment>제공받는 자(제3자 제공)</comment>
            <translation>제공받는 자(제3자 제공)</translation>
        </message>
        <message>
            <source>Recipients' purpose</source>
            <comment>제공받는 자의 이용 목적</comment>
            <translation>제공받는 자의 이용 목적</translation>
        </message>
        <message>
            <source>Recipients' retention period</source>
            <comment>제공받는 자의 보유·이용 기간</comment>
            <translation>제공받는 자의 보유·이용 기간</translation>
        </message>
        <message>
            <source>Record export (download)</source>
            <comment>기록 내보내기(다운로드)</comment>
            <translation>기록 내보내기(다운로드)</translation>
        </message>
        <message>
            <source>Refer elsewhere</source>
            <comment>의뢰</comment>
            <translation>의뢰</translation>
        </message>
        <message>
            <source>Referral</source>
            <comment>자원 의뢰</comment>
            <translation>자원 의뢰</translation>
        </message>
        <message>
            <source>Referral detail</source>
            <comment>접수 경로 상세</comment>
            <translation>접수 경로 상세</translation>
        </message>
        <message>
            <source>Referral letter</source>
            <comment>의뢰서</comment>
            <translation>의뢰서</translation>
        </message>
        <message>
            <source>Referral route</source>
            <comment>접수 경로</comment>
            <translation>접수 경로</translation>
        </message>
        <message>
            <source>Referral to another agency</source>
            <comment>타 기관 의뢰</comment>
            <translation>타 기관 의뢰</translation>
        </message>
        <message>
            <source>Referrals</source>
            <comment>자원 의뢰</comment>
            <translation>자원 의뢰</translation>
        </message>
        <message>
            <source>Referrals accepted</source>
            <comment>의뢰 접수됨</comment>
            <translation>의뢰 접수됨</translation>
        </message>
        <message>
            <source>Referrals by resource category</source>
            <comment>자원 분야별</comment>
            <translation>자원 분야별</translation>
        </message>
        <message>
            <source>Referrals by resource category</source>
            <comment>자원 분야별 의뢰</comment>
            <translation>자원 분야별 의뢰</translation>
        </message>
        <message>
            <source>Referrals by status</source>
            <comment>의뢰 상태별</comment>
            <translation>의뢰 상태별</translation>
        </message>
        <message>
            <source>Referrals sent</source>
            <comment>자원 의뢰</comment>
            <translation>자원 의뢰</translation>
        </message>
        <message>
            <source>Referrals, linking services and case conferences (the recipients' purpose)</source>
            <comment>서비스 의뢰·연계와 사례회의(제공받는 자의 이용 목적)</comment>
            <translation>서비스 의뢰·연계와 사례회의(제공받는 자의 이용 목적)</translation>
        </message>
        <message>
            <source>Registered address</source>
            <comment>등본상 주소</comment>
            <translation>등본상 주소</translation>
        </message>
        <message>
            <source>Relation</source>
            <comment>관계</comment>
            <translation>관계</translation>
        </message>
        <message>
            <source>Relative</source>
            <comment>친척</comment>
            <translation>친척</translation>
        </message>
        <message>
            <source>Religion / community</source>
            <comment>종교·지역사회</comment>
            <translation>종교·지역사회</translation>
        </message>
        <message>
            <source>Rent or utility arrears, debt collection, seizure</source>
            <comment>월세·공과금 체납, 채무 독촉, 압류</comment>
            <translation>월세·공과금 체납, 채무 독촉, 압류</translation>
        </message>
        <message>
            <source>Rent-free</source>
            <comment>무상</comment>
            <translation>무상</translation>
        </message>
        <message>
            <source>Reopened</source>
            <comment>재개입</comment>
            <translation>재개입</translation>
        </message>
        <message>
            <source>Report</source>
            <comment>보고서</comment>
            <translation>보고서</translation>
        </message>
        <message>
            <source>Representative's name</source>
            <comment>법정대리인 성명</comment>
            <translation>법정대리인 성명</translation>
        </message>
        <message>
            <source>Representative's relation</source>
            <comment>법정대리인 관계</comment>
            <translation>법정대리인 관계</translation>
        </message>
        <message>
            <source>Rescheduled for workload</source>
            <comment>업무 일정 조정</comment>
            <translation>업무 일정 조정</translation>
        </message>
        <message>
            <source>Resident number revealed</source>
            <comment>주민등록번호 열람</comment>
            <translation>주민등록번호 열람</translation>
        </message>
        <message>
            <source>Resident registration no.</source>
            <comment>주민등록번호</comment>
            <translation>주민등록번호</translation>
        </message>
        <message>
            <source>Resident registration number</source>
            <comment>주민등록번호</comment>
            <translation>주민등록번호</translation>
        </message>
        <message>
            <source>Residential facility</source>
            <comment>시설</comment>
            <translation>시설</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>관련 자원</comment>
            <translation>관련 자원</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>의뢰 기관·사람</comment>
            <translation>의뢰 기관·사람</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>자원</comment>
            <translation>자원</translation>
        </message>
        <message>
            <source>Resource</source>
            <comment>자원(기관·사람)</comment>
            <translation>자원(기관·사람)</translation>
        </message>
        <message>
            <source>Resource linkage</source>
            <comment>자원 연계</comment>
            <translation>자원 연계</translation>
        </message>
        <message>
            <source>Resource linkage &amp; referral</source>
            <comment>자원연계·의뢰</comment>
            <translation>자원연계·의뢰</translation>
        </message>
        <message>
            <source>Respect autonomy: ask consent separately for each purpose.</source>
            <comment>자기결정(자율성) 존중: 목적마다 따로 동의를 받습니다.</comment>
            <translation>자기결정(자율성) 존중: 목적마다 따로 동의를 받습니다.</translation>
        </message>
        <message>
            <source>Respiratory</source>
            <comment>호흡기</comment>
            <translation>호흡기</translation>
        </message>
        <message>
            <source>Restore</source>
            <comment>복원</comment>
            <translation>복원</translation>
        </message>
        <message>
            <source>Result</source>
            <comment>결과</comment>
            <translation>결과</translation>
        </message>
        <message>
            <source>Resulting plan change</source>
            <comment>계획 변경 내용</comment>
            <translation>계획 변경 내용</translation>
        </message>
        <message>
            <source>Retention (years)</source>
            <comment>보존기간(년)</comment>
            <translation>보존기간(년)</translation>
        </message>
        <message>
            <source>Retention and use period</source>
            <comment>보유·이용 기간</comment>
            <translation>보유·이용 기간</translation>
        </message>
        <message>
            <source>Retention period</source>
            <comment>보유·이용 기간</comment>
            <translation>보유·이용 기간</translation>
        </message>
        <message>
            <source>Review the case with the supervisor; write down who does each agreed action and by when.</source>
            <comment>슈퍼바이저와 함께 사례를 점검하고, 합의한 조치는 누가 언제 할지까지 적습니다.</comment>
            <translation>슈퍼바이저와 함께 사례를 점검하고, 합의한 조치는 누가 언제 할지까지 적습니다.</translation>
        </message>
        <message>
            <source>Reviewed on</source>
            <comment>점검일</comment>
            <translation>점검일</translation>
        </message>
        <message>
            <source>Right to refuse and its consequence</source>
            <comment>동의 거부 권리 및 불이익</comment>
            <translation>동의 거부 권리 및 불이익</translation>
        </message>
        <message>
            <source>Risk level</source>
            <comment>위기도</comment>
            <translation>위기도</translation>
        </message>
        <message>
            <source>Risk of harm, loss of housing, abuse, urgent medical need</source>
            <comment>자해·타해 위험, 주거 상실, 학대, 긴급 의료 여부</comment>
            <translation>자해·타해 위험, 주거 상실, 학대, 긴급 의료 여부</translation>
        </message>
        <message>
            <source>Risk of suicide or self-harm</source>
            <comment>자살·자해 위험</comment>
            <translation>자살·자해 위험</translation>
        </message>
        <message>
            <source>Role</source>
            <comment>직위·역할</comment>
            <translation>직위·역할</translation>
        </message>
        <message>
            <source>Safety</source>
            <comment>안전</comment>
            <translation>안전</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <comment>만족도</comment>
            <translation>만족도</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <comment>만족</comment>
            <translation>만족</translation>
        </message>
        <message>
            <source>Say who you are and which agency you work for.</source>
            <comment>자신이 소속된 기관을 소개합니다.</comment>
            <translation>자신이 소속된 기관을 소개합니다.</translation>
        </message>
        <message>
            <source>School / work</source>
            <comment>학교·직장</comment>
            <translation>학교·직장</translation>
        </message>
        <message>
            <source>Search</source>
            <comment>검색</comment>
            <translation>검색</translation>
        </message>
        <message>
            <source>Selected: cases with a selection decision (general, complex, intensive) in the period, each case once; 'by level' counts decisions. Filtering by a level counts only the cases whose level in force is that level.</source>
            <comment>선정: 기간 중 대상자 선정 결정(일반·고난도·집중)이 있었던 사례 수. 같은 사례를 기간 중 다시 결정하면 한 번 셉니다. 선정 수준별은 결정 건수입니다. 선정 수준을 골라 보면 그 수준이 지금 유효한 사례만 셉니다.</comment>
            <translation>선정: 기간 중 대상자 선정 결정(일반·고난도·집중)이 있었던 사례 수. 같은 사례를 기간 중 다시 결정하면 한 번 셉니다. 선정 수준별은 결정 건수입니다. 선정 수준을 골라 보면 그 수준이 지금 유효한 사례만 셉니다.</translation>
        </message>
        <message>
            <source>Selecting the client, assessing needs and crisis, planning and providing services, monitoring and follow-up</source>
            <comment>사례관리 대상자 선정, 욕구·위기도 조사, 서비스 제공 계획 수립과 제공, 모니터링·사후관리</comment>
            <translation>사례관리 대상자 선정, 욕구·위기도 조사, 서비스 제공 계획 수립과 제공, 모니터링·사후관리</translation>
        </message>
        <message>
            <source>Selection decisions</source>
            <comment>대상자 선정 결정</comment>
            <translation>대상자 선정 결정</translation>
        </message>
        <message>
            <source>Selection decisions by level</source>
            <comment>선정 수준별 결정</comment>
            <translation>선정 수준별 결정</translation>
        </message>
        <message>
            <source>Selection decisions by level</source>
            <comment>선정 수준별(결정)</comment>
            <translation>선정 수준별(결정)</translation>
        </message>
        <message>
            <source>Selection due</source>
            <comment>대상자 선정 기한</comment>
            <translation>대상자 선정 기한</translation>
        </message>
        <message>
            <source>Selection offers 집중 (intensive) besides general and complex.</source>
            <comment>대상자 선정에서 일반·고난도 외에 집중사례를 씁니다.</comment>
            <translation>대상자 선정에서 일반·고난도 외에 집중사례를 씁니다.</translation>
        </message>
        <message>
            <source>Selection: days after the assessment</source>
            <comment>대상자 선정: 조사 후</comment>
            <translation>대상자 선정: 조사 후</translation>
        </message>
        <message>
            <source>Self-advocacy support</source>
            <comment>자기옹호 지원</comment>
            <translation>자기옹호 지원</translation>
        </message>
        <message>
            <source>Self-referral</source>
            <comment>본인 요청</comment>
            <translation>본인 요청</translation>
        </message>
        <message>
            <source>Sensitive data (health etc.)</source>
            <comment>민감정보(건강 등) 처리</comment>
            <translation>민감정보(건강 등) 처리</translation>
        </message>
        <message>
            <source>Sent</source>
            <comment>의뢰</comment>
            <translation>의뢰</translation>
        </message>
        <message>
            <source>Sent on</source>
            <comment>의뢰일</comment>
            <translation>의뢰일</translation>
        </message>
        <message>
            <source>Serious illness or injury, treatment stopped, cannot move about</source>
            <comment>중한 질병·부상, 치료 중단, 거동 불가</comment>
            <translation>중한 질병·부상, 치료 중단, 거동 불가</translation>
        </message>
        <message>
            <source>Service (task)</source>
            <comment>서비스(과업)</comment>
            <translation>서비스(과업)</translation>
        </message>
        <message>
            <source>Service log entry</source>
            <comment>서비스 제공 기록</comment>
            <translation>서비스 제공 기록</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <comment>서비스 시간(분)</comment>
            <translation>서비스 시간(분)</translation>
        </message>
        <message>
            <source>Service minutes</source>
            <comment>서비스 제공 시간(분)</comment>
            <translation>서비스 제공 시간(분)</translation>
        </message>
        <message>
            <source>Service performance</source>
            <comment>서비스 수행 정도</comment>
            <translation>서비스 수행 정도</translation>
        </message>
        <message>
            <source>Service plan</source>
            <comment>서비스 제공 계획</comment>
            <translation>서비스 제공 계획</translation>
        </message>
        <message>
            <source>Service plan: days after intake</source>
            <comment>서비스 제공 계획: 접수 후</comment>
            <translation>서비스 제공 계획: 접수 후</translation>
        </message>
        <message>
            <source>Service plan: days after selection</source>
            <comment>서비스 제공 계획: 선정 후</comment>
            <translation>서비스 제공 계획: 선정 후</translation>
        </message>
        <message>
            <source>Service started</source>
            <comment>서비스 시작일</comment>
            <translation>서비스 시작일</translation>
        </message>
        <message>
            <source>Services</source>
            <comment>서비스 제공</comment>
            <translation>서비스 제공</translation>
        </message>
        <message>
            <source>Services</source>
            <comment>제공 서비스</comment>
            <translation>제공 서비스</translation>
        </message>
        <message>
            <source>Services (contacts)</source>
            <comment>서비스 제공 건수(연인원)</comment>
            <translation>서비스 제공 건수(연인원)</translation>
        </message>
        <message>
            <source>Services by contact mode</source>
            <comment>접촉 방법별 건수</comment>
            <translation>접촉 방법별 건수</translation>
        </message>
        <message>
            <source>Services by contact mode</source>
            <comment>접촉 방법별 서비스</comment>
            <translation>접촉 방법별 서비스</translation>
        </message>
        <message>
            <source>Services by need area</source>
            <comment>욕구 영역별 서비스</comment>
            <translation>욕구 영역별 서비스</translation>
        </message>
        <message>
            <source>Services by practice type</source>
            <comment>실천 유형별 건수</comment>
            <translation>실천 유형별 건수</translation>
        </message>
        <message>
            <source>Services by practice type</source>
            <comment>실천 유형별 서비스</comment>
            <translation>실천 유형별 서비스</translation>
        </message>
        <message>
            <source>Set goals in which the client's strengths are used and grow.</source>
            <comment>강점이 발휘되고 강화될 수 있는 목표와 계획을 세웁니다.</comment>
            <translation>강점이 발휘되고 강화될 수 있는 목표와 계획을 세웁니다.</translation>
        </message>
        <message>
            <source>Set goals that use the client's strengths and include what the client will do.</source>
            <comment>강점이 발휘될 수 있는 목표를 세우고, 대상자가 스스로 할 일을 포함합니다.</comment>
            <translation>강점이 발휘될 수 있는 목표를 세우고, 대상자가 스스로 할 일을 포함합니다.</translation>
        </message>
        <message>
            <source>Settings change</source>
            <comment>설정 변경</comment>
            <translation>설정 변경</translation>
        </message>
        <message>
            <source>Severe</source>
            <comment>심각</comment>
            <translation>심각</translation>
        </message>
        <message>
            <source>Severe</source>
            <comment>심한 장애</comment>
            <translation>심한 장애</translation>
        </message>
        <message>
            <source>Sex</source>
            <comment>성별</comment>
            <translation>성별</translation>
        </message>
        <message>
            <source>Share of plans within 30 days</source>
            <comment>기한 내 계획 비율</comment>
            <translation>기한 내 계획 비율</translation>
        </message>
        <message>
            <source>Short-term</source>
            <comment>단기</comment>
            <translation>단기</translation>
        </message>
        <message>
            <source>Short-term goals achieved</source>
            <comment>단기 목표 달성</comment>
            <translation>단기 목표 달성</translation>
        </message>
        <message>
            <source>Show genuine interest</source>
            <comment>진심 어린 관심 표현</comment>
            <translation>진심 어린 관심 표현</translation>
        </message>
        <message>
            <source>Show genuine interest in the lives of the client and family.</source>
            <comment>클라이언트와 가족의 삶에 진심 어린 관심을 표현합니다.</comment>
            <translation>클라이언트와 가족의 삶에 진심 어린 관심을 표현합니다.</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <comment>서면 서명</comment>
            <translation>서면 서명</translation>
        </message>
        <message>
            <source>Signed on screen</source>
            <comment>화면 서명</comment>
            <translation>화면 서명</translation>
        </message>
        <message>
            <source>Single parent</source>
            <comment>한부모</comment>
            <translation>한부모</translation>
        </message>
        <message>
            <source>Single parent</source>
            <comment>한부모 가구</comment>
            <translation>한부모 가구</translation>
        </message>
        <message>
            <source>Situation improved</source>
            <comment>상황 호전</comment>
            <translation>상황 호전</translation>
        </message>
        <message>
            <source>Social isolation</source>
            <comment>사회적 고립</comment>
            <translation>사회적 고립</translation>
        </message>
        <message>
            <source>Social relations</source>
            <comment>사회적관계</comment>
            <translation>사회적관계</translation>
        </message>
        <message>
            <source>Solution meeting (with outside agencies)</source>
            <comment>솔루션 회의</comment>
            <translation>솔루션 회의</translation>
        </message>
        <message>
            <source>Speech</source>
            <comment>언어</comment>
            <translation>언어</translation>
        </message>
        <message>
            <source>Spouse, child, mother, father, sibling …</source>
            <comment>배우자, 자녀, 모, 부, 형제 …</comment>
            <translation>배우자, 자녀, 모, 부, 형제 …</translation>
        </message>
        <message>
            <source>Starts on</source>
            <comment>시작일</comment>
            <translation>시작일</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>상태</comment>
            <translation>상태</translation>
        </message>
        <message>
            <source>Stoma</source>
            <comment>장루·요루</comment>
            <translation>장루·요루</translation>
        </message>
        <message>
            <source>Strength</source>
            <comment>관계 강도</comment>
            <translation>관계 강도</translation>
        </message>
        <message>
            <source>Strengthen the resource network</source>
            <comment>자원망 강화</comment>
            <translation>자원망 강화</translation>
        </message>
        <message>
            <source>Strengths-based goals</source>
            <comment>강점 기반 목표</comment>
            <translation>강점 기반 목표</translation>
        </message>
        <message>
            <source>Stressful</source>
            <comment>갈등·스트레스</comment>
            <translation>갈등·스트레스</translation>
        </message>
        <message>
            <source>Strong</source>
            <comment>강한 관계</comment>
            <translation>강한 관계</translation>
        </message>
        <message>
            <source>Studio / officetel</source>
            <comment>오피스텔·원룸</comment>
            <translation>오피스텔·원룸</translation>
        </message>
        <message>
            <source>Submission required by law</source>
            <comment>법령에 따른 제출</comment>
            <translation>법령에 따른 제출</translation>
        </message>
        <message>
            <source>Suicidal thoughts, plans or attempts, self-harm</source>
            <comment>자살 생각·계획·시도, 자해</comment>
            <translation>자살 생각·계획·시도, 자해</translation>
        </message>
        <message>
            <source>Supervision or case conference</source>
            <comment>슈퍼비전·사례회의</comment>
            <translation>슈퍼비전·사례회의</translation>
        </message>
        <message>
            <source>Supervision record</source>
            <comment>슈퍼비전 기록</comment>
            <translation>슈퍼비전 기록</translation>
        </message>
        <message>
            <source>Supervision sessions</source>
            <comment>슈퍼비전</comment>
            <translation>슈퍼비전</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <comment>슈퍼바이저</comment>
            <translation>슈퍼바이저</translation>
        </message>
        <message>
            <source>Supervisor's confirmation</source>
            <comment>슈퍼바이저 확인</comment>
            <translation>슈퍼바이저 확인</translation>
        </message>
        <message>
            <source>Support new attempts</source>
            <comment>새로운 시도 지지</comment>
            <translation>새로운 시도 지지</translation>
        </message>
        <message>
            <source>Support new attempts and strengthen the resource network.</source>
            <comment>새로운 시도를 지지하고 자원망과의 관계를 강화합니다.</comment>
            <translation>새로운 시도를 지지하고 자원망과의 관계를 강화합니다.</translation>
        </message>
        <message>
            <source>Support wanted</source>
            <comment>원하는 도움</comment>
            <translation>원하는 도움</translation>
        </message>
        <message>
            <source>Target date</source>
            <comment>목표일</comment>
            <translation>목표일</translation>
        </message>
        <message>
            <source>Task</source>
            <comment>과업</comment>
            <translation>과업</translation>
        </message>
        <message>
            <source>Task</source>
            <comment>실행 과업</comment>
            <translation>실행 과업</translation>
        </message>
        <message>
            <source>Task due</source>
            <comment>과업 기한</comment>
            <translation>과업 기한</translation>
        </message>
        <message>
            <source>Team lead</source>
            <comment>팀장</comment>
            <translation>팀장</translation>
        </message>
        <message>
            <source>Tell the client how to get support again if needed.</source>
            <comment>필요한 경우 다시 지원을 받을 수 있는 방법을 안내합니다.</comment>
            <translation>필요한 경우 다시 지원을 받을 수 있는 방법을 안내합니다.</translation>
        </message>
        <message>
            <source>Tenure</source>
            <comment>점유 형태</comment>
            <translation>점유 형태</translation>
        </message>
        <message>
            <source>Terminate</source>
            <comment>종결</comment>
            <translation>종결</translation>
        </message>
        <message>
            <source>Termination</source>
            <comment>종결</comment>
            <translation>종결</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>내용</comment>
            <translation>내용</translation>
        </message>
        <message>
            <source>The client</source>
            <comment>본인</comment>
            <translation>본인</translation>
        </message>
        <message>
            <source>The client asked to postpone</source>
            <comment>대상자 요청</comment>
            <translation>대상자 요청</translation>
        </message>
        <message>
            <source>The client's own request</source>
            <comment>당사자 열람 요청</comment>
            <translation>당사자 열람 요청</translation>
        </message>
        <message>
            <source>The client, a child (Minji) …</source>
            <comment>본인, 자녀(민지) 등</comment>
            <translation>본인, 자녀(민지) 등</translation>
        </message>
        <message>
            <source>The client, a household member (relation, name) or the whole household</source>
            <comment>대상자 본인, 가구원(관계·이름) 또는 가구 전체</comment>
            <translation>대상자 본인, 가구원(관계·이름) 또는 가구 전체</translation>
        </message>
        <message>
            <source>The map at intake and the map at closing are drawn apart.</source>
            <comment>초기 생태도와 종결 시 생태도를 따로 그립니다.</comment>
            <translation>초기 생태도와 종결 시 생태도를 따로 그립니다.</translation>
        </message>
        <message>
            <source>The plan has no task the client does themself.</source>
            <comment>대상자가 스스로 하는 과업이 계획에 없습니다.</comment>
            <translation>대상자가 스스로 하는 과업이 계획에 없습니다.</translation>
        </message>
        <message>
            <source>The providing agency's contact person</source>
            <comment>제공 기관의 담당자 이름</comment>
            <translation>제공 기관의 담당자 이름</translation>
        </message>
        <message>
            <source>The screen order is an assumption: it follows the order a case moves through (caseload → clients → services → type and mode → linkage → meetings → closing) and has not been checked against the live screens.</source>
            <comment>화면 순서는 가정입니다: 사례가 거쳐 가는 순서(대상 현황 → 대상자 특성 → 서비스 → 유형·방법 → 연계 → 회의 → 종결)를 따랐으며 실제 화면과 대조하지 않았습니다.</comment>
            <translation>화면 순서는 가정입니다: 사례가 거쳐 가는 순서(대상 현황 → 대상자 특성 → 서비스 → 유형·방법 → 연계 → 회의 → 종결)를 따랐으며 실제 화면과 대조하지 않았습니다.</translation>
        </message>
        <message>
            <source>The service given or the thing to do</source>
            <comment>제공할 서비스나 할 일</comment>
            <translation>제공할 서비스나 할 일</translation>
        </message>
        <message>
            <source>There is no goal yet.</source>
            <comment>목표가 아직 없습니다.</comment>
            <translation>목표가 아직 없습니다.</translation>
        </message>
        <message>
            <source>This member's own difficulty</source>
            <comment>이 가구원 자신의 어려움</comment>
            <translation>이 가구원 자신의 어려움</translation>
        </message>
        <message>
            <source>Tick every basic livelihood benefit received.</source>
            <comment>수급 급여는 받는 것을 모두 표시합니다.</comment>
            <translation>수급 급여는 받는 것을 모두 표시합니다.</translation>
        </message>
        <message>
            <source>Tick every purpose agreed on the one sheet; each can still be withdrawn on its own.</source>
            <comment>한 장의 동의서로 함께 받은 목적을 모두 표시합니다. 목적마다 따로 철회할 수 있습니다.</comment>
            <translation>한 장의 동의서로 함께 받은 목적을 모두 표시합니다. 목적마다 따로 철회할 수 있습니다.</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>직함</comment>
            <translation>직함</translation>
        </message>
        <message>
            <source>Topic</source>
            <comment>주제</comment>
            <translation>주제</translation>
        </message>
        <message>
            <source>Towards the client</source>
            <comment>대상자에게로</comment>
            <translation>대상자에게로</translation>
        </message>
        <message>
            <source>Transferred to another agency</source>
            <comment>타 기관 이관</comment>
            <translation>타 기관 이관</translation>
        </message>
        <message>
            <source>Transport</source>
            <comment>교통비</comment>
            <translation>교통비</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>실천 유형</comment>
            <translation>실천 유형</translation>
        </message>
        <message>
            <source>Under long-term goal</source>
            <comment>상위 장기 목표</comment>
            <translation>상위 장기 목표</translation>
        </message>
        <message>
            <source>Unique identifiers (resident registration no.)</source>
            <comment>고유식별정보(주민등록번호) 처리</comment>
            <translation>고유식별정보(주민등록번호) 처리</translation>
        </message>
        <message>
            <source>Unlock (sign-in)</source>
            <comment>잠금 해제(접속)</comment>
            <translation>잠금 해제(접속)</translation>
        </message>
        <message>
            <source>Until the recipient's service ends</source>
            <comment>제공받는 자의 서비스 제공 종료 시까지</comment>
            <translation>제공받는 자의 서비스 제공 종료 시까지</translation>
        </message>
        <message>
            <source>Urgent crisis</source>
            <comment>긴급 위기 사례</comment>
            <translation>긴급 위기 사례</translation>
        </message>
        <message>
            <source>Use the intensive case level</source>
            <comment>집중사례 구분 사용</comment>
            <translation>집중사례 구분 사용</translation>
        </message>
        <message>
            <source>Utilities (power, gas, water)</source>
            <comment>공과금(전기·가스·수도)</comment>
            <translation>공과금(전기·가스·수도)</translation>
        </message>
        <message>
            <source>Verbal</source>
            <comment>구두</comment>
            <translation>구두</translation>
        </message>
        <message>
            <source>Verbally</source>
            <comment>구두 동의</comment>
            <translation>구두 동의</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <comment>매우 불만족</comment>
            <translation>매우 불만족</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <comment>매우 만족</comment>
            <translation>매우 만족</translation>
        </message>
        <message>
            <source>Village or block head</source>
            <comment>통장·이장</comment>
            <translation>통장·이장</translation>
        </message>
        <message>
            <source>Vinyl house / container</source>
            <comment>비닐하우스·컨테이너</comment>
            <translation>비닐하우스·컨테이너</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>방문</comment>
            <translation>방문</translation>
        </message>
        <message>
            <source>Visual</source>
            <comment>시각</comment>
            <translation>시각</translation>
        </message>
        <message>
            <source>Vulnerability</source>
            <comment>취약 요인</comment>
            <translation>취약 요인</translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>약한 관계</comment>
            <translation>약한 관계</translation>
        </message>
        <message>
            <source>Welfare agency</source>
            <comment>복지기관</comment>
            <translation>복지기관</translation>
        </message>
        <message>
            <source>Went well</source>
            <comment>잘됨</comment>
            <translation>잘됨</translation>
        </message>
        <message>
            <source>What in the intake and the needs and risk assessment decided it; for not selected, why</source>
            <comment>초기상담과 욕구·위기도 조사에서 무엇을 보고 정했는지; 미선정이면 그 사유</comment>
            <translation>초기상담과 욕구·위기도 조사에서 무엇을 보고 정했는지; 미선정이면 그 사유</translation>
        </message>
        <message>
            <source>When the guardian agreed</source>
            <comment>보호자가 동의한 경우</comment>
            <translation>보호자가 동의한 경우</translation>
        </message>
        <message>
            <source>Who does it</source>
            <comment>수행자</comment>
            <translation>수행자</translation>
        </message>
        <message>
            <source>Who referred, from which office (e.g. the community centre's welfare team)</source>
            <comment>누가, 어느 기관에서(예: 대화면 행정복지센터 맞춤형복지팀)</comment>
            <translation>누가, 어느 기관에서(예: 대화면 행정복지센터 맞춤형복지팀)</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <comment>철회일</comment>
            <translation>철회일</translation>
        </message>
        <message>
            <source>Within the agency</source>
            <comment>기관 내 의뢰</comment>
            <translation>기관 내 의뢰</translation>
        </message>
        <message>
            <source>Worsening symptoms, treatment stopped, addiction</source>
            <comment>정신질환 증상 악화, 치료 중단, 중독</comment>
            <translation>정신질환 증상 악화, 치료 중단, 중독</translation>
        </message>
        <message>
            <source>Write it down in the client's own words.</source>
            <comment>클라이언트가 말한 그대로 적습니다.</comment>
            <translation>클라이언트가 말한 그대로 적습니다.</translation>
        </message>
        <message>
            <source>Written</source>
            <comment>서면</comment>
            <translation>서면</translation>
        </message>
        <message>
            <source>Written on</source>
            <comment>작성일</comment>
            <translation>작성일</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it we cannot apply on your behalf for benefits that need the number.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 주민등록번호가 필요한 급여 신청을 대신 도와드릴 수 없습니다.</comment>
            <translation>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 주민등록번호가 필요한 급여 신청을 대신 도와드릴 수 없습니다.</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it, however, the case-management service cannot be provided.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 다만 동의하지 않으면 사례관리 서비스를 제공받을 수 없습니다.</comment>
            <translation>귀하는 동의를 거부할 권리가 있습니다. 다만 동의하지 않으면 사례관리 서비스를 제공받을 수 없습니다.</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it, linking health-related services may be limited.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 건강 관련 서비스 연계가 제한될 수 있습니다.</comment>
            <translation>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 건강 관련 서비스 연계가 제한될 수 있습니다.</translation>
        </message>
        <message>
            <source>You have the right to refuse. Without it, referral to other agencies' services may not be possible.</source>
            <comment>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 다른 기관의 서비스 연계가 어려울 수 있습니다.</comment>
            <translation>귀하는 동의를 거부할 권리가 있습니다. 동의하지 않으면 다른 기관의 서비스 연계가 어려울 수 있습니다.</translation>
        </message>
        <message>
            <source>cases in an active stage (intake to monitoring) on the day before the period</source>
            <comment>기간 첫날 전날에 진행 단계(초기상담·사정~모니터링)에 있던 사례</comment>
            <translation>기간 첫날 전날에 진행 단계(초기상담·사정~모니터링)에 있던 사례</translation>
        </message>
        <message>
            <source>closing date (closed_on)</source>
            <comment>종결일(closed_on)</comment>
            <translation>종결일(closed_on)</translation>
        </message>
        <message>
            <source>date decided (decided_on); a case decided more than once in the period counts once</source>
            <comment>선정 결정일(decided_on); 한 사례가 기간 중 여러 번 결정되면 사례는 한 번 셈</comment>
            <translation>선정 결정일(decided_on); 한 사례가 기간 중 여러 번 결정되면 사례는 한 번 셈</translation>
        </message>
        <message>
            <source>date held (held_on)</source>
            <comment>실시일(held_on)</comment>
            <translation>실시일(held_on)</translation>
        </message>
        <message>
            <source>date held (held_on)</source>
            <comment>회의일(held_on)</comment>
            <translation>회의일(held_on)</translation>
        </message>
        <message>
            <source>date sent (sent_on)</source>
            <comment>의뢰일(sent_on)</comment>
            <translation>의뢰일(sent_on)</translation>
        </message>
        <message>
            <source>due date (due_on)</source>
            <comment>예정일(due_on)</comment>
            <translation>예정일(due_on)</translation>
        </message>
        <message>
            <source>e.g. 5 years after closing</source>
            <comment>예: 종결 후 5년</comment>
            <translation>예: 종결 후 5년</translation>
        </message>
        <message>
            <source>e.g. father, mother, guardian</source>
            <comment>예: 부, 모, 후견인</comment>
            <translation>예: 부, 모, 후견인</translation>
        </message>
        <message>
            <source>e.g. once a week</source>
            <comment>예: 주 1회</comment>
            <translation>예: 주 1회</translation>
        </message>
        <message>
            <source>every case opened by the last day, in the stage it had on that day (stage history)</source>
            <comment>기간 말일까지 접수된 사례의 말일 현재 단계(단계 이력 기준)</comment>
            <translation>기간 말일까지 접수된 사례의 말일 현재 단계(단계 이력 기준)</translation>
        </message>
        <message>
            <source>held at the start, or opened or reopened during the period</source>
            <comment>기간 시작 시 관리 중이었거나 기간 중 접수·재개입된 사례</comment>
            <translation>기간 시작 시 관리 중이었거나 기간 중 접수·재개입된 사례</translation>
        </message>
        <message>
            <source>intake date (opened_on)</source>
            <comment>접수일(opened_on)</comment>
            <translation>접수일(opened_on)</translation>
        </message>
        <message>
            <source>review date</source>
            <comment>점검일(reviewed_on)</comment>
            <translation>점검일(reviewed_on)</translation>
        </message>
        <message>
            <source>service date (occurred_on)</source>
            <comment>제공일(occurred_on)</comment>
            <translation>제공일(occurred_on)</translation>
        </message>
        <message>
            <source>the case's closing date; areas rated in both the intake and the closing assessment</source>
            <comment>사례의 종결일(closed_on), 초기사정과 종결사정이 모두 있는 영역</comment>
            <translation>사례의 종결일(closed_on), 초기사정과 종결사정이 모두 있는 영역</translation>
        </message>
        <message>
            <source>the case's closing date; long-term goals with a final score in its termination record</source>
            <comment>사례의 종결일(closed_on), 종결 기록의 최종 점수가 있는 장기 목표</comment>
            <translation>사례의 종결일(closed_on), 종결 기록의 최종 점수가 있는 장기 목표</translation>
        </message>
        <message>
            <source>the day the case moved back from termination/follow-up</source>
            <comment>종결·사후관리에서 진행 단계로 되돌린 날</comment>
            <translation>종결·사후관리에서 진행 단계로 되돌린 날</translation>
        </message>
        <message>
            <source>the first move into implementation of a case with goals (plan in place)</source>
            <comment>목표가 있는 사례가 처음 실행 단계로 옮긴 날(계획 확정일)</comment>
            <translation>목표가 있는 사례가 처음 실행 단계로 옮긴 날(계획 확정일)</translation>
        </message>
        <message>
            <source>times a day</source>
            <comment>회/일</comment>
            <translation>회/일</translation>
        </message>
        <message>
            <source>times a month</source>
            <comment>회/월</comment>
            <translation>회/월</translation>
        </message>
        <message>
            <source>times a week</source>
            <comment>회/주</comment>
            <translation>회/주</translation>
        </message>
        <message>
            <source>times in all</source>
            <comment>회(기간 중)</comment>
            <translation>회(기간 중)</translation>
        </message>
        <message>
            <source>use digits, comma-grouped digits or the units 만 and 천 (e.g. 120000, 120,000, 12만, 12만 5천)</source>
            <comment>숫자, 쉼표로 묶은 숫자, 만·천 단위만 쓸 수 있습니다(예: 120000, 120,000, 12만, 12만 5천)</comment>
            <translation>숫자, 쉼표로 묶은 숫자, 만·천 단위만 쓸 수 있습니다(예: 120000, 120,000, 12만, 12만 5천)</translation>
        </message>
        <message>
            <source>생활 구분: receiving any of the four basic livelihood benefits counts as a recipient household, otherwise near poverty, then general. Household type and 생활 구분 are the values recorded now.</source>
            <comment>생활 구분: 기초생활보장 급여(생계·의료·주거·교육) 중 하나라도 받으면 '기초생활수급', 아니면 차상위, 일반 순으로 봅니다. 가구 유형·생활 구분은 지금 기록된 값입니다.</comment>
            <translation>생활 구분: 기초생활보장 급여(생계·의료·주거·교육) 중 하나라도 받으면 '기초생활수급', 아니면 차상위, 일반 순으로 봅니다. 가구 유형·생활 구분은 지금 기록된 값입니다.</translation>
        </message>
    </context>
</TS>
