#!/usr/bin/env python3
"""A year of meeting-place work driven from Python grpcio stubs generated from
proto/samarbeid/v1: organisations, two meeting places (one co-hosted by an immigrant
organisation), a gathering a month planned and then held or cancelled, refusals for bad
input, lists joined across pages, the summary checked against the sums of what the server
acknowledged, a place closed, and the changes in the tenant's feed. Last year's dates, so
every gathering has been held whenever this runs.

Usage: meeting_place_year.py --server_port PORT --certs DIR [--kommune 4601]
Exit status 0 when every step behaved.
"""

import argparse
import datetime
import os
import random
import sys
import uuid

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)

from samarbeid.v1 import common_pb2, changes_pb2_grpc  # noqa: E402
from samarbeid.v1 import meeting_places_pb2 as mp, meeting_places_pb2_grpc  # noqa: E402
from samarbeid.v1 import organisations_pb2, organisations_pb2_grpc  # noqa: E402
from grant_year import Failure, channel, check, expect  # noqa: E402
from google.rpc import error_details_pb2  # noqa: E402
from grpc_status import rpc_status  # noqa: E402


def refused(code, call):
    """The refusal's message and the field or rule grpc-status-details-bin names, read with
    grpcio-status (googleapis-common-protos): an independent decoder of our details."""
    try:
        call()
    except grpc.RpcError as error:
        check(error.code() == code, f"expected {code}, got {error.code()}: {error.details()}")
        status = rpc_status.from_call(error)
        check(status is not None and status.code == code.value[0], f"no status details for {error.details()}")
        named = []
        for detail in status.details:
            for kind in (error_details_pb2.BadRequest, error_details_pb2.PreconditionFailure):
                if detail.Is(kind.DESCRIPTOR):
                    message = kind()
                    detail.Unpack(message)
                    named += [v.field for v in getattr(message, "field_violations", [])]
                    named += [v.type for v in getattr(message, "violations", [])]
        return error.details(), named
    raise Failure(f"expected {code}, the call succeeded")


def organisasjonsnummer(index):
    candidate = 80_000_000 + index * 7
    while True:
        digits = [int(c) for c in str(candidate)]
        remainder = sum(d * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if remainder != 1:
            return f"{candidate}{0 if remainder == 0 else 11 - remainder}"
        candidate += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--certs", required=True)
    parser.add_argument("--kommune", default="4601")
    arguments = parser.parse_args()
    kommune = arguments.kommune
    year = datetime.date.today().year - 1
    municipality = channel(arguments.server_port, arguments.certs, f"kommune-{kommune}")
    other = channel(arguments.server_port, arguments.certs, "kommune-0301" if kommune != "0301" else "kommune-4601")
    places = meeting_places_pb2_grpc.MeetingPlacesStub(municipality)
    organisations = organisations_pb2_grpc.OrganisationsStub(municipality)
    rng = random.Random(7)
    steps = []

    def create_organisation(index, kind):
        return organisations.CreateOrganisation(organisations_pb2.CreateOrganisationRequest(
            organisation=organisations_pb2.Organisation(
                organisasjonsnummer=organisasjonsnummer(index + rng.randrange(1000) * 10), name=f"Møteforening {index}",
                kind=kind, address_kommunenummer=kommune, in_frivillighetsregisteret=True, founded_on="2015-01-01",
                immigrant_organisation_declared=kind == 1)))

    immigrant = create_organisation(1, 1)
    voluntary = create_organisation(2, 2)
    steps.append("organisations")

    address = mp.Address(street_address="Torget 1", postal_code="5014", postal_town="Bergen", kommunenummer=kommune)
    cafe = places.CreateMeetingPlace(mp.CreateMeetingPlaceRequest(meeting_place=mp.MeetingPlace(
        name="Språkkafé", kind=mp.MEETING_PLACE_KIND_PHYSICAL_VENUE,
        municipal_roles=[mp.MUNICIPAL_ROLE_INITIATOR, mp.MUNICIPAL_ROLE_FACILITATOR], address=address,
        audience=mp.AUDIENCE_BOTH, languages=["no", "ar", "uk"], services=[mp.MEETING_PLACE_SERVICE_FREE_OF_CHARGE],
        co_hosts=[mp.CoHost(organisation_id=immigrant.id, role=mp.CO_HOST_ROLE_CO_HOST)],
        starts_on=f"{year}-01-01", status=mp.MEETING_PLACE_STATUS_ACTIVE,
        schedule=mp.OpeningSchedule(frequency=mp.SCHEDULE_FREQUENCY_MONTHLY, description="Første tirsdag"))),
        metadata=[("idempotency-key", str(uuid.uuid4()))])
    forum = places.CreateMeetingPlace(mp.CreateMeetingPlaceRequest(meeting_place=mp.MeetingPlace(
        name="Dialogforum", kind=mp.MEETING_PLACE_KIND_DIALOGUE_FORUM, municipal_roles=[mp.MUNICIPAL_ROLE_COORDINATOR],
        address=mp.Address(online=True, url="https://forum.example.no"), audience=mp.AUDIENCE_MINORITY,
        starts_on=f"{year}-03-01", ends_on=f"{year}-12-31")))
    check(cafe.version == 1 and cafe.status == mp.MEETING_PLACE_STATUS_ACTIVE, "the café is active, version 1")
    steps.append("places")

    # Bad input: each refused with the field or rule named, nothing written.
    details, named = refused(grpc.StatusCode.INVALID_ARGUMENT, lambda: places.CreateMeetingPlace(
        mp.CreateMeetingPlaceRequest(meeting_place=mp.MeetingPlace(
            name="Uten rolle", kind=1, address=address, audience=3, starts_on=f"{year}-01-01"))))
    check("municipal_roles" in details and named == ["meeting_place.municipal_roles"], f"the missing role is named: {named}")
    details, named = refused(grpc.StatusCode.FAILED_PRECONDITION, lambda: places.CreateMeetingPlace(mp.CreateMeetingPlaceRequest(
        meeting_place=mp.MeetingPlace(name="Feil kommune", kind=1, municipal_roles=[1], audience=3,
                                      starts_on=f"{year}-01-01",
                                      address=mp.Address(street_address="Gate 1", postal_code="0155",
                                                         kommunenummer="0301")))))
    check(named == ["meeting-place-in-municipality"] and "not this municipality's" in details, details)
    foreign = meeting_places_pb2_grpc.MeetingPlacesStub(other)
    expect(grpc.StatusCode.NOT_FOUND, lambda: foreign.GetMeetingPlace(mp.GetMeetingPlaceRequest(id=cafe.id)))
    steps.append("refusals")

    # A gathering a month at the café, one a quarter at the forum; every third one cancelled.
    held = []
    cancelled = 0
    for month in range(1, 13):
        for place, every in ((cafe, 1), (forum, 3)):
            if month % every or (place is forum and month < 3):
                continue
            gathering = places.PlanGathering(mp.PlanGatheringRequest(gathering=mp.Gathering(
                meeting_place_id=place.id, starts_at=f"{year}-{month:02d}-05T18:00",
                mode=mp.GATHERING_MODE_IN_PERSON if place is cafe else mp.GATHERING_MODE_ONLINE, title=f"Møte {month}",
                organisations=[mp.OrganisationPresence(organisation_id=voluntary.id, role=mp.PRESENCE_ROLE_ATTENDING)])))
            if month % 3 == 2 and place is cafe:
                places.CancelGathering(mp.CancelGatheringRequest(id=gathering.id, expected_version=gathering.version,
                                                                  reason="Snøstorm"))
                cancelled += 1
                continue
            total = rng.randrange(5, 60)
            attendance = mp.Attendance(
                total=mp.AttendanceCount(count=total, source=mp.COUNT_SOURCE_HEADCOUNT),
                immigrant_background=mp.AttendanceCount(count=rng.randrange(0, total + 1), source=mp.COUNT_SOURCE_ESTIMATE),
                women=mp.AttendanceCount(count=rng.randrange(0, total + 1), source=mp.COUNT_SOURCE_HEADCOUNT))
            if month == 4:
                details, named = refused(grpc.StatusCode.INVALID_ARGUMENT, lambda: places.CompleteGathering(
                    mp.CompleteGatheringRequest(id=gathering.id, expected_version=gathering.version,
                                                attendance=mp.Attendance(
                                                    total=mp.AttendanceCount(count=3, source=1),
                                                    under_18=mp.AttendanceCount(count=4, source=1)))))
                check(named == ["attendance.under_18.count"], f"{named}: {details}")
            presence = [mp.OrganisationPresence(organisation_id=voluntary.id, role=mp.PRESENCE_ROLE_ATTENDING)]
            if place is cafe:
                presence.append(mp.OrganisationPresence(organisation_id=immigrant.id, role=mp.PRESENCE_ROLE_CO_HOSTING))
            done = places.CompleteGathering(mp.CompleteGatheringRequest(
                id=gathering.id, expected_version=gathering.version, attendance=attendance, organisations=presence,
                outcome_notes="Godt oppmøte",
                follow_ups=[mp.FollowUpAction(description="Book salen", owner_party=mp.OWNER_PARTY_MUNICIPALITY,
                                              owner="Kulturetaten", due_on=f"{year}-{month:02d}-20")]))
            check(done.state == mp.GATHERING_STATE_COMPLETED and done.version == 2, "completed once, version 2")
            held.append(done)
    steps.append(f"{len(held)} gatherings held, {cancelled} cancelled")

    # Lists joined across pages of 5, in time order.
    listed, token = [], ""
    while True:
        page = places.ListGatherings(mp.ListGatheringsRequest(page_size=5, page_token=token))
        listed += page.gatherings
        token = page.next_page_token
        if not token:
            break
    check(len(listed) == len(held) + cancelled, f"{len(listed)} listed")
    check([g.starts_at for g in listed] == sorted(g.starts_at for g in listed), "in time order")
    by_role = places.ListMeetingPlaces(mp.ListMeetingPlacesRequest(role=mp.MUNICIPAL_ROLE_COORDINATOR))
    check([p.id for p in by_role.meeting_places] == [forum.id], "filtered by role")
    steps.append("lists")

    # The summary equals the sums of what was acknowledged.
    summary = places.SummariseMeetingPlaces(mp.SummariseMeetingPlacesRequest(year=year))
    attendance = sum(g.attendance.total.count for g in held)
    immigrant_sum = sum(g.attendance.immigrant_background.count for g in held)
    check(summary.totals.gatherings_held == len(held), "gatherings held")
    check(summary.totals.gatherings_cancelled == cancelled, "cancelled")
    check(summary.totals.attendance == attendance, f"attendance {summary.totals.attendance} != {attendance}")
    check(summary.totals.immigrant_background == immigrant_sum, "immigrant background")
    check(summary.totals.immigrant_background_permille == immigrant_sum * 1000 // attendance, "share")
    check(summary.totals.organisations_involved == 2, "two organisations involved")
    cafe_held = sum(1 for g in held if g.meeting_place_id == cafe.id)
    check(summary.totals.co_hosted_by_immigrant_organisation == cafe_held, "co-hosted by the immigrant organisation")
    roles = {r.role: r.meeting_places for r in summary.places_by_role}
    check(roles[mp.MUNICIPAL_ROLE_INITIATOR] == 1 and roles[mp.MUNICIPAL_ROLE_COORDINATOR] == 1, f"roles {roles}")
    months = summary.meeting_places[1].months if summary.meeting_places[1].meeting_place_id == cafe.id \
        else summary.meeting_places[0].months
    check(len(months) == 12 and sum(m.attendance for m in months) == sum(
        g.attendance.total.count for g in held if g.meeting_place_id == cafe.id), "the café's months")
    steps.append("summary")

    # The forum closes; it takes no new gatherings.
    closed = places.CloseMeetingPlace(mp.CloseMeetingPlaceRequest(id=forum.id, expected_version=forum.version,
                                                                  reason="Erstattet av rådet"))
    check(closed.status == mp.MEETING_PLACE_STATUS_CLOSED, "closed")
    details, named = refused(grpc.StatusCode.FAILED_PRECONDITION, lambda: places.PlanGathering(mp.PlanGatheringRequest(
        gathering=mp.Gathering(meeting_place_id=forum.id, starts_at=f"{year}-12-01T18:00", mode=2, title="Etter"))))
    check("takes no new gatherings" in details and named == ["meeting-place-closed"], details)
    steps.append("closed")

    # The tenant's change feed carries every place and gathering change.
    feed = changes_pb2_grpc.ChangesStub(municipality)
    seen = 0
    try:
        for change in feed.WatchChanges(common_pb2.WatchChangesRequest(
                entity_types=["samarbeid.v1.MeetingPlace", "samarbeid.v1.Gathering"]), timeout=3):
            seen += 1
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.DEADLINE_EXCEEDED, f"watch ended with {error.code()}")
    expected = 3 + 2 * len(held) + 2 * cancelled
    check(seen == expected, f"{seen} changes in the feed, expected {expected}")
    steps.append("change feed")
    print(f"meeting-place year: ok ({'; '.join(steps)})")


if __name__ == "__main__":
    try:
        main()
    except (Failure, grpc.RpcError) as error:
        print(f"meeting-place year: FAILED: {error}")
        sys.exit(1)
