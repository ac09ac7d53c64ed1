"""The text ``searchdoc`` keeps of each record for snippets and titles, packed into one compressed value.

Migration 0023 (issue 14, file size): a record's title, text and 초성 took 7.9 KB per case at 10,000 cases as
three text columns (Korean is three bytes a character in UTF-8). They are stored as one value: a version byte, then
raw DEFLATE (no zlib header or checksum: SQLCipher authenticates every page) of ``"<len title>:<len chosung>:"``,
the title, the 초성 and the text, with a preset dictionary of the words caseapp itself puts into titles (the form
titles and the choice labels of 2026-12). A search decompresses only the rows it shows (50 at most, a few µs each).

The dictionary is part of the stored format: a byte of it changed would make every stored value unreadable. It is
therefore a literal frozen here, not derived from the forms (whose labels may change); a new dictionary would be a
new version byte, with this one kept for the values already written.
"""

from __future__ import annotations

import zlib

VERSION = 1
# DEFLATE's default level; an 8 KB window holds the dictionary and the start of the text (texts are short), and
# the small state is copied per value from one compressor primed with the dictionary (~20 µs a record, against
# ~80 µs for a new compressor each time).
LEVEL, WINDOW_BITS, MEM_LEVEL = 6, 13, 6

# Version 1's preset dictionary: the choice labels, then the form titles (which begin most titles, so they sit
# nearest the end, where DEFLATE's distances are shortest). Never edit; see the module docstring.
DICTIONARY_V1 = (
    "여 · 남 · 기타/미상 · 1인 가구 · 부부 가구 · 부부+자녀 가구 · "
    "한부모 가구 · 조손 가구 · 노인 단독 가구 · 노인 부부 가구 · 장애인 가구 · "
    "다문화 가구 · 기타 · 아파트 · 단독주택 · 다세대·연립 · 오피스텔·원룸 · "
    "고시원·쪽방 · 비닐하우스·컨테이너 · 여관·여인숙 · 시설 · 노숙 · 자가 · "
    "전세 · 보증부 월세 · 무보증 월세·사글세 · 영구임대 · 국민·매입임대 · 무상 · "
    "거처 없음 · 기초생활수급(생계) · 기초생활수급(의료) · 기초생활수급(주거) · "
    "기초생활수급(교육) · 차상위 · 일반 · 본인 요청 · 가족·이웃 · 통장·이장 · "
    "행정복지센터 의뢰 · 타 기관 의뢰 · 기관 내 의뢰 · 사례관리자 발굴(아웃리치) · "
    "독거 · 장애 · 한부모 · 기초생활수급 · 노인 · 아동 양육 · 다문화 · "
    "정신건강 · 주거불안 · 지체 · 뇌병변 · 시각 · 청각 · 언어 · 지적 · "
    "자폐성 · 정신 · 신장 · 심장 · 호흡기 · 간 · 안면 · 장루·요루 · 뇌전증 · "
    "심한 장애 · 심하지 않은 장애 · 미등록(의심) · 미취학 · 무학 · 초등학교 · "
    "중학교 · 고등학교 · 대학교(전문대 포함) · 대학원 · 사례관리 서비스 제공 · "
    "일반 개인정보 수집·이용 · 개인정보 제3자 제공(자원망 정보 공유) · "
    "사진 촬영·활용 · 민감정보(건강 등) 처리 · 고유식별정보(주민등록번호) 처리 · "
    "서면 · 구두 · 전자서명 · 보호자 대리 · 본인 · 법정대리인 · 초기사정 · "
    "재사정 · 종결사정 · 낮음 · 보통 · 높음 · 위기 · 가족 · 친척 · "
    "친구·이웃 · 공공기관 · 복지기관 · 의료기관 · 학교·직장 · 종교·지역사회 · "
    "강한 관계 · 약한 관계 · 갈등·스트레스 · 대상자에게로 · 대상자로부터 · 상호 · "
    "방향 없음 · 초기(접수·사정) · 안전 · 건강 · 일상생활유지 · 가족관계 · "
    "사회적관계 · 경제 · 교육 · 직업 · 생활환경·권익보장 · 대상자 · 사례관리자 · "
    "자원(기관·사람) · 회/주 · 회/월 · 회/일 · 회(기간 중) · 위기개입 · "
    "교육·훈련 · 협력적 활동(동행·옹호) · 상담·치료 · 정보제공 · 자기옹호 지원 · "
    "자원연계·의뢰 · 서비스 조정 · 가정방문 · 내방 · 전화 · 온라인 · "
    "기관방문·동행 · 기관·자원 · 이웃·지인 · 행정복지센터·공공기관 · 정보 제공 · "
    "정보 탐색 · 점검 · 자원 연계 · 상담 · 동행 · 정서 지원 · 옹호 · 의뢰 · "
    "접수 · 서비스 중 · 완료 · 거절 · 계획대로 진행 · 일부 진행 · 진행 안 됨 · "
    "매우 불만족 · 불만족 · 만족 · 매우 만족 · 유지 · 계획 변경 · "
    "장기 목표 달성 · 단기 목표 달성 · 상황 호전 · 대상자 거부·포기 · 연락 두절 · "
    "이사 · 사망 · 타 기관 이관 · 방문 · 문자·메신저 · 내부 사례회의 · "
    "통합 사례회의 · 솔루션 회의 · 서비스 제공 계획 · 일반사례 · 고난도사례 · "
    "집중사례 · 미선정(단순 서비스 연계) · 미선정(정보 제공 후 종결) · 기관 · "
    "개인 · 공공(행정복지센터 등) · 주거 · 보건·의료 · 고용·직업훈련 · "
    "경제·금융 · 돌봄 · 법률·권익 · 지역사회·자원봉사 · 서면 서명 · 화면 서명 · "
    "구두 동의 · 보호자 동의 · 대상자 정보 · 초기상담 · 가구원 · 동의 · 사정 · "
    "생태도 관계 · 목표 · 실행 과업 · 서비스 제공 기록 · 자원 의뢰 · "
    "모니터링·재평가 · 종결 · 사후관리 · 사례회의 · 슈퍼비전 기록 · "
    "슈퍼바이저 확인 · 추가기록 · 대상자 선정 · 자원 · 계획 동의 · "
).rstrip(" ·").encode("utf-8")


class PackedTextError(ValueError):
    """A stored value that is not a packed text of a known version (never written by this module)."""


_PRIMED = zlib.compressobj(LEVEL, zlib.DEFLATED, -WINDOW_BITS, MEM_LEVEL, zdict=DICTIONARY_V1)


def pack(title: str, chosung: str, body: str) -> bytes:
    """The stored value of a record's title, 초성 and text (:func:`unpack` gives them back exactly)."""
    text = f"{len(title)}:{len(chosung)}:{title}{chosung}{body}"
    packer = _PRIMED.copy()
    return bytes((VERSION,)) + packer.compress(text.encode("utf-8")) + packer.flush()


def unpack(value: bytes) -> tuple[str, str, str]:
    """(title, 초성, text) of a value :func:`pack` wrote."""
    data = bytes(value)
    if not data or data[0] != VERSION:
        raise PackedTextError(f"unknown packed text version {data[:1]!r}")
    unpacker = zlib.decompressobj(-WINDOW_BITS, zdict=DICTIONARY_V1)  # version 1 is always written with it
    text = (unpacker.decompress(data[1:]) + unpacker.flush()).decode("utf-8")
    title_len, _, rest = text.partition(":")
    chosung_len, _, rest = rest.partition(":")
    t, c = int(title_len), int(chosung_len)
    return rest[:t], rest[t:t + c], rest[t + c:]
