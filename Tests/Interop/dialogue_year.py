#!/usr/bin/env python3
"""A year of dialogue work driven from Python grpcio stubs generated from
proto/samarbeid/v1: organisations, a cooperation agreement and an immigrant council,
monthly dialogue meetings (who set the agenda, goal and formal topics, actions, minutes
approved by both sides, each side's view), actions done or dropped, refusals read from
grpc-status-details-bin, the overdue lists, and the summary checked against what the
server acknowledged. Last year's dates, so every meeting has been held.

Usage: dialogue_year.py --server_port PORT --certs DIR [--kommune 4601]
Exit status 0 when every step behaved.
"""

import argparse
import datetime
import os
import random
import sys

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)

from samarbeid.v1 import dialogues_pb2 as d, dialogues_pb2_grpc  # noqa: E402
from samarbeid.v1 import organisations_pb2, organisations_pb2_grpc  # noqa: E402
from grant_year import Failure, channel, check  # noqa: E402
from meeting_place_year import organisasjonsnummer, refused  # noqa: E402

MUNICIPALITY, ORGANISATION = 1, 2  # OwnerParty
OPEN, DONE, DROPPED = 1, 2, 3  # ActionStatus


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--certs", required=True)
    parser.add_argument("--kommune", default="4601")
    arguments = parser.parse_args()
    kommune = arguments.kommune
    year = datetime.date.today().year - 1
    period = 2023 + (year - 2023) // 4 * 4
    municipality = channel(arguments.server_port, arguments.certs, f"kommune-{kommune}")
    dialogues = dialogues_pb2_grpc.DialoguesStub(municipality)
    organisations = organisations_pb2_grpc.OrganisationsStub(municipality)
    rng = random.Random(11)
    steps = []

    orgs = [organisations.CreateOrganisation(organisations_pb2.CreateOrganisationRequest(
        organisation=organisations_pb2.Organisation(
            organisasjonsnummer=organisasjonsnummer(5000 + index + rng.randrange(1000) * 10), name=f"Dialogforening {index}",
            kind=1, address_kommunenummer=kommune, in_frivillighetsregisteret=True, founded_on="2015-01-01",
            immigrant_organisation_declared=True))).id for index in range(2)]
    steps.append("organisations")

    agreement = dialogues.CreateAgreement(d.CreateAgreementRequest(agreement=d.CooperationAgreement(
        title="Samarbeidsavtale", organisation_ids=orgs, municipal_units=["Kulturetaten"],
        contact=organisations_pb2.ContactPerson(name="Kontakt", email="k@example.no"),
        cadence=d.MEETING_CADENCE_MONTHLY, aims="Flere møteplasser", council_period_start=period,
        starts_on=f"{year}-01-01", next_evaluation_on=f"{year}-06-30")))
    council = dialogues.CreateCouncil(d.CreateCouncilRequest(council=d.ImmigrantCouncil(
        name="Innvandrerrådet", council_period_start=period,
        seats=[d.CouncilSeats(role=d.COUNCIL_ROLE_MEMBER, count=7, nominating_organisation_ids=orgs)])))
    steps.append("agreement and council")

    # Refusals, each naming its field or rule in grpc-status-details-bin.
    base = dict(held_on=f"{year}-01-15", type=d.DIALOGUE_MEETING_TYPE_DIALOGUE_MEETING, convened_by=d.SIDE_MUNICIPALITY,
                participation_level=d.PARTICIPATION_LEVEL_INVOLVE,
                participants=d.Participants(organisation_ids=orgs, municipal_units=["Kulturetaten"]))
    details, named = refused(grpc.StatusCode.INVALID_ARGUMENT, lambda: dialogues.CreateDialogueMeeting(
        d.CreateDialogueMeetingRequest(meeting=d.DialogueMeeting(**base))))
    check(named == ["meeting.agenda_set_by"] and "who set the agenda" in details, f"{named}: {details}")
    details, named = refused(grpc.StatusCode.FAILED_PRECONDITION, lambda: dialogues.CreateDialogueMeeting(
        d.CreateDialogueMeetingRequest(meeting=d.DialogueMeeting(
            **base, agenda_set_by=d.SIDE_JOINT,
            actions=[d.AgreedAction(description="x", owner_party=MUNICIPALITY, owner="Helseetaten")]))))
    check(named == ["action-owner-is-party"], f"{named}: {details}")
    steps.append("refusals")

    agreed = []
    done = on_time = dropped = 0
    goal_topics = topics = agenda_by_organisations = with_minutes = 0
    for month in range(1, 13):
        agenda = rng.choice([d.SIDE_ORGANISATION, d.SIDE_MUNICIPALITY, d.SIDE_JOINT])
        agenda_by_organisations += agenda != d.SIDE_MUNICIPALITY
        kinds = [rng.choice([d.TOPIC_KIND_GOAL, d.TOPIC_KIND_FORMAL_REQUIREMENT]) for _ in range(3)]
        topics += 3
        goal_topics += kinds.count(d.TOPIC_KIND_GOAL)
        council_meeting = month % 4 == 0
        meeting = dialogues.CreateDialogueMeeting(d.CreateDialogueMeetingRequest(meeting=d.DialogueMeeting(
            held_on=f"{year}-{month:02d}-10",
            type=d.DIALOGUE_MEETING_TYPE_COUNCIL_MEETING if council_meeting else d.DIALOGUE_MEETING_TYPE_DIALOGUE_MEETING,
            council_id=council.id if council_meeting else "", agreement_id=agreement.id,
            convened_by=d.SIDE_MUNICIPALITY, agenda_set_by=agenda, participation_level=d.PARTICIPATION_LEVEL_COLLABORATE,
            participants=d.Participants(organisation_ids=orgs, municipal_units=["Kulturetaten"],
                                        people_from_organisations=8, people_from_municipality=2),
            interpreter_used=month % 2 == 0,
            topics=[d.Topic(title=f"Tema {i}", kind=kind, raised_by=d.SIDE_ORGANISATION) for i, kind in enumerate(kinds)],
            minutes=f"Referat {month}",
            actions=[d.AgreedAction(description="Oppfølging", owner_party=ORGANISATION, owner=orgs[0],
                                    due_on=f"{year}-{month:02d}-25")])))
        with_minutes += 1
        version = meeting.version
        # Both sides approve; approving twice changes nothing.
        for party, organisation in ((MUNICIPALITY, ""), (ORGANISATION, orgs[0]), (ORGANISATION, orgs[1])):
            meeting = dialogues.ApproveMinutes(d.ApproveMinutesRequest(
                meeting_id=meeting.id, expected_version=meeting.version, party=party, organisation_id=organisation))
        again = dialogues.ApproveMinutes(d.ApproveMinutesRequest(
            meeting_id=meeting.id, expected_version=version, party=MUNICIPALITY))
        check(again.version == meeting.version and meeting.minutes_approval.agreed, "approved by both, once")
        for party, organisation in ((MUNICIPALITY, ""), (ORGANISATION, orgs[0])):
            meeting = dialogues.RecordAssessment(d.RecordAssessmentRequest(
                meeting_id=meeting.id, expected_version=meeting.version,
                assessment=d.PreconditionAssessment(party=party, organisation_id=organisation,
                                                    on_their_terms=rng.randint(1, 5),
                                                    meeting_place_exists=rng.randint(1, 5),
                                                    equal_partners=rng.randint(1, 5))))
        check(meeting.HasField("gap"), "the gap once both sides gave their view")
        if month % 3 == 0 and month < 12:
            meeting = dialogues.UpdateAction(d.UpdateActionRequest(
                meeting_id=meeting.id, expected_version=meeting.version, action_id="a1", status=DROPPED,
                reason="Ikke lenger aktuelt"))
            dropped += 1
        elif month < 12:
            late = month % 2 == 0
            meeting = dialogues.UpdateAction(d.UpdateActionRequest(
                meeting_id=meeting.id, expected_version=meeting.version, action_id="a1", status=DONE,
                completed_on=f"{year}-{month + 1:02d}-05" if late else f"{year}-{month:02d}-20"))
            done += 1
            on_time += not late
            check(meeting.actions[0].done_on_time == (not late), "done on time is computed")
        agreed.append(meeting)
    steps.append(f"{len(agreed)} meetings")

    # The agreement is evaluated (late: due 30 June, held 15 August), then ends.
    evaluated = dialogues.EvaluateAgreement(d.EvaluateAgreementRequest(
        id=agreement.id, expected_version=agreement.version, evaluated_on=f"{year}-08-15",
        next_evaluation_on=f"{year + 1}-08-15"))
    check(not evaluated.evaluations[0].on_time, "evaluated late")
    overdue = dialogues.ListOverdueActions(d.ListOverdueActionsRequest(as_of=f"{year + 1}-01-01"))
    check([o.action.id for o in overdue.actions] == ["a1"] and overdue.actions[0].held_on == f"{year}-12-10",
          f"December's action overdue: {overdue}")
    steps.append("evaluation and overdue actions")

    summary = dialogues.SummariseDialogues(d.SummariseDialoguesRequest(year=year))
    check(summary.meetings == 12, f"{summary.meetings} meetings")
    check(summary.agenda_by_organisation_or_jointly == agenda_by_organisations, "agenda")
    check(summary.topics == topics and summary.goal_topics == goal_topics, "topics")
    check(summary.actions_agreed == 12 and summary.actions_done == done, "actions")
    check(summary.actions_done_on_time == on_time, f"{summary.actions_done_on_time} on time, expected {on_time}")
    check(summary.minutes_approved_by_both == with_minutes, "minutes")
    check(summary.meetings_assessed_by_both == 12, "views")
    check(summary.agreements_active == 1 and summary.evaluations == 1 and summary.evaluations_on_time == 0,
          "agreements")
    by_type = {t.type: t.meetings for t in summary.meetings_by_type}
    check(by_type[d.DIALOGUE_MEETING_TYPE_COUNCIL_MEETING] == 3, "council meetings")
    steps.append("summary")
    print(f"dialogue year: ok ({'; '.join(steps)})")


if __name__ == "__main__":
    try:
        main()
    except (Failure, grpc.RpcError) as error:
        print(f"dialogue year: FAILED: {error}")
        sys.exit(1)
