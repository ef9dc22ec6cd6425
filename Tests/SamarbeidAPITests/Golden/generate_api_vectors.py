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
    protos = [os.path.join(ROOT, "proto", "samarbeid", "v1", name) for name in ("tenants.proto", "organisations.proto", "audit.proto")]
    subprocess.run([sys.executable, "-m", "grpc_tools.protoc", f"-I{os.path.join(ROOT, 'proto')}", f"--python_out={out}"] + protos, check=True)
    sys.path.insert(0, out)
    return (importlib.import_module("samarbeid.v1.tenants_pb2"), importlib.import_module("samarbeid.v1.organisations_pb2"),
            importlib.import_module("samarbeid.v1.audit_pb2"))


def main():
    tenants, organisations, audit = load()
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
            target_tenant_id="t-a", rpc="/samarbeid.v1.Organisations/GetOrganisation", record_id="org-t-a-x")])),
        ("Organisation", organisation),
        ("Organisation.unknownKind", organisations.Organisation(name="X", kind=9)),
        ("UpdateOrganisationRequest", organisations.UpdateOrganisationRequest(organisation=organisation, expected_version=2)),
        ("ListOrganisationsResponse", organisations.ListOrganisationsResponse(organisations=[organisation], next_page_token="abc")),
        ("ListAuditEventsResponse", audit.ListAuditEventsResponse(events=[audit.AuditEvent(
            sequence=1, at="2026-11-24T12:00:00Z", identity="spiffe://samarbeid/kommune/0301",
            rpc="/samarbeid.v1.Organisations/UpdateOrganisation", entity_type="samarbeid.v1.Organisation",
            entity_id="org-1", before=b"\x00\x01\xff", after=b"", idempotency_key="k-1")])),
    ]
    with open(os.path.join(HERE, "api_vectors.txt"), "w") as f:
        f.write("# samarbeid.v1 messages encoded by Python protobuf " + __import__("google.protobuf").protobuf.__version__ + "\n")
        for name, message in vectors:
            f.write(f"{name} {message.SerializeToString(deterministic=True).hex()}\n")


if __name__ == "__main__":
    main()
