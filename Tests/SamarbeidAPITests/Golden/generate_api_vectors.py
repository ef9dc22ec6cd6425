#!/usr/bin/env python3
"""Writes api_vectors.txt: samarbeid.v1 messages encoded by Python's protobuf package (an
encoder independent of ProtoWire) from proto/samarbeid/v1, one per line: name and hex bytes.
SamarbeidAPIGoldenTests builds the same values in Swift and compares both ways.

Run:  make golden   (or: .venv/bin/python Tests/SamarbeidAPITests/Golden/generate_api_vectors.py)
"""

import os

os.environ["PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION"] = "python"

import importlib  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")


def load():
    out = tempfile.mkdtemp(prefix="api_pb2_")
    protos = [os.path.join(ROOT, "proto", "samarbeid", "v1", name)
              for name in ("tenants.proto", "organisations.proto", "audit.proto", "common.proto", "grants.proto",
                           "meeting_places.proto", "dialogues.proto", "oversight.proto")]
    subprocess.run([sys.executable, "-m", "grpc_tools.protoc", f"-I{os.path.join(ROOT, 'proto')}", f"--python_out={out}"] + protos, check=True)
    sys.path.insert(0, out)
    return tuple(importlib.import_module(f"samarbeid.v1.{name}_pb2") for name in ("tenants", "organisations", "audit", "common", "grants", "meeting_places", "dialogues", "oversight"))


def main():
    tenants, organisations, audit, common, grants, meeting_places, dialogues, oversight = load()
    oslo = tenants.Tenant(
        id="t-7f3k9q2m4x", name="Oslo", kommunenummer="0301",
        number_history=[tenants.KommunenummerPeriod(kommunenummer="0301", valid_from="2020-01-01", valid_to="2099-01-01"),
                        tenants.KommunenummerPeriod(kommunenummer="0302", valid_from="2099-01-01")],
        active=True, test=False, version=3, registered_at="2026-11-24T12:00:00.000Z")
    drammen = tenants.Tenant(id="t-0000000001", name="Drammen", kommunenummer="3301", active=False, test=True, version=-1)
    organisation = organisations.Organisation(
        id="org-t-7f3k9q2m4x-5h2k8c1w9z3b", organisasjonsnummer="123456785", name="Somali kvinneforening Ålesund",
        kind=organisations.ORGANISATION_KIND_IMMIGRANT_ORGANISATION, postal_address="Storgata 1, 0155 Oslo",
        in_frivillighetsregisteret=True, founded_on="2011-03-01", bank_account="86011117947",
        organisation_form="FLI", address_kommunenummer="1508", bankrupt=True, under_liquidation=True,
        immigrant_organisation_declared=True, counting_members=85, counting_members_as_of="2026-01-01",
        faith_community_with_state_support=True,
        contact=organisations.ContactPerson(name="Amina Hassan", email="amina@example.no", phone="+47 400 00 000"),
        version=2, created_at="2026-11-24T12:00:00Z", updated_at="2026-11-24T13:00:00Z")
    vectors = [
        ("Tenant", oslo),
        ("Tenant.inactive", drammen),
        ("RegisterMunicipalityRequest", tenants.RegisterMunicipalityRequest(kommunenummer="4626", name="Øygarden", valid_from="2024-01-01", test=True)),
        ("RenumberMunicipalityRequest", tenants.RenumberMunicipalityRequest(kommunenummer="0301", new_kommunenummer="0302", effective_from="2099-01-01", expected_version=7)),
        ("DeactivateMunicipalityResponse", tenants.DeactivateMunicipalityResponse(tenant=drammen)),
        ("ListTenantsResponse", tenants.ListTenantsResponse(tenants=[oslo, drammen])),
        ("ListSecurityEventsResponse", tenants.ListSecurityEventsResponse(events=[tenants.SecurityEvent(
            sequence=42, at="2026-11-24T12:00:00Z", identity="spiffe://samarbeid/kommune/4601", caller_tenant_id="t-b",
            target_tenant_id="t-a", rpc="/samarbeid.v1.Organisations/GetOrganisation", record_id="org-t-a-x")],
            next_page_token="2a")),
        ("ListSecurityEventsRequest", tenants.ListSecurityEventsRequest(page_size=50, page_token="2a")),
        ("ListAuditEventsRequest", audit.ListAuditEventsRequest(entity_id="org-1", page_size=50, page_token="31")),
        ("Organisation", organisation),
        ("Organisation.unknownKind", organisations.Organisation(name="X", kind=9)),
        ("UpdateOrganisationRequest", organisations.UpdateOrganisationRequest(organisation=organisation, expected_version=2)),
        ("ListOrganisationsResponse", organisations.ListOrganisationsResponse(organisations=[organisation], next_page_token="abc")),
        ("ListAuditEventsResponse", audit.ListAuditEventsResponse(events=[audit.AuditEvent(
            sequence=1, at="2026-11-24T12:00:00Z", identity="spiffe://samarbeid/kommune/0301",
            rpc="/samarbeid.v1.Organisations/UpdateOrganisation", entity_type="samarbeid.v1.Organisation",
            entity_id="org-1", before=b"\x00\x01\xff", after=b"", idempotency_key="k-1")],
            next_after_sequence=1, next_page_token="31")),
    ]
    application = grants.Application(
        id="app_0123456789abcdefghjkmnpqrs", call_id="cal_1", organisation_id="org_1", year=2026,
        part=common.GRANT_PART_ACTIVITY, purpose=common.ACTIVITY_PURPOSE_C, title="Kvinnegruppe", description="Møter",
        amount_applied_ore=5_000_000, activity_free=True, no_other_state_funding=True,
        state=grants.APPLICATION_STATE_FINAL, returned_reason="mangler budsjett",
        assessments=[grants.Assessment(assessor="saksbehandler-17", declared_impartial_at="2026-03-01T10:00:00Z",
                                       scores=[grants.CriterionScore(criterion=grants.ASSESSMENT_CRITERION_PURPOSE_FIT, score=5),
                                               grants.CriterionScore(criterion=grants.ASSESSMENT_CRITERION_TARGET_GROUP, score=3)],
                                       comment="god")],
        decision=grants.Decision(outcome=grants.DECISION_OUTCOME_PARTLY_GRANTED, amount_ore=3_000_000, conditions="c",
                                 use_by="2026-12-31", report_due="2027-02-01", audited_accounts_required=False,
                                 decided_on="2026-03-15", reason="r"),
        appeal=grants.Appeal(reason="for lite", lodged_on="2026-03-20", upheld=True, decided_on="2026-04-01"),
        report=grants.GrantReport(state=grants.REPORT_STATE_APPROVED, use_of_funds="u", activities_held=12, participants=340,
                                  goal_achievement="g", spent_ore=2_999_900, auditor_statement_attached=True,
                                  submitted_at="2027-01-10T09:00:00Z", review_comment="ok", reviewed_at="2027-01-20T09:00:00Z"),
        paid_ore=3_000_000, version=9, created_at="2026-02-01T08:00:00Z", submitted_at="2026-02-02T08:00:00Z",
        updated_at="2027-01-20T09:00:00Z")
    vectors += [
        ("Application", application),
        ("Call", grants.Call(id="cal_1", year=2026, part=common.GRANT_PART_ACTIVITY,
                             purposes=[common.ACTIVITY_PURPOSE_A, common.ACTIVITY_PURPOSE_C], title="Aktivitetstilskudd 2026",
                             opens_on="2026-01-01", closes_on="2026-02-01", state=grants.CALL_STATE_OPEN, version=2,
                             created_at="2025-12-01T00:00:00Z")),
        ("LocalPolicy", grants.LocalPolicy(year=2026, operating_member_threshold=80, counting_member_definition="betalt",
                                           rate_per_member_ore=30_000, operating_cap_ore=7_500_000, project_minimum_ore=1_000_000,
                                           project_maximum_ore=100_000_000, activities_must_be_free=True,
                                           audit_threshold_ore=10_000_000, report_due="2027-02-01", split_operating_permille=100,
                                           split_a_permille=300, split_b_permille=300, split_c_permille=300, version=1)),
        ("Change", common.Change(sequence=77, at="2026-11-24T12:00:00Z", entity_type="samarbeid.v1.Application",
                                 entity_id="app_1", rpc="/samarbeid.v1.Grants/DecideApplication", entity=b"\x08\x01")),
        ("ChangeRemoved", common.Change(sequence=78, at="2026-11-24T12:00:01Z", entity_type="samarbeid.v1.Allocation",
                                 entity_id="allocation-2026", rpc="/samarbeid.v1.Oversight/ImportAllocations",
                                 removed=True)),
        ("WatchChangesRequest", common.WatchChangesRequest(after_sequence=5, entity_types=["a", "b"])),
        ("ExportOpenDataRequest", grants.ExportOpenDataRequest(year=2026, page_size=100, page_token="ab")),
        ("ExportOpenDataResponse", grants.ExportOpenDataResponse(json='{"grants":[]}', grant_count=0, next_page_token="cd")),
        ("ListOverdueReportsRequest", grants.ListOverdueReportsRequest(as_of="2027-03-01", page_size=50, page_token="7a")),
        ("Allocation", grants.Allocation(year=2026, kommunenummer="0301", amount_ore=198_000_000, letter_reference="IMDi 26/1",
                                         administration_share_ore=9_900_000, grantable_ore=188_100_000, granted_ore=1, version=3,
                                         updated_at="2026-01-10T00:00:00Z", joined_scheme_year=2015)),
        ("RepaymentClaim", grants.RepaymentClaim(id="rep_1", application_id="app_1", reason=grants.REPAYMENT_REASON_MISSING_REPORT,
                                                 amount_ore=100, state=grants.REPAYMENT_CLAIM_STATE_WAIVED, note="n", version=2,
                                                 created_at="a", updated_at="b")),
    ]
    vectors += meeting_place_vectors(meeting_places)
    vectors += status_detail_vectors()
    vectors += dialogue_vectors(dialogues, meeting_places, organisations)
    vectors += oversight_vectors(oversight)
    with open(os.path.join(HERE, "api_enums.txt"), "w") as f:
        f.write("# samarbeid.v1 enums as proto/ names them: enum, then its value names by number from 0\n")
        for module in (meeting_places, dialogues, oversight):
            for enum in module.DESCRIPTOR.enum_types_by_name.values():
                f.write(f"{enum.name} {','.join(value.name for value in sorted(enum.values, key=lambda v: v.number))}\n")
    with open(os.path.join(HERE, "api_vectors.txt"), "w") as f:
        f.write("# samarbeid.v1 messages encoded by Python protobuf " + __import__("google.protobuf").protobuf.__version__ + "\n")
        for name, message in vectors:
            f.write(f"{name} {message.SerializeToString(deterministic=True).hex()}\n")


def meeting_place_vectors(mp):
    """Every meeting-places message with every field set (SamarbeidAPIGoldenTests.meetingPlaces)."""
    place = mp.MeetingPlace(
        id="mpl-t-a-1", name="Språkkafé Grünerløkka", kind=mp.MEETING_PLACE_KIND_PHYSICAL_VENUE,
        municipal_roles=[mp.MUNICIPAL_ROLE_INITIATOR, mp.MUNICIPAL_ROLE_FACILITATOR],
        address=mp.Address(street_address="Thorvald Meyers gate 1", postal_code="0555", postal_town="Oslo",
                           kommunenummer="0301", online=False, url="https://example.no"),
        audience=mp.AUDIENCE_BOTH, languages=["no", "ar", "so"],
        services=[mp.MEETING_PLACE_SERVICE_INTERPRETATION, mp.MEETING_PLACE_SERVICE_FREE_OF_CHARGE],
        co_hosts=[mp.CoHost(organisation_id="org-1", role=mp.CO_HOST_ROLE_OPERATOR)],
        funding_application_ids=["app-1", "app-2"], starts_on="2026-01-01", ends_on="2026-12-31",
        status=mp.MEETING_PLACE_STATUS_CLOSED, closed_reason="moved",
        schedule=mp.OpeningSchedule(frequency=mp.SCHEDULE_FREQUENCY_WEEKLY, description="Tuesdays 17-20"),
        version=4, created_at="2026-01-01T10:00:00Z", updated_at="2026-02-01T10:00:00Z")
    attendance = mp.Attendance(
        total=mp.AttendanceCount(count=40, source=mp.COUNT_SOURCE_HEADCOUNT),
        immigrant_background=mp.AttendanceCount(count=25, source=mp.COUNT_SOURCE_ESTIMATE),
        women=mp.AttendanceCount(count=0, source=mp.COUNT_SOURCE_REGISTRATIONS),
        under_18=mp.AttendanceCount(count=5, source=mp.COUNT_SOURCE_HEADCOUNT),
        first_time=mp.AttendanceCount(count=7, source=mp.COUNT_SOURCE_ESTIMATE))
    presence = [mp.OrganisationPresence(organisation_id="org-1", role=mp.PRESENCE_ROLE_CO_HOSTING),
                mp.OrganisationPresence(organisation_id="org-2", role=mp.PRESENCE_ROLE_ATTENDING)]
    follow_ups = [mp.FollowUpAction(description="Book the hall", owner_party=mp.OWNER_PARTY_MUNICIPALITY,
                                    owner="Bydel Grünerløkka", due_on="2026-03-01", status=mp.ACTION_STATUS_DROPPED,
                                    status_reason="not needed")]
    gathering = mp.Gathering(
        id="gat-t-a-1", meeting_place_id="mpl-t-a-1", starts_at="2026-02-03T17:00", mode=mp.GATHERING_MODE_HYBRID,
        title="Kafé", state=mp.GATHERING_STATE_COMPLETED, attendance=attendance, organisations=presence,
        outcome_notes="Good", follow_ups=follow_ups, cancelled_reason="x", completed_at="2026-02-03T20:00:00Z",
        version=2, created_at="a", updated_at="b")
    totals = mp.GatheringTotals(
        gatherings_held=3, gatherings_planned=2, gatherings_cancelled=1, attendance=120, immigrant_background=60,
        women=50, under_18=10, first_time=9, immigrant_background_permille=500, women_permille=416,
        under_18_permille=83, first_time_permille=75, organisations_involved=4, co_hosted_by_immigrant_organisation=2,
        co_hosted_by_immigrant_organisation_permille=666, gatherings_counting_immigrant_background=3,
        gatherings_counting_women=2, gatherings_counting_under_18=1, gatherings_counting_first_time=70000)
    return [
        ("MeetingPlace", place),
        ("CreateMeetingPlaceRequest", mp.CreateMeetingPlaceRequest(meeting_place=place)),
        ("GetMeetingPlaceRequest", mp.GetMeetingPlaceRequest(id="mpl-1")),
        ("ListMeetingPlacesRequest", mp.ListMeetingPlacesRequest(
            role=mp.MUNICIPAL_ROLE_COORDINATOR, kind=mp.MEETING_PLACE_KIND_NETWORK, audience=mp.AUDIENCE_MINORITY,
            status=mp.MEETING_PLACE_STATUS_ACTIVE, organisation_id="org-1", active_from="2026-01-01",
            active_to="2026-12-31", page_size=10, page_token="t")),
        ("ListMeetingPlacesResponse", mp.ListMeetingPlacesResponse(meeting_places=[place], next_page_token="n")),
        ("UpdateMeetingPlaceRequest", mp.UpdateMeetingPlaceRequest(meeting_place=place, expected_version=4)),
        ("CloseMeetingPlaceRequest", mp.CloseMeetingPlaceRequest(id="mpl-1", expected_version=3, reason="moved")),
        ("Gathering", gathering),
        ("PlanGatheringRequest", mp.PlanGatheringRequest(gathering=gathering)),
        ("CompleteGatheringRequest", mp.CompleteGatheringRequest(
            id="gat-1", expected_version=1, attendance=attendance, organisations=presence, outcome_notes="Good",
            follow_ups=follow_ups, no_organisations_present=True)),
        ("CancelGatheringRequest", mp.CancelGatheringRequest(id="gat-1", expected_version=1, reason="storm")),
        ("GetGatheringRequest", mp.GetGatheringRequest(id="gat-1")),
        ("ListGatheringsRequest", mp.ListGatheringsRequest(
            meeting_place_id="mpl-1", state=mp.GATHERING_STATE_PLANNED, from_date="2026-01-01", to_date="2026-12-31", organisation_id="org-1",
            page_size=5, page_token="p")),
        ("ListGatheringsResponse", mp.ListGatheringsResponse(gatherings=[gathering], next_page_token="n")),
        ("SummariseMeetingPlacesRequest", mp.SummariseMeetingPlacesRequest(year=2026, meeting_place_id="mpl-1")),
        ("MeetingPlacesSummary", mp.MeetingPlacesSummary(
            year=2026, totals=totals,
            places_by_role=[mp.RoleCount(role=mp.MUNICIPAL_ROLE_INITIATOR, meeting_places=2),
                            mp.RoleCount(role=mp.MUNICIPAL_ROLE_NONE, meeting_places=0)],
            meeting_places=[mp.MeetingPlaceSummary(
                meeting_place_id="mpl-1", name="Kafé", totals=totals,
                months=[mp.MonthTotals(month="2026-01", gatherings_held=0, attendance=0),
                        mp.MonthTotals(month="2026-02", gatherings_held=3, attendance=120)])])),
    ]


def dialogue_vectors(d, mp, organisations):
    """Every dialogues message with every field set (DialoguesGoldenTests)."""
    meeting = d.DialogueMeeting(
        id="dlg_1", held_on="2026-03-04", type=d.DIALOGUE_MEETING_TYPE_COUNCIL_MEETING, meeting_place_id="mpl_1",
        agreement_id="agr_1", council_id="cnc_1", convened_by=d.SIDE_MUNICIPALITY, agenda_set_by=d.SIDE_JOINT,
        participation_level=d.PARTICIPATION_LEVEL_COLLABORATE,
        participants=d.Participants(organisation_ids=["org_1", "org_2"], municipal_units=["Kulturetaten"],
                                    people_from_organisations=7, people_from_municipality=3, others=1),
        interpreter_used=True,
        topics=[d.Topic(title="Mål for 2027", kind=d.TOPIC_KIND_GOAL, raised_by=d.SIDE_ORGANISATION),
                d.Topic(title="Rapportering", kind=d.TOPIC_KIND_FORMAL_REQUIREMENT, raised_by=d.SIDE_MUNICIPALITY)],
        minutes="Referat", minutes_approval=d.MinutesApproval(by_municipality=True, by_organisation_ids=["org_1"],
                                                              agreed=False),
        actions=[d.AgreedAction(id="a1", description="Søke lokaler", owner_party=mp.OWNER_PARTY_ORGANISATION,
                                owner="org_1", due_on="2026-04-01", status=mp.ACTION_STATUS_DONE,
                                status_reason="r", completed_on="2026-03-30", done_on_time=True)],
        assessments=[d.PreconditionAssessment(party=mp.OWNER_PARTY_ORGANISATION, organisation_id="org_1",
                                              on_their_terms=4, meeting_place_exists=5, equal_partners=3,
                                              comment="Bra", recorded_at="2026-03-05T10:00:00Z")],
        gap=d.AssessmentGap(on_their_terms=-0.5, meeting_place_exists=1.25, equal_partners=0),
        version=3, created_at="a", updated_at="b")
    agreement = d.CooperationAgreement(
        id="agr_1", title="Samarbeidsavtale", organisation_ids=["org_1"], municipal_units=["Bydel"],
        contact=organisations.ContactPerson(name="Amina", email="a@example.no", phone="+47 1"),
        cadence=d.MEETING_CADENCE_QUARTERLY, aims="Felles mål", council_period_start=2023, starts_on="2024-01-01",
        ends_on="2027-09-30", next_evaluation_on="2026-06-01", status=d.AGREEMENT_STATUS_ENDED, ended_reason="Ny",
        evaluations=[d.AgreementEvaluation(due_on="2025-06-01", evaluated_on="2025-05-20", on_time=True)],
        version=2, created_at="a", updated_at="b")
    council = d.ImmigrantCouncil(
        id="cnc_1", name="Innvandrerrådet", mandate="Råd", council_period_start=2023,
        seats=[d.CouncilSeats(role=d.COUNCIL_ROLE_MEMBER, count=9, nominating_organisation_ids=["org_1", "org_2"]),
               d.CouncilSeats(role=d.COUNCIL_ROLE_MUNICIPAL_REPRESENTATIVE, count=2)],
        version=1, created_at="a", updated_at="b")
    return [
        ("DialogueMeeting", meeting),
        ("CreateDialogueMeetingRequest", d.CreateDialogueMeetingRequest(meeting=meeting)),
        ("UpdateDialogueMeetingRequest", d.UpdateDialogueMeetingRequest(meeting=meeting, expected_version=3)),
        ("ListDialogueMeetingsRequest", d.ListDialogueMeetingsRequest(
            type=d.DIALOGUE_MEETING_TYPE_HEARING, from_date="2026-01-01", to_date="2026-12-31", organisation_id="org_1", agreement_id="agr_1",
            council_id="cnc_1", page_size=20, page_token="t")),
        ("ListDialogueMeetingsResponse", d.ListDialogueMeetingsResponse(meetings=[meeting], next_page_token="n")),
        ("ApproveMinutesRequest", d.ApproveMinutesRequest(meeting_id="dlg_1", expected_version=2,
                                                          party=mp.OWNER_PARTY_ORGANISATION, organisation_id="org_2")),
        ("UpdateActionRequest", d.UpdateActionRequest(meeting_id="dlg_1", expected_version=2, action_id="a1",
                                                      status=mp.ACTION_STATUS_DROPPED, reason="r", completed_on="x")),
        ("RecordAssessmentRequest", d.RecordAssessmentRequest(meeting_id="dlg_1", expected_version=2,
                                                              assessment=meeting.assessments[0])),
        ("ListOverdueActionsRequest", d.ListOverdueActionsRequest(as_of="2026-05-01", page_size=3, page_token="p")),
        ("ListOverdueActionsResponse", d.ListOverdueActionsResponse(
            actions=[d.OverdueAction(meeting_id="dlg_1", held_on="2026-03-04", action=meeting.actions[0])],
            next_page_token="n")),
        ("CooperationAgreement", agreement),
        ("ListAgreementsRequest", d.ListAgreementsRequest(status=d.AGREEMENT_STATUS_ACTIVE, organisation_id="org_1",
                                                          council_period_start=2027, page_size=4, page_token="p")),
        ("EvaluateAgreementRequest", d.EvaluateAgreementRequest(id="agr_1", expected_version=2,
                                                                evaluated_on="2026-05-01",
                                                                next_evaluation_on="2027-05-01")),
        ("EndAgreementRequest", d.EndAgreementRequest(id="agr_1", expected_version=2, reason="Ny avtale")),
        ("ImmigrantCouncil", council),
        ("ListCouncilsRequest", d.ListCouncilsRequest(council_period_start=2023, page_size=2, page_token="p")),
        ("SummariseDialoguesRequest", d.SummariseDialoguesRequest(year=2026)),
        ("DialoguesSummary", d.DialoguesSummary(
            year=2026, meetings=4, meetings_by_type=[d.MeetingTypeCount(type=d.DIALOGUE_MEETING_TYPE_HEARING,
                                                                       meetings=1)],
            agenda_by_organisation_or_jointly=3, agenda_by_organisation_or_jointly_permille=750, topics=8,
            goal_topics=5, goal_topics_permille=625, actions_agreed=6, actions_done=4, actions_done_on_time=3,
            actions_done_on_time_permille=750, meetings_with_minutes=4, minutes_approved_by_both=2,
            minutes_approved_by_both_permille=500,
            scores=[d.PartyScores(party=mp.OWNER_PARTY_MUNICIPALITY, assessments=4, on_their_terms=4.25,
                                  meeting_place_exists=3.5, equal_partners=4)],
            mean_gap=d.AssessmentGap(on_their_terms=-0.75, meeting_place_exists=0.5, equal_partners=-1),
            meetings_assessed_by_both=3, agreements_active=2, evaluations=2, evaluations_on_time=1,
            evaluations_on_time_permille=500)),
    ]


def oversight_vectors(o):
    """The oversight messages, an optional value present (0.0) and absent."""
    definition = o.IndicatorDefinition(id="grants.granted-share", name_nb="Innvilget", name_en="Granted",
                                       numerator="sum granted", denominator="grantable", unit=o.INDICATOR_UNIT_SHARE,
                                       direction=o.INDICATOR_DIRECTION_HIGHER_IS_BETTER, source="grants")
    distribution = o.ValueDistribution(municipalities=3, minimum=0.1, lower_quartile=0.15, median=0.2,
                                       upper_quartile=0.25, maximum=0.3)
    return [
        ("ListIndicatorsResponse", o.ListIndicatorsResponse(indicators=[definition], completeness=[definition])),
        ("GetIndicatorValuesRequest", o.GetIndicatorValuesRequest(year=2026, indicator_ids=["a", "b"],
                                                                  include_test_tenants=True)),
        ("GetIndicatorValuesResponse", o.GetIndicatorValuesResponse(year=2026, municipalities=[o.MunicipalityValues(
            kommunenummer="0301", name="Oslo", as_of_sequence=42, values=[
                o.IndicatorValue(indicator_id="x", value=0.0, numerator=0, denominator=12, suppressed=False),
                o.IndicatorValue(indicator_id="y", suppressed=True)],
            completeness=[o.IndicatorValue(indicator_id="reports", value=0.75, numerator=6, denominator=8)],
            administers_scheme=True, joined_scheme_year=2022)])),
        ("CompareIndicatorRequest", o.CompareIndicatorRequest(indicator_id="grants.granted-share", year=2026,
                                                              include_test_tenants=True)),
        ("CompareIndicatorsRequest", o.CompareIndicatorsRequest(indicator_ids=["a"], year=2026)),
        ("GetIndicatorSeriesRequest", o.GetIndicatorSeriesRequest(kommunenummer="0301", indicator_id="x",
                                                                  from_year=2024, to_year=2026)),
        ("IndicatorSeries", o.IndicatorSeries(kommunenummer="0301", name="Oslo", indicator=definition, years=[
            o.YearValue(year=2025, value=o.IndicatorValue(indicator_id="x", suppressed=True)),
            o.YearValue(year=2026, value=o.IndicatorValue(indicator_id="x", value=1.5))])),
        ("ImportAllocationsRequest", o.ImportAllocationsRequest(year=2026, budget_ore=10**12, allocations=[
            o.AllocationLine(kommunenummer="0301", amount_ore=198_000_000, letter_reference="IMDi 26/1",
                             joined_scheme_year=2015)])),
        ("SetPopulationsRequest", o.SetPopulationsRequest(year=2026, populations=[
            o.MunicipalityPopulation(kommunenummer="0301", inhabitants=717_710)])),
        ("SetPopulationsResponse", o.SetPopulationsResponse(populations=[o.Population(
            year=2026, kommunenummer="0301", inhabitants=717_710, version=2, updated_at="a")])),
        ("IndicatorComparison", o.IndicatorComparison(
            indicator=definition, year=2026, national=distribution,
            peer_groups=[o.PeerGroup(name="small", distribution=distribution)], funnel_target=0.2,
            funnel_dispersion=1.5, funnel_tau2=0.01,
            outliers=[o.FunnelOutlier(kommunenummer="4601", value=0.3, numerator=30, denominator=100, limit=99.8, side=1)],
            without_value=2, outside_scheme=21,
            funnel=[o.FunnelPoint(kommunenummer="4601", value=0.3, numerator=30, denominator=100,
                                  lower_95=0.12, upper_95=0.28, lower_99_8=0.07, upper_99_8=0.33)])),
    ]


def status_detail_vectors():
    """grpc-status-details-bin as googleapis-common-protos (from grpcio-status) writes it."""
    from google.protobuf import any_pb2
    from google.rpc import error_details_pb2, status_pb2

    def packed(message):
        value = any_pb2.Any()
        value.Pack(message)
        return value

    bad = error_details_pb2.BadRequest(field_violations=[error_details_pb2.BadRequest.FieldViolation(
        field="attendance.total.count", description="too many")])
    failure = error_details_pb2.PreconditionFailure(violations=[error_details_pb2.PreconditionFailure.Violation(
        type="gathering-in-period", subject="samarbeid.v1", description="outside")])
    return [
        ("google.rpc.Status.BadRequest", status_pb2.Status(code=3, message="too many", details=[packed(bad)])),
        ("google.rpc.Status.PreconditionFailure", status_pb2.Status(code=9, message="outside", details=[packed(failure)])),
    ]


if __name__ == "__main__":
    main()
