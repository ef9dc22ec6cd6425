#!/usr/bin/env python3
"""make bench-oversight: national oversight over 356 municipalities.

samarbeid-server (release, one thread, pinned to CPU 0, a fresh data directory). 356 test
municipalities are registered, and each gets a realistic year made through the API with the
load-test identity (CPU 1): an allocation, 30 organisations, an operating and an activity
call, 60 applications taken to a decision (3 to 12 operating grants; the activity ones
granted, partly granted or refused, more or less strictly), a meeting place with 30
gatherings held, 12 to 18 dialogue meetings (5 or more with the agenda set by an
organisation or jointly) with minutes approved and both sides' views. Municipalities differ
by their index, so that the comparison and the report have a spread to show. Then,
as IMDi: the time to compute every municipality's indicators (GetIndicatorValues), to
compare every indicator (CompareIndicators), and to render the HTML report
(`samarbeid oversight report`). Goal: under 1 s for the indicators.

Usage: bench_oversight.py SERVER_BINARY CLI_BINARY [--municipalities N] [--workers W]
"""

import argparse
import concurrent.futures
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time

import grpc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_server import CERTS, ROOT, free_port  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, ".build-interop", "gen"))
from samarbeid.v1 import dialogues_pb2 as d, dialogues_pb2_grpc  # noqa: E402
from samarbeid.v1 import grants_pb2 as g, grants_pb2_grpc, common_pb2  # noqa: E402
from samarbeid.v1 import meeting_places_pb2 as mp, meeting_places_pb2_grpc  # noqa: E402
from samarbeid.v1 import organisations_pb2 as o, organisations_pb2_grpc  # noqa: E402
from samarbeid.v1 import oversight_pb2 as ov, oversight_pb2_grpc  # noqa: E402
from samarbeid.v1 import tenants_pb2, tenants_pb2_grpc  # noqa: E402

COUNTIES = ["30", "31", "32", "33", "34", "38", "39", "40", "42", "46", "50", "54", "55", "56"]


def channel(port, identity):
    read = lambda name: open(os.path.join(CERTS, name), "rb").read()  # noqa: E731
    credentials = grpc.ssl_channel_credentials(read("ca.pem"), read(f"{identity}.key"), read(f"{identity}.pem"))
    return grpc.secure_channel(f"127.0.0.1:{port}", credentials,
                               options=[("grpc.ssl_target_name_override", "localhost"),
                                        ("grpc.max_receive_message_length", 64 * 1024 * 1024)])


def organisasjonsnummer(start):
    candidate = 10_000_000 + start % 89_999_999
    while True:
        digits = [int(c) for c in str(candidate)]
        remainder = sum(x * w for x, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if remainder != 1:
            return f"{candidate}{0 if remainder == 0 else 11 - remainder}"
        candidate += 1


def year_of_work(port, number, index, year, day):
    """One municipality's year, made through the API as the load-test identity."""
    metadata = [("samarbeid-tenant", number)]
    ch = channel(port, "loadtest")
    orgs = organisations_pb2_grpc.OrganisationsStub(ch)
    grants = grants_pb2_grpc.GrantsStub(ch)
    places = meeting_places_pb2_grpc.MeetingPlacesStub(ch)
    dialogues = dialogues_pb2_grpc.DialoguesStub(ch)
    organisations = [orgs.CreateOrganisation(o.CreateOrganisationRequest(organisation=o.Organisation(
        organisasjonsnummer=organisasjonsnummer(index * 1000 + k * 7), name=f"Forening {k}", kind=1 + k % 2,
        address_kommunenummer=number, in_frivillighetsregisteret=True, founded_on="2015-01-01",
        bank_account="86011117947", counting_members=100, counting_members_as_of=f"{year}-01-01",
        immigrant_organisation_declared=k % 2 == 0)), metadata=metadata) for k in range(30)]
    call = grants.CreateCall(g.CreateCallRequest(call=g.Call(
        year=year, part=common_pb2.GRANT_PART_ACTIVITY, purposes=[1], title="Aktiviteter",
        opens_on=f"{year}-01-01")), metadata=metadata)
    grants.OpenCall(g.CallTransitionRequest(id=call.id, expected_version=call.version), metadata=metadata)
    operating_call = grants.CreateCall(g.CreateCallRequest(call=g.Call(
        year=year, part=common_pb2.GRANT_PART_OPERATING, title="Driftstilskudd", opens_on=f"{year}-01-01")),
        metadata=metadata)
    grants.OpenCall(g.CallTransitionRequest(id=operating_call.id, expected_version=operating_call.version),
                    metadata=metadata)
    # Municipalities differ, as the study found: how much goes to operating grants (3 to 12 of
    # the immigrant organisations), how strict the decisions are, who sets the agenda.
    operating = 3 + index % 10
    strictness = 3 + index % 4
    for k in range(60):
        is_operating = k < operating
        amount = 250_000 * (8 + k % 5) if is_operating else (20 + k % 30) * 100_000
        app = grants.CreateApplication(g.CreateApplicationRequest(application=g.Application(
            call_id=(operating_call if is_operating else call).id,
            organisation_id=organisations[2 * k if is_operating else k % 30].id,
            purpose=0 if is_operating else 1, title="Tiltak",
            amount_applied_ore=amount, activity_free=True, no_other_state_funding=True)), metadata=metadata)
        for rpc in (grants.SubmitApplication, grants.StartAssessment):
            app = rpc(g.ApplicationTransitionRequest(id=app.id, expected_version=app.version), metadata=metadata)
        app = grants.DeclareImpartiality(g.DeclareImpartialityRequest(
            id=app.id, expected_version=app.version, assessor="a"), metadata=metadata)
        app = grants.ScoreApplication(g.ScoreApplicationRequest(
            id=app.id, expected_version=app.version, assessor="a",
            scores=[g.CriterionScore(criterion=1, score=4)]), metadata=metadata)
        outcome = 1 if is_operating else [1, 2, 3][0 if (k + index) % strictness else 1 + k % 2]
        grants.DecideApplication(g.DecideApplicationRequest(
            id=app.id, expected_version=app.version, outcome=outcome,
            amount_ore={1: amount, 2: amount // 2, 3: 0}[outcome], reason="" if outcome != 3 else "Nei",
            use_by=f"{year}-12-31"), metadata=metadata)
    place = places.CreateMeetingPlace(mp.CreateMeetingPlaceRequest(meeting_place=mp.MeetingPlace(
        name="Møteplass", kind=1, municipal_roles=[1, 2], audience=3, starts_on=f"{year}-01-01", status=2,
        address=mp.Address(street_address="Torget 1", postal_code="0001", kommunenummer=number))),
        metadata=metadata)
    for k in range(30):
        gathering = places.PlanGathering(mp.PlanGatheringRequest(gathering=mp.Gathering(
            meeting_place_id=place.id, starts_at=f"{day}T{8 + k % 12:02d}:00", mode=1, title="Samling",
            organisations=[mp.OrganisationPresence(organisation_id=organisations[k % 30].id, role=2)])),
            metadata=metadata)
        total = 10 + k
        places.CompleteGathering(mp.CompleteGatheringRequest(
            id=gathering.id, expected_version=gathering.version,
            attendance=mp.Attendance(total=mp.AttendanceCount(count=total, source=1),
                                     immigrant_background=mp.AttendanceCount(count=total // 2, source=2))),
            metadata=metadata)
    meetings = 12 + index % 7
    set_by_organisations = 5 + (index * 7) % (meetings - 9)
    for k in range(meetings):
        present = [organisations[k].id, organisations[k + 1].id]
        meeting = dialogues.CreateDialogueMeeting(d.CreateDialogueMeetingRequest(meeting=d.DialogueMeeting(
            held_on=day, type=1, convened_by=2, agenda_set_by=(1 if k % 2 else 3) if k < set_by_organisations else 2, participation_level=3,
            participants=d.Participants(organisation_ids=present),
            topics=[d.Topic(title="Mål", kind=1, raised_by=1), d.Topic(title="Søknad", kind=2, raised_by=2)],
            minutes="Referat")), metadata=metadata)
        for party, organisation in ((1, ""), (2, present[0]), (2, present[1])):
            meeting = dialogues.ApproveMinutes(d.ApproveMinutesRequest(
                meeting_id=meeting.id, expected_version=meeting.version, party=party,
                organisation_id=organisation), metadata=metadata)
        for party, organisation in ((1, ""), (2, present[0])):
            meeting = dialogues.RecordAssessment(d.RecordAssessmentRequest(
                meeting_id=meeting.id, expected_version=meeting.version,
                assessment=d.PreconditionAssessment(party=party, organisation_id=organisation,
                                                    on_their_terms=1 + k % 5, meeting_place_exists=3,
                                                    equal_partners=1 + (k + 2) % 5)), metadata=metadata)
    ch.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("cli")
    parser.add_argument("--municipalities", type=int, default=356)
    parser.add_argument("--workers", type=int, default=16)
    arguments = parser.parse_args()
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    year, day = yesterday.year, yesterday.isoformat()
    port = free_port()
    data = tempfile.mkdtemp(prefix="bench-oversight-")
    server = subprocess.Popen(
        ["taskset", "-c", "0", arguments.server, "--host", "127.0.0.1", "--port", str(port), "--threads", "1",
         "--cert", f"{CERTS}/server.pem", "--key", f"{CERTS}/server.key", "--ca", f"{CERTS}/ca.pem",
         "--crl", f"{CERTS}/crl.pem", "--log-level", "error", "--tenant-calls-per-second", "0",
         "--data-dir", data, "--tenants-file", os.path.join(ROOT, "certs", "tenants.txt")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    server.stdout.readline()
    os.sched_setaffinity(0, {1})
    try:
        imdi = channel(port, "oversight-imdi")
        registry = tenants_pb2_grpc.TenantRegistryStub(imdi)
        known = {t.kommunenummer for t in registry.ListTenants(tenants_pb2.ListTenantsRequest()).tenants}
        numbers = [f"{c}{n:02d}" for n in range(1, 99) for c in COUNTIES if f"{c}{n:02d}" not in known]
        numbers = numbers[:arguments.municipalities]
        started = time.monotonic()
        for number in numbers:
            registry.RegisterMunicipality(tenants_pb2.RegisterMunicipalityRequest(
                kommunenummer=number, name=f"Kommune {number}", valid_from="2000-01-01", test=True))
        oversight = oversight_pb2_grpc.OversightStub(imdi)
        oversight.ImportAllocations(ov.ImportAllocationsRequest(year=year, budget_ore=10**12, allocations=[
            # The original 20 joined in 2015, the rest in 2022; sizes differ.
            ov.AllocationLine(kommunenummer=number, amount_ore=200_000_000 + (index % 7) * 100_000_000,
                              letter_reference="IMDi", joined_scheme_year=2015 if index < 20 else 2022)
            for index, number in enumerate(numbers)]))
        with concurrent.futures.ThreadPoolExecutor(arguments.workers) as pool:
            list(pool.map(lambda pair: year_of_work(port, pair[1], pair[0], year, day), enumerate(numbers)))
        made = time.monotonic() - started
        print(f"{len(numbers)} municipalities with a year of work made through the API in {made:.1f} s")

        timings = []
        for _ in range(3):
            begin = time.monotonic()
            values = oversight.GetIndicatorValues(ov.GetIndicatorValuesRequest(year=year, include_test_tenants=True))
            timings.append(time.monotonic() - begin)
        catalogue = oversight.ListIndicators(ov.ListIndicatorsRequest()).indicators
        begin = time.monotonic()
        oversight.CompareIndicators(ov.CompareIndicatorsRequest(year=year, include_test_tenants=True))
        compared = time.monotonic() - begin
        report = os.path.join(data, "report.html")
        begin = time.monotonic()
        subprocess.run([arguments.cli, "oversight", "report", "--year", str(year), "--out", report,
                        "--include-test-tenants", "--port", str(port), "--ca", f"{CERTS}/ca.pem",
                        "--cert", f"{CERTS}/oversight-imdi.pem", "--key", f"{CERTS}/oversight-imdi.key"],
                       check=True, capture_output=True)
        rendered = time.monotonic() - begin
        print(f"indicators for {len(values.municipalities)} municipalities (GetIndicatorValues): "
              f"{min(timings):.3f} s best of 3, {sorted(timings)[1]:.3f} s median (goal < 1 s)")
        print(f"every indicator compared ({len(catalogue)} indicators, CompareIndicators): {compared:.2f} s")
        print(f"report rendered (samarbeid oversight report, {os.path.getsize(report)} bytes): {rendered:.2f} s")
        kept = os.path.join(ROOT, ".build", "bench-oversight-report.html")
        shutil.copyfile(report, kept)
        print(f"the report is kept in {os.path.relpath(kept)}")
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
