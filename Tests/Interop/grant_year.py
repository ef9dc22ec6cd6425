#!/usr/bin/env python3
"""A whole grant year driven from Python grpcio stubs generated from proto/samarbeid/v1:
IMDi's allocation, the municipality's administration share and local policy, organisations,
calls, applications (one refused at submission with every failing rule listed), assessment,
decisions, payments (a retried reference applied once), a report, an appeal, a repayment
claim, the change feed resumed from a cursor, and the 360Giving export.

Usage: grant_year.py --server_port PORT --certs DIR [--kommune 0301]
Exit status 0 when every step behaved.
"""

import argparse
import datetime
import json
import os
import sys
import uuid
import zoneinfo

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)

from samarbeid.v1 import audit_pb2, audit_pb2_grpc, changes_pb2_grpc, common_pb2, grants_pb2, grants_pb2_grpc  # noqa: E402
from samarbeid.v1 import organisations_pb2, organisations_pb2_grpc  # noqa: E402

NOK = 100  # øre


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def expect(code, call):
    try:
        call()
    except grpc.RpcError as error:
        check(error.code() == code, f"expected {code}, got {error.code()}: {error.details()}")
        return error.details()
    raise Failure(f"expected {code}, the call succeeded")


def channel(port, certs, identity):
    read = lambda name: open(os.path.join(certs, name), "rb").read()  # noqa: E731
    credentials = grpc.ssl_channel_credentials(read("ca.pem"), read(f"{identity}.key"), read(f"{identity}.pem"))
    return grpc.secure_channel(f"127.0.0.1:{port}", credentials, options=[("grpc.ssl_target_name_override", "localhost")])


def key():
    return [("idempotency-key", str(uuid.uuid4()))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--certs", required=True)
    parser.add_argument("--kommune", default="0301")
    arguments = parser.parse_args()
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Oslo")).date()  # the server's day
    year = today.year
    day = lambda delta: (today + datetime.timedelta(days=delta)).isoformat()  # noqa: E731
    kommune = arguments.kommune
    municipality = channel(arguments.server_port, arguments.certs, f"kommune-{kommune}")
    oversight = grants_pb2_grpc.GrantsOversightStub(channel(arguments.server_port, arguments.certs, "oversight-imdi"))
    grants = grants_pb2_grpc.GrantsStub(municipality)
    changes = changes_pb2_grpc.ChangesStub(municipality)
    audit = audit_pb2_grpc.AuditLogStub(municipality)
    organisations = organisations_pb2_grpc.OrganisationsStub(municipality)
    steps = []

    def step(name):
        steps.append(name)

    # Allocation and administration share.
    current = [a for a in oversight.ListAllocations(grants_pb2.ListAllocationsRequest(year=year)).allocations
               if a.kommunenummer == kommune]
    allocation = oversight.SetAllocation(grants_pb2.SetAllocationRequest(
        kommunenummer=kommune, year=year, amount_ore=2_000_000 * NOK, letter_reference=f"IMDi {year}/17",
        expected_version=current[0].version if current else 0), metadata=key())
    check(allocation.grantable_ore == 2_000_000 * NOK - allocation.administration_share_ore, "grantable")
    details = expect(grpc.StatusCode.FAILED_PRECONDITION, lambda: grants.SetAdministrationShare(
        grants_pb2.SetAdministrationShareRequest(year=year, administration_share_ore=120_000 * NOK,
                                                 expected_version=allocation.version)))
    check("5 %" in details, details)
    allocation = grants.SetAdministrationShare(grants_pb2.SetAdministrationShareRequest(
        year=year, administration_share_ore=80_000 * NOK, expected_version=allocation.version))
    check(allocation.grantable_ore == 1_920_000 * NOK, f"grantable {allocation.grantable_ore}")
    step("allocation and administration share")

    # Local policy.
    policy = grants.GetLocalPolicy(grants_pb2.GetLocalPolicyRequest(year=year))
    policy = grants.SetLocalPolicy(grants_pb2.SetLocalPolicyRequest(policy=grants_pb2.LocalPolicy(
        year=year, operating_member_threshold=80, counting_member_definition="betalt kontingent via bank, bosatt",
        rate_per_member_ore=300 * NOK, operating_cap_ore=75_000 * NOK, project_minimum_ore=10_000 * NOK,
        project_maximum_ore=1_000_000 * NOK, activities_must_be_free=True, audit_threshold_ore=100_000 * NOK,
        report_due=f"{year + 1}-02-01", split_operating_permille=100, split_a_permille=300, split_b_permille=300,
        split_c_permille=300), expected_version=policy.version))
    check(policy.version >= 1, "policy saved")
    step("local policy")

    # Organisations.
    def organisation(name, number, kind, members):
        return organisations.CreateOrganisation(organisations_pb2.CreateOrganisationRequest(
            organisation=organisations_pb2.Organisation(
                organisasjonsnummer=number, name=name, kind=kind, address_kommunenummer=kommune,
                in_frivillighetsregisteret=True, founded_on="2015-03-01", bank_account="86011117947",
                organisation_form="FLI", immigrant_organisation_declared=kind == 1, counting_members=members,
                counting_members_as_of=f"{year}-01-01",
                contact=organisations_pb2.ContactPerson(name="Kontaktperson Hemmelig", email="k@example.no"))),
            metadata=key())

    suffix = uuid.uuid4().int % 10_000_000
    def number(base):
        digits = [int(c) for c in f"{base:08d}"]
        while True:
            remainder = sum(d * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if remainder != 1:
                return "".join(map(str, digits)) + str(0 if remainder == 0 else 11 - remainder)
            base += 1
            digits = [int(c) for c in f"{base:08d}"]

    immigrant = organisation("Somalisk kulturforening", number(80_000_000 + suffix), 1, 120)
    voluntary = organisation("Nabolagsklubben", number(60_000_000 + suffix), 2, 0)
    step("organisations")

    # Calls.
    operating_call = grants.CreateCall(grants_pb2.CreateCallRequest(call=grants_pb2.Call(
        year=year, part=common_pb2.GRANT_PART_OPERATING, title=f"Driftstilskudd {year}", opens_on=day(-1),
        closes_on=day(30))), metadata=key())
    activity_call = grants.CreateCall(grants_pb2.CreateCallRequest(call=grants_pb2.Call(
        year=year, part=common_pb2.GRANT_PART_ACTIVITY, title=f"Aktivitetstilskudd {year}",
        purposes=[common_pb2.ACTIVITY_PURPOSE_A, common_pb2.ACTIVITY_PURPOSE_B, common_pb2.ACTIVITY_PURPOSE_C],
        opens_on=day(-1))), metadata=key())
    operating_call = grants.OpenCall(grants_pb2.CallTransitionRequest(id=operating_call.id, expected_version=1))
    activity_call = grants.OpenCall(grants_pb2.CallTransitionRequest(id=activity_call.id, expected_version=1))
    check(operating_call.state == grants_pb2.CALL_STATE_OPEN, "call open")
    step("calls")

    # Applications: one ineligible, reported with every failing rule.
    def application(call, organisation_id, amount, purpose=0, free=True):
        return grants.CreateApplication(grants_pb2.CreateApplicationRequest(application=grants_pb2.Application(
            call_id=call.id, organisation_id=organisation_id, purpose=purpose, title="Søknad",
            description="Aktiviteter for barn og foreldre", amount_applied_ore=amount, activity_free=free,
            no_other_state_funding=True)), metadata=key())

    bad = application(activity_call, voluntary.id, 5_000 * NOK, common_pb2.ACTIVITY_PURPOSE_A, free=False)
    details = expect(grpc.StatusCode.FAILED_PRECONDITION, lambda: grants.SubmitApplication(
        grants_pb2.ApplicationTransitionRequest(id=bad.id, expected_version=bad.version)))
    check("fails 2 rules" in details and "minimum" in details and "free" in details, details)
    operating = application(operating_call, immigrant.id, 30_000 * NOK)
    activity = application(activity_call, voluntary.id, 50_000 * NOK, common_pb2.ACTIVITY_PURPOSE_A)

    def submit(app):
        return grants.SubmitApplication(grants_pb2.ApplicationTransitionRequest(id=app.id, expected_version=app.version))

    operating, activity = submit(operating), submit(activity)
    check(operating.state == grants_pb2.APPLICATION_STATE_SUBMITTED, "submitted")
    step("applications and eligibility")

    # Assessment: scoring needs a declaration of impartiality first.
    def assess(app):
        app = grants.StartAssessment(grants_pb2.ApplicationTransitionRequest(id=app.id, expected_version=app.version))
        expect(grpc.StatusCode.FAILED_PRECONDITION, lambda: grants.ScoreApplication(grants_pb2.ScoreApplicationRequest(
            id=app.id, expected_version=app.version, assessor="saksbehandler-17",
            scores=[grants_pb2.CriterionScore(criterion=grants_pb2.ASSESSMENT_CRITERION_PURPOSE_FIT, score=4)])))
        app = grants.DeclareImpartiality(grants_pb2.DeclareImpartialityRequest(
            id=app.id, expected_version=app.version, assessor="saksbehandler-17"))
        return grants.ScoreApplication(grants_pb2.ScoreApplicationRequest(
            id=app.id, expected_version=app.version, assessor="saksbehandler-17", comment="godt forankret",
            scores=[grants_pb2.CriterionScore(criterion=grants_pb2.ASSESSMENT_CRITERION_PURPOSE_FIT, score=4),
                    grants_pb2.CriterionScore(criterion=grants_pb2.ASSESSMENT_CRITERION_LOCAL_ROOTS, score=5)]))

    operating, activity = assess(operating), assess(activity)
    step("assessment")

    # Decisions: never above the amount applied for.
    expect(grpc.StatusCode.INVALID_ARGUMENT, lambda: grants.DecideApplication(grants_pb2.DecideApplicationRequest(
        id=operating.id, expected_version=operating.version, outcome=grants_pb2.DECISION_OUTCOME_GRANTED,
        amount_ore=40_000 * NOK, use_by=f"{year}-12-31")))
    operating = grants.DecideApplication(grants_pb2.DecideApplicationRequest(
        id=operating.id, expected_version=operating.version, outcome=grants_pb2.DECISION_OUTCOME_GRANTED,
        amount_ore=30_000 * NOK, use_by=f"{year}-12-31", conditions="Brukes til drift"), metadata=key())
    activity = grants.DecideApplication(grants_pb2.DecideApplicationRequest(
        id=activity.id, expected_version=activity.version, outcome=grants_pb2.DECISION_OUTCOME_PARTLY_GRANTED,
        amount_ore=40_000 * NOK, use_by=f"{year}-12-31", reason="Budsjettet er stramt"), metadata=key())
    check(operating.decision.report_due == f"{year + 1}-02-01", "report due from the policy")
    check(not operating.decision.audited_accounts_required, "below the audit threshold")
    step("decisions")

    # Payments: a retried reference is one payment; never more than granted.
    reference = f"BET-{uuid.uuid4().hex[:10]}"
    first = grants.RecordPayment(grants_pb2.RecordPaymentRequest(
        application_id=operating.id, amount_ore=30_000 * NOK, paid_on=day(0), reference=reference))
    again = grants.RecordPayment(grants_pb2.RecordPaymentRequest(
        application_id=operating.id, amount_ore=30_000 * NOK, paid_on=day(0), reference=reference))
    check(first.id == again.id, "the same reference is one payment")
    expect(grpc.StatusCode.FAILED_PRECONDITION, lambda: grants.RecordPayment(grants_pb2.RecordPaymentRequest(
        application_id=operating.id, amount_ore=1 * NOK, paid_on=day(0), reference=f"{reference}-2")))
    grants.RecordPayment(grants_pb2.RecordPaymentRequest(
        application_id=activity.id, amount_ore=40_000 * NOK, paid_on=day(0), reference=f"{reference}-A"))
    payments = grants.ListPayments(grants_pb2.ListPaymentsRequest(year=year)).payments
    check(sum(p.amount_ore for p in payments if p.application_id in (operating.id, activity.id)) == 70_000 * NOK,
          "paid 70 000")
    step("payments")

    # Report on the operating grant; the activity grant's report is overdue at the due date.
    operating = grants.GetApplication(grants_pb2.GetApplicationRequest(id=operating.id))
    operating = grants.SubmitReport(grants_pb2.SubmitReportRequest(
        application_id=operating.id, expected_version=operating.version, report=grants_pb2.GrantReport(
            use_of_funds="Husleie og aktiviteter", activities_held=24, participants=310,
            goal_achievement="Flere møteplasser", spent_ore=30_000 * NOK)))
    operating = grants.ReviewReport(grants_pb2.ReviewReportRequest(
        application_id=operating.id, expected_version=operating.version, approved=True))
    check(operating.report.state == grants_pb2.REPORT_STATE_APPROVED, "report approved")
    overdue = grants.ListOverdueReports(grants_pb2.ListOverdueReportsRequest(as_of=f"{year + 1}-03-01")).applications
    overdue_ids = {a.id for a in overdue}
    check(activity.id in overdue_ids and operating.id not in overdue_ids, "the activity report is overdue")
    step("reports")

    # Appeal and final decision: the organisation gets what it applied for.
    activity = grants.GetApplication(grants_pb2.GetApplicationRequest(id=activity.id))
    activity = grants.AppealDecision(grants_pb2.AppealDecisionRequest(
        id=activity.id, expected_version=activity.version, reason="Aktiviteten er allerede i gang"))
    activity = grants.DecideAppeal(grants_pb2.DecideAppealRequest(
        id=activity.id, expected_version=activity.version, upheld=False,
        outcome=grants_pb2.DECISION_OUTCOME_GRANTED, amount_ore=50_000 * NOK, reason="Klagen tas til følge"))
    check(activity.state == grants_pb2.APPLICATION_STATE_FINAL and activity.decision.amount_ore == 50_000 * NOK,
          "appeal decided")
    step("appeal")

    # A repayment claim: at most what was paid.
    expect(grpc.StatusCode.FAILED_PRECONDITION, lambda: grants.CreateRepaymentClaim(grants_pb2.CreateRepaymentClaimRequest(
        application_id=activity.id, reason=grants_pb2.REPAYMENT_REASON_UNUSED_FUNDS, amount_ore=41_000 * NOK)))
    claim = grants.CreateRepaymentClaim(grants_pb2.CreateRepaymentClaimRequest(
        application_id=activity.id, reason=grants_pb2.REPAYMENT_REASON_UNUSED_FUNDS, amount_ore=5_000 * NOK,
        note="Ubrukte midler"), metadata=key())
    claim = grants.SetRepaymentClaimState(grants_pb2.SetRepaymentClaimStateRequest(
        id=claim.id, expected_version=claim.version, state=grants_pb2.REPAYMENT_CLAIM_STATE_PAID))
    check(claim.state == grants_pb2.REPAYMENT_CLAIM_STATE_PAID, "claim paid")
    step("repayment claim")

    # The change feed: read some, disconnect, resume from the cursor (on samarbeid.v1.Changes;
    # the first read on its deprecated alias in Grants answers the same).
    stream = grants.WatchChanges(common_pb2.WatchChangesRequest(entity_types=["samarbeid.v1.Application"]))
    first_batch = []
    for change in stream:
        first_batch.append(change)
        if len(first_batch) == 3:
            break
    stream.cancel()
    cursor = first_batch[-1].sequence
    resumed = changes.WatchChanges(common_pb2.WatchChangesRequest(
        after_sequence=cursor, entity_types=["samarbeid.v1.Application"]), timeout=2)
    later = []
    try:
        for change in resumed:
            later.append(change)
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.DEADLINE_EXCEEDED, f"watch ended with {error.code()}")
    check(later and later[0].sequence > cursor, "resumed after the cursor")
    check(all(c.entity_type == "samarbeid.v1.Application" for c in first_batch + later), "filtered")
    final = grants_pb2.Application.FromString(later[-1].entity)
    check(final.id in (operating.id, activity.id, bad.id), "changes carry the entity")
    # The audit log pages like every list: page_size and page_token.
    first = audit.ListAuditEvents(audit_pb2.ListAuditEventsRequest(page_size=2))
    second = audit.ListAuditEvents(audit_pb2.ListAuditEventsRequest(page_size=2, page_token=first.next_page_token))
    check(len(first.events) == 2 and first.next_page_token, "a first page of two events, with a token")
    check(second.events[0].sequence > first.events[-1].sequence, "the next page follows the first")
    step("change feed")

    # Open data: decided grants, public fields only.
    export = grants.ExportOpenData(grants_pb2.ExportOpenDataRequest(year=year))
    document = json.loads(export.json)
    ours = [g for g in document["grants"] if g["id"].endswith(operating.id) or g["id"].endswith(activity.id)]
    check(len(ours) == 2, f"{len(ours)} of our grants exported")
    for grant in ours:
        for field in ("id", "title", "description", "currency", "amountAwarded", "awardDate",
                      "recipientOrganization", "fundingOrganization"):
            check(field in grant, f"360Giving field {field}")
        check(grant["currency"] == "NOK", "currency")
    check(sorted(g["amountAwarded"] for g in ours) == [30000, 50000], f"amounts {[g['amountAwarded'] for g in ours]}")
    check("Hemmelig" not in export.json and "86011117947" not in export.json, "no personal data or bank accounts")
    step("open data")

    # Oversight sees what was granted.
    allocations = oversight.ListAllocations(grants_pb2.ListAllocationsRequest(year=year)).allocations
    mine = [a for a in allocations if a.kommunenummer == kommune][0]
    check(mine.granted_ore >= 80_000 * NOK, f"granted {mine.granted_ore}")
    step("oversight")

    print(f"PASS grant year with grpcio: {len(steps)} steps ({', '.join(steps)})", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (Failure, grpc.RpcError) as failure:
        print(f"FAIL grant year with grpcio: {failure}", flush=True)
        sys.exit(1)
