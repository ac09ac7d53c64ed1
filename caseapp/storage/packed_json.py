"""The change log's JSON values (``syncchange.fields`` and ``base``) packed (migration 0028, issue 14, file size).

A change made through the app copies the raw stored values of its row into its ``fields``: ~32 KB per case of JSON
text on a demo file written through the app, most of it the same column names, dates and codes in every row. Such a
text is stored as a BLOB: a version byte, then raw DEFLATE (no zlib header or checksum: SQLCipher authenticates every
page) with a preset dictionary of what these texts are made of: the vocabulary's codes, then each synced table's
insert as :func:`caseapp.services.sync_log` writes it (its columns in key order, a typical value of each column's
type), the tables written most often nearest the end, where DEFLATE's distances are shortest. A text that does not
pack smaller stays the text it is (a BLOB is always packed, a TEXT never: SQLite's ``typeof`` tells them apart).
:func:`unpack` gives back exactly the text that was packed, so bundles, peers and the hub see what they saw.

The dictionary is part of the stored format: a byte of it changed would make every stored value unreadable. It is
therefore a literal frozen here (a test pins its hash), not derived from the models (whose columns will change: a new
column just packs a little less well); a new dictionary would be a new version byte, with this one kept for the values
already written.
"""

from __future__ import annotations

import zlib

VERSION = 1
# Writing: a 16 KB window holds the dictionary (11 KB) and a text of a few KB; with level 6 and a small state these
# texts pack within 0.5% of level 9 with a 32 KB window, in ~14 µs a text instead of ~20 (the state is copied per
# text from one compressor primed with the dictionary; a new one each time ~27 µs). These are not part of the stored
# format: reading uses the largest window, which reads a value written with any.
LEVEL, WINDOW_BITS, MEM_LEVEL = 6, 14, 6
READ_WINDOW_BITS = 15

# Version 1's preset dictionary. Never edit; see the module docstring.
DICTIONARY_V1 = (
    # the vocabulary's codes (domain/vocab.py, 2026-12)
    b'"intake","planning","implementation","monitoring","termination","follow_up","safety","health","daily'
    b'_living","family","social","economy","education","employment","housing_rights","crisis_intervention"'
    b',"education_training","collaborative","counselling","information","self_advocacy","referral","coordi'
    b'nation","case_conference","home_visit","office","phone","online","outreach","F","M","X","low","moder'
    b'ate","high","crisis","living_alone","disability","single_parent","basic_livelihood","near_poverty","'
    b'older_adult","child","multicultural","mental_health","housing_insecure","service","personal_info","s'
    b'haring","photos","sensitive_info","unique_id","self","guardian","written","verbal","electronic","rea'
    b'ssessment","closing","relative","friend","public_agency","welfare_agency","school_work","community",'
    b'"other","strong","weak","stressful","to_client","from_client","mutual","none","client","practitioner'
    b'","resource","full","partial","continue","revise_plan","reassess","refer","terminate","goals_achieve'
    b'd","short_term_achieved","improved","refused","no_contact","moved","deceased","transferred","sent","'
    b'accepted","in_service","completed","declined","organisation","person","public","housing","finance","'
    b'care","legal","no_answer","client_asked","away","workload","visit","message","internal","integrated"'
    b',"solution","1","2","3","4","5","family_neighbour","tongjang_ijang","community_centre","other_agency'
    b'","single","couple","couple_children","grandparent","older_alone","older_couple","apartment","detach'
    b'ed","multi_unit","officetel","gosiwon","vinyl_container","lodging","facility","homeless","owned","je'
    b'onse","deposit_monthly","monthly","permanent_rental","public_rental","free","living_benefit","medica'
    b'l_benefit","housing_benefit","education_benefit","general","physical","brain_lesion","visual","heari'
    b'ng","speech","intellectual","autism","mental","kidney","heart","respiratory","liver","facial","stoma'
    b'","epilepsy","severe","mild","unregistered","preschool","elementary","middle","college","graduate","'
    b'complex","intensive","linkage_only","information_only","good","fair","poor","achieved","partly","not'
    b'_achieved","plan","long","short","per_week","per_month","per_day","in_total","signed_paper","signed_'
    b'screen","neighbour","public_office","info_given","info_gathered","check","linkage","accompanying","e'
    b'motional_support","advocacy",'
    # each synced table's insert: its columns in key order, a typical value of each column's type
    b'{"case_id":null,"case_state_sha256":"","content_sha256":"","created_at":"2026-12-02 00:00:00.000000"'
    b',"exported_at":"2026-12-02 00:00:00.000000","file_name":"","options":"","signed":0,"updated_at":"202'
    b'6-12-02 00:00:00.000000"}'
    b'{"actor":"","basis":"","case_id":null,"case_number":"","consent_covered":0,"consent_id":null,"consen'
    b't_purpose":"","created_at":"2026-12-02 00:00:00.000000","disclosed_at":"2026-12-02 00:00:00.000000",'
    b'"export_id":"","items":"","kind":"","reason":"","recipient":"","updated_at":"2026-12-02 00:00:00.000'
    b'000"}'
    b'{"case_id":"","created_at":"2026-12-02 00:00:00.000000","due_on":"2026-12-02","outcome":"","outcome_'
    b'note":"","outcome_on":"2026-12-02","received_on":"2026-12-02","request":"","updated_at":"2026-12-02 '
    b'00:00:00.000000"}'
    b'{"case_id":"","consent_id":"","created_at":"2026-12-02 00:00:00.000000","data":{"$hex":""},"file_nam'
    b'e":"","media_type":"","sha256":"","size":0,"updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"value":""}'
    b'{"address":"","created_at":"2026-12-02 00:00:00.000000","head_name":"","name":"","phone":"","retenti'
    b'on_years":0,"supervisor_name":"","updated_at":"2026-12-02 00:00:00.000000","uses_intensive_level":0}'
    b'{"created_at":"2026-12-02 00:00:00.000000","email":"","is_current":0,"name":"","phone":"","title":""'
    b',"updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"active":0,"address":"","category":"","contact_person":"","created_at":"2026-12-02 00:00:00.000000"'
    b',"email":"","kind":"","name":"","notes":"","phone":"","services":"","updated_at":"2026-12-02 00:00:0'
    b'0.000000"}'
    b'{"case_id":"","client_words":"","closing_assessment_id":null,"content_hash":"","created_at":"2026-12'
    b'-02 00:00:00.000000","emergency_contact":"","follow_up_count":0,"follow_up_every_months":0,"follow_u'
    b'p_plan":"","reason":"","reason_before_0007":"","signed_at":"2026-12-02 00:00:00.000000","signed_by":'
    b'"","summary":"","terminated_on":"2026-12-02","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"author":"","case_id":"","content_hash":"","created_at":"2026-12-02 00:00:00.000000","signed_at":"2'
    b'026-12-02 00:00:00.000000","signed_by":"","target_id":"","target_type":"","text":"","updated_at":"20'
    b'26-12-02 00:00:00.000000","written_on":"2026-12-02"}'
    b'{"case_id":"","content_hash":"","created_at":"2026-12-02 00:00:00.000000","done_on":"2026-12-02","du'
    b'e_on":"2026-12-02","method":"","observed_change":"","reopen":0,"result":"","satisfaction":"","signed'
    b'_at":"2026-12-02 00:00:00.000000","signed_by":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"agreed_actions":"","case_id":"","content":"","content_hash":"","created_at":"2026-12-02 00:00:00.0'
    b'00000","held_on":"2026-12-02","signed_at":"2026-12-02 00:00:00.000000","signed_by":"","supervisor":"'
    b'","topic":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"created_at":"2026-12-02 00:00:00.000000","goal_id":"","note":"","outcome":"","termination_id":"","'
    b'updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"agreed_on":"2026-12-02","case_id":"","created_at":"2026-12-02 00:00:00.000000","guardian_name":"",'
    b'"guardian_relation":"","method":"","notes":"","signature_png":{"$hex":""},"updated_at":"2026-12-02 0'
    b'0:00:00.000000"}'
    b'{"conference_id":"","created_at":"2026-12-02 00:00:00.000000","name":"","organisation":"","position"'
    b':0,"role":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"adherence":"","case_id":"","changed_needs":"","content_hash":"","created_at":"2026-12-02 00:00:00.'
    b'000000","decision":"","notes":"","reviewed_on":"2026-12-02","satisfaction":"","signed_at":"2026-12-0'
    b'2 00:00:00.000000","signed_by":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","confirmed_by":"","confirmed_on":"2026-12-02","created_at":"2026-12-02 00:00:00.000000'
    b'","note":"","target":"","termination_id":null,"updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","conference_id":null,"created_at":"2026-12-02 00:00:00.000000","decided_on":"2026-12-0'
    b'2","level":"","reason":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_number":"","client_id":"","closed_on":"2026-12-02","created_at":"2026-12-02 00:00:00.000000",'
    b'"crisis_flag":0,"crisis_screening":"","destroyed_at":"2026-12-02 00:00:00.000000","monitoring_interv'
    b'al_days":0,"opened_on":"2026-12-02","practitioner_id":null,"presenting_request":"","retention_until"'
    b':"2026-12-02","stage":"","stage_since":"2026-12-02","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"address":"","birth_date":"2026-12-02","created_at":"2026-12-02 00:00:00.000000","household_type":"'
    b'","housing_type":"","livelihood":"","name":"","notes":"","phone":"","referral_route":"","referral_so'
    b'urce":"","registered_address":"","resident_number":"","sex":"","tenure":"","updated_at":"2026-12-02 '
    b'00:00:00.000000","vulnerability_flags":""}'
    b'{"agenda":"","attendees":"","case_id":"","case_summary":"","content_hash":"","created_at":"2026-12-0'
    b'2 00:00:00.000000","decisions":"","discussion":"","held_on":"2026-12-02","kind":"","kind_before_0007'
    b'":"","next_steps":"","plan_change":"","practitioner_view":"","signed_at":"2026-12-02 00:00:00.000000'
    b'","signed_by":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"assessed_on":"2026-12-02","case_id":"","content_hash":"","created_at":"2026-12-02 00:00:00.000000"'
    b',"crisis_scores":"","family_history":"","kind":"","obstacles_community":"","obstacles_family":"","ob'
    b'stacles_personal":"","personal_history":"","risk_level":"","risk_reasons":"","signed_at":"2026-12-02'
    b' 00:00:00.000000","signed_by":"","strengths_community":"","strengths_family":"","strengths_personal"'
    b':"","summary":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"age":0,"client_id":"","created_at":"2026-12-02 00:00:00.000000","deceased":0,"disability_degree":"'
    b'","disability_type":"","education":"","health":"","lives_together":0,"name":"","notes":"","occupatio'
    b'n":"","priority":0,"problem":"","relation":"","sex":"","updated_at":"2026-12-02 00:00:00.000000","wa'
    b'nted_support":""}'
    b'{"achieved":0,"baseline_score":0,"case_id":"","content_hash":"","created_at":"2026-12-02 00:00:00.00'
    b'0000","gas_minus1":"","gas_minus2":"","gas_plus1":"","gas_plus2":"","gas_zero":"","need_area":"","pa'
    b'rent_id":null,"position":0,"signed_at":"2026-12-02 00:00:00.000000","signed_by":"","statement":"","t'
    b'arget_date":"2026-12-02","term":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"accepted_on":"2026-12-02","case_id":"","completed_on":"2026-12-02","content_hash":"","created_at":'
    b'"2026-12-02 00:00:00.000000","declined_on":"2026-12-02","notes":"","reason":"","resource_id":"","sen'
    b't_on":"2026-12-02","signed_at":"2026-12-02 00:00:00.000000","signed_by":"","started_on":"2026-12-02"'
    b',"status":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"after":"","before":"","created_at":"2026-12-02 00:00:00.000000","goal_id":"","review_id":"","updat'
    b'ed_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","content_hash":"","created_at":"2026-12-02 00:00:00.000000","description":"","done_on"'
    b':"2026-12-02","due_date":"2026-12-02","ends_on":"2026-12-02","frequency":"","frequency_count":0,"fre'
    b'quency_unit":"","goal_id":null,"performer":"","person_in_charge":"","priority":0,"resource_id":null,'
    b'"signed_at":"2026-12-02 00:00:00.000000","signed_by":"","starts_on":"2026-12-02","target_person":"",'
    b'"updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","created_at":"2026-12-02 00:00:00.000000","from_stage":"","moved_on":"2026-12-02","ove'
    b'rridden_warnings":"","reason":"","to_stage":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","contact_mode":"","contact_target":"","content_hash":"","content_kinds":"","created_at'
    b'":"2026-12-02 00:00:00.000000","duration_min":0,"goal_id":null,"occurred_on":"2026-12-02","practice_'
    b'type":"","resource_id":null,"signed_at":"2026-12-02 00:00:00.000000","signed_by":"","text":"","updat'
    b'ed_at":"2026-12-02 00:00:00.000000"}'
    b'{"created_at":"2026-12-02 00:00:00.000000","goal_id":"","note":"","review_id":null,"score":0,"scored'
    b'_on":"2026-12-02","termination_id":null,"updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"created_at":"2026-12-02 00:00:00.000000","note":"","performance":"","review_id":"","task_id":"","u'
    b'pdated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","consented_by":"","content_hash":"","created_at":"2026-12-02 00:00:00.000000","expires'
    b'_on":"2026-12-02","given_on":"2026-12-02","guardian_name":"","guardian_relation":"","items":"","meth'
    b'od":"","notes":"","purpose":"","purpose_detail":"","recipients":"","refusal_consequence":"","retenti'
    b'on":"","signed_at":"2026-12-02 00:00:00.000000","signed_by":"","updated_at":"2026-12-02 00:00:00.000'
    b'000","withdrawn_on":"2026-12-02"}'
    b'{"case_id":"","created_at":"2026-12-02 00:00:00.000000","direction":"","kind":"","name":"","notes":"'
    b'","phase":"","resource_id":null,"strength":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"case_id":"","checked_on":"2026-12-02","created_at":"2026-12-02 00:00:00.000000","item_key":"","not'
    b'e":"","stage":"","updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"area":"","assessment_id":"","cause":"","concerns":"","created_at":"2026-12-02 00:00:00.000000","le'
    b'vel":0,"narrative":"","priority":0,"updated_at":"2026-12-02 00:00:00.000000"}'
    b'{"amount":0,"assessment_id":"","created_at":"2026-12-02 00:00:00.000000","item":"","note":"","update'
    b'd_at":"2026-12-02 00:00:00.000000"}'
)


class PackedJsonError(ValueError):
    """A stored value that is not a packed text of a known version (never written by this module)."""


_PRIMED = zlib.compressobj(LEVEL, zlib.DEFLATED, -WINDOW_BITS, MEM_LEVEL, zdict=DICTIONARY_V1)


def pack(text: str) -> bytes | str:
    """The stored form of a JSON text: packed bytes where they are shorter than its UTF-8, else the text itself."""
    data = text.encode("utf-8")
    packer = _PRIMED.copy()
    packed = bytes((VERSION,)) + packer.compress(data) + packer.flush()
    return packed if len(packed) < len(data) else text


def unpack(value: bytes | str) -> str:
    """The text :func:`pack` was given (a text it kept is returned as it is)."""
    if isinstance(value, str):
        return value
    data = bytes(value)
    if not data or data[0] != VERSION:
        raise PackedJsonError(f"unknown packed change-log value version {data[:1]!r}")
    unpacker = zlib.decompressobj(-READ_WINDOW_BITS, zdict=DICTIONARY_V1)  # version 1 is always written with it
    try:
        return (unpacker.decompress(data[1:]) + unpacker.flush()).decode("utf-8")
    except (zlib.error, UnicodeDecodeError) as exc:
        raise PackedJsonError("damaged packed change-log value") from exc
