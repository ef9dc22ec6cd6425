#!/usr/bin/env python3
"""Samarbeid's own services driven by Python grpcio stubs generated from proto/samarbeid/v1:
what a municipal backend or IMDi's oversight client written in another language sees.

Usage: samarbeid_client.py --server_port PORT --certs DIR
Exit status 0 when every check passed.
"""

import argparse
import os
import sys
import uuid

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)

from samarbeid.v1 import audit_pb2, audit_pb2_grpc  # noqa: E402
from samarbeid.v1 import organisations_pb2, organisations_pb2_grpc  # noqa: E402
from samarbeid.v1 import tenants_pb2, tenants_pb2_grpc  # noqa: E402


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def expect_status(call, code):
    try:
        call()
    except grpc.RpcError as error:
        check(error.code() == code, f"expected {code}, got {error.code()}: {error.details()}")
        return error
    raise Failure(f"expected {code}, the call succeeded")


class Connections:
    def __init__(self, port, certs):
        self.port, self.certs, self.channels = port, certs, []

    def channel(self, identity):
        read = lambda name: open(os.path.join(self.certs, name), "rb").read()  # noqa: E731
        credentials = grpc.ssl_channel_credentials(read("ca.pem"), read(f"{identity}.key"), read(f"{identity}.pem"))
        channel = grpc.secure_channel(f"127.0.0.1:{self.port}", credentials,
                                      options=[("grpc.ssl_target_name_override", "localhost")])
        self.channels.append(channel)
        return channel

    def close(self):
        for channel in self.channels:
            channel.close()


def organisation(number, name):
    return organisations_pb2.Organisation(
        organisasjonsnummer=number, name=name,
        kind=organisations_pb2.ORGANISATION_KIND_IMMIGRANT_ORGANISATION, bank_account="86011117947",
        address_kommunenummer="0301", founded_on="2015-06-01",
        contact=organisations_pb2.ContactPerson(name="Amina Hassan", email="amina@example.no"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--certs", required=True)
    arguments = parser.parse_args()
    connections = Connections(arguments.server_port, arguments.certs)
    oslo = organisations_pb2_grpc.OrganisationsStub(connections.channel("kommune-0301"))
    bergen = organisations_pb2_grpc.OrganisationsStub(connections.channel("kommune-4601"))
    oversight_channel = connections.channel("oversight-imdi")
    registry = tenants_pb2_grpc.TenantRegistryStub(oversight_channel)
    checks = 0
    try:
        key = str(uuid.uuid4())
        request = organisations_pb2.CreateOrganisationRequest(organisation=organisation("123456785", "Somali kvinneforening"))
        created = oslo.CreateOrganisation(request, metadata=[("idempotency-key", key)], timeout=10)
        check(created.id.startswith("org_") and len(created.id) == 30 and created.version == 1, f"created {created}")
        again = oslo.CreateOrganisation(request, metadata=[("idempotency-key", key)], timeout=10)
        check(again == created, "a retry with the same key returns the first response")
        expect_status(lambda: oslo.CreateOrganisation(
            organisations_pb2.CreateOrganisationRequest(organisation=organisation("974760673", "Annen")),
            metadata=[("idempotency-key", key)], timeout=10), grpc.StatusCode.INVALID_ARGUMENT)
        checks += 1

        error = expect_status(lambda: bergen.GetOrganisation(
            organisations_pb2.GetOrganisationRequest(id=created.id), timeout=10), grpc.StatusCode.NOT_FOUND)
        check(error.details() == f"organisation \"{created.id}\" does not exist", error.details())
        check(created.id not in [o.id for o in bergen.ListOrganisations(
            organisations_pb2.ListOrganisationsRequest(), timeout=10).organisations], "Bergen lists Oslo's record")
        events = registry.ListSecurityEvents(tenants_pb2.ListSecurityEventsRequest(), timeout=10).events
        check(any(e.identity == "spiffe://samarbeid/kommune/4601" and e.record_id == created.id for e in events),
              "the attempt is recorded")
        checks += 1

        expect_status(lambda: organisations_pb2_grpc.OrganisationsStub(oversight_channel).GetOrganisation(
            organisations_pb2.GetOrganisationRequest(id=created.id), timeout=10), grpc.StatusCode.PERMISSION_DENIED)
        expect_status(lambda: tenants_pb2_grpc.TenantRegistryStub(connections.channel("kommune-0301")).ListTenants(
            tenants_pb2.ListTenantsRequest(), timeout=10), grpc.StatusCode.PERMISSION_DENIED)
        tenants = registry.ListTenants(tenants_pb2.ListTenantsRequest(), timeout=10).tenants
        check(any(t.kommunenummer == "0301" and t.name == "Oslo" for t in tenants), "Oslo is registered")
        checks += 1

        changed = organisations_pb2.Organisation()
        changed.CopyFrom(created)
        changed.name = "Somali kvinneforening Oslo"
        expect_status(lambda: oslo.UpdateOrganisation(organisations_pb2.UpdateOrganisationRequest(
            organisation=changed, expected_version=5), timeout=10), grpc.StatusCode.ABORTED)
        updated = oslo.UpdateOrganisation(organisations_pb2.UpdateOrganisationRequest(
            organisation=changed, expected_version=1), timeout=10)
        check(updated.version == 2 and updated.name == changed.name, f"updated {updated}")
        audit = audit_pb2_grpc.AuditLogStub(connections.channel("kommune-0301")).ListAuditEvents(
            audit_pb2.ListAuditEventsRequest(entity_id=created.id), timeout=10).events
        check([e.rpc for e in audit] == ["/samarbeid.v1.Organisations/CreateOrganisation",
                                         "/samarbeid.v1.Organisations/UpdateOrganisation"], f"audit {audit}")
        before = organisations_pb2.Organisation.FromString(audit[1].before)
        check(before == created, "the audit log holds the state before the update")
        checks += 1

        error = expect_status(lambda: oslo.CreateOrganisation(organisations_pb2.CreateOrganisationRequest(
            organisation=organisation("123456789", "Feil")), timeout=10), grpc.StatusCode.INVALID_ARGUMENT)
        check("MOD11" in error.details(), error.details())
        checks += 1
    except Failure as failure:
        print(f"FAIL samarbeid.v1 with grpcio: {failure}", flush=True)
        return 1
    finally:
        connections.close()
    print(f"PASS samarbeid.v1 with grpcio: {checks} groups of checks", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
