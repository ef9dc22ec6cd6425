#!/usr/bin/env python3
"""A request fuzzer over every RPC of every samarbeid.v1 service, from the descriptors of the
stubs generated from proto/ (an independent encoder: Python's protobuf).

Requests are built field by field with hostile values: integer extremes, enum numbers outside
the set, empty, huge and odd strings, impossible dates, long repeated fields, identifiers of
the same tenant and of another, garbage bytes. Then scripted scenarios store extreme values
that are each allowed and make the server compute over them (member counts times rates,
sums of payments, allocations at the top of the range, the change feed and open data).

The oracle, for every call:
  - the status is a deliberate one: never UNKNOWN, INTERNAL, UNAVAILABLE, DATA_LOSS, and no
    hang (DEADLINE_EXCEEDED);
  - a refused request changed nothing: the audit logs of both municipalities and the tenant
    registry are as they were;
  - the server is alive at the end (health check).
Seeded and bounded (calls and seconds). Exit 0 when nothing was found; a JSON report on stdout.

Usage: request_fuzzer.py --port N --certs DIR [--seed S] [--calls N] [--seconds T]
"""

import argparse
import collections
import datetime
import zoneinfo
import json
import os
import random
import sys
import time
import uuid

import grpc
from google.protobuf import descriptor as descriptor_module
from google.protobuf import message_factory

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)
grpc.__path__.append(os.path.join(GENERATED, "grpc"))

from grpc.health.v1 import health_pb2, health_pb2_grpc  # noqa: E402
from grpc.reflection.v1 import reflection_pb2 as reflection_v1_pb2  # noqa: E402
from grpc.reflection.v1alpha import reflection_pb2 as reflection_v1alpha_pb2  # noqa: E402
from samarbeid.v1 import audit_pb2, changes_pb2, common_pb2, grants_pb2, organisations_pb2, tenants_pb2  # noqa: E402,F401
from samarbeid.v1 import dialogues_pb2, meeting_places_pb2, oversight_pb2  # noqa: E402

FD = descriptor_module.FieldDescriptor
MAX_ORE = 10**12
BAD_STATUSES = {
    grpc.StatusCode.UNKNOWN, grpc.StatusCode.INTERNAL, grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.DATA_LOSS, grpc.StatusCode.DEADLINE_EXCEEDED,
}
# Which identity calls each service (the access policy); the other municipality's records
# are "another tenant's".
IDENTITY = {
    "samarbeid.v1.Grants": "kommune-0301",
    "samarbeid.v1.Organisations": "kommune-0301",
    "samarbeid.v1.AuditLog": "kommune-0301",
    "samarbeid.v1.Changes": "kommune-0301",
    "samarbeid.v1.MeetingPlaces": "kommune-0301",
    "samarbeid.v1.Dialogues": "kommune-0301",
    "samarbeid.v1.Oversight": "oversight-imdi",
    "samarbeid.v1.GrantsOversight": "oversight-imdi",
    "samarbeid.v1.TenantRegistry": "oversight-imdi",
    "grpc.reflection.v1.ServerReflection": "kommune-0301",
    "grpc.reflection.v1alpha.ServerReflection": "oversight-imdi",
}
# The kind of record an identifier field names.
ID_KINDS = {"call_id": "cal", "organisation_id": "org", "application_id": "app", "meeting_place_id": "mpl",
            "funding_application_ids": "app", "organisation_ids": "org", "agreement_id": "agr",
            "council_id": "cnc", "meeting_id": "dlg", "nominating_organisation_ids": "org"}
# Registry mutations act on a municipality registered for the purpose, never on the two the
# fuzzer watches.
SACRIFICE = "1505"


class Target:
    def __init__(self, port, certs):
        self.channels = {}
        self.port = port
        self.certs = certs

    def channel(self, identity):
        if identity not in self.channels:
            read = lambda name: open(os.path.join(self.certs, name), "rb").read()  # noqa: E731
            credentials = grpc.ssl_channel_credentials(
                read("ca.pem"), read(f"{identity}.key"), read(f"{identity}.pem"))
            self.channels[identity] = grpc.secure_channel(
                f"127.0.0.1:{self.port}", credentials,
                options=[("grpc.ssl_target_name_override", "localhost"),
                         ("grpc.max_send_message_length", 8 * 1024 * 1024),
                         ("grpc.max_receive_message_length", 8 * 1024 * 1024)])
        return self.channels[identity]

    def unary(self, identity, path, payload, timeout=10, metadata=()):
        call = self.channel(identity).unary_unary(path, request_serializer=None, response_deserializer=None)
        return call(payload, timeout=timeout, metadata=metadata)

    def stream(self, identity, path, payload, limit=50, seconds=0.5):
        """Reads a server stream for at most `seconds` (a watch never ends by itself: our own
        deadline ending it is expected)."""
        call = self.channel(identity).unary_stream(path, request_serializer=None, response_deserializer=None)
        responses = call(payload, timeout=seconds)
        count = 0
        try:
            for _ in responses:
                count += 1
                if count >= limit:
                    break
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.DEADLINE_EXCEEDED:
                raise
        finally:
            responses.cancel()
        return count


def message_class(descriptor):
    return message_factory.GetMessageClass(descriptor)


def services():
    found = []
    for module in (grants_pb2, organisations_pb2, audit_pb2, changes_pb2, tenants_pb2, meeting_places_pb2, dialogues_pb2,
                   oversight_pb2, reflection_v1_pb2, reflection_v1alpha_pb2):
        for service in module.DESCRIPTOR.services_by_name.values():
            for method in service.methods:
                found.append((service.full_name, method))
    return found


class Values:
    """Hostile values by field, with identifiers collected from the server."""

    def __init__(self, rng):
        self.rng = rng
        self.own_ids = collections.defaultdict(list)
        self.other_ids = collections.defaultdict(list)

    def remember(self, ids, own=True):
        for kind, value in ids:
            (self.own_ids if own else self.other_ids)[kind].append(value)

    def any_id(self):
        pools = [p for p in list(self.own_ids.values()) + list(self.other_ids.values()) if p]
        return self.rng.choice(self.rng.choice(pools)) if pools else "org_x"

    def string(self, field, service):
        r = self.rng
        name = field.name
        if name.endswith("_id") or name.endswith("_ids") or name == "id":
            kind = ID_KINDS.get(name)
            choice = r.random()
            pool = self.own_ids.get(kind) if kind else None
            if choice < 0.35 and pool:
                return r.choice(pool)
            if choice < 0.55:
                return self.any_id()
            if choice < 0.65 and self.other_ids:
                return r.choice(sum(self.other_ids.values(), []) or ["org_x"])
        if name == "starts_at":
            return r.choice([
                "2026-02-29T18:00", "2026-01-01T24:00", "2026-01-01T23:60", "2026-01-01 18:00", "2026-01-01T18:00Z",
                "1899-12-31T10:00", "2201-01-01T00:00", "", f"{datetime.date.today().isoformat()}T00:00",
                "x" * 100_000,
            ])
        if "kommunenummer" in name:
            if service == "samarbeid.v1.TenantRegistry":
                return r.choice([SACRIFICE, "1506", "0000", "abcd", "46011", "", "5001", "9999" * 1000])
            return r.choice(["0301", "4601", SACRIFICE, "1506", "0000", "abcd", "", "03010", "٠٣٠١"])
        if name.endswith("_on") or name in ("use_by", "report_due", "as_of", "valid_from", "effective_from"):
            return r.choice([
                "2026-02-29", "2024-02-29", "2026-13-01", "0000-00-00", "9999-12-31", "1899-12-31",
                "2200-12-31", "2201-01-01", "2026-1-1", "", " 2026-01-01", "2026-01-01T00:00:00Z",
                datetime.date.today().isoformat(), (datetime.date.today() + datetime.timedelta(days=400)).isoformat(),
                "x" * 100_000,
            ])
        return self.odd_string()

    def odd_string(self):
        r = self.rng
        return r.choice([
            "", " ", "a", "Forening", "ø" * 201, "x" * 1000, "y" * 10_001, "z" * 100_000,
            "q" * (1 << 20), "\u202eevil", "\x00nul", "line\nbreak\r\n", "\x1b[31mred",
            "'; DROP TABLE applications; --", "%s%n%x", "../../etc/passwd", "😀" * 300,
            "e\u0301" * 500, "\ud7ff\ue000", "NaN", "-1", "99999999999999999999",
            str(r.getrandbits(64)),
        ])

    def scalar(self, field, service):
        r = self.rng
        t = field.type
        if t in (FD.TYPE_INT32, FD.TYPE_SINT32, FD.TYPE_SFIXED32):
            return r.choice([0, 1, -1, 2, 5, 1000, 1001, 10_000_000, 10_000_001, 2**31 - 1, -2**31,
                             r.randint(-2**31, 2**31 - 1)])
        if t in (FD.TYPE_INT64, FD.TYPE_SINT64, FD.TYPE_SFIXED64):
            return r.choice([0, 1, -1, 100, MAX_ORE, MAX_ORE + 1, MAX_ORE // 2, 2**63 - 1, -2**63,
                             r.randint(-2**63, 2**63 - 1)])
        if t in (FD.TYPE_UINT32, FD.TYPE_FIXED32):
            return r.choice([0, 1, 2**32 - 1])
        if t in (FD.TYPE_UINT64, FD.TYPE_FIXED64):
            return r.choice([0, 1, 2**64 - 1])
        if t == FD.TYPE_BOOL:
            return r.random() < 0.5
        if t in (FD.TYPE_DOUBLE, FD.TYPE_FLOAT):
            return r.choice([0.0, -1.0, 1e308, float("nan")])
        if t == FD.TYPE_ENUM:
            known = [v.number for v in field.enum_type.values]
            return r.choice(known + [99, -1, 2**31 - 1])
        if t == FD.TYPE_STRING:
            return self.string(field, service)
        if t == FD.TYPE_BYTES:
            return r.choice([b"", bytes(r.getrandbits(8) for _ in range(r.choice([1, 16, 1000]))), b"\xff" * 100_000])
        raise ValueError(t)

    def plausible(self, field, service):
        """A value a well-meaning caller might send, so requests reach the rules behind the
        first checks."""
        r = self.rng
        name = field.name
        t = field.type
        today = datetime.date.today()
        if t == FD.TYPE_ENUM:
            known = [v.number for v in field.enum_type.values if v.number != 0]
            return r.choice(known or [0])
        if t == FD.TYPE_BOOL:
            return r.random() < 0.7
        if t in (FD.TYPE_INT32, FD.TYPE_SINT32, FD.TYPE_SFIXED32):
            if name == "year":
                return today.year
            if "permille" in name:
                return r.choice([100, 300])
            if name in ("page_size", "limit"):
                return r.choice([0, 10, 500, 5000, -1])
            return r.choice([0, 1, 5, 100])
        if t in (FD.TYPE_INT64, FD.TYPE_SINT64, FD.TYPE_SFIXED64):
            if name.endswith("_ore"):
                return r.choice([100_000, 1_000_000, 50_000_000, MAX_ORE])
            return r.choice([0, 1, 2, 3])
        if t == FD.TYPE_STRING:
            if name.endswith("_id") or name.endswith("_ids") or name == "id":
                kind = ID_KINDS.get(name)
                pool = self.own_ids.get(kind) if kind else None
                return r.choice(pool) if pool else self.any_id()
            if "kommunenummer" in name:
                return SACRIFICE if service == "samarbeid.v1.TenantRegistry" else "0301"
            if name.endswith("_on") or name in ("use_by", "report_due", "as_of", "valid_from", "effective_from"):
                return (today + datetime.timedelta(days=r.choice([-400, -1, 0, 30, 400]))).isoformat()
            if name == "organisasjonsnummer":
                return "974760673"
            if name == "bank_account":
                return "86011117947"
            if name == "assessor":
                return "saksbehandler-1"
            return r.choice(["Forening", "Aktiviteter for alle", "Møteplass"])
        return self.scalar(field, service)

    def fill(self, message, service, depth=0, hostile=1.0):
        r = self.rng
        for field in message.DESCRIPTOR.fields:
            if r.random() < 0.2:
                continue  # left at its default
            repeated = field.is_repeated if hasattr(field, "is_repeated") else field.label == FD.LABEL_REPEATED
            if field.type == FD.TYPE_MESSAGE:
                if field.message_type.GetOptions().map_entry:
                    continue
                if depth >= 3:
                    continue
                if repeated:
                    counts = [0, 1, 3, 50, 2000] if r.random() < hostile and depth == 0 else [0, 1, 2]
                    for _ in range(r.choice(counts)):
                        self.fill(getattr(message, field.name).add(), service, depth + 1, hostile)
                else:
                    self.fill(getattr(message, field.name), service, depth + 1, hostile)
                continue
            if r.random() >= hostile:
                value = self.plausible(field, service)
                if repeated:
                    getattr(message, field.name).extend([value])
                else:
                    setattr(message, field.name, value)
                continue
            if repeated:
                count = r.choice([0, 1, 3, 1000, 20_000])
                values = [self.scalar(field, service) for _ in range(min(count, 50))]
                if field.type == FD.TYPE_STRING and count > 50:
                    values = [self.odd_string()[:100] for _ in range(count)]
                elif count > 50:
                    values = (values * (count // len(values) + 1))[:count] if values else []
                getattr(message, field.name).extend(values)
                continue
            value = self.scalar(field, service)
            try:
                setattr(message, field.name, value)
            except (ValueError, TypeError):
                pass
        return message


class Oracle:
    """Remembers the state a refused request must leave unchanged."""

    def __init__(self, target):
        self.target = target
        self.cursors = {"kommune-0301": 0, "kommune-4601": 0}
        self.registry = b""
        self.advance()

    def audit_after(self, identity, cursor):
        request = audit_pb2.ListAuditEventsRequest(after_sequence=cursor, limit=1000)
        raw = self.target.unary(identity, "/samarbeid.v1.AuditLog/ListAuditEvents", request.SerializeToString())
        return audit_pb2.ListAuditEventsResponse.FromString(raw)

    def registry_state(self):
        raw = self.target.unary("oversight-imdi", "/samarbeid.v1.TenantRegistry/ListTenants",
                                tenants_pb2.ListTenantsRequest(include_inactive=True).SerializeToString())
        return raw

    def advance(self):
        for identity in self.cursors:
            while True:
                page = self.audit_after(identity, self.cursors[identity])
                if page.events:
                    self.cursors[identity] = page.events[-1].sequence
                if not page.next_after_sequence:
                    break
        self.registry = self.registry_state()

    def unchanged(self):
        """What a refused request changed, or None."""
        for identity, cursor in self.cursors.items():
            page = self.audit_after(identity, cursor)
            if page.events:
                event = page.events[0]
                return f"{identity}'s audit log gained {event.rpc} on {event.entity_type} {event.entity_id}"
        if self.registry_state() != self.registry:
            return "the tenant registry changed"
        return None


class Fuzzer:
    def __init__(self, target, seed, calls, seconds):
        self.target = target
        self.rng = random.Random(seed)
        self.values = Values(self.rng)
        self.calls = calls
        self.seconds = seconds
        self.statuses = collections.Counter()
        self.failures = []
        self.oracle = None

    def fail(self, method, what, detail, request_summary=""):
        if len(self.failures) < 30:
            self.failures.append({"method": method, "what": what, "detail": detail[:500],
                                  "request": request_summary[:300]})

    # -- set-up: valid records in both municipalities and a sacrificial registry entry -----

    def setup(self):
        t = self.target
        year = datetime.date.today().year
        register = tenants_pb2.RegisterMunicipalityRequest(kommunenummer=SACRIFICE, name="Kristiansund")
        try:
            t.unary("oversight-imdi", "/samarbeid.v1.TenantRegistry/RegisterMunicipality", register.SerializeToString())
        except grpc.RpcError:
            pass
        for identity, number, own in (("kommune-0301", "0301", True), ("kommune-4601", "4601", False)):
            allocation = grants_pb2.SetAllocationRequest(kommunenummer=number, year=year, amount_ore=50_000_000,
                                                          letter_reference="fuzz")
            try:
                t.unary("oversight-imdi", "/samarbeid.v1.GrantsOversight/SetAllocation", allocation.SerializeToString())
            except grpc.RpcError:
                pass  # set by an earlier run against the same server
            organisation = organisations_pb2.Organisation(
                organisasjonsnummer="974760673", name="Fuzz forening", kind=1, address_kommunenummer=number,
                in_frivillighetsregisteret=True, founded_on="2015-01-01", bank_account="86011117947",
                immigrant_organisation_declared=True, counting_members=100, counting_members_as_of=f"{year}-01-01")
            org = organisations_pb2.Organisation.FromString(t.unary(
                identity, "/samarbeid.v1.Organisations/CreateOrganisation",
                organisations_pb2.CreateOrganisationRequest(organisation=organisation).SerializeToString()))
            call = grants_pb2.Call(year=year, part=common_pb2.GRANT_PART_ACTIVITY, purposes=[1], title="Fuzz",
                                   opens_on=(datetime.date.today() - datetime.timedelta(days=1)).isoformat())
            created = grants_pb2.Call.FromString(t.unary(identity, "/samarbeid.v1.Grants/CreateCall",
                                                         grants_pb2.CreateCallRequest(call=call).SerializeToString()))
            t.unary(identity, "/samarbeid.v1.Grants/OpenCall",
                    grants_pb2.CallTransitionRequest(id=created.id, expected_version=created.version).SerializeToString())
            application = grants_pb2.Application(call_id=created.id, organisation_id=org.id, purpose=1, title="Fuzz",
                                                 amount_applied_ore=1_000_000, activity_free=True,
                                                 no_other_state_funding=True)
            app = grants_pb2.Application.FromString(t.unary(
                identity, "/samarbeid.v1.Grants/CreateApplication",
                grants_pb2.CreateApplicationRequest(application=application).SerializeToString()))
            self.values.remember([("org", org.id), ("cal", created.id), ("app", app.id)], own=own)
            mp = meeting_places_pb2
            place = mp.MeetingPlace.FromString(t.unary(
                identity, "/samarbeid.v1.MeetingPlaces/CreateMeetingPlace",
                mp.CreateMeetingPlaceRequest(meeting_place=mp.MeetingPlace(
                    name="Fuzz kafé", kind=1, municipal_roles=[1], audience=3, starts_on=f"{year - 1}-01-01",
                    address=mp.Address(street_address="Gate 1", postal_code="0155", kommunenummer=number),
                    co_hosts=[mp.CoHost(organisation_id=org.id, role=1)])).SerializeToString()))
            gathering = mp.Gathering.FromString(t.unary(
                identity, "/samarbeid.v1.MeetingPlaces/PlanGathering",
                mp.PlanGatheringRequest(gathering=mp.Gathering(
                    meeting_place_id=place.id, starts_at=f"{year - 1}-06-01T18:00", mode=1,
                    title="Fuzz")).SerializeToString()))
            self.values.remember([("mpl", place.id), ("gat", gathering.id)], own=own)
            d = dialogues_pb2
            meeting = d.DialogueMeeting.FromString(t.unary(
                identity, "/samarbeid.v1.Dialogues/CreateDialogueMeeting",
                d.CreateDialogueMeetingRequest(meeting=d.DialogueMeeting(
                    held_on=f"{year - 1}-03-01", type=1, convened_by=2, agenda_set_by=3, participation_level=3,
                    participants=d.Participants(organisation_ids=[org.id]), minutes="Fuzz",
                    topics=[d.Topic(title="Mål", kind=1, raised_by=1)],
                    actions=[d.AgreedAction(description="Gjør", owner_party=2, owner=org.id,
                                            due_on=f"{year - 1}-04-01")])).SerializeToString()))
            agreement = d.CooperationAgreement.FromString(t.unary(
                identity, "/samarbeid.v1.Dialogues/CreateAgreement",
                d.CreateAgreementRequest(agreement=d.CooperationAgreement(
                    title="Fuzz", organisation_ids=[org.id], cadence=2, council_period_start=2023,
                    starts_on="2024-01-01", next_evaluation_on="2025-01-01")).SerializeToString()))
            council = d.ImmigrantCouncil.FromString(t.unary(
                identity, "/samarbeid.v1.Dialogues/CreateCouncil",
                d.CreateCouncilRequest(council=d.ImmigrantCouncil(
                    name="Fuzz", council_period_start=2023,
                    seats=[d.CouncilSeats(role=1, count=5, nominating_organisation_ids=[org.id])])).SerializeToString()))
            self.values.remember([("dlg", meeting.id), ("agr", agreement.id), ("cnc", council.id)], own=own)
        self.oracle = Oracle(t)

    # -- one hostile call ------------------------------------------------------------------

    def one(self, service, method):
        path = f"/{service}/{method.name}"
        request = message_class(method.input_type)()
        garbage = self.rng.random() < 0.05
        if garbage:
            payload = bytes(self.rng.getrandbits(8) for _ in range(self.rng.choice([1, 7, 300])))
            summary = f"{len(payload)} random bytes"
        else:
            # Mostly plausible requests with a few hostile fields, sometimes wholly hostile.
            self.values.fill(request, service, hostile=self.rng.choice([0.05, 0.15, 0.4, 1.0]))
            payload = request.SerializeToString()
            summary = str(request)[:300]
        identity = IDENTITY[service]
        # Sometimes the other municipality or the wrong kind of identity calls.
        roll = self.rng.random()
        if roll < 0.05:
            identity = "kommune-4601"
        elif roll < 0.08:
            identity = "oversight-imdi" if identity.startswith("kommune") else "kommune-0301"
        metadata = ()
        if self.rng.random() < 0.1:
            metadata = (("idempotency-key", self.rng.choice([str(uuid.uuid4()), "k" * 128, "fixed-key"])),)
        try:
            if method.server_streaming:
                self.target.stream(identity, path, payload)
            else:
                response = self.target.unary(identity, path, payload, metadata=metadata)
                self.learn(method, response, own=identity == "kommune-0301")
            code = grpc.StatusCode.OK
        except grpc.RpcError as error:
            code = error.code()
            if code == grpc.StatusCode.CANCELLED and method.server_streaming:
                code = grpc.StatusCode.OK  # we stopped reading
            elif code in BAD_STATUSES:
                self.fail(path, f"status {code.name}", error.details() or "", summary)
            elif len((error.details() or "").encode()) > 1100:
                self.fail(path, "status message longer than 1 KiB", error.details()[:200], summary)
        self.statuses[(path, code.name)] += 1
        if code == grpc.StatusCode.OK:
            self.oracle.advance()
        else:
            changed = self.oracle.unchanged()
            if changed:
                self.fail(path, f"refused with {code.name}, yet changed something", changed, summary)
                self.oracle.advance()

    def learn(self, method, response, own):
        message = message_class(method.output_type).FromString(response)
        ids = []
        for field in message.DESCRIPTOR.fields:
            if field.name == "id" and field.type == FD.TYPE_STRING:
                value = getattr(message, "id")
                if value[:4] in ("org_", "cal_", "app_", "pay_", "rep_", "mpl_", "gat_", "dlg_", "agr_", "cnc_"):
                    ids.append((value[:3], value))
        self.values.remember(ids, own=own)

    def run(self):
        methods = services()
        started = time.monotonic()
        done = 0
        while done < self.calls and time.monotonic() - started < self.seconds:
            service, method = self.rng.choice(methods)
            self.one(service, method)
            done += 1
        return done


# -- scripted scenarios: extreme values, each allowed, then computed over -------------------

def scenarios(target, fuzzer):
    year = datetime.date.today().year
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Oslo")).date().isoformat()  # the server's day
    t = target

    def call(identity, path, message, response_type=None, expect_ok=True):
        try:
            raw = t.unary(identity, path, message.SerializeToString())
            return response_type.FromString(raw) if response_type else raw
        except grpc.RpcError as error:
            if error.code() in BAD_STATUSES:
                fuzzer.fail(path, f"scenario: status {error.code().name}", error.details() or "")
            elif expect_ok:
                fuzzer.fail(path, f"scenario: refused with {error.code().name}", error.details() or "")
            return None

    steps = 0
    kommune = "kommune-0301"
    allocation = call("oversight-imdi", "/samarbeid.v1.GrantsOversight/SetAllocation",
                      grants_pb2.SetAllocationRequest(kommunenummer="0301", year=year, amount_ore=MAX_ORE,
                                                      letter_reference="max", expected_version=0),
                      grants_pb2.Allocation, expect_ok=False)
    current = call(kommune, "/samarbeid.v1.Grants/GetAllocation", grants_pb2.GetAllocationRequest(year=year),
                   grants_pb2.Allocation)
    if current and current.amount_ore != MAX_ORE:
        current = call("oversight-imdi", "/samarbeid.v1.GrantsOversight/SetAllocation",
                       grants_pb2.SetAllocationRequest(kommunenummer="0301", year=year, amount_ore=MAX_ORE,
                                                       letter_reference="max", expected_version=current.version),
                       grants_pb2.Allocation)
    steps += 2
    if current:
        call(kommune, "/samarbeid.v1.Grants/SetAdministrationShare",
             grants_pb2.SetAdministrationShareRequest(year=year, administration_share_ore=MAX_ORE // 20,
                                                      expected_version=current.version), grants_pb2.Allocation,
             expect_ok=False)
    policy = call(kommune, "/samarbeid.v1.Grants/GetLocalPolicy", grants_pb2.GetLocalPolicyRequest(year=year),
                  grants_pb2.LocalPolicy)
    if policy:
        version = policy.version
        policy.rate_per_member_ore = MAX_ORE
        policy.operating_cap_ore = 0
        policy.operating_member_threshold = 0
        policy.project_maximum_ore = MAX_ORE
        policy.audit_threshold_ore = MAX_ORE
        call(kommune, "/samarbeid.v1.Grants/SetLocalPolicy",
             grants_pb2.SetLocalPolicyRequest(policy=policy, expected_version=version), grants_pb2.LocalPolicy,
             expect_ok=False)
    organisation = organisations_pb2.Organisation(
        organisasjonsnummer="987654325", name="Største forening", kind=1, address_kommunenummer="0301",
        in_frivillighetsregisteret=True, founded_on="2000-01-01", bank_account="86011117947",
        immigrant_organisation_declared=True, counting_members=10_000_000, counting_members_as_of=today)
    org = call(kommune, "/samarbeid.v1.Organisations/CreateOrganisation",
               organisations_pb2.CreateOrganisationRequest(organisation=organisation), organisations_pb2.Organisation,
               expect_ok=False)
    steps += 3
    for part, purposes in ((common_pb2.GRANT_PART_OPERATING, []), (common_pb2.GRANT_PART_ACTIVITY, [1, 2, 3])):
        created = call(kommune, "/samarbeid.v1.Grants/CreateCall",
                       grants_pb2.CreateCallRequest(call=grants_pb2.Call(
                           year=year, part=part, purposes=purposes, title="Max",
                           opens_on=(datetime.date.today() - datetime.timedelta(days=1)).isoformat())), grants_pb2.Call)
        if not created or not org:
            continue
        opened = call(kommune, "/samarbeid.v1.Grants/OpenCall",
                      grants_pb2.CallTransitionRequest(id=created.id, expected_version=created.version), grants_pb2.Call)
        applications = []
        for _ in range(3):
            app = call(kommune, "/samarbeid.v1.Grants/CreateApplication", grants_pb2.CreateApplicationRequest(
                application=grants_pb2.Application(call_id=created.id, organisation_id=org.id,
                                                   purpose=purposes[0] if purposes else 0, title="Max",
                                                   amount_applied_ore=MAX_ORE, activity_free=True,
                                                   no_other_state_funding=True)), grants_pb2.Application)
            if app:
                applications.append(app)
        steps += 5
        for app in applications:
            app = call(kommune, "/samarbeid.v1.Grants/SubmitApplication",
                       grants_pb2.ApplicationTransitionRequest(id=app.id, expected_version=app.version),
                       grants_pb2.Application, expect_ok=False) or app
            app = call(kommune, "/samarbeid.v1.Grants/StartAssessment",
                       grants_pb2.ApplicationTransitionRequest(id=app.id, expected_version=app.version),
                       grants_pb2.Application, expect_ok=False) or app
            app = call(kommune, "/samarbeid.v1.Grants/DeclareImpartiality",
                       grants_pb2.DeclareImpartialityRequest(id=app.id, assessor="a-1",
                                                             expected_version=app.version),
                       grants_pb2.Application, expect_ok=False) or app
            app = call(kommune, "/samarbeid.v1.Grants/ScoreApplication",
                       grants_pb2.ScoreApplicationRequest(id=app.id, assessor="a-1", expected_version=app.version,
                                                          scores=[grants_pb2.CriterionScore(criterion=c, score=5)
                                                                  for c in range(1, 10)]),
                       grants_pb2.Application, expect_ok=False) or app
            for amount, outcome in ((MAX_ORE, 1), (MAX_ORE - 1, 2), (MAX_ORE // 2, 2)):
                decided = call(kommune, "/samarbeid.v1.Grants/DecideApplication",
                               grants_pb2.DecideApplicationRequest(
                                   id=app.id, outcome=outcome, amount_ore=amount, use_by="2100-12-31",
                                   expected_version=app.version), grants_pb2.Application, expect_ok=False)
                if decided:
                    app = decided
                    break
            granted = app.decision.amount_ore if app.HasField("decision") else 0
            for index, amount in enumerate([granted // 2, granted - granted // 2, 1, MAX_ORE]):
                call(kommune, "/samarbeid.v1.Grants/RecordPayment",
                     grants_pb2.RecordPaymentRequest(application_id=app.id, amount_ore=max(amount, 1),
                                                     paid_on=today, reference=f"max-{app.id}-{index}"),
                     grants_pb2.Payment, expect_ok=False)
            app = call(kommune, "/samarbeid.v1.Grants/GetApplication", grants_pb2.GetApplicationRequest(id=app.id),
                       grants_pb2.Application) or app
            call(kommune, "/samarbeid.v1.Grants/SubmitReport",
                 grants_pb2.SubmitReportRequest(application_id=app.id, expected_version=app.version,
                                                report=grants_pb2.GrantReport(
                     use_of_funds="Alt", goal_achievement="Alt", activities_held=10_000_000, participants=10_000_000,
                     spent_ore=granted, auditor_statement_attached=True)), grants_pb2.Application, expect_ok=False)
            call(kommune, "/samarbeid.v1.Grants/CreateRepaymentClaim",
                 grants_pb2.CreateRepaymentClaimRequest(application_id=app.id, reason=1, amount_ore=MAX_ORE),
                 grants_pb2.RepaymentClaim, expect_ok=False)
            steps += 10
    # Meeting places at their bounds: the largest gathering, every count at the total, fifty
    # follow-ups; then the summary over it.
    mp = meeting_places_pb2
    place = call(kommune, "/samarbeid.v1.MeetingPlaces/CreateMeetingPlace", mp.CreateMeetingPlaceRequest(
        meeting_place=mp.MeetingPlace(
            name="M" * 200, kind=6, municipal_roles=[1, 2, 3, 4], audience=3, languages=[f"a{c}" for c in "abcdefghijklmnopqrst"],
            services=[1, 2, 3, 4], starts_on="1900-01-01", ends_on="2200-12-31",
            address=mp.Address(online=True, url="https://" + "x" * 490),
            co_hosts=[mp.CoHost(organisation_id=org.id, role=2)] if org else [])), mp.MeetingPlace)
    if place:
        for index in range(3):
            planned = call(kommune, "/samarbeid.v1.MeetingPlaces/PlanGathering", mp.PlanGatheringRequest(
                gathering=mp.Gathering(meeting_place_id=place.id, starts_at=f"{year}-01-0{index + 1}T00:00", mode=2,
                                       title="T" * 200)), mp.Gathering)
            if not planned:
                continue
            full = mp.AttendanceCount(count=100_000, source=1)
            call(kommune, "/samarbeid.v1.MeetingPlaces/CompleteGathering", mp.CompleteGatheringRequest(
                id=planned.id, expected_version=planned.version,
                attendance=mp.Attendance(total=full, immigrant_background=full, women=full, under_18=full, first_time=full),
                organisations=[mp.OrganisationPresence(organisation_id=org.id, role=2)] if org else [],
                outcome_notes="N" * 10_000,
                follow_ups=[mp.FollowUpAction(description="D" * 500, owner_party=1, owner="U" * 200,
                                              due_on="2200-12-31", status=3, status_reason="R" * 500)] * 50),
                 mp.Gathering, expect_ok=False)
            steps += 2
        for summary_year in (year, 1900 + 100, 2100):
            call(kommune, "/samarbeid.v1.MeetingPlaces/SummariseMeetingPlaces",
                 mp.SummariseMeetingPlacesRequest(year=summary_year), mp.MeetingPlacesSummary)
        call(kommune, "/samarbeid.v1.MeetingPlaces/ListGatherings", mp.ListGatheringsRequest(page_size=1000),
             mp.ListGatheringsResponse)
        steps += 5
    # Dialogue at its bounds: a hundred topics and actions, fifty thousand characters of
    # minutes, every view at the ends of the scale; then the summary.
    d = dialogues_pb2
    if org:
        meeting = call(kommune, "/samarbeid.v1.Dialogues/CreateDialogueMeeting", d.CreateDialogueMeetingRequest(
            meeting=d.DialogueMeeting(
                held_on=today, type=1, convened_by=1, agenda_set_by=1, participation_level=5,
                participants=d.Participants(organisation_ids=[org.id], municipal_units=["U" * 200] * 1,
                                            people_from_organisations=100_000, people_from_municipality=100_000,
                                            others=100_000),
                topics=[d.Topic(title="T" * 200, kind=1 + i % 2, raised_by=1 + i % 3) for i in range(100)],
                minutes="M" * 50_000,
                actions=[d.AgreedAction(description="A" * 500, owner_party=2, owner=org.id, due_on="2200-12-31")
                         for _ in range(100)])), d.DialogueMeeting)
        if meeting:
            for party, scores in ((1, 1), (2, 5)):
                meeting = call(kommune, "/samarbeid.v1.Dialogues/RecordAssessment", d.RecordAssessmentRequest(
                    meeting_id=meeting.id, expected_version=meeting.version,
                    assessment=d.PreconditionAssessment(party=party, organisation_id=org.id if party == 2 else "",
                                                        on_their_terms=scores, meeting_place_exists=scores,
                                                        equal_partners=scores, comment="C" * 2000)),
                               d.DialogueMeeting) or meeting
            steps += 3
        call(kommune, "/samarbeid.v1.Dialogues/SummariseDialogues",
             d.SummariseDialoguesRequest(year=datetime.date.today().year), d.DialoguesSummary)
        call(kommune, "/samarbeid.v1.Dialogues/ListOverdueActions", d.ListOverdueActionsRequest(as_of="2200-12-31"),
             d.ListOverdueActionsResponse)
        steps += 2
    # Compute over all of it: lists, open data, the change feed from the start.
    call(kommune, "/samarbeid.v1.Grants/GetAllocation", grants_pb2.GetAllocationRequest(year=year), grants_pb2.Allocation)
    call(kommune, "/samarbeid.v1.Grants/ExportOpenData", grants_pb2.ExportOpenDataRequest(year=year),
         grants_pb2.ExportOpenDataResponse)
    call(kommune, "/samarbeid.v1.Grants/ListApplications", grants_pb2.ListApplicationsRequest(page_size=500),
         grants_pb2.ListApplicationsResponse)
    call(kommune, "/samarbeid.v1.Grants/ListPayments", grants_pb2.ListPaymentsRequest(page_size=500),
         grants_pb2.ListPaymentsResponse)
    call(kommune, "/samarbeid.v1.Grants/ListOverdueReports", grants_pb2.ListOverdueReportsRequest(as_of="2200-12-31"),
         grants_pb2.ListApplicationsResponse)
    call("oversight-imdi", "/samarbeid.v1.GrantsOversight/ListAllocations", grants_pb2.ListAllocationsRequest(year=year),
         grants_pb2.ListAllocationsResponse)
    try:
        t.stream(kommune, "/samarbeid.v1.Changes/WatchChanges",
                 common_pb2.WatchChangesRequest(after_sequence=0).SerializeToString(), limit=100_000, seconds=2)
    except grpc.RpcError as error:
        if error.code() not in (grpc.StatusCode.CANCELLED,):
            fuzzer.fail("WatchChanges", f"scenario: status {error.code().name}", error.details() or "")
    steps += 7
    return steps


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--certs", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60)
    arguments = parser.parse_args()
    target = Target(arguments.port, arguments.certs)
    fuzzer = Fuzzer(target, arguments.seed, arguments.calls, arguments.seconds)
    started = time.monotonic()
    fuzzer.setup()
    calls = fuzzer.run()
    steps = scenarios(target, fuzzer)
    health = health_pb2_grpc.HealthStub(target.channel("kommune-0301"))
    try:
        alive = health.Check(health_pb2.HealthCheckRequest(), timeout=10).status == health_pb2.HealthCheckResponse.SERVING
    except grpc.RpcError as error:
        alive = False
        fuzzer.fail("/grpc.health.v1.Health/Check", "server not serving after the run", error.details() or "")
    by_status = collections.Counter()
    for (_, status), count in fuzzer.statuses.items():
        by_status[status] += count
    report = {
        "seed": arguments.seed, "calls": calls, "scenario_steps": steps,
        "seconds": round(time.monotonic() - started, 1), "alive": alive,
        "methods": len({path for path, _ in fuzzer.statuses}), "statuses": dict(by_status),
        "failures": fuzzer.failures,
    }
    print(json.dumps(report, indent=1))
    return 0 if alive and not fuzzer.failures else 1


if __name__ == "__main__":
    sys.exit(main())
